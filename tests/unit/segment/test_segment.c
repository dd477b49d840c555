/* test_segment.c - paragraph and sentence splitting (segment.h), on real
 * lines of the seed texts and on the hard cases of the issue. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "segment/segment.h"

#define VI VIETALIGN_LANG_VI
#define EN VIETALIGN_LANG_EN
#define SEED000 "000_8122ceabae3739ce.txt"

/* ----------------------------------------------------------------- helpers */

/* Checks the promises of vta_sentences_split for text[s, e): spans
 * non-empty, trimmed, in order, not overlapping, inside the paragraph, and
 * every non-space character inside one of them. */
static void check_cover(const char *text, size_t s, size_t e, const vta_span_vec *v)
{
	size_t i, pos = s;
	int32_t cp;
	for (i = 0; i < v->count; i++) {
		const vta_span *p = &v->items[i];
		ck_assert_uint_gt(p->length, 0);
		ck_assert_uint_ge(p->offset, pos);
		ck_assert_uint_le(p->offset + p->length, e);
		vta_cp_next(text, e, p->offset, &cp);
		ck_assert(!vta_is_space(cp));
		vta_cp_prev(text, p->offset + p->length, &cp);
		ck_assert(!vta_is_space(cp));
		while (pos < p->offset) { /* the gap holds only white space */
			pos += vta_cp_next(text, e, pos, &cp);
			ck_assert_msg(vta_is_space(cp), "character U+%04X dropped at %zu", (unsigned)cp, pos);
		}
		pos = p->offset + p->length;
	}
	while (pos < e) {
		pos += vta_cp_next(text, e, pos, &cp);
		ck_assert_msg(vta_is_space(cp), "character U+%04X dropped at end", (unsigned)cp);
	}
}

/* Splits the whole of text as one paragraph. */
static vta_span_vec sentences(const char *text, vietalign_lang lang)
{
	vta_span_vec v = {0};
	vta_error err = {0};
	size_t len = strlen(text);
	ck_assert_int_eq(vta_sentences_split(&v, text, 0, len, lang, &err), 0);
	check_cover(text, 0, len, &v);
	return v;
}

static int span_is(const char *text, const vta_span *s, const char *want)
{
	return s->length == strlen(want) && memcmp(text + s->offset, want, s->length) == 0;
}

/* Asserts that text splits into exactly the n sentences want[]. */
static void expect_sentences(const char *text, vietalign_lang lang, const char *const *want, size_t n)
{
	vta_span_vec v = sentences(text, lang);
	size_t i;
	for (i = 0; i < v.count && i < n; i++)
		ck_assert_msg(span_is(text, &v.items[i], want[i]), "sentence %zu is [%.*s], want [%s]", i,
		              (int)v.items[i].length, text + v.items[i].offset, want[i]);
	ck_assert_msg(v.count == n, "%zu sentences, want %zu in [%s]", v.count, n, text);
	vta_span_vec_free(&v);
}

#define EXPECT(text, lang, ...) \
	do { \
		static const char *const want_[] = {__VA_ARGS__}; \
		expect_sentences(text, lang, want_, sizeof want_ / sizeof want_[0]); \
	} while (0)

static size_t count_sentences(const char *text, vietalign_lang lang)
{
	vta_span_vec v = sentences(text, lang);
	size_t n = v.count;
	vta_span_vec_free(&v);
	return n;
}

static vta_span_vec paragraphs(const char *text)
{
	vta_span_vec v = {0};
	vta_error err = {0};
	ck_assert_int_eq(vta_paragraphs_split(&v, text, strlen(text), &err), 0);
	return v;
}

/* Asserts that text splits into the n paragraphs want[] (bullets left out). */
static void expect_paragraphs(const char *text, const char *const *want, size_t n)
{
	vta_span_vec v = paragraphs(text);
	size_t i;
	for (i = 0; i < v.count && i < n; i++)
		ck_assert_msg(span_is(text, &v.items[i], want[i]), "paragraph %zu is [%.*s], want [%s]", i,
		              (int)v.items[i].length, text + v.items[i].offset, want[i]);
	ck_assert_msg(v.count == n, "%zu paragraphs, want %zu", v.count, n);
	vta_span_vec_free(&v);
}

#define EXPECT_PARAS(text, ...) \
	do { \
		static const char *const want_[] = {__VA_ARGS__}; \
		expect_paragraphs(text, want_, sizeof want_ / sizeof want_[0]); \
	} while (0)

/* Appends text[s, e) with white space folded to one space to buf. */
static size_t fold_into(char *buf, size_t o, const char *text, size_t s, size_t e)
{
	int32_t cp;
	int space = 0;
	while (s < e) {
		size_t n = vta_cp_next(text, e, s, &cp);
		if (vta_is_space(cp)) {
			space = 1;
		} else {
			if (space && o > 0)
				buf[o++] = ' ';
			space = 0;
			memcpy(buf + o, text + s, n);
			o += n;
		}
		s += n;
	}
	buf[o] = '\0';
	return o;
}

/* The seed texts, from $VIETALIGN_SEEDS or the shared folder. */
static char *read_seed(const char *name, size_t *len)
{
	char path[1024];
	const char *dir = getenv("VIETALIGN_SEEDS");
	snprintf(path, sizeof path, "%s/%s", dir ? dir : "../shared/seeds", name);
	return read_file(path, len);
}

/* For every paragraph of text: its sentences cover it, and joining them
 * (with one space where the input had white space) gives the paragraph
 * with white space folded. Returns the number of paragraphs. */
