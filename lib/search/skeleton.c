/* skeleton.c - the chain of sure points (see skeleton.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "anchors/anchors.h"
#include "search/search.h"

/* A key that occurs as many times in both documents, up to
 * VTA_PARAMS.sure_repeat_max, has its occurrences paired in order (the
 * first with the first, ...): in a long text a name or number comes back,
 * and a key found once in each document is rare. A key that comes back
 * all through a long text seldom occurs exactly as often on both sides
 * (one omission is enough: the 1M pair of bench/scale.py with 5 % left
 * out had 266 such points for 940k sentences), so keys are also counted
 * block by block: blocks of VTA_PARAMS.skeleton_block Vietnamese
 * sentences, each with the English sentences that the chain of the whole
 * documents' points places beside them, twice (the second time with the
 * blocks shifted by half a block, for the pairs a block's edge cuts). In
 * a block, only a key found once on each side pairs: one that comes back
 * within a block, with an omission between, would pair the wrong
 * occurrences in order (a page number every 73 sentences did). The
 * longest chain of all the points then keeps those that agree with one
 * another. A block's count table fits in the cache, where one table of
 * every key's blocks missed it at every anchor. */
/* Occurrences of a key in each document; for a key that pairs, where its
 * sentences go in the list of each side (from base) and how many are in. */
typedef struct {
	uint64_t key;
	uint32_t n[2];
	size_t base;
	uint32_t fill[2];
} occ;

typedef struct {
	occ *slot;
	size_t mask, room;   /* room: slots allocated */
	uint32_t repeat_max; /* a key found more often pairs nothing */
} occ_table;

/* Points found so far. */
typedef struct {
	vta_point *p;
	size_t n, cap;
} points;

/* Sentences [v0, v1) of the Vietnamese side and [e0, e1) of the English. */
typedef struct {
	size_t from[2], to[2];
} ranges;

/* Strong evidence only: numbers, names and identifiers that are not the
 * sentence's first word, a Vietnamese word or an ordinary one. */
static int sure_kind(const vta_packed_anchor *a)
{
	return (a->kind & (VTA_ANCHOR_NUMBER | VTA_ANCHOR_NAME | VTA_ANCHOR_WORD)) && a->flags == 0;
}

static size_t find(const occ_table *t, uint64_t key)
{
	size_t h = (size_t)(key * 0x9E3779B97F4A7C15ULL >> 20) & t->mask;
	while ((t->slot[h].n[0] || t->slot[h].n[1]) && t->slot[h].key != key)
		h = (h + 1) & t->mask;
	return h;
}

static size_t sure_count(const vta_anchor_pack *p, size_t from, size_t to)
{
	size_t i, k, c = 0;
	for (i = from; i < to; i++)
		for (k = 0; k < p->sent[i].n; k++)
			c += sure_kind(&p->sent[i].a[k]);
	return c;
}

static int pairs(const occ_table *t, const occ *o)
{
	return o->n[0] == o->n[1] && o->n[0] >= 1 && o->n[0] <= t->repeat_max;
}

/* Counts the keys of sentences [from, to) of one side (pt NULL), or, once
 * bases are set, writes the side's sentences of the keys that pair into
 * their points of pt (i for the Vietnamese side, j for the English). */
static void scan(occ_table *t, const vta_anchor_pack *p, size_t from, size_t to, int side, vta_point *pt)
{
	size_t i, k, at;
	for (i = from; i < to; i++)
		for (k = at = 0; k < p->sent[i].n; at += p->sent[i].a[k].nkeys, k++) {
			uint64_t key = p->sent[i].key[at]; /* the anchor's first */
			occ *o;
			if (!sure_kind(&p->sent[i].a[k]))
				continue;
			o = &t->slot[find(t, key)];
			if (!pt) {
				o->key = key;
				if (o->n[side] < UINT32_MAX)
					o->n[side]++;
			} else if (pairs(t, o)) {
				vta_point *q = &pt[o->base + o->fill[side]++];
				*(side ? &q->j : &q->i) = i;
			}
		}
}

/* Sets the bases of the keys that pair, from `from` on; returns how many
 * pairs. */
static size_t set_bases(occ_table *t, size_t from)
{
	size_t h, np = 0;
	for (h = 0; h <= t->mask; h++)
		if (pairs(t, &t->slot[h])) {
			t->slot[h].base = from + np;
			np += t->slot[h].n[0];
		}
	return np;
}

