/* test_langid.c - naming a text's language: Vietnamese with and without
 * its diacritics, English, and third languages named from their
 * fingerprints, on real text (the corpus pair, and paragraphs of the Debian
 * New Maintainers' Guide in German, French, Spanish and Italian). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "support.h"

#include "api/api.h"
#include "text/text.h"

static const char DE[] =
	"Dieses Dokument versucht, einem normalen Debian-Benutzer und zukünftigen Entwickler in einer "
	"allgemeinverständlichen Sprache die Technik zu erklären, die für die Erstellung von Debian-Paketen "
	"verwendet wird, und illustriert dies mit funktionierenden Beispielen. Es gibt ein altes "
	"lateinisches Sprichwort: Der Weg durch Lehren ist lang, durch Beispiele kurz.";
static const char FR[] =
	"Ce document essaie de décrire la construction d'un paquet Debian à l'utilisateur Debian ordinaire "
	"et au développeur en devenir. Il utilise un langage pas trop technique et est complété "
	"d'exemples concrets. Selon un vieux proverbe latin, le chemin est long par les règles, mais "
	"court et efficace par les exemples.";
static const char ES[] =
	"Este documento trata de describir la construcción de un paquete Debian a un usuario común de "
	"Debian y a futuros desarrolladores en un lenguaje informal, y con multitud de ejemplos. Hay un "
	"antiguo dicho romano que dice: el camino es largo usando teoría, pero corto y eficiente con "
	"ejemplos.";
static const char IT[] =
	"Questo documento cerca di descrivere la costruzione di un pacchetto Debian GNU/Linux, sia per un "
	"normale utente Debian che per un aspirante sviluppatore. Utilizzando un linguaggio immediato, "
	"non tecnico e supportato da esempi concreti. C'è un detto latino che dice: la strada è lunga se "
	"si usano i precetti, ma breve ed efficace con gli esempi.";

/* The language vietalign_lang_identify() names, as "code name". */
static const char *identify(vietalign_aligner *a, const char *text, size_t len)
{
	static char out[64];
	const char *code = NULL, *name = NULL;
	ck_assert_int_eq(vietalign_lang_identify(&code, &name, a, text, len), VIETALIGN_OK);
	snprintf(out, sizeof out, "%s %s", code, name);
	return out;
}

/* text with its Vietnamese marks taken off (đ becomes d). */
static char *strip_marks(const char *text)
{
	utf8proc_uint8_t *nfd = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)text, 0, &nfd,
	                                  UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE);
	char *out = malloc((size_t)n + 1), *o = out;
	utf8proc_ssize_t i = 0;
	ck_assert_int_gt(n, 0);
	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(nfd + i, n - i, &cp);
		if (cp == 0x111 || cp == 0x110) {
			*o++ = cp == 0x111 ? 'd' : 'D';
		} else if (utf8proc_category(cp) != UTF8PROC_CATEGORY_MN) {
			memcpy(o, nfd + i, (size_t)k);
			o += k;
		}
		i += k;
	}
	*o = '\0';
	free(nfd);
	return out;
}

START_TEST(third_languages_are_named)
{
	vietalign_aligner *a = NULL;
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_str_eq(identify(a, DE, strlen(DE)), "de German");
	ck_assert_str_eq(identify(a, FR, strlen(FR)), "fr French");
	ck_assert_str_eq(identify(a, ES, strlen(ES)), "es Spanish");
	ck_assert_str_eq(identify(a, IT, strlen(IT)), "it Italian");
	vietalign_aligner_free(a);
}
END_TEST

START_TEST(vietnamese_with_and_without_marks)
{
	vietalign_aligner *a = NULL;
	size_t vlen = 0, elen = 0;
	char *vi = read_file("corpus/deepseek.vi.txt", &vlen), *en = read_file("corpus/deepseek.en.txt", &elen);
	char *plain;
	ck_assert_ptr_nonnull(vi);
	ck_assert_ptr_nonnull(en);
	plain = strip_marks(vi);
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_str_eq(identify(a, vi, vlen), "vi Vietnamese");
	ck_assert_str_eq(identify(a, en, elen), "en English");
	ck_assert_str_eq(identify(a, plain, strlen(plain)), "vi Vietnamese");
	/* the diacritics test alone takes it for English */
	{
		vietalign_lang l;
		ck_assert_int_eq(vietalign_lang_detect(&l, NULL, plain, strlen(plain)), 0);
		ck_assert_int_eq(l, VIETALIGN_LANG_EN);
	}
	free(plain);
	free(vi);
	free(en);
	vietalign_aligner_free(a);
}
END_TEST

START_TEST(short_texts_are_vietnamese_or_english)
{
	vietalign_aligner *a = NULL;
	const char *code = NULL;
	/* a German heading: too short for the fingerprints to be trusted */
	static const char head[] = "Die ersten Schritte mit dem Paket";
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_str_eq(identify(a, head, strlen(head)), "en English");
	ck_assert_int_eq(vietalign_lang_identify(&code, NULL, a, "Xin chào", 9), VIETALIGN_EEMPTY);
	ck_assert_str_ne(vietalign_aligner_last_error(a), "");
	ck_assert_int_eq(vietalign_lang_identify(NULL, NULL, a, DE, strlen(DE)), VIETALIGN_EINVALID);
	vietalign_aligner_free(a);
}
END_TEST

START_TEST(missing_fingerprints_are_an_error)
{
	vta_langid *set = (vta_langid *)1;
	vta_error err;
	memset(&err, 0, sizeof err);
	ck_assert_int_eq(vta_langid_load(&set, "/nonexistent", &err), VIETALIGN_EIO);
	ck_assert_ptr_null(set);
	ck_assert_ptr_nonnull(strstr(err.msg, "/nonexistent/vi.lm"));
}
END_TEST

static Suite *langid_suite(void)
{
	Suite *s = suite_create("langid");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, third_languages_are_named);
	tcase_add_test(tc, vietnamese_with_and_without_marks);
	tcase_add_test(tc, short_texts_are_vietnamese_or_english);
	tcase_add_test(tc, missing_fingerprints_are_an_error);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(langid_suite());
}
