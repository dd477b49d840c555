/* corridor.h - the part of the n x m alignment lattice a search visits: for
 * each Vietnamese position i (0..n), the English positions [lo[i], hi[i]].
 * Memory and time grow with the corridor's area, not with n x m. */
#ifndef VL_CORRIDOR_H
#define VL_CORRIDOR_H

#include <stddef.h>
#include "error.h"

typedef struct vl_corridor {
	size_t n, m;      /* rows 0..n, columns 0..m */
	size_t *lo, *hi;  /* n + 1 entries each, both non-decreasing */
} vl_corridor;

/* The whole lattice: every row holds [0, m]. */
VL_HIDDEN int vl_corridor_full(vl_corridor *c, size_t n, size_t m);

/* An empty corridor of n + 1 rows (lo = m, hi = 0 everywhere), to be grown
 * with vl_corridor_cover() and closed with vl_corridor_close(). */
VL_HIDDEN int vl_corridor_empty(vl_corridor *c, size_t n, size_t m);

/* A copy of from. */
VL_HIDDEN int vl_corridor_copy(vl_corridor *c, const vl_corridor *from);

/* Whether c is the whole lattice. */
VL_HIDDEN int vl_corridor_is_full(const vl_corridor *c);

/* Cells of c (rows hold lo <= hi: a fixed corridor). */
VL_HIDDEN size_t vl_corridor_cells(const vl_corridor *c);

/* Whether a and b cover the same cells. */
VL_HIDDEN int vl_corridor_same(const vl_corridor *a, const vl_corridor *b);

/* Adds the cells (i, j0..j1), clamped to the lattice. */
VL_HIDDEN void vl_corridor_cover(vl_corridor *c, size_t i, size_t j0, size_t j1);

/* Widens every covered row by `cols` columns each way and by `rows` rows
 * each way (a cell covered in row i is then covered in rows i-rows ..
 * i+rows), in O(n). */
VL_HIDDEN int vl_corridor_spread(vl_corridor *c, size_t rows, size_t cols);


/* Makes lo and hi non-decreasing, the corner cells (0, 0) and (n, m)
 * covered and each row reachable from the one before: a corridor any
 * search can cross. */
VL_HIDDEN void vl_corridor_fix(vl_corridor *c);

/* vl_corridor_spread(c, r, r), then vl_corridor_fix(). */
VL_HIDDEN int vl_corridor_close(vl_corridor *c, size_t r);


VL_HIDDEN void vl_corridor_free(vl_corridor *c);

/* Cell numbering for arrays laid out over a corridor: *off (malloc()ed,
 * n + 2 entries) receives the index of cell (i, lo[i]) for each row, and
 * off[n + 1] the number of cells; VIETALIGN_ENOMEM also when that number
 * does not fit a size_t. */
VL_HIDDEN int vl_corridor_offsets(size_t **off, const vl_corridor *c);

/* Index of cell (i, j), or SIZE_MAX when it lies outside the corridor. */
static inline size_t vl_corridor_cell(const vl_corridor *c, const size_t *off, size_t i, size_t j)
{
	if (i > c->n || j < c->lo[i] || j > c->hi[i])
		return SIZE_MAX;
	return off[i] + (j - c->lo[i]);
}

/* Whether cell (i, j) lies on an edge of c that is not an edge of the
 * lattice: a wider corridor might hold a better path through it. */
static inline int vl_corridor_on_edge(const vl_corridor *c, size_t i, size_t j)
{
	if (i == c->n && j == c->m)
		return 0;
	return (j == c->lo[i] && c->lo[i] > 0) || (j == c->hi[i] && c->hi[i] < c->m);
}

#endif
