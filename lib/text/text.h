/* text/text.h - UTF-8, Unicode classes, folding, tokens, language identification: the stage's contract (internal). */
#ifndef VTA_TEXT_H
#define VTA_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>
#include "common/common.h"

/* ---- ucd ---- */
/* ucd.h - UTF-8 decoding and the Unicode properties that segmentation and
 * anchor extraction ask of every character, answered without utf8proc for
 * the code points of Vietnamese and English text (internal). Results are
 * utf8proc's own: tests/unit/test_ucd.c compares them exhaustively. */

/* Table ranges: [0, VTA_UCD_LATIN_END) and [VTA_UCD_VIET, VTA_UCD_VIET_END). */
#define VTA_UCD_LATIN_END 0x250
#define VTA_UCD_VIET 0x1E00
#define VTA_UCD_VIET_END 0x1F00

VTA_HIDDEN extern const uint8_t vta_ucd_latin[VTA_UCD_LATIN_END];
VTA_HIDDEN extern const uint8_t vta_ucd_viet[VTA_UCD_VIET_END - VTA_UCD_VIET];

VTA_HIDDEN extern const char vta_ucd_fold_latin[VTA_UCD_LATIN_END - 0x80];
VTA_HIDDEN extern const char vta_ucd_fold_viet[VTA_UCD_VIET_END - VTA_UCD_VIET];

/* utf8proc_iterate() for what the inline decoder leaves to it. */
VTA_HIDDEN int vta_utf8_decode_slow(const char *text, size_t n, int32_t *cp);

/* Decodes the code point at text[0, n) into *cp and returns its length in
 * bytes; like utf8proc_iterate(), returns 0 when n is 0 and -1 (with *cp
 * -1) for invalid UTF-8 (overlong forms and surrogates included). One-,
 * two- and three-byte forms (all of Vietnamese) are decoded here. */
