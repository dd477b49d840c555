/* anchors/anchors.h - anchors: extraction, numbers, words, tables, packing, weights, matching: the stage's contract (internal). */
#ifndef VTA_ANCHORS_H
#define VTA_ANCHORS_H

#include <stddef.h>
#include <stdint.h>
#include "common/common.h"
#include "segment/segment.h"

/* ---- anchors ---- */
/* The longest value (bytes) an anchor may have: a "word" of thousands of
 * letters (a run without spaces in a broken or hostile file) is no
 * evidence either text translates, and its value would only bloat the
 * pool and the reports. Longer tokens make no anchor. */
#define VTA_ANCHOR_VALUE_MAX 1024

/* anchors.h - evidence both languages share: numbers, names, punctuation.
 *
 * Extraction (this file's .c) turns a sentence into a set of anchors, each a
 * kind and a key (a hash of its normalised value); weighting (anchor_weights.c)
 * gives each anchor an IDF weight over the document pair; matching
 * (anchor_score.c for the search, anchor_match.c for reports) compares the
 * anchors of the two sides of a bead. Each part can be replaced on its own. */

enum {
	VTA_ANCHOR_NUMBER = VIETALIGN_ANCHOR_NUMBERS,
	VTA_ANCHOR_NAME = VIETALIGN_ANCHOR_NAMES,
	VTA_ANCHOR_PUNCT = VIETALIGN_ANCHOR_PUNCT,
	VTA_ANCHOR_WORD = VIETALIGN_ANCHOR_WORDS,
	VTA_ANCHOR_LEX = VIETALIGN_ANCHOR_LEXICON,
	VTA_ANCHOR_LEARNED = VIETALIGN_ANCHOR_LEARNED
};

struct vta_lexicon;
struct vta_learned;
struct vta_token_vec;

/* Flags: why an anchor without a counterpart says little. */
#define VTA_ANCHOR_F_INITIAL 0x1u /* the sentence's first word */
/* a Vietnamese word (has diacritics), which English usually translates */
#define VTA_ANCHOR_F_NATIVE 0x2u
/* an ordinary English word: evidence when the Vietnamese kept it, none when
 * it did not */
#define VTA_ANCHOR_F_WEAK 0x4u

/* 24 bytes: a long document holds tens of millions of anchors. Spans and
 * values lie within one sentence, so 32 bits hold them, and a sentence
 * keeps at most VTA_SET_ANCHORS_MAX anchors (longer ones, or more, are not
 * kept, see vta_anchor_push()). A table phrase is one anchor with a key per
 * rendering ("xe" = car, vehicle, ...): a match on any counts once. */
#define VTA_SET_ANCHORS_MAX 65535u

typedef struct vta_anchor {
	uint64_t key;            /* hash of kind and normalised value: the first
	                          (often only) key, see vta_anchor_key() */
	uint32_t offset, length; /* span in the sentence's folded text */
	uint32_t value_off;      /* the normalised value, NUL-terminated, in the
	                          set's pool; the other keys just before it */
	uint16_t nkeys;          /* 1 and more */
	uint8_t kind;
	uint8_t flags;
} vta_anchor;

typedef struct vta_anchor_set {
	vta_anchor *items;
	size_t count, cap;
	char *pool; /* per anchor: its keys after the first, then its
	                          NUL-terminated value */
	size_t pool_len, pool_cap;
	/* set by a reader that keeps only the kinds, flags and keys
	 * (anchor_pack.c): the values are then not copied into the pool,
	 * and vta_anchor_value() is not to be asked */
	int keys_only;
} vta_anchor_set;

/* Appends an anchor whose normalised value is value[0, vlen), with the
 * nkeys keys of `keys` (at most 65,535), or with keys NULL the one key
 * hashing the kind and the value. An anchor whose span or value does not
 * fit 32 bits (a sentence of gigabytes), or past the set's
 * VTA_SET_ANCHORS_MAX, is left out. */
