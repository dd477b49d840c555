/* test_score_parts.c - what a bead's score is made of, through the public
 * API (vietalign_alignment_bead_score_parts(), _bead_feature()), on the
 * corpus pair (real text): the parts give the score back (the logistic of
 * the intercept plus the features' terms), count the anchors the bead's
 * anchor report lists, say what the explained JSON Lines say; and write
 * options of version 1 (before explain) still write, without it. */
#define _GNU_SOURCE /* memmem */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vietalign.h"
#include "support.h"

static void align_corpus(run *r)
{
	run_align_corpus(r);
	ck_assert_uint_gt(vietalign_alignment_bead_count(r->al), 30);
}

static vietalign_score_parts parts_of(const run *r, size_t i)
{
	vietalign_score_parts p = VIETALIGN_SCORE_PARTS_INIT;
	ck_assert_int_eq(vietalign_alignment_bead_score_parts(&p, r->al, i), 0);
	ck_assert_uint_eq(p.version, VIETALIGN_SCORE_PARTS_VERSION);
	return p;
}

/* Each two-sided bead's score is the logistic of its logit, the logit the
 * intercept plus its features' terms; a one-sided bead keeps its posterior. */
START_TEST(test_parts_give_the_score_back)
{
	run r;
	size_t i, k, n, two = 0, below = 0;
	align_corpus(&r);
	n = vietalign_alignment_bead_count(r.al);
	ck_assert_uint_eq(vietalign_score_feature_count(), 13);
	for (i = 0; i < n; i++) {
		vietalign_bead b = run_bead(&r, i);
		vietalign_score_parts p = parts_of(&r, i);
		double z;
		ck_assert_double_eq(p.score, b.score);
		ck_assert(p.posterior >= 0 && p.posterior <= 1);
		ck_assert_int_eq(p.calibrated, b.vi_count > 0 && b.en_count > 0);
		if (!p.calibrated) {
			vietalign_score_feature f = VIETALIGN_SCORE_FEATURE_INIT;
			ck_assert_double_eq_tol(p.score, p.posterior, 1e-6);
			ck_assert_int_eq(vietalign_alignment_bead_feature(&f, r.al, i, 0), VIETALIGN_EINVALID);
			continue;
		}
		two++;
		below += p.score < p.posterior; /* calibration takes some back */
		z = p.intercept;
		for (k = 0; k < vietalign_score_feature_count(); k++) {
			vietalign_score_feature f = VIETALIGN_SCORE_FEATURE_INIT;
			ck_assert_int_eq(vietalign_alignment_bead_feature(&f, r.al, i, k), 0);
			ck_assert_ptr_nonnull(f.name);
			ck_assert_double_eq_tol(f.term, f.value * f.coefficient, 1e-12);
			z += f.term;
		}
		ck_assert_double_eq_tol(z, p.logit, 1e-9);
		ck_assert_double_eq_tol(1 / (1 + exp(-p.logit)), p.score, 1e-6);
	}
	ck_assert_uint_gt(two, 30);
	ck_assert_uint_gt(below, 0);
	run_free(&r);
}
END_TEST

/* The features have distinct names, those of JSON Lines' "features". */
START_TEST(test_feature_names)
{
	static const char *const want[] = {"posterior",  "anchors",   "length",   "merge",       "omission",
	                                   "neighbours", "chars",     "boundary", "parallelism", "merge_near",
	                                   "doc_merge",  "para_ends", "cut"};
	run r;
	size_t k;
	align_corpus(&r);
	ck_assert_uint_eq(vietalign_score_feature_count(), sizeof want / sizeof want[0]);
	for (k = 0; k < vietalign_score_feature_count(); k++) {
		vietalign_score_feature f = VIETALIGN_SCORE_FEATURE_INIT;
		ck_assert_int_eq(vietalign_alignment_bead_feature(&f, r.al, 0, k), 0);
		ck_assert_str_eq(f.name, want[k]);
	}
	run_free(&r);
}
END_TEST

/* matched and missed count the lines of the bead's anchor report; the
 * bead of "65 tỷ USD" / "$65 billion" matches that number. */
