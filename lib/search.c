/* search.c - Viterbi search over bead shapes inside a corridor, plus
 * forward–backward posteriors so each bead of the best path gets a
 * probability. Time and memory grow with the corridor's area. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "search.h"

#define NO_SHAPE 255
/* A path that runs along the corridor's edge may have been cut off from a
 * better one: the corridor widens there, by this much and then twice as
 * much each round, for at most MAX_ROUNDS rounds. */
#define WIDEN_FIRST 32
#define MAX_ROUNDS 8

typedef struct {
	const vl_corridor *c;
	size_t *off;
	size_t cells;
	double *best;     /* Viterbi cost; reused for beta once traced */
	double *alpha;
	float *cost;      /* cost[c * VL_NSHAPES + k]: the bead of shape k that
	                     ends in cell c, computed once by forward() */
	unsigned char *bp;
	/* during forward(): the anchor candidates of sentence pair (i-1, j-1),
	 * kept at cell (i, j) as a slice of `cands` */
	vl_cand_vec cands, scratch;
	vl_match_marks *marks;
	size_t *cstart;
	uint32_t *cn;
} lattice;

static void lattice_free(lattice *L)
{
	free(L->off);
	free(L->best);
	free(L->alpha);
	free(L->cost);
	free(L->bp);
	free(L->cands.items);
	free(L->scratch.items);
	free(L->cstart);
	free(L->cn);
	free(L->marks);
	memset(L, 0, sizeof *L);
}

static int lattice_init(lattice *L, const vl_corridor *c)
{
	memset(L, 0, sizeof *L);
	L->c = c;
	if (vl_corridor_offsets(&L->off, c))
		return VIETALIGN_ENOMEM;
	L->cells = L->off[c->n + 1];
	if (L->cells > SIZE_MAX / (VL_NSHAPES * sizeof(float)))
		return VIETALIGN_ENOMEM;
	if (!(L->best = malloc(L->cells * sizeof *L->best)) || !(L->alpha = malloc(L->cells * sizeof *L->alpha)) ||
	    !(L->bp = malloc(L->cells)) || !(L->cost = malloc(L->cells * VL_NSHAPES * sizeof *L->cost)) ||
	    !(L->cstart = malloc(L->cells * sizeof *L->cstart)) || !(L->cn = malloc(L->cells * sizeof *L->cn)) ||
	    !(L->marks = calloc(1, sizeof *L->marks)))
		return VIETALIGN_ENOMEM;
	return 0;
}

static size_t cell(const lattice *L, size_t i, size_t j)
{
	return vl_corridor_cell(L->c, L->off, i, j);
}

static double log_add(double a, double b)
{
	if (a == -INFINITY)
		return b;
	if (b == -INFINITY)
		return a;
	return a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b));
}

/* Caches the candidates of sentence pair (i-1, j-1) at cell c = (i, j). */
static int cache_pair(lattice *L, const vl_scorer *s, size_t c, size_t i, size_t j)
{
	size_t before = L->cands.count;
	L->cstart[c] = before;
	L->cn[c] = 0;
	if (i == 0 || j == 0 || !s->anchors)
		return 0;
	if (vl_anchor_candidates(&L->cands, &s->tv, i - 1, &s->te, j - 1))
		return VIETALIGN_ENOMEM;
	L->cn[c] = (uint32_t)(L->cands.count - before);
	return 0;
}

/* The candidates of the sentence pairs of the bead of shape k ending at
 * (i, j): from the cache, or computed into L->scratch for a pair whose
 * cell lies outside the corridor. */
