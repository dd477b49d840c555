/* corridor.c - building and widening search corridors. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "search/search.h"

static int corridor_alloc(vta_corridor *c, size_t n, size_t m)
{
	memset(c, 0, sizeof *c);
	if (n >= SIZE_MAX / sizeof(size_t) - 1)
		return VIETALIGN_ENOMEM;
	c->n = n;
	c->m = m;
	c->lo = malloc((n + 1) * sizeof *c->lo);
	c->hi = malloc((n + 1) * sizeof *c->hi);
	if (!c->lo || !c->hi) {
		vta_corridor_free(c);
		return VIETALIGN_ENOMEM;
	}
	return 0;
}

/* A corridor whose every row holds [lo, hi] (lo > hi: empty rows). */
static int corridor_filled(vta_corridor *c, size_t n, size_t m, size_t lo, size_t hi)
{
	size_t i;
	int rc = corridor_alloc(c, n, m);
	if (rc)
		return rc;
	for (i = 0; i <= n; i++) {
		c->lo[i] = lo;
		c->hi[i] = hi;
	}
	return 0;
}

int vta_corridor_full(vta_corridor *c, size_t n, size_t m)
{
	return corridor_filled(c, n, m, 0, m);
}

int vta_corridor_empty(vta_corridor *c, size_t n, size_t m)
{
	return corridor_filled(c, n, m, m, 0);
}

int vta_corridor_copy(vta_corridor *c, const vta_corridor *from)
{
	int rc = corridor_alloc(c, from->n, from->m);
	if (rc)
		return rc;
	memcpy(c->lo, from->lo, (from->n + 1) * sizeof *c->lo);
	memcpy(c->hi, from->hi, (from->n + 1) * sizeof *c->hi);
	return 0;
}

size_t vta_corridor_cells(const vta_corridor *c)
{
	size_t i, n = 0;
	for (i = 0; i <= c->n; i++)
		n += c->hi[i] - c->lo[i] + 1;
	return n;
}

int vta_corridor_same(const vta_corridor *a, const vta_corridor *b)
{
	return a->n == b->n && a->m == b->m && memcmp(a->lo, b->lo, (a->n + 1) * sizeof *a->lo) == 0 &&
	       memcmp(a->hi, b->hi, (a->n + 1) * sizeof *a->hi) == 0;
}

int vta_corridor_is_full(const vta_corridor *c)
{
	size_t i;
	for (i = 0; i <= c->n; i++)
		if (c->lo[i] > 0 || c->hi[i] < c->m)
			return 0;
	return 1;
}

void vta_corridor_cover(vta_corridor *c, size_t i, size_t j0, size_t j1)
{
	if (i > c->n)
		i = c->n;
	if (j1 > c->m)
		j1 = c->m;
	if (j0 > j1)
		j0 = j1;
	if (j0 < c->lo[i])
		c->lo[i] = j0;
	if (j1 > c->hi[i])
		c->hi[i] = j1;
}

static size_t sat_sub(size_t a, size_t b)
{
	return a > b ? a - b : 0;
}

static size_t sat_add(size_t a, size_t b, size_t max)
{
	return a < max && b < max - a ? a + b : max;
}

/* out[i] = the minimum (or maximum) of in[i-r .. i+r] over n values, in
 * O(n) with a monotone queue of indices (q holds n entries). */
static void sliding_extreme(size_t *out, const size_t *in, size_t n, size_t r, int want_min, size_t *q)
{
	size_t head = 0, tail = 0, next = 0, i;
	for (i = 0; i < n; i++) {
		size_t last = sat_add(i, r, n - 1);
		for (; next <= last; next++) {
			while (tail > head && (want_min ? in[q[tail - 1]] >= in[next] : in[q[tail - 1]] <= in[next]))
				tail--;
			q[tail++] = next;
		}
		while (q[head] + r < i)
			head++;
		out[i] = in[q[head]];
	}
}

int vta_corridor_spread(vta_corridor *c, size_t rows, size_t cols)
{
	size_t n = c->n + 1, i;
	size_t *tmp = malloc(n * sizeof *tmp), *q = malloc(n * sizeof *q);
	if (!tmp || !q) {
		free(tmp);
		free(q);
		return VIETALIGN_ENOMEM;
	}
	/* empty rows hold lo = m, hi = 0 and so never win */
	sliding_extreme(tmp, c->lo, n, rows, 1, q);
	memcpy(c->lo, tmp, n * sizeof *tmp);
	sliding_extreme(tmp, c->hi, n, rows, 0, q);
	memcpy(c->hi, tmp, n * sizeof *tmp);
	free(tmp);
	free(q);
	for (i = 0; i < n; i++) {
		if (c->lo[i] > c->hi[i])
			continue;
		c->lo[i] = sat_sub(c->lo[i], cols);
		c->hi[i] = sat_add(c->hi[i], cols, c->m);
	}
	return 0;
}

void vta_corridor_fix(vta_corridor *c)
{
	size_t i;
	c->lo[0] = 0;
	c->hi[c->n] = c->m;
	/* hi non-decreasing going down, lo non-decreasing going up; an empty
	 * row then inherits its neighbours' span */
	for (i = 1; i <= c->n; i++)
		if (c->hi[i] < c->hi[i - 1])
			c->hi[i] = c->hi[i - 1];
	for (i = c->n; i-- > 0;)
		if (c->lo[i] > c->lo[i + 1])
			c->lo[i] = c->lo[i + 1];
	/* each row must start where the row above can reach it */
	for (i = 1; i <= c->n; i++)
		if (c->lo[i] > c->hi[i - 1])
			c->lo[i] = c->hi[i - 1];
}

int vta_corridor_close(vta_corridor *c, size_t r)
{
	int rc = vta_corridor_spread(c, r, r);
	if (!rc)
		vta_corridor_fix(c);
	return rc;
}

int vta_corridor_offsets(size_t **off, const vta_corridor *c)
{
	size_t i;
	if (!(*off = malloc((c->n + 2) * sizeof **off)))
		return VIETALIGN_ENOMEM;
	(*off)[0] = 0;
	for (i = 0; i <= c->n; i++) {
		size_t w = c->hi[i] - c->lo[i] + 1;
		if ((*off)[i] > SIZE_MAX - w) { /* more cells than a size_t holds */
			free(*off);
			*off = NULL;
			return VIETALIGN_ENOMEM;
		}
		(*off)[i + 1] = (*off)[i] + w;
	}
	return 0;
}

void vta_corridor_free(vta_corridor *c)
{
	free(c->lo);
	free(c->hi);
	c->lo = c->hi = NULL;
}
