/* test_threads.c - the library keeps no global mutable state: the corpus
 * pair and its variants aligned on several threads at once, each thread
 * with its own aligner, give byte-identical TMX to a sequential run. */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vietalign.h"
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

static vietalign_doc *doc_with_threads(const char *text, size_t len, vietalign_lang lang, unsigned threads)
{
	vietalign_options o;
	vietalign_aligner *a = NULL;
	vietalign_doc *d = NULL;
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.threads = threads;
	ck_assert_int_eq(vietalign_aligner_new(&a, &o), 0);
	ck_assert_int_eq(vietalign_doc_new(&d, a, text, len, lang), 0);
	vietalign_aligner_free(a);
	return d;
}

/* A document long enough to be read on several threads (the corpus text
 * repeated past 4,096 sentences) has the same anchors, sentence by
 * sentence, as one read on one thread. */
#define COPIES 120

static void check_doc_threads(const char *path, vietalign_lang lang)
{
	size_t len, k, total = 0, s;
	char *one = slurp(path, &len), *text = malloc(len * COPIES + 1);
	vietalign_doc *a, *b;
	ck_assert_ptr_nonnull(text);
	for (k = 0; k < COPIES; k++) {
		memcpy(text + k * len, one, len);
		text[(k + 1) * len - 1] = '\n'; /* a paragraph break between copies */
	}
	a = doc_with_threads(text, len * COPIES, lang, 1);
	b = doc_with_threads(text, len * COPIES, lang, 3);
	ck_assert_uint_ge(vietalign_doc_sentence_count(a), 4096);
	ck_assert_uint_eq(vietalign_doc_sentence_count(a), vietalign_doc_sentence_count(b));
	for (s = 0; s < vietalign_doc_sentence_count(a); s++) {
		size_t n = vietalign_doc_anchor_count(a, s);
		ck_assert_uint_eq(n, vietalign_doc_anchor_count(b, s));
		for (k = 0; k < n; k++) {
			vietalign_anchor x, y;
			ck_assert_int_eq(vietalign_doc_anchor(&x, a, s, k), 0);
			ck_assert_int_eq(vietalign_doc_anchor(&y, b, s, k), 0);
			ck_assert(x.kind == y.kind && x.offset == y.offset && x.length == y.length);
			ck_assert_str_eq(x.value, y.value);
		}
		total += n;
	}
	ck_assert_uint_gt(total, vietalign_doc_sentence_count(a)); /* anchors were read */
	vietalign_doc_free(a);
	vietalign_doc_free(b);
	free(text);
	free(one);
}

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
	suite_add_tcase(s, t);
	return run_suite(s);
}
