/* test_ucd.c - the hand-written UTF-8 decoder and the category and
 * lowercase tables give exactly what utf8proc gives. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "support.h"

#include "anchors/anchors.h"
#include "text/text.h"

/* Both decoders on buf[0, n): same length (or both errors), same code point. */
static void same_decoding(const unsigned char *buf, size_t n)
{
	utf8proc_int32_t want = 0;
	int32_t got = 0;
	utf8proc_ssize_t w = utf8proc_iterate(buf, (utf8proc_ssize_t)n, &want);
	int g = vta_utf8_decode((const char *)buf, n, &got);
	if (w < 0)
		w = -1;
	if (g != w || (w > 0 && got != want))
		ck_abort_msg("%zu bytes %02X %02X %02X %02X: utf8proc %d U+%04X, vta_utf8_decode %d U+%04X", n, buf[0],
		             buf[1], buf[2], buf[3], (int)w, (unsigned)want, g, (unsigned)got);
}

/* Every sequence of one, two and three bytes, whole and cut short. */
START_TEST(decode_short_sequences)
{
	unsigned char buf[4] = {0};
	unsigned long v;
	for (v = 0; v < 1ul << 24; v++) {
		buf[0] = (unsigned char)(v >> 16);
		buf[1] = (unsigned char)(v >> 8);
		buf[2] = (unsigned char)v;
		same_decoding(buf, 3);
		if ((v & 0xFF) == 0)
			same_decoding(buf, 2);
		if ((v & 0xFFFF) == 0)
			same_decoding(buf, 1);
	}
	same_decoding(buf, 0);
}
END_TEST

/* Four-byte leads (left to utf8proc) with every second byte and a few
 * third and fourth bytes; and a long buffer after every lead byte. */
START_TEST(decode_long_sequences)
{
	static const unsigned char tails[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
	unsigned char buf[8] = {0};
	unsigned a, b, c, d;
	for (a = 0xF0; a <= 0xFF; a++)
		for (b = 0; b < 256; b++)
			for (c = 0; c < sizeof tails; c++)
				for (d = 0; d < sizeof tails; d++) {
					buf[0] = (unsigned char)a;
					buf[1] = (unsigned char)b;
					buf[2] = tails[c];
					buf[3] = tails[d];
					same_decoding(buf, 4);
					same_decoding(buf, 3);
				}
	for (a = 0; a < 256; a++)
		for (b = 0; b < 256; b++) {
			buf[0] = (unsigned char)a;
			buf[1] = (unsigned char)b;
			buf[2] = buf[3] = 0x80;
			same_decoding(buf, sizeof buf);
		}
}
END_TEST

/* Every code point: the tables where they answer, utf8proc elsewhere. */
START_TEST(category_and_lowercase)
{
	int32_t cp;
	for (cp = 0; cp <= 0x10FFFF; cp++) {
		if (vta_category(cp) != utf8proc_category(cp))
			ck_abort_msg("category of U+%04X: %d, utf8proc %d", (unsigned)cp, (int)vta_category(cp),
			             (int)utf8proc_category(cp));
		if (vta_tolower(cp) != utf8proc_tolower(cp))
			ck_abort_msg("lowercase of U+%04X: U+%04X, utf8proc U+%04X", (unsigned)cp,
			             (unsigned)vta_tolower(cp), (unsigned)utf8proc_tolower(cp));
	}
}
END_TEST

/* vta_is_space by category as utf8proc tells it. */
START_TEST(space_by_category)
{
	int32_t cp;
	for (cp = 0x80; cp <= 0x10FFFF; cp++) {
		utf8proc_category_t c = utf8proc_category(cp);
		int want = cp == 0x85 || c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
		           c == UTF8PROC_CATEGORY_ZP;
		ck_assert_msg(vta_is_space(cp) == want, "vta_is_space(U+%04X)", (unsigned)cp);
	}
}
END_TEST

/* What vta_word_fold() asks of utf8proc (its slow path). */
static utf8proc_int32_t dstroke(utf8proc_int32_t cp, void *data)
{
	(void)data;
	return (cp == 0x0110 || cp == 0x0111) ? 'd' : cp;
}

static void folds_as_utf8proc(const char *w, size_t len)
{
	utf8proc_uint8_t *want = NULL;
	utf8proc_ssize_t n = utf8proc_map_custom(
		(const utf8proc_uint8_t *)w, (utf8proc_ssize_t)len, &want,
		UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, dstroke, NULL);
	char *got = NULL;
	size_t glen = 0;
	ck_assert_int_ge(n, 0);
	ck_assert_int_eq(vta_word_fold(&got, &glen, w, len), 0);
	size_t k = 0;
	while (k < glen && k < (size_t)n && got[k] == (char)want[k])
		k++;
	if (glen != (size_t)n || k < glen)
		ck_abort_msg("folding %zu bytes from %02X %02X: byte %zu of %zu is '%c', utf8proc's of %zd '%c'", len,
		             (unsigned char)w[0], len > 1 ? (unsigned char)w[1] : 0, k, glen, k < glen ? got[k] : '-',
		             n, k < (size_t)n ? want[k] : '-');
	free(got);
	free(want);
}

/* The fold table: each letter it knows folds to what utf8proc makes of it,
 * alone and next to every other such letter (the fast fold goes letter by
 * letter); every code point of its ranges, known or not, folds right. */
START_TEST(fold_table)
{
	char *buf = malloc(0x400 * 8);
	int32_t a, b, known = 0;
	ck_assert_ptr_nonnull(buf);
	for (a = 1; a < VTA_UCD_VIET_END; a++) {
		size_t n;
		if (a == VTA_UCD_LATIN_END)
			a = VTA_UCD_VIET;
		n = (size_t)utf8proc_encode_char(a, (utf8proc_uint8_t *)buf);
		folds_as_utf8proc(buf, n);
		if (!vta_fold_ascii(a))
			continue;
		known++;
		n = 0;
		for (b = 1; b < VTA_UCD_VIET_END; b++) {
			if (b == VTA_UCD_LATIN_END)
				b = VTA_UCD_VIET;
			if (vta_fold_ascii(b)) {
				n += (size_t)utf8proc_encode_char(a, (utf8proc_uint8_t *)buf + n);
				n += (size_t)utf8proc_encode_char(b, (utf8proc_uint8_t *)buf + n);
			}
		}
		folds_as_utf8proc(buf, n);
	}
	ck_assert_int_gt(known, 300);                  /* the Vietnamese letters and more */
	ck_assert_int_eq(vta_fold_ascii(0x1EC7), 'e'); /* ệ */
	ck_assert_int_eq(vta_fold_ascii(0x0110), 'd'); /* Đ */
	folds_as_utf8proc("Nguy\xe1\xbb\x85n \xc4\x90\xe1\xbb\xa9"
	                  "c",
	                  15);
	free(buf);
}
END_TEST

static Suite *ucd_suite(void)
{
	Suite *s = suite_create("ucd");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, decode_short_sequences);
	tcase_add_test(tc, decode_long_sequences);
	tcase_add_test(tc, category_and_lowercase);
	tcase_add_test(tc, space_by_category);
	tcase_add_test(tc, fold_table);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(ucd_suite());
}
