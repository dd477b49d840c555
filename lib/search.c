/* search.c - banded Viterbi search over bead shapes plus forward–backward
 * posteriors, so each bead of the best path gets a probability. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "search.h"

#define NO_SHAPE 255
/* Up to this many cells the whole matrix is searched; beyond, a corridor
 * around the diagonal that widens while the best path touches its edge. */
#define FULL_MATRIX_CELLS ((size_t)1 << 18)
#define DEFAULT_BAND 100

/* The corridor: row i (Vietnamese position) holds columns [lo[i], hi[i]]. */
typedef struct {
	size_t n, m;
	size_t *lo, *hi, *off; /* off[i]: index of cell (i, lo[i]) */
	size_t cells;
	double *best, *alpha, *beta;
	float *cost;      /* cost[c * VL_NSHAPES + k]: the bead of shape k that
	                     ends in cell c, computed once by forward() */
	unsigned char *bp;
} lattice;

static void lattice_free(lattice *L)
{
	free(L->lo);
	free(L->hi);
	free(L->off);
	free(L->best);
	free(L->alpha);
	free(L->beta);
	free(L->cost);
	free(L->bp);
	memset(L, 0, sizeof *L);
}

/* Lays out a corridor of half-width w around the diagonal. */
static int lattice_init(lattice *L, size_t n, size_t m, size_t w)
{
	size_t i;
	memset(L, 0, sizeof *L);
	L->n = n;
	L->m = m;
	if (!(L->lo = malloc((n + 1) * sizeof *L->lo)) || !(L->hi = malloc((n + 1) * sizeof *L->hi)) ||
	    !(L->off = malloc((n + 2) * sizeof *L->off)))
		return VIETALIGN_ENOMEM;
	L->off[0] = 0;
	for (i = 0; i <= n; i++) {
		/* centre on the diagonal; 64-bit products do not overflow below 4e9 */
		size_t c = n ? (size_t)((uint64_t)i * m / n) : m;
		L->lo[i] = c > w ? c - w : 0;
		L->hi[i] = c + w < m ? c + w : m;
		if (i == n)
			L->hi[i] = m;
		if (L->off[i] > SIZE_MAX - (L->hi[i] - L->lo[i] + 1))
			return VIETALIGN_ENOMEM;
		L->off[i + 1] = L->off[i] + (L->hi[i] - L->lo[i] + 1);
	}
	L->cells = L->off[n + 1];
	if (L->cells > SIZE_MAX / sizeof(double))
		return VIETALIGN_ENOMEM;
	if (L->cells > SIZE_MAX / (VL_NSHAPES * sizeof(float)))
		return VIETALIGN_ENOMEM;
	if (!(L->best = malloc(L->cells * sizeof *L->best)) || !(L->alpha = malloc(L->cells * sizeof *L->alpha)) ||
	    !(L->beta = malloc(L->cells * sizeof *L->beta)) || !(L->bp = malloc(L->cells)) ||
	    !(L->cost = malloc(L->cells * VL_NSHAPES * sizeof *L->cost)))
		return VIETALIGN_ENOMEM;
	return 0;
}

/* Index of cell (i, j), or SIZE_MAX outside the corridor. */
static size_t cell(const lattice *L, size_t i, size_t j)
{
	if (i > L->n || j < L->lo[i] || j > L->hi[i])
		return SIZE_MAX;
	return L->off[i] + (j - L->lo[i]);
}

static double log_add(double a, double b)
{
	if (a == -INFINITY)
		return b;
	if (b == -INFINITY)
		return a;
	return a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b));
}

/* Viterbi and forward (alpha) in one pass, sharing the bead costs. */
static void forward(lattice *L, const vl_scorer *s)
{
	size_t i, j;
	for (i = 0; i <= L->n; i++) {
		for (j = L->lo[i]; j <= L->hi[i]; j++) {
			size_t c = cell(L, i, j);
			double best = (i == 0 && j == 0) ? 0.0 : INFINITY;
			double alpha = (i == 0 && j == 0) ? 0.0 : -INFINITY;
			unsigned char bp = NO_SHAPE;
			int k;
			for (k = 0; k < VL_NSHAPES; k++) {
				size_t dv = (size_t)vl_shapes[k].dv, de = (size_t)vl_shapes[k].de, p;
				double cost;
				L->cost[c * VL_NSHAPES + (size_t)k] = INFINITY;
				if (dv > i || de > j || (p = cell(L, i - dv, j - de)) == SIZE_MAX ||
				    L->best[p] == INFINITY)
					continue;
				cost = vl_bead_cost(s, i - dv, j - de, k);
				L->cost[c * VL_NSHAPES + (size_t)k] = (float)cost;
				if (L->best[p] + cost < best) {
					best = L->best[p] + cost;
					bp = (unsigned char)k;
				}
				alpha = log_add(alpha, L->alpha[p] - cost);
			}
			L->best[c] = best;
			L->alpha[c] = alpha;
			L->bp[c] = bp;
		}
	}
}

