/* anchors.c - extracting anchors (numbers, names, punctuation) from a sentence. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "anchors/anchors.h"
#include "text/text.h"
#include "common/common.h"

#define FNV_PRIME 1099511628211ULL

uint64_t vta_hash_extend(uint64_t h, const char *data, size_t len)
{
	const unsigned char *d = (const unsigned char *)data;
	size_t i = 0;
	/* four bytes a turn of the loop: the same steps in the same order,
	 * a quarter of the loop's tests (every anchor's value is hashed) */
	for (; len - i >= 4; i += 4) {
		h = (h ^ d[i]) * FNV_PRIME;
		h = (h ^ d[i + 1]) * FNV_PRIME;
		h = (h ^ d[i + 2]) * FNV_PRIME;
		h = (h ^ d[i + 3]) * FNV_PRIME;
	}
	for (; i < len; i++)
		h = (h ^ d[i]) * FNV_PRIME;
	return h;
}

uint64_t vta_anchor_hash(unsigned kind, const char *data, size_t len)
{
	return vta_hash_extend(1469598103934665603ULL ^ (uint64_t)kind, data, len);
}

void vta_anchor_set_free(vta_anchor_set *s)
{
	free(s->items);
	free(s->pool);
	memset(s, 0, sizeof *s);
}

int vta_anchor_push(vta_anchor_set *s, unsigned kind, unsigned flags, const uint64_t *keys, size_t nkeys,
                    const char *value, size_t vlen, size_t off, size_t len)
{
	vta_anchor *a;
	size_t extra, need;
	if (!keys)
		nkeys = 1;
	if (nkeys == 0 || nkeys > UINT16_MAX || vlen > VTA_ANCHOR_VALUE_MAX)
		return 0;
	extra = (nkeys - 1) * sizeof(uint64_t);
	need = extra + (s->keys_only ? 0 : vlen + 1);
	if (off > UINT32_MAX || len > UINT32_MAX || vlen >= UINT32_MAX || s->pool_len > UINT32_MAX - need ||
	    s->count >= VTA_SET_ANCHORS_MAX)
		return 0;
	/* grown only when full: the set is reused sentence after sentence */
	if ((s->count == s->cap && vta_grow((void **)&s->items, &s->cap, s->count + 1, sizeof *s->items)) ||
	    (s->pool_len + need > s->pool_cap && vta_grow((void **)&s->pool, &s->pool_cap, s->pool_len + need, 1)))
		return VIETALIGN_ENOMEM;
	a = &s->items[s->count];
	a->kind = (uint8_t)kind;
	a->flags = (uint8_t)flags;
	a->key = keys ? keys[0] : vta_anchor_hash(kind, value, vlen);
	a->nkeys = (uint16_t)nkeys;
	a->offset = (uint32_t)off;
	a->length = (uint32_t)len;
	if (extra)
		memcpy(s->pool + s->pool_len, keys + 1, extra);
	a->value_off = (uint32_t)(s->pool_len + extra);
	if (!s->keys_only) {
		memcpy(s->pool + a->value_off, value, vlen);
		s->pool[a->value_off + vlen] = '\0';
	}
	s->pool_len += need;
	s->count++;
	return 0;
}

uint64_t vta_anchor_key(const vta_anchor_set *s, const vta_anchor *a, size_t k)
{
	uint64_t key;
	if (k == 0)
		return a->key;
	/* the pool is bytes: the keys need not be aligned */
	memcpy(&key, s->pool + a->value_off - (a->nkeys - k) * sizeof key, sizeof key);
	return key;
}

void vta_anchor_set_clear(vta_anchor_set *s)
{
	s->count = 0;
	s->pool_len = 0;
}

int vta_anchor_set_copy(vta_anchor_set *dst, const vta_anchor_set *src)
{
	memset(dst, 0, sizeof *dst);
	if (src->count == 0)
		return 0;
	dst->items = malloc(src->count * sizeof *dst->items);
	dst->pool = malloc(src->pool_len ? src->pool_len : 1);
	if (!dst->items || !dst->pool) {
		vta_anchor_set_free(dst);
		return VIETALIGN_ENOMEM;
	}
	memcpy(dst->items, src->items, src->count * sizeof *dst->items);
	memcpy(dst->pool, src->pool, src->pool_len);
	dst->count = dst->cap = src->count;
	dst->pool_len = dst->pool_cap = src->pool_len;
	return 0;
}