VTA_HIDDEN int vta_anchor_push(vta_anchor_set *s, unsigned kind, unsigned flags, const uint64_t *keys, size_t nkeys,
                               const char *value, size_t vlen, size_t off, size_t len);

/* Key k (0 <= k < a->nkeys) of anchor a of set s. */
VTA_HIDDEN uint64_t vta_anchor_key(const vta_anchor_set *s, const vta_anchor *a, size_t k);

/* The value of anchor a of set s (NUL-terminated). */
VTA_HIDDEN const char *vta_anchor_value(const vta_anchor_set *s, const vta_anchor *a);

/* Extracts the anchors of the kinds in `kinds` (VIETALIGN_ANCHOR_* bits)
 * from a sentence's folded text. */
VTA_HIDDEN int vta_anchors_extract(vta_anchor_set *out, const char *text, size_t len, vietalign_lang lang,
                                   unsigned kinds, const struct vta_lexicon *lex);

/* The same with the caller's token vector for the sentence's words (its
 * old contents are dropped), so that a run of sentences reuses one. */
VTA_HIDDEN int vta_anchors_extract_with(vta_anchor_set *out, struct vta_token_vec *tokens, const char *text, size_t len,
                                        vietalign_lang lang, unsigned kinds, const struct vta_lexicon *lex);
VTA_HIDDEN void vta_anchor_set_free(vta_anchor_set *s);

/* Empties s, keeping its memory for the next sentence. */
VTA_HIDDEN void vta_anchor_set_clear(vta_anchor_set *s);

/* Makes *dst (empty) a copy of src in memory of exactly its size: a set
 * is built in a reused scratch set, then kept as such a copy. */
VTA_HIDDEN int vta_anchor_set_copy(vta_anchor_set *dst, const vta_anchor_set *src);

/* Appends a name or word anchor whose value is w[0, len) folded by
 * vta_word_fold(), spanning [off, off + span). */
VTA_HIDDEN int vta_anchor_push_folded(vta_anchor_set *s, unsigned kind, unsigned flags, const char *w, size_t len,
                                      size_t off, size_t span);

/* The table-driven part of extraction (lexical_anchors.c): places (as
 * VTA_ANCHOR_NAME) and common words (VTA_ANCHOR_LEX), over the sentence's
 * tokens (vta_tokens_split()). */
VTA_HIDDEN int vta_lexical_extract(vta_anchor_set *out, const char *text, size_t len, const struct vta_token_vec *tv,
                                   vietalign_lang lang, const struct vta_lexicon *lex, unsigned kinds);

/* The VTA_ANCHOR_WORD part of extraction (words.c), over the sentence's
 * tokens. */
VTA_HIDDEN int vta_words_extract(vta_anchor_set *out, const char *text, const struct vta_token_vec *tv,
                                 vietalign_lang lang);

/* The canonical value of a number as written in lang ("5,3" in vi and "5.3"
 * in en both give "5.3"; "3.500" in vi gives "3500"). out holds cap bytes.
 * Returns the length written, 0 when unreadable. */
VTA_HIDDEN size_t vta_number_canonical(char *out, size_t cap, const char *num, size_t len, vietalign_lang lang);

/* Case-folded, diacritic-free form of a word (đ becomes d). *out is
 * malloc()ed. */
VTA_HIDDEN int vta_word_fold(char **out, size_t *out_len, const char *word, size_t len);

/* 64-bit FNV-1a of data, seeded with the anchor kind. */
VTA_HIDDEN uint64_t vta_anchor_hash(unsigned kind, const char *data, size_t len);

/* The hash of a text continued over data: vta_anchor_hash(k, ab, |ab|) is
 * vta_hash_extend(vta_anchor_hash(k, a, |a|), b, |b|), so that the phrases
 * of one, two, three... words from a point cost one pass. */
VTA_HIDDEN uint64_t vta_hash_extend(uint64_t h, const char *data, size_t len);

