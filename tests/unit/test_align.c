/* test_align.c - the length model, anchors and the search on small cases
 * built from the seed article (Business Insider, Jan 28 2025, and its
 * Vietnamese translation). */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vietalign.h"
#include "support.h"
#include "anchors/anchors.h"
#include "segment/segment.h"
#include "score/score.h"

/* Paragraph pairs of the seed, one sentence each side. */
static const char *const VI[] = {
	"Liệu thị trường có phản ứng thái quá không?",
	"Hàng nghìn tỷ đô la dự kiến sẽ được chi cho cơ sở hạ tầng AI, nhưng bước đột phá của DeepSeek đã thách thức giả định đó.",
	"Liệu đợt bán tháo vì DeepSeek có bị thổi phồng quá mức không?",
	"Hoặc, như cựu CEO của Intel, Pat Gelsinger đã nói trong bài đăng trên X vào thứ Hai, \"Điện toán tuân theo định luật khí\".",
	"Điều đó cho thấy các nhà lãnh đạo AI muốn có hiệu quả hơn cùng với sức mạnh tính toán lớn hơn.",
	"Nvidia, công ty đã sụt giảm gần 18% trong đợt bán tháo thị trường vào thứ Hai, cho biết trong một tuyên bố vào thứ Hai rằng DeepSeek là một \"tiến bộ AI tuyệt vời\".",
	"Tín hiệu bi quan",
	"Đối với những người khác, đợt bán tháo vì DeepSeek nên được coi là một đợt điều chỉnh hơn là bong bóng.",
	"Nhà sản xuất ChatGPT đã công bố sáng kiến trị giá 500 tỷ USD mang tên Stargate nhằm mục đích đó, trong khi Giám đốc điều hành Meta Mark Zuckerberg cho biết công ty của ông sẽ tăng chi tiêu vốn cho AI trong năm nay lên 65 tỷ USD.",
	"Trong khi đó, các nhà đầu tư sẽ tiếp tục choáng váng vì hậu quả của đợt bán tháo thị trường vào hôm thứ Hai trong khi các nhà lãnh đạo Thung lũng Silicon giải thích cách DeepSeek đạt được rất nhiều thành tựu như vậy với dường như rất ít chi phí.",
};
static const char *const EN[] = {
	"Did the market overreact?",
	"Trillions were expected to be spent on AI infrastructure, but DeepSeek's breakthrough challenged that assumption.",
	"Is the DeepSeek sell-off overblown?",
	"Or, as former Intel CEO Pat Gelsinger put it in an X post on Monday, \"Computing obeys the gas law.\"",
	"That suggests AI leaders want more efficiency alongside more computing power.",
	"Nvidia, which plummeted nearly 18% in Monday's market rout, said in a statement on Monday that DeepSeek is an \"excellent AI advancement.\"",
	"Bearish signals",
	"For others, the DeepSeek sell-off should be seen as more of a correction than a bubble.",
	"The ChatGPT maker announced a $500 billion initiative called Stargate to that end, while Meta CEO Mark Zuckerberg said his company was increasing its capital expenditure on AI this year to $65 billion.",
	"In the meantime, investors will continue to reel from the fallout of Monday's market rout while Silicon Valley leaders unpack how DeepSeek achieved so much with seemingly so little.",
};
#define N 10

/* Joins the sentences of `s` selected by `keep` (NULL: all) as paragraphs;
 * `glue[i]` joins sentence i to the next one inside one paragraph. */
static char *join(const char *const *s, const int *keep, const int *glue)
{
	size_t cap = 1, i;
	char *out;
	for (i = 0; i < N; i++)
		cap += strlen(s[i]) + 2;
	out = calloc(cap, 1);
	for (i = 0; i < N; i++) {
		if (keep && !keep[i])
			continue;
		strcat(out, s[i]);
		strcat(out, glue && glue[i] ? " " : "\n\n");
	}
	return out;
}

static void align_texts(run *r, const char *vi, const char *en, unsigned anchors)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	o.anchors = anchors;
	run_align(r, &o, vi, en);
}

static vietalign_bead bead(const run *r, size_t i)
{
	return run_bead(r, i);
}

/* ------------------------------------------------------------ length model */

