/* test_refine.c - sentences cut at soft boundaries by the alignment
 * (search/refine.c, option cut_sentences): a Vietnamese sentence whose
 * colon the translation made a sentence end. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"

static const char *VI = "Tôi sinh ra ở một ngôi làng nhỏ ven biển miền Trung. Bạn cần hai công cụ để đóng gói "
			"chương trình này: trình biên dịch gcc phiên bản 12 và công cụ make phiên bản 4.3 của dự án "
			"GNU. Chúng tôi chuyển đến thành phố khi tôi mười hai tuổi.\n";
static const char *EN = "I was born in a small coastal village in central Vietnam. You need two tools to package "
			"this program. They are the gcc compiler version 12 and the make tool version 4.3 of the GNU "
			"project. We moved to the city when I was twelve.\n";

static void text_of(char *out, size_t cap, const vietalign_doc *d, size_t first, size_t count)
{
	size_t k;
	out[0] = '\0';
	for (k = 0; k < count; k++) {
		vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
		ck_assert_int_eq(vietalign_doc_sentence(&s, d, first + k), 0);
		if (k)
			strncat(out, " ", cap - strlen(out) - 1);
		strncat(out, s.text, cap - strlen(out) - 1);
	}
}

START_TEST(test_cut_run_on)
{
	vietalign_options o;
	run r = {0};
	vietalign_bead b;
	const vietalign_doc *vi;
	char t[512];
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.cut_sentences = 1;
	run_align(&r, &o, VI, EN);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), 4);
	vi = vietalign_alignment_vi(r.al);
	ck_assert_ptr_ne(vi, r.vi); /* the alignment's own, cut document */
	ck_assert_uint_eq(vietalign_doc_sentence_count(vi), 4);
	b = run_bead(&r, 2);
	ck_assert_uint_eq(b.vi_count, 1);
	ck_assert_uint_eq(b.en_count, 1);
	text_of(t, sizeof t, vi, b.vi_first, b.vi_count);
	ck_assert_str_eq(t, "trình biên dịch gcc phiên bản 12 và công cụ make phiên bản 4.3 của dự án GNU.");
	run_free(&r);
}
END_TEST

/* The two pieces of the search's 1-2 bead say they were cut, carry its
 * posterior, and have length terms of their own; the whole sentence
 * before them was not cut. */
START_TEST(test_cut_parts)
{
	vietalign_options o;
	run r = {0};
	vietalign_score_parts p0 = VIETALIGN_SCORE_PARTS_INIT, p1 = VIETALIGN_SCORE_PARTS_INIT,
			      p2 = VIETALIGN_SCORE_PARTS_INIT;
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.cut_sentences = 1;
	run_align(&r, &o, VI, EN);
	ck_assert_int_eq(vietalign_alignment_bead_score_parts(&p0, r.al, 0), 0);
	ck_assert_int_eq(vietalign_alignment_bead_score_parts(&p1, r.al, 1), 0);
	ck_assert_int_eq(vietalign_alignment_bead_score_parts(&p2, r.al, 2), 0);
	ck_assert_int_eq(p0.cut, 0);
	ck_assert_int_eq(p1.cut, 1);
	ck_assert_int_eq(p2.cut, 1);
	ck_assert_double_eq(p1.posterior, p2.posterior);
	ck_assert_double_ne(p1.length, p2.length);
	ck_assert(p1.calibrated && p2.calibrated);
	run_free(&r);
}
END_TEST

/* Without the option, the beads index the caller's documents: the
 * sentence stays whole in a 1-2 bead. */
START_TEST(test_keep_sentences)
{
	run r = {0};
	vietalign_bead b;
	run_align(&r, NULL, VI, EN);
	ck_assert_ptr_eq(vietalign_alignment_vi(r.al), r.vi);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), 3);
	b = run_bead(&r, 1);
	ck_assert_uint_eq(b.vi_count, 1);
	ck_assert_uint_eq(b.en_count, 2);
	run_free(&r);
}
END_TEST

