/* test_aligner.c - the aligner and its options, on the corpus pair: the
 * options' one rule (vietalign.h: the defaults are VIETALIGN_OPTIONS_INIT's,
 * values mean what they say, out-of-range values are refused; older
 * versions keep the rule of their time), the parallelism threshold, and
 * the anchors an alignment uses being the aligning aligner's, not those of
 * the aligner that made the documents. */
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

/* Whether two runs found the same beads with the same scores. */
static int same_beads(const run *x, const run *y)
{
	size_t i, n = vietalign_alignment_bead_count(x->al);
	if (n != vietalign_alignment_bead_count(y->al))
		return 0;
	for (i = 0; i < n; i++) {
		vietalign_bead a = run_bead(x, i), b = run_bead(y, i);
		if (a.vi_first != b.vi_first || a.vi_count != b.vi_count || a.en_first != b.en_first ||
		    a.en_count != b.en_count || a.score != b.score)
			return 0;
	}
	return 1;
}

static void assert_same_options(const vietalign_options *a, const vietalign_options *b)
{
	ck_assert_uint_eq(a->version, b->version);
	ck_assert_uint_eq(a->anchors, b->anchors);
	ck_assert(a->length_ratio == b->length_ratio && a->length_variance == b->length_variance);
	ck_assert(a->skip_prior == b->skip_prior && a->paragraph_weight == b->paragraph_weight);
	ck_assert(a->anchor_weight == b->anchor_weight && a->parallel_threshold == b->parallel_threshold);
	ck_assert_uint_eq(a->margin, b->margin);
	ck_assert_uint_eq(a->search, b->search);
	ck_assert_uint_eq(a->threads, b->threads);
	ck_assert_int_eq(a->give_back_memory, b->give_back_memory);
}

START_TEST(test_init_is_the_default)
{
	vietalign_options init = VIETALIGN_OPTIONS_INIT, o;
	memset(&o, 0x5a, sizeof o);
	ck_assert_int_eq(vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION), 0);
	assert_same_options(&o, &init);
	/* the defaults are real values, not stand-ins */
	ck_assert(init.skip_prior > 0 && init.paragraph_weight > 0 && init.anchor_weight > 0);
	ck_assert_uint_ge(init.margin, 1);
	ck_assert_uint_eq(init.threads, 1);
	ck_assert_int_eq(init.give_back_memory, 0); /* the host's heap is its own */
}
END_TEST

/* vietalign_options_init() and vietalign_aligner_new() know the same
 * versions. */
START_TEST(test_same_versions)
{
	unsigned v;
	for (v = 0; v <= VIETALIGN_OPTIONS_VERSION + 1; v++) {
		vietalign_options o;
		vietalign_aligner *a = NULL;
		int known = v >= 1 && v <= VIETALIGN_OPTIONS_VERSION;
		ck_assert_int_eq(vietalign_options_init(&o, v), known ? VIETALIGN_OK : VIETALIGN_EVERSION);
		if (!known) {
			vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
			o.version = v;
		}
		ck_assert_int_eq(vietalign_aligner_new(&a, &o), known ? VIETALIGN_OK : VIETALIGN_EVERSION);
		vietalign_aligner_free(a);
	}
}
END_TEST

/* A version 2 struct with its own defaults (0 and -1: "default") aligns
 * as the version 3 defaults do. */
START_TEST(test_version_2_defaults)
{
	vietalign_options old;
	run r2 = {0}, r3 = {0};
	load();
	ck_assert_int_eq(vietalign_options_init(&old, 2), 0);
	ck_assert(old.skip_prior == 0 && old.paragraph_weight < 0 && old.margin == 0);
	run_align(&r2, &old, vi_text, en_text);
	run_align(&r3, NULL, vi_text, en_text);
	ck_assert(same_beads(&r2, &r3));
	run_free(&r2);
	run_free(&r3);
}
END_TEST

START_TEST(test_out_of_range_refused)
{
	vietalign_options o;
	vietalign_aligner *a = NULL;
#define REFUSED(field, value) \
	do { \
		vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION); \
		o.field = value; \
		ck_assert_int_eq(vietalign_aligner_new(&a, &o), VIETALIGN_EINVALID); \
		ck_assert_ptr_null(a); \
	} while (0)
	REFUSED(skip_prior, 0.0);
	REFUSED(skip_prior, 1.0);
	REFUSED(paragraph_weight, -1.0);
	REFUSED(anchor_weight, -1.0);
	REFUSED(length_ratio, -1.0);
	REFUSED(margin, 0);
	REFUSED(threads, 0);
	REFUSED(search, 3);
	REFUSED(anchors, 0x100u);
	REFUSED(parallel_threshold, 1.5);
#undef REFUSED
}
END_TEST

/* 0 means 0: no paragraph cost is not the default paragraph cost. */
START_TEST(test_zero_means_zero)
{
	vietalign_options o;
	run def = {0}, off = {0};
	load();
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.paragraph_weight = 0;
	o.anchor_weight = 0;
	run_align(&off, &o, vi_text, en_text);
	run_align(&def, NULL, vi_text, en_text);
	ck_assert(!same_beads(&def, &off));
	run_free(&def);
	run_free(&off);
}
END_TEST

START_TEST(test_parallel_threshold)
{
	vietalign_options o;
	run r = {0};
	vietalign_aligner *strict = NULL;
	double p;
	load();
	run_align(&r, NULL, vi_text, en_text);
	p = vietalign_alignment_parallelism(r.al);
	ck_assert(p > 0.35 && p < 1.0);
	ck_assert_int_eq(vietalign_alignment_is_parallel(r.a, r.al), 1);
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.parallel_threshold = (p + 1.0) / 2;
	ck_assert_int_eq(vietalign_aligner_new(&strict, &o), 0);
	ck_assert_int_eq(vietalign_alignment_is_parallel(strict, r.al), 0);
	ck_assert_int_eq(vietalign_alignment_is_parallel(NULL, r.al), 0);
	vietalign_aligner_free(strict);
	run_free(&r);
}
END_TEST

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
		vietalign_bead a = VIETALIGN_BEAD_INIT, b = VIETALIGN_BEAD_INIT;
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

/* The sum of an alignment's bead scores. */
static double score_sum(const vietalign_alignment *al)
{
	double s = 0;
	size_t i;
	for (i = 0; i < vietalign_alignment_bead_count(al); i++) {
		vietalign_bead b = VIETALIGN_BEAD_INIT;
		vietalign_alignment_bead(&b, al, i);
		s += b.score;
	}
	return s;
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
	ck_assert(score_sum(own_all) != score_sum(own_num));
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
	Suite *s = suite_create("aligner");
	TCase *t = tcase_create("aligner");
	int rc;
	tcase_set_timeout(t, 120);
	tcase_add_test(t, test_init_is_the_default);
	tcase_add_test(t, test_same_versions);
	tcase_add_test(t, test_version_2_defaults);
	tcase_add_test(t, test_out_of_range_refused);
	tcase_add_test(t, test_zero_means_zero);
	tcase_add_test(t, test_parallel_threshold);
	tcase_add_test(t, test_aligning_aligner_decides);
	suite_add_tcase(s, t);
	rc = run_suite(s);
	free(vi_text);
	free(en_text);
	return rc;
}
