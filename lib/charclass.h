/* charclass.h - character classes of paragraph and sentence splitting and
 * of text folding, and code point stepping over valid UTF-8 (internal). */
#ifndef VL_CHARCLASS_H
#define VL_CHARCLASS_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"

/* Decodes the code point at text[i] (i < len, valid UTF-8) into *cp and
 * returns its length in bytes (at least 1). */
VL_HIDDEN size_t vl_cp_next(const char *text, size_t len, size_t i, int32_t *cp);

/* Decodes the code point that ends just before text[i] (i > 0) into *cp
 * and returns the offset where it starts. */
VL_HIDDEN size_t vl_cp_prev(const char *text, size_t i, int32_t *cp);

/* White space as Python's \s (what the folded text and the evaluation use). */
VL_HIDDEN int vl_is_space(int32_t cp);

/* A line break: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
VL_HIDDEN int vl_is_newline(int32_t cp);

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
