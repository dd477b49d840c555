/* test_soft.c - soft boundaries (soft.c) and documents cut at them
 * (cut.c), on sentences of the shared sets' kinds: a Vietnamese period
 * before a lowercase word, documentation read as one paragraph, subtitle
 * style without punctuation. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "segment/segment.h"

/* The kinds of the soft boundaries of text, and the words they start. */
static size_t soft_of(vta_soft *out, const char *text, vietalign_lang lang)
{
	return vta_soft_boundaries(out, 16, text, strlen(text), lang);
}

static void assert_soft(const char *text, vietalign_lang lang, const char *word, vta_soft_kind kind)
{
	vta_soft s[16];
	size_t n = soft_of(s, text, lang), k;
	for (k = 0; k < n; k++)
		if (strncmp(text + s[k].at, word, strlen(word)) == 0) {
			ck_assert_int_eq(s[k].kind, kind);
			return;
		}
	ck_abort_msg("no soft boundary before \"%s\" in \"%s\"", word, text);
}

START_TEST(test_soft_kinds)
{
	assert_soft("Chúng tôi đã đến đó. và chúng tôi ở lại.", VIETALIGN_LANG_VI, "và", VTA_SOFT_STOP);
	assert_soft("He asked \"why?\" and left.", VIETALIGN_LANG_EN, "and", VTA_SOFT_STOP);
	assert_soft("Check it as follows: the aptitude command", VIETALIGN_LANG_EN, "the", VTA_SOFT_COLON);
	assert_soft("It rained; we stayed home.", VIETALIGN_LANG_EN, "we", VTA_SOFT_COLON);
	/* a colon written a space after its label (LibreOffice help's
	 * "Example : Let's assume ...", read as one paragraph) */
	assert_soft("Example : Let's assume that you installed it.", VIETALIGN_LANG_EN, "Let's", VTA_SOFT_COLON);
	assert_soft("Thí dụ : Giả sử bạn đã cài đặt máy chủ.", VIETALIGN_LANG_VI, "Giả", VTA_SOFT_COLON);
	assert_soft("I was there -- and then it ended.", VIETALIGN_LANG_EN, "and", VTA_SOFT_CLAUSE);
	assert_soft("Choose your program You have probably chosen it.", VIETALIGN_LANG_EN, "You", VTA_SOFT_CAPITAL);
	assert_soft("Chúng đạt đến độ tuổi trưởng thành tại kích cỡ 5cm Đã có một sự tác động về gen",
	            VIETALIGN_LANG_VI, "Đã", VTA_SOFT_CAPITAL);
	/* a period standing alone ends a sentence (maint-guide's "(See
	 * fakeroot 1 .)" before the next list item), inside brackets too */
	assert_soft("(See fakeroot 1 .) file - this handy program", VIETALIGN_LANG_EN, "file", VTA_SOFT_STOP);
	assert_soft("Xem dh_installdocs 1 . compat", VIETALIGN_LANG_VI, "compat", VTA_SOFT_STOP);
	assert_soft("(Xem file 1.) gfortran - trình biên dịch", VIETALIGN_LANG_VI, "gfortran", VTA_SOFT_STOP);
	/* "etc." ends a list, and often the sentence with it */
	assert_soft("such as dh-make-perl, dh-make-php, etc. debhelper and dh-make", VIETALIGN_LANG_EN, "debhelper",
	            VTA_SOFT_STOP);
	assert_soft("như dh-make-perl, dh-make-php, v.v. debhelper và dh-make", VIETALIGN_LANG_VI, "debhelper",
	            VTA_SOFT_STOP);
}
END_TEST

/* Names, abbreviations and quotations are no boundary. */
START_TEST(test_soft_not_boundaries)
{
	vta_soft s[16];
	ck_assert_uint_eq(soft_of(s, "She met them on Monday in Paris.", VIETALIGN_LANG_EN), 0);
	ck_assert_uint_eq(soft_of(s, "Ask Mr. and e.g. the others.", VIETALIGN_LANG_EN), 0);
	ck_assert_uint_eq(soft_of(s, "As Nadella put it on X: \"Jevons paradox strikes again!\"", VIETALIGN_LANG_EN),
	                  0);
	ck_assert_uint_eq(soft_of(s, "Tôi sống ở Hà Nội cùng gia đình.", VIETALIGN_LANG_VI), 0);
	ck_assert_uint_eq(soft_of(s, "I think I can.", VIETALIGN_LANG_EN), 0);
	/* a one-letter label keeps its colon (gnome-help's "r : Read
	 * permission." is one unit) */
	ck_assert_uint_eq(soft_of(s, "r : Read permission.", VIETALIGN_LANG_EN), 0);
	/* a list mark or an initial is not a sentence's end */
	ck_assert_uint_eq(soft_of(s, "See section a. below and J. smith.", VIETALIGN_LANG_EN), 0);
}
END_TEST

/* A document cut at a soft boundary: pieces with their own text, the
 * paragraph kept, spans into the input (here with white space NFC and
 * folding changed). */
START_TEST(test_doc_cut)
{
	const char *in = "First   line: second part here.\n\nOther paragraph; its tail.";
	vietalign_doc *d = NULL, *c = NULL;
	vta_error err = {0};
	vta_soft s[4];
	vta_cut cuts[2];
	ck_assert_int_eq(vta_doc_new(&d, in, strlen(in), VIETALIGN_LANG_EN, 1, NULL, &err), 0);
	ck_assert_uint_eq(d->nsents, 2);
	ck_assert_uint_eq(vta_soft_boundaries(s, 4, d->sents[0].text, d->sents[0].text_length, d->lang), 1);
	cuts[0].sentence = 0;
	cuts[0].at = s[0].at;
	ck_assert_uint_eq(vta_soft_boundaries(s, 4, d->sents[1].text, d->sents[1].text_length, d->lang), 1);
	cuts[1].sentence = 1;
	cuts[1].at = s[0].at;
	ck_assert_int_eq(vta_doc_cut(&c, d, cuts, 2), 0);
	ck_assert_uint_eq(c->nsents, 4);
	ck_assert_str_eq(c->sents[0].text, "First line:");
	ck_assert_str_eq(c->sents[1].text, "second part here.");
	ck_assert_str_eq(c->sents[3].text, "its tail.");
	ck_assert_uint_eq(c->sents[1].paragraph, 0);
	ck_assert_uint_eq(c->sents[2].paragraph, 1);
	ck_assert_uint_eq(c->nparas, 2);
	ck_assert_uint_eq(c->paras[1].first_sentence, 2);
	ck_assert_uint_eq(c->paras[1].sentence_count, 2);
	/* spans point at the pieces in the input, its three spaces kept */
	ck_assert_int_eq(strncmp(in + c->sents[0].offset, "First   line:", c->sents[0].length), 0);
	ck_assert_uint_eq(c->sents[0].length, strlen("First   line:"));
	ck_assert_int_eq(strncmp(in + c->sents[1].offset, "second part here.", c->sents[1].length), 0);
	ck_assert_uint_eq(c->sents[1].length, strlen("second part here."));
	ck_assert_int_eq(strncmp(in + c->sents[3].offset, "its tail.", c->sents[3].length), 0);
	ck_assert_uint_eq(c->sents[3].nchars, strlen("itstail."));
	vta_doc_free(c);
	vta_doc_free(d);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("soft");
	TCase *t = tcase_create("soft");
	tcase_add_test(t, test_soft_kinds);
	tcase_add_test(t, test_soft_not_boundaries);
	tcase_add_test(t, test_doc_cut);
	suite_add_tcase(s, t);
	return run_suite(s);
}
