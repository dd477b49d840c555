/* test_check.c - vietalign_check(): one finding per fault naming both
 * items as written, at their spans in the caller's input (wrapped lines
 * and decomposed Vietnamese included); "1" for "an" is no fault; the
 * anchors' input spans; a run of sentences left out is one finding
 * holding them all; options checked. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vietalign.h"
#include "support.h"

/* Findings of kind in a check of r. */
static size_t count_kind(const vietalign_findings *f, const char *kind)
{
	size_t i, n = 0;
	for (i = 0; i < vietalign_findings_count(f); i++)
		n += strcmp(vietalign_findings_get(f, i)->kind, kind) == 0;
	return n;
}

static const vietalign_finding *first_kind(const vietalign_findings *f, const char *kind)
{
	size_t i;
	for (i = 0; i < vietalign_findings_count(f); i++)
		if (strcmp(vietalign_findings_get(f, i)->kind, kind) == 0)
			return vietalign_findings_get(f, i);
	return NULL;
}

/* A changed amount, the Vietnamese wrapped over two lines with two
 * spaces and written decomposed (e + U+0302 + U+0301): the finding spans
 * "56 tỷ" and "$65 billion" in the two inputs (digits swapped: one
 * finding). */
START_TEST(test_changed_number_spans)
{
	const char *vi = "Meta cho bi\x65\xcc\x82\xcc\x81t s\xe1\xba\xbd chi ti\xc3\xaau v\xe1\xbb\x91n\n  cho AI "
			 "l\xc3\xaan 56 t\xe1\xbb\xb7 USD trong n\xc4\x83m nay.\n";
	const char *en = "Meta said it would raise its capital spending on AI to $65 billion this year.\n";
	run r;
	vietalign_findings *f = NULL;
	const vietalign_finding *x;
	const char *at;
	run_align(&r, NULL, vi, en);
	ck_assert_int_eq(vietalign_check(&f, r.al, NULL), 0);
	ck_assert_uint_eq(count_kind(f, "number"), 1); /* one finding, not one per side */
	x = first_kind(f, "number");
	ck_assert_int_eq(x->severity, VIETALIGN_SEVERITY_ERROR);
	ck_assert_uint_eq(x->version, VIETALIGN_FINDING_VERSION);
	ck_assert_str_eq(x->vi.item, "56 t\xe1\xbb\xb7");
	ck_assert_str_eq(x->en.item, "$65 billion");
	at = strstr(vi, "56 t");
	ck_assert_uint_eq(x->vi.offset, (size_t)(at - vi));
	ck_assert_uint_eq(x->vi.length, strlen("56 t\xe1\xbb\xb7"));
	at = strstr(en, "$65 billion");
	ck_assert_uint_eq(x->en.offset, (size_t)(at - en));
	ck_assert_uint_eq(x->en.length, strlen("$65 billion"));
	ck_assert_ptr_nonnull(strstr(x->message, "\"56 t\xe1\xbb\xb7\""));
	vietalign_findings_free(f);
	run_free(&r);
}
END_TEST

/* "1 vụ nổ" for "an explosion", "hai" for "2": numbers in words. */
START_TEST(test_numbers_in_words)
{
	run r;
	vietalign_findings *f = NULL;
	vietalign_check_options o = VIETALIGN_CHECK_OPTIONS_INIT;
	o.min_severity = VIETALIGN_SEVERITY_NOTE;
	run_align(
		&r, NULL,
		"H\xc3\xa3y t\xc6\xb0\xe1\xbb\x9fng t\xc6\xb0\xe1\xbb\xa3ng 1 v\xe1\xbb\xa5 n\xe1\xbb\x95 l\xe1\xbb\x9bn.\n",
		"Imagine a big explosion.\n");
	ck_assert_int_eq(vietalign_check(&f, r.al, &o), 0);
	ck_assert_uint_eq(count_kind(f, "number"), 0);
	vietalign_findings_free(f);
	run_free(&r);
	run_align(&r, NULL, "Anh \xe1\xba\xa5y c\xc3\xb3 hai con ch\xc3\xb3.\n", "He has 2 dogs.\n");
	ck_assert_int_eq(vietalign_check(&f, r.al, &o), 0);
	ck_assert_uint_eq(count_kind(f, "number"), 0);
	vietalign_findings_free(f);
	run_free(&r);
}
END_TEST

