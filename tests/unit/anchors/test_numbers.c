/* test_numbers.c - numbers, dates, times and weekdays read the Vietnamese way
 * and the English way give the same anchors (lines from seed
 * 000_8122ceabae3739ce unless marked). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"

#include "anchors/anchors.h"

#define VI VIETALIGN_LANG_VI
#define EN VIETALIGN_LANG_EN

static vta_anchor_set extract(const char *s, vietalign_lang lang)
{
	vta_anchor_set a = {0};
	ck_assert_int_eq(vta_numbers_extract(&a, s, strlen(s), lang), 0);
	return a;
}

/* Anchors of vi and en with equal keys, each counted once (multiset). */
static int shared_count(const char *vi, const char *en)
{
	vta_anchor_set a = extract(vi, VI), b = extract(en, EN);
	char *used = calloc(b.count + 1, 1);
	size_t i, j;
	int n = 0;
	ck_assert_ptr_nonnull(used);
	for (i = 0; i < a.count; i++)
		for (j = 0; j < b.count; j++)
			if (!used[j] && a.items[i].key == b.items[j].key) {
				used[j] = 1;
				n++;
				break;
			}
	free(used);
	vta_anchor_set_free(&a);
	vta_anchor_set_free(&b);
	return n;
}

static size_t count_of(const char *s, vietalign_lang lang)
{
	vta_anchor_set a = extract(s, lang);
	size_t n = a.count;
	vta_anchor_set_free(&a);
	return n;
}

/* Whether s in lang has an anchor for canonical value canon. */
static int has(const char *s, vietalign_lang lang, const char *canon)
{
	vta_anchor_set a = extract(s, lang);
	uint64_t key = vta_anchor_hash(VTA_ANCHOR_NUMBER, canon, strlen(canon));
	size_t i;
	int found = 0;
	for (i = 0; i < a.count; i++) {
		ck_assert_uint_eq(a.items[i].kind, VTA_ANCHOR_NUMBER);
		ck_assert_uint_eq(a.items[i].nkeys, 1);
		ck_assert_uint_eq(a.items[i].flags, 0);
		ck_assert(a.items[i].offset + a.items[i].length <= strlen(s));
		found |= a.items[i].key == key;
	}
	vta_anchor_set_free(&a);
	return found;
}

START_TEST(scale_words)
{
	ck_assert_int_eq(shared_count("gây sốc cho thị trường với một mô hình chạy trên các con chip kém tiên "
	                              "tiến hơn và ít chip hơn — xóa sổ 1 nghìn tỷ (trillion) USD cổ phiếu.",
	                              "shocked markets with a model that runs on fewer, less advanced chips — "
	                              "wiping out $1 trillion in stocks."),
	                 1);
	ck_assert_int_eq(shared_count("tăng chi tiêu vốn cho AI trong năm nay lên 65 tỷ USD.",
	                              "boost its capital expenditure on AI this year to $65 billion."),
	                 1);
	ck_assert_int_eq(shared_count("Nhà sản xuất ChatGPT đã công bố sáng kiến trị giá 500 tỷ USD mang tên Stargate",
	                              "The ChatGPT maker announced a $500 billion initiative called Stargate"),
	                 1);
	ck_assert(has("65 tỷ USD", VI, "65000000000"));
	ck_assert(has("65,000,000,000", EN, "65000000000"));
	ck_assert_int_eq(shared_count("3.500 tỷ USD", "3.5 trillion"), 1);
	ck_assert_int_eq(shared_count("20,1 tỷ USD", "$20.1 billion"), 1);
	ck_assert_int_eq(shared_count("100500 USD", "$100,500"), 1);
	ck_assert_int_eq(shared_count("hai triệu người", "two million people"), 1);
	ck_assert_int_eq(shared_count("600 tỷ USD", "$1.5bn"), 0);
}
END_TEST

START_TEST(percentages)
{
	ck_assert_int_eq(shared_count("Nvidia, công ty đã sụt giảm gần 18% trong đợt bán tháo thị trường",
	                              "Nvidia, which plummeted nearly 18% in Monday's market rout"),
	                 1);
	ck_assert_int_eq(shared_count("Nvidia giảm 5,3%", "Nvidia fell 5.3%"), 1);
	ck_assert_int_eq(shared_count("tăng 5 phần trăm", "rose 5 per cent"), 1);
	ck_assert_int_eq(shared_count("tăng 5 phần trăm", "rose 5 percent"), 1);
	ck_assert(has("5,3%", VI, "5.3%"));
}
END_TEST