const char *vta_anchor_value(const vta_anchor_set *s, const vta_anchor *a)
{
	return s->pool + a->value_off;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* ---- numbers ---- */

/* A separator is a thousands separator when exactly three digits follow it
 * (and no further digit); which character plays that role depends on the
 * language: "3.500" is 3500 in Vietnamese, "3,500" in English. */
size_t vta_number_canonical(char *out, size_t cap, const char *num, size_t len, vietalign_lang lang)
{
	char thousands = lang == VIETALIGN_LANG_VI ? '.' : ',';
	size_t i, o = 0, dot = 0;
	int have_dot = 0;
	for (i = 0; i < len && o + 2 < cap; i++) {
		char c = num[i];
		if (is_digit(c)) {
			if (o == 0 && c == '0' && i + 1 < len && is_digit(num[i + 1]))
				continue; /* leading zero: "05" is 5 */
			out[o++] = c;
			continue;
		}
		if (c == thousands && i + 3 < len && is_digit(num[i + 1]) && is_digit(num[i + 2]) &&
		    is_digit(num[i + 3]) && (i + 4 >= len || !is_digit(num[i + 4])))
			continue;
		if (have_dot)
			return 0; /* two decimal points: not a number we can read */
		have_dot = 1;
		dot = o;
		out[o++] = '.';
	}
	if (i < len)
		return 0;
	if (have_dot) {
		while (o > dot + 1 && out[o - 1] == '0')
			o--; /* 1.50 is 1.5 */
		if (o == dot + 1)
			o--; /* 1.0 is 1 */
	}
	if (o == 0)
		return 0;
	out[o] = '\0';
	return o;
}

/* ---- names ---- */

static utf8proc_int32_t fold_dstroke(utf8proc_int32_t cp, void *data)
{
	(void)data;
	return (cp == 0x0110 || cp == 0x0111) ? 'd' : cp;
}

/* Folds a word whose letters each fold to one ASCII letter (ASCII,
 * Latin, Vietnamese: nearly every word) into dst (len bytes at least),
 * without utf8proc; returns the folded length, or SIZE_MAX for a word that
 * takes utf8proc's way. Folding works letter by letter (no composition;
 * the marks that reordering would move are stripped), so the result is
 * utf8proc's. */
static size_t fold_simple(char *dst, const char *w, size_t len)
{
	size_t i = 0, o = 0;
	while (i < len) {
		int32_t cp;
		int n;
		if ((unsigned char)w[i] < 0x80) { /* lowercasing alone */
			dst[o++] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i]);
			i++;
			continue;
		}
		if ((n = vta_utf8_decode(w + i, len - i, &cp)) <= 0 || !(dst[o] = vta_fold_ascii(cp)))
			return SIZE_MAX;
		o++;
		i += (size_t)n;
	}
	return o;
}

int vta_word_fold(char **out, size_t *out_len, const char *word, size_t len)
{
	utf8proc_uint8_t *dst = NULL;
	utf8proc_ssize_t n;
	char *d = malloc(len + 1);
	size_t o;
	if (!d)
		return VIETALIGN_ENOMEM;
	if ((o = fold_simple(d, word, len)) != SIZE_MAX) {
		d[o] = '\0';
		*out = d;
		*out_len = o;
		return 0;
	}
	free(d);
	n = utf8proc_map_custom((const utf8proc_uint8_t *)word, (utf8proc_ssize_t)len, &dst,
	                        UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK,
	                        fold_dstroke, NULL);
	if (n < 0)
		return n == UTF8PROC_ERROR_NOMEM ? VIETALIGN_ENOMEM : VIETALIGN_EUTF8;
	*out = (char *)dst;
	*out_len = (size_t)n;
	return 0;
}

/* Words short and simple to fold (most) fold on the stack, without an
 * allocation. */
#define FOLD_STACK 64

int vta_anchor_push_folded(vta_anchor_set *s, unsigned kind, unsigned flags, const char *w, size_t len, size_t off,
                           size_t span)
{
	char buf[FOLD_STACK], *folded;
	size_t flen = len <= sizeof buf ? fold_simple(buf, w, len) : SIZE_MAX;
	int rc;
	if (flen != SIZE_MAX)
		return vta_anchor_push(s, kind, flags, NULL, 1, buf, flen, off, span);
	if ((rc = vta_word_fold(&folded, &flen, w, len)) != 0)
		return rc;
	rc = vta_anchor_push(s, kind, flags, NULL, 1, folded, flen, off, span);
	free(folded);
	return rc;
}

static int word_category(utf8proc_category_t c)
{
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) || c == UTF8PROC_CATEGORY_ND;
}

