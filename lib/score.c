/* score.c - bead costs: Gale–Church length, priors, anchors, paragraphs. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "anchor_match.h"
#include "anchors.h"
#include "score.h"

const vl_bead_shape vl_shapes[VL_NSHAPES] = {
	{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}
};

/* Prior probabilities of the shapes; 1-0 and 0-1 come from the options. */
static const double shape_prior[VL_NSHAPES] = {
	0.89, 0.0, 0.0, 0.035, 0.035, 0.006, 0.004, 0.004
};

/* Table words are weak evidence each (a translator picks among many
 * renderings), and a word without counterpart says little. */
#define LEX_GAIN 0.2
#define LEX_MISS 0.05

/* Anchor evidence per kind: what a shared anchor earns, what one without
 * counterpart costs. Names and punctuation are weaker than numbers: English
 * translates some names (China ↔ Trung Quốc) and moves some marks. */
static double match_gain(unsigned kind)
{
	switch (kind) {
	case VL_ANCHOR_PUNCT: return 0.5;
	case VL_ANCHOR_LEX: return LEX_GAIN;
	default: return 1.0;
	}
}

static double miss_cost(const vl_anchor *a)
{
	switch (a->kind) {
	case VL_ANCHOR_NUMBER: return 0.6;
	case VL_ANCHOR_PUNCT: return 0.4;
	case VL_ANCHOR_WORD: return (a->flags & VL_ANCHOR_F_WEAK) ? 0.0 : 0.4;
	case VL_ANCHOR_LEX: return LEX_MISS;
	default:
		return (a->flags & (VL_ANCHOR_F_INITIAL | VL_ANCHOR_F_NATIVE | VL_ANCHOR_F_WEAK)) ? 0.0 : 0.3;
	}
}

static double mean_len(const vietalign_doc *d)
{
	return d->nsents ? vl_total_chars(d) / (double)d->nsents : 1.0;
}

static int anchor_offsets(size_t **off, const vietalign_doc *d)
{
	size_t i;
	*off = malloc((d->nsents + 1) * sizeof **off);
	if (!*off)
		return VIETALIGN_ENOMEM;
	(*off)[0] = 0;
	for (i = 0; i < d->nsents; i++)
		(*off)[i + 1] = (*off)[i] + d->anchors[i].count;
	return 0;
}

static void set_priors(vl_scorer *s, const vietalign_options *o)
{
	double skip = o->skip_prior > 0 ? o->skip_prior : 0.02;
	int k;
	for (k = 0; k < VL_NSHAPES; k++) {
		double p = shape_prior[k];
		if (vl_shapes[k].dv == 0 || vl_shapes[k].de == 0)
			p = skip;
		s->prior[k] = -log(p);
	}
}

int vl_scorer_init(vl_scorer *s, const vietalign_options *o, const vietalign_doc *vi,
                   const vietalign_doc *en, vl_error *err)
{
	memset(s, 0, sizeof *s);
	s->vi = vi;
	s->en = en;
	vl_length_model_init(&s->lm, vi, en);
	if (o->length_ratio > 0)
		s->lm.ratio = o->length_ratio;
	if (o->length_variance > 0)
		s->lm.variance = o->length_variance;
	set_priors(s, o);
	s->mean_vi = mean_len(vi);
	s->mean_en = mean_len(en);
	s->para_cross = o->paragraph_weight >= 0 ? o->paragraph_weight : 3.0;
	s->para_start = s->para_cross / 2.0;
	s->anchor_scale = o->anchor_weight >= 0 ? o->anchor_weight : 1.0;
	s->anchors = o->anchors;
	if (anchor_offsets(&s->aoff_vi, vi) || anchor_offsets(&s->aoff_en, en) ||
	    !(s->w_vi = malloc((s->aoff_vi[vi->nsents] + 1) * sizeof *s->w_vi)) ||
	    !(s->w_en = malloc((s->aoff_en[en->nsents] + 1) * sizeof *s->w_en)) ||
	    vl_anchor_weights(s->w_vi, s->w_en, vi, en)) {
		vl_scorer_free(s);
		return vl_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	}
	return 0;
}

void vl_scorer_free(vl_scorer *s)
{
	free(s->aoff_vi);
	free(s->aoff_en);
	free(s->w_vi);
	free(s->w_en);
	s->aoff_vi = s->aoff_en = NULL;
	s->w_vi = s->w_en = NULL;
}

/* Characters of sentences [i, i+n). */
static double span_chars(const vietalign_doc *d, size_t i, int n)
{
	double t = 0;
	int k;
	for (k = 0; k < n; k++)
		t += (double)d->sents[i + (size_t)k].nchars;
	return t;
}

double vl_bead_length_cost(const vl_scorer *s, size_t i, size_t j, int dv, int de)
{
	if (dv == 0)
		return span_chars(s->en, j, de) / s->mean_en;
	if (de == 0)
		return span_chars(s->vi, i, dv) / s->mean_vi;
	return vl_length_cost(&s->lm, span_chars(s->vi, i, dv), span_chars(s->en, j, de));
}

static double misses(const vl_anchor_view *v)
{
	double c = 0;
	size_t x;
	for (x = 0; x < v->n; x++)
		if (v->grp[x] == x && !v->gdone[x])
			c += miss_cost(v->a[x]) * v->w[x];
	return c;
}

double vl_bead_anchor_cost(const vl_scorer *s, size_t i, size_t j, int dv, int de)
{
	vl_anchor_view v, e;
	short pair[VL_VIEW_MAX];
	double cost = 0;
	size_t x;
	if (dv == 0 || de == 0 || !s->anchors)
		return 0.0; /* an omission has no counterpart to compare with */
	vl_view_gather(&v, s->vi, s->aoff_vi, s->w_vi, i, dv, s->anchors);
	vl_view_gather(&e, s->en, s->aoff_en, s->w_en, j, de, s->anchors);
	if (v.n == 0 && e.n == 0)
		return 0.0;
	vl_view_match(&v, &e, pair);
	for (x = 0; x < v.n; x++)
		if (pair[x] >= 0)
			cost -= match_gain(v.a[x]->kind) * (v.w[x] < e.w[pair[x]] ? v.w[x] : e.w[pair[x]]);
	cost += misses(&v) + misses(&e);
	return s->anchor_scale * cost;
}

static int crosses(const vietalign_doc *d, size_t i, int n)
{
	return n >= 2 && d->sents[i].paragraph != d->sents[i + (size_t)n - 1].paragraph;
}

static int starts_para(const vietalign_doc *d, size_t i)
{
	return i == 0 || d->sents[i - 1].paragraph != d->sents[i].paragraph;
}

double vl_bead_paragraph_cost(const vl_scorer *s, size_t i, size_t j, int dv, int de)
{
	double c = 0;
	int cv = crosses(s->vi, i, dv), ce = crosses(s->en, j, de);
	if (cv != ce)
		c += s->para_cross;
	else if (cv)
		c += s->para_start; /* both sides do: rarer than staying inside */
	if (dv && de && starts_para(s->vi, i) != starts_para(s->en, j))
		c += s->para_start;
	return c;
}

double vl_bead_cost(const vl_scorer *s, size_t i, size_t j, int k)
{
	int dv = vl_shapes[k].dv, de = vl_shapes[k].de;
	return s->prior[k] + vl_bead_length_cost(s, i, j, dv, de) + vl_bead_anchor_cost(s, i, j, dv, de) +
	       vl_bead_paragraph_cost(s, i, j, dv, de);
}
