/* repair.c - where the best path runs along the corridor's inner edge, a
 * better path may lie outside: widen the corridor around those cells and
 * search again only a window of rows around them, keeping the rest of the
 * path. Each repair costs time in proportion to its window, not to the
 * document (the path is rebuilt in one sweep, the corridor widened in
 * place), so a long text with many hard stretches is not searched again
 * whole. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "search/search.h"
#include "common/common.h"

typedef struct {
	size_t i, j;
} point;

/* Where a bead of shape k (a vta_shapes index) that starts at p ends, and
 * where one that ends at p starts. */
static point after(point p, uint8_t k)
{
	point q = {p.i + (size_t)vta_shapes[k].dv, p.j + (size_t)vta_shapes[k].de};
	return q;
}

static point before(point p, uint8_t k)
{
	point q = {p.i - (size_t)vta_shapes[k].dv, p.j - (size_t)vta_shapes[k].de};
	return q;
}

static point end_of(const vta_bead *b)
{
	point p = {b->vi_first + b->vi_count, b->en_first + b->en_count};
	return p;
}

static int on_edge(const vta_corridor *c, point e)
{
	return vta_corridor_on_edge(c, e.i, e.j);
}

/* Appends the shapes of beads b[0, n) to v. */
static int append_beads(vta_path *v, const vta_bead *b, size_t n)
{
	size_t k;
	if (vta_grow((void **)&v->shape, &v->cap, v->n + n, sizeof *v->shape))
		return VIETALIGN_ENOMEM;
	for (k = 0; k < n; k++)
		v->shape[v->n++] = (uint8_t)vta_shape_index(b[k].vi_count, b[k].en_count);
	return 0;
}

static int append_shapes(vta_path *v, const uint8_t *k, size_t n)
{
	if (vta_grow((void **)&v->shape, &v->cap, v->n + n, sizeof *v->shape))
		return VIETALIGN_ENOMEM;
	memcpy(v->shape + v->n, k, n);
	v->n += n;
	return 0;
}

/* Restores the corridor's order around rows [r0, r1] after they grew:
 * hi non-decreasing downwards, lo non-decreasing upwards (growing rows
 * never breaks reachability). */
static void fix_around(vta_corridor *c, size_t r0, size_t r1)
{
	size_t i;
	for (i = r0 > 0 ? r0 : 1; i <= c->n; i++) {
		if (c->hi[i] >= c->hi[i - 1] && i > r1)
			break;
		if (c->hi[i] < c->hi[i - 1])
			c->hi[i] = c->hi[i - 1];
	}
	for (i = r1 < c->n ? r1 + 1 : c->n; i-- > 0;) {
		if (c->lo[i] <= c->lo[i + 1] && i < r0)
			break;
		if (c->lo[i] > c->lo[i + 1])
			c->lo[i] = c->lo[i + 1];
	}
}

/* Covers columns [j - w, j + w] of row r. */
static void cover_around(vta_corridor *c, size_t r, size_t j, size_t w)
{
	vta_corridor_cover(c, r, j > w ? j - w : 0, j + w < c->m ? j + w : c->m);
}

/* Widens c by w columns around each hit (and a few rows), and around the
 * line joining two hits in the rows between them: a path off by many
 * columns along a stretch leaves hits along it, and one widened only
 * around them would run along the new edges in the rows between. Hits
 * come in path order. */
static void widen(vta_corridor *c, const point *hits, size_t nh, size_t w)
{
	size_t h, r0 = c->n, r1 = 0, r, rows = VTA_PARAMS.repair_hit_rows;
	for (h = 0; h < nh; h++) {
		size_t from = hits[h].i > rows ? hits[h].i - rows : 0, to = hits[h].i + rows;
		for (r = from; r <= to && r <= c->n; r++) {
			cover_around(c, r, hits[h].j, w);
			r0 = r < r0 ? r : r0;
			r1 = r > r1 ? r : r1;
		}
		if (h + 1 < nh) {
			point a = hits[h], z = hits[h + 1];
			for (r = a.i + 1; r < z.i && r <= c->n; r++)
				cover_around(c, r, a.j + (z.j - a.j) * (r - a.i) / (z.i - a.i), w);
		}
	}
	if (nh)
		fix_around(c, r0, r1);
}

/* The part of c between points a and z, shifted to start at (0, 0). */
static int window(vta_corridor *w, const vta_corridor *c, point a, point z)
{
	size_t r;
	int rc = vta_corridor_empty(w, z.i - a.i, z.j - a.j);
	if (rc)
		return rc;
	for (r = a.i; r <= z.i; r++) {
		size_t lo = c->lo[r] > a.j ? c->lo[r] : a.j, hi = c->hi[r] < z.j ? c->hi[r] : z.j;
		if (lo <= hi)
			vta_corridor_cover(w, r - a.i, lo - a.j, hi - a.j);
	}
	vta_corridor_fix(w);
	return 0;
}

/* The hits of beads b[0, n) other than the last (whose end is fixed). */
static size_t hits_of(point *out, const vta_corridor *c, const vta_bead *b, size_t n)
{
	size_t x, nh = 0;
	for (x = 0; x + 1 < n; x++)
		if (on_edge(c, end_of(&b[x])))
			out[nh++] = end_of(&b[x]);
	return nh;
}

/* The state of a sweep: the repaired path so far (out, ending at end),
 * then the old path b from bead x on, which starts there too. Both as
 * shapes: a long pair's path would take 40 bytes a bead twice over, when
 * the search's costs and anchor tables are all held. */
