/* test_text_store.c - sentence texts laid end to end in blocks
 * (text_store.c): every copy survives the blocks that follow it and the
 * move into a document's store, on the corpus pair's text. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "segment/segment.h"

#define COPIES 40000 /* lines copied: several blocks' worth */

/* Copies the corpus lines over and over (and one long text between
 * them), then checks each copy against its line after a move. */
START_TEST(test_copies_survive_blocks_and_move)
{
	size_t len, nl = 0, k, i;
	char *text = read_file("corpus/deepseek.vi.txt", &len), *big;
	const char **line, **copy;
	size_t *llen;
	vta_text_store run = {0}, doc = {0};
	ck_assert_ptr_nonnull(text);
	line = malloc(len * sizeof *line);
	llen = malloc(len * sizeof *llen);
	copy = malloc(COPIES * sizeof *copy);
	for (i = 0; i < len; i = k + 1) { /* the lines, newlines left out */
		for (k = i; k < len && text[k] != '\n'; k++)
			;
		line[nl] = text + i;
		llen[nl++] = k - i;
	}
	ck_assert_uint_gt(nl, 10);
	big = malloc(200000);
	for (k = 0; k < 200000; k++)
		big[k] = text[k % len] == '\n' ? ' ' : text[k % len];
	for (k = 0; k < COPIES; k++) {
		copy[k] = k == COPIES / 2 ? vta_text_store_copy(&run, big, 200000)
		                          : vta_text_store_copy(&run, line[k % nl], llen[k % nl]);
		ck_assert_ptr_nonnull(copy[k]);
	}
	ck_assert_uint_gt(run.n, 2);
	ck_assert_int_eq(vta_text_store_move(&doc, &run), 0);
	ck_assert_uint_eq(run.n, 0);
	ck_assert_ptr_null(run.blocks);
	for (k = 0; k < COPIES; k++) {
		const char *want = k == COPIES / 2 ? big : line[k % nl];
		size_t n = k == COPIES / 2 ? 200000 : llen[k % nl];
		ck_assert_int_eq(memcmp(copy[k], want, n), 0);
		ck_assert_int_eq(copy[k][n], '\0');
	}
	vta_text_store_free(&doc);
	free(big);
	free(copy);
	free(llen);
	free(line);
	free(text);
}
END_TEST

/* A segmented document's texts are each sentence's input folded, as
 * before they were stored, on one thread and on two. */
START_TEST(test_document_texts_are_folded_input)
{
	size_t len, i;
	unsigned threads;
	char *text = read_file("corpus/deepseek.en.txt", &len), *big;
	const size_t times = 60; /* long enough to be split on two threads */
	ck_assert_ptr_nonnull(text);
	big = malloc(len * times);
	for (i = 0; i < times; i++)
		memcpy(big + i * len, text, len);
	for (threads = 1; threads <= 2; threads++) {
		vietalign_doc *d = NULL;
		ck_assert_int_eq(vta_doc_new(&d, big, len * times, VIETALIGN_LANG_EN, threads, NULL, NULL), 0);
		ck_assert_ptr_nonnull(d->texts.blocks);
		for (i = 0; i < d->nsents; i++) {
			const vta_sentence *s = &d->sents[i];
			char *fold = NULL;
			size_t flen = 0, nchars = 0;
			ck_assert_int_eq(vta_text_fold(&fold, &flen, &nchars, big + s->offset, s->length), 0);
			ck_assert_uint_eq(flen, s->text_length);
			ck_assert_uint_eq(nchars, s->nchars);
			ck_assert_int_eq(memcmp(fold, s->text, flen), 0);
			ck_assert_int_eq(s->text[flen], '\0');
			free(fold);
		}
		vta_doc_free(d);
	}
	free(big);
	free(text);
}
END_TEST

static Suite *text_store_suite(void)
{
	Suite *s = suite_create("text_store");
	TCase *t = tcase_create("text_store");
	tcase_add_test(t, test_copies_survive_blocks_and_move);
	tcase_add_test(t, test_document_texts_are_folded_input);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(text_store_suite());
}
