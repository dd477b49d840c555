/* test_calibrate.c - calibrated bead scores: the features a bead's score
 * is computed from and the logistic function over them, on the corpus
 * pair (a real article and its Vietnamese translation) with a paragraph
 * left out on the English side. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "vietalign.h"
#include "support.h"
#include "search/search.h"

/* The corpus pair with its English third paragraph left out. */
static void align_with_omission(run *r)
{
	char *vi = read_file("corpus/deepseek.vi.txt", NULL), *en = read_file("corpus/deepseek.en.txt", NULL);
	char *a, *b;
	ck_assert_msg(vi && en, "cannot open the corpus pair (tests run from the source directory)");
	a = strstr(en, "\n\n");
	ck_assert_ptr_nonnull(a);
	a = strstr(a + 2, "\n\n");
	ck_assert_ptr_nonnull(a);
	b = strstr(a + 2, "\n\n");
	ck_assert_ptr_nonnull(b);
	memmove(a, b, strlen(b) + 1);
	run_align(r, NULL, vi, en);
	free(vi);
	free(en);
}

START_TEST(test_scores_are_the_logistic_of_the_features)
{
	run r;
	size_t i, two = 0;
	align_with_omission(&r);
	ck_assert_ptr_nonnull(r.al->parts);
	for (i = 0; i < r.al->nbeads; i++) {
		const vta_bead *b = &r.al->beads[i];
		double f[VTA_NFEATS], z = VTA_PARAMS.calibration[VTA_NFEATS];
		int k;
		if (!b->vi_count || !b->en_count) {
			/* one-sided beads keep their posterior */
			ck_assert_double_eq_tol(b->score, r.al->parts[i].posterior, 1e-6);
			continue;
		}
		two++;
		vta_bead_features(f, r.al, i);
		for (k = 0; k < VTA_NFEATS; k++)
			z += VTA_PARAMS.calibration[k] * f[k];
		ck_assert_double_eq_tol(b->score, 1 / (1 + exp(-z)), 1e-9);
		ck_assert_double_le(f[VTA_FEAT_POSTERIOR], VTA_PARAMS.calibration_logit_max);
		ck_assert(f[VTA_FEAT_MERGE] == (b->vi_count != 1 || b->en_count != 1));
		ck_assert_double_ge(f[VTA_FEAT_PARA_ENDS], 0);
		ck_assert_double_le(f[VTA_FEAT_PARA_ENDS], 4);
	}
	ck_assert_uint_gt(two, 30);
	run_free(&r);
}
END_TEST

START_TEST(test_a_bead_beside_an_omission_says_so)
{
	run r;
	size_t i, beside = 0;
	align_with_omission(&r);
	for (i = 0; i < r.al->nbeads; i++) {
		const vta_bead *b = &r.al->beads[i];
		double f[VTA_NFEATS];
		int next_to = (i > 0 && !(r.al->beads[i - 1].vi_count && r.al->beads[i - 1].en_count)) ||
		              (i + 1 < r.al->nbeads && !(r.al->beads[i + 1].vi_count && r.al->beads[i + 1].en_count));
		if (!b->vi_count || !b->en_count)
			continue;
		vta_bead_features(f, r.al, i);
		ck_assert_int_eq((int)f[VTA_FEAT_OMISSION], next_to);
		beside += next_to;
	}
	/* the paragraph left out leaves Vietnamese sentences without
	 * counterpart, and pairs beside them */
	ck_assert_uint_ge(beside, 1);
	run_free(&r);
}
END_TEST

START_TEST(test_coefficients_point_the_right_way)
{
	/* more evidence never lowers a score: a surer posterior, surer
	 * neighbours and paragraph ends raise it; a worse length fit, a
	 * merged shape, an omission or merge beside it, weak sentence ends
	 * and a pair of disagreeing segmentations lower it (or leave it) */
	const double *c = VTA_PARAMS.calibration;
	ck_assert_double_ge(c[VTA_FEAT_POSTERIOR], 0);
	ck_assert_double_ge(c[VTA_FEAT_NEIGHBOURS], 0);
	ck_assert_double_ge(c[VTA_FEAT_PARA_ENDS], 0);
	ck_assert_double_ge(c[VTA_FEAT_PARALLEL], 0);
	ck_assert_double_le(c[VTA_FEAT_ANCHORS], 0);
	ck_assert_double_le(c[VTA_FEAT_LENGTH], 0);
	ck_assert_double_le(c[VTA_FEAT_MERGE], 0);
	ck_assert_double_le(c[VTA_FEAT_OMISSION], 0);
	ck_assert_double_le(c[VTA_FEAT_BOUNDARY], 0);
	ck_assert_double_le(c[VTA_FEAT_MERGE_NEAR], 0);
	ck_assert_double_le(c[VTA_FEAT_DOC_MERGE], 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("calibrate");
	TCase *t = tcase_create("calibrate");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, test_scores_are_the_logistic_of_the_features);
	tcase_add_test(t, test_a_bead_beside_an_omission_says_so);
	tcase_add_test(t, test_coefficients_point_the_right_way);
	suite_add_tcase(s, t);
	return run_suite(s);
}
