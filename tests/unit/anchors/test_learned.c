/* test_learned.c - the word table learned from a document pair: a word
 * the pair translates the same way in several sentences becomes a shared
 * anchor, common words and words seen once do not (lines of the TED talk
 * tst2010/790, ted-tst2010.jsonl of the shared sets). */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"

#include "anchors/anchors.h"
#include "segment/segment.h"
#include "text/text.h"

static const char *const VI[] = {
	"Tôi đã quen rất nhiều cá trong suốt cuộc đời tôi.",
	"Ôi cá yêu.",
	"Trong vòng 50 năm qua, chúng ta đã đánh bắt cá trên các biển và đại dương như chúng ta đốn trụi các khu rừng.",
	"Ai cũng cần một bể cá.",
	"Bạn biết không gì là có thể trong bể cá này.",
	"Tôi lại hỏi, bao nhiêu phần trăm trong thức ăn cho cá của ông là gà?",
};
static const char *const EN[] = {
	"So, I've known a lot of fish in my life.",
	"What a fish.",
	"For the past 50 years, we've been fishing the seas like we clear-cut forests.",
	"Everybody needs a fishbowl.",
	"You know, nothing is possible in this fishbowl.",
	"I said, what percentage of your feed is chicken?",
};
#define N (sizeof VI / sizeof *VI)

static char *joined(const char *const *lines)
{
	size_t k, len = 0;
	char *s;
	for (k = 0; k < N; k++)
		len += strlen(lines[k]) + 2;
	s = malloc(len + 1);
	ck_assert_ptr_nonnull(s);
	s[0] = '\0';
	for (k = 0; k < N; k++) {
		strcat(s, lines[k]);
		strcat(s, "\n\n");
	}
	return s;
}

/* The learned anchors of a sentence. */
static vta_anchor_set anchors_of(const char *s, vietalign_lang lang, const vta_learned *l)
{
	vta_anchor_set a = {0};
	vta_token_vec tv = {0};
	ck_assert_int_eq(vta_tokens_split(&tv, s, strlen(s)), 0);
	ck_assert_int_eq(vta_learned_extract(&a, s, &tv, lang, l), 0);
	vta_token_vec_free(&tv);
	return a;
}

/* Whether the two sentences share a learned key. */
static int shared(const char *vi, const char *en, const vta_learned *l)
{
	vta_anchor_set a = anchors_of(vi, VIETALIGN_LANG_VI, l), b = anchors_of(en, VIETALIGN_LANG_EN, l);
	size_t i, j;
	int found = 0;
	for (i = 0; i < a.count; i++)
		for (j = 0; j < b.count; j++)
			found |= a.items[i].key == b.items[j].key && a.items[i].kind == VTA_ANCHOR_LEARNED;
	vta_anchor_set_free(&a);
	vta_anchor_set_free(&b);
	return found;
}

START_TEST(learns_from_the_pair)
{
	run r;
	char *vi = joined(VI), *en = joined(EN);
	size_t svi[N], sen[N], k;
	vta_learned *l = NULL;
	const vta_learn_params lp = {2, 1.0, 0.5};
	run_align(&r, NULL, vi, en);
	ck_assert_uint_eq(r.vi->nsents, N);
	ck_assert_uint_eq(r.en->nsents, N);
	for (k = 0; k < N; k++)
		svi[k] = sen[k] = k;
	ck_assert_int_eq(vta_learned_new(&l, r.vi, r.en, svi, sen, N, &lp), 0);
	ck_assert_uint_gt(vta_learned_count(l), 0);
	/* "bể cá" is "fishbowl" twice: the pair of syllables says so */
	ck_assert(shared("Ai cũng cần một bể cá.", "Everybody needs a fishbowl.", l));
	ck_assert(shared("trong bể cá", "in this fishbowl", l));
	/* "gà" / "chicken", seen once, is no entry */
	ck_assert(!shared("thức ăn cho gà", "chicken feed", l));
	vta_learned_free(l);
	/* a table from too few pairs has nothing to say */
	ck_assert_int_eq(vta_learned_new(&l, r.vi, r.en, svi, sen, 1, &lp), 0);
	ck_assert_uint_eq(vta_learned_count(l), 0);
	vta_learned_free(l);
	run_free(&r);
	free(vi);
	free(en);
}
END_TEST