START_TEST(test_length_cost_shape)
{
	vta_length_model m = {1.1, 6.8};
	/* cheapest where the Vietnamese is ratio times the English */
	ck_assert(vta_length_cost(&m, 110, 100) < 0.01);
	ck_assert(vta_length_cost(&m, 110, 100) < vta_length_cost(&m, 100, 100));
	ck_assert(vta_length_cost(&m, 150, 100) < vta_length_cost(&m, 200, 100));
	ck_assert(vta_length_cost(&m, 200, 100) < vta_length_cost(&m, 400, 100));
	/* the same difference matters less between long sentences */
	ck_assert(vta_length_cost(&m, 1100 + 30, 1000) < vta_length_cost(&m, 110 + 30, 100));
}
END_TEST

START_TEST(test_neg_log_erfc_continuous)
{
	/* the tail formula takes over at 5 without a jump */
	ck_assert(fabs(vta_neg_log_erfc(4.9999999) - vta_neg_log_erfc(5.0)) < 1e-3);
	ck_assert(fabs(vta_neg_log_erfc(0.0)) < 1e-12);
	ck_assert(isfinite(vta_neg_log_erfc(1000.0)));
	ck_assert(vta_neg_log_erfc(30.0) > 800.0);
}
END_TEST

START_TEST(test_length_cost_table)
{
	/* the search's tabulated cost agrees with the formula, in the table
	 * and beyond it */
	static vta_erfc_table t;
	vta_length_model m = {1.1, 6.8};
	double lv, le;
	vta_erfc_table_init(&t);
	for (lv = 1; lv < 3000; lv = lv * 1.37 + 1)
		for (le = 1; le < 3000; le = le * 1.41 + 1)
			ck_assert_double_eq_tol(vta_length_cost_tab(&m, &t, lv, le), vta_length_cost(&m, lv, le), 1e-5);
}
END_TEST

START_TEST(test_length_refit)
{
	double lv[200], le[200];
	vta_length_model m = {1.0, 6.8};
	int k;
	/* lengths with ratio 1.25 and a spread that grows with the length;
	 * the noise is symmetric so the true ratio is known */
	for (k = 0; k < 200; k++) {
		double e = 40 + (k / 2 * 37) % 160, noise = (k % 2 ? 1.0 : -1.0) * ((k / 2 * 13) % 10) / 10.0;
		le[k] = e;
		lv[k] = 1.25 * e + noise * sqrt(3.0 * e) * 1.7;
	}
	vta_length_model_refit(&m, lv, le, 200);
	ck_assert(fabs(m.ratio - 1.25) < 0.03);
	ck_assert(m.variance > 1.0 && m.variance < 8.0);
	/* too few beads: the model stays as it was */
	m.ratio = 1.1;
	vta_length_model_refit(&m, lv, le, 3);
	ck_assert(m.ratio == 1.1);
}
END_TEST

/* The path the model is refitted on: 30 beads, 1-1 at a ratio of 2 but a
 * 2-1 bead at 10 and at 20 whose 1-1 neighbours have a ratio of 0.5 (a
 * path gone wrong near a merge): only the 1-1 beads between two other 1-1
 * beads count, in either order of the beads, so the ratio is 2. */
START_TEST(test_length_refit_path)
{
	vta_sentence sv[32], se[30];
	vietalign_doc vi, en;
	vta_bead b[30];
	vta_length_model m = {1.0, 6.8};
	size_t k, i = 0;
	memset(&vi, 0, sizeof vi);
	memset(&en, 0, sizeof en);
	memset(sv, 0, sizeof sv);
	memset(se, 0, sizeof se);
	for (k = 0; k < 30; k++) {
		int merged = k == 10 || k == 20, near = k == 9 || k == 11 || k == 19 || k == 21;
		size_t e = 30 + (k * 7) % 40;
		b[k].vi_first = i;
		b[k].vi_count = merged ? 2 : 1;
		b[k].en_first = k;
		b[k].en_count = 1;
		se[k].nchars = e;
		sv[i++].nchars = near ? e / 2 : 2 * e;
		if (merged)
			sv[i++].nchars = e;
	}
	vi.sents = sv;
	vi.nsents = i;
	en.sents = se;
	en.nsents = 30;
	vta_length_model_refit_path(&m, &vi, &en, b, 30);
	ck_assert_double_eq_tol(m.ratio, 2.0, 1e-9);
	for (k = 0; k < 15; k++) { /* the beads backwards, as a trace gives them */
		vta_bead t = b[k];
		b[k] = b[29 - k];
		b[29 - k] = t;
	}
	m.ratio = 1.0;
	vta_length_model_refit_path(&m, &vi, &en, b, 30);
	ck_assert_double_eq_tol(m.ratio, 2.0, 1e-9);
}
END_TEST

