/* search.c - Viterbi search over bead shapes inside a corridor, plus
 * forward–backward posteriors so each bead of the best path gets a
 * probability. Time and memory grow with the corridor's area. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common/common.h"
#include "search/search.h"
#include "search/exp_near.h"

#define NO_SHAPE 255

typedef struct {
	const vta_corridor *c;
	size_t i0, j0; /* the corridor's cell (0, 0) is lattice point (i0, j0) */
	int sums;      /* also forward sums (alpha), for posteriors */
	size_t *off;
	size_t cells;
	size_t cap;                     /* cells cost[] has room for */
	double *best;                   /* Viterbi cost of the last four rows: a bead spans
	                     three rows at most (see forward_cells()) */
	double *alpha, *beta;           /* forward and backward sums (with sums) */
	float *cost;                    /* cost[c * VTA_NBOTH + vta_shape_slot(k)]: the bead of
	                     shape k that ends in cell c, computed once by
	                     forward(); omissions' costs come from omit_* */
	const float *omit_vi, *omit_en; /* the scorer's, from (i0, j0) on */
	const vta_prev_costs *prev;     /* an earlier search's costs, or NULL */
	unsigned char *bp;
	unsigned threads;     /* for the bead costs */
	int inplace;          /* cost[] came holding the search's kept costs of
	                     the same cells (INFINITY: not costed) */
	size_t width;         /* cells of the widest row */
	vta_progress *pg;     /* told the cells costed and swept (the whole
	                     corridor's searches), else NULL */
	double upto[2];       /* the fraction pg reaches with the costs, the sweeps */
	vta_instant t_sweeps; /* when the sweeps began (with pg and stats) */
} lattice;

/* Row i of the corridor as a sweep or the bead costs read it, looked up
 * once per row rather than once per bead: a row outside the lattice (i past n, or
 * "negative", wrapped) holds no cell. */
typedef struct {
	size_t lo, hi, off;
} row_view;

static row_view row_at(const lattice *L, size_t i)
{
	row_view r = {1, 0, 0};
	if (i <= L->c->n) {
		r.lo = L->c->lo[i];
		r.hi = L->c->hi[i];
		r.off = L->off[i];
	}
	return r;
}

/* The index of the cell in column j of row r, or SIZE_MAX (a "negative"
 * j wraps past every row's end). */
static size_t in_row(const row_view *r, size_t j)
{
	return j >= r->lo && j <= r->hi ? r->off + (j - r->lo) : SIZE_MAX;
}

/* A share of the rows whose bead costs one thread computes. */
typedef struct {
	lattice *L;
	const vta_scorer *s;
	size_t row0, row1; /* rows [row0, row1) */
	/* the candidates of the last three rows: a bead ending in row i
	 * holds pairs of rows i-2..i only, so row i reuses row i-3's room.
	 * Those of sentence pair (i-1, j-1) are kept at cell (i, j): from
	 * coff[s], cn[s] of them, s = slot(i, j) */
	vta_cand_vec rows[3];
	uint32_t *coff;
	uint16_t *cn;
	vta_pair_gain *gain;  /* each cached pair's gain, at its slot */
	vta_key_probe *probe; /* the keys of the row's Vietnamese sentence */
	vta_cand_vec scratch;
	vta_match_marks *marks;
	row_view r[4]; /* rows i, i-1, i-2, i-3 of the row being costed */
	/* for a = 0..2: whether row i - a's pairs are in the job's cache (a
	 * row of its own), and where column 0 of that row would lie there */
	int cached[3];
	size_t base[3];
	vta_cand_vec *row_items[3];  /* J->rows[(i - a) % 3] */
	unsigned pairs[VTA_NSHAPES]; /* pairs_of() each shape */
	int rc;
} cost_job;

static void lattice_free(lattice *L)
{
	free(L->off);
	free(L->best);
	free(L->alpha);
	free(L->beta);
	free(L->cost);
	free(L->bp);
	memset(L, 0, sizeof *L);
}

/* Room kept in a new cost array beyond its cells, for the cells a repair
 * adds (a few %): the kept costs then spread over the widened corridor in
 * place. Untouched, the room takes address space, not memory; without it
 * the array would grow by a copy whenever the allocator cannot extend it,
 * and the old one's pages could stay with the allocator. */
#define COST_ROOM(cells) ((cells) / 4)

/* With cost non-NULL, the lattice takes that array (holding as many
 * cells as c, or cap when larger) instead of allocating its own; prev (or
 * NULL): the costs of an earlier search with the same scorer, whose cells
 * are not costed again. */
static int lattice_init(lattice *L, const vta_corridor *c, size_t i0, size_t j0, int sums, const vta_scorer *s,
                        const vta_prev_costs *prev, float *cost, size_t cap)
{
	size_t i;
	memset(L, 0, sizeof *L);
	/* the lattice owns cost from here, whatever happens next */
	L->cost = cost;
	L->inplace = cost != NULL;
	L->c = c;
	L->prev = prev;
	L->threads = s->threads ? s->threads : 1;
	L->omit_vi = s->omit_vi + i0;
	L->omit_en = s->omit_en + j0;
	L->i0 = i0;
	L->j0 = j0;
	L->sums = sums;
	if (vta_corridor_offsets(&L->off, c))
		return VIETALIGN_ENOMEM;
	L->cells = L->off[c->n + 1];
	L->cap = L->cost ? (cap > L->cells ? cap : L->cells) : L->cells + COST_ROOM(L->cells);
	if (L->cap < L->cells || L->cap > SIZE_MAX / (VTA_NBOTH * sizeof(float)))
		return VIETALIGN_ENOMEM;
	/* best, alpha and bp come once the candidates are gone (forward()):
	 * the two never take memory at the same time */
	if (!L->cost && !(L->cost = malloc(L->cap * VTA_NBOTH * sizeof *L->cost)))
		return VIETALIGN_ENOMEM;
	for (L->width = 0, i = 0; i <= c->n; i++)
		if (c->hi[i] - c->lo[i] + 1 > L->width)
			L->width = c->hi[i] - c->lo[i] + 1;
	return 0;
}