static int bead_cands(vl_bead_cands *bc, lattice *L, const vl_scorer *s, size_t i, size_t j, int k)
{
	size_t dv = (size_t)vl_shapes[k].dv, de = (size_t)vl_shapes[k].de, x, y, off[3][3];
	int local[3][3];
	L->scratch.count = 0;
	bc->marks = L->marks;
	for (x = 0; x < dv; x++)
		for (y = 0; y < de; y++) {
			size_t p = i - dv + x, q = j - de + y, c = cell(L, p + 1, q + 1);
			local[x][y] = c == SIZE_MAX;
			if (!local[x][y]) {
				off[x][y] = L->cstart[c];
				bc->n[x][y] = L->cn[c];
				continue;
			}
			off[x][y] = L->scratch.count;
			if (vl_anchor_candidates(&L->scratch, &s->tv, p, &s->te, q))
				return VIETALIGN_ENOMEM;
			bc->n[x][y] = L->scratch.count - off[x][y];
		}
	for (x = 0; x < dv; x++)
		for (y = 0; y < de; y++)
			bc->list[x][y] = (local[x][y] ? L->scratch.items : L->cands.items) + off[x][y];
	return 0;
}

/* Viterbi and forward (alpha) for one cell, sharing the bead costs. */
static int forward_cell(lattice *L, const vl_scorer *s, size_t i, size_t j)
{
	size_t c = cell(L, i, j);
	double best = (i == 0 && j == 0) ? 0.0 : INFINITY;
	double alpha = (i == 0 && j == 0) ? 0.0 : -INFINITY;
	unsigned char bp = NO_SHAPE;
	float *cost = &L->cost[c * VL_NSHAPES];
	int k;
	for (k = 0; k < VL_NSHAPES; k++) {
		size_t dv = (size_t)vl_shapes[k].dv, de = (size_t)vl_shapes[k].de, p;
		double bc;
		cost[k] = INFINITY;
		if (dv > i || de > j || (p = cell(L, i - dv, j - de)) == SIZE_MAX || L->best[p] == INFINITY)
			continue;
		if (dv && de && s->anchors) {
			vl_bead_cands cands;
			if (bead_cands(&cands, L, s, i, j, k))
				return VIETALIGN_ENOMEM;
			bc = vl_bead_cost_cands(s, i - dv, j - de, k, &cands);
		} else {
			bc = vl_bead_cost(s, i - dv, j - de, k);
		}
		cost[k] = (float)bc;
		if (L->best[p] + bc < best) {
			best = L->best[p] + bc;
			bp = (unsigned char)k;
		}
		alpha = log_add(alpha, L->alpha[p] - bc);
	}
	L->best[c] = best;
	L->alpha[c] = alpha;
	L->bp[c] = bp;
	return 0;
}

static int forward(lattice *L, const vl_scorer *s)
{
	size_t i, j;
	for (i = 0; i <= L->c->n; i++)
		for (j = L->c->lo[i]; j <= L->c->hi[i]; j++)
			if (cache_pair(L, s, cell(L, i, j), i, j) || forward_cell(L, s, i, j))
				return VIETALIGN_ENOMEM;
	/* the candidates served their purpose: free them before backward() */
	free(L->cands.items);
	free(L->cstart);
	free(L->cn);
	L->cands.items = NULL;
	L->cstart = NULL;
	L->cn = NULL;
	return 0;
}

/* beta, written over best (no longer needed once the path is traced) */
static void backward(lattice *L)
{
	const vl_corridor *C = L->c;
	double *beta = L->best;
	size_t i = C->n + 1, j;
	while (i-- > 0) {
		j = C->hi[i] + 1;
		while (j-- > C->lo[i]) {
			size_t c = cell(L, i, j);
			double b = (i == C->n && j == C->m) ? 0.0 : -INFINITY;
			int k;
			for (k = 0; k < VL_NSHAPES; k++) {
				size_t dv = (size_t)vl_shapes[k].dv, de = (size_t)vl_shapes[k].de, q;
				if (i + dv > C->n || j + de > C->m || (q = cell(L, i + dv, j + de)) == SIZE_MAX ||
				    beta[q] == -INFINITY || L->cost[q * VL_NSHAPES + (size_t)k] == INFINITY)
					continue;
				b = log_add(b, beta[q] - (double)L->cost[q * VL_NSHAPES + (size_t)k]);
			}
			beta[c] = b;
			if (j == 0)
				break;
		}
	}
}

/* Whether cell (i, j) lies on an edge of the corridor that is not an edge
 * of the lattice: a wider corridor might hold a better path through it. */