/* Letters, marks and decimal digits; in ASCII (no marks, no other
 * letters there) without the category table. */
static int is_word_char(utf8proc_int32_t cp)
{
	return cp < 0x80 ? vta_ascii_alnum(cp) : word_category(vta_category(cp));
}

/* The end of the word starting at i (letters, digits and marks). ASCII,
 * most of a text's bytes, is read without decoding: its capitals are
 * A-Z, its word characters letters and digits. */
static size_t word_end(const char *text, size_t len, size_t i, int *upper, int *digit, int *nonascii)
{
	unsigned cls = 0; /* the VTA_ASCII_ bits of the word's ASCII bytes */
	*upper = *nonascii = 0;
	while (i < len) {
		int32_t cp;
		utf8proc_category_t c;
		int k;
		if ((unsigned char)text[i] < 0x80) {
			unsigned b = vta_ascii_class((unsigned char)text[i]);
			if (!b)
				break;
			cls |= b;
			i++;
			continue;
		}
		k = vta_utf8_decode(text + i, len - i, &cp);
		if (k <= 0 || !word_category(c = vta_category(cp)))
			break;
		if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT)
			*upper = 1;
		*nonascii = 1;
		i += (size_t)k;
	}
	*upper |= (cls & VTA_ASCII_UPPER) != 0;
	*digit = (cls & VTA_ASCII_DIGIT) != 0;
	return i;
}

static int first_is_upper(const char *text, size_t len)
{
	int32_t cp;
	if (vta_utf8_decode(text, len, &cp) <= 0)
		return 0;
	return vta_category(cp) == UTF8PROC_CATEGORY_LU || vta_category(cp) == UTF8PROC_CATEGORY_LT;
}

/* A name: a capitalised word, an acronym, or a word mixing letters and
 * digits (R1, o1, GPT4). "Nvidia's" is Nvidia. */
/* Currency codes: the numbers they go with are the evidence. */
static int currency(const char *w, size_t n)
{
	return n == 3 && (memcmp(w, "USD", 3) == 0 || memcmp(w, "VND", 3) == 0 || memcmp(w, "EUR", 3) == 0);
}

/* An acronym's plural: "GPUs" and "CEOs" name what "GPU" and "CEO" do. */
static size_t acronym_stem(const char *w, size_t n)
{
	size_t i;
	if (n < 3 || w[n - 1] != 's')
		return n;
	for (i = 0; i + 1 < n; i++)
		if (w[i] < 'A' || w[i] > 'Z')
			return n;
	return n - 1;
}

static int add_name(vta_anchor_set *out, const char *text, size_t start, size_t end, int initial, int has_digit,
                    int nonascii, vietalign_lang lang)
{
	unsigned flags = 0;
	if (!first_is_upper(text + start, end - start) && !(has_digit && !nonascii))
		return 0;
	if (has_digit && end - start > 0 && is_digit(text[start]))
		return 0; /* 3D, 5G start with a digit: numbers handle them */
	if (currency(text + start, end - start))
		return 0;
	if (initial)
		flags |= VTA_ANCHOR_F_INITIAL;
	/* Vietnamese words, with diacritics or without ("Hai" in "thứ Hai"):
	 * English translates them, so they are no evidence when missing */
	if (nonascii || (lang == VIETALIGN_LANG_VI && vta_vi_plain_syllable(text + start, end - start)))
		flags |= VTA_ANCHOR_F_NATIVE;
	return vta_anchor_push_folded(out, VTA_ANCHOR_NAME, flags, text + start,
	                              acronym_stem(text + start, end - start), start, end - start);
}

/* Whether the next word, after text[end], opens a quotation or follows a
 * colon: it is capitalised as a sentence start, not as a name. */
static int opens_quote(const char *text, size_t end, size_t len)
{
	size_t i = end;
	while (i < len && text[i] != ' ')
		i++; /* the rest of this token: "X:" */
	if (i > 0 && text[i - 1] == ':')
		return 1;
	while (i < len && text[i] == ' ')
		i++;
	if (i < len && (text[i] == '"' || text[i] == '\''))
		return 1;
	return i + 2 < len && (unsigned char)text[i] == 0xE2 && (unsigned char)text[i + 1] == 0x80 &&
	       ((unsigned char)text[i + 2] == 0x9C || (unsigned char)text[i + 2] == 0x98);
}

/* Whether the word after the one ending at prev_end starts its sentence
 * or a quotation (SIZE_MAX: no word before it). Asked only of the words
 * that may be names, not after every word. */