/* A key said in both pieces of each side (the tarball's name) is shared
 * once per piece it is in, not once per pair of pieces: maint-guide's
 * sentence whose colon ends a unit on both sides is cut there. */
START_TEST(test_repeated_key)
{
	static const char *vi = "Việc thực hiện dh_make sẽ tạo một bản sao của tarball thượng nguồn "
				"gentoo_0.9.12.orig.tar.gz trong thư mục cha để phù hợp với việc tạo ra gói nguồn "
				"non-native Debian với tên debian.tar.gz sau này: Vui lòng lưu ý hai điểm chính của "
				"tên tệp tin này gentoo_0.9.12.orig.tar.gz:\n";
	static const char *en =
		"This execution of dh_make creates a copy of the upstream tarball as "
		"gentoo_0.9.12.orig.tar.gz in the parent directory to accommodate the creation of the "
		"non-native Debian source package with the name debian.tar.gz later: Please note two key "
		"features of this filename gentoo_0.9.12.orig.tar.gz:\n";
	vietalign_options o;
	run r = {0};
	char t[512];
	vietalign_bead b;
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.cut_sentences = 1;
	run_align(&r, &o, vi, en);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), 2);
	b = run_bead(&r, 1);
	text_of(t, sizeof t, vietalign_alignment_en(r.al), b.en_first, b.en_count);
	ck_assert_str_eq(t, "Please note two key features of this filename gentoo_0.9.12.orig.tar.gz:");
	run_free(&r);
}
END_TEST

/* Refining runs of beads on several threads (4,096 beads or more) gives
 * the beads and cut sentences of one thread: the corpus pair 100 times. */
static char *repeated(const char *path, int times)
{
	size_t len = 0, k;
	char *one = read_file(path, &len), *all;
	ck_assert_ptr_nonnull(one);
	all = malloc(len * (size_t)times + 1);
	ck_assert_ptr_nonnull(all);
	for (k = 0; k < (size_t)times; k++)
		memcpy(all + k * len, one, len);
	all[len * (size_t)times] = '\0';
	free(one);
	return all;
}

START_TEST(test_threads_same_beads)
{
	char *vi = repeated("corpus/deepseek.vi.txt", 100), *en = repeated("corpus/deepseek.en.txt", 100);
	vietalign_options o;
	run one = {0}, two = {0};
	size_t k, n;
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.threads = 1;
	run_align(&one, &o, vi, en);
	o.threads = 2;
	run_align(&two, &o, vi, en);
	n = vietalign_alignment_bead_count(one.al);
	ck_assert_uint_ge(n, 4096);
	ck_assert_uint_eq(vietalign_alignment_bead_count(two.al), n);
	ck_assert_uint_eq(vietalign_doc_sentence_count(vietalign_alignment_vi(one.al)),
	                  vietalign_doc_sentence_count(vietalign_alignment_vi(two.al)));
	for (k = 0; k < n; k++) {
		vietalign_bead a = run_bead(&one, k), b = run_bead(&two, k);
		ck_assert_uint_eq(a.vi_first, b.vi_first);
		ck_assert_uint_eq(a.en_first, b.en_first);
		ck_assert_uint_eq(a.vi_count, b.vi_count);
		ck_assert_uint_eq(a.en_count, b.en_count);
		ck_assert_double_eq(a.score, b.score);
	}
	run_free(&one);
	run_free(&two);
	free(vi);
	free(en);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("refine");
	TCase *t = tcase_create("refine");
	tcase_add_test(t, test_cut_run_on);
	tcase_add_test(t, test_cut_parts);
	tcase_add_test(t, test_keep_sentences);
	tcase_add_test(t, test_repeated_key);
	tcase_add_test(t, test_threads_same_beads);
	tcase_set_timeout(t, 60);
	suite_add_tcase(s, t);
	return run_suite(s);
}
