/* doc.c - the document model: a text split into paragraphs and sentences. */
#include <stdlib.h>
#include <string.h>
#include "segment/segment.h"
#include "common/common.h"

/* Frees what segmentation made, and doc itself. */
static void doc_free_parts(vietalign_doc *doc)
{
	size_t i;
	for (i = 0; i < doc->nsents; i++) {
		if (!doc->texts.blocks)
			free(doc->sents[i].text);
		free(doc->sents[i].omap);
	}
	vta_text_store_free(&doc->texts);
	free(doc->sents);
	free(doc->paras);
	free(doc->input);
}

void vta_doc_free(vietalign_doc *doc)
{
	if (!doc)
		return;
	doc_free_parts(doc);
	free(doc);
}

/* The sentences and paragraphs of a run of paragraphs, made on one thread
 * (paragraph numbers and first sentences count from the run's start). */
typedef struct {
	const char *input;
	vietalign_lang lang;
	const vta_span *para;    /* the document's paragraphs */
	size_t first, end, skip; /* this run: [first, end) */
	vta_sentence *sents;
	size_t nsents, sents_cap;
	vta_paragraph *paras;
	size_t nparas, paras_cap;
	vta_text_store texts; /* the sentences' texts */
	vta_progress *pg;     /* told the bytes of each paragraph */
	vta_error err;
	int rc;
} seg_run;

static void run_free(seg_run *t)
{
	size_t i;
	for (i = 0; i < t->nsents; i++)
		free(t->sents[i].omap);
	vta_text_store_free(&t->texts);
	free(t->sents);
	free(t->paras);
	t->sents = NULL;
	t->paras = NULL;
	t->nsents = t->nparas = 0;
}

/* Appends one sentence of paragraph `para`, with its folded text. */
static int add_sentence(seg_run *t, const vta_span *s, size_t para)
{
	vta_sentence *x;
	char *stored;
	size_t nchars, nomap;
	int rc = vta_grow((void **)&t->sents, &t->sents_cap, t->nsents + 1, sizeof *t->sents);
	if (rc)
		return vta_error_set(&t->err, rc, "out of memory");
	x = &t->sents[t->nsents];
	memset(x, 0, sizeof *x);
	x->offset = s->offset;
	x->length = s->length;
	x->bullet_offset = s->bullet_offset;
	rc = vta_text_fold(&x->text, &x->text_length, &nchars, t->input + s->offset, s->length);
	if (rc == VIETALIGN_ENOMEM)
		return vta_error_set(&t->err, rc, "out of memory");
	if (rc)
		return vta_error_set(&t->err, rc, "cannot normalise sentence at byte offset %zu", s->offset);
	if (x->text_length == 0) {
		free(x->text);
		return 0; /* nothing but white space: not a sentence */
	}
	if (!vta_sentence_fits(x->text_length, para, s->bullet_length)) {
		free(x->text);
		return vta_error_set(&t->err, VIETALIGN_EINVALID, "sentence at byte offset %zu is too long", s->offset);
	}
	x->paragraph = (uint32_t)para;
	x->bullet_length = (uint32_t)s->bullet_length;
	x->nchars = (uint32_t)nchars;
	if (vta_text_offset_map(&x->omap, &nomap, t->input + s->offset, s->length, x->text, x->text_length)) {
		free(x->text);
		return vta_error_set(&t->err, VIETALIGN_ENOMEM, "out of memory");
	}
	x->nomap = (uint32_t)nomap;
	stored = vta_text_store_copy(&t->texts, x->text, x->text_length);
	free(x->text);
	x->text = stored;
	if (!stored) {
		free(x->omap);
		return vta_error_set(&t->err, VIETALIGN_ENOMEM, "out of memory");
	}
	t->nsents++;
	return 0;
}

/* Splits one paragraph into sentences; the bullet goes to the first one. */
static int add_paragraph(seg_run *t, vta_breaker *br, const vta_span *p)
{
	vta_span_vec sv = {0};
	vta_paragraph *para;
	size_t i, first = t->nsents;
	int rc = vta_sentences_split_with(br, &sv, t->input, p->offset, p->offset + p->length, &t->err);
	for (i = 0; !rc && i < sv.count; i++) {
		vta_span s = sv.items[i];
		if (i == 0) {
			s.bullet_offset = p->bullet_offset;
			s.bullet_length = p->bullet_length;
		}
		rc = add_sentence(t, &s, t->nparas);
	}
	vta_span_vec_free(&sv);
	if (rc || t->nsents == first)
		return rc;
	rc = vta_grow((void **)&t->paras, &t->paras_cap, t->nparas + 1, sizeof *t->paras);
	if (rc)
		return vta_error_set(&t->err, rc, "out of memory");
	para = &t->paras[t->nparas++];
	para->offset = p->offset;
	para->length = p->length;
	para->first_sentence = first;
	para->sentence_count = t->nsents - first;
	return 0;
}

static void *segment_run(void *arg)
{
	seg_run *t = arg;
	vta_breaker *br = NULL;
	size_t i;
	t->rc = t->end > t->first ? vta_breaker_new(&br, t->lang, &t->err) : 0;
	for (i = t->first; !t->rc && i < t->end; i++) {
		vta_span p = t->para[i];
		p.offset += t->skip;
		if (p.bullet_length)
			p.bullet_offset += t->skip;
		t->rc = add_paragraph(t, br, &p);
		if (!t->rc && vta_progress_add(t->pg, t->para[i].length))
			t->rc = vta_error_set(&t->err, VIETALIGN_ECANCELED, "canceled while splitting sentences");
	}
	vta_breaker_free(br);
	return NULL;
}

