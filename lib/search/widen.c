/* widen.c - beads of the shapes the search does not make (1-4, 4-1, 2-3,
 * 3-2), from runs of its beads. The search weighs eight shapes, and each
 * more would grow the bead costs it keeps per cell (its memory, at the
 * limit on a long pair). A sentence that the other side says in four,
 * or two in three, then comes out as a bead of the search's shapes and a
 * neighbour (1-3 + 0-1, 1-2 + 1-2, 2-1 + 1-1 ...); this pass looks at each
 * run of two to four beads along the path and puts one bead in its place
 * when that bead costs less than the run. The run's costs are the
 * search's (its bead parts); the wide bead's prior, length and paragraph
 * terms are its own, and its anchor term is the run's plus what the
 * anchors say of the change (matches across the run's beads earn, the
 * anchors of a sentence the search left out cost when unmatched), read
 * on the documents' anchors of these sentences only. One look per bead:
 * linear in the text. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "search/search.h"

/* Beads of a run looked at, at most: 1-1 + 0-1 + 0-1 + 0-1 is a 1-4. */
#define RUN_MAX 4

/* Whether the sentences of a wide bead of dv and de sentences are more
 * than the view holds (the rest would be ignored: no fair comparison). */
#define WIDE_SENTS_MAX 4

double vta_wide_prior(size_t dv, size_t de)
{
	static const size_t shape[VTA_WIDE_SHAPES][2] = {{1, 4}, {4, 1}, {2, 3}, {3, 2}};
	int k;
	for (k = 0; k < VTA_WIDE_SHAPES; k++)
		if (shape[k][0] == dv && shape[k][1] == de && VTA_PARAMS.wide_prior[k] > 0)
			return -log(VTA_PARAMS.wide_prior[k]);
	return INFINITY;
}

/* What a shared anchor earns and what one without counterpart costs, per
 * unit of weight: the classes of anchor_score.c. */
static double gain_of(const vta_anchor *a)
{
	return VTA_PARAMS.match_gain[vta_anchor_gain_class(a->kind)];
}

static double miss_of(const vta_anchor *a)
{
	return VTA_PARAMS.miss_per_weight[vta_anchor_miss_class(a->kind, a->flags)];
}

/* The misses of the groups of v left unmatched, and, of a side of
 * several sentences, merge_bare for each sentence with costly anchors
 * that matches none (as anchor_score.c's bare_cost()). */
static double side_misses(const vta_anchor_view *v, int nsents)
{
	double c = 0, miss[WIDE_SENTS_MAX] = {0}, hit[WIDE_SENTS_MAX] = {0};
	size_t x;
	int k;
	for (x = 0; x < v->n; x++) {
		unsigned s = v->sent[x] < WIDE_SENTS_MAX ? v->sent[x] : WIDE_SENTS_MAX - 1;
		if (v->grp[x] != x)
			continue;
		miss[s] += miss_of(v->a[x]);
		if (v->gdone[x])
			hit[s] = 1;
		else
			c += miss_of(v->a[x]);
	}
	for (k = 0; nsents >= 2 && k < nsents && k < WIDE_SENTS_MAX; k++)
		if (miss[k] > 0 && !hit[k])
			c += VTA_PARAMS.merge_bare;
	return c;
}

/* The anchor cost of the bead of Vietnamese sentences [i, i+dv) and
 * English [j, j+de) on the documents' anchors, each weighing 1 (the
 * search's IDF weights are gone with its tables): misses less what
 * matches earn. 0 for an omission, as the search counts it. */
int vta_widen_view_cost(double *out, const vta_widen_model *w, size_t i, size_t dv, size_t j, size_t de)
{
	vta_anchor_view *v = w->v, *e = w->e;
	short pair[VTA_VIEW_MAX];
	double gain = 0;
	size_t x;
	*out = 0;
	if (!dv || !de || !w->kinds)
		return 0;
	if (vta_view_gather(v, w->m->vi, i, (int)dv, w->kinds) || vta_view_gather(e, w->m->en, j, (int)de, w->kinds))
		return VIETALIGN_ENOMEM;
	vta_view_match(v, e, pair);
	for (x = 0; x < v->n; x++)
		if (pair[x] >= 0)
			gain += gain_of(v->a[x]);
	*out = w->anchor_weight * (side_misses(v, (int)dv) + side_misses(e, (int)de) - gain);
	return 0;
}

double vta_span_chars(const vietalign_doc *d, size_t first, size_t n)
{
	double c = 0;
	size_t k;
	for (k = 0; k < n; k++)
		c += (double)d->sents[first + k].nchars;
	return c;
}

static int starts_para(const vietalign_doc *d, size_t i)
{
	return i == 0 || d->sents[i - 1].paragraph != d->sents[i].paragraph;
}

static int crosses(const vietalign_doc *d, size_t i, size_t n)
{
	return n >= 2 && d->sents[i].paragraph != d->sents[i + n - 1].paragraph;
}

/* The paragraph term of a two-sided bead (score.h's rule). */
double vta_widen_paragraph_term(const vta_refine_model *m, size_t i, size_t dv, size_t j, size_t de)
{
	return vta_paragraph_term(m->para_cross, m->para_start, crosses(m->vi, i, dv), crosses(m->en, j, de),
	                          starts_para(m->vi, i) != starts_para(m->en, j));
}

