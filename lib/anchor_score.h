/* anchor_score.h - the anchor term of a bead's cost, computed fast.
 *
 * Each side's anchors are compiled once per alignment into flat arrays: one
 * entry per key (the keys of one anchor, a table phrase's renderings, form
 * a group), keys sorted within each sentence, so that the anchors two
 * sentences share are found by one merge ("candidates"); keys the other
 * document lacks are left out. A bead's cost is the sum of its sentences'
 * miss costs (precomputed) less what its matches earn; the matches are
 * chosen by the same rule as vl_view_match() (Vietnamese entries in
 * document order each take the first free English entry with their key, a
 * group at most once), run over the candidates only. */
#ifndef VL_ANCHOR_SCORE_H
#define VL_ANCHOR_SCORE_H

#include <stddef.h>
#include <stdint.h>
#include "anchor_pack.h"
#include "anchors.h"
#include "doc.h"

/* Anchors of one sentence that take part in scoring, at most this many. */
#define VL_SENT_ANCHORS_MAX 4096

typedef struct vl_anchor_table {
	size_t n;           /* sentences */
	/* keys that can be matched (the other document has them), sorted by
	 * key within each sentence: sentence s holds [start[s], start[s+1]) */
	size_t *start;
	uint32_t *key;      /* the anchors' keys, in 32 bits */
	uint16_t *pos;      /* each key's anchor: its rank below */
	/* the anchors that can be matched and the leaders of their groups, in
	 * document order: sentence s holds [rstart[s], rstart[s+1]), indexed
	 * by rank */
	size_t *rstart;
	uint16_t *leader;   /* rank of the anchor leading the anchor's group */
	float *w;           /* IDF weight */
	uint8_t *cls;       /* classes of what a match earns and of what the
	                       group costs unmatched, per unit of weight
	                       (leaders only; see anchor_score.c) */
	double *msum;       /* per sentence: sum of all its groups' miss costs */
} vl_anchor_table;

/* Compiles the anchors of kinds `kinds` of a document (p), weighted by idf
 * (which also tells which keys the other document has). Releases p's
 * blocks as it goes (vl_anchor_pack_release()): on return p's anchors are
 * gone, whatever it returns; free p itself with vl_anchor_pack_free(). */
VL_HIDDEN int vl_anchor_table_build(vl_anchor_table *t, vl_anchor_pack *p, const vl_idf *idf, unsigned kinds);
VL_HIDDEN void vl_anchor_table_free(vl_anchor_table *t);

/* A pair of anchors with equal keys, one in a Vietnamese sentence and one
 * in an English one: their ranks in document order (px, py), their
 * groups' leaders (lv, le, ranks too) and what matching them earns (the
 * gain and the two groups' miss costs; a pair weighs in up to nine beads,
 * so it is worked out once). */
typedef struct vl_cand {
	uint16_t px, py, lv, le;
	float value;
} vl_cand;

typedef struct vl_cand_vec {
	vl_cand *items;
	size_t count, cap;
} vl_cand_vec;

/* Candidates kept per sentence pair, and weighed per bead: a bead of very
 * long sentences keeps the first (a bound on the cost of one bead). */
#define VL_PAIR_CANDS_MAX 512

/* Appends the candidates of Vietnamese sentence a and English sentence b to
 * out, in document order of px, then of py; the first VL_PAIR_CANDS_MAX. */
VL_HIDDEN int vl_anchor_candidates(vl_cand_vec *out, const vl_anchor_table *v, size_t a, const vl_anchor_table *e,
                                   size_t b);

/* One Vietnamese sentence's keys in a hash table, to find the candidates
 * of its pairs with the English sentences of a row by looking each English
 * key up (a row pairs it with a dozen or more). */
typedef struct vl_key_probe {
	const vl_anchor_table *v;
	size_t sentence;
	uint32_t mask;
	uint32_t key[2 * VL_SENT_ANCHORS_MAX];
	uint16_t at[2 * VL_SENT_ANCHORS_MAX]; /* 1 + the key's first entry in
	                                          the sentence; 0: empty slot */
} vl_key_probe;

/* Loads Vietnamese sentence a of v into pr. */
VL_HIDDEN void vl_key_probe_set(vl_key_probe *pr, const vl_anchor_table *v, size_t a);

/* As vl_anchor_candidates() for pr's sentence and English sentence b:
 * the same candidates in the same order. */
VL_HIDDEN int vl_anchor_candidates_probe(vl_cand_vec *out, const vl_key_probe *pr, const vl_anchor_table *e,
                                         size_t b);

/* Flags of the matching, all zero between calls (each call clears what
 * it set): which groups and English anchors (by rank) are taken, per
 * sentence of a bead. Allocate zeroed (calloc) and reuse. */
typedef struct vl_match_marks {
	uint8_t vgroup[3][VL_SENT_ANCHORS_MAX];
	uint8_t egroup[3][VL_SENT_ANCHORS_MAX];
	uint8_t eused[3][VL_SENT_ANCHORS_MAX];
} vl_match_marks;

/* What the matches of one sentence pair earn when the pair is matched
 * alone, and which groups (a bit per group: its rank modulo 64) its
 * matches take on each side. When no two pairs of a bead take a group in
 * common (in one Vietnamese sentence, or in one English one), the bead
 * earns the sum of its pairs' gains (see anchor_score.c). */
typedef struct vl_pair_gain {
	double gain;
	uint64_t vtaken, etaken;
} vl_pair_gain;

/* The candidates of the sentence pairs of a bead of dv Vietnamese and de
 * English sentences, counted from its end (as a search reaches them from
 * the cell where the bead ends, shared by the beads that end there):
 * list[a][b] (with count n[a][b]) for Vietnamese sentence i+dv-1-a and
 * English sentence j+de-1-b; with gain[a][b] all non-NULL, each pair's
 * gain (vl_pair_gain_of()). */
typedef struct vl_bead_cands {
	const vl_cand *list[3][3];
	size_t n[3][3];
	const vl_pair_gain *gain[3][3];
	vl_match_marks *marks;
} vl_bead_cands;

/* The gain of a sentence pair from its n candidates c (as
 * vl_anchor_candidates() made them); mk: the caller's marks (above). */
VL_HIDDEN void vl_pair_gain_of(vl_pair_gain *g, const vl_cand *c, size_t n, vl_match_marks *mk);

/* Anchor cost (before scaling) of the bead of Vietnamese sentences
 * [i, i+dv) and English [j, j+de), both non-empty, dv and de at most 3:
 * the sum of its pairs' gains where they cannot interfere, else every
 * candidate matched anew. */
VL_HIDDEN double vl_anchor_bead_cost(const vl_anchor_table *v, const vl_anchor_table *e, size_t i, int dv,
                                     size_t j, int de, const vl_bead_cands *c);

#endif
