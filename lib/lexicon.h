/* lexicon.h - the bilingual tables (lib/data/lexicon.tsv: common words;
 * lib/data/places.tsv: countries, places, institutions, weekdays, months),
 * parsed into lookup maps owned by one aligner. */
#ifndef VL_LEXICON_H
#define VL_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"

typedef struct vl_lexicon vl_lexicon;

/* Which table an entry comes from: places match case-sensitively (Anh is
 * Britain, anh is brother), words in lowercase with English stemming. */
enum { VL_TABLE_WORDS = 0, VL_TABLE_PLACES = 1 };

/* The longest Vietnamese phrase, in syllables, that the tables hold. */
#define VL_LEX_MAX_SYLLABLES 6

/* Builds the lexicon from the tables compiled into the library. */
VL_HIDDEN int vl_lexicon_new(vl_lexicon **out);
/* Tables are shared, read-only, by an aligner and the documents it makes
 * (which read anchors when asked, after the aligner may be gone): each
 * holder takes a reference and frees it; the last frees the tables.
 * Either call may come from any thread. Returns lex. */
VL_HIDDEN vl_lexicon *vl_lexicon_ref(vl_lexicon *lex);
VL_HIDDEN void vl_lexicon_free(vl_lexicon *lex);

/* Builds a lexicon from TSV text of each table (for tests). */
VL_HIDDEN int vl_lexicon_from_tsv(vl_lexicon **out, const char *words, size_t words_len,
                                  const char *places, size_t places_len);

/* The English keys of the entry whose Vietnamese side is the phrase
 * (already in the table's form: lowercase for words, as written for
 * places); NULL when none. *n receives how many. */
VL_HIDDEN const uint64_t *vl_lexicon_vi(const vl_lexicon *lex, int table, const char *phrase, size_t len,
                                        size_t *n);

/* The same by the key of the Vietnamese phrase: vl_lexicon_vi_key(), or
 * vl_hash_extend() of vl_lexicon_vi_seed() over the phrase. */
VL_HIDDEN uint64_t vl_lexicon_vi_key(int table, const char *phrase, size_t len);
VL_HIDDEN uint64_t vl_lexicon_vi_seed(int table);
VL_HIDDEN const uint64_t *vl_lexicon_vi_by_key(const vl_lexicon *lex, int table, uint64_t key, size_t *n);

/* Which phrase lengths the table holds after a first syllable: bit n
 * (1 <= n <= VL_LEX_MAX_SYLLABLES) is set when some phrase of n syllables
 * starts with the syllable whose key (as vl_lexicon_vi_by_key() takes it)
 * is first_key; 0 when none does, so that longer phrases need no look-up. */
VL_HIDDEN unsigned vl_lexicon_vi_lengths(const vl_lexicon *lex, int table, uint64_t first_key);

/* Whether some place of the table, in lang, starts with byte b. */
VL_HIDDEN int vl_lexicon_may_start_place(const vl_lexicon *lex, vietalign_lang lang, unsigned char b);

/* The key of an English phrase (lowercased and stemmed for words, as written
 * for places) when some entry has it; 0 otherwise. */
VL_HIDDEN uint64_t vl_lexicon_en(const vl_lexicon *lex, int table, const char *phrase, size_t len);

/* The key an English word gets in the words table: its stem, hashed. */
VL_HIDDEN uint64_t vl_lexicon_en_key(int table, const char *phrase, size_t len);

/* A light English stemmer: lowercase, no plural -s/-es/-ies, -ed or -ing,
 * so that "files", "filed" and "filing" meet "file". out holds cap bytes. */
VL_HIDDEN size_t vl_en_stem(char *out, size_t cap, const char *word, size_t len);

#endif
