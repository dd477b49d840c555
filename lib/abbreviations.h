/* abbreviations.h - the lexicon of the segmenters: abbreviations and words
 * that start sentences (internal). */
#ifndef VL_ABBREVIATIONS_H
#define VL_ABBREVIATIONS_H

#include <stddef.h>
#include <stdint.h>
#include "charclass.h"
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

#endif