/* The rarity of each key over a document pair (IDF), from the anchors of
 * both (anchor_pack.h): an anchor that occurs in few sentences says more
 * about where a sentence belongs. Documents stay
 * read-only: the weights belong to the pair, not to either text. Look-ups
 * may run on several threads at once. */
typedef struct vta_idf vta_idf;
struct vta_anchor_pack;
VTA_HIDDEN int vta_idf_new(vta_idf **out, const struct vta_anchor_pack *vi, const struct vta_anchor_pack *en,
                           unsigned threads);
VTA_HIDDEN void vta_idf_free(vta_idf *f);
/* The weight of key; *both (when both is non-NULL) receives whether both
 * documents have it (else an anchor with it can never find a counterpart). */
VTA_HIDDEN double vta_idf_weight(const vta_idf *f, uint64_t key, int *both);
/* Fetches key's slot ahead of vta_idf_weight() (a long pair's table
 * outgrows the caches). */
VTA_HIDDEN void vta_idf_prefetch(const vta_idf *f, uint64_t key);

/* ---- numbers ---- */
/* numbers.h - numbers, dates, times and weekdays as anchors, read the
 * Vietnamese way or the English way so that both give the same key
 * ("65 tỷ USD" and "$65 billion", "28/01/2025" and "Jan 28, 2025"). */

/* Appends to out one VTA_ANCHOR_NUMBER anchor per number, date, time or
 * weekday of a sentence (NFC, single spaces) in lang. Each anchor is its own
 * group. Canonical values: scaled decimal digits ("65000000000"), "5.3%",
 * "D:2025-01-28", "D:01-28", "D:2025-05", "T:15:00", "W:1" (Monday).
 * Returns 0 or VIETALIGN_ENOMEM. */
VTA_HIDDEN int vta_numbers_extract(vta_anchor_set *out, const char *text, size_t len, vietalign_lang lang);

/* ---- lexicon ---- */
/* lexicon.h - the bilingual tables (lib/anchors/data/lexicon.tsv: common words;
 * lib/anchors/data/places.tsv: countries, places, institutions, weekdays, months),
 * parsed into lookup maps owned by one aligner. */

typedef struct vta_lexicon vta_lexicon;

/* Which table an entry comes from: places match case-sensitively (Anh is
 * Britain, anh is brother), words in lowercase with English stemming. */
enum { VTA_TABLE_WORDS = 0, VTA_TABLE_PLACES = 1 };

/* The longest Vietnamese phrase, in syllables, that the tables hold. */
#define VTA_LEX_MAX_SYLLABLES 6

/* Builds the lexicon from the tables compiled into the library. */
VTA_HIDDEN int vta_lexicon_new(vta_lexicon **out);
/* Tables are shared, read-only, by an aligner and the documents it makes
 * (which read anchors when asked, after the aligner may be gone): each
 * holder takes a reference and frees it; the last frees the tables.
 * Either call may come from any thread. Returns lex. */
VTA_HIDDEN vta_lexicon *vta_lexicon_ref(vta_lexicon *lex);
VTA_HIDDEN void vta_lexicon_free(vta_lexicon *lex);

/* Builds a lexicon from TSV text of each table (for tests). */
VTA_HIDDEN int vta_lexicon_from_tsv(vta_lexicon **out, const char *words, size_t words_len, const char *places,
                                    size_t places_len);

/* The English keys of the entry whose Vietnamese side is the phrase
 * (already in the table's form: lowercase for words, as written for
 * places); NULL when none. *n receives how many. */
VTA_HIDDEN const uint64_t *vta_lexicon_vi(const vta_lexicon *lex, int table, const char *phrase, size_t len, size_t *n);

/* The same by the key of the Vietnamese phrase: vta_lexicon_vi_key(), or
 * vta_hash_extend() of vta_lexicon_vi_seed() over the phrase. */
