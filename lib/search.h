/* search.h - the best monotone alignment under a scorer (dynamic programming
 * in a corridor), with each bead's posterior probability as its score. */
#ifndef VL_SEARCH_H
#define VL_SEARCH_H

#include <stddef.h>
#include "corridor.h"
#include "score.h"

/* Finds the cheapest path of beads from (0, 0) to (nvi, nen) inside the
 * corridor c. Where the path runs along an inner edge of c, c is widened
 * there and the search repeated (a few rounds at most). *out (malloc()ed)
 * receives the beads in order with their posterior probability as score. */
VL_HIDDEN int vl_search(vietalign_bead **out, size_t *nout, const vl_scorer *s, vl_corridor *c, vl_error *err);

/* The corridor of a first search: the whole lattice when it has at most
 * full_cells cells, else the cells within r of a path found on ever coarser
 * versions of the two texts (sentences merged two by two) by length alone. */
VL_HIDDEN int vl_search_corridor(vl_corridor *out, const vl_scorer *s, size_t full_cells, size_t r);

/* The cells within r of a path of beads. */
VL_HIDDEN int vl_path_corridor(vl_corridor *out, const vietalign_bead *b, size_t nb, size_t n, size_t m, size_t r);

#endif
