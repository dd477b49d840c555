/* length_model.c - Gale–Church length model, fitted to each document pair. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "segment/segment.h"
#include "score/score.h"

double vta_total_chars(const vietalign_doc *d)
{
	double t = 0;
	size_t i;
	for (i = 0; i < d->nsents; i++)
		t += (double)d->sents[i].nchars;
	return t;
}

void vta_length_model_init(vta_length_model *m, const vietalign_doc *vi, const vietalign_doc *en)
{
	double tv = vta_total_chars(vi), te = vta_total_chars(en);
	m->ratio = (tv > 0 && te > 0) ? tv / te : VTA_PARAMS.default_ratio;
	/* A pair with a large omission skews the totals; stay near what
	 * Vietnamese–English translations do. */
	if (m->ratio < VTA_PARAMS.min_ratio)
		m->ratio = VTA_PARAMS.min_ratio;
	if (m->ratio > VTA_PARAMS.max_ratio)
		m->ratio = VTA_PARAMS.max_ratio;
	m->variance = VTA_PARAMS.default_variance;
}

double vta_neg_log_erfc(double x)
{
	if (x < 5.0)
		return -log(erfc(x));
	/* erfc(x) ~ exp(-x^2) / (x sqrt(pi)) (1 - 1/(2x^2) + 3/(4x^4)) */
	return x * x + log(x * sqrt(M_PI)) - log1p(-0.5 / (x * x) + 0.75 / (x * x * x * x));
}

double vta_length_cost(const vta_length_model *m, double lv, double le)
{
	return vta_neg_log_erfc(vta_erfc_arg(m, lv, le, 0.0));
}

void vta_erfc_table_init(vta_erfc_table *t)
{
	size_t k;
	for (k = 0; k <= VTA_ERFC_MAX * VTA_ERFC_STEPS; k++)
		t->v[k] = vta_neg_log_erfc((double)k / VTA_ERFC_STEPS);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

void vta_length_model_refit(vta_length_model *m, const double *lv, const double *le, size_t n)
{
	double sv = 0, se = 0, ratio, *sq;
	size_t k;
	if (n < VTA_PARAMS.refit_min_beads)
		return; /* too little to trust */
	for (k = 0; k < n; k++) {
		sv += lv[k];
		se += le[k];
	}
	if (sv <= 0 || se <= 0)
		return;
	ratio = sv / se;
	sq = malloc(n * sizeof *sq);
	if (!sq)
		return;
	for (k = 0; k < n; k++) {
		double x = lv[k] / ratio, mean = (x + le[k]) / 2.0, d = x - le[k];
		sq[k] = d * d / (mean > 1.0 ? mean : 1.0);
	}
	qsort(sq, n, sizeof *sq, cmp_double);
	/* The median of a chi-square with one degree of freedom is 0.455: a
	 * robust estimate that a few wrong beads do not move. */
	m->ratio = ratio;
	m->variance = sq[n / 2] / 0.455;
	/* a variance fitted tight on a literal translation would make every
	 * other piece of evidence lose to the lengths */
	if (m->variance < VTA_PARAMS.min_variance)
		m->variance = VTA_PARAMS.min_variance;
	if (m->variance > VTA_PARAMS.max_variance)
		m->variance = VTA_PARAMS.max_variance;
	free(sq);
}

static int one_one(const vta_bead *b, size_t n, size_t k)
{
	return k < n && b[k].vi_count == 1 && b[k].en_count == 1; /* k = -1 wraps: none */
}

/* 1-1 beads between two others teach the model what this translator does
 * (as well as the beads of posterior 0.9 and more did, on the shared sets,
 * and without computing posteriors). */
void vta_length_model_refit_path(vta_length_model *m, const vietalign_doc *vi, const vietalign_doc *en,
                                 const vta_bead *b, size_t n)
{
	double *lv = malloc((n + 1) * sizeof *lv), *le = malloc((n + 1) * sizeof *le);
	size_t k, used = 0;
	if (lv && le) {
		for (k = 0; k < n; k++) {
			if (!one_one(b, n, k) || !one_one(b, n, k - 1) || !one_one(b, n, k + 1))
				continue;
			/* the same text on both sides was not translated: it says
			 * nothing of the translator's ratio */
			if (vta_sentence_same_text(&vi->sents[b[k].vi_first], &en->sents[b[k].en_first]))
				continue;
			lv[used] = (double)vi->sents[b[k].vi_first].nchars;
			le[used] = (double)en->sents[b[k].en_first].nchars;
			used++;
		}
		vta_length_model_refit(m, lv, le, used);
	}
	free(lv);
	free(le);
}