/* ---------------------------------------------------------------- anchors */

static size_t canon(char *buf, const char *num, vietalign_lang lang)
{
	return vta_number_canonical(buf, 64, num, strlen(num), lang);
}

START_TEST(test_number_canonical)
{
	char a[64], b[64];
	canon(a, "5,3", VIETALIGN_LANG_VI);
	canon(b, "5.3", VIETALIGN_LANG_EN);
	ck_assert_str_eq(a, b); /* Nvidia giảm 5,3% = 5.3% */
	canon(a, "53", VIETALIGN_LANG_EN);
	ck_assert_str_ne(a, b); /* 5,3 must not equal 53 */
	canon(a, "3.500", VIETALIGN_LANG_VI);
	ck_assert_str_eq(a, "3500");
	canon(a, "3,500", VIETALIGN_LANG_EN);
	ck_assert_str_eq(a, "3500");
	canon(a, "1.5", VIETALIGN_LANG_EN);
	ck_assert_str_eq(a, "1.5");
	canon(a, "05", VIETALIGN_LANG_VI);
	ck_assert_str_eq(a, "5");
	canon(a, "20,10", VIETALIGN_LANG_VI);
	ck_assert_str_eq(a, "20.1");
	ck_assert_uint_eq(canon(a, "1.2.3", VIETALIGN_LANG_EN), 0); /* unreadable */
}
END_TEST

static int shares(const char *vi, const char *en, unsigned kind)
{
	vta_anchor_set v = {0}, e = {0};
	size_t i, j;
	int n = 0;
	ck_assert_int_eq(vta_anchors_extract(&v, vi, strlen(vi), VIETALIGN_LANG_VI, VIETALIGN_ANCHOR_ALL, NULL), 0);
	ck_assert_int_eq(vta_anchors_extract(&e, en, strlen(en), VIETALIGN_LANG_EN, VIETALIGN_ANCHOR_ALL, NULL), 0);
	for (i = 0; i < v.count; i++)
		for (j = 0; j < e.count; j++)
			if (v.items[i].kind == kind && v.items[i].key == e.items[j].key) {
				n++;
				break;
			}
	vta_anchor_set_free(&v);
	vta_anchor_set_free(&e);
	return n;
}

START_TEST(test_anchor_matching)
{
	/* 18%, and Monday twice (thứ Hai ↔ Monday) */
	ck_assert_int_eq(shares(VI[5], EN[5], VIETALIGN_ANCHOR_NUMBERS), 3);
	ck_assert_int_ge(shares(VI[5], EN[5], VIETALIGN_ANCHOR_NAMES), 3); /* Nvidia, DeepSeek, AI */
	ck_assert_int_eq(shares("Nvidia giảm 5,3%.", "Nvidia fell 53%.", VIETALIGN_ANCHOR_NUMBERS), 0);
	ck_assert_int_eq(shares("Dịch: Lê Trung Nghĩa", "Translated by Le Trung Nghia", VIETALIGN_ANCHOR_NAMES), 3);
	ck_assert_int_eq(shares("Tới Đà Nẵng.", "To Da Nang.", VIETALIGN_ANCHOR_NAMES), 2);
	ck_assert_int_eq(shares("Nvidia của tuyên bố.", "Nvidia's statement.", VIETALIGN_ANCHOR_NAMES), 1);
	ck_assert_int_eq(shares("mô hình R1 của DeepSeek", "DeepSeek's R1 release", VIETALIGN_ANCHOR_NAMES), 2);
	ck_assert_int_eq(shares(VI[0], EN[0], VIETALIGN_ANCHOR_PUNCT), 1); /* ? */
	/* URLs, e-mail addresses, hashtags, handles, identifiers */
	ck_assert_int_eq(
		shares("Theo: https://www.businessinsider.com/deepseek-compute-jevons-paradox-demand-market-ai-stocks-nvidia-chatgpt-2025-1",
	               "Source: https://www.businessinsider.com/deepseek-compute-jevons-paradox-demand-market-ai-stocks-nvidia-chatgpt-2025-1.",
	               VIETALIGN_ANCHOR_WORDS),
		1);
	ck_assert_int_eq(shares("Liên hệ letrungnghia.foss@gmail.com.", "Contact letrungnghia.foss@gmail.com",
	                        VIETALIGN_ANCHOR_WORDS),
	                 1);
	ck_assert_int_eq(shares("Theo dõi #DeepSeek và @satyanadella.", "Follow #DeepSeek and @satyanadella.",
	                        VIETALIGN_ANCHOR_WORDS),
	                 2);
	ck_assert_int_eq(
		shares("Chạy dh_make trong debian/rules.", "Run dh_make in debian/rules.", VIETALIGN_ANCHOR_WORDS), 2);
	/* a kept foreign word (not a Vietnamese syllable) meets the English word */
	ck_assert_int_eq(shares("Cài gói debhelper.", "Install the debhelper package.", VIETALIGN_ANCHOR_WORDS), 1);
	ck_assert_int_eq(vta_vi_syllable_shape("nghieng", 7), 1);
	ck_assert_int_eq(vta_vi_syllable_shape("dpkg", 4), 0);
}
END_TEST

