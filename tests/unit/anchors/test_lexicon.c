/* test_lexicon.c - every Vietnamese phrase of the built-in tables, written
 * alone as a sentence, is found whole: the look-ups that vi_match() skips
 * (lengths no phrase of the table reaches after a first syllable) never
 * hide one; and so is every English place name, though en_match() skips
 * the lengths no name reaches after a first word. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"

#include "anchors/anchors.h"
#include "text/text.h"

/* Whether the phrase's tokens are its space-separated pieces, as a table
 * phrase must be to match (a piece the tokenizer trims cannot). */
static int plain_pieces(const char *p, size_t len, const vta_token_vec *tv)
{
	size_t k, at = 0;
	for (k = 0; k < tv->count; k++) {
		const char *sp = memchr(p + at, ' ', len - at);
		size_t end = sp ? (size_t)(sp - p) : len;
		if (tv->items[k].offset != at || tv->items[k].length != end - at)
			return 0;
		at = end + 1;
	}
	return tv->count > 0 && at == len + 1;
}

/* Checks each phrase (the text before the tab) of a table of at most
 * `max` syllables; returns how many were checked. */
static size_t check_table(const vta_lexicon *lex, const char *path, size_t max)
{
	size_t len = 0, checked = 0;
	char *data = read_file(path, &len), *line, *save = NULL;
	ck_assert_ptr_nonnull(data);
	for (line = strtok_r(data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *tab = strchr(line, '\t');
		vta_token_vec tv = {0};
		vta_anchor_set set = {0};
		size_t n, k;
		int found = 0;
		if (line[0] == '#' || !tab || tab == line)
			continue;
		n = (size_t)(tab - line);
		ck_assert_int_eq(vta_tokens_split(&tv, line, n), 0);
		if (tv.count <= max && plain_pieces(line, n, &tv)) {
			ck_assert_int_eq(vta_lexical_extract(&set, line, n, &tv, VIETALIGN_LANG_VI, lex,
			                                     VIETALIGN_ANCHOR_NAMES | VIETALIGN_ANCHOR_LEXICON),
			                 0);
			for (k = 0; k < set.count; k++)
				found |= set.items[k].offset == 0 && set.items[k].length == n;
			ck_assert_msg(found, "%s: \"%.*s\" not found whole", path, (int)n, line);
			checked++;
		}
		vta_anchor_set_free(&set);
		vta_token_vec_free(&tv);
	}
	free(data);
	return checked;
}

/* Whether English rendering r[0, n), written alone, is found whole as a
 * place; -1 when its tokens are not its pieces (a name with a hyphen or
 * an apostrophe: not a phrase the look-up is asked for). A name ending
 * in a dot ("U.S.") is one whose last token lost the dot. */
static int en_place_found(const vta_lexicon *lex, const char *r, size_t n)
{
	vta_token_vec tv = {0};
	vta_anchor_set set = {0};
	size_t k, bare = n > 1 && r[n - 1] == '.' ? n - 1 : n;
	int found = -1;
	ck_assert_int_eq(vta_tokens_split(&tv, r, n), 0);
	if (tv.count <= 4 && plain_pieces(r, bare, &tv)) {
		ck_assert_int_eq(vta_lexical_extract(&set, r, n, &tv, VIETALIGN_LANG_EN, lex, VIETALIGN_ANCHOR_NAMES),
		                 0);
		for (k = 0, found = 0; k < set.count; k++)
			found |= set.items[k].offset == 0 && set.items[k].length == n;
	}
	vta_anchor_set_free(&set);
	vta_token_vec_free(&tv);
	return found;
}

START_TEST(every_english_place_found)
{
	vta_lexicon *lex = NULL;
	size_t len = 0, checked = 0, dotted = 0;
	char *data = read_file("lib/anchors/data/places.tsv", &len), *line, *save = NULL;
	ck_assert_ptr_nonnull(data);
	ck_assert_int_eq(vta_lexicon_new(&lex), 0);
	for (line = strtok_r(data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *p = strchr(line, '\t');
		if (line[0] == '#' || !p)
			continue;
		for (p++; *p;) {
			size_t n = strcspn(p, ",");
			int f = n ? en_place_found(lex, p, n) : -1;
			ck_assert_msg(f != 0, "\"%.*s\" not found whole", (int)n, p);
			checked += f == 1;
			dotted += f == 1 && p[n - 1] == '.';
			p += n + (p[n] == ',');
		}
	}
	ck_assert_uint_gt(checked, 1000);
	ck_assert_uint_gt(dotted, 0);
	vta_lexicon_free(lex);
	free(data);
}
END_TEST

START_TEST(every_phrase_found)
{
	vta_lexicon *lex = NULL;
	ck_assert_int_eq(vta_lexicon_new(&lex), 0);
	ck_assert_uint_gt(check_table(lex, "lib/anchors/data/lexicon.tsv", 3), 2000);
	ck_assert_uint_gt(check_table(lex, "lib/anchors/data/places.tsv", VTA_LEX_MAX_SYLLABLES), 1000);
	vta_lexicon_free(lex);
}
END_TEST

static Suite *lexicon_suite(void)
{
	Suite *s = suite_create("lexicon");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, every_phrase_found);
	tcase_add_test(tc, every_english_place_found);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(lexicon_suite());
}