static size_t cell(const lattice *L, size_t i, size_t j)
{
	return vta_corridor_cell(L->c, L->off, i, j);
}

/* The shapes (vta_shapes) and their slots as constants: the loops of the
 * sweeps and of the bead costs over them unroll, each shape's offsets
 * known. */
static const vta_bead_shape SHAPES[VTA_NSHAPES] = VTA_SHAPES_INIT;
static const int SLOTS[VTA_NSHAPES] = VTA_SHAPE_SLOTS_INIT;

/* A sweep's terms of a cell: one a shape, one the lattice's start or end;
 * -INFINITY where there is none, which changes neither the largest term
 * nor the sum (it lies far below the largest), so every cell sums a fixed
 * number of terms in registers. */
#define NTERMS (VTA_NSHAPES + 1)

/* The cost of the bead of shape k ending in cell c = (i, j), which must
 * start inside the corridor. Inline: in the sweeps' unrolled loops k is
 * a constant and the test goes. */
VTA_INLINE double bead_cost(const lattice *L, size_t c, size_t i, size_t j, int k)
{
	if (SLOTS[k] >= 0)
		return L->cost[c * VTA_NBOTH + (size_t)SLOTS[k]];
	return SHAPES[k].dv ? L->omit_vi[i - 1] : L->omit_en[j - 1];
}

/* log(sum(exp(t[k]))) over the NTERMS terms: one log for all, terms far
 * below the largest (less than e^-VTA_PARAMS.posterior_cutoff of it)
 * skipped, the others' exponentials inline (vta_exp_near(): within 2
 * units in the last place of exp()'s). */
VTA_INLINE double log_sum(const double *t)
{
	double m = -INFINITY, sum = 0, floor;
	int k;
#pragma GCC unroll 9
	for (k = 0; k < NTERMS; k++)
		m = t[k] > m ? t[k] : m;
	if (m == -INFINITY)
		return m;
	floor = m - VTA_PARAMS.posterior_cutoff;
#pragma GCC unroll 9
	for (k = 0; k < NTERMS; k++)
		if (t[k] > floor)
			sum += vta_exp_near(t[k] - m);
	return m + log(sum);
}

#define NOT_CACHED UINT16_MAX

/* The index of global cell (i, j) in the costs of an earlier search, or
 * SIZE_MAX. */
static size_t prev_cell(const vta_prev_costs *p, size_t i, size_t j)
{
	return p && i <= p->c.n && j <= p->c.m ? vta_corridor_cell(&p->c, p->off, i, j) : SIZE_MAX;
}

/* An earlier search's costs of cell (i, j): where they lie when the
 * lattice took them over, else looked up in L->prev; NULL when none. */
static const float *prev_costs(const lattice *L, size_t i, size_t j)
{
	size_t pc;
	if (L->inplace)
		return &L->cost[cell(L, i, j) * VTA_NBOTH];
	pc = prev_cell(L->prev, L->i0 + i, L->j0 + j);
	return pc != SIZE_MAX ? &L->prev->cost[pc * VTA_NBOTH] : NULL;
}

/* Where a job keeps the candidates of cell (i - a, j), a row the job's
 * r[a] views, among its last three rows. */
static size_t slot(const cost_job *J, size_t i, size_t a, size_t j)
{
	return ((i - a) % 3) * J->L->width + (j - J->r[a].lo);
}

/* Caches the candidates of sentence pair (i-1, j-1) at cell (i, j),
 * unless an earlier search's costs of the cell make them needless there
 * (has_prev): the beads around it then seldom need them, and those that
 * do make them in their scratch. */
static int cache_pair(cost_job *J, size_t i, size_t j, int has_prev)
{
	lattice *L = J->L;
	vta_cand_vec *row = &J->rows[i % 3];
	size_t off = row->count;
	size_t x = slot(J, i, 0, j);
	J->coff[x] = (uint32_t)off;
	J->cn[x] = 0;
	if (i == 0 || j == 0 || !J->s->anchors)
		return 0;
	/* a row of millions of cells would outgrow the 32-bit offsets: its
	 * last cells' candidates are then made when needed */
	if (has_prev || off > UINT32_MAX - VTA_PAIR_CANDS_MAX) {
		J->cn[x] = NOT_CACHED;
		return 0;
	}
	if (J->probe->sentence != L->i0 + i - 1)
		vta_key_probe_set(J->probe, &J->s->tv, L->i0 + i - 1);
	if (vta_anchor_candidates_probe(row, J->probe, &J->s->te, L->j0 + j - 1))
		return VIETALIGN_ENOMEM;
	J->cn[x] = (uint16_t)(row->count - off);
	vta_pair_gain_of(&J->gain[x], J->cn[x] ? row->items + off : NULL, J->cn[x], J->marks);
	return 0;
}

/* The candidates of the sentence pairs that end near cell (i, j): pair
 * (i-1-a, j-1-b) at [a][b] of c, as the beads ending at (i, j) count
 * their pairs (vta_bead_cands), so that the six two-sided shapes share the
 * six pairs without a copy. Those the cell's beads hold are fetched once
 * per cell, before any is costed, from the job's cache or, for a pair
 * whose cell lies outside the corridor or in another job's rows, computed
 * into the job's scratch (off[][]: where; scratch, a bit 3 a + b per
 * such pair). */
typedef struct {
	vta_bead_cands c;
	size_t off[3][3];
	unsigned scratch;
} near_pairs;

/* The pairs a bead of each shape holds, a bit 3 a + b for [a][b]: the
 * bead of dv and de sentences holds a < dv, b < de. */
static unsigned pairs_of(size_t dv, size_t de)
{
	unsigned m = 0;
	size_t a, b;
	for (a = 0; a < dv; a++)
		for (b = 0; b < de; b++)
			m |= 1u << (3 * a + b);
	return m;
}

