/* abbreviations.h - the lexicon of the segmenters: abbreviations, words
 * that start sentences, and the character classes of paragraph and sentence
 * splitting (internal). */
#ifndef VL_ABBREVIATIONS_H
#define VL_ABBREVIATIONS_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"

/* What a word ending in a period tells about a sentence break after it. */
typedef enum {
	VL_ABBR_NONE = 0, /* not an abbreviation: the period may end a sentence */
	VL_ABBR_TITLE,    /* Mr., GS., e.g.: never ends a sentence */
	VL_ABBR_WEAK,     /* U.S., Inc., Jan., initials: ends one only before a
	                     word that typically starts a sentence ("The") */
	VL_ABBR_LIST,     /* etc., v.v.: ends one before any capitalised word */
	VL_ABBR_NUMBER    /* No., tr.: never ends one before a digit */
} vl_abbr_kind;

/* Classifies word[0, len), which ends with its period ("GS.", "U.S."). */
VL_HIDDEN vl_abbr_kind vl_abbr_lookup(const char *word, size_t len, vietalign_lang lang);

/* Whether word[0, len) (letters only, "The", "Nhưng") commonly begins a
 * sentence; the English and Vietnamese lists both apply to either lang,
 * as each language quotes the other. */
VL_HIDDEN int vl_sentence_starter(const char *word, size_t len, vietalign_lang lang);

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