static void backward(lattice *L)
{
	size_t i = L->n + 1, j;
	while (i-- > 0) {
		j = L->hi[i] + 1;
		while (j-- > L->lo[i]) {
			size_t c = cell(L, i, j);
			double beta = (i == L->n && j == L->m) ? 0.0 : -INFINITY;
			int k;
			for (k = 0; k < VL_NSHAPES; k++) {
				size_t dv = (size_t)vl_shapes[k].dv, de = (size_t)vl_shapes[k].de, q;
				if (i + dv > L->n || j + de > L->m || (q = cell(L, i + dv, j + de)) == SIZE_MAX ||
				    L->beta[q] == -INFINITY || L->cost[q * VL_NSHAPES + (size_t)k] == INFINITY)
					continue;
				beta = log_add(beta, L->beta[q] - (double)L->cost[q * VL_NSHAPES + (size_t)k]);
			}
			L->beta[c] = beta;
			if (j == 0)
				break;
		}
	}
}

/* Whether the best path runs along an edge of the corridor that is not the
 * edge of the matrix: then a wider corridor might find a better one. */
static int path_hits_edge(const lattice *L)
{
	size_t i = L->n, j = L->m;
	while (i > 0 || j > 0) {
		size_t c = cell(L, i, j);
		int k = L->bp[c];
		if ((j == L->lo[i] && L->lo[i] > 0) || (j == L->hi[i] && L->hi[i] < L->m))
			return 1;
		if (k == NO_SHAPE)
			return 1;
		i -= (size_t)vl_shapes[k].dv;
		j -= (size_t)vl_shapes[k].de;
	}
	return 0;
}

static int trace(vietalign_bead **out, size_t *nout, const lattice *L)
{
	size_t i = L->n, j = L->m, count = 0, cap = L->n + L->m + 1;
	vietalign_bead *b = malloc(cap * sizeof *b);
	double z = L->alpha[cell(L, L->n, L->m)];
	if (!b)
		return VIETALIGN_ENOMEM;
	while (i > 0 || j > 0) {
		int k = L->bp[cell(L, i, j)];
		size_t pi = i - (size_t)vl_shapes[k].dv, pj = j - (size_t)vl_shapes[k].de;
		double lp = L->alpha[cell(L, pi, pj)] - (double)L->cost[cell(L, i, j) * VL_NSHAPES + (size_t)k] +
		            L->beta[cell(L, i, j)] - z;
		vietalign_bead *bd = &b[count++];
		bd->vi_first = pi;
		bd->vi_count = (size_t)vl_shapes[k].dv;
		bd->en_first = pj;
		bd->en_count = (size_t)vl_shapes[k].de;
		bd->score = lp >= 0 ? 1.0 : exp(lp);
		i = pi;
		j = pj;
	}
	/* reverse into document order */
	for (i = 0; i < count / 2; i++) {
		vietalign_bead t = b[i];
		b[i] = b[count - 1 - i];
		b[count - 1 - i] = t;
	}
	*out = b;
	*nout = count;
	return 0;
}

static size_t max_sz(size_t a, size_t b)
{
	return a > b ? a : b;
}

int vl_search(vietalign_bead **out, size_t *nout, const vl_scorer *s, size_t band, vl_error *err)
{
	size_t n = s->vi->nsents, m = s->en->nsents, w;
	lattice L;
	int rc;
	*out = NULL;
	*nout = 0;
	if ((n + 1) <= FULL_MATRIX_CELLS / (m + 1))
		w = max_sz(n, m) + 1; /* small enough for the whole matrix */
	else
		w = max_sz(band ? band : DEFAULT_BAND, (n > m ? n - m : m - n) / 2 + 20);
	for (;;) {
		rc = lattice_init(&L, n, m, w);
		if (rc) {
			lattice_free(&L);
			return vl_error_set(err, rc, "out of memory for the search (%zu x %zu sentences)", n, m);
		}
		forward(&L, s);
		if (L.best[cell(&L, n, m)] < INFINITY && (w > max_sz(n, m) || !path_hits_edge(&L)))
			break;
		lattice_free(&L);
		w *= 2; /* the path ran into the corridor's edge: widen it */
	}
	backward(&L);
	rc = trace(out, nout, &L);
	lattice_free(&L);
	if (rc)
		return vl_error_set(err, rc, "out of memory");
	return 0;
}