static int near_pair(near_pairs *nb, cost_job *J, size_t i, size_t j, size_t a, size_t b)
{
	lattice *L = J->L;
	size_t p = i - 1 - a, q = j - 1 - b;
	/* the pair's cell (i - a, j - b) in the job's cache: its row cached
	 * by this job (J->cached[a]) and the column inside the row */
	if (J->cached[a] && q + 1 >= J->r[a].lo && q + 1 <= J->r[a].hi) {
		size_t at = J->base[a] + q + 1;
		if (J->cn[at] != NOT_CACHED) {
			nb->c.n[a][b] = J->cn[at];
			nb->c.list[a][b] = nb->c.n[a][b] ? J->row_items[a]->items + J->coff[at] : NULL;
			nb->c.gain[a][b] = &J->gain[at];
			return 0;
		}
	}
	nb->scratch |= 1u << (3 * a + b);
	nb->c.gain[a][b] = NULL;
	nb->off[a][b] = J->scratch.count;
	if (vta_anchor_candidates(&J->scratch, &J->s->tv, L->i0 + p, &J->s->te, L->j0 + q))
		return VIETALIGN_ENOMEM;
	nb->c.n[a][b] = J->scratch.count - nb->off[a][b];
	return 0;
}

/* The candidates of the pairs `need` (bits 3 a + b) of cell (i, j), in
 * nb->c; those made in the scratch pointed to once all are made (the
 * scratch may move while it grows). */
static int near_cands(cost_job *J, near_pairs *nb, size_t i, size_t j, unsigned need)
{
	unsigned sc;
	for (; need; need &= need - 1) {
		int p = __builtin_ctz(need);
		if (near_pair(nb, J, i, j, (size_t)p / 3, (size_t)p % 3))
			return VIETALIGN_ENOMEM;
	}
	for (sc = nb->scratch; sc; sc &= sc - 1) {
		int p = __builtin_ctz(sc), a = p / 3, b = p % 3;
		nb->c.list[a][b] = nb->c.n[a][b] ? J->scratch.items + nb->off[a][b] : NULL;
	}
	return 0;
}

/* Whether every bead that ends in cell (i, j) and starts inside the
 * corridor was costed by an earlier search (old: its costs of the cell,
 * or NULL): then the search again after a repair, whose costs lie in
 * place, leaves the cell as it is (a bead that starts outside is INFINITY
 * there already: the corridor only widened), and a repair's window only
 * copies them. */
static int kept_whole(const cost_job *J, const float *old, size_t j)
{
	int k;
	if (!old)
		return 0;
#pragma GCC unroll 8
	for (k = 0; k < VTA_NSHAPES; k++)
		if (SLOTS[k] >= 0 && old[SLOTS[k]] == INFINITY &&
		    in_row(&J->r[SHAPES[k].dv], j - (size_t)SHAPES[k].de) != SIZE_MAX)
			return 0;
	return 1;
}

/* The costs of the beads with both sides ending in cell (i, j) (INFINITY
 * where a bead would start outside the corridor); old: the costs an
 * earlier search gave the cell, or NULL. */
static int cost_cell(cost_job *J, size_t i, size_t j, const float *old)
{
	lattice *L = J->L;
	const vta_scorer *s = J->s;
	float *cost = &L->cost[in_row(&J->r[0], j) * VTA_NBOTH];
	near_pairs nb;
	unsigned todo = 0, need = 0; /* the shapes to cost, the pairs they hold */
	int k;
#pragma GCC unroll 8
	for (k = 0; k < VTA_NSHAPES; k++) {
		size_t dv = (size_t)SHAPES[k].dv, de = (size_t)SHAPES[k].de;
		int slot = SLOTS[k];
		float was;
		if (slot < 0)
			continue;
		was = old ? old[slot] : INFINITY; /* read before cost[slot] is set */
		cost[slot] = INFINITY;
		if (in_row(&J->r[dv], j - de) == SIZE_MAX)
			continue;      /* the bead would start outside */
		if (was != INFINITY) { /* costed before, by this scorer */
			cost[slot] = was;
			continue;
		}
		todo |= 1u << k;
		need |= J->pairs[k];
	}
	nb.scratch = 0;
	nb.c.marks = J->marks;
	J->scratch.count = 0;
	if (s->anchors && todo && near_cands(J, &nb, i, j, need))
		return VIETALIGN_ENOMEM;
	for (; todo; todo &= todo - 1) {
		k = __builtin_ctz(todo);
		cost[SLOTS[k]] = (float)vta_bead_cost(s, L->i0 + i - (size_t)SHAPES[k].dv,
		                                      L->j0 + j - (size_t)SHAPES[k].de, k, s->anchors ? &nb.c : NULL);
	}
	return 0;
}

static void *cost_rows(void *arg)
{
	cost_job *J = arg;
	size_t i, j;
	for (i = 0; i < VTA_NSHAPES; i++)
		J->pairs[i] = pairs_of((size_t)SHAPES[i].dv, (size_t)SHAPES[i].de);
	for (i = J->row0; i < J->row1 && !J->rc; i++) {
		size_t d;
		for (d = 0; d < 4; d++)
			J->r[d] = row_at(J->L, i - d);
		for (d = 0; d < 3; d++) {
			J->row_items[d] = &J->rows[(i - d) % 3];
			J->cached[d] = i >= d && i - d >= J->row0;
			J->base[d] = J->cached[d] ? ((i - d) % 3) * J->L->width - J->r[d].lo : 0;
		}
		for (J->rows[i % 3].count = 0, j = J->r[0].lo; j <= J->r[0].hi && !J->rc; j++) {
			const float *old = prev_costs(J->L, i, j);
			/* a cell with a bead to cost caches its pair */
			int whole = kept_whole(J, old, j);
			J->rc = cache_pair(J, i, j, whole) || ((!whole || !J->L->inplace) && cost_cell(J, i, j, old))
			                ? VIETALIGN_ENOMEM
			                : 0;
		}
		if (!J->rc && vta_progress_add(J->L->pg, J->r[0].hi + 1 - J->r[0].lo))
			J->rc = VIETALIGN_ECANCELED;
	}
	for (i = 0; i < 3; i++) {
		free(J->rows[i].items);
		J->rows[i].items = NULL;
	}
	free(J->scratch.items);
	J->scratch.items = NULL;
	return NULL;
}