VTA_HIDDEN uint64_t vta_lexicon_vi_key(int table, const char *phrase, size_t len);
VTA_HIDDEN uint64_t vta_lexicon_vi_seed(int table);
VTA_HIDDEN const uint64_t *vta_lexicon_vi_by_key(const vta_lexicon *lex, int table, uint64_t key, size_t *n);

/* Which phrase lengths the table holds after a first syllable: bit n
 * (1 <= n <= VTA_LEX_MAX_SYLLABLES) is set when some phrase of n syllables
 * starts with the syllable whose key (as vta_lexicon_vi_by_key() takes it)
 * is first_key; 0 when none does, so that longer phrases need no look-up. */
VTA_HIDDEN unsigned vta_lexicon_vi_lengths(const vta_lexicon *lex, int table, uint64_t first_key);

/* Whether some place of the table, in lang, starts with byte b. */
VTA_HIDDEN int vta_lexicon_may_start_place(const vta_lexicon *lex, vietalign_lang lang, unsigned char b);

/* Bit n (n >= 1) set when some English place name of n words starts with
 * the word word[0, len) (a one-word name also when it is the word and a
 * dot: "U.S."); 0 when none does, so that no phrase from it needs a
 * look-up in the places. */
VTA_HIDDEN unsigned vta_lexicon_en_place_lengths(const vta_lexicon *lex, const char *word, size_t len);

/* The key of an English phrase (lowercased and stemmed for words, as written
 * for places) when some entry has it; 0 otherwise. */
VTA_HIDDEN uint64_t vta_lexicon_en(const vta_lexicon *lex, int table, const char *phrase, size_t len);

/* The key an English word gets in the words table: its stem, hashed. */
VTA_HIDDEN uint64_t vta_lexicon_en_key(int table, const char *phrase, size_t len);

/* A lexicon of the built-in tables and then user's entries, `user`
 * holding lines of the words table (vta_dict_parse()); an entry whose
 * Vietnamese phrase the tables have already adds its renderings to theirs. */
VTA_HIDDEN int vta_lexicon_with(vta_lexicon **out, const char *user, size_t user_len);

/* The most words an English rendering of the words table has (1 unless
 * user's entries have phrases): how far English look-ups reach. */
VTA_HIDDEN size_t vta_lexicon_en_words(const vta_lexicon *lex);

/* The built-in tables as compiled in (VTA_TABLE_WORDS or _PLACES). */
VTA_HIDDEN const char *vta_lexicon_builtin(int table, size_t *len);

/* A lexicon that shares lex's tables and adds the learned table l (below)
 * for VTA_ANCHOR_LEARNED anchors: *out lives while lex and l do, is
 * freed with vta_lexicon_free() and holds no reference of lex's (take
 * none of it either: it is one alignment's). */
VTA_HIDDEN int vta_lexicon_with_learned(vta_lexicon **out, const vta_lexicon *lex, const struct vta_learned *l);

/* The learned table of lex, or NULL. */
VTA_HIDDEN const struct vta_learned *vta_lexicon_learned(const vta_lexicon *lex);

/* ---- learned ---- */
/* learned.h - a word-translation table learned from one document pair:
 * Vietnamese syllables and pairs of syllables, each with the English stem
 * it co-occurs with best (Dice) over sentence pairs believed right. */

typedef struct vta_learned vta_learned;

/* What makes an entry (values in VTA_PARAMS.learn, score/params.c). */
typedef struct vta_learn_params {
	uint32_t min_count; /* pairs holding a token, and both of an entry */
	double max_share;   /* a token in more of the pairs is left out */
	double min_dice;    /* an entry's Dice coefficient at least */
} vta_learn_params;

/* Sentence pairs as their tokens' keys (side 0 Vietnamese, 1 English),
 * from one document pair or gathered from many (a batch's table). */
typedef struct vta_learn_corpus {
	uint64_t *keys[2];
	size_t *start[2]; /* pair p: keys[s][start[s][p], start[s][p + 1]) */
	size_t used[2], kcap[2], scap[2];
	size_t n; /* pairs */
} vta_learn_corpus;

