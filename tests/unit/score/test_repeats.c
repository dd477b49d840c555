/* test_repeats.c - sentences whose anchors repeat thousands of times (a
 * line of digits, of number words, of punctuation): their candidates are
 * those near each key's diagonal, made without making the others, and
 * such pairs align in linear work, 1-1 when they are translations. The
 * suite has a ctest TIMEOUT: a return to work quadratic in the repeats
 * (minutes per pair) fails it. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vietalign.h"
#include "support.h"
#include "score/score.h"

/* n words of `words` (nw of them) taken in a fixed pseudo-random order,
 * separated by spaces, ended by a full stop. */
static char *repeat_words(const char *const *words, size_t nw, size_t n, unsigned seed)
{
	size_t cap = 2, k;
	char *out, *at;
	for (k = 0; k < nw; k++)
		cap += (strlen(words[k]) + 1) * (n / nw + 1);
	out = at = malloc(cap + n * 16);
	ck_assert_ptr_nonnull(out);
	for (k = 0; k < n; k++) {
		seed = seed * 1103515245u + 12345u;
		at += sprintf(at, "%s%s", k ? " " : "", words[(seed >> 16) % nw]);
	}
	strcpy(at, ".");
	return out;
}

static const char *const DIGITS[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

/* Which occurrence of its key entry p of sentence a's entries is. */
static size_t occurrence(const vta_anchor_table *t, size_t a, size_t p)
{
	size_t k = 0;
	while (p - k > t->start[a] && t->key[p - k - 1] == t->key[p])
		k++;
	return k;
}

/* The candidates of Vietnamese sentence a and English sentence b found the
 * slow way: every pair of entries with equal keys while they are at most
 * VTA_PAIR_CANDS_ALL, else those whose occurrences differ by at most
 * VTA_PAIR_CANDS_NEAR; in (px, py) order, the first VTA_PAIR_CANDS_MAX. */
static size_t brute_force(vta_cand *out, const vta_anchor_table *v, size_t a, const vta_anchor_table *e, size_t b)
{
	size_t p, q, n = 0, i, j;
	vta_cand *all;
	size_t np = v->start[a + 1] - v->start[a], nq = e->start[b + 1] - e->start[b];
	all = malloc((np * nq + 1) * sizeof *all);
	ck_assert_ptr_nonnull(all);
	for (p = v->start[a]; p < v->start[a + 1]; p++)
		for (q = e->start[b]; q < e->start[b + 1]; q++)
			if (v->key[p] == e->key[q]) {
				all[n].px = v->pos[p];
				all[n].py = e->pos[q];
				all[n].lv = (uint16_t)occurrence(v, a, p);
				all[n].le = (uint16_t)occurrence(e, b, q);
				n++;
			}
	if (n > VTA_PAIR_CANDS_ALL) {
		size_t kept = 0;
		for (i = 0; i < n; i++)
			if (all[i].lv <= all[i].le + VTA_PAIR_CANDS_NEAR &&
			    all[i].le <= all[i].lv + VTA_PAIR_CANDS_NEAR)
				all[kept++] = all[i];
		n = kept;
	}
	/* selection of the smallest, up to the limit: slow and obviously right */
	for (i = 0; i < n && i < VTA_PAIR_CANDS_MAX; i++) {
		size_t best = i;
		vta_cand t;
		for (j = i + 1; j < n; j++)
			if (all[j].px < all[best].px || (all[j].px == all[best].px && all[j].py < all[best].py))
				best = j;
		t = all[i];
		all[i] = all[best];
		all[best] = t;
		out[i] = all[i];
	}
	free(all);
	return i;
}

/* A pair of one sentence each side, scored with the default options. */
static void check_candidates(const char *vi, const char *en, size_t want_at_least)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	run r;
	vta_error err;
	vta_erfc_table *erfc = malloc(sizeof *erfc);
	vta_key_probe *pr = malloc(sizeof *pr);
	vta_cand *want = malloc(VTA_PAIR_CANDS_MAX * sizeof *want);
	vta_cand_vec got = {0}, probed = {0};
	vta_scorer s;
	size_t n, k;
	ck_assert(erfc && pr && want);
	run_align(&r, &o, vi, en);
	vta_erfc_table_init(erfc);
	ck_assert_int_eq(vta_scorer_init(&s, &o, r.vi->lex, erfc, r.vi, r.en, &err), 0);
	ck_assert_uint_eq(s.tv.n, 1);
	ck_assert_uint_eq(s.te.n, 1);
	n = brute_force(want, &s.tv, 0, &s.te, 0);
	ck_assert_uint_ge(n, want_at_least);
	ck_assert_int_eq(vta_anchor_candidates(&got, &s.tv, 0, &s.te, 0), 0);
	vta_key_probe_set(pr, &s.tv, 0);
	ck_assert_int_eq(vta_anchor_candidates_probe(&probed, pr, &s.te, 0), 0);
	ck_assert_uint_eq(got.count, n);
	ck_assert_uint_eq(probed.count, n);
	for (k = 0; k < n; k++) {
		ck_assert_uint_eq(got.items[k].px, want[k].px);
		ck_assert_uint_eq(got.items[k].py, want[k].py);
		ck_assert_uint_eq(probed.items[k].px, want[k].px);
		ck_assert_uint_eq(probed.items[k].py, want[k].py);
		ck_assert_float_eq(probed.items[k].value, got.items[k].value);
	}
	free(got.items);
	free(probed.items);
	vta_scorer_free(&s);
	run_free(&r);
	free(want);
	free(pr);
	free(erfc);
}

