/* test_anchor_api.c - the public anchor API: a sentence's anchors with their
 * normalised values and spans, and a bead's matched and unmatched anchors,
 * on lines of the seed article. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "vietalign.h"
#include "support.h"

static void align(run *r, const char *vi, const char *en)
{
	run_align(r, NULL, vi, en);
}

/* Finds an anchor of the given kind and value in sentence s; returns its
 * index or -1. */
static int find(const vietalign_doc *d, size_t s, unsigned kind, const char *value, vietalign_anchor *out)
{
	size_t i, n = vietalign_doc_anchor_count(d, s);
	for (i = 0; i < n; i++) {
		ck_assert_int_eq(vietalign_doc_anchor(out, d, s, i), 0);
		if (out->kind == kind && strcmp(out->value, value) == 0)
			return (int)i;
	}
	return -1;
}

START_TEST(test_sentence_anchors)
{
	const char *vi = "Nvidia giảm 5,3% vào thứ Hai, theo Lê Trung Nghĩa.";
	run r = {0};
	vietalign_anchor a = VIETALIGN_ANCHOR_INIT;
	vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
	ck_assert_int_eq(vietalign_aligner_new(&r.a, NULL), 0);
	ck_assert_int_eq(vietalign_doc_new(&r.vi, r.a, vi, strlen(vi), VIETALIGN_LANG_VI), 0);
	ck_assert_int_eq(vietalign_doc_sentence(&s, r.vi, 0), 0);
	ck_assert_int_ge(find(r.vi, 0, VIETALIGN_ANCHOR_NUMBERS, "5.3%", &a), 0);
	/* the span points at the number as written */
	ck_assert(strncmp(s.text + a.offset, "5,3", 3) == 0);
	ck_assert_int_eq(a.weak, 0);
	ck_assert_int_ge(find(r.vi, 0, VIETALIGN_ANCHOR_NUMBERS, "W:1", &a), 0);
	ck_assert_int_ge(find(r.vi, 0, VIETALIGN_ANCHOR_NAMES, "nvidia", &a), 0);
	ck_assert_int_ge(find(r.vi, 0, VIETALIGN_ANCHOR_NAMES, "nghia", &a), 0);
	ck_assert_int_eq(vietalign_doc_anchor(&a, r.vi, 0, 999), VIETALIGN_EINVALID);
	ck_assert_uint_eq(vietalign_doc_anchor_count(r.vi, 7), 0);
	run_free(&r);
}
END_TEST

/* One line of a bead's anchor report, as the test reads it. */
typedef struct {
	vietalign_anchor vi, en;
} line;

/* Reads the anchor report of bead `bead` into *m (n lines, free()d by the
 * caller) through vietalign_anchor_report_get(). */
static int report(line **m, size_t *n, const vietalign_alignment *al, size_t bead)
{
	vietalign_anchor_report *r = NULL;
	size_t k;
	int rc = vietalign_alignment_bead_anchors(&r, al, bead);
	*m = NULL;
	*n = 0;
	if (rc) {
		ck_assert_ptr_null(r);
		return rc;
	}
	*n = vietalign_anchor_report_count(r);
	*m = calloc(*n + 1, sizeof **m);
	ck_assert_ptr_nonnull(*m);
	for (k = 0; k < *n; k++) {
		vietalign_anchor vi = VIETALIGN_ANCHOR_INIT, en = VIETALIGN_ANCHOR_INIT;
		ck_assert_int_eq(vietalign_anchor_report_get(&vi, &en, r, k), 0);
		(*m)[k].vi = vi;
		(*m)[k].en = en;
	}
	ck_assert_int_eq(vietalign_anchor_report_get(&(*m)[0].vi, &(*m)[0].en, r, *n), VIETALIGN_EINVALID);
	vietalign_anchor_report_free(r);
	return 0;
}

/* Counts report lines: matched pairs with the given value, and lines with
 * one side only. */
static void tally(const line *m, size_t n, const char *value, int *matched, int *vi_only, int *en_only)
{
	size_t k;
	*matched = *vi_only = *en_only = 0;
	for (k = 0; k < n; k++) {
		if (m[k].vi.kind && m[k].en.kind && strcmp(m[k].vi.value, value) == 0)
			(*matched)++;
		if (m[k].vi.kind && !m[k].en.kind && strcmp(m[k].vi.value, value) == 0)
			(*vi_only)++;
		if (!m[k].vi.kind && m[k].en.kind && strcmp(m[k].en.value, value) == 0)
			(*en_only)++;
	}
}