/* Appends the n sentence pairs (svi[k] of vi, sen[k] of en) to c. */
VTA_HIDDEN int vta_learn_corpus_add(vta_learn_corpus *c, const vietalign_doc *vi, const vietalign_doc *en,
                                    const size_t *svi, const size_t *sen, size_t n);
/* Appends src's pairs to dst while dst holds fewer than max_pairs. */
VTA_HIDDEN int vta_learn_corpus_append(vta_learn_corpus *dst, const vta_learn_corpus *src, size_t max_pairs);
VTA_HIDDEN void vta_learn_corpus_free(vta_learn_corpus *c);

/* Learns the table from the corpus's pairs. */
VTA_HIDDEN int vta_learned_of(vta_learned **out, const vta_learn_corpus *c, const vta_learn_params *lp);

/* Has l's lookups go on in then (which must outlive l) for the words l
 * lacks: a document's own table before a batch's. */
VTA_HIDDEN void vta_learned_chain(vta_learned *l, const vta_learned *then);

/* Learns the table from the n sentence pairs (svi[k] of vi, sen[k] of en). */
VTA_HIDDEN int vta_learned_new(vta_learned **out, const vietalign_doc *vi, const vietalign_doc *en, const size_t *svi,
                               const size_t *sen, size_t n, const vta_learn_params *lp);
VTA_HIDDEN void vta_learned_free(vta_learned *l);

/* Entries of the table. */
VTA_HIDDEN size_t vta_learned_count(const vta_learned *l);

/* Appends the VTA_ANCHOR_LEARNED anchors of a sentence (its tokens tv):
 * a Vietnamese entry, or an English stem some entry renders to, carry
 * the English stem's key. */
VTA_HIDDEN int vta_learned_extract(vta_anchor_set *out, const char *text, const struct vta_token_vec *tv,
                                   vietalign_lang lang, const vta_learned *l);

/* ---- dictionary ---- */
/* dictionary.c, tbx.c - users' dictionaries and glossaries, read into
 * lines of the words table. */

/* The longest English phrase, in words, an entry may have. */
#define VTA_LEX_MAX_EN_WORDS 4

typedef struct {
	char *data; /* NUL-terminated once non-empty */
	size_t len, cap;
} vta_dict_buf;

VTA_HIDDEN int vta_dict_put(vta_dict_buf *b, const char *s, size_t n);
VTA_HIDDEN void vta_dict_buf_free(vta_dict_buf *b);

/* Appends the entry vi -> en (en a comma-separated list when `list`) as a
 * words-table line, both sides folded; VIETALIGN_EPARSE with *why (a
 * constant string) when a side is empty, too long or not UTF-8. */
VTA_HIDDEN int vta_dict_entry(vta_dict_buf *b, const char *vi, size_t vlen, const char *en, size_t elen, int list,
                              const char **why);

/* Reads a dictionary of format fmt (VIETALIGN_DICT_*; AUTO: TBX when it
 * starts with markup, hunalign's when its first entry holds " @ " and no
 * tab, else TSV) into out, all of it or nothing; errors name `name` and
 * the line ("glossary.tsv:12: empty English term"). */
VTA_HIDDEN int vta_dict_parse(vta_dict_buf *out, const char *data, size_t len, int fmt, const char *name,
                              vta_error *err);

/* TBX (tbx.c, with libxml2; without it, an error saying so). */
VTA_HIDDEN int vta_tbx_parse(vta_dict_buf *out, const char *data, size_t len, const char *name, vta_error *err);
/* The Vietnamese terms of a TBX file marked not to be used (a status
 * note: deprecatedTerm-admn-sts, supersededTerm-admn-sts, forbidden...),
 * one a line, appended to out; errors as vta_tbx_parse()'s. */