/* Splits the rows into L->threads shares of about equal cells. */
static void split_rows(cost_job *jobs, unsigned n, const lattice *L)
{
	size_t row = 0, t;
	for (t = 0; t < n; t++) {
		size_t target = L->cells / n * (t + 1);
		jobs[t].row0 = row;
		while (row <= L->c->n && (t + 1 == n || L->off[row] < target))
			row++;
		jobs[t].row1 = row;
	}
}

/* Every bead cost of the corridor, on L->threads threads: the costs do
 * not depend on one another, only the search that uses them does. */
static int costs(lattice *L, const vta_scorer *s)
{
	cost_job jobs[VTA_PARALLEL_MAX];
	unsigned n = L->threads < VTA_PARALLEL_MAX ? L->threads : VTA_PARALLEL_MAX, t;
	int rc = 0;
	if ((size_t)n * 1024 > L->cells) /* not worth a thread */
		n = 1;
	memset(jobs, 0, sizeof jobs);
	split_rows(jobs, n, L);
	for (t = 0; t < n; t++) {
		jobs[t].L = L;
		jobs[t].s = s;
		if (!(jobs[t].marks = calloc(1, sizeof *jobs[t].marks)) ||
		    !(jobs[t].coff = malloc(3 * L->width * sizeof *jobs[t].coff)) ||
		    !(jobs[t].cn = malloc(3 * L->width * sizeof *jobs[t].cn)) ||
		    !(jobs[t].gain = malloc(3 * L->width * sizeof *jobs[t].gain)) ||
		    !(jobs[t].probe = malloc(sizeof *jobs[t].probe)))
			rc = VIETALIGN_ENOMEM;
		else
			jobs[t].probe->sentence = SIZE_MAX;
	}
	if (!rc)
		vta_parallel(cost_rows, jobs, sizeof *jobs, n);
	for (t = 0; t < n; t++) {
		rc = rc ? rc : jobs[t].rc;
		free(jobs[t].marks);
		free(jobs[t].coff);
		free(jobs[t].cn);
		free(jobs[t].gain);
		free(jobs[t].probe);
	}
	return rc;
}

/* Where a sweep finds, from column j of its row, the cell in which a bead
 * of one shape starts (forward) or ends (backward): x = j - lo (wrapping),
 * in the row when x < n, the cell then off + x. Made once per row. */
typedef struct {
	size_t lo, n, off;
} reach;

/* The reach of the beads of de English sentences into row r (back: from
 * the bead's start, else from its end). */
static reach reach_of(const row_view *r, size_t de, int back)
{
	reach x;
	x.lo = back ? r->lo - de : r->lo + de;
	x.n = r->hi >= r->lo ? r->hi - r->lo + 1 : 0;
	x.off = r->off;
	return x;
}

/* Viterbi (with viterbi) and the forward sums (alpha, with sums) for row
 * i from the bead costs; the Viterbi costs of the last four rows are kept
 * (a bead spans three rows at most). A bead whose cost is INFINITY never
 * wins (from + INFINITY < b fails) and adds the term -INFINITY. */
VTA_INLINE void forward_cells(lattice *L, size_t i, int viterbi, int sums)
{
	row_view r0 = row_at(L, i);
	reach R[VTA_NSHAPES];
	const double *best[VTA_NSHAPES];
	double *out = viterbi ? &L->best[(i % 4) * L->width] : NULL;
	size_t j;
	int k;
	for (k = 0; k < VTA_NSHAPES; k++) {
		size_t dv = (size_t)SHAPES[k].dv;
		row_view r = row_at(L, i - dv);
		R[k] = reach_of(&r, (size_t)SHAPES[k].de, 0);
		best[k] = viterbi ? &L->best[((i - dv) % 4) * L->width] : NULL; /* sums alone: no best[] */
	}
	for (j = r0.lo; j <= r0.hi; j++) {
		size_t c = r0.off + (j - r0.lo);
		double b = (i == 0 && j == 0) ? 0.0 : INFINITY, t[NTERMS];
		unsigned char bp = NO_SHAPE;
#pragma GCC unroll 8
		for (k = 0; k < VTA_NSHAPES; k++) {
			size_t x = j - R[k].lo;
			double cost;
			t[k] = -INFINITY;
			if (x >= R[k].n)
				continue;
			cost = bead_cost(L, c, i, j, k);
			if (sums && cost != INFINITY)
				t[k] = L->alpha[R[k].off + x] - cost;
			if (viterbi && best[k][x] + cost < b) {
				b = best[k][x] + cost;
				bp = (unsigned char)k;
			}
		}
		if (sums) {
			t[VTA_NSHAPES] = (i == 0 && j == 0) ? 0.0 : -INFINITY;
			L->alpha[c] = log_sum(t);
		}
		if (viterbi) {
			out[j - r0.lo] = b;
			L->bp[c] = bp;
		}
	}
}

static void forward_row(lattice *L, size_t i, int viterbi)
{
	if (viterbi && L->sums)
		forward_cells(L, i, 1, 1);
	else if (viterbi)
		forward_cells(L, i, 1, 0);
	else
		forward_cells(L, i, 0, 1);
}

static void sweep_forward(lattice *L, int viterbi)
{
	size_t i;
	for (i = 0; i <= L->c->n && !vta_progress_add(L->pg, L->off[i + 1] - L->off[i]); i++)
		forward_row(L, i, viterbi);
}