/* Identifiers translated with their numbers kept ("Trang1" for
 * "Sheet1", "phụ2.odt" for "sub2.odt") pair by their numbers: no
 * finding, where 1 was read as a changed 2 before. A changed one is still
 * one finding naming both. */
START_TEST(test_translated_identifiers)
{
	/* the Vietnamese with its second sheet's number as given */
	const char *vi = "N\xe1\xba\xbfu Trang1 in th\xc3\xa0nh 4 trang, h\xc3\xa3y in Trang%c v\xc3\xa0 l\xc6\xb0u "
			 "n\xc3\xb3 th\xc3\xa0nh ph\xe1\xbb\xa5\x32.odt.\n";
	const char *en = "If Sheet1 prints on 4 pages, print Sheet2 and save it as sub2.odt.\n";
	const char sheet[2] = {'2', '3'};
	const size_t want[2] = {0, 1};
	char text[160];
	run r;
	vietalign_findings *f = NULL;
	const vietalign_finding *x;
	int k;
	for (k = 0; k < 2; k++) {
		snprintf(text, sizeof text, vi, sheet[k]);
		run_align(&r, NULL, text, en);
		ck_assert_int_eq(vietalign_check(&f, r.al, NULL), 0);
		ck_assert_uint_eq(count_kind(f, "number"), want[k]);
		if (want[k]) {
			x = first_kind(f, "number");
			ck_assert_str_eq(x->vi.item, "Trang3");
			ck_assert_str_eq(x->en.item, "Sheet2");
		}
		vietalign_findings_free(f);
		run_free(&r);
	}
}
END_TEST

/* The anchors give their span in the input, past folded white space. */
START_TEST(test_anchor_input_span)
{
	const char *vi2 = "Doanh thu   \n t\xc4\x83ng 18% trong qu\xc3\xbd.\n";
	const char *en = "Revenue rose 18% in the quarter.\n";
	run r;
	vietalign_anchor a = VIETALIGN_ANCHOR_INIT;
	size_t i, n;
	int seen = 0;
	run_align(&r, NULL, vi2, en);
	n = vietalign_doc_anchor_count(r.vi, 0);
	for (i = 0; i < n; i++) {
		ck_assert_int_eq(vietalign_doc_anchor(&a, r.vi, 0, i), 0);
		if (a.kind == VIETALIGN_ANCHOR_NUMBERS) {
			ck_assert_uint_eq(a.input_offset, (size_t)(strstr(vi2, "18%") - vi2));
			ck_assert_uint_eq(a.input_length, 3);
			ck_assert_uint_lt(a.input_offset, a.offset + 5); /* the folded text is shorter */
			seen = 1;
		}
	}
	ck_assert_int_eq(seen, 1);
	run_free(&r);
}
END_TEST

/* Two English sentences left out one after the other: one finding whose
 * text and span hold both (a reviewer sees the whole fault, not its
 * first sentence). */
