/* test_check_quantities.c - a number with its unit, a month, a decade
 * against the English's ("cách đây 9 năm" for "two years ago", "tháng 3"
 * for "June", a note, "những năm 80" for "the 1950s"): one finding naming
 * both; the same quantity written another way is no fault ("three
 * million years", "four and a half years", "14 billion years" among
 * others). Sentences of the TED talks of ../shared, one digit changed. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vietalign.h"
#include "support.h"

/* The number findings of severity sev of a check of vi against en: how
 * many, and the first one's message in msg (or ""). */
static size_t number_findings(const char *vi, const char *en, char *msg, size_t cap, vietalign_severity sev)
{
	run r;
	vietalign_findings *f = NULL;
	size_t i, n = 0;
	msg[0] = '\0';
	vietalign_check_options o = VIETALIGN_CHECK_OPTIONS_INIT;
	o.min_severity = VIETALIGN_SEVERITY_NOTE;
	run_align(&r, NULL, vi, en);
	ck_assert_int_eq(vietalign_check(&f, r.al, &o), 0);
	for (i = 0; i < vietalign_findings_count(f); i++) {
		const vietalign_finding *x = vietalign_findings_get(f, i);
		if (strcmp(x->kind, "number") || x->severity != sev)
			continue;
		if (!n++)
			snprintf(msg, cap, "%s", x->message);
	}
	vietalign_findings_free(f);
	run_free(&r);
	return n;
}

static size_t number_errors(const char *vi, const char *en, char *msg, size_t cap)
{
	return number_findings(vi, en, msg, cap, VIETALIGN_SEVERITY_ERROR);
}

START_TEST(test_unit_in_words)
{
	char msg[256];
	ck_assert_uint_eq(
		number_errors(
			"T\xc3\xb4i g\xe1\xba\xb7p Ayers v\xc3\xa0o 2008, c\xc3\xa1"
			"ch \xc4\x91\xc3\xa2y 9 n\xc4\x83m, t\xe1\xba\xa1i h\xe1\xbb\x99i tr\xc6\xb0\xe1\xbb\x9dng Walt Disney.\n",
			"I met Mr. Ayers in 2008, two years ago, at Walt Disney Concert Hall.\n", msg, sizeof msg),
		1);
	ck_assert_str_eq(msg, "number differs: \"9 n\xc4\x83m\" in the Vietnamese, \"two years\" in the English");
	ck_assert_uint_eq(
		number_errors(
			"V\xc3\xa0 c\xc3\xb4 ta ph\xc3\xa1t hi\xe1\xbb\x87n ra c\xe1\xbb\xa9 m\xe1\xbb\x97i 10 qu\xe1\xbb\xb9 m\xc3\xa0 c\xc3\xb4ng ty cung c\xe1\xba\xa5p, t\xe1\xbb\xb7 l\xe1\xbb\x87 tham gia gi\xe1\xba\xa3m "
			"\xc4\x91i 0 ph\xe1\xba\xa7n tr\xc4\x83m.\n",
			"And what she found is that for every 10 mutual funds the employer offered, "
			"rate of participation went down two percent.\n",
			msg, sizeof msg),
		1);
	ck_assert_str_eq(
		msg,
		"number differs: \"0 ph\xe1\xba\xa7n tr\xc4\x83m\" in the Vietnamese, \"two percent\" in the English");
	/* as translated: no fault */
	ck_assert_uint_eq(
		number_errors(
			"T\xc3\xb4i g\xe1\xba\xb7p Ayers v\xc3\xa0o 2008, c\xc3\xa1"
			"ch \xc4\x91\xc3\xa2y 2 n\xc4\x83m, t\xe1\xba\xa1i h\xe1\xbb\x99i tr\xc6\xb0\xe1\xbb\x9dng Walt Disney.\n",
			"I met Mr. Ayers in 2008, two years ago, at Walt Disney Concert Hall.\n", msg, sizeof msg),
		0);
}
END_TEST