static int initial_after(const char *text, size_t prev_end, size_t len)
{
	return prev_end == SIZE_MAX || opens_quote(text, prev_end, len);
}

static int extract_names(vta_anchor_set *out, const char *text, size_t len, vietalign_lang lang)
{
	size_t i = 0, prev_end = SIZE_MAX;
	while (i < len) {
		int32_t cp;
		int k, upper, digit, nonascii;
		size_t end;
		if ((unsigned char)text[i] < 0x80 && !vta_ascii_alnum((unsigned char)text[i])) {
			i++; /* spaces and ASCII punctuation, without decoding */
			continue;
		}
		k = vta_utf8_decode(text + i, len - i, &cp);
		if (k <= 0)
			break;
		if (!is_word_char(cp)) {
			i += (size_t)k;
			continue;
		}
		end = word_end(text, len, i, &upper, &digit, &nonascii);
		if (upper || digit) {
			int rc = add_name(out, text, i, end, initial_after(text, prev_end, len), digit, nonascii, lang);
			if (rc)
				return rc;
		}
		prev_end = end;
		/* skip a possessive 's / ’s */
		if (end + 1 < len && text[end] == '\'' && text[end + 1] == 's')
			end += 2;
		i = end;
	}
	return 0;
}

/* ---- punctuation ---- */

/* Whether byte b can start a punctuation anchor: ? ! " and the lead byte
 * of the curly quotes. Most bytes are none of these; one test each. */
static int punct_lead(unsigned char b)
{
	/* bits 0x21 '!', 0x22 '"' and 0x3F '?' of the bytes below 64 */
	const uint64_t lead = 1ULL << '!' | 1ULL << '"' | 1ULL << '?';
	return b < 64 ? (int)(lead >> b & 1) : b == 0xE2;
}

static int extract_punct(vta_anchor_set *out, const char *text, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++) {
		const char *key = NULL;
		size_t n = 1;
		if (!punct_lead((unsigned char)text[i]))
			continue;
		if (text[i] == '?')
			key = "?";
		else if (text[i] == '!')
			key = "!";
		else if (text[i] == '"')
			key = "\"";
		else if (i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
		         ((unsigned char)text[i + 2] == 0x9C || (unsigned char)text[i + 2] == 0x9D)) {
			key = "\""; /* “ and ” */
			n = 3;
		}
		if (key && vta_anchor_push(out, VTA_ANCHOR_PUNCT, 0, NULL, 1, key, 1, i, n))
			return VIETALIGN_ENOMEM;
		i += n - 1;
	}
	return 0;
}

int vta_anchors_extract(vta_anchor_set *out, const char *text, size_t len, vietalign_lang lang, unsigned kinds,
                        const struct vta_lexicon *lex)
{
	vta_token_vec tv = {0};
	int rc = vta_anchors_extract_with(out, &tv, text, len, lang, kinds, lex);
	vta_token_vec_free(&tv);
	return rc;
}

int vta_anchors_extract_with(vta_anchor_set *out, vta_token_vec *tv, const char *text, size_t len, vietalign_lang lang,
                             unsigned kinds, const struct vta_lexicon *lex)
{
	int lexical = lex && (kinds & (VTA_ANCHOR_NAME | VTA_ANCHOR_LEX));
	const vta_learned *learned = lex && (kinds & VTA_ANCHOR_LEARNED) ? vta_lexicon_learned(lex) : NULL;
	int rc = 0;
	if ((kinds & VTA_ANCHOR_NUMBER) && (rc = vta_numbers_extract(out, text, len, lang)) != 0)
		return rc;
	if ((kinds & VTA_ANCHOR_NAME) && (rc = extract_names(out, text, len, lang)) != 0)
		return rc;
	if ((kinds & VTA_ANCHOR_PUNCT) && (rc = extract_punct(out, text, len)) != 0)
		return rc;
	tv->count = 0;
	if (((kinds & VTA_ANCHOR_WORD) || lexical || learned) && (rc = vta_tokens_split(tv, text, len)) != 0)
		return rc;
	if ((kinds & VTA_ANCHOR_WORD) && (rc = vta_words_extract(out, text, tv, lang)) != 0)
		return rc;
	if (lexical && (rc = vta_lexical_extract(out, text, len, tv, lang, lex, kinds)) != 0)
		return rc;
	if (learned && (rc = vta_learned_extract(out, text, tv, lang, learned)) != 0)
		return rc;
	return 0;
}
