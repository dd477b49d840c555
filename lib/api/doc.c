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

/* The checks every document entry point makes first. */
static int doc_args(vietalign_doc **out, vietalign_aligner *aligner, int bad, vietalign_lang lang)
{
	vta_error *err = aligner ? &aligner->err : NULL;
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

int vietalign_doc_sentence(vietalign_sentence *out, const vietalign_doc *doc, size_t i)
{
	const vta_sentence *s;
	if (!out || !doc || i >= doc->nsents)
		return VIETALIGN_EINVALID;
	s = &doc->sents[i];
	out->offset = s->offset;
	out->length = s->length;
	out->paragraph = s->paragraph;
	out->bullet_offset = s->bullet_offset;
	out->bullet_length = s->bullet_length;
	out->text = s->text;
	out->text_length = s->text_length;
	return VIETALIGN_OK;
}

int vietalign_doc_paragraph(vietalign_paragraph *out, const vietalign_doc *doc, size_t i)
{
	if (!out || !doc || i >= doc->nparas)
		return VIETALIGN_EINVALID;
	*out = doc->paras[i];
	return VIETALIGN_OK;
}
