/* split.c - one text holding both languages (a saved page with a Vietnamese
 * translation and its English original) split into its Vietnamese and its
 * English paragraphs. A paragraph too short to judge (a heading, a credit)
 * goes with the paragraph before it. */
#include <stdlib.h>
#include <string.h>
#include "segment/segment.h"
#include "text/text.h"
#include "common/common.h"

typedef struct {
	char *buf;
	size_t len, cap;
} strbuf;

static int sb_add(strbuf *b, const char *s, size_t n)
{
	if (vta_grow((void **)&b->buf, &b->cap, b->len + n + 1, 1))
		return VIETALIGN_ENOMEM;
	memcpy(b->buf + b->len, s, n);
	b->len += n;
	b->buf[b->len] = '\0';
	return 0;
}

/* A short paragraph without diacritics ("Theo: URL", "Getty Images",
 * "Bearish signals"): Vietnamese when all its plain words could be
 * Vietnamese syllables, English when most cannot, else undecided (-1). */
static int shape_lang(const char *text, size_t len)
{
	vta_token_vec tv = {0};
	size_t k, words = 0, syllables = 0;
	int lang = -1;
	if (vta_tokens_split(&tv, text, len))
		return -1;
	for (k = 0; k < tv.count; k++) {
		const char *w = text + tv.items[k].offset;
		size_t n = tv.items[k].length, i = vta_ascii_letters(w, n);
		if (n >= 64)
			continue;
		if (i < n && ((unsigned char)w[i] >= 0x80)) {
			words++; /* a letter beyond ASCII: Vietnamese here */
			syllables++;
			continue;
		}
		if (i < n || n == 0)
			continue; /* URLs, numbers */
		words++;
		syllables += vta_vi_plain_syllable(w, n);
	}
	vta_token_vec_free(&tv);
	if (words && syllables == words)
		lang = VIETALIGN_LANG_VI;
	else if (words && syllables * 2 < words)
		lang = VIETALIGN_LANG_EN;
	return lang;
}

/* -1 when the paragraph is too short to tell. */
static int paragraph_lang(const char *text, const vta_span *p)
{
	vietalign_lang l;
	size_t start = p->bullet_length ? p->bullet_offset : p->offset, len = p->offset + p->length - start;
	if (vietalign_lang_detect(&l, NULL, text + start, len) != 0)
		return shape_lang(text + start, len);
	return (int)l;
}

/* Languages of all paragraphs, the undecided ones filled from their
 * neighbours (the one before, or the first decided one at the start). */
static void decide(int *lang, size_t n)
{
	size_t i;
	int last = -1;
	for (i = 0; i < n && last < 0; i++)
		last = lang[i];
	if (last < 0)
		last = VIETALIGN_LANG_VI;
	for (i = 0; i < n; i++) {
		if (lang[i] < 0)
			lang[i] = last;
		last = lang[i];
	}
}

static int write_sides(strbuf *out, const char *text, const vta_span_vec *pv, const int *lang)
{
	size_t i;
	for (i = 0; i < pv->count; i++) {
		const vta_span *p = &pv->items[i];
		strbuf *b = &out[lang[i]];
		size_t start = p->bullet_length ? p->bullet_offset : p->offset;
		if ((b->len && sb_add(b, "\n\n", 2)) || sb_add(b, text + start, p->offset + p->length - start))
			return VIETALIGN_ENOMEM;
	}
	return (sb_add(&out[0], "\n", 1) || sb_add(&out[1], "\n", 1)) ? VIETALIGN_ENOMEM : 0;
}

int vta_text_split(char **vi, size_t *vi_len, char **en, size_t *en_len, const char *text, size_t len, vta_error *err)
{
	vta_span_vec pv = {0};
	strbuf out[2] = {{0}, {0}};
	int *lang = NULL, rc;
	size_t i, skip = 0;
	if (!vi || !en || (!text && len))
		return vta_error_set(err, VIETALIGN_EINVALID, "invalid argument");
	*vi = *en = NULL;
	if ((rc = vta_utf8_check(text, len, err)) != 0)
		return rc;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		skip = 3;
	rc = vta_paragraphs_split(&pv, text + skip, len - skip, err);
	if (!rc && !(lang = malloc((pv.count + 1) * sizeof *lang)))
		rc = vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	for (i = 0; !rc && i < pv.count; i++)
		lang[i] = paragraph_lang(text + skip, &pv.items[i]);
	if (!rc) {
		decide(lang, pv.count);
		rc = write_sides(out, text + skip, &pv, lang);
		if (rc)
			vta_error_set(err, rc, "out of memory");
	}
	free(lang);
	vta_span_vec_free(&pv);
	if (rc) {
		free(out[0].buf);
		free(out[1].buf);
		return rc;
	}
	*vi = out[VIETALIGN_LANG_VI].buf;
	*en = out[VIETALIGN_LANG_EN].buf;
	if (vi_len)
		*vi_len = out[VIETALIGN_LANG_VI].len;
	if (en_len)
		*en_len = out[VIETALIGN_LANG_EN].len;
	return VIETALIGN_OK;
}