VTA_HIDDEN int vta_tbx_forbidden(vta_dict_buf *out, const char *data, size_t len, const char *name, vta_error *err);
/* Whether a dictionary file is markup (TBX) after any byte order mark
 * and space. */
VTA_HIDDEN int vta_dict_is_xml(const char *data, size_t len);

/* A light English stemmer: lowercase, no plural -s/-es/-ies, -ed or -ing,
 * so that "files", "filed" and "filing" meet "file". out holds cap bytes. */
VTA_HIDDEN size_t vta_en_stem(char *out, size_t cap, const char *word, size_t len);

/* ---- keymap ---- */
/* keymap.h - an open-addressing map from 64-bit keys to 32-bit values. */

typedef struct vta_keymap {
	uint64_t *keys; /* 0 marks an empty slot: key 0 is stored as 1 */
	uint32_t *values;
	size_t cap, count; /* cap is a power of two */
} vta_keymap;

/* Sets key to value (replacing an old value). Returns 0 or ENOMEM. */
VTA_HIDDEN int vta_keymap_put(vta_keymap *m, uint64_t key, uint32_t value);
/* The value of key, added as 0 when absent; NULL on ENOMEM. Grows as
 * vta_keymap_put() does, so that a get and a put of the new value leave
 * the same map: one probe instead of two. */
VTA_HIDDEN uint32_t *vta_keymap_value(vta_keymap *m, uint64_t key);
/* Finds key; returns 1 and sets *value when present. */
VTA_HIDDEN int vta_keymap_get(const vta_keymap *m, uint64_t key, uint32_t *value);
VTA_HIDDEN void vta_keymap_free(vta_keymap *m);

/* ---- anchor_pack ---- */
/* anchor_pack.h - every sentence's anchors of a document as an alignment
 * needs them (kind, flags, keys; no span, no value), packed in a few large
 * blocks: read once per alignment, used for the weights, the sure points
 * and the tables, then freed, so that a long document's anchors take a
 * third of the memory they take as sets and give it all back. */

typedef struct vta_packed_anchor {
	uint8_t kind, flags;
	uint16_t nkeys;
} vta_packed_anchor;

/* One sentence's anchors, and their keys one anchor after another. */
typedef struct vta_packed_sentence {
	const vta_packed_anchor *a;
	const uint64_t *key;
	uint32_t n, nkeys;
} vta_packed_sentence;

/* Most blocks a pack is read into (a long document's anchors come in
 * blocks of a few thousand sentences, so that a reader going through them
 * in order can let each go when done: vta_anchor_pack_release()). */
#define VTA_PACK_BLOCKS 64

typedef struct vta_anchor_pack {
	size_t n; /* sentences */
	vta_packed_sentence *sent;
	/* the storage: a block pair per run of sentences [first[b],
	 * first[b + 1]); a released block's pointers are NULL */
	size_t nblocks, released; /* blocks [0, released) are freed */
	size_t first[VTA_PACK_BLOCKS + 1];
	vta_packed_anchor *ablock[VTA_PACK_BLOCKS];
	uint64_t *kblock[VTA_PACK_BLOCKS];
	int give_back; /* vta_give_back() as blocks are released (0 when
	                  read; the owner sets it) */
} vta_anchor_pack;

/* Reads the anchors of kinds `kinds` (VIETALIGN_ANCHOR_* bits; lex: the
 * tables they need, or NULL) of every sentence of d into *out, on up to
 * `threads` threads for a long document (in blocks of a few thousand
 * sentences), without keeping them in d. The kinds and tables are the
 * caller's (the aligner that aligns), not d's (the aligner that made d).
 * On failure sets err (and *out holds nothing to free). pg (or NULL) is
 * told each sentence read; its cancel yields VIETALIGN_ECANCELED. */
VTA_HIDDEN int vta_anchor_pack_read(vta_anchor_pack *out, const vietalign_doc *d, unsigned kinds,
                                    const struct vta_lexicon *lex, unsigned threads, vta_progress *pg, vta_error *err);