/* A name in every sentence weighs less than one in a single sentence. */
START_TEST(test_idf_weights)
{
	const char *vi = "DeepSeek gây sốc. DeepSeek và Nvidia. DeepSeek lại thắng.";
	const char *en = "DeepSeek shocked. DeepSeek and Nvidia. DeepSeek wins again.";
	vietalign_aligner *a = NULL;
	vietalign_doc *dv = NULL, *de = NULL;
	vta_idf *idf = NULL;
	vta_anchor_pack pv, pe;
	const vta_anchor_set *s1;
	double deepseek = 0, nvidia = 0;
	size_t k;
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	o.anchors = VIETALIGN_ANCHOR_NAMES;
	ck_assert_int_eq(vietalign_aligner_new(&a, &o), 0);
	ck_assert_int_eq(vietalign_doc_new(&dv, a, vi, strlen(vi), VIETALIGN_LANG_VI), 0);
	ck_assert_int_eq(vietalign_doc_new(&de, a, en, strlen(en), VIETALIGN_LANG_EN), 0);
	ck_assert_int_eq(vta_anchor_pack_read(&pv, dv, dv->kinds, dv->lex, 1, NULL, NULL), 0);
	ck_assert_int_eq(vta_anchor_pack_read(&pe, de, de->kinds, de->lex, 1, NULL, NULL), 0);
	ck_assert_int_eq(vta_idf_new(&idf, &pv, &pe, 1), 0);
	/* sentence 1 holds DeepSeek (first) and Nvidia */
	ck_assert_ptr_nonnull(s1 = vta_doc_anchors(dv, 1));
	for (k = 0; k < s1->count; k++) {
		const vta_anchor *x = &s1->items[k];
		const char *val = vta_anchor_value(s1, x);
		if (strcmp(val, "deepseek") == 0)
			deepseek = vta_idf_weight(idf, x->key, NULL);
		if (strcmp(val, "nvidia") == 0)
			nvidia = vta_idf_weight(idf, x->key, NULL);
	}
	ck_assert(nvidia > deepseek);
	ck_assert(deepseek > 0);
	/* counted on two threads (each side apart, then added): the same */
	vta_idf_free(idf);
	ck_assert_int_eq(vta_idf_new(&idf, &pv, &pe, 2), 0);
	for (k = 0; k < s1->count; k++) {
		const vta_anchor *x = &s1->items[k];
		const char *val = vta_anchor_value(s1, x);
		if (strcmp(val, "deepseek") == 0)
			ck_assert(vta_idf_weight(idf, x->key, NULL) == deepseek);
		if (strcmp(val, "nvidia") == 0)
			ck_assert(vta_idf_weight(idf, x->key, NULL) == nvidia);
	}
	vta_idf_free(idf);
	vta_anchor_pack_free(&pv);
	vta_anchor_pack_free(&pe);
	vietalign_doc_free(dv);
	vietalign_doc_free(de);
	vietalign_aligner_free(a);
}
END_TEST

/* ----------------------------------------------------------------- search */

START_TEST(test_search_clean)
{
	char *vi = join(VI, NULL, NULL), *en = join(EN, NULL, NULL);
	run r = {0};
	size_t i;
	align_texts(&r, vi, en, VIETALIGN_ANCHOR_ALL);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), N);
	for (i = 0; i < N; i++) {
		vietalign_bead b = bead(&r, i);
		ck_assert_uint_eq(b.vi_first, i);
		ck_assert_uint_eq(b.en_first, i);
		ck_assert_uint_eq(b.vi_count, 1);
		ck_assert_uint_eq(b.en_count, 1);
		ck_assert(b.score >= 0.5 && b.score <= 1.0);
	}
	run_free(&r);
	free(vi);
	free(en);
}
END_TEST

