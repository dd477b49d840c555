/* test_threads.c - the library keeps no global mutable state: the corpus
 * pair and its variants aligned on several threads at once, each thread
 * with its own aligner, give byte-identical TMX to a sequential run; a
 * document's anchors read by several threads at once are what one reads. */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vietalign.h"
#include "anchors/anchors.h"
#include "segment/segment.h"
#include "support.h"

#define NTHREADS 4
#define NJOBS 8

typedef struct {
	const char *vi, *en;
	size_t vlen, elen;
	char *tmx; /* result */
} job;

static char *slurp(const char *path, size_t *len)
{
	char *t = read_file(path, len);
	ck_assert_msg(t != NULL, "cannot open %s (run from the source tree)", path);
	return t;
}

static char *align_tmx(const job *j)
{
	vietalign_aligner *a = NULL;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	vietalign_write_options wo = VIETALIGN_WRITE_OPTIONS_INIT;
	char *out = NULL;
	wo.creation_date = 1738022400;
	if (!vietalign_aligner_new(&a, NULL) && !vietalign_doc_new(&vi, a, j->vi, j->vlen, VIETALIGN_LANG_VI) &&
	    !vietalign_doc_new(&en, a, j->en, j->elen, VIETALIGN_LANG_EN) && !vietalign_align(&al, a, vi, en))
		vietalign_alignment_write_buffer(&out, NULL, a, al, &wo);
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(a);
	return out;
}

typedef struct {
	job *jobs;
	int first;
} worker_arg;

static void *worker(void *p)
{
	worker_arg *w = p;
	int k;
	for (k = w->first; k < NJOBS; k += NTHREADS)
		w->jobs[k].tmx = align_tmx(&w->jobs[k]);
	return NULL;
}

START_TEST(test_concurrent_equals_sequential)
{
	size_t vlen, elen;
	char *vi = slurp("corpus/deepseek.vi.txt", &vlen), *en = slurp("corpus/deepseek.en.txt", &elen);
	job jobs[NJOBS];
	pthread_t th[NTHREADS];
	worker_arg args[NTHREADS];
	int k;
	/* different inputs per job: the whole pair, and prefixes of it */
	for (k = 0; k < NJOBS; k++) {
		jobs[k].vi = vi;
		jobs[k].en = en;
		jobs[k].vlen = k == 0 ? vlen : vlen * (size_t)(NJOBS + k) / (2 * NJOBS);
		jobs[k].elen = k == 0 ? elen : elen * (size_t)(NJOBS + k) / (2 * NJOBS);
		/* cut on a character boundary */
		while (jobs[k].vlen < vlen && ((unsigned char)vi[jobs[k].vlen] & 0xC0) == 0x80)
			jobs[k].vlen++;
		while (jobs[k].elen < elen && ((unsigned char)en[jobs[k].elen] & 0xC0) == 0x80)
			jobs[k].elen++;
		jobs[k].tmx = NULL;
	}
	for (k = 0; k < NTHREADS; k++) {
		args[k].jobs = jobs;
		args[k].first = k;
		ck_assert_int_eq(pthread_create(&th[k], NULL, worker, &args[k]), 0);
	}
	for (k = 0; k < NTHREADS; k++)
		pthread_join(th[k], NULL);
	for (k = 0; k < NJOBS; k++) {
		char *seq = align_tmx(&jobs[k]);
		ck_assert_ptr_nonnull(seq);
		ck_assert_ptr_nonnull(jobs[k].tmx);
		ck_assert_msg(strcmp(seq, jobs[k].tmx) == 0, "job %d differs between threads and sequence", k);
		ck_assert(strstr(seq, "<tu") != NULL);
		vietalign_buffer_free(seq);
		vietalign_buffer_free(jobs[k].tmx);
	}
	free(vi);
	free(en);
}
END_TEST

static vietalign_doc *doc_of(const char *text, size_t len, vietalign_lang lang)
{
	vietalign_aligner *a = NULL;
	vietalign_doc *d = NULL;
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_int_eq(vietalign_doc_new(&d, a, text, len, lang), 0);
	vietalign_aligner_free(a); /* the document outlives it */
	return d;
}

