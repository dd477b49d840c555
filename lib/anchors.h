/* anchors.h - evidence both languages share: numbers, names, punctuation.
 *
 * Extraction (this file's .c) turns a sentence into a set of anchors, each a
 * kind and a key (a hash of its normalised value); weighting (anchor_weights.c)
 * gives each anchor an IDF weight over the document pair; matching
 * (anchor_score.c for the search, anchor_match.c for reports) compares the
 * anchors of the two sides of a bead. Each part can be replaced on its own. */
#ifndef VL_ANCHORS_H
#define VL_ANCHORS_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"

enum {
	VL_ANCHOR_NUMBER = VIETALIGN_ANCHOR_NUMBERS,
	VL_ANCHOR_NAME = VIETALIGN_ANCHOR_NAMES,
	VL_ANCHOR_PUNCT = VIETALIGN_ANCHOR_PUNCT,
	VL_ANCHOR_WORD = VIETALIGN_ANCHOR_WORDS,
	VL_ANCHOR_LEX = VIETALIGN_ANCHOR_LEXICON
};

struct vl_lexicon;
struct vl_token_vec;

/* Flags: why an anchor without a counterpart says little. */
#define VL_ANCHOR_F_INITIAL 0x1u /* the sentence's first word */
#define VL_ANCHOR_F_NATIVE  0x2u /* a Vietnamese word (has diacritics), which
                                    English usually translates */
#define VL_ANCHOR_F_WEAK    0x4u /* an ordinary English word: evidence when the
                                    Vietnamese kept it, none when it did not */

/* 24 bytes: a long document holds tens of millions of anchors. Spans and
 * values lie within one sentence, so 32 bits hold them, and a sentence
 * keeps at most VL_SET_ANCHORS_MAX anchors (longer ones, or more, are not
 * kept, see vl_anchor_push()). A table phrase is one anchor with a key per
 * rendering ("xe" = car, vehicle, ...): a match on any counts once. */
#define VL_SET_ANCHORS_MAX 65535u

typedef struct vl_anchor {
	uint64_t key;          /* hash of kind and normalised value: the first
	                          (often only) key, see vl_anchor_key() */
	uint32_t offset, length; /* span in the sentence's folded text */
	uint32_t value_off;    /* the normalised value, NUL-terminated, in the
	                          set's pool; the other keys just before it */
	uint16_t nkeys;        /* 1 and more */
	uint8_t kind;
	uint8_t flags;
} vl_anchor;

typedef struct vl_anchor_set {
	vl_anchor *items;
	size_t count, cap;
	char *pool;            /* per anchor: its keys after the first, then its
	                          NUL-terminated value */
	size_t pool_len, pool_cap;
} vl_anchor_set;

/* Appends an anchor whose normalised value is value[0, vlen), with the
 * nkeys keys of `keys` (at most 65,535), or with keys NULL the one key
 * hashing the kind and the value. An anchor whose span or value does not
 * fit 32 bits (a sentence of gigabytes), or past the set's
 * VL_SET_ANCHORS_MAX, is left out. */
VL_HIDDEN int vl_anchor_push(vl_anchor_set *s, unsigned kind, unsigned flags, const uint64_t *keys, size_t nkeys,
                             const char *value, size_t vlen, size_t off, size_t len);

/* Key k (0 <= k < a->nkeys) of anchor a of set s. */
VL_HIDDEN uint64_t vl_anchor_key(const vl_anchor_set *s, const vl_anchor *a, size_t k);

/* The value of anchor a of set s (NUL-terminated). */
VL_HIDDEN const char *vl_anchor_value(const vl_anchor_set *s, const vl_anchor *a);

/* Extracts the anchors of the kinds in `kinds` (VIETALIGN_ANCHOR_* bits)
 * from a sentence's folded text. */
VL_HIDDEN int vl_anchors_extract(vl_anchor_set *out, const char *text, size_t len,
                                 vietalign_lang lang, unsigned kinds, const struct vl_lexicon *lex);

/* The same with the caller's token vector for the sentence's words (its
 * old contents are dropped), so that a run of sentences reuses one. */
VL_HIDDEN int vl_anchors_extract_with(vl_anchor_set *out, struct vl_token_vec *tokens, const char *text,
                                      size_t len, vietalign_lang lang, unsigned kinds,
                                      const struct vl_lexicon *lex);