START_TEST(test_omitted_run_text)
{
	const char *vi = "N\xc4\x83m 2009, Paris c\xc3\xb3 2 tri\xe1\xbb\x87u d\xc3\xa2n.\n\n"
			 "N\xc4\x83m 2010, Berlin c\xc3\xb3 3 tri\xe1\xbb\x87u d\xc3\xa2n.\n\n"
			 "N\xc4\x83m 2013, Tokyo c\xc3\xb3 13 tri\xe1\xbb\x87u d\xc3\xa2n.\n";
	const char *en = "In 2009, Paris had 2 million people.\n\nIn 2010, Berlin had 3 million people.\n\n"
			 "In 2011, Madrid had 3 million people. In 2012, Rome had 4 million people.\n\n"
			 "In 2013, Tokyo had 13 million people.\n";
	const char *both = "In 2011, Madrid had 3 million people. In 2012, Rome had 4 million people.";
	run r;
	vietalign_findings *f = NULL;
	const vietalign_finding *x;
	run_align(&r, NULL, vi, en);
	ck_assert_int_eq(vietalign_check(&f, r.al, NULL), 0);
	ck_assert_uint_eq(count_kind(f, "omission"), 1);
	x = first_kind(f, "omission");
	ck_assert_int_eq(x->severity, VIETALIGN_SEVERITY_ERROR);
	ck_assert_int_eq(x->vi.present, 0);
	ck_assert_str_eq(x->en.text, both);
	ck_assert_uint_eq(x->en.offset, (size_t)(strstr(en, both) - en));
	ck_assert_uint_eq(x->en.length, strlen(both));
	ck_assert_ptr_nonnull(strstr(x->message, "2 English sentence(s)"));
	vietalign_findings_free(f);
	run_free(&r);
}
END_TEST

/* A label cited in quotes as the program writes it stays in English in
 * a translation (maint-guide: "Version Control System location".); an
 * English sentence copied into the Vietnamese is still reported. */
START_TEST(test_quoted_label_not_untranslated)
{
	const char *en = "Enter the address of the repository in the field below.\n\n"
			 "\"Version Control System location\".\n\n"
			 "The version control system keeps every change that you make to the files.\n";
	const char *vi_label = "Nhập địa chỉ của kho trong trường bên dưới.\n\n"
			       "\"Version Control System location\".\n\n"
			       "Hệ thống quản lý phiên bản giữ mọi thay đổi mà bạn làm với các tập tin.\n";
	const char *vi_copy = "Nhập địa chỉ của kho trong trường bên dưới.\n\n"
			      "\"Version Control System location\".\n\n"
			      "The version control system keeps every change that you make to the files.\n";
	run r;
	vietalign_findings *f = NULL;
	run_align(&r, NULL, vi_label, en);
	ck_assert_int_eq(vietalign_check(&f, r.al, NULL), 0);
	ck_assert_uint_eq(count_kind(f, "untranslated"), 0);
	vietalign_findings_free(f);
	run_free(&r);
	run_align(&r, NULL, vi_copy, en);
	ck_assert_int_eq(vietalign_check(&f, r.al, NULL), 0);
	ck_assert_uint_eq(count_kind(f, "untranslated"), 1);
	ck_assert_ptr_nonnull(strstr(first_kind(f, "untranslated")->vi.text, "The version control"));
	vietalign_findings_free(f);
	run_free(&r);
}
END_TEST

START_TEST(test_bad_arguments)
{
	run r;
	vietalign_findings *f = (vietalign_findings *)1;
	vietalign_check_options o = VIETALIGN_CHECK_OPTIONS_INIT;
	run_align(&r, NULL, "Xin ch\xc3\xa0o c\xc3\xa1\x63 b\xe1\xba\xa1n.\n", "Hello friends.\n");
	o.version = 99;
	ck_assert_int_eq(vietalign_check(&f, r.al, &o), VIETALIGN_EVERSION);
	ck_assert_ptr_null(f);
	ck_assert_int_eq(vietalign_check(NULL, r.al, NULL), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_check(&f, NULL, NULL), VIETALIGN_EINVALID);
	ck_assert_uint_eq(vietalign_findings_count(NULL), 0);
	ck_assert_ptr_null(vietalign_findings_get(NULL, 0));
	vietalign_findings_free(NULL);
	run_free(&r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("check");
	TCase *t = tcase_create("api");
	tcase_add_test(t, test_changed_number_spans);
	tcase_add_test(t, test_numbers_in_words);
	tcase_add_test(t, test_anchor_input_span);
	tcase_add_test(t, test_omitted_run_text);
	tcase_add_test(t, test_bad_arguments);
	tcase_add_test(t, test_quoted_label_not_untranslated);
	tcase_add_test(t, test_translated_identifiers);
	suite_add_tcase(s, t);
	return run_suite(s);
}