/* Translations are parallel; the first half of the Vietnamese against the
 * second half of the English much less so. */
START_TEST(test_parallelism)
{
	static const int first[N] = {1, 1, 1, 1, 1, 0, 0, 0, 0, 0}, second[N] = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
	char *vi = join(VI, NULL, NULL), *en = join(EN, NULL, NULL);
	char *vh = join(VI, first, NULL), *eh = join(EN, second, NULL);
	run r = {0}, u = {0};
	align_texts(&r, vi, en, VIETALIGN_ANCHOR_ALL);
	ck_assert(vietalign_alignment_parallelism(r.al) > 0.9);
	align_texts(&u, vh, eh, VIETALIGN_ANCHOR_ALL);
	/* five sentences a side leave room for chance pairs: the whole-article
	 * case (below the threshold) is tested end to end */
	ck_assert(vietalign_alignment_parallelism(u.al) < 0.5);
	ck_assert(vietalign_alignment_parallelism(r.al) - vietalign_alignment_parallelism(u.al) > 0.4);
	ck_assert(vietalign_alignment_parallelism(NULL) == 0.0);
	run_free(&r);
	run_free(&u);
	free(vi);
	free(en);
	free(vh);
	free(eh);
}
END_TEST

/* The English lacks sentence 4: it becomes a 1-0 bead, the rest 1-1. */
START_TEST(test_search_omission)
{
	static const int keep[N] = {1, 1, 1, 1, 0, 1, 1, 1, 1, 1};
	char *vi = join(VI, NULL, NULL), *en = join(EN, keep, NULL);
	run r = {0};
	size_t i, skips = 0;
	align_texts(&r, vi, en, VIETALIGN_ANCHOR_ALL);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), N);
	for (i = 0; i < N; i++) {
		vietalign_bead b = bead(&r, i);
		ck_assert_uint_eq(b.vi_first, i);
		ck_assert_uint_eq(b.vi_count, 1);
		if (i == 4) {
			ck_assert_uint_eq(b.en_count, 0);
			skips++;
		} else {
			ck_assert_uint_eq(b.en_count, 1);
			ck_assert_uint_eq(b.en_first, i < 4 ? i : i - 1);
		}
	}
	ck_assert_uint_eq(skips, 1);
	run_free(&r);
	free(vi);
	free(en);
}
END_TEST

/* The same omission on the Vietnamese side, found with lengths alone. */
START_TEST(test_search_addition_lengths_only)
{
	static const int keep[N] = {1, 1, 1, 1, 1, 1, 1, 0, 1, 1};
	char *vi = join(VI, keep, NULL), *en = join(EN, NULL, NULL);
	run r = {0};
	vietalign_bead b = VIETALIGN_BEAD_INIT;
	align_texts(&r, vi, en, 0);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), N);
	b = bead(&r, 7);
	ck_assert_uint_eq(b.vi_count, 0);
	ck_assert_uint_eq(b.en_first, 7);
	ck_assert_uint_eq(b.en_count, 1);
	run_free(&r);
	free(vi);
	free(en);
}
END_TEST

/* Two English sentences made one Vietnamese sentence (a merged pair), and
 * one English sentence split in two Vietnamese ones: 1-2 and 2-1 beads. */