typedef struct {
	vta_path out;
	point end;
	const vta_path *b;
	size_t x;
	point *hits; /* room for a window's hits */
	size_t nh;
	size_t budget;              /* cells the windows may still search */
	const vta_prev_costs *prev; /* the search's costs, for the windows */
} sweep;

/* One round: the path from the last of `out` whose start is at or above
 * row lo_row to the first end of the old path at or below hi_row is
 * searched again in c and replaces what was there. */
static int research(sweep *sw, const vta_scorer *s, vta_corridor *c, size_t lo_row, size_t hi_row)
{
	size_t e = sw->out.n, nl = 0, cells;
	point a = sw->end, z;
	vta_bead *local = NULL;
	vta_corridor win;
	int rc;
	/* back to the last bead of out that starts at or above lo_row */
	while (e > 0 && a.i > lo_row)
		a = before(a, sw->out.shape[--e]);
	z = sw->end;
	while (sw->x < sw->b->n && z.i < hi_row)
		z = after(z, sw->b->shape[sw->x++]);
	if ((rc = window(&win, c, a, z)))
		return rc;
	cells = vta_corridor_cells(&win);
	sw->budget = cells < sw->budget ? sw->budget - cells : 0;
	rc = vta_search_window(&local, &nl, s, sw->prev, &win, a.i, a.j);
	vta_corridor_free(&win);
	if (!rc) {
		point *h = realloc(sw->hits, (nl + 1) * sizeof *h);
		if (!h) {
			rc = VIETALIGN_ENOMEM;
		} else {
			sw->hits = h;
			sw->nh = hits_of(h, c, local, nl);
			sw->out.n = e;
			sw->end = z; /* where the window's path ends */
			rc = append_beads(&sw->out, local, nl);
		}
	}
	free(local);
	return rc;
}

/* Repairs the stretch of hits that starts with old bead sw->x. */
static int repair_stretch(sweep *sw, const vta_scorer *s, vta_corridor *c)
{
	/* rows of fixed path kept on each side of a stretch, beyond the
	 * widening */
	size_t pad = VTA_PARAMS.repair_pad, w = VTA_PARAMS.repair_widen_first, round, y, last = sw->x, nb = sw->b->n;
	point at = after(sw->end, sw->b->shape[sw->x]), last_end = at; /* the end of bead y, of bead last */
	point *h;
	int rc;
	/* the stretch: hits no more than 2 pads apart */
	for (y = sw->x; y + 1 < nb && at.i <= last_end.i + 2 * pad;) {
		if (on_edge(c, at)) {
			last = y;
			last_end = at;
		}
		if (++y + 1 < nb)
			at = after(at, sw->b->shape[y]);
	}
	if (!(h = realloc(sw->hits, (last - sw->x + 1) * sizeof *h)))
		return VIETALIGN_ENOMEM;
	sw->hits = h;
	/* the hits of beads x..last (the bead after last is not one) */
	for (sw->nh = 0, at = sw->end, y = sw->x; y <= last && y + 1 < nb; y++)
		if (on_edge(c, at = after(at, sw->b->shape[y])))
			h[sw->nh++] = at;
	/* hits come in path order: their rows never decrease */
	for (round = 0; round < VTA_PARAMS.repair_rounds && sw->nh && sw->budget; round++, w *= 2) {
		size_t lo = sw->hits[0].i, hi = sw->hits[sw->nh - 1].i;
		widen(c, sw->hits, sw->nh, w);
		if ((rc = research(sw, s, c, lo > pad + w ? lo - pad - w : 0, hi + pad + w)))
			return rc;
	}
	return 0;
}

/* The first old bead from x on whose end lies on an edge of c (the last
 * bead ends at (n, m), never on an inner edge), or nb. */
static size_t next_hit(const sweep *sw, const vta_corridor *c)
{
	size_t x = sw->x, nb = sw->b->n;
	point at = sw->end;
	while (x + 1 < nb && !on_edge(c, at = after(at, sw->b->shape[x])))
		x++;
	return x + 1 < nb ? x : nb;
}

int vta_repair(vta_path *b, int *changed, const vta_scorer *s, const vta_prev_costs *prev, vta_corridor *c)
{
	sweep sw;
	int rc = 0;
	memset(&sw, 0, sizeof sw);
	sw.prev = prev;
	/* the windows search at most this many cells in all (a window itself
	 * is searched in time linear in its cells), so the repairs' time and
	 * the cells they add to c grow with the text, not faster */
	sw.budget = (c->n + c->m + 1) * VTA_PARAMS.repair_cells_per_sentence;
	sw.b = b;
	*changed = 0;
	for (;;) {
		/* with the budget spent, the rest of the path stays */
		size_t h = sw.budget ? next_hit(&sw, c) : b->n, k;
		if ((rc = append_shapes(&sw.out, b->shape + sw.x, h - sw.x)))
			break;
		for (k = sw.x; k < h; k++)
			sw.end = after(sw.end, b->shape[k]);
		if (vta_progress_add(s->progress, h - sw.x + 1)) {
			rc = VIETALIGN_ECANCELED;
			break;
		}
		sw.x = h;
		if (h == b->n)
			break;
		*changed = 1;
		if ((rc = repair_stretch(&sw, s, c)))
			break;
	}
	free(sw.hits);
	if (rc || !*changed) {
		free(sw.out.shape);
		return rc;
	}
	free(b->shape);
	*b = sw.out;
	return 0;
}
