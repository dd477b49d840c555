/* length_model.h - the Gale–Church length model on characters. */
#ifndef VL_LENGTH_MODEL_H
#define VL_LENGTH_MODEL_H

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

/* vl_length_cost() through the table. */
VL_HIDDEN double vl_length_cost_tab(const vl_length_model *m, const vl_erfc_table *t, double lv, double le);

/* The same with `slack` added to the variance of the difference: for
 * spans whose ends need not match exactly (merged sentences). */
VL_HIDDEN double vl_length_cost_slack(const vl_length_model *m, const vl_erfc_table *t, double lv, double le,
                                      double slack);

#endif