static int on_edge(const vl_corridor *c, size_t i, size_t j)
{
	return (j == c->lo[i] && c->lo[i] > 0) || (j == c->hi[i] && c->hi[i] < c->m);
}

/* The best path as beads in document order (scores left at 0); *edge
 * receives the number of its cells on the corridor's inner edges. */
static int trace(vietalign_bead **out, size_t *nout, size_t *edge, const lattice *L)
{
	size_t i = L->c->n, j = L->c->m, count = 0, cap = L->c->n + L->c->m + 1;
	vietalign_bead *b = malloc(cap * sizeof *b);
	if (!b)
		return VIETALIGN_ENOMEM;
	*edge = 0;
	while (i > 0 || j > 0) {
		int k = L->bp[cell(L, i, j)];
		vietalign_bead *bd = &b[count++];
		*edge += (size_t)on_edge(L->c, i, j);
		bd->vi_count = (size_t)vl_shapes[k].dv;
		bd->en_count = (size_t)vl_shapes[k].de;
		bd->vi_first = i - bd->vi_count;
		bd->en_first = j - bd->en_count;
		bd->score = 0;
		i = bd->vi_first;
		j = bd->en_first;
	}
	for (i = 0; i < count / 2; i++) {
		vietalign_bead t = b[i];
		b[i] = b[count - 1 - i];
		b[count - 1 - i] = t;
	}
	*out = b;
	*nout = count;
	return 0;
}

/* Posterior probability of each bead of the path. */
static void posteriors(vietalign_bead *b, size_t n, const lattice *L)
{
	double z = L->alpha[cell(L, L->c->n, L->c->m)];
	size_t x;
	for (x = 0; x < n; x++) {
		size_t i = b[x].vi_first + b[x].vi_count, j = b[x].en_first + b[x].en_count, c = cell(L, i, j);
		int k = L->bp[c];
		double lp = L->alpha[cell(L, b[x].vi_first, b[x].en_first)] - (double)L->cost[c * VL_NSHAPES + (size_t)k] +
		            L->best[c] - z;
		b[x].score = lp >= 0 ? 1.0 : exp(lp);
	}
}

/* Widens c by w around every cell of the path on an inner edge. */
static int widen(vl_corridor *c, const vietalign_bead *b, size_t n, size_t w)
{
	vl_corridor add;
	size_t x;
	int rc = vl_corridor_empty(&add, c->n, c->m);
	if (rc)
		return rc;
	for (x = 0; x < n; x++) {
		size_t i = b[x].vi_first + b[x].vi_count, j = b[x].en_first + b[x].en_count;
		if (on_edge(c, i, j))
			vl_corridor_cover(&add, i, j, j);
	}
	rc = vl_corridor_spread(&add, w);
	if (!rc) {
		vl_corridor_union(c, &add);
		vl_corridor_fix(c);
	}
	vl_corridor_free(&add);
	return rc;
}

static int full(const vl_corridor *c)
{
	size_t i;
	for (i = 0; i <= c->n; i++)
		if (c->lo[i] > 0 || c->hi[i] < c->m)
			return 0;
	return 1;
}

int vl_search(vietalign_bead **out, size_t *nout, const vl_scorer *s, vl_corridor *c, vl_error *err)
{
	lattice L;
	size_t edge = 0, round;
	int rc = 0;
	*out = NULL;
	*nout = 0;
	for (round = 0;; round++) {
		if ((rc = lattice_init(&L, c)))
			break;
		if ((rc = forward(&L, s)) || (rc = trace(out, nout, &edge, &L)))
			break;
		if (!edge || round + 1 == MAX_ROUNDS || full(c))
			break;
		rc = widen(c, *out, *nout, (size_t)WIDEN_FIRST << round);
		free(*out);
		*out = NULL;
		lattice_free(&L);
		if (rc)
			break;
	}
	if (!rc) {
		backward(&L);
		posteriors(*out, *nout, &L);
	}
	lattice_free(&L);
	if (rc) {
		free(*out);
		*out = NULL;
		*nout = 0;
		return vl_error_set(err, rc, "out of memory for the search (%zu x %zu sentences)", c->n, c->m);
	}
	return 0;
}