static size_t check_document(const char *text, size_t len, vietalign_lang lang)
{
	vta_span_vec pv = {0};
	vta_error err = {0};
	char *want = malloc(len + 1), *got = malloc(len + 1);
	size_t i, j, n;
	ck_assert_int_eq(vta_paragraphs_split(&pv, text, len, &err), 0);
	for (i = 0; i < pv.count; i++) {
		vta_span p = pv.items[i];
		vta_span_vec sv = {0};
		size_t o = 0;
		ck_assert_int_eq(vta_sentences_split(&sv, text, p.offset, p.offset + p.length, lang, &err), 0);
		ck_assert_uint_gt(sv.count, 0);
		check_cover(text, p.offset, p.offset + p.length, &sv);
		fold_into(want, 0, text, p.offset, p.offset + p.length);
		for (j = 0; j < sv.count; j++) {
			const vta_span *s = &sv.items[j];
			if (j > 0 && s->offset > sv.items[j - 1].offset + sv.items[j - 1].length)
				got[o++] = ' ';
			o = fold_into(got, o, text, s->offset, s->offset + s->length);
		}
		ck_assert_str_eq(got, want);
		vta_span_vec_free(&sv);
	}
	n = pv.count;
	vta_span_vec_free(&pv);
	free(want);
	free(got);
	return n;
}

/* -------------------------------------------------------------- span_vec */

START_TEST(test_span_vec_grows)
{
	vta_span_vec v = {0};
	size_t i;
	for (i = 0; i < 1000; i++)
		ck_assert_int_eq(vta_span_vec_push(&v, (vta_span){i, 1, 0, 0}), 0);
	ck_assert_uint_eq(v.count, 1000);
	ck_assert_uint_eq(v.items[999].offset, 999);
	vta_span_vec_free(&v);
	ck_assert_ptr_null(v.items);
	ck_assert_uint_eq(v.count, 0);
	vta_span_vec_free(&v);
	vta_span_vec_free(NULL);
}
END_TEST

/* ------------------------------------------------------------ paragraphs */

START_TEST(test_paragraphs_blank_lines)
{
	EXPECT_PARAS("Liệu thị trường có phản ứng thái quá không?\n\n"
	             "Hàng nghìn tỷ đô la dự kiến sẽ được chi cho cơ sở hạ tầng AI.\n"
	             "   \t \n\n"
	             "Đối với những người khác, đợt bán tháo là một đợt điều chỉnh.\n",
	             "Liệu thị trường có phản ứng thái quá không?",
	             "Hàng nghìn tỷ đô la dự kiến sẽ được chi cho cơ sở hạ tầng AI.",
	             "Đối với những người khác, đợt bán tháo là một đợt điều chỉnh.");
	/* a line of no-break spaces is blank too */
	EXPECT_PARAS("Did the market overreact?\n\u00a0\u3000\nIs the sell-off overblown?", "Did the market overreact?",
	             "Is the sell-off overblown?");
}
END_TEST

START_TEST(test_paragraphs_crlf_and_cr)
{
	EXPECT_PARAS("Did the market overreact?\r\n\r\nThat's the question.\r\nStill, some believe it.\r\n",
	             "Did the market overreact?", "That's the question.\r\nStill, some believe it.");
	EXPECT_PARAS("Did the market overreact?\r\rIs the sell-off overblown?\r", "Did the market overreact?",
	             "Is the sell-off overblown?");
	/* U+2029 PARAGRAPH SEPARATOR ends a paragraph */
	EXPECT_PARAS("Đoạn một.\u2029Đoạn hai.", "Đoạn một.", "Đoạn hai.");
}
END_TEST

START_TEST(test_paragraphs_trim_and_empty)
{
	vta_span_vec v = paragraphs("\u00a0 \n\n\t\u3000\r\n");
	ck_assert_uint_eq(v.count, 0);
	vta_span_vec_free(&v);
	v = paragraphs("");
	ck_assert_uint_eq(v.count, 0);
	vta_span_vec_free(&v);
	EXPECT_PARAS("\u00a0\u00a0 Bài được đưa lên Internet ngày: 28/01/2025\u00a0 \n",
	             "Bài được đưa lên Internet ngày: 28/01/2025");
}
END_TEST

START_TEST(test_paragraphs_bullets)
{
	const char *text = "Nvidia's stock fell sharply Monday.\n\n"
			   "  \u2022 Công ty khởi nghiệp Trung Quốc DeepSeek đã gây ra sự hoảng loạn.\n\n"
			   "  \u2022 DeepSeek tuyên bố đã xây dựng AI.\n"
			   "- Chinese startup DeepSeek triggered panic.\n"
			   "* That could mean lower demand.\n"
			   "1. First item.\n"
			   "2) Second item.\n"
			   "a) Third item.\n"
			   "\u2013 Fourth item.\n";
	static const char *const bullets[] = {"", "\u2022", "\u2022", "-", "*", "1.", "2)", "a)", "\u2013"};
	vta_span_vec v = paragraphs(text);
	size_t i;
	ck_assert_uint_eq(v.count, 9);
	ck_assert(span_is(text, &v.items[1], "Công ty khởi nghiệp Trung Quốc DeepSeek đã gây ra sự hoảng loạn."));
	ck_assert(span_is(text, &v.items[3], "Chinese startup DeepSeek triggered panic."));
	ck_assert(span_is(text, &v.items[5], "First item."));
	for (i = 0; i < v.count; i++) {
		ck_assert_uint_eq(v.items[i].bullet_length, strlen(bullets[i]));
		if (!v.items[i].bullet_length)
			continue;
		ck_assert(memcmp(text + v.items[i].bullet_offset, bullets[i], strlen(bullets[i])) == 0);
		ck_assert_uint_gt(v.items[i].offset, v.items[i].bullet_offset);
	}
	vta_span_vec_free(&v);
}
END_TEST