/* The backward sums (beta, for posteriors) of row i, from the rows below;
 * the lattice's end is the first term. */
static void backward_row(lattice *L, size_t i)
{
	const vta_corridor *C = L->c;
	double *beta = L->beta;
	row_view r0 = row_at(L, i);
	reach R[VTA_NSHAPES];
	size_t j;
	int k;
	for (k = 0; k < VTA_NSHAPES; k++) {
		row_view r = row_at(L, i + (size_t)SHAPES[k].dv);
		R[k] = reach_of(&r, (size_t)SHAPES[k].de, 1);
	}
	for (j = r0.hi + 1; j-- > r0.lo;) {
		double t[NTERMS];
		t[0] = (i == C->n && j == C->m) ? 0.0 : -INFINITY;
#pragma GCC unroll 8
		for (k = 0; k < VTA_NSHAPES; k++) {
			size_t x = j - R[k].lo, q;
			double cost;
			t[k + 1] = -INFINITY;
			if (x >= R[k].n)
				continue;
			q = R[k].off + x;
			cost = bead_cost(L, q, i + (size_t)SHAPES[k].dv, j + (size_t)SHAPES[k].de, k);
			if (cost != INFINITY)
				t[k + 1] = beta[q] - cost;
		}
		beta[r0.off + (j - r0.lo)] = log_sum(t);
	}
}

static void sweep_backward(lattice *L)
{
	size_t i = L->c->n + 1;
	while (i-- > 0 && !vta_progress_add(L->pg, L->off[i + 1] - L->off[i]))
		backward_row(L, i);
}

/* One of the sweeps over the costs, to run side by side: forward (with
 * Viterbi or, for a path already found, the sums alone) or backward. */
enum { SWEEP_VITERBI, SWEEP_SUMS, SWEEP_BACKWARD };

typedef struct {
	lattice *L;
	int kind;
} sweep_job;

static void *sweep(void *arg)
{
	sweep_job *j = arg;
	if (j->kind == SWEEP_BACKWARD)
		sweep_backward(j->L);
	else
		sweep_forward(j->L, j->kind == SWEEP_VITERBI);
	return NULL;
}

/* Runs the forward sweep sweeps[0] (Viterbi with the sums, or the sums
 * alone) and the backward one sweeps[1], which need only the costs: side
 * by side when the scorer has a second thread. */
static void run_sweeps(sweep_job sweeps[2])
{
	if (sweeps[0].L->threads >= 2) {
		vta_parallel(sweep, sweeps, sizeof *sweeps, 2);
		return;
	}
	sweep(&sweeps[0]);
	sweep(&sweeps[1]);
}

/* Room for the forward and backward sums of every cell. */
static int alloc_sums(lattice *L)
{
	if (!(L->alpha = malloc(L->cells * sizeof *L->alpha)) || !(L->beta = malloc(L->cells * sizeof *L->beta)))
		return VIETALIGN_ENOMEM;
	return 0;
}

/* The bead costs, then Viterbi (with L->sums, the forward sums in the
 * same sweep, and the backward ones beside it). With drop (s itself), the
 * costs are the last the search computes: its anchor tables go before
 * the sweeps take their memory. */
static int forward(lattice *L, const vta_scorer *s, vta_scorer *drop)
{
	sweep_job sweeps[2] = {{L, SWEEP_VITERBI}, {L, SWEEP_BACKWARD}};
	vta_instant t0 = vta_now();
	int rc = vta_progress_phase(L->pg, L->upto[0], L->cells) ? VIETALIGN_ECANCELED : costs(L, s);
	if (L->pg && s->stats) { /* a search of the whole corridor */
		vta_lap(&s->stats->costs_s, &s->stats->costs_cpu_s, t0);
		L->t_sweeps = vta_now();
	}
	if (rc || vta_progress_phase(L->pg, L->upto[1], L->sums ? 2 * L->cells : L->cells))
		return rc ? rc : VIETALIGN_ECANCELED;
	if (drop)
		vta_scorer_drop_anchors(drop);
	if (!(L->best = malloc(4 * L->width * sizeof *L->best)) || !(L->bp = malloc(L->cells)))
		return VIETALIGN_ENOMEM;
	if (!L->sums) {
		sweep(&sweeps[0]);
	} else {
		if (alloc_sums(L))
			return VIETALIGN_ENOMEM;
		run_sweeps(sweeps);
	}
	if (L->pg && s->stats)
		vta_lap(&s->stats->sweeps_s, &s->stats->sweeps_cpu_s, L->t_sweeps);
	return vta_progress_stopped(L->pg) ? VIETALIGN_ECANCELED : 0;
}

/* The best path as beads in document order, in lattice coordinates
 * (scores left at 0). */
static int trace(vta_bead **out, size_t *nout, const lattice *L)
{
	size_t i = L->c->n, j = L->c->m, count = 0, cap = L->c->n + L->c->m + 1;
	vta_bead *b = malloc(cap * sizeof *b);
	if (!b)
		return VIETALIGN_ENOMEM;
	while (i > 0 || j > 0) {
		int k = L->bp[cell(L, i, j)];
		vta_bead *bd = &b[count++];
		bd->vi_count = (size_t)vta_shapes[k].dv;
		bd->en_count = (size_t)vta_shapes[k].de;
		bd->vi_first = L->i0 + i - bd->vi_count;
		bd->en_first = L->j0 + j - bd->en_count;
		bd->score = 0;
		i -= bd->vi_count;
		j -= bd->en_count;
	}
	for (i = 0; i < count / 2; i++) {
		vta_bead t = b[i];
		b[i] = b[count - 1 - i];
		b[count - 1 - i] = t;
	}
	/* room was made for the longest path (all omissions): give back the
	 * rest, the sums that follow need it (a shrinking realloc() that
	 * fails leaves the block as it was) */
	if (count && count < cap) {
		vta_bead *fit = realloc(b, count * sizeof *b);
		b = fit ? fit : b;
	}
	*out = b;
	*nout = count;
	return 0;
}