VL_HIDDEN void vl_anchor_set_free(vl_anchor_set *s);

/* Empties s, keeping its memory for the next sentence. */
VL_HIDDEN void vl_anchor_set_clear(vl_anchor_set *s);

/* Makes *dst (empty) a copy of src in memory of exactly its size: a set
 * is built in a reused scratch set, then kept as such a copy. */
VL_HIDDEN int vl_anchor_set_copy(vl_anchor_set *dst, const vl_anchor_set *src);

/* Appends a name or word anchor whose value is w[0, len) folded by
 * vl_word_fold(), spanning [off, off + span). */
VL_HIDDEN int vl_anchor_push_folded(vl_anchor_set *s, unsigned kind, unsigned flags, const char *w, size_t len,
                                    size_t off, size_t span);

/* The table-driven part of extraction (lexical_anchors.c): places (as
 * VL_ANCHOR_NAME) and common words (VL_ANCHOR_LEX), over the sentence's
 * tokens (vl_tokens_split()). */
VL_HIDDEN int vl_lexical_extract(vl_anchor_set *out, const char *text, size_t len,
                                 const struct vl_token_vec *tv, vietalign_lang lang,
                                 const struct vl_lexicon *lex, unsigned kinds);

/* The VL_ANCHOR_WORD part of extraction (words.c), over the sentence's
 * tokens. */
VL_HIDDEN int vl_words_extract(vl_anchor_set *out, const char *text, const struct vl_token_vec *tv,
                               vietalign_lang lang);

/* The canonical value of a number as written in lang ("5,3" in vi and "5.3"
 * in en both give "5.3"; "3.500" in vi gives "3500"). out holds cap bytes.
 * Returns the length written, 0 when unreadable. */
VL_HIDDEN size_t vl_number_canonical(char *out, size_t cap, const char *num, size_t len,
                                     vietalign_lang lang);

/* Case-folded, diacritic-free form of a word (đ becomes d). *out is
 * malloc()ed. */
VL_HIDDEN int vl_word_fold(char **out, size_t *out_len, const char *word, size_t len);

/* Whether an ASCII lowercase word could be one Vietnamese syllable written
 * without diacritics ("ban", "chip", "nghieng"); "dpkg", "make" cannot. */
VL_HIDDEN int vl_vi_syllable_shape(const char *w, size_t len);

/* Length of the run of ASCII letters that starts w[0, n). */
VL_HIDDEN size_t vl_ascii_letters(const char *w, size_t n);

/* Whether w[0, n), ASCII letters in any case, could be one Vietnamese
 * syllable written without diacritics ("Theo", "Hai"). */
VL_HIDDEN int vl_vi_plain_syllable(const char *w, size_t n);

/* 64-bit FNV-1a of data, seeded with the anchor kind. */
VL_HIDDEN uint64_t vl_anchor_hash(unsigned kind, const char *data, size_t len);

/* The hash of a text continued over data: vl_anchor_hash(k, ab, |ab|) is
 * vl_hash_extend(vl_anchor_hash(k, a, |a|), b, |b|), so that the phrases
 * of one, two, three... words from a point cost one pass. */
VL_HIDDEN uint64_t vl_hash_extend(uint64_t h, const char *data, size_t len);

/* The rarity of each key over a document pair (IDF), from the anchors of
 * both (anchor_pack.h): an anchor that occurs in few sentences says more
 * about where a sentence belongs. Documents stay
 * read-only: the weights belong to the pair, not to either text. Look-ups
 * may run on several threads at once. */
typedef struct vl_idf vl_idf;
struct vl_anchor_pack;
VL_HIDDEN int vl_idf_new(vl_idf **out, const struct vl_anchor_pack *vi, const struct vl_anchor_pack *en,
                         unsigned threads);
VL_HIDDEN void vl_idf_free(vl_idf *f);
/* The weight of key; *both (when both is non-NULL) receives whether both
 * documents have it (else an anchor with it can never find a counterpart). */
VL_HIDDEN double vl_idf_weight(const vl_idf *f, uint64_t key, int *both);
/* Fetches key's slot ahead of vl_idf_weight() (a long pair's table
 * outgrows the caches). */
VL_HIDDEN void vl_idf_prefetch(const vl_idf *f, uint64_t key);

#endif
