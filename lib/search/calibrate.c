/* calibrate.c - a bead's score as a calibrated probability that it is
 * right: a logistic function of what the search knew of it (its
 * posterior, the terms of its cost, its shape, its neighbours, whether an
 * omission lies beside it) and of the document pair's parallelism. The
 * posterior alone is sure of beads that the evidence around them does not
 * support (a sentence split differently on each side beside an omission);
 * the coefficients, fitted on part of the shared sets, are in the model's
 * table (VTA_PARAMS.calibration, score/params.c). */
#include <math.h>
#include <stdlib.h>
#include "search/search.h"

/* Clamps x to [-lim, lim]: no single feature outvotes the others. */
static double clamp(double x, double lim)
{
	return x < -lim ? -lim : x > lim ? lim : x;
}

/* The logit of posterior p, at most VTA_PARAMS.calibration_logit_max:
 * above, a posterior tells a right bead from a wrong one no better (the
 * wrong beads of the shared sets' documentation are as sure as their
 * right ones). */
static double logit(double p)
{
	const double eps = 1e-5;
	double x;
	p = p < eps ? eps : p > 1 - eps ? 1 - eps : p;
	x = log(p / (1 - p));
	return x > VTA_PARAMS.calibration_logit_max ? VTA_PARAMS.calibration_logit_max : x;
}

static int two_sided(const vta_bead *b)
{
	return b->vi_count && b->en_count;
}

static double bead_chars(const vietalign_alignment *al, const vta_bead *b)
{
	return vta_span_chars(al->vi, b->vi_first, b->vi_count) + vta_span_chars(al->en, b->en_first, b->en_count);
}

/* Whether sentence s ends a sentence for sure: its last character, past
 * closing quotes and brackets, is . ? ! or an ellipsis. */
static int strong_end(const vta_sentence *s)
{
	size_t n = s->text_length;
	while (n > 0) {
		unsigned char c = (unsigned char)s->text[n - 1];
		if (c == '.' || c == '?' || c == '!')
			return 1;
		if (c == ')' || c == ']' || c == '"' || c == '\'' || c == ' ') {
			n--;
			continue;
		}
		/* U+2026 … (e2 80 a6); U+201D ” and U+2019 ’ (e2 80 9d, 99), skipped */
		if (n >= 3 && (unsigned char)s->text[n - 3] == 0xe2 && (unsigned char)s->text[n - 2] == 0x80) {
			if (c == 0xa6)
				return 1;
			if (c == 0x9d || c == 0x99) {
				n -= 3;
				continue;
			}
		}
		return 0;
	}
	return 0;
}

/* Whether the boundary before sentence k of d is a paragraph's (or the
 * document's start or end). */
static int para_boundary(const vietalign_doc *d, size_t k)
{
	return k == 0 || k >= d->nsents || d->sents[k].paragraph != d->sents[k - 1].paragraph;
}

/* Whether the boundary before sentence k of d is a weak one: inside a
 * paragraph, after a sentence that does not end for sure. */
static int weak_boundary(const vietalign_doc *d, size_t k)
{
	return !para_boundary(d, k) && !strong_end(&d->sents[k - 1]);
}

static int merge(const vta_bead *b)
{
	return two_sided(b) && (b->vi_count != 1 || b->en_count != 1);
}

/* Beads other than 1-1 among the two on each side of bead i, at most 2. */
static int merges_near(const vietalign_alignment *al, size_t i)
{
	size_t j, lo = i >= 2 ? i - 2 : 0, hi = i + 2 < al->nbeads ? i + 2 : al->nbeads - 1;
	int n = 0;
	for (j = lo; j <= hi; j++)
		n += j != i && merge(&al->beads[j]);
	return n > 2 ? 2 : n;
}