/* The best path through the whole lattice (from (0, 0)) as shapes: a
 * byte a bead (vta_path), where beads would take 40. */
static int trace_path(vta_path *p, const lattice *L)
{
	size_t i = L->c->n, j = L->c->m, count = 0, k;
	uint8_t *sh = malloc(L->c->n + L->c->m + 1);
	if (!sh)
		return VIETALIGN_ENOMEM;
	while (i > 0 || j > 0) {
		int shape = L->bp[cell(L, i, j)];
		sh[count++] = (uint8_t)shape;
		i -= (size_t)vta_shapes[shape].dv;
		j -= (size_t)vta_shapes[shape].de;
	}
	for (k = 0; k < count / 2; k++) {
		uint8_t t = sh[k];
		sh[k] = sh[count - 1 - k];
		sh[count - 1 - k] = t;
	}
	free(p->shape);
	p->shape = sh;
	p->n = count;
	p->cap = L->c->n + L->c->m + 1;
	return 0;
}

/* The beads of path p, scores left 0. */
static int beads_of(vta_bead **out, size_t *n, const vta_path *p)
{
	size_t k, i = 0, j = 0;
	vta_bead *b = malloc((p->n ? p->n : 1) * sizeof *b);
	if (!b)
		return VIETALIGN_ENOMEM;
	for (k = 0; k < p->n; k++) {
		b[k].vi_first = i;
		b[k].en_first = j;
		b[k].vi_count = (size_t)vta_shapes[p->shape[k]].dv;
		b[k].en_count = (size_t)vta_shapes[p->shape[k]].de;
		b[k].score = 0;
		i += b[k].vi_count;
		j += b[k].en_count;
	}
	*out = b;
	*n = p->n;
	return 0;
}

/* Whether English sentences [a, a+n) and [b, b+n) hold the same text. */
static int same_english(const vietalign_doc *en, size_t a, size_t b, size_t n)
{
	size_t k;
	for (k = 0; k < n; k++) {
		const vta_sentence *x = &en->sents[a + k], *y = &en->sents[b + k];
		if (x->text_length != y->text_length || memcmp(x->text, y->text, x->text_length))
			return 0;
	}
	return 1;
}

/* log P(the bead of shape k from corridor cell (i0, j0)) */
static double bead_log_posterior(const lattice *L, size_t i0, size_t j0, int k, double z)
{
	size_t dv = (size_t)vta_shapes[k].dv, de = (size_t)vta_shapes[k].de;
	row_view r0 = row_at(L, i0), r1 = row_at(L, i0 + dv);
	size_t from = in_row(&r0, j0), c = in_row(&r1, j0 + de);
	if (from == SIZE_MAX || c == SIZE_MAX)
		return -INFINITY;
	return L->alpha[from] - bead_cost(L, c, i0 + dv, j0 + de, k) + L->beta[c] - z;
}

/* Posterior probability of each bead of the path: that its Vietnamese
 * sentences are paired with its English text, wherever that text stands.
 * A text repeated on the English side (the same line ten thousand times)
 * can be paired with any of its copies at the cost of two omissions; the
 * paths through the other copies are many, and the copy the path chose
 * alone would get a small share, though the pair it writes is sure. */
static void posteriors(vta_bead *b, float *cost, size_t n, const lattice *L, const vta_scorer *s)
{
	double z = L->alpha[cell(L, L->c->n, L->c->m)];
	size_t x;
	for (x = 0; x < n; x++) {
		/* beads are in lattice coordinates, cells in the corridor's */
		size_t i0 = b[x].vi_first - L->i0, j0 = b[x].en_first - L->j0, de = b[x].en_count, j;
		int k = vta_shape_index(b[x].vi_count, b[x].en_count);
		double p = exp(bead_log_posterior(L, i0, j0, k, z));
		row_view r = row_at(L, i0), r1 = row_at(L, i0 + b[x].vi_count);
		if (cost)
			cost[x] = (float)bead_cost(L, in_row(&r1, j0 + de), i0 + b[x].vi_count, j0 + de, k);
		for (j = r.lo; de && b[x].vi_count && j <= r.hi; j++)
			if (j != j0 && j + de <= L->c->m && same_english(s->en, L->j0 + j0, L->j0 + j, de))
				p += exp(bead_log_posterior(L, i0, j, k, z));
		b[x].score = p >= 1.0 ? 1.0 : p;
	}
}

void vta_prev_costs_free(vta_prev_costs *p)
{
	vta_corridor_free(&p->c);
	free(p->off);
	free(p->cost);
	memset(p, 0, sizeof *p);
}

/* Whether every cell that both q and p hold lies no later in q's layout
 * than in p's (then p's costs can be moved into q's layout in place). */
static int compacts(const vta_prev_costs *q, const vta_prev_costs *p)
{
	size_t i;
	for (i = 0; i <= q->c.n && i <= p->c.n; i++) {
		size_t lo = q->c.lo[i] > p->c.lo[i] ? q->c.lo[i] : p->c.lo[i];
		size_t hi = q->c.hi[i] < p->c.hi[i] ? q->c.hi[i] : p->c.hi[i];
		if (lo <= hi && q->off[i] + (lo - q->c.lo[i]) > p->off[i] + (lo - p->c.lo[i]))
			return 0;
	}
	return 1;
}

/* Whether every row of q starts no earlier in q's layout than in p's, and
 * every cell both hold lies no earlier in q's (then the costs can be moved
 * into q's layout in place, from the last row up, once the array has
 * grown: a corridor widened by a repair). */