/* What the anchors of every sentence of d add up to, read through the
 * API (which reads each sentence on first use). */
static size_t anchors_sum(const vietalign_doc *d)
{
	size_t s, k, sum = 0;
	for (s = 0; s < vietalign_doc_sentence_count(d); s++)
		for (k = 0; k < vietalign_doc_anchor_count(d, s); k++) {
			vietalign_anchor x = VIETALIGN_ANCHOR_INIT;
			if (vietalign_doc_anchor(&x, d, s, k))
				return 0;
			sum += x.kind + 3 * x.offset + 5 * x.length + 7 * strlen(x.value) + 11 * (size_t)x.value[0];
		}
	return sum;
}

typedef struct {
	const vietalign_doc *d;
	size_t sum;
} reader;

static void *read_all(void *p)
{
	reader *r = p;
	r->sum = anchors_sum(r->d);
	return NULL;
}

/* A long document (the corpus text repeated past 4,096 sentences):
 * several threads asking for its anchors at once, each sentence read on
 * first use, see what one thread sees in another copy; and an alignment's
 * reading on three threads finds the same anchors as on one. */
#define COPIES 120

static void check_doc_threads(const char *path, vietalign_lang lang)
{
	size_t len, k, s;
	char *one = slurp(path, &len), *text = malloc(len * COPIES + 1);
	vietalign_doc *a, *b;
	pthread_t th[NTHREADS];
	reader r[NTHREADS];
	vta_anchor_pack p1, p3;
	size_t expect;
	ck_assert_ptr_nonnull(text);
	for (k = 0; k < COPIES; k++) {
		memcpy(text + k * len, one, len);
		text[(k + 1) * len - 1] = '\n'; /* a paragraph break between copies */
	}
	a = doc_of(text, len * COPIES, lang);
	b = doc_of(text, len * COPIES, lang);
	ck_assert_uint_ge(vietalign_doc_sentence_count(a), 4096);
	for (k = 0; k < NTHREADS; k++) {
		r[k].d = b;
		ck_assert_int_eq(pthread_create(&th[k], NULL, read_all, &r[k]), 0);
	}
	expect = anchors_sum(a);
	for (k = 0; k < NTHREADS; k++) {
		pthread_join(th[k], NULL);
		ck_assert_uint_eq(r[k].sum, expect);
	}
	ck_assert_uint_gt(expect, 0);
	ck_assert_int_eq(vta_anchor_pack_read(&p1, a, a->kinds, a->lex, 1, NULL, NULL), 0);
	/* blocks of about 500 sentences, several per thread */
	ck_assert_int_eq(vta_anchor_pack_read_blocks(&p3, a, a->kinds, a->lex, 3, 500, NULL, NULL), 0);
	ck_assert_uint_eq(p3.nblocks, vietalign_doc_sentence_count(a) / 500);
	ck_assert_uint_ge(p3.nblocks, 6);
	for (s = 0; s < vietalign_doc_sentence_count(a); s++) {
		const vta_anchor_set *set = vta_doc_anchors(a, s); /* as the API read it */
		size_t at = 0;
		ck_assert_uint_eq(p1.sent[s].n, set->count);
		ck_assert_uint_eq(p3.sent[s].n, set->count);
		ck_assert_uint_eq(p3.sent[s].nkeys, p1.sent[s].nkeys);
		for (k = 0; k < set->count; k++) {
			const vta_anchor *x = &set->items[k];
			size_t j;
			ck_assert(p3.sent[s].a[k].kind == x->kind && p3.sent[s].a[k].flags == x->flags);
			ck_assert_uint_eq(p3.sent[s].a[k].nkeys, x->nkeys);
			for (j = 0; j < x->nkeys; j++, at++)
				ck_assert(p3.sent[s].key[at] == vta_anchor_key(set, x, j) &&
				          p1.sent[s].key[at] == p3.sent[s].key[at]);
		}
		ck_assert_uint_eq(at, p1.sent[s].nkeys);
	}
	/* a reader going through the sentences lets the blocks behind it go;
	 * the others stay whole */
	vta_anchor_pack_release(&p3, p3.first[2] + 1);
	ck_assert_uint_eq(p3.released, 2);
	ck_assert(!p3.ablock[0] && !p3.kblock[0] && !p3.ablock[1] && !p3.kblock[1]);
	ck_assert(p3.ablock[2] && p3.kblock[2]);
	for (s = p3.first[2]; s < vietalign_doc_sentence_count(a); s++)
		for (k = 0; k < p3.sent[s].nkeys; k++)
			ck_assert(p3.sent[s].key[k] == p1.sent[s].key[k]);
	vta_anchor_pack_free(&p1);
	vta_anchor_pack_free(&p3);
	vietalign_doc_free(a);
	vietalign_doc_free(b);
	free(text);
	free(one);
}

