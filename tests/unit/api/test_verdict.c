/* test_verdict.c - whether two documents are translations of each other:
 * the corpus pair is, the first half of its Vietnamese against the second
 * half of its English (the same article's terms, names and numbers, not a
 * translation) is not; the parallel_threshold option moves the verdict,
 * whose default a struct of an older version gets too. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"

#include "api/api.h"

/* The lines [from, to) of text as a new string (lines end with '\n'). */
static char *lines(const char *text, size_t from, size_t to)
{
	const char *p = text, *start = NULL;
	size_t n = 0;
	while (*p && n < to) {
		if (n == from && !start)
			start = p;
		if (*p++ == '\n')
			n++;
	}
	ck_assert_ptr_nonnull(start);
	return strndup(start, (size_t)(p - start));
}

typedef struct {
	char *vi, *en, *vi_first, *en_second;
} texts;

static void load(texts *t)
{
	t->vi = read_file("corpus/deepseek.vi.txt", NULL);
	t->en = read_file("corpus/deepseek.en.txt", NULL);
	ck_assert_ptr_nonnull(t->vi);
	ck_assert_ptr_nonnull(t->en);
	t->vi_first = lines(t->vi, 0, 31);
	t->en_second = lines(t->en, 32, 63);
}

static void unload(texts *t)
{
	free(t->vi);
	free(t->en);
	free(t->vi_first);
	free(t->en_second);
}

START_TEST(translations_are_parallel_and_halves_are_not)
{
	texts t;
	run r = {0}, w = {0};
	vietalign_options o;
	load(&t);
	run_align(&r, NULL, t.vi, t.en);
	run_align(&w, NULL, t.vi_first, t.en_second);
	ck_assert_double_ge(vietalign_alignment_parallelism(r.al), 0.9);
	ck_assert_int_eq(vietalign_alignment_is_parallel(r.a, r.al), 1);
	ck_assert_double_lt(vietalign_alignment_parallelism(w.al), 0.65);
	ck_assert_int_eq(vietalign_alignment_is_parallel(w.a, w.al), 0);
	ck_assert_int_eq(vietalign_alignment_is_parallel(r.a, NULL), 0);
	ck_assert_double_eq(r.a->opts.parallel_threshold, 0.65);
	run_free(&r);
	run_free(&w);
	/* a threshold of 0 accepts the halves, one of 1 refuses the pair */
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.parallel_threshold = 0.0;
	run_align(&w, &o, t.vi_first, t.en_second);
	ck_assert_int_eq(vietalign_alignment_is_parallel(w.a, w.al), 1);
	o.parallel_threshold = 1.0;
	run_align(&r, &o, t.vi, t.en);
	ck_assert_double_lt(vietalign_alignment_parallelism(r.al), 1.0);
	ck_assert_int_eq(vietalign_alignment_is_parallel(r.a, r.al), 0);
	run_free(&r);
	run_free(&w);
	unload(&t);
}
END_TEST

START_TEST(version_2_options_keep_the_default)
{
	vietalign_options o;
	vietalign_aligner *a = NULL;
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.version = 2;
	o.parallel_threshold = 0.99; /* past the end of a version 2 struct: ignored */
	ck_assert_int_eq(vietalign_aligner_new(&a, &o), 0);
	ck_assert_double_eq(a->opts.parallel_threshold, 0.65);
	vietalign_aligner_free(a);
}
END_TEST

/* A pair whose anchors say too little (only the weak words read, as in
 * a genre whose terms the lexicon lacks) is judged by its pairs: the
 * translation's are confident and their lengths agree; the halves' are
 * not. The parallelism is the larger of the two verdicts. */
START_TEST(pairs_speak_when_anchors_say_too_little)
{
	texts t;
	run r = {0}, w = {0};
	vietalign_options o;
	double anchors;
	load(&t);
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.anchors = VIETALIGN_ANCHOR_WORDS;
	run_align(&r, &o, t.vi, t.en);
	run_align(&w, &o, t.vi_first, t.en_second);
	ck_assert_int_eq(vta_alignment_parallelism(&anchors, o.anchors, r.al), 0);
	ck_assert_double_lt(anchors, 0.65);
	ck_assert_double_ge(vta_pairs_parallelism(r.al), 0.65);
	ck_assert_double_eq(vietalign_alignment_parallelism(r.al), vta_pairs_parallelism(r.al));
	ck_assert_int_eq(vietalign_alignment_is_parallel(r.a, r.al), 1);
	ck_assert_double_lt(vta_pairs_parallelism(w.al), 0.65);
	ck_assert_int_eq(vietalign_alignment_is_parallel(w.a, w.al), 0);
	run_free(&r);
	run_free(&w);
	unload(&t);
}
END_TEST

/* The agreement beyond chance a document needs for full weight: the
 * figures of the shared sets in params.c. A short document keeps the
 * 0.30 scale (its wrong pairs reach 0.26 beyond chance); in a long one,
 * a loosely translated talk (0.206 over 186 beads) earns full weight,
 * while different talks (0.052 over 146 beads) stay far from it. */
START_TEST(long_documents_need_less_agreement)
{
	ck_assert_double_eq(vta_full_agreement(13), VTA_PARAMS.full_agreement);
	ck_assert_double_eq(vta_full_agreement(30), VTA_PARAMS.full_agreement);
	ck_assert_double_lt(vta_full_agreement(60), vta_full_agreement(40));
	ck_assert_double_ge(0.206 / vta_full_agreement(186), 1.0);
	ck_assert_double_lt(0.052 / vta_full_agreement(146), 0.4);
	ck_assert_double_lt(0.084 / vta_full_agreement(50), 0.4);
	ck_assert_double_eq(vta_full_agreement(1000000), VTA_PARAMS.full_agreement_min);
}
END_TEST

static Suite *verdict_suite(void)
{
	Suite *s = suite_create("verdict");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, translations_are_parallel_and_halves_are_not);
	tcase_add_test(tc, version_2_options_keep_the_default);
	tcase_add_test(tc, long_documents_need_less_agreement);
	tcase_add_test(tc, pairs_speak_when_anchors_say_too_little);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(verdict_suite());
}