static inline int vta_utf8_decode(const char *text, size_t n, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)text;
	if (n >= 1 && s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (n >= 2 && s[0] >= 0xC2 && s[0] < 0xE0 && (s[1] & 0xC0) == 0x80) {
		*cp = (int32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
		return 2;
	}
	if (n >= 3 && (s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
		int32_t c = (int32_t)(s[0] & 0x0F) << 12 | (int32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
		if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
			*cp = c;
			return 3;
		}
	}
	return vta_utf8_decode_slow(text, n, cp);
}

/* The table entry of cp, or -1 outside the tables. */
static inline int vta_ucd_entry(int32_t cp)
{
	if (cp >= 0 && cp < VTA_UCD_LATIN_END)
		return vta_ucd_latin[cp];
	if (cp >= VTA_UCD_VIET && cp < VTA_UCD_VIET_END)
		return vta_ucd_viet[cp - VTA_UCD_VIET];
	return -1;
}

/* utf8proc_category(cp). */
static inline utf8proc_category_t vta_category(int32_t cp)
{
	int e = vta_ucd_entry(cp);
	return e >= 0 ? (utf8proc_category_t)(e & 0x1F) : utf8proc_category(cp);
}

/* utf8proc_tolower(cp). */
static inline int32_t vta_tolower(int32_t cp)
{
	int e = vta_ucd_entry(cp);
	switch (e < 0 ? 3 : e >> 5) {
	case 0: return cp;
	case 1: return cp + 1;
	case 2: return cp + 32;
	default: return utf8proc_tolower(cp);
	}
}

/* The one ASCII byte that case folding, decomposition, stripping marks
 * and đ -> d (see vta_word_fold()) turn cp into, or 0 when it is not so
 * simple (or not known here). */
static inline char vta_fold_ascii(int32_t cp)
{
	if (cp >= 0 && cp < 0x80)
		return (char)(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
	if (cp >= 0x80 && cp < VTA_UCD_LATIN_END)
		return vta_ucd_fold_latin[cp - 0x80];
	if (cp >= VTA_UCD_VIET && cp < VTA_UCD_VIET_END)
		return vta_ucd_fold_viet[cp - VTA_UCD_VIET];
	return 0;
}

/* ---- charclass ---- */

/* charclass.h - character classes of paragraph and sentence splitting and
 * of text folding, and code point stepping over valid UTF-8 (internal). */

#define VTA_ASCII_ALNUM 1u
#define VTA_ASCII_UPPER 2u
#define VTA_ASCII_DIGIT 4u
VTA_HIDDEN extern const unsigned char vta_ascii_class_table[128];

/* The VTA_ASCII_ bits of ASCII code point c (c < 0x80). */
static inline unsigned vta_ascii_class(int32_t c)
{
	return vta_ascii_class_table[c];
}

/* Whether ASCII code point c (c < 0x80) is a letter or digit. */
static inline int vta_ascii_alnum(int32_t c)
{
	return vta_ascii_class_table[c] & VTA_ASCII_ALNUM;
}

/* Decodes the code point at text[i] (i < len, valid UTF-8) into *cp and
 * returns its length in bytes (at least 1). Inline: it runs for every
 * character of segmentation. */
static inline size_t vta_cp_next(const char *text, size_t len, size_t i, int32_t *cp)
{
	int n = vta_utf8_decode(text + i, len - i, cp);
	if (n <= 0) { /* cannot happen on valid input; step one byte anyway */
		*cp = (unsigned char)text[i];
		return 1;
	}
	return (size_t)n;
}

/* The first space (' ') at or after t[i] in t[0, len), or len. Eight
 * bytes a step while eight remain, where the byte order allows: a byte
 * equal to ' ' XORs to zero, and the lowest flagged byte of the classic
 * zero-byte test is the first zero byte. Tokens are split on every
 * sentence three times (anchors, the learner, refine). */
static inline size_t vta_space_from(const char *t, size_t i, size_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
	while (i < len && len - i >= 8) {
		uint64_t v, z;
		memcpy(&v, t + i, sizeof v);
		v ^= 0x2020202020202020ULL;
		z = (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
		if (z)
			return i + ((size_t)__builtin_ctzll(z) >> 3);
		i += 8;
	}
#endif
	while (i < len && t[i] != ' ')
		i++;
	return i;
}

/* Decodes the code point that ends just before text[i] (i > 0) into *cp
 * and returns the offset where it starts. */
VTA_HIDDEN size_t vta_cp_prev(const char *text, size_t i, int32_t *cp);

/* White space as Python's \s (what the folded text and the evaluation use). */
static inline int vta_is_space(int32_t cp)
{
	utf8proc_category_t c;
	if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x85)
		return 1;
	if (cp < 0x80)
		return 0;
	c = vta_category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

/* A line break: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
static inline int vta_is_newline(int32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

/* Characters that end a sentence: . ! ? … and their relatives. */
VTA_HIDDEN int vta_is_terminator(int32_t cp);

/* ! ? and their relatives (a terminator that is not a period). */
VTA_HIDDEN int vta_is_exclamation(int32_t cp);

/* Closing quotes and brackets, which stay with the sentence they end. */
VTA_HIDDEN int vta_is_closer(int32_t cp);

/* Opening quotes and brackets, which stay with the sentence they start. */
VTA_HIDDEN int vta_is_opener(int32_t cp);

/* Dashes that never end a sentence (–, —, ―). */
VTA_HIDDEN int vta_is_dash(int32_t cp);

/* Letter case and digits by Unicode category. */
VTA_HIDDEN int vta_is_upper(int32_t cp);
VTA_HIDDEN int vta_is_lower(int32_t cp);
VTA_HIDDEN int vta_is_letter(int32_t cp);
VTA_HIDDEN int vta_is_digit(int32_t cp);

/* ---- tokens ---- */
/* tokens.h - the words of a folded sentence: white-space separated chunks
 * trimmed of the punctuation around them ("(Nvidia's" gives "Nvidia"). */

typedef struct vta_token {
	size_t offset, length;
} vta_token;

typedef struct vta_token_vec {
	vta_token *items;
	size_t count, cap;
} vta_token_vec;

/* Appends the tokens of text[0, len) (single spaces between chunks, as in a
 * folded sentence) to out. */
VTA_HIDDEN int vta_tokens_split(vta_token_vec *out, const char *text, size_t len);
VTA_HIDDEN void vta_token_vec_free(vta_token_vec *v);

/* ---- fold.c ---- */
/* Makes the NFC, white-space-folded copy of text[0, len) (valid UTF-8):
 * runs of white space become one space, leading and trailing ones go.
 * *out is malloc()ed; *nchars receives its length in code points other
 * than spaces (Vietnamese writes a space between syllables, English between
 * words: counting them adds noise to the length model). */
VTA_HIDDEN int vta_text_fold(char **out, size_t *out_len, size_t *nchars, const char *text, size_t len);

/* ---- offset_map.c ---- */
/* The points where the folded text text[0, tlen) of in[0, len) shifts
 * against it: pairs (text offset, input offset), *count of them in *out
 * (malloc()ed; NULL when the text is the input byte for byte). */
VTA_HIDDEN int vta_text_offset_map(size_t **out, size_t *count, const char *in, size_t len, const char *text,
                                   size_t tlen);
/* The input offset of text offset t, through a map of vta_text_offset_map()
 * (the start of a cluster NFC changed for a spot inside it). */
VTA_HIDDEN size_t vta_text_input_offset(const size_t *map, size_t count, size_t t);

/* Whether NFC leaves code point cp alone whatever surrounds it (so that
 * vta_text_fold() skips normalising a text made of such code points only). */
VTA_HIDDEN int vta_nfc_inert(int32_t cp);

/* Checks text[0, len) is valid UTF-8 with no NUL byte; on failure sets err
 * with the byte offset of the first bad byte and returns VIETALIGN_EUTF8. */
VTA_HIDDEN int vta_utf8_check(const char *text, size_t len, vta_error *err);

/* ---- langid.c ---- */
/* The language identifier's thresholds (vietalign_lang_detect()): the
 * model's table (VTA_PARAMS, score.h) points here, as this stage lies
 * below it. */
typedef struct vta_langid_params {
	size_t min_letters;       /* fewer Latin letters: too little to tell */
	double vi_share;          /* Vietnamese from this share of marked letters */
	double vi_syllable_share; /* or of ASCII words shaped like syllables */
	size_t other_min_letters; /* a third language only from this many */
	double other_margin;      /* and when its fingerprint is this much
	                             closer than both Vietnamese's and English's */
} vta_langid_params;

VTA_HIDDEN extern const vta_langid_params VTA_LANGID_PARAMS;

struct vta_langid;
/* The language of text[0, len) as an index into the set's languages:
 * Vietnamese (with or without its marks) or English by their letters,
 * another language when set (may be NULL: then only those two) finds its
 * fingerprint clearly closer. VIETALIGN_EEMPTY under 20 letters. */
VTA_HIDDEN int vta_lang_identify(size_t *lang, const struct vta_langid *set, const char *text, size_t len);

/* ---- syllables.c ---- */
/* Whether an ASCII lowercase word could be one Vietnamese syllable written
 * without diacritics ("ban", "chip", "nghieng"); "dpkg", "make" cannot. */
VTA_HIDDEN int vta_vi_syllable_shape(const char *w, size_t len);

/* Length of the run of ASCII letters that starts w[0, n). */
VTA_HIDDEN size_t vta_ascii_letters(const char *w, size_t n);

/* Whether w[0, n), ASCII letters in any case, could be one Vietnamese
 * syllable written without diacritics ("Theo", "Hai"). */
VTA_HIDDEN int vta_vi_plain_syllable(const char *w, size_t n);

/* ---- fingerprints.c ---- */
/* libexttextcat's fingerprints of Vietnamese (index VTA_LANGID_VI),
 * English (VTA_LANGID_EN) and some thirty other languages, read once. */
typedef struct vta_langid vta_langid;
#define VTA_LANGID_VI 0
#define VTA_LANGID_EN 1

/* Reads the fingerprints from folder dir; VIETALIGN_EIO names a file that
 * could not be read. */
VTA_HIDDEN int vta_langid_load(vta_langid **out, const char *dir, vta_error *err);
VTA_HIDDEN void vta_langid_free(vta_langid *set);
/* How many languages the set holds; the ISO 639-1 code and English name of
 * language i ("de", "German"). */
VTA_HIDDEN size_t vta_langid_count(void);
VTA_HIDDEN const char *vta_langid_code(size_t lang);
VTA_HIDDEN const char *vta_langid_name(size_t lang);
/* The out-of-place distance of a sample of text[0, len) to each language's
 * fingerprint, in dist[0, vta_langid_count()); VIETALIGN_EEMPTY when the
 * text has no n-gram. Only reads the set. */
VTA_HIDDEN int vta_langid_distances(long *dist, const vta_langid *set, const char *text, size_t len);

#endif
