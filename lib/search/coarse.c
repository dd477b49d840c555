/* coarse.c - where to search: a path found by length alone on coarsened
 * texts (neighbouring sentences merged two by two, level after level) and
 * projected back, widened by a margin at each level. This is the multilevel
 * idea of FastDTW on Gale–Church costs: every level costs time linear in its
 * length, so the whole costs O((n + m) r), never n x m. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "search/search.h"

#define NO_SHAPE 255
/* Shapes used on coarse levels: the first six of vta_shapes (1-1, 1-0,
 * 0-1, 2-1, 1-2, 2-2); merged units rarely need more. */
#define COARSE_SHAPES 6

typedef struct {
	double *len; /* characters of each unit */
	size_t n;
} seq;

static int seq_of_doc(seq *q, const vietalign_doc *d)
{
	size_t i;
	q->n = d->nsents;
	if (!(q->len = malloc((q->n + 1) * sizeof *q->len)))
		return VIETALIGN_ENOMEM;
	for (i = 0; i < q->n; i++)
		q->len[i] = (double)d->sents[i].nchars;
	return 0;
}

static int seq_halve(seq *out, const seq *in)
{
	size_t k;
	out->n = (in->n + 1) / 2;
	if (!(out->len = malloc((out->n + 1) * sizeof *out->len)))
		return VIETALIGN_ENOMEM;
	for (k = 0; k < out->n; k++)
		out->len[k] = in->len[2 * k] + (2 * k + 1 < in->n ? in->len[2 * k + 1] : 0.0);
	return 0;
}

static double span(const seq *q, size_t i, int n)
{
	double t = 0;
	int k;
	for (k = 0; k < n; k++)
		t += q->len[i + (size_t)k];
	return t;
}

static double unit_cost(const vta_scorer *s, const seq *v, const seq *e, size_t i, size_t j, int k)
{
	int dv = vta_shapes[k].dv, de = vta_shapes[k].de;
	/* leaving a merged unit out costs what leaving out its sentences one
	 * by one would: were it as cheap as one sentence, a long text's
	 * coarsest path could wander off by pairs of skips */
	if (de == 0)
		return span(v, i, dv) / s->mean_vi * (s->prior[k] + VTA_PARAMS.coarse_omit_extra);
	if (dv == 0)
		return span(e, j, de) / s->mean_en * (s->prior[k] + VTA_PARAMS.coarse_omit_extra);
	/* merged units of the two sides start and end at different sentences:
	 * a unit pair that is right may differ by two sentences of each side,
	 * so that much is allowed for, or a long text's coarse path would
	 * rather skip units than pair them */
	return s->prior[k] +
	       vta_length_cost_slack(&s->lm, s->erfc, span(v, i, dv), span(e, j, de),
	                             VTA_PARAMS.coarse_slack * (s->mean_vi * s->mean_vi + s->mean_en * s->mean_en));
}

/* What a level's Viterbi is asked of each bead: the cost of shape k
 * starting at unit (i, j). */
typedef double (*unit_cost_fn)(const vta_scorer *s, const seq *v, const seq *e, size_t i, size_t j, int k);

/* Viterbi inside c over the first nshapes shapes, each bead costed by
 * cost(); *path receives the beads. The rows a bead can start in are
 * looked up once per row, and a bead from a cell no path reaches is not
 * costed at all (on the 100k pair of bench/scale.py that halved the
 * corridor's time). */
