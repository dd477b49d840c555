/* doc.c - the document entry points: a text segmented into a document,
 * with room for the anchors the caller asks for (vietalign_doc_anchor()),
 * read with the tables of the aligner that made it. */
#include <stdlib.h>
#include "api/api.h"
#include "anchors/anchors.h"
#include "segment/segment.h"

/* Frees the anchors read for the caller, and the reference to the
 * tables they were read with. */
static void free_anchors(vietalign_doc *doc)
{
	size_t i;
	if (doc->anchors) {
		for (i = 0; i < doc->nsents; i++) {
			vta_anchor_set *set = atomic_load_explicit(&doc->anchors[i], memory_order_acquire);
			if (set)
				vta_anchor_set_free(set);
			free(set);
		}
	}
	free(doc->anchors);
	doc->anchors = NULL;
	vta_lexicon_free(doc->lex);
	doc->lex = NULL;
}

void vietalign_doc_free(vietalign_doc *doc)
{
	if (!doc)
		return;
	free_anchors(doc);
	vta_doc_free(doc);
}

/* Gives a new document room for its anchors and what to read them with
 * (the aligner's kinds and tables). */
static int finish_doc(vietalign_doc **out, vietalign_doc *doc, vietalign_aligner *aligner, vta_error *err)
{
	/* anchors are read when asked for: room for each sentence's */
	if (!(doc->anchors = calloc(doc->nsents, sizeof *doc->anchors))) {
		vta_doc_free(doc);
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	}
	if (aligner) {
		doc->kinds = aligner->opts.anchors;
		doc->lex = vta_lexicon_ref(aligner->lex);
	}
	*out = doc;
	return VIETALIGN_OK;
}

/* The checks every document entry point makes first. An aligner is
 * required: a document reads its own anchors (the anchor report, the
 * parallelism, the checks) with its maker's kinds and tables, which a
 * document made without one would lack, silently. */
static int doc_args(vietalign_doc **out, vietalign_aligner *aligner, int bad, vietalign_lang lang)
{
	vta_error *err = aligner ? &aligner->err : NULL;
	if (out)
		*out = NULL;
	if (!aligner)
		return VIETALIGN_EINVALID;
	if (!out || bad || !vietalign_lang_code(lang))
		return vta_error_set(err, VIETALIGN_EINVALID, "invalid argument");
	*out = NULL;
	vta_error_clear(err);
	return 0;
}

int vietalign_doc_new(vietalign_doc **out, vietalign_aligner *aligner, const char *text, size_t len,
                      vietalign_lang lang)
{
	vta_error *err = aligner ? &aligner->err : NULL;
	vietalign_doc *doc;
	vta_progress pg;
	int rc = doc_args(out, aligner, !text && len, lang);
	if (rc)
		return rc;
	/* the bytes segmented are the progress of a long text */
	vta_progress_init(&pg, aligner ? aligner->progress : NULL, aligner ? aligner->progress_payload : NULL);
	rc = vta_progress_phase(&pg, 1.0, len)
	             ? vta_error_set(err, VIETALIGN_ECANCELED, "canceled")
	             : vta_doc_new(&doc, text, len, lang, aligner ? aligner->opts.threads : 1, &pg, err);
	if (!rc && vta_progress_finish(&pg)) {
		vta_doc_free(doc);
		rc = vta_error_set(err, VIETALIGN_ECANCELED, "canceled");
	}
	vta_progress_free(&pg);
	return rc ? rc : finish_doc(out, doc, aligner, err);
}

int vietalign_doc_new_lines(vietalign_doc **out, vietalign_aligner *aligner, const char *text, size_t len,
                            vietalign_lang lang)
{
	vta_error *err = aligner ? &aligner->err : NULL;
	vietalign_doc *doc;
	int rc = doc_args(out, aligner, !text && len, lang);
	if (!rc)
		rc = vta_doc_new_lines(&doc, text, len, lang, err);
	return rc ? rc : finish_doc(out, doc, aligner, err);
}