START_TEST(test_paragraphs_not_bullets)
{
	/* no space after the mark, a lone mark, a year: plain text */
	vta_span_vec v = paragraphs("-5% là mức giảm.\n\n*\n\n2025. Năm bản lề.\n\n\u2022");
	size_t i;
	ck_assert_uint_eq(v.count, 4);
	for (i = 0; i < v.count; i++)
		ck_assert_uint_eq(v.items[i].bullet_length, 0);
	vta_span_vec_free(&v);
}
END_TEST

START_TEST(test_paragraphs_bullet_list_then_text)
{
	/* the end of seed 000: list items, then an unindented line */
	EXPECT_PARAS("Thống kê truy cập\n"
	             "  \u2022 Đang truy cập58\n"
	             "  \u2022 Tổng lượt truy cập38,687,459\n"
	             "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập.",
	             "Thống kê truy cập", "Đang truy cập58", "Tổng lượt truy cập38,687,459",
	             "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập.");
	/* an indented line continues a list item */
	EXPECT_PARAS("- DeepSeek claims to have built AI that rivals OpenAI's o1\n"
	             "  but with less compute.\n",
	             "DeepSeek claims to have built AI that rivals OpenAI's o1\n  but with less compute.");
}
END_TEST

START_TEST(test_paragraphs_headings)
{
	/* a short line with no final punctuation followed directly by text */
	EXPECT_PARAS("Tín hiệu bi quan\n"
	             "Tuy nhiên, đối với những người theo dõi khác trong ngành, vẫn còn một lý do.\n",
	             "Tín hiệu bi quan",
	             "Tuy nhiên, đối với những người theo dõi khác trong ngành, vẫn còn một lý do.");
	EXPECT_PARAS("Thứ tư - 05/02/2025 05:49\n"
	             "DeepSeek đã gây ra sự hoảng loạn trên thị trường — nhưng một số người cho rằng "
	             "việc bán tháo là quá mức\n",
	             "Thứ tư - 05/02/2025 05:49",
	             "DeepSeek đã gây ra sự hoảng loạn trên thị trường — nhưng một số người cho rằng "
	             "việc bán tháo là quá mức");
	/* a long title, then the by-line (seed 001) */
	EXPECT_PARAS("Lưới an toàn yếu dần: Căng thẳng tín dụng âm ỉ trong hệ thống ngân hàng Mỹ\n"
	             "Huyền Trần\n",
	             "Lưới an toàn yếu dần: Căng thẳng tín dụng âm ỉ trong hệ thống ngân hàng Mỹ", "Huyền Trần");
	/* a heading after a paragraph, and two short lines in a row */
	EXPECT_PARAS("Nhưng cú sốc DeepSeek đã đẩy tốc độ thay đổi lên một tầm cao mới.\n"
	             "Financial Times\nBroker listing\n",
	             "Nhưng cú sốc DeepSeek đã đẩy tốc độ thay đổi lên một tầm cao mới.", "Financial Times",
	             "Broker listing");
}
END_TEST

START_TEST(test_paragraphs_hard_wrapped)
{
	/* wrapped lines, a line ending with a comma, a short last line and a
	 * lowercase continuation all stay in one paragraph */
	const char *text = "Still, some believe the panic was premature, and their reasoning is\n"
			   "based on the premise that more efficient AI could accelerate its\n"
			   "adoption — in turn, increasing demand for the AI chips made by\n"
			   "Nvidia and others.\n"
			   "\n"
			   "Xin chào\n"
			   "thế giới.\n"
			   "\n"
			   "Ông nói thêm,\n"
			   "Việc giảm giá đáng kể sẽ mở rộng thị trường.\n";
	EXPECT_PARAS(text,
	             "Still, some believe the panic was premature, and their reasoning is\n"
	             "based on the premise that more efficient AI could accelerate its\n"
	             "adoption — in turn, increasing demand for the AI chips made by\n"
	             "Nvidia and others.",
	             "Xin chào\nthế giới.", "Ông nói thêm,\nViệc giảm giá đáng kể sẽ mở rộng thị trường.");
}
END_TEST

/* ------------------------------------------------------------- sentences */

START_TEST(test_sentences_basic)
{
	EXPECT("Các nhà phát triển mô hình AI cũng đã rất rõ ràng về ý định mua thêm phần cứng AI "
	       "trong tương lai gần. Tuần trước, cả OpenAI và Meta đều công bố kế hoạch lớn.",
	       VI,
	       "Các nhà phát triển mô hình AI cũng đã rất rõ ràng về ý định mua thêm phần cứng AI "
	       "trong tương lai gần.",
	       "Tuần trước, cả OpenAI và Meta đều công bố kế hoạch lớn.");
	EXPECT("  Did the market overreact?  That's the question.  ", EN, "Did the market overreact?",
	       "That's the question.");
	EXPECT("Getty Images", EN, "Getty Images");
}
END_TEST

START_TEST(test_sentences_empty)
{
	vta_span_vec v = {0};
	vta_error err = {0};
	ck_assert_int_eq(vta_sentences_split(&v, " \n\u00a0", 0, 4, VI, &err), 0);
	ck_assert_uint_eq(v.count, 0);
	ck_assert_int_eq(vta_sentences_split(&v, "abc", 1, 1, VI, &err), 0);
	ck_assert_uint_eq(v.count, 0);
	ck_assert_int_eq(vta_sentences_split(NULL, "abc", 0, 3, VI, &err), VIETALIGN_EINVALID);
	/* punctuation alone is still a sentence: nothing is dropped */
	EXPECT("…", VI, "…");
	EXPECT("\"?!\" ...", VI, "\"?!\" ...");
}
END_TEST