static int viterbi(vta_bead **path, size_t *np, const vta_scorer *s, const seq *v, const seq *e, const vta_corridor *c,
                   int nshapes, unit_cost_fn cost)
{
	size_t *off = NULL, i, j, count = 0;
	double *best = NULL;
	unsigned char *bp = NULL;
	vta_bead *b = NULL;
	int rc = VIETALIGN_ENOMEM;
	double low[VTA_NSHAPES];
	int k;
	/* what a bead costs at least: its prior when it has both sides (the
	 * length and paragraph terms are never negative), else nothing */
	for (k = 0; k < nshapes; k++)
		low[k] = vta_shapes[k].dv && vta_shapes[k].de ? s->prior[k] : 0.0;
	if (vta_corridor_offsets(&off, c) || !(best = malloc(off[c->n + 1] * sizeof *best)) ||
	    !(bp = malloc(off[c->n + 1])) || !(b = malloc((c->n + c->m + 1) * sizeof *b)))
		goto done;
	for (i = 0; i <= c->n; i++) {
		size_t lo[4], hi[4], at[4], d;
		for (d = 0; d < 4; d++) { /* rows i - d; one before row 0 holds nothing */
			lo[d] = d <= i ? c->lo[i - d] : 1;
			hi[d] = d <= i ? c->hi[i - d] : 0;
			at[d] = d <= i ? off[i - d] : 0;
		}
		for (j = lo[0]; j <= hi[0]; j++) {
			size_t x = at[0] + (j - lo[0]);
			double bc = (i == 0 && j == 0) ? 0.0 : INFINITY;
			bp[x] = NO_SHAPE;
			for (k = 0; k < nshapes; k++) {
				size_t dv = (size_t)vta_shapes[k].dv, de = (size_t)vta_shapes[k].de;
				double t;
				if (de > j || j - de < lo[dv] || j - de > hi[dv])
					continue;
				t = best[at[dv] + (j - de - lo[dv])];
				if (t == INFINITY || t + low[k] >= bc)
					continue;
				t += cost(s, v, e, i - dv, j - de, k);
				if (t < bc) {
					bc = t;
					bp[x] = (unsigned char)k;
				}
			}
			best[x] = bc;
		}
	}
	for (i = c->n, j = c->m; i > 0 || j > 0;) {
		k = bp[vta_corridor_cell(c, off, i, j)];
		b[count].vi_count = (size_t)vta_shapes[k].dv;
		b[count].en_count = (size_t)vta_shapes[k].de;
		i -= b[count].vi_count;
		j -= b[count].en_count;
		b[count].vi_first = i;
		b[count].en_first = j;
		count++;
	}
	*path = b;
	*np = count;
	b = NULL;
	rc = 0;
done:
	free(off);
	free(best);
	free(bp);
	free(b);
	return rc;
}

/* Covers in c the cells of the beads, scaled by `scale` (a coarse path
 * drawn on a finer lattice). */
static void cover_path(vta_corridor *c, const vta_bead *b, size_t nb, size_t scale)
{
	size_t x, i;
	for (x = 0; x < nb; x++) {
		size_t i0 = b[x].vi_first * scale, i1 = (b[x].vi_first + b[x].vi_count) * scale;
		size_t j0 = b[x].en_first * scale, j1 = (b[x].en_first + b[x].en_count) * scale;
		for (i = i0; i <= i1 && i <= c->n; i++)
			vta_corridor_cover(c, i, j0, j1);
	}
}

/* A sentence bead's cost without its anchors. */
static double sentence_cost(const vta_scorer *s, const seq *v, const seq *e, size_t i, size_t j, int k)
{
	(void)v;
	(void)e;
	return vta_bead_cost_without_anchors(s, i, j, k);
}

/* The best path of sentences through c by the costs without anchors. */
static int length_path(vta_bead **path, size_t *np, const vta_scorer *s, const vta_corridor *c)
{
	seq v = {NULL, s->vi->nsents}, e = {NULL, s->en->nsents};
	return viterbi(path, np, s, &v, &e, c, VTA_NSHAPES, sentence_cost);
}

/* The sentences' level: the path of the level above, projected (its
 * cells alone), is searched again with the sentences' own costs but the
 * anchors (length_path()); the corridor holds that path widened by r
 * columns, and *lp receives it. A path of sentences places the corridor
 * closer than a projected one: 15.2M cells for 16.8M on the 1M pair of
 * bench/scale.py, 1.17M for 1.39M on the 100k pair, at the same f1 (rows
 * widen a path drawn on the diagonal as columns do, and the sure points
 * and the repairs hold the path where it strays). */
static int sentence_corridor(vta_corridor *out, vta_bead **lp, size_t *nlp, const vta_scorer *s, const vta_bead *path,
                             size_t np, size_t r)
{
	vta_corridor thin;
	int rc = vta_corridor_empty(&thin, s->vi->nsents, s->en->nsents);
	if (rc)
		return rc;
	cover_path(&thin, path, np, VTA_PARAMS.coarse_path_width);
	vta_corridor_fix(&thin);
	rc = length_path(lp, nlp, s, &thin);
	vta_corridor_free(&thin);
	if (!rc && !(rc = vta_corridor_empty(out, s->vi->nsents, s->en->nsents))) {
		cover_path(out, *lp, *nlp, 1);
		if (!(rc = vta_corridor_spread(out, 0, r)))
			vta_corridor_fix(out);
	}
	return rc;
}

/* The corridor of level `level` (0: the sentences; each level above
 * merges the units below two by two), widened by r rows and columns on a
 * coarse level, whose path the next finer level may still bend. At the
 * sentences' level, *lp receives the path the corridor was drawn around
 * (sentence_corridor()); it stays NULL when the corridor is the whole
 * lattice. */
