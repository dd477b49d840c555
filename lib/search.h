/* search.h - the best monotone alignment under a scorer (dynamic programming
 * in a corridor), with each bead's posterior probability as its score. */
#ifndef VL_SEARCH_H
#define VL_SEARCH_H

#include <stddef.h>
#include "score.h"

/* Finds the cheapest path of beads from (0, 0) to (nvi, nen). band is the
 * corridor half-width in sentences around the diagonal (0 = automatic: the
 * whole matrix when small, else a corridor widened until the path stays
 * clear of its edges). *out (malloc()ed) receives the beads in order with
 * their posterior probability as score. */
VL_HIDDEN int vl_search(vietalign_bead **out, size_t *nout, const vl_scorer *s, size_t band, vl_error *err);

#endif
