/* test_identical.c - text that is the same on both sides (numbers, links,
 * a line repeated) is paired with itself and scored as sure: a long such
 * sentence once became an omission and an addition, and ten thousand
 * copies of one line were refused as not parallel. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vietalign.h"
#include "support.h"

/* A growing string. */
typedef struct {
	char *s;
	size_t len, cap;
} buf;

static void put(buf *b, const char *s)
{
	size_t n = strlen(s);
	if (b->len + n + 1 > b->cap) {
		b->cap = 2 * (b->len + n + 1);
		b->s = realloc(b->s, b->cap);
		ck_assert_ptr_nonnull(b->s);
	}
	memcpy(b->s + b->len, s, n + 1);
	b->len += n;
}

/* n different numbers, separated by spaces, then a full stop. */
static char *numbers(size_t n)
{
	buf b = {0};
	char w[32];
	size_t k;
	unsigned x = 7;
	for (k = 0; k < n; k++) {
		x = x * 1103515245u + 12345u;
		snprintf(w, sizeof w, "%s%u", k ? " " : "", (x >> 8) % 1000000u);
		put(&b, w);
	}
	put(&b, ".");
	return b.s;
}

/* Text of n links run together as one sentence. */
static char *links(const char *lead, size_t n)
{
	buf b = {0};
	char w[96];
	size_t k;
	put(&b, lead);
	for (k = 0; k < n; k++) {
		snprintf(w, sizeof w, " https://vi.wikipedia.org/wiki/Trang_%zu?ref=%zu", k, k % 3);
		put(&b, w);
	}
	return b.s;
}

START_TEST(test_thousand_numbers_alone)
{
	char *t = numbers(1000);
	check_sure_pair(t, t);
	free(t);
}
END_TEST

/* 1,500 links run together, the same on both sides (their repeated
 * parts once made the work grow as their square). */
START_TEST(test_merged_links_alone)
{
	char *t = links("Links:", 1500);
	check_sure_pair(t, t);
	free(t);
}
END_TEST

/* The corpus pair with a paragraph of 1,000 numbers at the same place of
 * both sides: that sentence pairs with itself, and every other pair stays
 * as it was without it. */
START_TEST(test_numbers_inside_real_text)
{
	char *vi = read_file("corpus/deepseek.vi.txt", NULL), *en = read_file("corpus/deepseek.en.txt", NULL);
	char *t = numbers(1000);
	buf bv = {0}, be = {0};
	const char *mv, *me;
	run plain, with;
	size_t k, n, found = 0, shift = 0;
	ck_assert(vi && en);
	/* before the heading "Tín hiệu bi quan" / "Bearish signals", a point
	 * where the two sides correspond */
	mv = strstr(vi, "Tín hiệu bi quan");
	me = strstr(en, "Bearish signals");
	ck_assert(mv && me);
	bv.s = strndup(vi, (size_t)(mv - vi));
	bv.len = bv.cap = (size_t)(mv - vi);
	put(&bv, t);
	put(&bv, "\n\n");
	put(&bv, mv);
	be.s = strndup(en, (size_t)(me - en));
	be.len = be.cap = (size_t)(me - en);
	put(&be, t);
	put(&be, "\n\n");
	put(&be, me);
	run_align(&plain, NULL, vi, en);
	run_align(&with, NULL, bv.s, be.s);
	n = vietalign_alignment_bead_count(with.al);
	ck_assert_uint_eq(n, vietalign_alignment_bead_count(plain.al) + 1);
	for (k = 0; k < n; k++) {
		vietalign_bead b = run_bead(&with, k), p;
		vietalign_sentence vs = VIETALIGN_SENTENCE_INIT, es = VIETALIGN_SENTENCE_INIT;
		if (b.vi_count) {
			ck_assert_int_eq(vietalign_doc_sentence(&vs, with.vi, b.vi_first), 0);
			if (vs.text_length > 1000) {
				ck_assert_uint_eq(b.vi_count, 1);
				ck_assert_uint_eq(b.en_count, 1);
				ck_assert_int_eq(vietalign_doc_sentence(&es, with.en, b.en_first), 0);
				ck_assert_str_eq(vs.text, es.text);
				ck_assert_double_gt(b.score, 0.9);
				found++;
				shift = 1;
				continue;
			}
		}
		p = run_bead(&plain, k - shift);
		ck_assert_uint_eq(b.vi_first, p.vi_first + shift);
		ck_assert_uint_eq(b.en_first, p.en_first + shift);
		ck_assert_uint_eq(b.vi_count, p.vi_count);
		ck_assert_uint_eq(b.en_count, p.en_count);
	}
	ck_assert_uint_eq(found, 1);
	run_free(&plain);
	run_free(&with);
	free(bv.s);
	free(be.s);
	free(t);
	free(vi);
	free(en);
}
END_TEST

/* One line ten thousand times on both sides: each copy pairs with its
 * own, scored as sure, and the pair is parallel. */
START_TEST(test_ten_thousand_copies)
{
	buf b = {0};
	run r;
	size_t k, n;
	for (k = 0; k < 10000; k++)
		put(&b, "The committee met on Monday to discuss the budget for the coming year.\n");
	run_align(&r, NULL, b.s, b.s);
	n = vietalign_alignment_bead_count(r.al);
	ck_assert_uint_eq(n, 10000);
	for (k = 0; k < n; k++) {
		vietalign_bead x = run_bead(&r, k);
		ck_assert_uint_eq(x.vi_first, k);
		ck_assert_uint_eq(x.en_first, k);
		ck_assert_uint_eq(x.vi_count, 1);
		ck_assert_uint_eq(x.en_count, 1);
		ck_assert_double_gt(x.score, 0.9);
	}
	ck_assert_double_gt(vietalign_alignment_parallelism(r.al), 0.9);
	run_free(&r);
	free(b.s);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("identical");
	TCase *t = tcase_create("identical");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, test_thousand_numbers_alone);
	tcase_add_test(t, test_merged_links_alone);
	tcase_add_test(t, test_numbers_inside_real_text);
	tcase_add_test(t, test_ten_thousand_copies);
	suite_add_tcase(s, t);
	return run_suite(s);
}