static vietalign_doc *doc_threads(const char *text, size_t len, vietalign_lang lang, unsigned threads)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	vietalign_aligner *a = NULL;
	vietalign_doc *d = NULL;
	o.threads = threads;
	ck_assert_int_eq(vietalign_aligner_new(&a, &o), 0);
	ck_assert_int_eq(vietalign_doc_new(&d, a, text, len, lang), 0);
	vietalign_aligner_free(a);
	return d;
}

/* A long text (past 256 KB) is split into sentences on several threads,
 * a run of paragraphs each: the same paragraphs and sentences, numbered
 * the same, as on one thread. */
static void check_segment_threads(const char *path, vietalign_lang lang)
{
	size_t len, k, total;
	char *one = slurp(path, &len), *text = malloc(len * COPIES + 1);
	vietalign_doc *a, *b;
	ck_assert_ptr_nonnull(text);
	for (k = 0; k < COPIES; k++) {
		memcpy(text + k * len, one, len);
		text[(k + 1) * len - 1] = '\n';
	}
	total = len * COPIES;
	ck_assert_uint_gt(total, (size_t)1 << 18);
	a = doc_threads(text, total, lang, 1);
	b = doc_threads(text, total, lang, 3);
	ck_assert_uint_eq(vietalign_doc_paragraph_count(a), vietalign_doc_paragraph_count(b));
	ck_assert_uint_eq(vietalign_doc_sentence_count(a), vietalign_doc_sentence_count(b));
	for (k = 0; k < vietalign_doc_paragraph_count(a); k++) {
		vietalign_paragraph x = VIETALIGN_PARAGRAPH_INIT, y = VIETALIGN_PARAGRAPH_INIT;
		ck_assert_int_eq(vietalign_doc_paragraph(&x, a, k), 0);
		ck_assert_int_eq(vietalign_doc_paragraph(&y, b, k), 0);
		ck_assert(x.offset == y.offset && x.length == y.length && x.first_sentence == y.first_sentence &&
		          x.sentence_count == y.sentence_count);
	}
	for (k = 0; k < vietalign_doc_sentence_count(a); k++) {
		vietalign_sentence x = VIETALIGN_SENTENCE_INIT, y = VIETALIGN_SENTENCE_INIT;
		ck_assert_int_eq(vietalign_doc_sentence(&x, a, k), 0);
		ck_assert_int_eq(vietalign_doc_sentence(&y, b, k), 0);
		ck_assert(x.offset == y.offset && x.length == y.length && x.paragraph == y.paragraph &&
		          x.bullet_offset == y.bullet_offset && x.bullet_length == y.bullet_length);
		ck_assert_str_eq(x.text, y.text);
	}
	vietalign_doc_free(a);
	vietalign_doc_free(b);
	free(text);
	free(one);
}

START_TEST(test_segment_threads)
{
	check_segment_threads("corpus/deepseek.vi.txt", VIETALIGN_LANG_VI);
	check_segment_threads("corpus/deepseek.en.txt", VIETALIGN_LANG_EN);
}
END_TEST

START_TEST(test_doc_threads)
{
	check_doc_threads("corpus/deepseek.vi.txt", VIETALIGN_LANG_VI);
	check_doc_threads("corpus/deepseek.en.txt", VIETALIGN_LANG_EN);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("threads");
	TCase *t = tcase_create("threads");
	tcase_set_timeout(t, 120);
	tcase_add_test(t, test_concurrent_equals_sequential);
	tcase_add_test(t, test_doc_threads);
	tcase_add_test(t, test_segment_threads);
	suite_add_tcase(s, t);
	return run_suite(s);
}