START_TEST(test_month_and_decade)
{
	char msg[256];
	ck_assert_uint_eq(
		number_findings(
			"H\xc3\xa3y th\xe1\xbb\xad t\xc6\xb0\xe1\xbb\x9fng t\xc6\xb0\xe1\xbb\xa3ng, m\xe1\xbb\x99t ng\xc6\xb0\xe1\xbb\x9di l\xc3\xa0 Mary, b\xe1\xbb\x8b sinh non 3 th\xc3\xa1ng, c\xc3\xb4 \xe1\xba\xa5y \xc4\x91\xc6\xb0\xe1\xbb\xa3"
			"c sinh "
			"ra ng\xc3\xa0y 1 th\xc3\xa1ng 3 n\xc4\x83m 1980.\n",
			"Let's imagine one of them, Mary, is born three months prematurely, so she's "
			"born on June 1, 1980.\n",
			msg, sizeof msg, VIETALIGN_SEVERITY_NOTE),
		1);
	ck_assert_str_eq(msg, "number differs: \"th\xc3\xa1ng 3\" in the Vietnamese, \"June\" in the English");
	ck_assert_uint_eq(
		number_errors(
			"Ng\xc6\xb0\xe1\xbb\x9di kia l\xc3\xa0 Henry, sinh \xc4\x91\xc3\xbang th\xc3\xa1ng, v\xc3\xa0o ng\xc3\xa0y 1 th\xc3\xa1ng 3 n\xc4\x83m 1980.\n",
			"Henry, by contrast, is born at term, so he's born on March 1, 1980.\n", msg, sizeof msg),
		0);
	ck_assert_uint_eq(
		number_errors(
			"\xc4\x90\xc3\xa2y l\xc3\xa0 1 chi\xc3\xaau c\xc3\xb3 trong m\xe1\xbb\x8di cu\xe1\xbb\x91n s\xc3\xa1"
			"ch \xe1\xba\xa3o thu\xe1\xba\xadt cho tr\xe1\xba\xbb em, \xc3\xadt nh\xe1\xba\xa5t l\xc3\xa0 trong "
			"nh\xe1\xbb\xafng n\xc4\x83m 80.\n",
			"This is a trick that's been in every children's magic book since at least the "
			"1950s.\n",
			msg, sizeof msg),
		1);
	ck_assert_str_eq(msg, "number differs: \"n\xc4\x83m 80\" in the Vietnamese, \"1950s\" in the English");
	ck_assert_uint_eq(
		number_errors(
			"T\xc3\xb4i \xc4\x91\xc3\xa3 h\xe1\xbb\x8d"
			"c \xc4\x91\xc6\xb0\xe1\xbb\xa3"
			"c chi\xc3\xaau \xc4\x91\xc3\xb3 t\xe1\xbb\xab Cub Scout Magic \xe1\xbb\x9f nh\xe1\xbb\xafng n\xc4\x83m 70.\n",
			"I learned it myself from Cub Scout Magic in the 1970s.\n", msg, sizeof msg),
		0);
}
END_TEST