/* An empty table with room for the keys of `want` anchors. */
static int table_for(occ_table *t, size_t want)
{
	size_t slots = 64;
	while (slots < 2 * want + 2) {
		if (slots > SIZE_MAX / 4 / sizeof *t->slot)
			return VIETALIGN_ENOMEM;
		slots *= 2;
	}
	if (slots > t->room) {
		free(t->slot);
		if (!(t->slot = calloc(slots, sizeof *t->slot))) {
			t->room = 0;
			return VIETALIGN_ENOMEM;
		}
		t->room = slots;
	} else {
		memset(t->slot, 0, slots * sizeof *t->slot);
	}
	t->mask = slots - 1;
	return 0;
}

/* Appends to pts the pairs of the keys found as often on each side within
 * the ranges r, up to repeat_max times. */
static int pairs_in(points *pts, occ_table *t, const vta_anchor_pack *vi, const vta_anchor_pack *en, const ranges *r,
                    size_t repeat_max)
{
	size_t more;
	int rc = table_for(t, sure_count(vi, r->from[0], r->to[0]) + sure_count(en, r->from[1], r->to[1]));
	if (rc)
		return rc;
	t->repeat_max = repeat_max < UINT32_MAX ? (uint32_t)repeat_max : UINT32_MAX;
	scan(t, vi, r->from[0], r->to[0], 0, NULL);
	scan(t, en, r->from[1], r->to[1], 1, NULL);
	more = set_bases(t, pts->n);
	if (more && vta_grow((void **)&pts->p, &pts->cap, pts->n + more, sizeof *pts->p))
		return VIETALIGN_ENOMEM;
	if (more) {
		scan(t, vi, r->from[0], r->to[0], 0, pts->p);
		scan(t, en, r->from[1], r->to[1], 1, pts->p);
	}
	pts->n += more;
	return 0;
}

static int by_i_then_j_down(const void *a, const void *b)
{
	const vta_point *x = a, *y = b;
	if (x->i != y->i)
		return x->i < y->i ? -1 : 1;
	return x->j > y->j ? -1 : x->j < y->j;
}

/* The longest chain of p (sorted by i, then j downwards) increasing in j,
 * hence in i too; written over p, its length returned. O(n log n). */
static size_t longest_chain(vta_point *p, size_t n, size_t *tail, size_t *prev)
{
	size_t k, len = 0, x;
	for (k = 0; k < n; k++) {
		size_t lo = 0, hi = len;
		while (lo < hi) { /* first chain end whose j is >= p[k].j */
			size_t mid = lo + (hi - lo) / 2;
			if (p[tail[mid]].j < p[k].j)
				lo = mid + 1;
			else
				hi = mid;
		}
		prev[k] = lo ? tail[lo - 1] : SIZE_MAX;
		tail[lo] = k;
		if (lo == len)
			len++;
	}
	/* walk back from the last end, then write the chain in order */
	for (k = len, x = len ? tail[len - 1] : SIZE_MAX; k-- > 0; x = prev[x])
		tail[k] = x;
	for (k = 0; k < len; k++)
		p[k] = p[tail[k]]; /* tail[k] >= k: read before written */
	return len;
}

/* Sorts the points and keeps their longest chain. */
static int keep_chain(points *pts)
{
	size_t *tail = malloc((pts->n + 1) * sizeof *tail), *prev = malloc((pts->n + 1) * sizeof *prev);
	if (!tail || !prev) {
		free(tail);
		free(prev);
		return VIETALIGN_ENOMEM;
	}
	if (pts->n) /* qsort() takes no NULL array, even empty */
		qsort(pts->p, pts->n, sizeof *pts->p, by_i_then_j_down);
	pts->n = longest_chain(pts->p, pts->n, tail, prev);
	free(tail);
	free(prev);
	return 0;
}

/* Lattice point x of the chain c[0, n) extended by its ends: (0, 0), the
 * chain, (rows, cols). */
static vta_point chain_at(const vta_point *c, size_t n, size_t x, size_t rows, size_t cols)
{
	vta_point p = {0, 0};
	if (x > n) {
		p.i = rows;
		p.j = cols;
	} else if (x > 0) {
		p = c[x - 1];
	}
	return p;
}

/* The row (Vietnamese sentence) the chain c[0, n) places English sentence
 * j beside, by linear interpolation between its points; *at: the chain's
 * segment reached (j never decreases from one call to the next). */
static size_t row_of(const vta_point *c, size_t n, size_t *at, size_t j, size_t rows, size_t cols)
{
	vta_point a, z;
	while (*at <= n && chain_at(c, n, *at + 1, rows, cols).j <= j)
		(*at)++;
	a = chain_at(c, n, *at, rows, cols);
	z = chain_at(c, n, *at + 1, rows, cols);
	if (z.j <= a.j || j <= a.j)
		return a.i;
	return a.i + (size_t)((double)(z.i - a.i) * (double)(j - a.j) / (double)(z.j - a.j));
}

/* Adds the pairs found block by block beside the chain c[0, n) (the
 * whole documents' points), blocks shifted by `shift` rows. */
