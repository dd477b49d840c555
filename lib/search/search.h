/* search/search.h - coarse levels, the corridor, sure points, the search, repairs: the stage's contract (internal). */
#ifndef VTA_SEARCH_H
#define VTA_SEARCH_H

#include <stddef.h>
#include "common/common.h"
#include "anchors/anchors.h"
#include "score/score.h"

/* ---- corridor ---- */
/* corridor.h - the part of the n x m alignment lattice a search visits: for
 * each Vietnamese position i (0..n), the English positions [lo[i], hi[i]].
 * Memory and time grow with the corridor's area, not with n x m. */

typedef struct vta_corridor {
	size_t n, m;     /* rows 0..n, columns 0..m */
	size_t *lo, *hi; /* n + 1 entries each, both non-decreasing */
} vta_corridor;

/* The whole lattice: every row holds [0, m]. */
VTA_HIDDEN int vta_corridor_full(vta_corridor *c, size_t n, size_t m);

/* An empty corridor of n + 1 rows (lo = m, hi = 0 everywhere), to be grown
 * with vta_corridor_cover() and closed with vta_corridor_close(). */
VTA_HIDDEN int vta_corridor_empty(vta_corridor *c, size_t n, size_t m);

/* A copy of from. */
VTA_HIDDEN int vta_corridor_copy(vta_corridor *c, const vta_corridor *from);

/* Whether c is the whole lattice. */
VTA_HIDDEN int vta_corridor_is_full(const vta_corridor *c);

/* Cells of c (rows hold lo <= hi: a fixed corridor). */
VTA_HIDDEN size_t vta_corridor_cells(const vta_corridor *c);

/* Whether a and b cover the same cells. */
VTA_HIDDEN int vta_corridor_same(const vta_corridor *a, const vta_corridor *b);

/* Adds the cells (i, j0..j1), clamped to the lattice. */
VTA_HIDDEN void vta_corridor_cover(vta_corridor *c, size_t i, size_t j0, size_t j1);

/* Widens every covered row by `cols` columns each way and by `rows` rows
 * each way (a cell covered in row i is then covered in rows i-rows ..
 * i+rows), in O(n). */
VTA_HIDDEN int vta_corridor_spread(vta_corridor *c, size_t rows, size_t cols);

/* Makes lo and hi non-decreasing, the corner cells (0, 0) and (n, m)
 * covered and each row reachable from the one before: a corridor any
 * search can cross. */
VTA_HIDDEN void vta_corridor_fix(vta_corridor *c);

/* vta_corridor_spread(c, r, r), then vta_corridor_fix(). */
VTA_HIDDEN int vta_corridor_close(vta_corridor *c, size_t r);

VTA_HIDDEN void vta_corridor_free(vta_corridor *c);

/* Cell numbering for arrays laid out over a corridor: *off (malloc()ed,
 * n + 2 entries) receives the index of cell (i, lo[i]) for each row, and
 * off[n + 1] the number of cells; VIETALIGN_ENOMEM also when that number
 * does not fit a size_t. */
VTA_HIDDEN int vta_corridor_offsets(size_t **off, const vta_corridor *c);

/* Index of cell (i, j), or SIZE_MAX when it lies outside the corridor. */
static inline size_t vta_corridor_cell(const vta_corridor *c, const size_t *off, size_t i, size_t j)
{
	if (i > c->n || j < c->lo[i] || j > c->hi[i])
		return SIZE_MAX;
	return off[i] + (j - c->lo[i]);
}

/* Whether cell (i, j) lies on an edge of c that is not an edge of the
 * lattice: a wider corridor might hold a better path through it. */
static inline int vta_corridor_on_edge(const vta_corridor *c, size_t i, size_t j)
{
	if (i == c->n && j == c->m)
		return 0;
	return (j == c->lo[i] && c->lo[i] > 0) || (j == c->hi[i] && c->hi[i] < c->m);
}

/* ---- skeleton ---- */
/* skeleton.h - points an alignment passes through with near certainty:
 * pairs of sentences sharing a key (a number, name or identifier) that
 * occurs as often in each document (once, or a few times: then the first
 * with the first, and so on), or as often in each of a long pair's blocks
 * (a few thousand sentences of each side, placed by the first points),
 * kept where they form a chain increasing on both sides. Lengths say nothing of them, so they
 * hold the corridor to the text where a length-only coarse path drifts (a
 * long omission, which that path spreads over the whole text). */

