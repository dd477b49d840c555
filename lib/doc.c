/* doc.c - the document model: a text split into paragraphs and sentences. */
#include <stdlib.h>
#include <string.h>
#include "aligner.h"
#include "anchors.h"
#include "doc.h"
#include "lexicon.h"
#include "segment.h"
#include "vec.h"

static void doc_free_parts(vietalign_doc *doc)
{
	size_t i;
	for (i = 0; i < doc->nsents; i++)
		free(doc->sents[i].text);
	if (doc->anchors) {
		for (i = 0; i < doc->nsents; i++) {
			vl_anchor_set *set = atomic_load_explicit(&doc->anchors[i], memory_order_acquire);
			if (set)
				vl_anchor_set_free(set);
			free(set);
		}
	}
	free(doc->anchors);
	vl_lexicon_free(doc->lex);
	free(doc->sents);
	free(doc->paras);
	free(doc->input);
}

void vietalign_doc_free(vietalign_doc *doc)
{
	if (!doc)
		return;
	doc_free_parts(doc);
	free(doc);
}

/* Appends one sentence of paragraph `para`, with its folded text. */
static int add_sentence(vietalign_doc *doc, const vl_span *s, size_t para, vl_error *err)
{
	vl_sentence *t;
	int rc = vl_grow((void **)&doc->sents, &doc->sents_cap, doc->nsents + 1, sizeof *doc->sents);
	if (rc)
		return vl_error_set(err, rc, "out of memory");
	t = &doc->sents[doc->nsents];
	memset(t, 0, sizeof *t);
	t->offset = s->offset;
	t->length = s->length;
	t->paragraph = para;
	t->bullet_offset = s->bullet_offset;
	t->bullet_length = s->bullet_length;
	rc = vl_text_fold(&t->text, &t->text_length, &t->nchars, doc->input + s->offset, s->length);
	if (rc)
		return vl_error_set(err, rc, "cannot normalise sentence at byte offset %zu", s->offset);
	if (t->text_length == 0) {
		free(t->text);
		return 0; /* nothing but white space: not a sentence */
	}
	doc->nsents++;
	return 0;
}

/* Splits one paragraph into sentences; the bullet goes to the first one. */
static int add_paragraph(vietalign_doc *doc, vl_breaker *br, const vl_span *p, vl_error *err)
{
	vl_span_vec sv = {0};
	vietalign_paragraph *para;
	size_t i, first = doc->nsents;
	int rc = vl_sentences_split_with(br, &sv, doc->input, p->offset, p->offset + p->length, err);
	for (i = 0; !rc && i < sv.count; i++) {
		vl_span s = sv.items[i];
		if (i == 0) {
			s.bullet_offset = p->bullet_offset;
			s.bullet_length = p->bullet_length;
		}
		rc = add_sentence(doc, &s, doc->nparas, err);
	}
	vl_span_vec_free(&sv);
	if (rc || doc->nsents == first)
		return rc;
	rc = vl_grow((void **)&doc->paras, &doc->paras_cap, doc->nparas + 1, sizeof *doc->paras);
	if (rc)
		return vl_error_set(err, rc, "out of memory");
	para = &doc->paras[doc->nparas++];
	para->offset = p->offset;
	para->length = p->length;
	para->first_sentence = first;
	para->sentence_count = doc->nsents - first;
	return 0;
}

static int doc_segment(vietalign_doc *doc, size_t skip, vl_error *err)
{
	vl_span_vec pv = {0};
	vl_breaker *br = NULL;
	size_t i;
	int rc = vl_paragraphs_split(&pv, doc->input + skip, doc->input_len - skip, err);
	if (!rc && pv.count)
		rc = vl_breaker_new(&br, doc->lang, err);
	for (i = 0; !rc && i < pv.count; i++) {
		vl_span p = pv.items[i];
		p.offset += skip;
		if (p.bullet_length)
			p.bullet_offset += skip;
		rc = add_paragraph(doc, br, &p, err);
	}
	vl_breaker_free(br);
	vl_span_vec_free(&pv);
	return rc;
}

int vietalign_doc_new(vietalign_doc **out, vietalign_aligner *aligner,
                      const char *text, size_t len, vietalign_lang lang)
{
	vl_error *err = aligner ? &aligner->err : NULL;
	vietalign_doc *doc;
	size_t skip = 0;
	int rc;

	if (!out || (!text && len) || !vietalign_lang_code(lang))
		return vl_error_set(err, VIETALIGN_EINVALID, "invalid argument");
	*out = NULL;
	vl_error_clear(err);
	if ((rc = vl_utf8_check(text, len, err)) != 0)
		return rc;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		skip = 3; /* a UTF-8 byte order mark */
	doc = calloc(1, sizeof *doc);
	if (!doc || !(doc->input = malloc(len + 1))) {
		free(doc);
		return vl_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	}
	if (len)
		memcpy(doc->input, text, len);
	doc->input[len] = '\0';
	doc->input_len = len;
	doc->lang = lang;
	rc = doc_segment(doc, skip, err);
	/* the sentences hold their own text: the copy is done with */
	free(doc->input);
	doc->input = NULL;
	if (!rc && doc->nsents == 0)
		rc = vl_error_set(err, VIETALIGN_EEMPTY, "the text holds no sentence");
	/* anchors are read when asked for: room for each sentence's, and what
	 * to read them with */
	if (!rc && !(doc->anchors = calloc(doc->nsents, sizeof *doc->anchors)))
		rc = vl_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	if (!rc && aligner) {
		doc->kinds = aligner->opts.anchors;
		doc->lex = vl_lexicon_ref(aligner->lex);
	}
	if (rc) {
		vietalign_doc_free(doc);
		return rc;
	}
	*out = doc;
	return VIETALIGN_OK;
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
	const vl_sentence *s;
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
