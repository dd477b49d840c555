/* repair.c - where the best path runs along the corridor's inner edge, a
 * better path may lie outside: widen the corridor around those cells and
 * search again only a window of rows around them, keeping the rest of the
 * path. Each repair costs time in proportion to its window, not to the
 * document, so a long text with a few hard stretches is not searched again
 * whole. */
#include <stdlib.h>
#include <string.h>
#include "search.h"

/* Rows of fixed path kept on each side of a stretch, beyond the widening. */
#define PAD 16
#define WIDEN_FIRST 16
#define MAX_ROUNDS 6

/* End point of bead x (a lattice point). */
static size_t end_i(const vietalign_bead *b)
{
	return b->vi_first + b->vi_count;
}

static size_t end_j(const vietalign_bead *b)
{
	return b->en_first + b->en_count;
}

static int bead_on_edge(const vl_corridor *c, const vietalign_bead *b)
{
	return vl_corridor_on_edge(c, end_i(b), end_j(b));
}

/* First bead from x on whose end lies on an edge of c, or n. */
static size_t next_hit(const vietalign_bead *b, size_t n, size_t x, const vl_corridor *c)
{
	while (x < n && !bead_on_edge(c, &b[x]))
		x++;
	return x;
}

/* Widens c by w around the ends of beads [x0, x1) that lie on its edge. */
static int widen(vl_corridor *c, const vietalign_bead *b, size_t x0, size_t x1, size_t w)
{
	vl_corridor add;
	size_t x;
	int rc = vl_corridor_empty(&add, c->n, c->m);
	if (rc)
		return rc;
	for (x = x0; x < x1; x++)
		if (bead_on_edge(c, &b[x]))
			vl_corridor_cover(&add, end_i(&b[x]), end_j(&b[x]), end_j(&b[x]));
	/* columns by w, rows by a little: a path off by many columns along a
	 * stretch leaves hits along all of it */
	if (!(rc = vl_corridor_spread(&add, PAD / 4, w))) {
		vl_corridor_union(c, &add);
		vl_corridor_fix(c);
	}
	vl_corridor_free(&add);
	return rc;
}

/* The part of c between lattice points (i0, j0) and (i1, j1), shifted to
 * start at (0, 0). */
static int window(vl_corridor *w, const vl_corridor *c, size_t i0, size_t j0, size_t i1, size_t j1)
{
	size_t r;
	int rc = vl_corridor_empty(w, i1 - i0, j1 - j0);
	if (rc)
		return rc;
	for (r = i0; r <= i1; r++) {
		size_t lo = c->lo[r] > j0 ? c->lo[r] : j0, hi = c->hi[r] < j1 ? c->hi[r] : j1;
		if (lo <= hi)
			vl_corridor_cover(w, r - i0, lo - j0, hi - j0);
	}
	vl_corridor_fix(w);
	return 0;
}

/* Replaces beads [x0, x1] of *b by the n beads of repl. */
static int splice(vietalign_bead **b, size_t *nb, size_t x0, size_t x1, const vietalign_bead *repl, size_t n)
{
	size_t tail = *nb - x1 - 1, total = x0 + n + tail;
	vietalign_bead *out = malloc((total ? total : 1) * sizeof *out);
	if (!out)
		return VIETALIGN_ENOMEM;
	memcpy(out, *b, x0 * sizeof *out);
	memcpy(out + x0, repl, n * sizeof *out);
	memcpy(out + x0 + n, *b + x1 + 1, tail * sizeof *out);
	free(*b);
	*b = out;
	*nb = total;
	return 0;
}

/* Repairs the stretch of hits starting at bead *x; on return *x is the
 * first bead after the repaired stretch. */
static int repair_stretch(vietalign_bead **b, size_t *nb, size_t *x, const vl_scorer *s, vl_corridor *c)
{
	size_t w = WIDEN_FIRST, round, first = *x, last = *x, y;
	int rc = 0;
	/* the stretch: hits no more than 2 PAD rows apart */
	for (y = *x; y < *nb && end_i(&(*b)[y]) <= end_i(&(*b)[last]) + 2 * PAD; y++)
		if (bead_on_edge(c, &(*b)[y]))
			last = y;
	for (round = 0; round < MAX_ROUNDS; round++, w *= 2) {
		size_t lo_row, hi_row, x0, x1, nl = 0;
		vietalign_bead *local = NULL;
		vl_corridor win;
		if ((rc = widen(c, *b, first, last + 1, w)))
			return rc;
		lo_row = (*b)[first].vi_first > PAD + w ? (*b)[first].vi_first - PAD - w : 0;
		hi_row = end_i(&(*b)[last]) + PAD + w;
		for (x0 = first; x0 > 0 && (*b)[x0].vi_first > lo_row; x0--)
			;
		for (x1 = last; x1 + 1 < *nb && end_i(&(*b)[x1]) < hi_row; x1++)
			;
		if ((rc = window(&win, c, (*b)[x0].vi_first, (*b)[x0].en_first, end_i(&(*b)[x1]), end_j(&(*b)[x1]))))
			return rc;
		rc = vl_search_window(&local, &nl, s, &win, (*b)[x0].vi_first, (*b)[x0].en_first);
		vl_corridor_free(&win);
		if (!rc)
			rc = splice(b, nb, x0, x1, local, nl);
		free(local);
		if (rc)
			return rc;
		/* hits left inside the window (not at its ends, which are fixed) */
		first = x0 + nl;
		last = x0;
		for (y = x0; y + 1 < x0 + nl; y++)
			if (bead_on_edge(c, &(*b)[y])) {
				first = y < first ? y : first;
				last = y;
			}
		*x = x0 + nl;
		if (first == x0 + nl)
			return 0;
	}
	return 0;
}

int vl_repair(vietalign_bead **b, size_t *nb, int *changed, const vl_scorer *s, vl_corridor *c)
{
	size_t x = 0;
	*changed = 0;
	for (;;) {
		int rc;
		size_t before = x;
		x = next_hit(*b, *nb, x, c);
		if (x + 1 >= *nb) /* the last bead ends at (n, m), never an inner edge */
			return 0;
		if ((rc = repair_stretch(b, nb, &x, s, c)))
			return rc;
		*changed = 1;
		if (x <= before)
			x = before + 1;
	}
}