void vta_bead_features(double f[VTA_NFEATS], const vietalign_alignment *al, size_t i)
{
	const vta_bead *b = &al->beads[i];
	const vta_bead_parts *p = &al->parts[i];
	double own = logit(p->posterior), low = INFINITY;
	int omission = 0;
	if (i > 0) {
		omission |= !two_sided(&al->beads[i - 1]);
		if (two_sided(&al->beads[i - 1]))
			low = logit(al->parts[i - 1].posterior);
	}
	if (i + 1 < al->nbeads) {
		omission |= !two_sided(&al->beads[i + 1]);
		if (two_sided(&al->beads[i + 1]) && logit(al->parts[i + 1].posterior) < low)
			low = logit(al->parts[i + 1].posterior);
	}
	f[VTA_FEAT_POSTERIOR] = own;
	f[VTA_FEAT_ANCHORS] = clamp(p->anchors, VTA_PARAMS.calibration_clamp);
	f[VTA_FEAT_LENGTH] = clamp(p->length, VTA_PARAMS.calibration_clamp);
	f[VTA_FEAT_MERGE] = merge(b);
	f[VTA_FEAT_OMISSION] = omission;
	f[VTA_FEAT_NEIGHBOURS] = low == INFINITY ? own : low;
	f[VTA_FEAT_CHARS] = log1p(bead_chars(al, b));
	f[VTA_FEAT_BOUNDARY] = weak_boundary(al->vi, b->vi_first) + weak_boundary(al->vi, b->vi_first + b->vi_count) +
	                       weak_boundary(al->en, b->en_first) + weak_boundary(al->en, b->en_first + b->en_count);
	f[VTA_FEAT_PARALLEL] = al->parallelism;
	f[VTA_FEAT_MERGE_NEAR] = merges_near(al, i);
	f[VTA_FEAT_DOC_MERGE] = al->merge_share;
	f[VTA_FEAT_PARA_ENDS] = para_boundary(al->vi, b->vi_first) + para_boundary(al->vi, b->vi_first + b->vi_count) +
	                        para_boundary(al->en, b->en_first) + para_boundary(al->en, b->en_first + b->en_count);
	f[VTA_FEAT_CUT] = p->cut;
}

double vta_bead_calibrated(const vietalign_alignment *al, size_t i)
{
	double f[VTA_NFEATS], z = VTA_PARAMS.calibration[VTA_NFEATS];
	int k;
	if (!al->parts || !two_sided(&al->beads[i]))
		return al->parts ? al->parts[i].posterior : al->beads[i].score;
	vta_bead_features(f, al, i);
	for (k = 0; k < VTA_NFEATS; k++)
		z += VTA_PARAMS.calibration[k] * f[k];
	return 1 / (1 + exp(-z));
}

void vta_calibrate(vietalign_alignment *al)
{
	size_t i;
	if (!al->parts)
		return;
	for (i = 0; i < al->nbeads; i++)
		al->beads[i].score = vta_bead_calibrated(al, i);
}

/* The index in vta_shapes of bead b's shape (the last for one the search
 * never makes). */
static int shape_index(const vta_bead *b)
{
	int k = vta_shape_index(b->vi_count, b->en_count);
	return k < VTA_NSHAPES ? k : VTA_NSHAPES - 1;
}

double vta_merge_share(const vietalign_alignment *al)
{
	size_t i, both = 0, merged = 0;
	for (i = 0; i < al->nbeads; i++) {
		both += two_sided(&al->beads[i]);
		merged += merge(&al->beads[i]);
	}
	return both ? (double)merged / (double)both : 0;
}

int vta_bead_parts_fill(vietalign_alignment *al, const vta_scorer *s, const float *costs)
{
	size_t i;
	if (!(al->parts = calloc(al->nbeads ? al->nbeads : 1, sizeof *al->parts)))
		return VIETALIGN_ENOMEM;
	for (i = 0; i < al->nbeads; i++) {
		const vta_bead *b = &al->beads[i];
		vta_bead_parts *p = &al->parts[i];
		int k = shape_index(b), dv = (int)b->vi_count, de = (int)b->en_count;
		p->posterior = (float)b->score;
		p->prior = (float)s->prior[k];
		p->length = (float)vta_bead_length_cost(s, b->vi_first, b->en_first, dv, de);
		p->paragraph = (float)vta_bead_paragraph_cost(s, b->vi_first, b->en_first, dv, de);
		p->anchors = costs[i] - p->prior - p->length - p->paragraph;
		if (!two_sided(b) || fabsf(p->anchors) < 1e-4f)
			p->anchors = 0; /* the float rounding of the cost */
	}
	al->merge_share = vta_merge_share(al);
	return 0;
}

int vta_bead_parts_refine(vietalign_alignment *al, const vta_refine_model *m, const vta_bead_origin *origin)
{
	vta_bead_parts *parts = calloc(al->nbeads ? al->nbeads : 1, sizeof *parts);
	size_t i;
	if (!parts)
		return VIETALIGN_ENOMEM;
	for (i = 0; i < al->nbeads; i++) {
		parts[i] = al->parts[origin[i].from];
		if (isnan(origin[i].length))
			continue;
		parts[i].cut = 1;
		parts[i].prior = (float)m->prior[shape_index(&al->beads[i])];
		parts[i].length = origin[i].length;
	}
	free(al->parts);
	al->parts = parts;
	al->merge_share = vta_merge_share(al);
	return 0;
}
