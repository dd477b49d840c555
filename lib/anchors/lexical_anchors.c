/* lexical_anchors.c - anchors from the bilingual tables: a Vietnamese word or
 * place and an English one that translate each other share a key. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "anchors/anchors.h"
#include "text/text.h"
#include "common/common.h"

#define PHRASE_MAX 256

/* A table anchor's value is the text it was read from; its keys, one per
 * rendering. */
static int emit(vta_anchor_set *out, const char *text, unsigned kind, const uint64_t *keys, size_t nk, size_t off,
                size_t len)
{
	/* a translator may choose another word: no cost when unmatched */
	return vta_anchor_push(out, kind, VTA_ANCHOR_F_WEAK, keys, nk, text + off, len, off, len);
}

/* Whether tokens [i, i+n) are separated by single spaces only, so that they
 * form a phrase of the text; *end receives the phrase's end. */
static int phrase_end(const char *text, const vta_token_vec *tv, size_t i, size_t n, size_t *end)
{
	size_t k;
	for (k = i; k + 1 < i + n; k++) {
		const vta_token *a = &tv->items[k], *b = &tv->items[k + 1];
		if (b->offset != a->offset + a->length + 1 || text[a->offset + a->length] != ' ')
			return 0;
	}
	*end = tv->items[i + n - 1].offset + tv->items[i + n - 1].length;
	return 1;
}

/* Lowercase copy of a Vietnamese phrase (diacritics kept), in buf. */
static size_t vi_lower(char *buf, size_t cap, const char *s, size_t len)
{
	utf8proc_uint8_t *dst = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &dst,
	                                  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
	size_t r = 0;
	if (n > 0 && (size_t)n < cap) {
		memcpy(buf, dst, (size_t)n);
		r = (size_t)n;
	}
	free(dst);
	return r;
}

/* Whether utf8proc_tolower() agrees with case folding on cp (so that a
 * lowercase copy made code point by code point equals the folded text):
 * true for ASCII, the Vietnamese letters and punctuation, false for the
 * few letters that fold to something else (ß, µ, İ, ŉ, ſ) and for other
 * scripts, which take the slow path. */
static int simple_case(int32_t cp)
{
	if (cp < 0x80)
		return 1;
	if (cp == 0xB5 || cp == 0xDF || cp == 0x130 || cp == 0x149 || cp == 0x17F)
		return 0;
	return cp < 0x180 || (cp >= 0x1A0 && cp <= 0x1B0) || (cp >= 0x1EA0 && cp <= 0x1EF9) ||
	       (cp >= 0x2010 && cp <= 0x20BF);
}

/* A lowercase copy of the whole sentence with the same byte offsets, or
 * NULL when it has letters whose lowercase differs in length or folding
 * (then each phrase is folded on its own). */
