/* length_model.h - the Gale–Church length model on characters. */
#ifndef VL_LENGTH_MODEL_H
#define VL_LENGTH_MODEL_H

#include <math.h>
#include <stddef.h>
#include "error.h"

typedef struct vl_length_model {
	double ratio;    /* expected Vietnamese length per English character */
	double variance; /* variance of the length difference per character */
} vl_length_model;

#define VL_DEFAULT_RATIO 1.1
#define VL_DEFAULT_VARIANCE 6.8

/* Characters of all sentences of a document (the model's unit). */
VL_HIDDEN double vl_total_chars(const vietalign_doc *d);

/* Starts the model from the pair itself: the ratio is total Vietnamese
 * characters over total English characters (clamped to a sane range). */
VL_HIDDEN void vl_length_model_init(vl_length_model *m, const vietalign_doc *vi, const vietalign_doc *en);

/* -log of the probability of a length difference at least as large as that
 * of lengths lv (Vietnamese) and le (English), both non-zero. */
VL_HIDDEN double vl_length_cost(const vl_length_model *m, double lv, double le);

/* Re-estimates ratio and variance from pairs of lengths (lv[k], le[k]) of
 * beads believed right; keeps the old values when there are too few. */
VL_HIDDEN void vl_length_model_refit(vl_length_model *m, const double *lv, const double *le, size_t n);

/* vl_length_model_refit() on the lengths of the 1-1 beads of path b (n
 * beads, in order or in reverse) that lie between two other 1-1 beads:
 * the beads most likely right. */
VL_HIDDEN void vl_length_model_refit_path(vl_length_model *m, const vietalign_doc *vi, const vietalign_doc *en,
                                          const vietalign_bead *b, size_t n);

/* -log erfc(x) for x >= 0, accurate far into the tail. */
VL_HIDDEN double vl_neg_log_erfc(double x);

/* vl_neg_log_erfc() tabulated for the search, which asks it millions of
 * times: linear interpolation on [0, 16) in steps of 1/256 (error below
 * 1e-5), the formula beyond. */
#define VL_ERFC_STEPS 256
#define VL_ERFC_MAX 16
typedef struct vl_erfc_table {
	double v[VL_ERFC_MAX * VL_ERFC_STEPS + 1];
} vl_erfc_table;

VL_HIDDEN void vl_erfc_table_init(vl_erfc_table *t);

/* |delta| / sqrt(2) of Gale–Church: the length difference in standard
 * deviations, with `slack` added to the variance; what erfc is taken of.
 * Written with the ratio multiplied through: one square root and one
 * division, which the search's inner loop waits on. */
static inline double vl_erfc_arg(const vl_length_model *m, double lv, double le, double slack)
{
	double r = m->ratio, sum = lv + r * le; /* 2 r mean */
	double var = m->variance * r * (sum > 2.0 * r ? sum : 2.0 * r) * 0.5 + r * r * slack;
	double d = lv - r * le;
	return (d < 0 ? -d : d) * M_SQRT1_2 / sqrt(var);
}

/* vl_neg_log_erfc() through the table. */
static inline double vl_neg_log_erfc_tab(const vl_erfc_table *t, double x)
{
	double pos = x * VL_ERFC_STEPS, f;
	int k;
	if (!(x < VL_ERFC_MAX))
		return vl_neg_log_erfc(x);
	k = (int)pos;
	f = pos - (double)k;
	return t->v[k] + f * (t->v[k + 1] - t->v[k]);
}

/* vl_length_cost() with `slack` added to the variance of the difference,
 * through the table: for spans whose ends need not match exactly (merged
 * sentences). */
static inline double vl_length_cost_slack(const vl_length_model *m, const vl_erfc_table *t, double lv, double le,
                                          double slack)
{
	return vl_neg_log_erfc_tab(t, vl_erfc_arg(m, lv, le, slack));
}

/* vl_length_cost() through the table. */
static inline double vl_length_cost_tab(const vl_length_model *m, const vl_erfc_table *t, double lv, double le)
{
	return vl_length_cost_slack(m, t, lv, le, 0.0);
}

#endif