typedef struct vta_point {
	size_t i, j; /* Vietnamese sentence i and English sentence j */
} vta_point;

/* The chain, in order (*out malloc()ed, NULL when empty), from the anchors
 * of the two documents. */
VTA_HIDDEN int vta_skeleton(vta_point **out, size_t *n, const vta_anchor_pack *vi, const vta_anchor_pack *en);

/* Adds to c the cells of the paths between consecutive points of the
 * chain (and from the start, and to the end) that are diagonal but for one
 * run of omissions, widened by r; a stretch whose sides differ by more than
 * max_skew sentences is left out, and so is one whose two ends lie in held
 * (when not NULL: the corridor before the points, whose path already
 * passes by them there). Call vta_corridor_fix() after. */
VTA_HIDDEN void vta_skeleton_cover(vta_corridor *c, const vta_point *p, size_t n, size_t r, size_t max_skew,
                                   const vta_corridor *held);

/* ---- search ---- */
/* search.h - the best monotone alignment under a scorer (dynamic programming
 * in a corridor), with each bead's posterior probability as its score. */

/* The bead costs of a search, kept for what follows it with the same
 * scorer (the repairs, the posteriors), which then weighs the anchors of
 * new cells only. */
typedef struct vta_prev_costs {
	vta_corridor c; /* the corridor the costs cover */
	size_t *off;    /* its cell offsets */
	float *cost;    /* cost[cell * VTA_NBOTH + vta_shape_slot(k)] */
	size_t cap;     /* cells cost has room for (0: as many as c) */
} vta_prev_costs;

VTA_HIDDEN void vta_prev_costs_free(vta_prev_costs *p);

/* Lays the kept costs out on corridor c (its cells that p did not cost
 * hold INFINITY): a search of exactly c then updates them in place instead
 * of holding two arrays. */
VTA_HIDDEN int vta_prev_costs_restrict(vta_prev_costs *p, const vta_corridor *c);

/* Finds the cheapest path of beads from (0, 0) to (nvi, nen) inside the
 * corridor c. Where the path runs along an inner edge of c, c is widened
 * there and that stretch searched again (vta_repair()), then the whole
 * widened corridor. *out (malloc()ed) receives the beads in order; with
 * VTA_SEARCH_SCORES, each with its posterior probability over c as score;
 * without, the scores mean nothing. With scores and costs non-NULL,
 * *costs (malloc()ed, one per bead) receives each bead's cost as the
 * search weighed it (what calibrates its score: api/calibrate.c).
 * With VTA_SEARCH_LAST_USE (s computes
 * no bead cost after this search), s's anchor tables are freed
 * (vta_scorer_drop_anchors()) once the last bead costs are in: the sums
 * that follow take their memory. */
/* With s->progress, the search takes it from VTA_SEARCH_PROGRESS (where
 * the caller's phases end) to 1, and its cancel yields
 * VIETALIGN_ECANCELED. */
#define VTA_SEARCH_PROGRESS 0.40
#define VTA_SEARCH_SCORES 1u
#define VTA_SEARCH_LAST_USE 2u
VTA_HIDDEN int vta_search(vta_bead **out, size_t *nout, float **costs, vta_scorer *s, vta_corridor *c, unsigned flags,
                          vta_error *err);

/* The best path through corridor c, whose cell (0, 0) is the lattice point
 * (i0, j0) and (c->n, c->m) the point (i0 + n, j0 + m); scores are left 0
 * (posteriors within a window would not be the document's). prev (or
 * NULL): bead costs an earlier search with s kept, in lattice
 * coordinates, which are taken instead of costed again. */
VTA_HIDDEN int vta_search_window(vta_bead **out, size_t *nout, const vta_scorer *s, const vta_prev_costs *prev,
                                 const vta_corridor *c, size_t i0, size_t j0);

/* A path from (0, 0) as the shapes of its beads (vta_shapes indexes), in
 * order: a long pair's path of a million beads in 1 MB rather than 40. */
typedef struct vta_path {
	uint8_t *shape;
	size_t n, cap;
} vta_path;

/* Where the path b runs along an inner edge of c, widens c there and
 * searches that stretch again with vta_search_window() (taking the costs
 * of prev, the search that found b, where it has them), until the path
 * stays clear of the edges (a few rounds at most); *changed tells whether
 * any bead changed (b is then the repaired path). */