START_TEST(test_bead_matches)
{
	const char *vi =
		"Nhà sản xuất ChatGPT đã công bố sáng kiến trị giá 500 tỷ USD mang tên Stargate nhằm mục đích đó, "
		"trong khi Giám đốc điều hành Meta Mark Zuckerberg cho biết công ty của ông sẽ tăng chi tiêu vốn "
		"cho AI trong năm nay lên 56 tỷ USD.";
	const char *en =
		"The ChatGPT maker announced a $500 billion initiative called Stargate to that end, while Meta CEO "
		"Mark Zuckerberg said his company was increasing its capital expenditure on AI this year to $65 "
		"billion.";
	run r = {0};
	line *m = NULL;
	size_t n = 0;
	int matched, vi_only, en_only;
	align(&r, vi, en);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), 1);
	ck_assert_int_eq(report(&m, &n, r.al, 0), 0);
	ck_assert_uint_gt(n, 0);
	tally(m, n, "500000000000", &matched, &vi_only, &en_only);
	ck_assert_int_eq(matched, 1);
	tally(m, n, "zuckerberg", &matched, &vi_only, &en_only);
	ck_assert_int_eq(matched, 1);
	/* the changed amount: 56 tỷ on one side, $65 billion on the other */
	tally(m, n, "56000000000", &matched, &vi_only, &en_only);
	ck_assert_int_eq(matched + en_only, 0);
	ck_assert_int_eq(vi_only, 1);
	tally(m, n, "65000000000", &matched, &vi_only, &en_only);
	ck_assert_int_eq(matched + vi_only, 0);
	ck_assert_int_eq(en_only, 1);
	/* matched pairs come first */
	ck_assert(m[0].vi.kind && m[0].en.kind);
	free(m);
	ck_assert_int_eq(report(&m, &n, r.al, 1), VIETALIGN_EINVALID);
	run_free(&r);
}
END_TEST

/* The place table: Vietnamese names of countries and places meet their
 * English names and demonyms. */
static int places_shared(const char *vi, const char *en)
{
	run r = {0};
	line *m = NULL;
	size_t n = 0, k;
	int shared = 0;
	align(&r, vi, en);
	ck_assert_int_eq(report(&m, &n, r.al, 0), 0);
	for (k = 0; k < n; k++)
		shared += m[k].vi.kind == VIETALIGN_ANCHOR_NAMES && m[k].en.kind == VIETALIGN_ANCHOR_NAMES;
	free(m);
	run_free(&r);
	return shared;
}

START_TEST(test_place_table)
{
	ck_assert_int_ge(places_shared("Công ty khởi nghiệp Trung Quốc DeepSeek.", "Chinese startup DeepSeek."), 2);
	ck_assert_int_ge(places_shared("Các nhà lãnh đạo Thung lũng Silicon.", "Silicon Valley leaders."), 1);
	ck_assert_int_ge(places_shared("Cổ phiếu Hoa Kỳ giảm.", "U.S. stocks fell."), 1);
	ck_assert_int_ge(places_shared("Tôi đến Đà Nẵng.", "I went to Da Nang."), 1);
	ck_assert_int_ge(places_shared("Giới đầu tư ở Phố Wall lo ngại.", "Investors on Wall Street worry."), 1);
	/* no place: nothing shared */
	ck_assert_int_eq(places_shared("Trời mưa.", "It rains."), 0);
}
END_TEST

/* Common words through the word table: "tập tin" is "file". */
START_TEST(test_word_table)
{
	run r = {0};
	line *m = NULL;
	size_t n = 0, k;
	int files = 0;
	align(&r, "Chọn tập tin trong thư mục.", "Select the file in the folder.");
	ck_assert_int_eq(report(&m, &n, r.al, 0), 0);
	for (k = 0; k < n; k++)
		if (m[k].vi.kind == VIETALIGN_ANCHOR_LEXICON && m[k].en.kind == VIETALIGN_ANCHOR_LEXICON)
			files += strcmp(m[k].vi.value, "tập tin") == 0 || strcmp(m[k].vi.value, "thư mục") == 0;
	ck_assert_int_eq(files, 2);
	free(m);
	run_free(&r);
}
END_TEST

/* A table phrase with several renderings ("thư mục": folder, directory) is
 * one anchor, and matches on any of them, once. */
START_TEST(test_table_renderings)
{
	run r = {0};
	line *m = NULL;
	vietalign_anchor a = VIETALIGN_ANCHOR_INIT;
	size_t n = 0, k, listed = 0;
	int matched = 0;
	align(&r, "Chọn tập tin trong thư mục.", "Select the file in the directory of the folder.");
	for (k = 0; k < vietalign_doc_anchor_count(r.vi, 0); k++) {
		ck_assert_int_eq(vietalign_doc_anchor(&a, r.vi, 0, k), 0);
		listed += a.kind == VIETALIGN_ANCHOR_LEXICON && strcmp(a.value, "thư mục") == 0;
	}
	ck_assert_uint_eq(listed, 1);
	ck_assert_int_eq(report(&m, &n, r.al, 0), 0);
	for (k = 0; k < n; k++)
		if (m[k].vi.kind && m[k].en.kind && strcmp(m[k].vi.value, "thư mục") == 0) {
			matched++;
			/* renderings are tried in the table's order */
			ck_assert_str_eq(m[k].en.value, "folder");
		}
	ck_assert_int_eq(matched, 1);
	free(m);
	run_free(&r);
	/* the second rendering alone */
	align(&r, "Chọn tập tin trong thư mục.", "Select the file in the directory.");
	ck_assert_int_eq(report(&m, &n, r.al, 0), 0);
	for (k = 0, matched = 0; k < n; k++)
		matched += m[k].vi.kind && m[k].en.kind && strcmp(m[k].vi.value, "thư mục") == 0 &&
		           strcmp(m[k].en.value, "directory") == 0;
	ck_assert_int_eq(matched, 1);
	free(m);
	run_free(&r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("anchor_api");
	TCase *t = tcase_create("api");
	tcase_add_test(t, test_sentence_anchors);
	tcase_add_test(t, test_bead_matches);
	tcase_add_test(t, test_place_table);
	tcase_add_test(t, test_word_table);
	tcase_add_test(t, test_table_renderings);
	suite_add_tcase(s, t);
	return run_suite(s);
}