VTA_HIDDEN void vta_anchor_pack_free(vta_anchor_pack *p);

/* The same in blocks of about per_block sentences (at most VTA_PACK_BLOCKS
 * of them; the threads read whole blocks): vta_anchor_pack_read() takes a
 * few thousand. */
VTA_HIDDEN int vta_anchor_pack_read_blocks(vta_anchor_pack *out, const vietalign_doc *d, unsigned kinds,
                                           const struct vta_lexicon *lex, unsigned threads, size_t per_block,
                                           vta_progress *pg, vta_error *err);

/* Frees the blocks whose sentences all lie before sentence s; those
 * sentences' anchors may no longer be read. With p->give_back, hands the
 * freed pages back to the system. */
VTA_HIDDEN void vta_anchor_pack_release(vta_anchor_pack *p, size_t s);

/* ---- anchor_match ---- */
/* anchor_match.h - which anchors of one side of a bead meet anchors of the
 * other, on the documents' anchors: the library's bead report. The search
 * applies the same rule to compiled anchors (anchor_score.h). */

/* Anchors considered per side of a bead; a longer sentence's rest is
 * ignored (this bounds the cost of a report). */
#define VTA_VIEW_MAX 256

/* The anchors of one side of a bead, one entry per key. The keys of one
 * anchor (the renderings of a table phrase) stand or fall together: grp[]
 * gives each entry's group leader (the anchor's first key), gdone[]
 * whether a group was matched. */
typedef struct vta_anchor_view {
	const vta_anchor *a[VTA_VIEW_MAX];
	uint64_t key[VTA_VIEW_MAX];
	unsigned grp[VTA_VIEW_MAX];
	unsigned sent[VTA_VIEW_MAX]; /* sentence of the bead, from 0 */
	char used[VTA_VIEW_MAX];
	char gdone[VTA_VIEW_MAX];
	size_t n;
} vta_anchor_view;

/* Gathers the anchors of kinds `kinds` of sentences [i, i+n) of d (read
 * and kept with d: vta_doc_anchors()); VIETALIGN_ENOMEM when they cannot be
 * read. */
VTA_HIDDEN int vta_view_gather(vta_anchor_view *v, const vietalign_doc *d, size_t i, int n, unsigned kinds);

/* Pairs anchors of v with equal keys in e, each at most once, a group at
 * most once; pair[x] receives the index in e matched with v's x, or -1. */
VTA_HIDDEN void vta_view_match(vta_anchor_view *v, vta_anchor_view *e, short *pair);

/* ---- doc_anchors.c ---- */
/* The anchors of sentence s of d (s < d->nsents), read on first use and
 * kept with d until it is freed; NULL when memory runs out. Any number of
 * threads may ask at once. */
VTA_HIDDEN const struct vta_anchor_set *vta_doc_anchors(const vietalign_doc *d, size_t s);

/* ---- span_report.c ---- */
/* A Vietnamese anchor and its English counterpart, or one side alone (the
 * other's kind 0). */
typedef struct vta_anchor_line {
	vietalign_anchor vi, en;
} vta_anchor_line;

/* Fills the public view of anchor a of sentence `sentence` of doc (whose
 * anchors have been read). */
VTA_HIDDEN void vta_anchor_fill(vietalign_anchor *out, const vietalign_doc *doc, size_t sentence, const vta_anchor *a);

/* The anchors of Vietnamese sentences [vf, vf+vn) and English [ef,
 * ef+en_n), of kinds `kinds`, as vietalign_alignment_bead_anchors() reports
 * a bead's: the matched pairs first, then those without counterpart whose
 * absence is evidence. *out (NULL when *count is 0) is free()d by the
 * caller. */
VTA_HIDDEN int vta_span_anchors(vta_anchor_line **out, size_t *count, unsigned kinds, const vietalign_doc *vi,
                                size_t vf, size_t vn, const vietalign_doc *en, size_t ef, size_t en_n);

#endif