START_TEST(test_search_merge_and_split)
{
	const char *vi =
		"Liệu thị trường có phản ứng thái quá không?\n\n"
		"Hàng nghìn tỷ đô la dự kiến sẽ được chi cho cơ sở hạ tầng AI, nhưng bước đột phá của DeepSeek đã thách thức giả định đó, "
		"và đợt bán tháo vì DeepSeek có lẽ đã bị thổi phồng quá mức.\n\n"
		"Nvidia, công ty đã sụt giảm gần 18% trong đợt bán tháo thị trường vào thứ Hai, đã lên tiếng. "
		"Trong một tuyên bố vào thứ Hai, công ty cho biết DeepSeek là một \"tiến bộ AI tuyệt vời\".\n\n"
		"Tín hiệu bi quan\n\n"
		"Đối với những người khác, đợt bán tháo vì DeepSeek nên được coi là một đợt điều chỉnh hơn là bong bóng.\n";
	const char *en =
		"Did the market overreact?\n\n"
		"Trillions were expected to be spent on AI infrastructure, but DeepSeek's breakthrough challenged that assumption. "
		"Is the DeepSeek sell-off overblown?\n\n"
		"Nvidia, which plummeted nearly 18% in Monday's market rout, said in a statement on Monday that DeepSeek is an \"excellent AI advancement.\"\n\n"
		"Bearish signals\n\n"
		"For others, the DeepSeek sell-off should be seen as more of a correction than a bubble.\n";
	run r = {0};
	vietalign_bead b = VIETALIGN_BEAD_INIT;
	align_texts(&r, vi, en, VIETALIGN_ANCHOR_ALL);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), 5);
	b = bead(&r, 1);
	ck_assert_uint_eq(b.vi_count, 1);
	ck_assert_uint_eq(b.en_count, 2);
	b = bead(&r, 2);
	ck_assert_uint_eq(b.vi_count, 2);
	ck_assert_uint_eq(b.en_count, 1);
	ck_assert_uint_eq(b.vi_first, 2);
	ck_assert_uint_eq(b.en_first, 3);
	b = bead(&r, 4);
	ck_assert_uint_eq(b.vi_first, 5);
	ck_assert_uint_eq(b.en_first, 5);
	run_free(&r);
}
END_TEST

START_TEST(test_align_rejects_swapped_languages)
{
	run r = {0};
	vietalign_alignment *al = NULL;
	ck_assert_int_eq(vietalign_aligner_new(&r.a, NULL), 0);
	ck_assert_int_eq(vietalign_doc_new(&r.vi, r.a, VI[0], strlen(VI[0]), VIETALIGN_LANG_VI), 0);
	ck_assert_int_eq(vietalign_doc_new(&r.en, r.a, EN[0], strlen(EN[0]), VIETALIGN_LANG_EN), 0);
	ck_assert_int_eq(vietalign_align(&al, r.a, r.en, r.vi), VIETALIGN_EINVALID);
	ck_assert_ptr_null(al);
	ck_assert(strstr(vietalign_aligner_last_error(r.a), "Vietnamese") != NULL);
	run_free(&r);
}
END_TEST

START_TEST(test_lang_detect)
{
	vietalign_lang l;
	double share = -1;
	ck_assert_int_eq(vietalign_lang_detect(&l, &share, VI[9], strlen(VI[9])), 0);
	ck_assert_int_eq(l, VIETALIGN_LANG_VI);
	ck_assert(share > 0.15 && share < 0.6);
	ck_assert_int_eq(vietalign_lang_detect(&l, &share, EN[9], strlen(EN[9])), 0);
	ck_assert_int_eq(l, VIETALIGN_LANG_EN);
	ck_assert(share < 0.02);
	/* names with diacritics in English text do not make it Vietnamese */
	ck_assert_int_eq(
		vietalign_lang_detect(&l, NULL, "Translated by Lê Trung Nghĩa for his blog about software.", 57), 0);
	ck_assert_int_eq(l, VIETALIGN_LANG_EN);
	ck_assert_int_eq(vietalign_lang_detect(&l, NULL, "Xin chào", 9), VIETALIGN_EEMPTY);
}
END_TEST

START_TEST(test_options_version)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	vietalign_aligner *a = NULL;
	o.version = 99;
	ck_assert_int_eq(vietalign_aligner_new(&a, &o), VIETALIGN_EVERSION);
	ck_assert_ptr_null(a);
	ck_assert_int_eq(vietalign_options_init(&o, 99), VIETALIGN_EVERSION);
	ck_assert_int_eq(vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION), 0);
	ck_assert_uint_eq(o.anchors, VIETALIGN_ANCHOR_ALL);
}
END_TEST

/* A program built against version 1 of the options (no `search`, no
 * `threads`) still gets an aligner, with those fields at their defaults:
 * the garbage after its struct is not read. */