VTA_HIDDEN int vta_repair(vta_path *b, int *changed, const vta_scorer *s, const vta_prev_costs *prev, vta_corridor *c);

/* The corridor of the search: the whole lattice when it has at most
 * full_cells cells, else the cells within r columns of a path of sentences
 * found by length, shape and paragraphs alone near a path found on ever
 * coarser versions of the two texts (sentences merged two by two), plus
 * the stretches the nsure sure points `sure` (vta_skeleton()) hold. With
 * fit non-NULL, *fit receives the
 * scorer's length model refitted on the path of sentences of the AUTO
 * mode's corridor (or of the whole lattice, when AUTO searches that): the
 * same model whatever the search mode. */
VTA_HIDDEN int vta_search_corridor(vta_corridor *out, vta_length_model *fit, const vta_scorer *s, const vta_point *sure,
                                   size_t nsure, size_t full_cells, size_t r);

/* ---- refine ---- */
/* refine.c - beads cut at soft boundaries where the pieces align. */

typedef struct vta_cuts {
	vta_cut *items; /* in document order */
	size_t n, cap;
} vta_cuts;

VTA_HIDDEN void vta_cuts_free(vta_cuts *c);

/* What refining a pass's beads needs of its scorer, kept when the scorer
 * is freed (its tables are not: a second pass may follow). */
typedef struct vta_refine_model {
	const vietalign_doc *vi, *en; /* the documents the beads index */
	vta_length_model lm;          /* as refitted to the pair */
	const vta_erfc_table *erfc;
	double prior[VTA_NSHAPES];     /* -log prior of each shape */
	double mean_vi, mean_en;       /* an omission's cost per character */
	double para_cross, para_start; /* the paragraph terms (vta_scorer's) */
	unsigned threads;              /* the scorer's, for refining */
} vta_refine_model;

VTA_HIDDEN void vta_refine_model_of(vta_refine_model *m, const vta_scorer *s);

/* The length term of a bead of lv and le characters (0: a side left
 * out), as the search (score/score.c) weighs it, with m's model. */
VTA_HIDDEN double vta_refine_length_term(const vta_refine_model *m, double lv, double le);

/* Where a refined bead comes from: the search's bead it lies in, and its
 * own length term when it is a piece of it (else NAN: the bead is the
 * search's, whole). */
typedef struct vta_bead_origin {
	size_t from;
	float length;
} vta_bead_origin;

/* Aligns the pieces of each two-sided bead of *beads (sentences split at
 * their soft boundaries) again, with m's length model and priors: a bead
 * is cut at the soft boundaries where that costs less than keeping it
 * whole. When any is cut, cuts[0] (Vietnamese) and cuts[1] (English)
 * receive the cuts, *beads is replaced by beads over the documents cut
 * there (vta_doc_cut()) and *origin by one vta_bead_origin per bead (the
 * caller frees it); else both cuts are left empty, *beads as it was and
 * *origin NULL. */
VTA_HIDDEN int vta_refine(vta_bead **beads, size_t *nbeads, vta_bead_origin **origin, vta_cuts cuts[2],
                          const vta_refine_model *m);

/* ---- widen ---- */
/* widen.c - beads of the shapes the search does not make (1-4, 4-1, 2-3,
 * 3-2) in place of runs of its beads, where the evidence supports them. */

/* -log of the prior of a wide bead of dv and de sentences
 * (VTA_PARAMS.wide_prior), or INFINITY for another shape. */
VTA_HIDDEN double vta_wide_prior(size_t dv, size_t de);

/* What the pass reads: the refining model, the anchor kinds of the
 * alignment and two views (its scratch). */
typedef struct vta_widen_model {
	const vta_refine_model *m;
	unsigned kinds;
	double anchor_weight;
	vta_anchor_view *v, *e;
} vta_widen_model;

/* Sets w up for the passes after the search (widen.c, shift.c): the
 * model, the anchor kinds and the two views; VIETALIGN_ENOMEM when the
 * views cannot be had (w is then closed). */
VTA_HIDDEN int vta_widen_model_open(vta_widen_model *w, const vta_refine_model *m, unsigned kinds);
VTA_HIDDEN void vta_widen_model_close(vta_widen_model *w);

/* Replaces each run of two to four beads of al (al->parts set, beads over
 * the documents m indexes, whole sentences) whose union is a wide shape
 * by that one bead, when it costs less than the run by more than
 * VTA_PARAMS.wide_margin; *made receives how many. The wide bead's score
 * and posterior are the run's lowest. */
