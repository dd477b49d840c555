/* skeleton.c - the chain of sure points (see skeleton.h). */
#include <stdint.h>
#include <stdlib.h>
#include "anchors/anchors.h"
#include "search/search.h"

/* A key that occurs as many times in both documents, up to
 * VTA_PARAMS.sure_repeat_max, has its occurrences paired in order (the
 * first with the first, ...): in a long text a name or number comes back,
 * and a key found once in each document is rare. The longest chain then
 * keeps the pairs that agree with one another. */
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
	size_t mask, used;
} occ_table;

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

static size_t sure_count(const vta_anchor_pack *p)
{
	size_t i, k, c = 0;
	for (i = 0; i < p->n; i++)
		for (k = 0; k < p->sent[i].n; k++)
			c += sure_kind(&p->sent[i].a[k]);
	return c;
}

static int pairs(const occ *o)
{
	return o->n[0] == o->n[1] && o->n[0] >= 1 && o->n[0] <= VTA_PARAMS.sure_repeat_max;
}

/* Counts the keys of one side (p NULL), or, once bases are set, writes
 * the side's sentences of the keys that pair into their points of pt (i
 * for the Vietnamese side, j for the English). */
static void scan(occ_table *t, const vta_anchor_pack *p, int side, vta_point *pt)
{
	size_t i, k, at;
	for (i = 0; i < p->n; i++)
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
			} else if (pairs(o)) {
				vta_point *q = &pt[o->base + o->fill[side]++];
				*(side ? &q->j : &q->i) = i;
			}
		}
}

/* Sets the bases of the keys that pair; returns how many pairs. */
static size_t set_bases(occ_table *t)
{
	size_t h, np = 0;
	for (h = 0; h <= t->mask; h++)
		if (pairs(&t->slot[h])) {
			t->slot[h].base = np;
			np += t->slot[h].n[0];
		}
	return np;
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

/* The pairs of sentences of the keys that pair, in *out (np of them). */
static int sure_pairs(vta_point **out, size_t *np, occ_table *t, const vta_anchor_pack *vi, const vta_anchor_pack *en)
{
	scan(t, vi, 0, NULL);
	scan(t, en, 1, NULL);
	*np = set_bases(t);
	if (!(*out = malloc((*np + 1) * sizeof **out)))
		return VIETALIGN_ENOMEM;
	scan(t, vi, 0, *out);
	scan(t, en, 1, *out);
	return 0;
}

/* Gives back the room of the points left out of the chain (a shrinking
 * realloc() that fails keeps the block). */
static void shrink_points(vta_point **p, size_t n)
{
	vta_point *q = realloc(*p, (n ? n : 1) * sizeof **p);
	if (q)
		*p = q;
}

int vta_skeleton(vta_point **out, size_t *n, const vta_anchor_pack *vi, const vta_anchor_pack *en)
{
	occ_table t;
	size_t want = sure_count(vi) + sure_count(en), slots = 64, np = 0, *tail, *prev;
	vta_point *p = NULL;
	int rc;
	*out = NULL;
	*n = 0;
	while (slots < 2 * want + 2) {
		if (slots > SIZE_MAX / 4 / sizeof *t.slot)
			return VIETALIGN_ENOMEM;
		slots *= 2;
	}
	t.mask = slots - 1;
	if (!(t.slot = calloc(slots, sizeof *t.slot)))
		return VIETALIGN_ENOMEM;
	rc = sure_pairs(&p, &np, &t, vi, en);
	free(t.slot);
	if (rc)
		return rc;
	tail = malloc((np + 1) * sizeof *tail);
	prev = malloc((np + 1) * sizeof *prev);
	if (!tail || !prev) {
		free(p);
		free(tail);
		free(prev);
		return VIETALIGN_ENOMEM;
	}
	qsort(p, np, sizeof *p, by_i_then_j_down);
	np = longest_chain(p, np, tail, prev);
	free(tail);
	free(prev);
	shrink_points(&p, np); /* the chain is kept while the pair is aligned */
	*out = p;
	*n = np;
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
