/* test_fold.c - the folded sentence text skips NFC normalisation only when
 * the text is NFC already: folding a text gives what folding its NFC form
 * gives (NFC text needs no normalising, so the latter is right), for every
 * code point the fast path lets through, alone and two by two. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "support.h"

#include "segment/segment.h"

/* vta_text_fold(s) equals vta_text_fold(NFC(s)). */
static void folds_as_nfc(const char *s, size_t len)
{
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &nfc,
	                                  UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	char *a = NULL, *b = NULL;
	size_t al = 0, bl = 0, ac = 0, bc = 0;
	ck_assert_int_ge(n, 0);
	ck_assert_int_eq(vta_text_fold(&a, &al, &ac, s, len), 0);
	ck_assert_int_eq(vta_text_fold(&b, &bl, &bc, (const char *)nfc, (size_t)n), 0);
	if (al != bl || ac != bc || memcmp(a, b, al) != 0)
		ck_abort_msg("folding %zu bytes %02X %02X %02X %02X differs from folding their NFC", len,
		             (unsigned char)s[0], len > 1 ? (unsigned char)s[1] : 0, len > 2 ? (unsigned char)s[2] : 0,
		             len > 3 ? (unsigned char)s[3] : 0);
	free(a);
	free(b);
	free(nfc);
}

static size_t encode(char *buf, int32_t cp)
{
	return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)buf);
}

/* Each code point the fast path lets through, alone. */
START_TEST(every_inert_code_point)
{
	char buf[8];
	int32_t cp;
	size_t n = 0;
	for (cp = 1; cp <= 0x10FFFF; cp++)
		if (vta_nfc_inert(cp)) {
			folds_as_nfc(buf, encode(buf, cp));
			n++;
		}
	ck_assert_uint_gt(n, 1000);
}
END_TEST

/* Each pair of them: per code point a, the text "a b a b' a b'' ..." over
 * every such b, which the fast path takes whole. */
START_TEST(every_inert_pair)
{
	char *buf = malloc(0x10000 * 8);
	int32_t a, b;
	ck_assert_ptr_nonnull(buf);
	for (a = 1; a <= 0xFFFF; a++) {
		size_t n = 0;
		if (!vta_nfc_inert(a))
			continue;
		for (b = 1; b <= 0xFFFF; b++)
			if (vta_nfc_inert(b)) {
				n += encode(buf + n, a);
				n += encode(buf + n, b);
			}
		folds_as_nfc(buf, n);
	}
	free(buf);
}
END_TEST

/* No code point above U+FFFF is let through (the pairs above cover all). */
START_TEST(none_above_bmp)
{
	int32_t cp;
	for (cp = 0x10000; cp <= 0x10FFFF; cp++)
		ck_assert(!vta_nfc_inert(cp));
}
END_TEST

/* Decomposed Vietnamese (as some editors save it) is composed. */
START_TEST(decomposed_text)
{
	static const char d[] = "Vie\xcc\x82\xcc\xa3t  Nam\t\n";
	char *out = NULL;
	size_t len = 0, chars = 0;
	ck_assert_int_eq(vta_text_fold(&out, &len, &chars, d, strlen(d)), 0);
	ck_assert_str_eq(out, "Vi\xe1\xbb\x87t Nam");
	ck_assert_uint_eq(chars, 7);
	free(out);
	folds_as_nfc(d, strlen(d));
}
END_TEST

static Suite *fold_suite(void)
{
	Suite *s = suite_create("fold");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, every_inert_code_point);
	tcase_add_test(tc, every_inert_pair);
	tcase_add_test(tc, none_above_bmp);
	tcase_add_test(tc, decomposed_text);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(fold_suite());
}