int vietalign_doc_new_segments(vietalign_doc **out, vietalign_aligner *aligner, const char *const *segs,
                               const size_t *lens, size_t n, vietalign_lang lang)
{
	vta_error *err = aligner ? &aligner->err : NULL;
	vietalign_doc *doc;
	int rc = doc_args(out, aligner, !segs && n, lang);
	if (!rc)
		rc = vta_doc_new_segments(&doc, segs, lens, n, lang, err);
	return rc ? rc : finish_doc(out, doc, aligner, err);
}

int vietalign_text_is_line_segmented(const char *text, size_t len)
{
	return vta_text_is_line_segmented(text, len);
}

vietalign_lang vietalign_doc_lang(const vietalign_doc *doc)
{
	return doc ? doc->lang : VIETALIGN_LANG_VI;
}

size_t vietalign_doc_sentence_count(const vietalign_doc *doc)
{
	return doc ? doc->nsents : 0;
}

size_t vietalign_doc_paragraph_count(const vietalign_doc *doc)
{
	return doc ? doc->nparas : 0;
}

/* The sizes of the versions of the public structs (vietalign.h,
 * "Structs and versions"), oldest first. */
static const size_t sentence_sizes[] = {sizeof(vietalign_sentence)};
static const size_t paragraph_sizes[] = {sizeof(vietalign_paragraph)};

int vietalign_doc_sentence(vietalign_sentence *out, const vietalign_doc *doc, size_t i)
{
	const vta_sentence *s;
	vietalign_sentence full;
	if (!out || !doc || i >= doc->nsents)
		return VIETALIGN_EINVALID;
	s = &doc->sents[i];
	full.version = VIETALIGN_SENTENCE_VERSION;
	full.offset = s->offset;
	full.length = s->length;
	full.paragraph = s->paragraph;
	full.bullet_offset = s->bullet_offset;
	full.bullet_length = s->bullet_length;
	full.text = s->text;
	full.text_length = s->text_length;
	return vta_versioned_copy(out, &full, sentence_sizes, VIETALIGN_SENTENCE_VERSION);
}

/* Soft boundaries a sentence is read for, at most: more say nothing new. */
#define SOFT_READ_MAX 256

/* The soft boundaries of sentence i (none for a presplit document). */
static size_t soft_of(vta_soft *soft, const vietalign_doc *doc, size_t i)
{
	if (!doc || i >= doc->nsents || doc->fixed)
		return 0;
	return vta_soft_boundaries(soft, SOFT_READ_MAX, doc->sents[i].text, doc->sents[i].text_length, doc->lang);
}

size_t vietalign_doc_soft_boundary_count(const vietalign_doc *doc, size_t i)
{
	vta_soft soft[SOFT_READ_MAX];
	return soft_of(soft, doc, i);
}

int vietalign_doc_soft_boundary(size_t *offset, const char **kind, const vietalign_doc *doc, size_t i, size_t k)
{
	vta_soft soft[SOFT_READ_MAX];
	if (!offset || !kind || k >= soft_of(soft, doc, i))
		return VIETALIGN_EINVALID;
	*offset = soft[k].at;
	*kind = vta_soft_kind_name(soft[k].kind);
	return VIETALIGN_OK;
}

int vietalign_doc_paragraph(vietalign_paragraph *out, const vietalign_doc *doc, size_t i)
{
	const vta_paragraph *p;
	vietalign_paragraph full;
	if (!out || !doc || i >= doc->nparas)
		return VIETALIGN_EINVALID;
	p = &doc->paras[i];
	full.version = VIETALIGN_PARAGRAPH_VERSION;
	full.offset = p->offset;
	full.length = p->length;
	full.first_sentence = p->first_sentence;
	full.sentence_count = p->sentence_count;
	return vta_versioned_copy(out, &full, paragraph_sizes, VIETALIGN_PARAGRAPH_VERSION);
}
