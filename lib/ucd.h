/* ucd.h - UTF-8 decoding and the Unicode properties that segmentation and
 * anchor extraction ask of every character, answered without utf8proc for
 * the code points of Vietnamese and English text (internal). Results are
 * utf8proc's own: tests/unit/test_ucd.c compares them exhaustively. */
#ifndef VL_UCD_H
#define VL_UCD_H

#include <stddef.h>
#include <stdint.h>
#include <utf8proc.h>
#include "error.h"

/* Table ranges: [0, VL_UCD_LATIN_END) and [VL_UCD_VIET, VL_UCD_VIET_END). */
#define VL_UCD_LATIN_END 0x250
#define VL_UCD_VIET 0x1E00
#define VL_UCD_VIET_END 0x1F00

VL_HIDDEN extern const uint8_t vl_ucd_latin[VL_UCD_LATIN_END];
VL_HIDDEN extern const uint8_t vl_ucd_viet[VL_UCD_VIET_END - VL_UCD_VIET];

VL_HIDDEN extern const char vl_ucd_fold_latin[VL_UCD_LATIN_END - 0x80];
VL_HIDDEN extern const char vl_ucd_fold_viet[VL_UCD_VIET_END - VL_UCD_VIET];

/* utf8proc_iterate() for what the inline decoder leaves to it. */
VL_HIDDEN int vl_utf8_decode_slow(const char *text, size_t n, int32_t *cp);

/* Decodes the code point at text[0, n) into *cp and returns its length in
 * bytes; like utf8proc_iterate(), returns 0 when n is 0 and -1 (with *cp
 * -1) for invalid UTF-8 (overlong forms and surrogates included). One-,
 * two- and three-byte forms (all of Vietnamese) are decoded here. */
static inline int vl_utf8_decode(const char *text, size_t n, int32_t *cp)
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
	return vl_utf8_decode_slow(text, n, cp);
}

/* The table entry of cp, or -1 outside the tables. */
static inline int vl_ucd_entry(int32_t cp)
{
	if (cp >= 0 && cp < VL_UCD_LATIN_END)
		return vl_ucd_latin[cp];
	if (cp >= VL_UCD_VIET && cp < VL_UCD_VIET_END)
		return vl_ucd_viet[cp - VL_UCD_VIET];
	return -1;
}

/* utf8proc_category(cp). */
static inline utf8proc_category_t vl_category(int32_t cp)
{
	int e = vl_ucd_entry(cp);
	return e >= 0 ? (utf8proc_category_t)(e & 0x1F) : utf8proc_category(cp);
}

/* utf8proc_tolower(cp). */
static inline int32_t vl_tolower(int32_t cp)
{
	int e = vl_ucd_entry(cp);
	switch (e < 0 ? 3 : e >> 5) {
	case 0:
		return cp;
	case 1:
		return cp + 1;
	case 2:
		return cp + 32;
	default:
		return utf8proc_tolower(cp);
	}
}

/* The one ASCII byte that case folding, decomposition, stripping marks
 * and đ -> d (see vl_word_fold()) turn cp into, or 0 when it is not so
 * simple (or not known here). */
static inline char vl_fold_ascii(int32_t cp)
{
	if (cp >= 0 && cp < 0x80)
		return (char)(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
	if (cp >= 0x80 && cp < VL_UCD_LATIN_END)
		return vl_ucd_fold_latin[cp - 0x80];
	if (cp >= VL_UCD_VIET && cp < VL_UCD_VIET_END)
		return vl_ucd_fold_viet[cp - VL_UCD_VIET];
	return 0;
}

#endif