double vta_bead_parts_cost(const vta_bead_parts *p)
{
	return (double)p->prior + p->length + p->anchors + p->paragraph;
}

/* What putting one bead in place of beads [k, k+r) saves (> 0: the wide
 * bead is cheaper), into *save; -INFINITY when their union is no wide
 * shape. The wide bead's terms go to *parts. */
static int saving(double *save, vta_bead_parts *parts, const vta_widen_model *w, const vietalign_alignment *al,
                  size_t k, size_t r)
{
	const vta_refine_model *m = w->m;
	const vta_bead *b = &al->beads[k];
	size_t dv = 0, de = 0, x;
	double run = 0, run_view = 0, wide_view, prior;
	float post = 1;
	*save = -INFINITY;
	for (x = k; x < k + r; x++) {
		dv += al->beads[x].vi_count;
		de += al->beads[x].en_count;
	}
	prior = vta_wide_prior(dv, de);
	if (prior == INFINITY)
		return 0;
	memset(parts, 0, sizeof *parts);
	parts->prior = (float)prior;
	parts->length = (float)vta_length_cost_tab(&m->lm, m->erfc, vta_span_chars(m->vi, b->vi_first, dv),
	                                           vta_span_chars(m->en, b->en_first, de));
	parts->paragraph = (float)vta_widen_paragraph_term(m, b->vi_first, dv, b->en_first, de);
	for (x = k; x < k + r; x++) {
		run += vta_bead_parts_cost(&al->parts[x]);
		parts->anchors += al->parts[x].anchors;
	}
	/* the anchors are read only where the other terms leave the wide
	 * bead within reach: reading them costs more than the rest */
	if (run - vta_bead_parts_cost(parts) < VTA_PARAMS.wide_margin - VTA_PARAMS.wide_anchor_reach)
		return 0;
	for (x = k; x < k + r; x++) {
		const vta_bead *y = &al->beads[x];
		double c;
		if (vta_widen_view_cost(&c, w, y->vi_first, y->vi_count, y->en_first, y->en_count))
			return VIETALIGN_ENOMEM;
		run_view += c;
		if (al->parts[x].posterior < post)
			post = al->parts[x].posterior;
	}
	if (vta_widen_view_cost(&wide_view, w, b->vi_first, dv, b->en_first, de))
		return VIETALIGN_ENOMEM;
	parts->posterior = post; /* the run's least sure bead's */
	parts->anchors += (float)(wide_view - run_view);
	*save = run - vta_bead_parts_cost(parts);
	return 0;
}

/* Whether bead b has sentences on both sides. */
static int two_sided(const vta_bead *b)
{
	return b->vi_count && b->en_count;
}

int vta_widen_model_open(vta_widen_model *w, const vta_refine_model *m, unsigned kinds)
{
	w->m = m;
	w->kinds = kinds;
	w->anchor_weight = VTA_PARAMS.wide_anchor_weight;
	w->v = malloc(sizeof *w->v);
	w->e = malloc(sizeof *w->e);
	if (w->v && w->e)
		return 0;
	vta_widen_model_close(w);
	return VIETALIGN_ENOMEM;
}

void vta_widen_model_close(vta_widen_model *w)
{
	free(w->v);
	free(w->e);
	w->v = w->e = NULL;
}

int vta_widen(vietalign_alignment *al, const vta_refine_model *m, unsigned kinds, size_t *made)
{
	vta_widen_model w;
	size_t k = 0, out = 0, x;
	int rc;
	*made = 0;
	if (!al->parts || al->nbeads < 2)
		return 0;
	rc = vta_widen_model_open(&w, m, kinds);
	while (!rc && k < al->nbeads) {
		vta_bead_parts best_parts, p;
		double best = VTA_PARAMS.wide_margin, s;
		size_t best_r = 1, r;
		int sided = two_sided(&al->beads[k]);
		/* a run starts and ends at a bead the wide one keeps a side of:
		 * two sides somewhere in it */
		for (r = 2; !rc && r <= RUN_MAX && k + r <= al->nbeads; r++) {
			sided |= two_sided(&al->beads[k + r - 1]);
			if (!sided || (rc = saving(&s, &p, &w, al, k, r)))
				continue;
			if (s > best) {
				best = s;
				best_r = r;
				best_parts = p;
			}
		}
		al->beads[out] = al->beads[k];
		al->parts[out] = al->parts[k];
		if (best_r > 1) {
			for (x = k + 1; x < k + best_r; x++) {
				al->beads[out].vi_count += al->beads[x].vi_count;
				al->beads[out].en_count += al->beads[x].en_count;
			}
			al->beads[out].score = best_parts.posterior;
			al->parts[out] = best_parts;
			(*made)++;
		}
		out++;
		k += best_r;
	}
	vta_widen_model_close(&w);
	if (rc) {
		/* the beads moved down stay whole: finish the copy */
		for (; k < al->nbeads; k++, out++) {
			al->beads[out] = al->beads[k];
			al->parts[out] = al->parts[k];
		}
	}
	al->nbeads = out;
	al->merge_share = vta_merge_share(al);
	return rc;
}