START_TEST(test_sentences_subrange)
{
	/* offsets are absolute; text outside [start, end) is not looked at */
	const char *text = "XX. Một. Hai. YY";
	vta_span_vec v = {0};
	vta_error err = {0};
	ck_assert_int_eq(vta_sentences_split(&v, text, 4, 15, VI, &err), 0);
	ck_assert_uint_eq(v.count, 2);
	ck_assert(span_is(text, &v.items[0], "Một."));
	ck_assert(span_is(text, &v.items[1], "Hai."));
	ck_assert_uint_eq(v.items[0].offset, 4);
	ck_assert_uint_eq(v.items[0].bullet_length, 0);
	vta_span_vec_free(&v);
}
END_TEST

/* ICU reads the paragraph as UTF-16: characters outside the BMP (two
 * units there, four bytes here) must not shift the byte offsets, and one
 * breaker serves paragraph after paragraph. */
START_TEST(test_sentences_astral)
{
	const char *text = "Vui \U0001F600 l\u1eafm. \U0001D54F n\u00f3i \"Ch\u00e0o!\" \U0001F600\U0001F389 H\u1ebft.";
	vta_breaker *br = NULL;
	vta_error err = {0};
	int round;
	EXPECT(text, VI, "Vui \U0001F600 l\u1eafm.", "\U0001D54F n\u00f3i \"Ch\u00e0o!\"",
	       "\U0001F600\U0001F389 H\u1ebft.");
	ck_assert_int_eq(vta_breaker_new(&br, VI, &err), 0);
	for (round = 0; round < 2; round++) {
		vta_span_vec v = {0};
		ck_assert_int_eq(vta_sentences_split_with(br, &v, text, 0, strlen(text), &err), 0);
		ck_assert_uint_eq(v.count, 3);
		ck_assert(span_is(text, &v.items[2], "\U0001F600\U0001F389 H\u1ebft."));
		vta_span_vec_free(&v);
		ck_assert_int_eq(vta_sentences_split_with(br, &v, "Một. Hai.", 0, strlen("Một. Hai."), &err), 0);
		ck_assert_uint_eq(v.count, 2);
		vta_span_vec_free(&v);
	}
	vta_breaker_free(br);
}
END_TEST

START_TEST(test_sentences_numbers)
{
	EXPECT("Cổ phiếu Nvidia giảm 5,3% trong phiên thứ Hai. Vốn hóa còn 3.500 tỷ USD, gấp 1.5 lần. "
	       "Tin đăng lúc 05:49 ngày 28/01/2025.",
	       VI, "Cổ phiếu Nvidia giảm 5,3% trong phiên thứ Hai.", "Vốn hóa còn 3.500 tỷ USD, gấp 1.5 lần.",
	       "Tin đăng lúc 05:49 ngày 28/01/2025.");
	EXPECT("Nvidia, which plummeted nearly 18% in Monday's market rout, fell 5.3 points. "
	       "It was 3:00 PM GMT+7.",
	       EN, "Nvidia, which plummeted nearly 18% in Monday's market rout, fell 5.3 points.",
	       "It was 3:00 PM GMT+7.");
}
END_TEST

START_TEST(test_sentences_digit_and_ellipsis)
{
	/* ICU joins a sentence that begins with a number; these do not */
	EXPECT("Đây là những con số thống kê. 6.000 điểm kỷ niệm đã biến thành tro bụi. "
	       "1,2 triệu người đã chết.",
	       VI, "Đây là những con số thống kê.", "6.000 điểm kỷ niệm đã biến thành tro bụi.",
	       "1,2 triệu người đã chết.");
	EXPECT("Prices rose 5%. 3 firms closed on Jan. 28 and No. 5 opened.", EN, "Prices rose 5%.",
	       "3 firms closed on Jan. 28 and No. 5 opened.");
	/* "…" breaks like "..." before a capital, not before a lowercase word */
	EXPECT("Chờ đã… Tôi đi. Chờ đã... Tôi đi. Chờ… rồi đi.", VI, "Chờ đã…", "Tôi đi.", "Chờ đã...", "Tôi đi.",
	       "Chờ… rồi đi.");
}
END_TEST

START_TEST(test_sentences_vietnamese_abbreviations)
{
	EXPECT("GS. Nguyễn Văn A và PGS.TS. Trần Văn B làm việc tại TP. Hồ Chí Minh. "
	       "ThS. Lê Văn C và BS. Phạm D ở Tp. Huế, Q. Ba Đình. TS. Võ E viết cho NXB. Trẻ.",
	       VI, "GS. Nguyễn Văn A và PGS.TS. Trần Văn B làm việc tại TP. Hồ Chí Minh.",
	       "ThS. Lê Văn C và BS. Phạm D ở Tp. Huế, Q. Ba Đình.", "TS. Võ E viết cho NXB. Trẻ.");
	/* "ông" and "bà" are words, not abbreviations */
	EXPECT("Đó là lời của ông. Bà ấy đồng ý.", VI, "Đó là lời của ông.", "Bà ấy đồng ý.");
	/* v.v. ends a sentence before a capital, not before a lowercase word */
	EXPECT("Có táo, lê, v.v. Tất cả đều ngon. Táo, lê, v.v. đều rẻ.", VI, "Có táo, lê, v.v.", "Tất cả đều ngon.",
	       "Táo, lê, v.v. đều rẻ.");
}
END_TEST