/* A batch's table (vta_learn_corpus): "bể cá" / "fishbowl" once in each
 * of two documents is an entry of the two together, of neither alone; a
 * document's table chained to the batch's finds it there. */
START_TEST(learns_across_pairs)
{
	run r;
	char *vi = joined(VI), *en = joined(EN);
	size_t a[] = {0, 1, 2, 3}, b[] = {4, 5};
	vta_learn_corpus ca = {0}, cb = {0}, all = {0};
	vta_learned *la = NULL, *lb = NULL, *lall = NULL;
	const vta_learn_params lp = {2, 1.0, 0.5};
	run_align(&r, NULL, vi, en);
	ck_assert_int_eq(vta_learn_corpus_add(&ca, r.vi, r.en, a, a, 4), 0);
	ck_assert_int_eq(vta_learn_corpus_add(&cb, r.vi, r.en, b, b, 2), 0);
	ck_assert_int_eq(vta_learn_corpus_append(&all, &ca, 100), 0);
	ck_assert_int_eq(vta_learn_corpus_append(&all, &cb, 100), 0);
	ck_assert_uint_eq(all.n, 6);
	ck_assert_int_eq(vta_learned_of(&la, &ca, &lp), 0);
	ck_assert_int_eq(vta_learned_of(&lb, &cb, &lp), 0);
	ck_assert_int_eq(vta_learned_of(&lall, &all, &lp), 0);
	ck_assert(!shared("trong bể cá", "in this fishbowl", la));
	ck_assert(!shared("trong bể cá", "in this fishbowl", lb));
	ck_assert(shared("trong bể cá", "in this fishbowl", lall));
	vta_learned_chain(la, lall);
	ck_assert(shared("trong bể cá", "in this fishbowl", la));
	/* the cap: a corpus takes pairs until it holds max_pairs */
	vta_learn_corpus_free(&all);
	ck_assert_int_eq(vta_learn_corpus_append(&all, &ca, 3), 0);
	ck_assert_uint_eq(all.n, 3);
	vta_learned_free(la);
	vta_learned_free(lb);
	vta_learned_free(lall);
	vta_learn_corpus_free(&ca);
	vta_learn_corpus_free(&cb);
	vta_learn_corpus_free(&all);
	run_free(&r);
	free(vi);
	free(en);
}
END_TEST

/* Sentences without a word (numbers, marks) give pairs of no keys: they
 * are kept as pairs, copied and counted without reading a key (UBSan
 * found the pointer arithmetic on a corpus holding none, fuzz_align). */
START_TEST(pairs_without_words)
{
	run r;
	size_t one = 0;
	vta_learn_corpus c = {0}, copy = {0};
	vta_learned *l = NULL;
	const vta_learn_params lp = {2, 1.0, 0.5};
	run_align(&r, NULL, "2010.\n", "2010.\n");
	ck_assert_int_eq(vta_learn_corpus_add(&c, r.vi, r.en, &one, &one, 1), 0);
	ck_assert_uint_eq(c.n, 1);
	ck_assert_uint_eq(c.used[0] + c.used[1], 0);
	ck_assert_int_eq(vta_learn_corpus_append(&copy, &c, 10), 0);
	ck_assert_uint_eq(copy.n, 1);
	ck_assert_int_eq(vta_learned_of(&l, &copy, &lp), 0);
	ck_assert_uint_eq(vta_learned_count(l), 0);
	vta_learned_free(l);
	vta_learn_corpus_free(&c);
	vta_learn_corpus_free(&copy);
	run_free(&r);
}
END_TEST

static Suite *learned_suite(void)
{
	Suite *s = suite_create("learned");
	TCase *tc = tcase_create("learned");
	tcase_add_test(tc, learns_from_the_pair);
	tcase_add_test(tc, learns_across_pairs);
	tcase_add_test(tc, pairs_without_words);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(learned_suite());
}