VTA_HIDDEN int vta_widen(struct vietalign_alignment *al, const vta_refine_model *m, unsigned kinds, size_t *made);

/* The anchor cost of the bead of Vietnamese sentences [i, i+dv) and
 * English [j, j+de) on the documents' anchors (each weighing 1, times
 * w->anchor_weight), in *out; 0 for an omission. */
VTA_HIDDEN int vta_widen_view_cost(double *out, const vta_widen_model *w, size_t i, size_t dv, size_t j, size_t de);

/* The paragraph term of a two-sided bead, as the search's. */
VTA_HIDDEN double vta_widen_paragraph_term(const vta_refine_model *m, size_t i, size_t dv, size_t j, size_t de);

/* The characters of sentences [first, first+n) of d. */
VTA_HIDDEN double vta_span_chars(const vietalign_doc *d, size_t first, size_t n);

/* ---- shift ---- */
/* shift.c - a pair between two omissions of one side moved next to the
 * other omission, where one run of omitted sentences says it better. */

/* For each pair (1-1) of al between two one-sided beads of the same side,
 * pairs that side's sentence of either omission with the pair's other
 * side instead, when that costs less than the pair in place by more than
 * VTA_PARAMS.shift_gap_bonus, the cost of the second gap it closes; al's
 * parts are set, its sentences whole. *moved receives how many. */
VTA_HIDDEN int vta_shift(struct vietalign_alignment *al, const vta_refine_model *m, unsigned kinds, size_t *moved);

/* ---- the result ---- */
/* The terms of a bead's cost as the search weighed them (lower is
 * better), and its posterior: what its score is calibrated from. */
typedef struct vta_bead_parts {
	float posterior; /* over the search's corridor, before calibration */
	float prior;     /* -log of its shape's prior */
	float length;    /* the length model's term */
	float anchors;   /* the anchors' term: misses cost, matches earn */
	float paragraph; /* paragraph boundaries crossed */
	int cut;         /* 1: a piece of a search bead cut below the
	                    sentence (refine.c): its prior and length are its
	                    own, its other terms the search bead's */
} vta_bead_parts;

/* A bead's cost from its parts: prior, length, anchors, paragraph. */
VTA_HIDDEN double vta_bead_parts_cost(const vta_bead_parts *p);

/* An alignment: the beads found between two documents. */
struct vietalign_alignment {
	const vietalign_doc *vi, *en;
	unsigned kinds; /* the anchors the aligning aligner used */
	vta_bead *beads;
	vta_bead_parts *parts; /* one per bead, or NULL (scores uncalibrated) */
	double merge_share;    /* of the two-sided beads, those not 1-1 */
	size_t nbeads;
	vietalign_doc *own_vi, *own_en; /* the documents cut at soft
	                                   boundaries (vi, en point to them),
	                                   or NULL */
	double parallelism;             /* set by vietalign_align() */
	vietalign_align_stats stats;    /* where its time went */
};

/* ---- calibrate ---- */
/* The features of two-sided bead i of al (al->parts set). */
VTA_HIDDEN void vta_bead_features(double f[VTA_NFEATS], const vietalign_alignment *al, size_t i);

/* The calibrated probability that bead i is right: a logistic function of
 * its features; one-sided beads keep their posterior. */
VTA_HIDDEN double vta_bead_calibrated(const vietalign_alignment *al, size_t i);

/* The share of al's two-sided beads that are not 1-1 (the feature
 * VTA_FEAT_DOC_MERGE; al->merge_share). */
VTA_HIDDEN double vta_merge_share(const vietalign_alignment *al);

/* Sets every bead's score to vta_bead_calibrated() (al->parts and
 * al->parallelism set); without parts, leaves the scores. */
VTA_HIDDEN void vta_calibrate(vietalign_alignment *al);

/* Fills al->parts from the search's costs (one per bead) and the scorer
 * that made them (its anchors may be dropped: their term is the cost less
 * the others). */
VTA_HIDDEN int vta_bead_parts_fill(vietalign_alignment *al, const vta_scorer *s, const float *costs);

/* Replaces al->parts, filled for the search's beads, with the parts of
 * al's refined beads (vta_refine()), each of which comes from origin[k]. */
VTA_HIDDEN int vta_bead_parts_refine(vietalign_alignment *al, const vta_refine_model *m, const vta_bead_origin *origin);

#endif
