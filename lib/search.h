/* search.h - the best monotone alignment under a scorer (dynamic programming
 * in a corridor), with each bead's posterior probability as its score. */
#ifndef VL_SEARCH_H
#define VL_SEARCH_H

#include <stddef.h>
#include "corridor.h"
#include "score.h"

/* The bead costs of a search, kept for what follows it with the same
 * scorer (the repairs, the posteriors), which then weighs the anchors of
 * new cells only. */
typedef struct vl_prev_costs {
	vl_corridor c;       /* the corridor the costs cover */
	size_t *off;         /* its cell offsets */
	float *cost;         /* cost[cell * VL_NBOTH + vl_shape_slot(k)] */
	size_t cap;          /* cells cost has room for (0: as many as c) */
} vl_prev_costs;

VL_HIDDEN void vl_prev_costs_free(vl_prev_costs *p);

/* Lays the kept costs out on corridor c (its cells that p did not cost
 * hold INFINITY): a search of exactly c then updates them in place instead
 * of holding two arrays. */
VL_HIDDEN int vl_prev_costs_restrict(vl_prev_costs *p, const vl_corridor *c);

/* Finds the cheapest path of beads from (0, 0) to (nvi, nen) inside the
 * corridor c. Where the path runs along an inner edge of c, c is widened
 * there and that stretch searched again (vl_repair()), then the whole
 * widened corridor. *out (malloc()ed) receives the beads in order; with
 * VL_SEARCH_SCORES, each with its posterior probability over c as score;
 * without, the scores mean nothing. With VL_SEARCH_LAST_USE (s computes
 * no bead cost after this search), s's anchor tables are freed
 * (vl_scorer_drop_anchors()) once the last bead costs are in: the sums
 * that follow take their memory. */
#define VL_SEARCH_SCORES 1u
#define VL_SEARCH_LAST_USE 2u
VL_HIDDEN int vl_search(vietalign_bead **out, size_t *nout, vl_scorer *s, vl_corridor *c, unsigned flags,
                        vl_error *err);

/* The best path through corridor c, whose cell (0, 0) is the lattice point
 * (i0, j0) and (c->n, c->m) the point (i0 + n, j0 + m); scores are left 0
 * (posteriors within a window would not be the document's). */
VL_HIDDEN int vl_search_window(vietalign_bead **out, size_t *nout, const vl_scorer *s, const vl_corridor *c,
                               size_t i0, size_t j0);

/* Where the path b runs along an inner edge of c, widens c there and
 * searches that stretch again with vl_search_window(), until the path
 * stays clear of the edges (a few rounds at most); *changed tells whether
 * any bead changed. New beads have no score. */
VL_HIDDEN int vl_repair(vietalign_bead **b, size_t *nb, int *changed, const vl_scorer *s, vl_corridor *c);

/* Up to this many cells, the AUTO search mode searches the whole lattice. */
#define VL_FULL_MATRIX_CELLS ((size_t)1 << 14)

/* The corridor of the search: the whole lattice when it has at most
 * full_cells cells, else the cells within r columns of a path of sentences
 * found by length, shape and paragraphs alone near a path found on ever
 * coarser versions of the two texts (sentences merged two by two), plus
 * the stretches the sure points hold. With fit non-NULL, *fit receives the
 * scorer's length model refitted on the path of sentences of the AUTO
 * mode's corridor (or of the whole lattice, when AUTO searches that): the
 * same model whatever the search mode. */
VL_HIDDEN int vl_search_corridor(vl_corridor *out, vl_length_model *fit, const vl_scorer *s, size_t full_cells,
                                 size_t r);

#endif