/* Scales, halves and a sentence of many quantities read right. */
START_TEST(test_same_quantity_other_words)
{
	char msg[256];
	ck_assert_uint_eq(
		number_errors(
			"Ch\xc3\xbang ta t\xc3\xa1"
			"ch ra t\xe1\xbb\xab t\xe1\xbb\x95 ti\xc3\xaan chung v\xe1\xbb\x9bi lo\xc3\xa0i h\xe1\xba\xaf"
			"c tinh tinh kho\xe1\xba\xa3ng 6 \xc4\x91\xe1\xba\xbfn 8 tri\xe1\xbb\x87u "
			"n\xc4\x83m tr\xc6\xb0\xe1\xbb\x9b"
			"c.\n",
			"We branch off of a common ancestor to modern chimpanzees about six or eight "
			"million years ago.\n",
			msg, sizeof msg),
		0);
	ck_assert_uint_eq(
		number_errors("Chuy\xe1\xbb\x87n n\xc3\xa0y x\xe1\xba\xa3y ra c\xc3\xa1"
	                      "ch \xc4\x91\xc3\xa2y 4 n\xc4\x83m r\xc6\xb0\xe1\xbb\xa1i \xe1\xbb\x9f \xc3\x9d.\n",
	                      "It was four and a half years ago in Italy.\n", msg, sizeof msg),
		0);
	ck_assert_uint_eq(
		number_errors(
			"H\xc3\xa3y tr\xe1\xbb\x9f l\xe1\xba\xa1i v\xe1\xbb\x9bi v\xe1\xbb\xa5 n\xe1\xbb\x95 Big Bang 14 t\xe1\xbb\x89 n\xc4\x83m tr\xc6\xb0\xe1\xbb\x9b"
			"c -- tr\xc3\xa1i \xc4\x91\xe1\xba\xa5t, h\xe1\xbb\x87 m\xe1\xba\xb7t tr\xe1\xbb\x9di, 4,5 "
			"t\xe1\xbb\x89 n\xc4\x83m tr\xc6\xb0\xe1\xbb\x9b"
			"c -- v\xc3\xa0 lo\xc3\xa0i ng\xc6\xb0\xe1\xbb\x9di, cu\xe1\xbb\x91i c\xc3\xb9ng c\xc5\xa9ng xu\xe1\xba\xa5t hi\xe1\xbb\x87n \xe1\xbb\x9f 130 000 n\xc4\x83m tr\xc6\xb0\xe1\xbb\x9b"
			"c.\n",
			"Now let's take a step back in time to the Big Bang, 14 billion years ago -- the "
			"Earth, the solar system, about four and a half billion years -- and then the "
			"human species, finally emerging in the last 130,000 years.\n",
			msg, sizeof msg),
		0);
	ck_assert_uint_eq(
		number_errors(
			"\xc4\x90\xc3\xa2y l\xc3\xa0 s\xe1\xbb\x91 li\xe1\xbb\x87u thu nh\xe1\xba\xadn \xc4\x91\xc6\xb0\xe1\xbb\xa3"
			"c ch\xe1\xbb\x89 trong h\xc6\xa1n 2 tu\xe1\xba\xa7n.\n",
			"That's literally covering just like a two and a half-week period.\n", msg, sizeof msg),
		0);
}
END_TEST

/* A number with its unit written on ("700V" for "110V", two digits
 * apart) is the same quantity changed; a name holding a number is not
 * ("ppc3861" for "ppc386 1", a manual page reference run together). */
START_TEST(test_unit_written_on)
{
	char msg[256];
	ck_assert_uint_eq(
		number_errors(
			"\xc4\x90\xc3\xa2u \xc4\x91\xc3\xb3 g\xe1\xba\xa7n \xc4\x91\xc3\xb3 c\xc3\xb3 c\xc3\xb4ng t\xe1\xba\xaf"
			"c nh\xe1\xbb\x8f \xc4\x91\xc3\xa1nh d\xe1\xba\xa5u \"700V\", ho\xe1\xba\xb7"
			"c \"230V\" (v\xc3\xad d\xe1\xbb\xa5).\n",
			"Somewhere nearby, there may be a small switch marked \"110V\" or \"230V\" (for "
			"example).\n",
			msg, sizeof msg),
		1);
	ck_assert_str_eq(msg, "number differs: \"700V\" in the Vietnamese, \"110V\" in the English");
	ck_assert_uint_eq(number_errors("(Xem gpc 1 , ppc3861.)\n", "(See gpc 1 , ppc386 1 .)\n", msg, sizeof msg), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("check_quantities");
	TCase *t = tcase_create("api");
	tcase_add_test(t, test_unit_in_words);
	tcase_add_test(t, test_month_and_decade);
	tcase_add_test(t, test_same_quantity_other_words);
	tcase_add_test(t, test_unit_written_on);
	suite_add_tcase(s, t);
	return run_suite(s);
}