START_TEST(different_values)
{
	ck_assert_int_eq(shared_count("5,3%", "53%"), 0);
	ck_assert_int_eq(shared_count("18%", "$18"), 0);
	ck_assert_int_eq(shared_count("65 tỷ USD", "$56 billion"), 0);
	ck_assert_int_eq(shared_count("65 tỷ USD", "$65 million"), 0);
	ck_assert_int_eq(shared_count("3,5", "35"), 0);
}
END_TEST

START_TEST(broken_spacing)
{
	ck_assert_int_eq(shared_count("96, 4%", "96.4%"), 1);
	ck_assert_int_eq(shared_count("20, 1 tỷ USD", "$20.1 billion"), 1);
	/* a comma between two numbers (made up) */
	ck_assert_int_eq(count_of("năm 2024, 5 người", VI), 2);
	ck_assert_int_eq(shared_count("năm 2024, 5 người", "in 2024, five people"), 2);
}
END_TEST

START_TEST(thousands)
{
	ck_assert_int_eq(shared_count("3.500", "3,500"), 1);
	ck_assert(has("3.500", VI, "3500"));
	ck_assert(has("3,500", EN, "3500"));
	ck_assert(has("1.500.000", VI, "1500000"));
	ck_assert(has("3.5", EN, "3.5"));
	ck_assert_int_eq(shared_count("giảm 400 điểm", "400 points lower"), 1);
	ck_assert_int_eq(shared_count("-400 điểm", "400 points lower"), 1);
}
END_TEST

START_TEST(dates)
{
	ck_assert_int_eq(shared_count("Bài được đưa lên Internet ngày: 28/01/2025",
	                              "Analysis by Hasan Chowdhury; Jan 28, 2025, 3:00 PM GMT+7"),
	                 2); /* the date and the year */
	ck_assert(has("ngày: 28/01/2025", VI, "D:2025-01-28"));
	ck_assert(has("ngày 20/1", VI, "D:01-20"));
	ck_assert_int_eq(shared_count("ngày 20/1", "on January 20"), 1);
	ck_assert_int_eq(shared_count("27/1", "Jan. 27"), 1);
	ck_assert_int_eq(shared_count("tháng 5/2023", "May 2023"), 2);
	ck_assert_int_eq(shared_count("tháng Năm năm 2023", "in May 2023"), 2);
	ck_assert_int_eq(shared_count("ngày 20 tháng 1 năm 2025", "January 20, 2025"), 2);
	ck_assert_int_eq(shared_count("năm 2025", "2025"), 1);
	ck_assert_int_eq(shared_count("tháng Giêng", "in January"), 1);
	ck_assert(has("Sept. 3", EN, "D:09-03"));
	ck_assert(has("3 September 2024", EN, "D:2024-09-03"));
	ck_assert_int_eq(count_of("It may 5 times", EN), 1);
	/* the English dateline a Vietnamese page keeps */
	ck_assert(has("Analysis by Hasan Chowdhury; Jan 28, 2025, 3:00 PM GMT+7", VI, "D:2025-01-28"));
	ck_assert_int_eq(shared_count("Tháng Ba", "in March"), 1);
	ck_assert_int_eq(count_of("March", VI), 0);
}
END_TEST

START_TEST(times)
{
	ck_assert(has("Thứ tư - 05/02/2025 05:49", VI, "T:05:49"));
	ck_assert_int_eq(shared_count("Thứ tư - 05/02/2025 05:49", "5:49 AM"), 1);
	ck_assert(has("Jan 28, 2025, 3:00 PM GMT+7", EN, "T:15:00"));
	ck_assert(has("at 3 PM", EN, "T:15:00"));
	ck_assert(has("at 12 a.m.", EN, "T:00:00"));
	ck_assert(has("15:00", VI, "T:15:00"));
}
END_TEST