START_TEST(test_sentences_english_abbreviations)
{
	EXPECT("Mr. Smith met Dr. Jones and Prof. Lee at St. Paul's on Jan. 28, 2025. They spoke.", EN,
	       "Mr. Smith met Dr. Jones and Prof. Lee at St. Paul's on Jan. 28, 2025.", "They spoke.");
	EXPECT("J. K. Rowling met George W. Bush. Then they left.", EN, "J. K. Rowling met George W. Bush.",
	       "Then they left.");
	EXPECT("Fruit, e.g. Apples, i.e. Red ones, vs. Pears. Fine.", EN,
	       "Fruit, e.g. Apples, i.e. Red ones, vs. Pears.", "Fine.");
	EXPECT("Apple Inc. CEO Tim Cook spoke. Shares of Apple Inc. The stock rose.", EN,
	       "Apple Inc. CEO Tim Cook spoke.", "Shares of Apple Inc.", "The stock rose.");
	EXPECT("No. 5 is next. No. That is wrong.", EN, "No. 5 is next.", "No.", "That is wrong.");
	EXPECT("Apples, pears, etc. All are good.", EN, "Apples, pears, etc.", "All are good.");
	EXPECT("She lives at 10 Main St. The house is big. Sen. Warren spoke.", EN, "She lives at 10 Main St.",
	       "The house is big.", "Sen. Warren spoke.");
}
END_TEST

START_TEST(test_sentences_us)
{
	/* U.S. inside a name, and U.S. at the end of a sentence */
	EXPECT("The U.S. Federal Reserve held rates. The U.K. Treasury did too.", EN,
	       "The U.S. Federal Reserve held rates.", "The U.K. Treasury did too.");
	EXPECT("DeepSeek shocked the U.S. The markets fell.", EN, "DeepSeek shocked the U.S.", "The markets fell.");
	EXPECT("Ngành AI U.S. Tech chịu cú sốc.", VI, "Ngành AI U.S. Tech chịu cú sốc.");
}
END_TEST

START_TEST(test_sentences_links)
{
	EXPECT("Theo: https://www.businessinsider.com/deepseek-compute-jevons-paradox-demand-market-ai-"
	       "stocks-nvidia-chatgpt-2025-1",
	       VI,
	       "Theo: https://www.businessinsider.com/deepseek-compute-jevons-paradox-demand-market-ai-"
	       "stocks-nvidia-chatgpt-2025-1");
	EXPECT("Xem https://example.com/a?Id=5!Now ngay. Liên hệ letrungnghia.foss@gmail.com. Cảm ơn.", VI,
	       "Xem https://example.com/a?Id=5!Now ngay.", "Liên hệ letrungnghia.foss@gmail.com.", "Cảm ơn.");
	EXPECT("Amazon.com is big. Visit www.Amazon.Com today.", EN, "Amazon.com is big.",
	       "Visit www.Amazon.Com today.");
	EXPECT("Blog này được chuyển đổi từ http://blog.yahoo.com/letrungnghia trên Yahoo Blog.", VI,
	       "Blog này được chuyển đổi từ http://blog.yahoo.com/letrungnghia trên Yahoo Blog.");
}
END_TEST

START_TEST(test_sentences_token_heads)
{
	/* a terminator that starts a word, then no white space: a file name
	 * or an operator, never a sentence's end */
	EXPECT("The filename ends in .Z or .zip, so unpack it. Then repack it.", EN,
	       "The filename ends in .Z or .zip, so unpack it.", "Then repack it.");
	EXPECT("Xoá bỏ hậu tố .ex hoặc .EX nếu có; xem perlre 1 )gentoo-(.+)\\.tar\\.gz. Gọi FOO ?= bar.", VI,
	       "Xoá bỏ hậu tố .ex hoặc .EX nếu có; xem perlre 1 )gentoo-(.+)\\.tar\\.gz.", "Gọi FOO ?= bar.");
	/* no sentence starts with '>': a placeholder "<?>" (LibreOffice
	 * help's command syntax), a processing instruction's "?>" */
	EXPECT("You can also enter <?> in <?> in the Commands window. Use this icon.", EN,
	       "You can also enter <?> in <?> in the Commands window.", "Use this icon.");
	EXPECT("Bạn cũng có thể gõ lệnh <?> in <?> vào cửa sổ Lệnh. Dùng biểu tượng này.", VI,
	       "Bạn cũng có thể gõ lệnh <?> in <?> vào cửa sổ Lệnh.", "Dùng biểu tượng này.");
	/* nor with a symbol glued to the terminator: a glob (maint-guide's
	 * "package.cron.*" heads), a path, an assignment */
	EXPECT("package.cron.* If your package requires regularly scheduled tasks, use these files. Set them up.", EN,
	       "package.cron.* If your package requires regularly scheduled tasks, use these files.", "Set them up.");
	EXPECT("manpage.* Các chương trình của bạn nên có một trang hướng dẫn. Nếu không có, hãy tạo.", VI,
	       "manpage.* Các chương trình của bạn nên có một trang hướng dẫn.", "Nếu không có, hãy tạo.");
}
END_TEST

START_TEST(test_sentences_label_letters)
{
	/* one capital after a lowercase word is a label, and a capitalised
	 * word after its period starts a sentence (TED, LibreOffice help);
	 * after a capitalised word it is a name's initial */
	EXPECT("Bệnh nhân A có ký ức tệ hơn bệnh nhân B. Câu chuyện của hai buổi khám đó khác nhau.", VI,
	       "Bệnh nhân A có ký ức tệ hơn bệnh nhân B.", "Câu chuyện của hai buổi khám đó khác nhau.");
	EXPECT("Nhập số lượng khác nhau trong cột E. Tính toán đồng thời.", VI, "Nhập số lượng khác nhau trong cột E.",
	       "Tính toán đồng thời.");
	EXPECT("It was the movie, which is brand X. Qualcomm Stadium is the limit.", EN,
	       "It was the movie, which is brand X.", "Qualcomm Stadium is the limit.");
	EXPECT("Tôi gặp John F. Kennedy ở đó.", VI, "Tôi gặp John F. Kennedy ở đó.");
	EXPECT("We saw George W. Bush there.", EN, "We saw George W. Bush there.");
}
END_TEST

