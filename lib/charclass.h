/* charclass.h - character classes of paragraph and sentence splitting and
 * of text folding, and code point stepping over valid UTF-8 (internal). */
#ifndef VL_CHARCLASS_H
#define VL_CHARCLASS_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"
#include "ucd.h"

/* Decodes the code point at text[i] (i < len, valid UTF-8) into *cp and
 * returns its length in bytes (at least 1). Inline: it runs for every
 * character of segmentation. */
static inline size_t vl_cp_next(const char *text, size_t len, size_t i, int32_t *cp)
{
	int n = vl_utf8_decode(text + i, len - i, cp);
	if (n <= 0) { /* cannot happen on valid input; step one byte anyway */
		*cp = (unsigned char)text[i];
		return 1;
	}
	return (size_t)n;
}

/* Decodes the code point that ends just before text[i] (i > 0) into *cp
 * and returns the offset where it starts. */
VL_HIDDEN size_t vl_cp_prev(const char *text, size_t i, int32_t *cp);

/* White space as Python's \s (what the folded text and the evaluation use). */
static inline int vl_is_space(int32_t cp)
{
	utf8proc_category_t c;
	if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x85)
		return 1;
	if (cp < 0x80)
		return 0;
	c = vl_category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

/* A line break: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
static inline int vl_is_newline(int32_t cp)
{
	return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

/* Characters that end a sentence: . ! ? … and their relatives. */
VL_HIDDEN int vl_is_terminator(int32_t cp);

/* ! ? and their relatives (a terminator that is not a period). */
VL_HIDDEN int vl_is_exclamation(int32_t cp);

/* Closing quotes and brackets, which stay with the sentence they end. */
VL_HIDDEN int vl_is_closer(int32_t cp);

/* Opening quotes and brackets, which stay with the sentence they start. */
VL_HIDDEN int vl_is_opener(int32_t cp);

/* Dashes that never end a sentence (–, —, ―). */
VL_HIDDEN int vl_is_dash(int32_t cp);

/* Letter case and digits by Unicode category. */
VL_HIDDEN int vl_is_upper(int32_t cp);
VL_HIDDEN int vl_is_lower(int32_t cp);
VL_HIDDEN int vl_is_letter(int32_t cp);
VL_HIDDEN int vl_is_digit(int32_t cp);

#endif
