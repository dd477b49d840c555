/* support.c - see support.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"

void run_align(run *r, const vietalign_options *o, const char *vi, const char *en)
{
	ck_assert_int_eq(vietalign_aligner_new(&r->a, o), 0);
	ck_assert_int_eq(vietalign_doc_new(&r->vi, r->a, vi, strlen(vi), VIETALIGN_LANG_VI), 0);
	ck_assert_int_eq(vietalign_doc_new(&r->en, r->a, en, strlen(en), VIETALIGN_LANG_EN), 0);
	ck_assert_int_eq(vietalign_align(&r->al, r->a, r->vi, r->en), 0);
}

void run_free(run *r)
{
	vietalign_alignment_free(r->al);
	vietalign_doc_free(r->vi);
	vietalign_doc_free(r->en);
	vietalign_aligner_free(r->a);
	memset(r, 0, sizeof *r);
}

vietalign_bead run_bead(const run *r, size_t i)
{
	vietalign_bead b = VIETALIGN_BEAD_INIT;
	ck_assert_int_eq(vietalign_alignment_bead(&b, r->al, i), 0);
	return b;
}

void check_sure_pair(const char *vi, const char *en)
{
	run r;
	vietalign_bead b = VIETALIGN_BEAD_INIT;
	run_align(&r, NULL, vi, en);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), 1);
	b = run_bead(&r, 0);
	ck_assert_uint_eq(b.vi_count, 1);
	ck_assert_uint_eq(b.en_count, 1);
	ck_assert_double_gt(b.score, 0.9);
	ck_assert_double_gt(vietalign_alignment_parallelism(r.al), 0.9);
	run_free(&r);
}

char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)(n > 0 ? n : 0) + 1);
	ck_assert_ptr_nonnull(buf);
	n = (long)fread(buf, 1, (size_t)(n > 0 ? n : 0), f);
	buf[n] = '\0';
	if (len)
		*len = (size_t)n;
	fclose(f);
	return buf;
}

int run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed;
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}

void run_align_corpus(run *r)
{
	char *vi = read_file("corpus/deepseek.vi.txt", NULL), *en = read_file("corpus/deepseek.en.txt", NULL);
	ck_assert_ptr_nonnull(vi);
	ck_assert_ptr_nonnull(en);
	run_align(r, NULL, vi, en);
	free(vi);
	free(en);
}