START_TEST(test_sentences_closing_quotes)
{
	/* Vietnamese puts the period after the closing quote */
	EXPECT("Các nhà phân tích của Bernstein viết rằng \"phản ứng ban đầu của họ không bao gồm sự "
	       "hoảng loạn\". Các nhà phân tích cũng trích dẫn nghịch lý Jevons.",
	       VI,
	       "Các nhà phân tích của Bernstein viết rằng \"phản ứng ban đầu của họ không bao gồm sự "
	       "hoảng loạn\".",
	       "Các nhà phân tích cũng trích dẫn nghịch lý Jevons.");
	EXPECT("Bernstein analysts wrote that their \"initial reaction does not include panic.\" "
	       "The analysts, also citing the Jevons paradox, agreed.",
	       EN, "Bernstein analysts wrote that their \"initial reaction does not include panic.\"",
	       "The analysts, also citing the Jevons paradox, agreed.");
	EXPECT("Ông nói: “Thị trường đang hiểu sai.” (Ảnh: Getty.) Sau đó ông rời đi.", VI,
	       "Ông nói: “Thị trường đang hiểu sai.”", "(Ảnh: Getty.)", "Sau đó ông rời đi.");
}
END_TEST

START_TEST(test_sentences_quoted_exclamation)
{
	/* the seed pair: the same number of sentences on both sides */
	const char *en = "As Nadella put it on X: \"Jevons paradox strikes again! As AI gets more efficient "
			 "and accessible, we will see its use skyrocket, turning it into a commodity we "
			 "just can't get enough of.\"";
	const char *vi = "Như Nadella đã nói trên X: \"Nghịch lý Jevons lại xảy ra! Khi AI trở nên hiệu quả "
			 "và dễ tiếp cận hơn, chúng ta sẽ thấy việc sử dụng nó tăng vọt, biến nó thành một "
			 "loại hàng hóa mà chúng ta không thể có đủ\".";
	ck_assert_uint_eq(count_sentences(en, EN), count_sentences(vi, VI));
	EXPECT(vi, VI, "Như Nadella đã nói trên X: \"Nghịch lý Jevons lại xảy ra!",
	       "Khi AI trở nên hiệu quả và dễ tiếp cận hơn, chúng ta sẽ thấy việc sử dụng nó tăng vọt, "
	       "biến nó thành một loại hàng hóa mà chúng ta không thể có đủ\".");
	EXPECT(en, EN, "As Nadella put it on X: \"Jevons paradox strikes again!",
	       "As AI gets more efficient and accessible, we will see its use skyrocket, turning it into "
	       "a commodity we just can't get enough of.\"");
}
END_TEST

START_TEST(test_sentences_lowercase_after_exclamation)
{
	EXPECT("\"Thật sao?\" anh hỏi. Yahoo! is a company. Wow! really?", EN, "\"Thật sao?\" anh hỏi.",
	       "Yahoo! is a company.", "Wow! really?");
	EXPECT("Thật sao? vâng, thật. Tốt!", VI, "Thật sao? vâng, thật.", "Tốt!");
}
END_TEST

/* Text of maint-guide (Debian New Maintainers' Guide) and TED talks read
 * as running text: a colon ends a sentence before a capital after a lead
 * of four words or more, not after a label, before a digit or a quote. */
START_TEST(test_sentences_colon)
{
	EXPECT("There is an old Latin saying: Longum iter est per praecepta. Done.", EN,
	       "There is an old Latin saying:", "Longum iter est per praecepta.", "Done.");
	EXPECT("Có một câu nói Latin cổ đại: Longum iter est per praecepta.", VI,
	       "Có một câu nói Latin cổ đại:", "Longum iter est per praecepta.");
	EXPECT("Người dẫn: Đây là vấn đề tái thiết năng lượng cho nước Mỹ.", VI,
	       "Người dẫn: Đây là vấn đề tái thiết năng lượng cho nước Mỹ.");
	EXPECT("Bài được đưa lên Internet ngày: 28/01/2025", VI, "Bài được đưa lên Internet ngày: 28/01/2025");
	EXPECT("And then I said to him: \"We won.\" Then we left.", EN, "And then I said to him: \"We won.\"",
	       "Then we left.");
	EXPECT("Install the packages as follows: apt install dh-make", EN,
	       "Install the packages as follows: apt install dh-make");
	/* a bracket may open the sentence after a colon */
	EXPECT("Here is the control file dh_make created for us: (I've added the line numbers.)", EN,
	       "Here is the control file dh_make created for us:", "(I've added the line numbers.)");
	EXPECT("Đây là tệp control mà dh_make tạo ra cho chúng ta: (Tôi đã thêm các số dòng.)", VI,
	       "Đây là tệp control mà dh_make tạo ra cho chúng ta:", "(Tôi đã thêm các số dòng.)");
	EXPECT("The answer is simple: (see below).", EN, "The answer is simple: (see below).");
	EXPECT("See the guide at http://www.debian.org/doc/maint-guide/ for more.", EN,
	       "See the guide at http://www.debian.org/doc/maint-guide/ for more.");
}
END_TEST