/* 1,000 digits on both sides: 100,000 pairs with equal keys, of which
 * those near each key's diagonal are kept. */
START_TEST(test_digit_candidates_are_the_first_in_order)
{
	char *vi = repeat_words(DIGITS, 10, 1000, 1), *en = repeat_words(DIGITS, 10, 1000, 2);
	check_candidates(vi, en, 2 * 1000);
	free(vi);
	free(en);
}
END_TEST

/* Few repeats stay on the ordinary path: the same rule. */
START_TEST(test_few_repeats_same_rule)
{
	char *vi = repeat_words(DIGITS, 10, 40, 3), *en = repeat_words(DIGITS, 10, 40, 4);
	check_candidates(vi, en, 100);
	free(vi);
	free(en);
}
END_TEST

/* The same 2,000 and 4,000 digits on both sides: one pair, scored as
 * sure (an omission and an addition before: the gain of a bead was cut at
 * 512 candidates while every unmatched anchor still cost). */
START_TEST(test_identical_digits_align)
{
	size_t n;
	for (n = 2000; n <= 4000; n += 2000) {
		char *t = repeat_words(DIGITS, 10, n, 6);
		check_sure_pair(t, t);
		free(t);
	}
}
END_TEST

/* A 60 KB line of number words, translated word for word. */
START_TEST(test_number_words_align)
{
	static const char *const VI[] = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"};
	static const char *const EN[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
	char *vi = repeat_words(VI, 10, 12000, 5), *en = repeat_words(EN, 10, 12000, 5);
	ck_assert_uint_gt(strlen(vi), 60000);
	check_sure_pair(vi, en);
	free(vi);
	free(en);
}
END_TEST

/* A short sentence followed by 900,000 marks of punctuation. */
START_TEST(test_punctuation_run_aligns)
{
	size_t n = 300000, k, lv, le;
	char *vi = malloc(3 * n + 64), *en = malloc(3 * n + 64);
	ck_assert(vi && en);
	strcpy(vi, "Tôi yêu Việt Nam");
	strcpy(en, "I love Vietnam");
	lv = strlen(vi);
	le = strlen(en);
	for (k = 0; k < n; k++) {
		memcpy(vi + lv + 3 * k, "!?.", 3);
		memcpy(en + le + 3 * k, "!?.", 3);
	}
	vi[lv + 3 * n] = en[le + 3 * n] = '\0';
	check_sure_pair(vi, en);
	free(vi);
	free(en);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("repeats");
	TCase *t = tcase_create("repeats");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, test_digit_candidates_are_the_first_in_order);
	tcase_add_test(t, test_few_repeats_same_rule);
	tcase_add_test(t, test_identical_digits_align);
	tcase_add_test(t, test_number_words_align);
	tcase_add_test(t, test_punctuation_run_aligns);
	suite_add_tcase(s, t);
	return run_suite(s);
}
