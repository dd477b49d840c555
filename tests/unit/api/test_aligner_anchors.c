/* test_aligner_anchors.c - the anchors an alignment uses are those of the
 * aligner that aligns, not of the aligner that made the documents
 * (vietalign.h): on the corpus pair, documents made by an aligner with
 * other anchor options align exactly as the aligning aligner's own. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "vietalign.h"
#include "support.h"

static char *vi_text, *en_text;

static void load(void)
{
	if (!vi_text) {
		vi_text = read_file("corpus/deepseek.vi.txt", NULL);
		en_text = read_file("corpus/deepseek.en.txt", NULL);
	}
	ck_assert_ptr_nonnull(vi_text);
	ck_assert_ptr_nonnull(en_text);
}

static vietalign_aligner *aligner(unsigned anchors)
{
	vietalign_options o;
	vietalign_aligner *a = NULL;
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.anchors = anchors;
	ck_assert_int_eq(vietalign_aligner_new(&a, &o), 0);
	return a;
}

/* Aligns the corpus pair with `aligns`, its documents made by `makes`. */
static vietalign_alignment *align_with(vietalign_aligner *aligns, vietalign_aligner *makes, vietalign_doc **vi,
                                       vietalign_doc **en)
{
	vietalign_alignment *al = NULL;
	ck_assert_int_eq(vietalign_doc_new(vi, makes, vi_text, strlen(vi_text), VIETALIGN_LANG_VI), 0);
	ck_assert_int_eq(vietalign_doc_new(en, makes, en_text, strlen(en_text), VIETALIGN_LANG_EN), 0);
	ck_assert_int_eq(vietalign_align(&al, aligns, *vi, *en), 0);
	return al;
}

static void assert_same(const vietalign_alignment *x, const vietalign_alignment *y)
{
	size_t i, n = vietalign_alignment_bead_count(x);
	ck_assert_uint_eq(n, vietalign_alignment_bead_count(y));
	for (i = 0; i < n; i++) {
		vietalign_bead a, b;
		vietalign_alignment_bead(&a, x, i);
		vietalign_alignment_bead(&b, y, i);
		ck_assert_uint_eq(a.vi_first, b.vi_first);
		ck_assert_uint_eq(a.vi_count, b.vi_count);
		ck_assert_uint_eq(a.en_first, b.en_first);
		ck_assert_uint_eq(a.en_count, b.en_count);
		ck_assert(a.score == b.score);
	}
	ck_assert(vietalign_alignment_parallelism(x) == vietalign_alignment_parallelism(y));
}

/* Each of two aligners with different anchors aligns the other's
 * documents as it aligns its own; the two differ from each other (the
 * anchors count). */
START_TEST(test_aligning_aligner_decides)
{
	vietalign_aligner *all, *numbers;
	vietalign_doc *d[8];
	vietalign_alignment *own_all, *other_all, *own_num, *other_num;
	size_t k;
	load();
	all = aligner(VIETALIGN_ANCHOR_ALL);
	numbers = aligner(VIETALIGN_ANCHOR_NUMBERS);
	own_all = align_with(all, all, &d[0], &d[1]);
	other_all = align_with(all, numbers, &d[2], &d[3]);
	own_num = align_with(numbers, numbers, &d[4], &d[5]);
	other_num = align_with(numbers, all, &d[6], &d[7]);
	assert_same(own_all, other_all);
	assert_same(own_num, other_num);
	ck_assert(vietalign_alignment_parallelism(own_all) != vietalign_alignment_parallelism(own_num));
	/* a document's own anchor API keeps its maker's kinds */
	ck_assert_uint_gt(vietalign_doc_anchor_count(d[6], 0) + vietalign_doc_anchor_count(d[6], 1),
	                  vietalign_doc_anchor_count(d[4], 0) + vietalign_doc_anchor_count(d[4], 1));
	vietalign_alignment_free(own_all);
	vietalign_alignment_free(other_all);
	vietalign_alignment_free(own_num);
	vietalign_alignment_free(other_num);
	for (k = 0; k < 8; k++)
		vietalign_doc_free(d[k]);
	vietalign_aligner_free(all);
	vietalign_aligner_free(numbers);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("aligner_anchors");
	TCase *t = tcase_create("aligner_anchors");
	int rc;
	tcase_set_timeout(t, 120);
	tcase_add_test(t, test_aligning_aligner_decides);
	suite_add_tcase(s, t);
	rc = run_suite(s);
	free(vi_text);
	free(en_text);
	return rc;
}
