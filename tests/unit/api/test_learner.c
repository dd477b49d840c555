/* test_learner.c - a word table learned across document pairs (the
 * public vietalign_learner, `batch --learn`): what it gathers from an
 * alignment of the sample article (corpus/deepseek), its states, and an
 * aligner given it. */
#include <check.h>
#include <stdlib.h>
#include "support.h"

/* The 1-1 beads scored 0.9 or more: the pairs a learner takes. */
static size_t sure_pairs(const run *r)
{
	size_t k, n = 0;
	for (k = 0; k < vietalign_alignment_bead_count(r->al); k++) {
		vietalign_bead b = run_bead(r, k);
		n += b.vi_count == 1 && b.en_count == 1 && b.score >= 0.9;
	}
	return n;
}

START_TEST(test_learns_sure_pairs)
{
	run r = {0};
	vietalign_learner *l = NULL;
	size_t sure;
	run_align_corpus(&r);
	sure = sure_pairs(&r);
	ck_assert_uint_gt(sure, 20);
	ck_assert_int_eq(vietalign_learner_new(&l), 0);
	ck_assert_int_eq(vietalign_learner_add(l, r.al), 0);
	ck_assert_uint_eq(vietalign_learner_pair_count(l), sure);
	ck_assert_int_eq(vietalign_learner_add(l, r.al), 0);
	ck_assert_uint_eq(vietalign_learner_pair_count(l), 2 * sure);
	ck_assert_uint_eq(vietalign_learner_entry_count(l), 0); /* not finished */
	ck_assert_int_eq(vietalign_learner_finish(l), 0);
	ck_assert_uint_gt(vietalign_learner_entry_count(l), 0);
	ck_assert_int_eq(vietalign_learner_finish(l), 0);
	run_free(&r);
	vietalign_learner_free(l);
}
END_TEST

START_TEST(test_states)
{
	run r = {0};
	vietalign_learner *l = NULL;
	vietalign_aligner *a = NULL;
	run_align_corpus(&r);
	ck_assert_int_eq(vietalign_learner_new(NULL), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_learner_new(&l), 0);
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_int_eq(vietalign_learner_add(l, NULL), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_learner_add(NULL, r.al), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_learner_add(l, r.al), 0);
	/* an aligner takes only a finished table */
	ck_assert_int_eq(vietalign_aligner_use_learner(a, l), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_learner_finish(l), 0);
	ck_assert_int_eq(vietalign_aligner_use_learner(a, l), 0);
	ck_assert_int_eq(vietalign_aligner_use_learner(NULL, l), VIETALIGN_EINVALID);
	/* a finished learner takes no more pairs */
	ck_assert_int_eq(vietalign_learner_add(l, r.al), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_aligner_use_learner(a, NULL), 0);
	ck_assert_int_eq(vietalign_learner_finish(NULL), VIETALIGN_EINVALID);
	ck_assert_uint_eq(vietalign_learner_pair_count(NULL), 0);
	vietalign_aligner_free(a);
	vietalign_learner_free(l);
	vietalign_learner_free(NULL);
	run_free(&r);
}
END_TEST

/* An aligner given the table aligns the sample as before where its first
 * pass is sure, and every bead still indexes the documents in order. */
START_TEST(test_aligner_with_table)
{
	run r = {0};
	vietalign_learner *l = NULL;
	vietalign_alignment *al = NULL;
	size_t k, vi = 0, en = 0;
	run_align_corpus(&r);
	ck_assert_int_eq(vietalign_learner_new(&l), 0);
	ck_assert_int_eq(vietalign_learner_add(l, r.al), 0);
	ck_assert_int_eq(vietalign_learner_finish(l), 0);
	ck_assert_int_eq(vietalign_aligner_use_learner(r.a, l), 0);
	ck_assert_int_eq(vietalign_align(&al, r.a, r.vi, r.en), 0);
	for (k = 0; k < vietalign_alignment_bead_count(al); k++) {
		vietalign_bead b = VIETALIGN_BEAD_INIT;
		ck_assert_int_eq(vietalign_alignment_bead(&b, al, k), 0);
		ck_assert_uint_eq(b.vi_first, vi);
		ck_assert_uint_eq(b.en_first, en);
		vi += b.vi_count;
		en += b.en_count;
	}
	ck_assert_uint_eq(vi, vietalign_doc_sentence_count(vietalign_alignment_vi(al)));
	ck_assert_uint_eq(en, vietalign_doc_sentence_count(vietalign_alignment_en(al)));
	vietalign_alignment_free(al);
	run_free(&r);
	vietalign_learner_free(l);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("learner");
	TCase *t = tcase_create("learner");
	tcase_add_test(t, test_learns_sure_pairs);
	tcase_add_test(t, test_states);
	tcase_add_test(t, test_aligner_with_table);
	suite_add_tcase(s, t);
	return run_suite(s);
}
