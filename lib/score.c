/* score.c - bead costs: Gale–Church length, priors, anchors, paragraphs. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
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
	double t = 0;
	size_t i;
	for (i = 0; i < d->nsents; i++)
		t += (double)d->sents[i].nchars;
	return d->nsents ? t / (double)d->nsents : 1.0;
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
	s->skip_len = 1.0;
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
		return s->skip_len * span_chars(s->en, j, de) / s->mean_en;
	if (de == 0)
		return s->skip_len * span_chars(s->vi, i, dv) / s->mean_vi;
	return vl_length_cost(&s->lm, span_chars(s->vi, i, dv), span_chars(s->en, j, de));
}

/* Anchors considered per side of a bead; a longer sentence's rest is
 * ignored (this bounds the cost of a bead). */
#define VIEW_MAX 256

/* A small gathered view of the anchors of one side of a bead. Anchors of
 * one group (the renderings of one table phrase) stand or fall together:
 * grp[] numbers the groups of the view, and gdone[] says whether a group
 * was matched. */
typedef struct {
	const vl_anchor *a[VIEW_MAX];
	double w[VIEW_MAX];
	unsigned grp[VIEW_MAX];
	char used[VIEW_MAX];
	char gdone[VIEW_MAX];
	size_t n;
} anchor_view;

static void gather(anchor_view *v, const vietalign_doc *d, const size_t *off, const double *w,
                   size_t i, int n, unsigned kinds)
{
	unsigned slot_of[VIEW_MAX]; /* set index of a group leader -> view slot */
	int k;
	size_t m;
	v->n = 0;
	for (k = 0; k < n; k++) {
		const vl_anchor_set *set = &d->anchors[i + (size_t)k];
		for (m = 0; m < set->count && m < VIEW_MAX && v->n < VIEW_MAX; m++) {
			const vl_anchor *a = &set->items[m];
			if (!(a->kind & kinds))
				continue;
			slot_of[m] = (unsigned)v->n;
			v->a[v->n] = a;
			v->w[v->n] = w[off[i + (size_t)k] + m];
			/* leaders come before their group's other members */
			v->grp[v->n] = a->group < m ? slot_of[a->group] : (unsigned)v->n;
			v->used[v->n] = 0;
			v->gdone[v->n] = 0;
			v->n++;
		}
	}
}

static double misses(const anchor_view *v)
{
	double c = 0;
	size_t x;
	for (x = 0; x < v->n; x++)
		if (v->grp[x] == x && !v->gdone[x])
			c += miss_cost(v->a[x]) * v->w[x];
	return c;
}

/* The English side's anchors by key: an open-addressing table of heads
 * of chains through next[], so that matching costs O(v + e), not O(v e). */
#define HASH_SLOTS (2 * VIEW_MAX)

typedef struct {
	uint64_t key[HASH_SLOTS];
	short head[HASH_SLOTS];
	short next[VIEW_MAX];
} key_index;

static void index_build(key_index *ix, const anchor_view *e)
{
	size_t y;
	memset(ix->head, -1, sizeof ix->head);
	for (y = e->n; y-- > 0;) {
		size_t h = (size_t)(e->a[y]->key * 0x9E3779B97F4A7C15ULL >> 54) & (HASH_SLOTS - 1);
		while (ix->head[h] >= 0 && ix->key[h] != e->a[y]->key)
			h = (h + 1) & (HASH_SLOTS - 1);
		ix->next[y] = ix->head[h];
		ix->key[h] = e->a[y]->key;
		ix->head[h] = (short)y;
	}
}

/* The first English anchor with key that is still free, or -1. */
static int index_find(const key_index *ix, const anchor_view *e, uint64_t key)
{
	size_t h = (size_t)(key * 0x9E3779B97F4A7C15ULL >> 54) & (HASH_SLOTS - 1);
	int y;
	while (ix->head[h] >= 0 && ix->key[h] != key)
		h = (h + 1) & (HASH_SLOTS - 1);
	for (y = ix->head[h]; y >= 0; y = ix->next[y])
		if (!e->used[y] && !e->gdone[e->grp[y]])
			return y;
	return -1;
}

double vl_bead_anchor_cost(const vl_scorer *s, size_t i, size_t j, int dv, int de)
{
	anchor_view v, e;
	key_index ix;
	double cost = 0;
	size_t x;
	if (dv == 0 || de == 0 || !s->anchors)
		return 0.0; /* an omission has no counterpart to compare with */
	gather(&v, s->vi, s->aoff_vi, s->w_vi, i, dv, s->anchors);
	gather(&e, s->en, s->aoff_en, s->w_en, j, de, s->anchors);
	if (v.n == 0 && e.n == 0)
		return 0.0;
	index_build(&ix, &e);
	for (x = 0; x < v.n; x++) {
		int y;
		if (v.gdone[v.grp[x]] || (y = index_find(&ix, &e, v.a[x]->key)) < 0)
			continue;
		e.used[y] = 1;
		v.gdone[v.grp[x]] = e.gdone[e.grp[y]] = 1;
		cost -= match_gain(v.a[x]->kind) * (v.w[x] < e.w[y] ? v.w[x] : e.w[y]);
	}
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