/* Vietnamese subtitles begin sentences in lowercase after a period. */
START_TEST(test_sentences_vietnamese_lowercase_after_period)
{
	EXPECT("Chúng tôi đã làm xong. và rồi chúng tôi về nhà.", VI, "Chúng tôi đã làm xong.",
	       "và rồi chúng tôi về nhà.");
	EXPECT("Táo, cam, v.v. và nhiều thứ khác.", VI, "Táo, cam, v.v. và nhiều thứ khác.");
	EXPECT("Tôi nghĩ... và rồi tôi đi.", VI, "Tôi nghĩ... và rồi tôi đi.");
	EXPECT("We use the approx. value here.", EN, "We use the approx. value here.");
}
END_TEST

/* Manuals start a list item with a command's name after a period; in
 * English only a plain lowercase word that is no abbreviation ends a
 * sentence there, and not before a word that goes on with a clause. */
START_TEST(test_sentences_english_lowercase_after_period)
{
	EXPECT("upstream author: the person who made the original program. upstream maintainer: the one "
	       "who maintains it.",
	       EN, "upstream author: the person who made the original program.",
	       "upstream maintainer: the one who maintains it.");
	EXPECT("(see info automake). autotools-dev keeps them up to date.", EN, "(see info automake).",
	       "autotools-dev keeps them up to date.");
	EXPECT("If you put an executive admin. on the team, they do better.", EN,
	       "If you put an executive admin. on the team, they do better.");
	EXPECT("They carry about 100 lbs. over the hills.", EN, "They carry about 100 lbs. over the hills.");
	EXPECT("It was shown by Smith et al. in the paper.", EN, "It was shown by Smith et al. in the paper.");
	EXPECT("Smith et al. showed it first.", EN, "Smith et al. showed it first.");
	EXPECT("downgrade it (optional). purge it. install the new package.", EN, "downgrade it (optional).",
	       "purge it.", "install the new package.");
	EXPECT("Robert Downey Jr. acting as Steve.", EN, "Robert Downey Jr. acting as Steve.");
	/* after a closing bracket the period is never an abbreviation's,
	 * whatever the bracket holds: a man page's section, an option */
	EXPECT("It may contain that, too (see dpkg-source 1 ). source/options The files can be annoying.", EN,
	       "It may contain that, too (see dpkg-source 1 ).", "source/options The files can be annoying.");
	EXPECT("Tell it where to look using --sourcedir). package.info is next.", EN,
	       "Tell it where to look using --sourcedir).", "package.info is next.");
	EXPECT("Set it in debian/control (see foo 1 ). and then build it.", EN,
	       "Set it in debian/control (see foo 1 ). and then build it.");
}
END_TEST

START_TEST(test_sentences_dashes)
{
	EXPECT("DeepSeek đã gây ra sự hoảng loạn trên thị trường — nhưng một số người cho rằng việc bán "
	       "tháo là quá mức. Thế thôi.",
	       VI,
	       "DeepSeek đã gây ra sự hoảng loạn trên thị trường — nhưng một số người cho rằng việc bán "
	       "tháo là quá mức.",
	       "Thế thôi.");
	EXPECT("We won! — he said. Then we left.", EN, "We won! — he said.", "Then we left.");
}
END_TEST

START_TEST(test_sentences_glued_text)
{
	EXPECT("Cú sốc đã đưaNvidiatrở thành tâm điểm.", VI, "Cú sốc đã đưaNvidiatrở thành tâm điểm.");
	/* a period glued to a capital: ICU decides, but nothing is empty or lost */
	EXPECT("Yahoo Blog đóng cửa ngày 17/01/2013.Kể từ ngày 07/02/2013, Blog hoạt động.", VI,
	       "Yahoo Blog đóng cửa ngày 17/01/2013.", "Kể từ ngày 07/02/2013, Blog hoạt động.");
	(void)count_sentences("end.Next.One!Two?Three...Four", EN);
}
END_TEST

START_TEST(test_sentences_line_breaks)
{
	/* a hard-wrapped paragraph: line breaks are not sentence breaks */
	EXPECT("Still, some believe the panic was\npremature. And their reasoning\r\nis based on Mr.\nSmith.", EN,
	       "Still, some believe the panic was\npremature.", "And their reasoning\r\nis based on Mr.\nSmith.");
}
END_TEST

/* --------------------------------------------------------- whole texts */

START_TEST(test_seed_000_nothing_lost)
{
	size_t len = 0, n;
	char *text = read_seed(SEED000, &len);
	if (!text) {
		fprintf(stderr, "test_segment: seed %s not found, skipped\n", SEED000);
		return;
	}
	n = check_document(text, len, VI);
	ck_assert_uint_ge(n, 80);
	ck_assert_uint_eq(check_document(text, len, EN), n);
	free(text);
}
END_TEST

START_TEST(test_seeds_nothing_lost)
{
	static const char *const names[] = {
		"001_65f375d87687694d.txt",
		"002_4b4d4304ae5fb83d.txt",
		"003_c0c481b257e88540.txt",
		"004_f79e6447c31b3a15.txt",
	};
	size_t i, len = 0;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		char *text = read_seed(names[i], &len);
		if (!text)
			continue;
		ck_assert_uint_gt(check_document(text, len, VI), 0);
		free(text);
	}
}
END_TEST