/* A paragraph's weight in the split: its bytes. */
static size_t paragraph_bytes(const void *pv, size_t i)
{
	return ((const vta_span_vec *)pv)->items[i].length;
}

/* Moves the runs' sentences and paragraphs into doc, numbering them on
 * (the texts change hands; the runs are left empty). */
static int join_runs(vietalign_doc *doc, seg_run *runs, size_t n)
{
	size_t t, k, ns = 0, np = 0;
	for (t = 0; t < n; t++) {
		ns += runs[t].nsents;
		np += runs[t].nparas;
	}
	if (np > UINT32_MAX) /* a sentence's paragraph number has 32 bits */
		return VIETALIGN_EINVALID;
	if (!(doc->sents = malloc((ns ? ns : 1) * sizeof *doc->sents)) ||
	    !(doc->paras = malloc((np ? np : 1) * sizeof *doc->paras)))
		return VIETALIGN_ENOMEM;
	for (t = 0; t < n; t++)
		if (vta_text_store_move(&doc->texts, &runs[t].texts))
			return VIETALIGN_ENOMEM;
	doc->sents_cap = ns;
	doc->paras_cap = np;
	for (t = 0; t < n; t++) {
		seg_run *x = &runs[t];
		for (k = 0; k < x->nparas; k++) {
			doc->paras[doc->nparas + k] = x->paras[k];
			doc->paras[doc->nparas + k].first_sentence += doc->nsents;
		}
		for (k = 0; k < x->nsents; k++) {
			doc->sents[doc->nsents + k] = x->sents[k];
			doc->sents[doc->nsents + k].paragraph += (uint32_t)doc->nparas;
		}
		doc->nsents += x->nsents;
		doc->nparas += x->nparas;
		x->nsents = 0; /* the texts are the document's now */
		run_free(x);
	}
	return 0;
}

/* A long text's paragraphs are split into sentences on up to `threads`
 * threads, a run of paragraphs each (a paragraph's sentences do not depend
 * on its neighbours: the runs join as one thread would have made them). */
#define PARALLEL_BYTES ((size_t)1 << 18)

static int doc_segment(vietalign_doc *doc, size_t skip, unsigned threads, vta_progress *pg, vta_error *err)
{
	vta_span_vec pv = {0};
	seg_run runs[VTA_PARALLEL_MAX];
	size_t first[VTA_PARALLEL_MAX + 1];
	size_t t, n;
	int rc = vta_paragraphs_split(&pv, doc->input + skip, doc->input_len - skip, err);
	if (rc)
		return rc;
	n = threads < 2 || doc->input_len < PARALLEL_BYTES || pv.count < 2 ? 1
	    : threads < VTA_PARALLEL_MAX                                   ? threads
	                                                                   : VTA_PARALLEL_MAX;
	memset(runs, 0, n * sizeof *runs);
	vta_parallel_split(first, n, pv.count, paragraph_bytes, &pv);
	for (t = 0; t < n; t++) {
		runs[t].first = first[t];
		runs[t].end = first[t + 1];
		runs[t].input = doc->input;
		runs[t].lang = doc->lang;
		runs[t].para = pv.items;
		runs[t].skip = skip;
		runs[t].pg = pg;
	}
	vta_parallel(segment_run, runs, sizeof *runs, n);
	for (t = 0; t < n && !rc; t++)
		if (runs[t].rc) { /* the first run's error: the one a single thread meets */
			rc = runs[t].rc;
			if (err)
				*err = runs[t].err;
		}
	if (!rc && (rc = join_runs(doc, runs, n)))
		rc = vta_error_set(err, rc, rc == VIETALIGN_ENOMEM ? "out of memory" : "too many paragraphs");
	for (t = 0; t < n; t++)
		run_free(&runs[t]);
	vta_span_vec_free(&pv);
	return rc;
}

int vta_doc_start(vietalign_doc **out, const char *text, size_t len, vietalign_lang lang, size_t *skip, vta_error *err)
{
	vietalign_doc *doc;
	int rc;

	*out = NULL;
	*skip = 0;
	if ((rc = vta_utf8_check(text, len, err)) != 0)
		return rc;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		*skip = 3; /* a UTF-8 byte order mark */
	doc = calloc(1, sizeof *doc);
	if (!doc || !(doc->input = malloc(len + 1))) {
		free(doc);
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	}
	if (len)
		memcpy(doc->input, text, len);
	doc->input[len] = '\0';
	doc->input_len = len;
	doc->lang = lang;
	*out = doc;
	return VIETALIGN_OK;
}

int vta_doc_end(vietalign_doc **out, vietalign_doc *doc, int rc, vta_error *err)
{
	/* the sentences hold their own text: the copy is done with */
	free(doc->input);
	doc->input = NULL;
	if (!rc && doc->nsents == 0)
		rc = vta_error_set(err, VIETALIGN_EEMPTY, "the text holds no sentence");
	if (rc) {
		vta_doc_free(doc);
		return rc;
	}
	*out = doc;
	return VIETALIGN_OK;
}

int vta_doc_new(vietalign_doc **out, const char *text, size_t len, vietalign_lang lang, unsigned threads,
                vta_progress *pg, vta_error *err)
{
	vietalign_doc *doc;
	size_t skip;
	int rc = vta_doc_start(&doc, text, len, lang, &skip, err);
	if (rc)
		return rc;
	return vta_doc_end(out, doc, doc_segment(doc, skip, threads, pg, err), err);
}

void vta_sentence_input_span(size_t *offset, size_t *length, const vta_sentence *s, size_t off, size_t len)
{
	size_t a = vta_text_input_offset(s->omap, s->nomap, off);
	size_t b = vta_text_input_offset(s->omap, s->nomap, off + len);
	*offset = s->offset + a;
	*length = b > a ? b - a : 0;
}