START_TEST(word_numbers)
{
	ck_assert_int_eq(shared_count("hiệu suất vốn chủ sở hữu trong hai năm qua",
	                              "drove equity performance in the past two years"),
	                 1);
	ck_assert_int_eq(shared_count("ba thế hệ", "three generations"), 1);
	ck_assert_int_eq(shared_count("một số bọt khí", "some of the froth"), 0);
	ck_assert_int_eq(count_of("Điều duy nhất đã thay đổi là một số bọt khí đang được loại bỏ", VI), 0);
	ck_assert_int_eq(count_of("một người", VI), 0);
	ck_assert_int_eq(count_of("ba của tôi", VI), 0); /* father */
	ck_assert_int_eq(count_of("năm nay", VI), 0);    /* this year */
	ck_assert_int_eq(count_of("one of them, often", EN), 0);
	ck_assert_int_eq(shared_count("lần thứ 3", "the third time"), 1);
	ck_assert_int_eq(shared_count("lần thứ 3", "the 3rd time"), 1);
}
END_TEST

/* Numbers written out over several words (issue 21; TED dev and test
 * talks, ted-*.jsonl of the shared sets, unless marked). */
START_TEST(compound_word_numbers)
{
	ck_assert(has("Thirty-five thousand eight hundred thirty", EN, "35830"));
	ck_assert_int_eq(shared_count("35830", "Thirty-five thousand eight hundred thirty"), 1);
	ck_assert_int_eq(shared_count("39 inches là kết cấu cao nhất mà tôi từng thấy.",
	                              "Thirty-nine inches is the tallest structure I've seen."),
	                 1);
	ck_assert_int_eq(
		shared_count("Với một trăm loại khác nhau được trưng bày, không có lý do nào cho sai lầm.",
	                     "With a hundred different kinds of jeans on display, there is no excuse for failure."),
		1);
	ck_assert_int_eq(shared_count("Tức là cần phải có đến mười lăm pao cá ngoài tự nhiên",
	                              "That means it takes fifteen pounds of wild fish"),
	                 1);
	ck_assert_int_eq(shared_count("90 phần trăm các loài cá lớn", "Ninety percent of large fish"), 1);
	ck_assert_int_eq(shared_count("chúng ta là một cái xe tải cao 12 feet", "We're a twelve-foot-high truck"), 1);
	/* Vietnamese words against digits (made up, by the rules of the
	 * language): 35.000 is thirty-five thousand */
	ck_assert(has("ba mươi lăm nghìn người", VI, "35000"));
	ck_assert_int_eq(shared_count("ba mươi lăm nghìn người", "35,000 people"), 1);
	ck_assert(has("một trăm lẻ năm", VI, "105"));
	ck_assert(has("hai nghìn ba trăm năm mươi", VI, "2350"));
	ck_assert(has("hai mươi mốt", VI, "21"));
	ck_assert(has("one hundred and five", EN, "105"));
	ck_assert(has("a thousand times", EN, "1000"));
	ck_assert(has("ba mươi phần trăm", VI, "30%"));
	/* a word that is also an ordinary one stays so outside a compound */
	ck_assert(has("hai mươi năm", VI, "20"));
	ck_assert(!has("hai mươi năm", VI, "25"));
	ck_assert_int_eq(count_of("hàng trăm nghìn người", VI), 0); /* hundreds of thousands */
	ck_assert_int_eq(count_of("hundreds of thousands of people", EN), 0);
	ck_assert_int_eq(count_of("a man and one of them", EN), 0);
	ck_assert_int_eq(count_of("một người đàn ông", VI), 0);
	ck_assert_int_eq(count_of("trong mỗi năm đường dẫn này", VI), 0);
}
END_TEST

START_TEST(weekdays)
{
	ck_assert_int_eq(shared_count("Cổ phiếu của Nvidia đã giảm mạnh vào thứ Hai sau khi DeepSeek tung ra",
	                              "Nvidia's stock fell sharply Monday after DeepSeek released"),
	                 1);
	ck_assert_int_eq(shared_count("vào thứ Hai", "on Monday"), 1);
	ck_assert_int_eq(shared_count("vào thứ 2", "on Monday"), 1);
	ck_assert_int_eq(shared_count("hôm Chủ nhật", "on Sunday"), 1);
	ck_assert(has("Thứ tư - 05/02/2025 05:49", VI, "W:3"));
	ck_assert_int_eq(shared_count("vào thứ Hai", "on Tuesday"), 0);
}
END_TEST