START_TEST(test_embedded_document)
{
	/* the same checks on a text that is always there */
	const char *text = "DeepSeek sparked a market panic — but some think the sell-off is overblown\r\n\r\n"
			   "Analysis by Hasan Chowdhury; Jan 28, 2025, 3:00 PM GMT+7\r\n"
			   "  \u2022 Chinese startup DeepSeek triggered panic among investors.\r\n"
			   "He added, \"Making it dramatically cheaper will expand the market for it. The markets are "
			   "getting it wrong, this will make AI much more broadly deployed.\"\r\n\r\n"
			   "Ông nói thêm, \"Việc giảm giá đáng kể sẽ mở rộng thị trường cho nó. Thị trường đang hiểu "
			   "sai\".\n\u00a0\nend.Next \"?!\" … — ... U.S. 1. a) \u2029x";
	size_t len = strlen(text);
	ck_assert_uint_eq(check_document(text, len, EN), 7);
	ck_assert_uint_eq(check_document(text, len, VI), 7);
}
END_TEST

/* Deterministic random texts made of the troublesome pieces: no crash,
 * nothing lost, for paragraphs and sentences alike. */
START_TEST(test_random_texts)
{
	static const char *const pieces[] = {
		".",       "!",      "?",      "\"",   "“",  "”",         "'",      "(",    ")",    " ",
		" ",       " ",      "\n",     "\r\n", "\r", "\n\n",      "\u00a0", "…",    "—",    "–",
		"-",       "•",      "*",      "1.",   "2)", "a)",        "U.S.",   "GS.",  "v.v.", "Mr.",
		"http://", "www.",   "@",      "a",    "Đ",  "đưaNvidia", "Thế",    "The",  "5,3%", "3.500",
		"05:49",   "\u2029", "\u3000", "x",    "Y",  "z",         "\t",     "e.g.", "No.",  "7",
	};
	size_t npieces = sizeof pieces / sizeof pieces[0];
	unsigned long seed = 12345;
	char buf[512];
	int round;
	for (round = 0; round < 1500; round++) {
		size_t o = 0, k, n;
		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		n = (seed >> 33) % 40;
		for (k = 0; k < n; k++) {
			const char *p;
			seed = seed * 6364136223846793005UL + 1442695040888963407UL;
			p = pieces[(seed >> 33) % npieces];
			memcpy(buf + o, p, strlen(p));
			o += strlen(p);
		}
		buf[o] = '\0';
		check_document(buf, o, round % 2 ? EN : VI);
	}
}
END_TEST

/* Huge paragraphs of one repeated pattern: linear time, nothing lost (a
 * quadratic rule would take seconds here). */
START_TEST(test_pathological_texts)
{
	static const char *const patterns[] = {
		"1.A", "\n", "a\n\n", " \n", "x. ", "?\"", ")", "\u2022 ", "http://a.b/c?D", "U.S.", "\u2026 ",
	};
	size_t k, size = 30000;
	char *buf = malloc(size + 16);
	vta_span_vec v;
	ck_assert_ptr_nonnull(buf);
	for (k = 0; k < sizeof patterns / sizeof patterns[0]; k++) {
		size_t o = 0, n = strlen(patterns[k]);
		while (o + n <= size) {
			memcpy(buf + o, patterns[k], n);
			o += n;
		}
		buf[o] = '\0';
		check_document(buf, o, VI);
		v = sentences(buf, EN); /* the whole text as one paragraph */
		vta_span_vec_free(&v);
	}
	free(buf);
}
END_TEST

static Suite *segment_suite(void)
{
	Suite *s = suite_create("segment");
	TCase *tp = tcase_create("paragraphs"), *ts = tcase_create("sentences"), *td = tcase_create("documents");
	tcase_add_test(tp, test_span_vec_grows);
	tcase_add_test(tp, test_paragraphs_blank_lines);
	tcase_add_test(tp, test_paragraphs_crlf_and_cr);
	tcase_add_test(tp, test_paragraphs_trim_and_empty);
	tcase_add_test(tp, test_paragraphs_bullets);
	tcase_add_test(tp, test_paragraphs_not_bullets);
	tcase_add_test(tp, test_paragraphs_bullet_list_then_text);
	tcase_add_test(tp, test_paragraphs_headings);
	tcase_add_test(tp, test_paragraphs_hard_wrapped);
	tcase_add_test(ts, test_sentences_basic);
	tcase_add_test(ts, test_sentences_empty);
	tcase_add_test(ts, test_sentences_subrange);
	tcase_add_test(ts, test_sentences_numbers);
	tcase_add_test(ts, test_sentences_digit_and_ellipsis);
	tcase_add_test(ts, test_sentences_vietnamese_abbreviations);
	tcase_add_test(ts, test_sentences_english_abbreviations);
	tcase_add_test(ts, test_sentences_us);
	tcase_add_test(ts, test_sentences_links);
	tcase_add_test(ts, test_sentences_token_heads);
	tcase_add_test(ts, test_sentences_label_letters);
	tcase_add_test(ts, test_sentences_closing_quotes);
	tcase_add_test(ts, test_sentences_quoted_exclamation);
	tcase_add_test(ts, test_sentences_lowercase_after_exclamation);
	tcase_add_test(ts, test_sentences_colon);
	tcase_add_test(ts, test_sentences_vietnamese_lowercase_after_period);
	tcase_add_test(ts, test_sentences_english_lowercase_after_period);
	tcase_add_test(ts, test_sentences_dashes);
	tcase_add_test(ts, test_sentences_glued_text);
	tcase_add_test(ts, test_sentences_line_breaks);
	tcase_set_timeout(td, 60);
	tcase_add_test(td, test_seed_000_nothing_lost);
	tcase_add_test(td, test_seeds_nothing_lost);
	tcase_add_test(td, test_embedded_document);
	tcase_add_test(td, test_sentences_astral);
	tcase_add_test(td, test_random_texts);
	tcase_add_test(td, test_pathological_texts);
	suite_add_tcase(s, tp);
	suite_add_tcase(s, ts);
	suite_add_tcase(s, td);
	return s;
}

int main(void)
{
	return run_suite(segment_suite());
}