static int spreads(const vta_prev_costs *q, const vta_prev_costs *p)
{
	size_t i;
	if (q->c.n != p->c.n || q->off[q->c.n + 1] < p->off[p->c.n + 1])
		return 0; /* the array must not shrink below what is yet to move */
	for (i = 0; i <= q->c.n; i++) {
		size_t lo = q->c.lo[i] > p->c.lo[i] ? q->c.lo[i] : p->c.lo[i];
		size_t hi = q->c.hi[i] < p->c.hi[i] ? q->c.hi[i] : p->c.hi[i];
		if (q->off[i] < p->off[i])
			return 0;
		if (lo <= hi && q->off[i] + (lo - q->c.lo[i]) < p->off[i] + (lo - p->c.lo[i]))
			return 0;
	}
	return 1;
}

/* Row i of q's layout filled from p's costs (cells p lacks: INFINITY),
 * into to (which may be p's own array: see compacts()). */
static void fill_row(float *to, const vta_prev_costs *q, const vta_prev_costs *p, size_t i)
{
	size_t j, k, lo = 0, hi = 0;
	int both = 0;
	if (i <= p->c.n) {
		lo = q->c.lo[i] > p->c.lo[i] ? q->c.lo[i] : p->c.lo[i];
		hi = q->c.hi[i] < p->c.hi[i] ? q->c.hi[i] : p->c.hi[i];
		both = lo <= hi;
	}
	/* the run both hold first, moved at once: in place, the cells around
	 * it may cover where it was */
	if (both)
		memmove(&to[(q->off[i] + lo - q->c.lo[i]) * VTA_NBOTH],
		        &p->cost[(p->off[i] + lo - p->c.lo[i]) * VTA_NBOTH], (hi - lo + 1) * VTA_NBOTH * sizeof *to);
	for (j = q->c.lo[i]; j <= q->c.hi[i]; j++) {
		float *d = &to[(q->off[i] + j - q->c.lo[i]) * VTA_NBOTH];
		if (both && j == lo) {
			j = hi;
			continue;
		}
		for (k = 0; k < VTA_NBOTH; k++)
			d[k] = INFINITY; /* not costed */
	}
}

int vta_prev_costs_restrict(vta_prev_costs *p, const vta_corridor *c)
{
	vta_prev_costs q = {0};
	size_t i, cells;
	float *to;
	if (vta_corridor_offsets(&q.off, c) || (cells = q.off[c->n + 1]) > SIZE_MAX / (VTA_NBOTH * sizeof *q.cost)) {
		free(q.off);
		return VIETALIGN_ENOMEM;
	}
	/* c itself is q's corridor while the costs move, read only; q gets
	 * its copy once p's is gone, so the two never take memory at once */
	q.c = *c;
	/* in place when the cells only move forward (the usual case: the new
	 * corridor is narrower) or only back (a repair widened it), so the
	 * two layouts never take memory at once */
	if (compacts(&q, p)) {
		for (i = 0; i <= c->n; i++)
			fill_row(p->cost, &q, p, i);
		/* a shrinking realloc() cannot fail in practice; if it does the block stays */
		to = cells ? realloc(p->cost, cells * VTA_NBOTH * sizeof *to) : NULL;
		q.cost = to ? to : p->cost;
		q.cap = to ? cells : p->cap;
		p->cost = NULL;
	} else if (spreads(&q, p) &&
	           (to = cells <= p->cap ? p->cost : realloc(p->cost, cells * VTA_NBOTH * sizeof *to)) != NULL) {
		q.cap = cells <= p->cap ? p->cap : cells;
		p->cost = to;
		for (i = c->n + 1; i-- > 0;)
			fill_row(p->cost, &q, p, i);
		q.cost = p->cost;
		p->cost = NULL;
	} else {
		if (!(q.cost = malloc(cells * VTA_NBOTH * sizeof *q.cost))) {
			free(q.off);
			return VIETALIGN_ENOMEM;
		}
		for (i = 0; i <= c->n; i++)
			fill_row(q.cost, &q, p, i);
	}
	vta_prev_costs_free(p);
	if (vta_corridor_copy(&q.c, c)) { /* which leaves q.c empty */
		vta_prev_costs_free(&q);
		return VIETALIGN_ENOMEM;
	}
	*p = q;
	return 0;
}

/* Hands the lattice's costs over to keep (with a copy of its corridor). */
static int keep_costs(vta_prev_costs *keep, lattice *L)
{
	vta_prev_costs_free(keep);
	if (vta_corridor_copy(&keep->c, L->c))
		return VIETALIGN_ENOMEM;
	keep->off = L->off;
	keep->cost = L->cost;
	keep->cap = L->cap;
	L->off = NULL;
	L->cost = NULL;
	return 0;
}

/* The best path through the whole corridor into path (its shapes), its
 * bead costs kept in keep; costs keep holds for exactly these cells (a
 * search again after a repair) are taken over, and only the cells they
 * lack costed. With out, the path's beads too (with sums, with their
 * posteriors). drop: as forward()'s. */
static int search_once(vta_path *path, vta_bead **out, size_t *nout, float **cost, const vta_scorer *s,
                       const vta_corridor *c, int sums, vta_prev_costs *keep, vta_scorer *drop, double costs_upto,
                       double upto)
{
	float *adopt = keep->cost && vta_corridor_same(&keep->c, c) ? keep->cost : NULL;
	size_t cap = keep->cap;
	lattice L;
	int rc;
	if (out) {
		*out = NULL;
		*nout = 0;
	}
	if (adopt) { /* the lattice's from here; keep is made again at the end */
		keep->cost = NULL;
		vta_prev_costs_free(keep);
	}
	rc = lattice_init(&L, c, 0, 0, sums, s, NULL, adopt, cap);
	L.pg = s->progress;
	L.upto[0] = costs_upto;
	L.upto[1] = upto;
	if (!rc && !(rc = forward(&L, s, drop)) && !(rc = trace_path(path, &L))) {
		/* the back pointers go before the beads and the kept corridor come */
		free(L.bp);
		L.bp = NULL;
		if (out)
			rc = beads_of(out, nout, path);
		if (!rc && sums && cost && !(*cost = malloc((*nout ? *nout : 1) * sizeof **cost)))
			rc = VIETALIGN_ENOMEM;
		if (!rc && sums)
			posteriors(*out, cost ? *cost : NULL, *nout, &L, s);
		if (!rc)
			rc = keep_costs(keep, &L);
	}
	lattice_free(&L);
	return rc;
}