START_TEST(test_options_version_1)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	vietalign_aligner *a = NULL;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	o.version = 1;
	o.search = 77; /* beyond a version 1 struct: must be ignored */
	o.threads = 1000;
	o.anchors = VIETALIGN_ANCHOR_NUMBERS;
	ck_assert_int_eq(vietalign_aligner_new(&a, &o), 0);
	ck_assert_int_eq(vietalign_doc_new(&vi, a, "Có 3 con mèo.", strlen("Có 3 con mèo."), VIETALIGN_LANG_VI), 0);
	ck_assert_int_eq(vietalign_doc_new(&en, a, "There are 3 cats.", strlen("There are 3 cats."), VIETALIGN_LANG_EN),
	                 0);
	ck_assert_int_eq(vietalign_align(&al, a, vi, en), 0);
	ck_assert_uint_eq(vietalign_alignment_bead_count(al), 1);
	/* the version 1 fields were taken: only numbers are anchors */
	ck_assert_uint_eq(vietalign_doc_anchor_count(vi, 0), 1);
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(a);
}
END_TEST

/* Markup without a word in common on either side (found by fuzz_align):
 * a bead whose sentences have no anchor candidates at all aligns, and
 * every sentence is in one bead. Under UBSan this also proves no null
 * candidate list is offset. */
START_TEST(test_align_without_candidates)
{
	run r;
	size_t i, v = 0, e = 0;
	run_align(&r, NULL, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><he", "ader/><body></body></tmx>\n");
	for (i = 0; i < vietalign_alignment_bead_count(r.al); i++) {
		vietalign_bead b = bead(&r, i);
		ck_assert_uint_eq(b.vi_first, v);
		ck_assert_uint_eq(b.en_first, e);
		v += b.vi_count;
		e += b.en_count;
	}
	ck_assert_uint_eq(v, vietalign_doc_sentence_count(r.vi));
	ck_assert_uint_eq(e, vietalign_doc_sentence_count(r.en));
	ck_assert_uint_gt(v + e, 0);
	run_free(&r);
}
END_TEST

START_TEST(test_doc_errors)
{
	vietalign_aligner *a = NULL;
	vietalign_doc *d = NULL;
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_int_eq(vietalign_doc_new(&d, a, "Xin ch\xe0o", 9, VIETALIGN_LANG_VI), VIETALIGN_EUTF8);
	ck_assert(strstr(vietalign_aligner_last_error(a), "byte offset 6") != NULL);
	ck_assert_int_eq(vietalign_doc_new(&d, a, "a\0b", 3, VIETALIGN_LANG_VI), VIETALIGN_EUTF8);
	ck_assert_int_eq(vietalign_doc_new(&d, a, " \n\n \t", 5, VIETALIGN_LANG_VI), VIETALIGN_EEMPTY);
	ck_assert_int_eq(vietalign_doc_new(&d, a, "", 0, VIETALIGN_LANG_EN), VIETALIGN_EEMPTY);
	ck_assert_ptr_null(d);
	/* a byte order mark is skipped, offsets still count it */
	ck_assert_int_eq(vietalign_doc_new(&d, a, "\xEF\xBB\xBFXin chào.", 13, VIETALIGN_LANG_VI), 0);
	{
		vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
		ck_assert_int_eq(vietalign_doc_sentence(&s, d, 0), 0);
		ck_assert_uint_eq(s.offset, 3);
		ck_assert_str_eq(s.text, "Xin chào.");
		ck_assert_int_eq(vietalign_doc_sentence(&s, d, 1), VIETALIGN_EINVALID);
	}
	vietalign_doc_free(d);
	vietalign_aligner_free(a);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("align");
	TCase *t = tcase_create("length");
	tcase_add_test(t, test_length_cost_shape);
	tcase_add_test(t, test_neg_log_erfc_continuous);
	tcase_add_test(t, test_length_refit);
	tcase_add_test(t, test_length_refit_path);
	tcase_add_test(t, test_length_cost_table);
	suite_add_tcase(s, t);
	t = tcase_create("anchors");
	tcase_add_test(t, test_number_canonical);
	tcase_add_test(t, test_anchor_matching);
	tcase_add_test(t, test_idf_weights);
	suite_add_tcase(s, t);
	t = tcase_create("search");
	tcase_add_test(t, test_search_clean);
	tcase_add_test(t, test_search_omission);
	tcase_add_test(t, test_parallelism);
	tcase_add_test(t, test_search_addition_lengths_only);
	tcase_add_test(t, test_search_merge_and_split);
	tcase_add_test(t, test_align_rejects_swapped_languages);
	tcase_add_test(t, test_options_version);
	tcase_add_test(t, test_options_version_1);
	tcase_add_test(t, test_lang_detect);
	tcase_add_test(t, test_doc_errors);
	tcase_add_test(t, test_align_without_candidates);
	suite_add_tcase(s, t);
	return run_suite(s);
}