START_TEST(not_numbers)
{
	ck_assert_int_eq(count_of("DeepSeek R1 và o1 của OpenAI", VI), 0);
	ck_assert_int_eq(count_of("GPT4, 3D và 5G", VI), 0);
	ck_assert_int_eq(count_of("Covid-19", EN), 0);
	ck_assert(has("1.2.3.4", EN, "1.2.3.4"));
	ck_assert(has("1/2/3/4/5", VI, "1/2/3/4/5"));
}
END_TEST

START_TEST(odd_strings)
{
	static const char *const odd[] = {"",
	                                  "1",
	                                  "1,",
	                                  ",1",
	                                  "1.2.3.4",
	                                  "99999999999999999999999999 tỷ",
	                                  "1/2/3/4/5",
	                                  ":",
	                                  "12:",
	                                  "tháng",
	                                  "thứ",
	                                  "thứ ",
	                                  "tháng ",
	                                  "1 ",
	                                  "Jan",
	                                  "Jan ",
	                                  "Jan 3,",
	                                  "3 PM",
	                                  "1/",
	                                  "/1",
	                                  "1:2",
	                                  "99:99",
	                                  "$",
	                                  "%",
	                                  "96, ",
	                                  "96, 4",
	                                  "20, 1 t",
	                                  "chủ",
	                                  "hai",
	                                  "hai ",
	                                  "\xff\xfe",
	                                  "1\xe2\x82",
	                                  "9999999999999999999999999999999999999999"
	                                  "99999999999999999999999 nghìn tỷ tỷ tỷ",
	                                  NULL};
	size_t k, n;
	for (k = 0; odd[k]; k++) {
		for (n = 0; n <= strlen(odd[k]); n++) {
			vta_anchor_set a = {0}, b = {0};
			/* a copy of exactly n bytes, so reading past it is caught */
			char *s = malloc(n ? n : 1);
			ck_assert_ptr_nonnull(s);
			memcpy(s, odd[k], n);
			ck_assert_int_eq(vta_numbers_extract(&a, s, n, VI), 0);
			ck_assert_int_eq(vta_numbers_extract(&b, s, n, EN), 0);
			vta_anchor_set_free(&a);
			vta_anchor_set_free(&b);
			free(s);
		}
	}
	ck_assert(has("99999999999999999999999999 tỷ", VI, "99999999999999999999999999000000000"));
}
END_TEST

/* A sentence of 70,000 numbers keeps the first VTA_SET_ANCHORS_MAX, each
 * with its own value. */
START_TEST(anchors_per_sentence_capped)
{
	size_t n = 70000, k, len = 0;
	char *s = malloc(n * 8 + 1);
	vta_anchor_set a;
	ck_assert_ptr_nonnull(s);
	for (k = 0; k < n; k++)
		len += (size_t)sprintf(s + len, "%zu ", k % 1000 + 1);
	a = extract(s, EN);
	ck_assert_uint_eq(a.count, VTA_SET_ANCHORS_MAX);
	ck_assert_uint_eq(a.items[a.count - 1].nkeys, 1);
	ck_assert_str_eq(vta_anchor_value(&a, &a.items[a.count - 1]), "535"); /* k = 65534 */
	vta_anchor_set_free(&a);
	free(s);
}
END_TEST

static Suite *numbers_suite(void)
{
	Suite *s = suite_create("numbers");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, scale_words);
	tcase_add_test(tc, anchors_per_sentence_capped);
	tcase_add_test(tc, percentages);
	tcase_add_test(tc, different_values);
	tcase_add_test(tc, broken_spacing);
	tcase_add_test(tc, thousands);
	tcase_add_test(tc, dates);
	tcase_add_test(tc, times);
	tcase_add_test(tc, word_numbers);
	tcase_add_test(tc, compound_word_numbers);
	tcase_add_test(tc, weekdays);
	tcase_add_test(tc, not_numbers);
	tcase_add_test(tc, odd_strings);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(numbers_suite());
}