START_TEST(test_anchor_counts_match_the_report)
{
	run r;
	size_t i, n, with_number = 0;
	align_corpus(&r);
	n = vietalign_alignment_bead_count(r.al);
	for (i = 0; i < n; i++) {
		vietalign_score_parts p = parts_of(&r, i);
		vietalign_anchor_report *rep = NULL;
		size_t x, both = 0, one = 0, lexical = 0;
		ck_assert_int_eq(vietalign_alignment_bead_anchors(&rep, r.al, i), 0);
		for (x = 0; x < vietalign_anchor_report_count(rep); x++) {
			vietalign_anchor a = VIETALIGN_ANCHOR_INIT, b = VIETALIGN_ANCHOR_INIT;
			ck_assert_int_eq(vietalign_anchor_report_get(&a, &b, rep, x), 0);
			if (a.kind && b.kind) {
				both++;
				lexical += a.kind == VIETALIGN_ANCHOR_LEXICON || a.kind == VIETALIGN_ANCHOR_WORDS;
				with_number += a.kind == VIETALIGN_ANCHOR_NUMBERS && !strcmp(a.value, "65000000000");
			} else {
				one++;
			}
		}
		vietalign_anchor_report_free(rep);
		ck_assert_uint_eq(p.matched, both);
		ck_assert_uint_eq(p.missed, one);
		ck_assert_uint_eq(p.lexical, lexical);
		ck_assert_uint_le(p.lexical, p.matched);
	}
	ck_assert_uint_ge(with_number, 1);
	run_free(&r);
}
END_TEST

/* The explained JSON Lines say what the parts say: bead by bead (every
 * bead written, one_sided), the same posterior, lexical count and logit. */
START_TEST(test_parts_match_the_explained_jsonl)
{
	run r;
	vietalign_write_options o = VIETALIGN_WRITE_OPTIONS_INIT;
	char *out = NULL, *line, *next;
	size_t i = 0, n;
	align_corpus(&r);
	n = vietalign_alignment_bead_count(r.al);
	o.format = VIETALIGN_FORMAT_JSONL;
	o.one_sided = 1;
	o.explain = 1;
	ck_assert_int_eq(vietalign_alignment_write_buffer(&out, NULL, r.a, r.al, &o), 0);
	for (line = out; *line; line = next + 1, i++) {
		vietalign_score_parts p;
		char want[64];
		ck_assert_ptr_nonnull(next = strchr(line, '\n'));
		*next = '\0';
		ck_assert_uint_lt(i, n);
		p = parts_of(&r, i);
		snprintf(want, sizeof want, "\"posterior\":%.4f,", p.posterior);
		ck_assert_msg(strstr(line, want), "bead %zu: %s in %.200s", i, want, line);
		snprintf(want, sizeof want, "],\"lexical\":%zu", p.lexical);
		ck_assert_msg(strstr(line, want), "bead %zu: %s", i, want);
		snprintf(want, sizeof want, "\"logit\":%.3f}", p.logit);
		ck_assert_msg(!p.calibrated || strstr(line, want), "bead %zu: %s", i, want);
		ck_assert_int_eq(strstr(line, "\"logit\":") != NULL, p.calibrated);
	}
	ck_assert_uint_eq(i, n);
	vietalign_buffer_free(out);
	run_free(&r);
}
END_TEST

START_TEST(test_bad_arguments)
{
	run r;
	vietalign_score_parts p = VIETALIGN_SCORE_PARTS_INIT;
	vietalign_score_feature f = VIETALIGN_SCORE_FEATURE_INIT;
	size_t n;
	align_corpus(&r);
	n = vietalign_alignment_bead_count(r.al);
	ck_assert_int_eq(vietalign_alignment_bead_score_parts(NULL, r.al, 0), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_alignment_bead_score_parts(&p, NULL, 0), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_alignment_bead_score_parts(&p, r.al, n), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_alignment_bead_feature(NULL, r.al, 0, 0), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_alignment_bead_feature(&f, NULL, 0, 0), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_alignment_bead_feature(&f, r.al, n, 0), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_alignment_bead_feature(&f, r.al, 0, vietalign_score_feature_count()),
	                 VIETALIGN_EINVALID);
	run_free(&r);
}
END_TEST