static int block_pairs(points *pts, occ_table *t, const vta_anchor_pack *vi, const vta_anchor_pack *en,
                       const vta_point *c, size_t n, size_t shift)
{
	size_t size = VTA_PARAMS.skeleton_block, at = 0, j = 0;
	ranges r;
	int rc = 0;
	for (r.from[0] = 0; r.from[0] < vi->n && !rc; r.from[0] = r.to[0]) {
		r.to[0] = ((r.from[0] + shift) / size + 1) * size - shift;
		if (r.to[0] > vi->n)
			r.to[0] = vi->n;
		r.from[1] = j;
		while (j < en->n && row_of(c, n, &at, j, vi->n, en->n) < r.to[0])
			j++;
		r.to[1] = r.to[0] == vi->n ? en->n : j;
		rc = pairs_in(pts, t, vi, en, &r, 1);
	}
	return rc;
}

/* Gives back the room of the points left out of the chain (a shrinking
 * realloc() that fails keeps the block). */
static void shrink_points(points *pts)
{
	vta_point *q = realloc(pts->p, (pts->n ? pts->n : 1) * sizeof *q);
	if (q)
		pts->p = q;
}

int vta_skeleton(vta_point **out, size_t *n, const vta_anchor_pack *vi, const vta_anchor_pack *en)
{
	points pts = {NULL, 0, 0};
	occ_table t = {NULL, 0, 0, 0};
	ranges all = {{0, 0}, {vi->n, en->n}};
	vta_point *whole = NULL;
	size_t k, nwhole;
	int rc;
	*out = NULL;
	*n = 0;
	rc = pairs_in(&pts, &t, vi, en, &all, VTA_PARAMS.sure_repeat_max);
	if (!rc)
		rc = keep_chain(&pts);
	/* a single block would pair what the whole documents did */
	if (!rc && vi->n > VTA_PARAMS.skeleton_block) {
		nwhole = pts.n;
		if (!(whole = malloc((nwhole + 1) * sizeof *whole)))
			rc = VIETALIGN_ENOMEM;
		else if (nwhole)
			memcpy(whole, pts.p, nwhole * sizeof *whole);
		for (k = 0; k < 2 && !rc; k++)
			rc = block_pairs(&pts, &t, vi, en, whole, nwhole, k * VTA_PARAMS.skeleton_block / 2);
		if (!rc)
			rc = keep_chain(&pts);
		free(whole);
	}
	free(t.slot);
	if (rc) {
		free(pts.p);
		return rc;
	}
	shrink_points(&pts); /* the chain is kept while the pair is aligned */
	*out = pts.p;
	*n = pts.n;
	return 0;
}

/* Rows [a.i, b.i] of the paths from lattice point a to b that are diagonal
 * but for one run of omissions (of d = (b.j - a.j) - (b.i - a.i) sentences,
 * anywhere), widened by r. */
static void cover_stretch(vta_corridor *c, vta_point a, vta_point b, size_t r)
{
	size_t i;
	for (i = a.i; i <= b.i && i <= c->n; i++) {
		size_t diag = a.j + (i - a.i);                      /* no omission before row i */
		size_t late = b.j >= b.i - i ? b.j - (b.i - i) : 0; /* all of it before */
		size_t lo = diag < late ? diag : late, hi = diag < late ? late : diag;
		lo = lo > a.j + r ? lo - r : a.j > r ? a.j - r : 0;
		hi = hi + r < b.j + r ? hi + r : b.j + r;
		vta_corridor_cover(c, i, lo, hi);
	}
}

/* Whether lattice point (i, j) lies in c. */
static int holds(const vta_corridor *c, size_t i, size_t j)
{
	return i <= c->n && j >= c->lo[i] && j <= c->hi[i];
}

void vta_skeleton_cover(vta_corridor *c, const vta_point *p, size_t n, size_t r, size_t max_skew,
                        const vta_corridor *held)
{
	vta_point a = {0, 0}, b;
	size_t k;
	for (k = 0; k <= n; k++) {
		if (k < n) {
			b = p[k];
		} else {
			b.i = c->n;
			b.j = c->m;
		}
		if (b.i >= a.i && b.j >= a.j) {
			size_t di = b.i - a.i, dj = b.j - a.j, skew = di > dj ? di - dj : dj - di;
			if (skew <= max_skew && !(held && holds(held, a.i, a.j) && holds(held, b.i, b.j)))
				cover_stretch(c, a, b, r);
		}
		if (k < n) { /* the pair's own cell, then on from after it */
			vta_corridor_cover(c, b.i, b.j, b.j);
			vta_corridor_cover(c, b.i + 1, b.j + 1, b.j + 1);
			a.i = b.i + 1;
			a.j = b.j + 1;
		}
	}
}