static char *lower_copy(const char *text, size_t len)
{
	char *low = malloc(len + 1);
	size_t i = 0;
	if (!low)
		return NULL;
	while (i < len) {
		int32_t cp;
		int k;
		unsigned char b = (unsigned char)text[i];
		if (b < 0x80) { /* ASCII, most of a Vietnamese text's bytes */
			low[i++] = (char)(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
			continue;
		}
		k = vta_utf8_decode(text + i, len - i, &cp);
		if (k <= 0 || !simple_case(cp) ||
		    utf8proc_encode_char(vta_tolower(cp), (utf8proc_uint8_t *)low + i) != k) {
			free(low);
			return NULL;
		}
		i += (size_t)k;
	}
	low[len] = '\0';
	return low;
}

/* How many tokens from i (at most max) follow one another with one space
 * between each, so that they form phrases of the text; ends[n] receives
 * the end of the phrase of n tokens (ends[0] its start). */
static size_t phrase_run(size_t *ends, const char *text, const vta_token_vec *tv, size_t i, size_t max)
{
	size_t n = 1;
	ends[0] = tv->items[i].offset;
	ends[1] = ends[0] + tv->items[i].length;
	while (n < max && i + n < tv->count && phrase_end(text, tv, i + n - 1, 2, &ends[n + 1]))
		n++;
	return n;
}

/* The most tokens a phrase of lengths mask m (bit n: n tokens) has, at
 * least 1 and at most VTA_LEX_MAX_SYLLABLES. */
static size_t longest(unsigned m)
{
	size_t n = VTA_LEX_MAX_SYLLABLES;
	while (n > 1 && !((m >> n) & 1))
		n--;
	return n;
}

/* The entry of the phrase of tokens [i, i+n) (end `end`) in the words
 * table, from the sentence's lowercase copy, or folded on its own. */
static const uint64_t *vi_word(const vta_lexicon *lex, const char *text, const char *lowered, size_t off, size_t end,
                               uint64_t lowered_key, size_t *nk)
{
	char low[PHRASE_MAX];
	size_t ll;
	if (lowered)
		return vta_lexicon_vi_by_key(lex, VTA_TABLE_WORDS, lowered_key, nk);
	return (ll = vi_lower(low, sizeof low, text + off, end - off))
	               ? vta_lexicon_vi(lex, VTA_TABLE_WORDS, low, ll, nk)
	               : NULL;
}

/* The longest phrase at token i found in a table; returns its token count
 * (0 when none) after emitting its anchors. The keys of the phrases of 1,
 * 2, 3... tokens are hashed in one pass, only as far as a phrase of the
 * table that starts with the first token reaches (most reach no further
 * than it, or start with none); the words of a sentence without a
 * lowercase copy are looked up at every length. */
static size_t vi_match(vta_anchor_set *out, const char *text, const char *lowered, const vta_token_vec *tv, size_t i,
                       const vta_lexicon *lex, unsigned kinds, int *err)
{
	size_t ends[VTA_LEX_MAX_SYLLABLES + 1], n, nk, k;
	uint64_t kp[VTA_LEX_MAX_SYLLABLES + 1], kw[VTA_LEX_MAX_SYLLABLES + 1] = {0};
	const uint64_t *keys;
	size_t run, off = tv->items[i].offset, end1 = off + tv->items[i].length;
	unsigned places = 0, words = 0; /* bit n: phrases of n tokens to look up */
	if ((kinds & VTA_ANCHOR_NAME) &&
	    vta_lexicon_may_start_place(lex, VIETALIGN_LANG_VI, (unsigned char)text[off])) {
		kp[1] = vta_hash_extend(vta_lexicon_vi_seed(VTA_TABLE_PLACES), text + off, end1 - off);
		places = vta_lexicon_vi_lengths(lex, VTA_TABLE_PLACES, kp[1]);
	}
	if ((kinds & VTA_ANCHOR_LEX) && lowered) {
		kw[1] = vta_hash_extend(vta_lexicon_vi_seed(VTA_TABLE_WORDS), lowered + off, end1 - off);
		words = vta_lexicon_vi_lengths(lex, VTA_TABLE_WORDS, kw[1]) & 0x7Eu; /* 1 to 6 */
	} else if (kinds & VTA_ANCHOR_LEX) {
		words = 0x7Eu; /* up to 6 tokens */
	}
	/* the run of tokens read only as far as the longest phrase looked up
	 * (most tokens start none longer than themselves) */
	run = phrase_run(ends, text, tv, i, longest(places | words));
	for (k = 2; k <= run; k++) {
		if (places >> k)
			kp[k] = vta_hash_extend(kp[k - 1], text + ends[k - 1], ends[k] - ends[k - 1]);
		if (lowered && (words >> k))
			kw[k] = vta_hash_extend(kw[k - 1], lowered + ends[k - 1], ends[k] - ends[k - 1]);
	}
	for (n = run; n > 0; n--) {
		if (((places >> n) & 1) && (keys = vta_lexicon_vi_by_key(lex, VTA_TABLE_PLACES, kp[n], &nk)) != NULL) {
			*err = emit(out, text, VTA_ANCHOR_NAME, keys, nk, off, ends[n] - off);
			return n;
		}
		if (((words >> n) & 1) && (keys = vi_word(lex, text, lowered, off, ends[n], kw[n], &nk)) != NULL) {
			*err = emit(out, text, VTA_ANCHOR_LEX, keys, nk, off, ends[n] - off);
			return n;
		}
	}
	return 0;
}

static size_t en_match(vta_anchor_set *out, const char *text, size_t len, const vta_token_vec *tv, size_t i,
                       const vta_lexicon *lex, unsigned kinds, int *err)
{
	size_t n = tv->count - i < 4 ? tv->count - i : 4;
	size_t off = tv->items[i].offset;
	uint64_t key;
	unsigned lengths = 0; /* bit n: some place has n words and starts so */
	if ((kinds & VTA_ANCHOR_NAME) && vta_lexicon_may_start_place(lex, VIETALIGN_LANG_EN, (unsigned char)text[off]))
		lengths = vta_lexicon_en_place_lengths(lex, text + off, tv->items[i].length);
	for (; lengths && n > 0; n--) {
		size_t end;
		if (!((lengths >> n) & 1) || !phrase_end(text, tv, i, n, &end))
			continue;
		key = vta_lexicon_en(lex, VTA_TABLE_PLACES, text + off, end - off);
		/* "U.S." lost its final dot to the tokenizer */
		if (!key && end < len && text[end] == '.')
			key = vta_lexicon_en(lex, VTA_TABLE_PLACES, text + off, ++end - off);
		if (key) {
			*err = emit(out, text, VTA_ANCHOR_NAME, &key, 1, off, end - off);
			return n;
		}
	}
	if (!(kinds & VTA_ANCHOR_LEX))
		return 0;
	/* a user's phrase ("artificial intelligence"), the longest first */
	for (n = vta_lexicon_en_words(lex), n = tv->count - i < n ? tv->count - i : n; n > 1; n--) {
		size_t end;
		if (phrase_end(text, tv, i, n, &end) &&
		    (key = vta_lexicon_en(lex, VTA_TABLE_WORDS, text + off, end - off))) {
			*err = emit(out, text, VTA_ANCHOR_LEX, &key, 1, off, end - off);
			return n;
		}
	}
	if ((key = vta_lexicon_en(lex, VTA_TABLE_WORDS, text + off, tv->items[i].length)) != 0) {
		*err = emit(out, text, VTA_ANCHOR_LEX, &key, 1, off, tv->items[i].length);
		return 1;
	}
	return 0;
}

int vta_lexical_extract(vta_anchor_set *out, const char *text, size_t len, const vta_token_vec *tv, vietalign_lang lang,
                        const vta_lexicon *lex, unsigned kinds)
{
	size_t i = 0;
	int err = 0;
	/* one lowercase copy per sentence, not one per phrase tried */
	char *lowered = lang == VIETALIGN_LANG_VI && (kinds & VTA_ANCHOR_LEX) ? lower_copy(text, len) : NULL;
	while (!err && i < tv->count) {
		size_t n = lang == VIETALIGN_LANG_VI ? vi_match(out, text, lowered, tv, i, lex, kinds, &err)
		                                     : en_match(out, text, len, tv, i, lex, kinds, &err);
		i += n ? n : 1;
	}
	free(lowered);
	return err;
}