/* ------------------------------------------- write options, version 1 */

/* The write options as a program built before explain has them. */
typedef struct {
	unsigned int version;
	vietalign_format format;
	vietalign_lang srclang;
	double min_score;
	int one_sided;
	time_t creation_date;
} write_options_v1;

/* A version-1 struct followed by bytes that, read as explain, would ask
 * for it: the library must not read them. */
typedef struct {
	write_options_v1 o;
	unsigned char after[32];
} v1_in_memory;

typedef struct {
	size_t n;
	int srclang_en; /* the header's srclang is en */
} byte_count;

static int count_bytes(const char *data, size_t len, void *payload)
{
	byte_count *c = payload;
	if (c->n == 0)
		c->srclang_en = memmem(data, len, "srclang=\"en\"", 12) != NULL;
	c->n += len;
	return 0;
}

START_TEST(test_write_options_of_version_1)
{
	byte_count bytes = {0, 0};
	run r;
	v1_in_memory old;
	vietalign_write_options now = VIETALIGN_WRITE_OPTIONS_INIT;
	char *got = NULL, *want = NULL, *explained = NULL;
	vietalign_tmx_writer *w = NULL;
	size_t k;
	align_corpus(&r);
	memset(&old, 0x5a, sizeof old);
	ck_assert_int_eq(vietalign_write_options_init((vietalign_write_options *)(void *)&old.o, 1), 0);
	ck_assert_uint_eq(old.o.version, 1);
	ck_assert_int_eq(old.o.format, VIETALIGN_FORMAT_TMX);
	for (k = 0; k < sizeof old.after; k++)
		ck_assert_uint_eq(old.after[k], 0x5a); /* only version 1's fields */
	old.o.format = VIETALIGN_FORMAT_JSONL;
	ck_assert_int_eq(vietalign_alignment_write_buffer(&got, NULL, r.a, r.al,
	                                                  (const vietalign_write_options *)(void *)&old.o),
	                 0);
	now.format = VIETALIGN_FORMAT_JSONL;
	ck_assert_int_eq(vietalign_alignment_write_buffer(&want, NULL, r.a, r.al, &now), 0);
	ck_assert_str_eq(got, want); /* version 1: no explanation */
	now.explain = 1;
	ck_assert_int_eq(vietalign_alignment_write_buffer(&explained, NULL, r.a, r.al, &now), 0);
	ck_assert(!strstr(got, "\"explain\":") && strstr(explained, "\"explain\":{\"shape\":\"1-1\""));
	/* the TMX writer of many documents takes them too, with their fields */
	old.o.srclang = VIETALIGN_LANG_EN;
	ck_assert_int_eq(
		vietalign_tmx_writer_new(&w, r.a, (const vietalign_write_options *)(void *)&old.o, count_bytes, &bytes),
		0);
	ck_assert_int_eq(vietalign_tmx_writer_add(w, r.al, "d1", NULL, NULL), 0);
	ck_assert_int_eq(vietalign_tmx_writer_finish(w), 0);
	ck_assert_uint_gt(vietalign_tmx_writer_unit_count(w), 30);
	vietalign_tmx_writer_free(w);
	ck_assert_uint_gt(bytes.n, 1000);
	ck_assert(bytes.srclang_en);
	vietalign_buffer_free(got);
	vietalign_buffer_free(want);
	vietalign_buffer_free(explained);
	run_free(&r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("score_parts");
	TCase *t = tcase_create("score_parts");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, test_parts_give_the_score_back);
	tcase_add_test(t, test_feature_names);
	tcase_add_test(t, test_anchor_counts_match_the_report);
	tcase_add_test(t, test_parts_match_the_explained_jsonl);
	tcase_add_test(t, test_bad_arguments);
	tcase_add_test(t, test_write_options_of_version_1);
	suite_add_tcase(s, t);
	return run_suite(s);
}