static int corridor_for(vta_corridor *out, vta_bead **lp, size_t *nlp, const vta_scorer *s, const seq *v, const seq *e,
                        size_t full_cells, size_t r, int level)
{
	seq v2 = {0}, e2 = {0};
	vta_corridor c2 = {0};
	vta_bead *path = NULL;
	size_t np = 0;
	int rc;
	if (v->n < 2 || e->n < 2 || (v->n + 1) <= full_cells / (e->n + 1))
		return vta_corridor_full(out, v->n, e->n);
	if (!(rc = seq_halve(&v2, v)) && !(rc = seq_halve(&e2, e)) &&
	    !(rc = corridor_for(&c2, NULL, NULL, s, &v2, &e2, full_cells, r, level + 1)) &&
	    !(rc = viterbi(&path, &np, s, &v2, &e2, &c2, COARSE_SHAPES, unit_cost))) {
		if (level == 0) {
			rc = sentence_corridor(out, lp, nlp, s, path, np, r);
		} else if (!(rc = vta_corridor_empty(out, v->n, e->n))) {
			cover_path(out, path, np, VTA_PARAMS.coarse_path_width);
			rc = vta_corridor_close(out, r);
		}
	}
	free(v2.len);
	free(e2.len);
	free(path);
	vta_corridor_free(&c2);
	return rc;
}

/* Widens the corridor to hold the paths between sure points (skeleton.h)
 * where it misses one of a stretch's ends (where it holds both, its path
 * follows the points, and the stretch would only widen it: 15.8M cells
 * for 11.6M on the 1M pair of bench/scale.py, whose points lie 50
 * sentences apart), unless that would more than quadruple it (texts that
 * share almost no sure point, or disagree everywhere, keep the coarse
 * corridor alone). */
static int add_skeleton(vta_corridor *c, const vta_point *sure, size_t nsure, size_t r)
{
	vta_corridor w;
	int rc;
	if (nsure == 0)
		return 0;
	if ((rc = vta_corridor_copy(&w, c)))
		return rc;
	vta_skeleton_cover(&w, sure, nsure, r, VTA_PARAMS.skeleton_skew_max, c);
	vta_corridor_fix(&w);
	if (vta_corridor_cells(&w) / VTA_PARAMS.skeleton_growth_max <= vta_corridor_cells(c)) {
		vta_corridor_free(c);
		*c = w;
	} else {
		vta_corridor_free(&w);
	}
	return 0;
}

/* The path the length model is fitted on: AUTO's (lp, when the search is
 * AUTO's; else worked out here), or the whole lattice's when AUTO
 * searches that: the same model whatever the search mode. */
static int fit_path(vta_bead **lp, size_t *nlp, const vta_scorer *s, const seq *v, const seq *e, size_t full_cells,
                    size_t r)
{
	vta_corridor c = {0};
	int rc = 0;
	if (full_cells != VTA_PARAMS.full_lattice_cells) {
		free(*lp);
		*lp = NULL;
		rc = corridor_for(&c, lp, nlp, s, v, e, VTA_PARAMS.full_lattice_cells, r, 0);
		vta_corridor_free(&c);
	}
	if (!rc && !*lp && !(rc = vta_corridor_full(&c, v->n, e->n))) {
		rc = length_path(lp, nlp, s, &c);
		vta_corridor_free(&c);
	}
	return rc;
}

int vta_search_corridor(vta_corridor *out, vta_length_model *fit, const vta_scorer *s, const vta_point *sure,
                        size_t nsure, size_t full_cells, size_t r)
{
	seq v = {0}, e = {0};
	vta_bead *lp = NULL;
	size_t nlp = 0;
	int rc;
	memset(out, 0, sizeof *out);
	if (!(rc = seq_of_doc(&v, s->vi)) && !(rc = seq_of_doc(&e, s->en)))
		rc = corridor_for(out, &lp, &nlp, s, &v, &e, full_cells, r, 0);
	if (!rc && !vta_corridor_is_full(out))
		rc = add_skeleton(out, sure, nsure, r);
	if (!rc && fit && !(rc = fit_path(&lp, &nlp, s, &v, &e, full_cells, r))) {
		*fit = s->lm;
		vta_length_model_refit_path(fit, s->vi, s->en, lp, nlp);
	}
	free(lp);
	free(v.len);
	free(e.len);
	if (rc)
		vta_corridor_free(out);
	return rc;
}