/* The posteriors of path b over the corridor of the costs kept from the
 * search that found it (every cell costed, by the same scorer), which are
 * taken over: the forward and backward sums side by side, no Viterbi
 * again. */
static int posteriors_of(vta_bead *b, float **cost, size_t n, const vta_scorer *s, vta_prev_costs *kept)
{
	lattice L;
	sweep_job sweeps[2] = {{&L, SWEEP_SUMS}, {&L, SWEEP_BACKWARD}};
	int rc = lattice_init(&L, &kept->c, 0, 0, 1, s, NULL, kept->cost, kept->cap);
	kept->cost = NULL;
	L.pg = s->progress;
	vta_instant t0 = vta_now();
	if (!rc && vta_progress_phase(L.pg, 1.0, 2 * L.cells))
		rc = VIETALIGN_ECANCELED;
	if (!rc)
		rc = alloc_sums(&L);
	if (!rc) {
		run_sweeps(sweeps);
		rc = vta_progress_stopped(L.pg) ? VIETALIGN_ECANCELED : 0;
		if (s->stats)
			vta_lap(&s->stats->sweeps_s, &s->stats->sweeps_cpu_s, t0);
	}
	if (!rc && cost && !(*cost = malloc((n ? n : 1) * sizeof **cost)))
		rc = VIETALIGN_ENOMEM;
	if (!rc)
		posteriors(b, cost ? *cost : NULL, n, &L, s);
	lattice_free(&L);
	return rc;
}

int vta_search_window(vta_bead **out, size_t *nout, const vta_scorer *s, const vta_prev_costs *prev,
                      const vta_corridor *c, size_t i0, size_t j0)
{
	lattice L;
	int rc;
	*out = NULL;
	*nout = 0;
	if (!(rc = lattice_init(&L, c, i0, j0, 0, s, prev, NULL, 0)) && !(rc = forward(&L, s, NULL)))
		rc = trace(out, nout, &L);
	if (s->stats)
		s->stats->window_cells += L.cells;
	lattice_free(&L);
	return rc;
}

/* Where the alignment's progress stands after the first search's costs
 * and sweeps, the repairs and the second search's costs (the call's
 * earlier phases end at VTA_SEARCH_PROGRESS: see align.c); the bead costs
 * of the first search are most of the work. */
#define PROGRESS_COSTS (VTA_SEARCH_PROGRESS + 0.70 * (1 - VTA_SEARCH_PROGRESS))
#define PROGRESS_SWEEPS (VTA_SEARCH_PROGRESS + 0.85 * (1 - VTA_SEARCH_PROGRESS))
#define PROGRESS_REPAIRS (VTA_SEARCH_PROGRESS + 0.90 * (1 - VTA_SEARCH_PROGRESS))
#define PROGRESS_AGAIN (VTA_SEARCH_PROGRESS + 0.93 * (1 - VTA_SEARCH_PROGRESS))

int vta_search(vta_bead **out, size_t *nout, float **costs, vta_scorer *s, vta_corridor *c, unsigned flags,
               vta_error *err)
{
	vta_prev_costs kept = {0};
	vta_path path = {0};
	vta_scorer *drop = flags & VTA_SEARCH_LAST_USE ? s : NULL;
	int scores = (flags & VTA_SEARCH_SCORES) != 0, changed = 0;
	float **cost = scores ? costs : NULL;
	vta_instant t0;
	int rc;
	if (s->stats)
		s->stats->corridor_cells = vta_corridor_cells(c);
	if (costs)
		*costs = NULL;
	*out = NULL;
	*nout = 0;
	rc = search_once(&path, NULL, NULL, NULL, s, c, 0, &kept, NULL, PROGRESS_COSTS, PROGRESS_SWEEPS);
	/* the search's sweep arrays, gone, may have lain in the allocator's
	 * heaps: the repairs' windows and the second search's new cells
	 * would count them again */
	if (!rc)
		vta_scorer_give_back(s);
	t0 = vta_now();
	/* the repairs search cells of c again: their costs are taken from
	 * this search, only new cells are computed */
	if (!rc && vta_progress_phase(s->progress, PROGRESS_REPAIRS, path.n))
		rc = VIETALIGN_ECANCELED;
	if (!rc)
		rc = vta_repair(&path, &changed, s, &kept, c);
	if (s->stats) {
		vta_lap(&s->stats->repairs_s, &s->stats->repairs_cpu_s, t0);
		s->stats->final_cells = vta_corridor_cells(c);
	}
	/* the repairs found their stretches apart: the whole widened corridor
	 * searched again gives the best path through it, and the posteriors
	 * in the same sweeps; else they are summed over the costs as they are */
	if (!rc && changed && !(rc = vta_prev_costs_restrict(&kept, c))) {
		rc = search_once(&path, out, nout, cost, s, c, scores, &kept, drop, PROGRESS_AGAIN, 1.0);
	} else if (!rc) {
		if (scores && drop)
			vta_scorer_drop_anchors(drop);
		rc = beads_of(out, nout, &path);
		if (!rc && scores)
			rc = posteriors_of(*out, cost, *nout, s, &kept);
	}
	free(path.shape);
	vta_prev_costs_free(&kept);
	if (rc) {
		free(*out);
		*out = NULL;
		*nout = 0;
		if (costs) {
			free(*costs);
			*costs = NULL;
		}
		if (rc == VIETALIGN_ECANCELED)
			return vta_error_set(err, rc, "canceled during the search");
		return vta_error_set(err, rc, "out of memory for the search (%zu x %zu sentences)", c->n, c->m);
	}
	return 0;
}
