/* test_progress.c - the progress callback (vietalign_aligner_set_progress())
 * on the corpus pair repeated into a few hundred sentences, aligned on two
 * threads: the fractions it sees only grow, stay in [0, 1] and end at 1,
 * at a bounded rate; it changes nothing of the alignment; a cancel at any
 * point stops vietalign_doc_new() and vietalign_align() with
 * VIETALIGN_ECANCELED and a message, leaving the aligner usable (the suite
 * runs under valgrind and ASan in CI: a cancel leaks nothing). */
#include <check.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "vietalign.h"
#include "support.h"

#define REPEATS 12
#define MAX_CALLS 600 /* vietalign.h's "about 600 times per call" */

static char *vi_text, *en_text;
static size_t vi_len, en_len;

/* Copies of a text one after the other, a paragraph break between. */
static char *repeat(const char *t, size_t *len)
{
	size_t n = strlen(t), k;
	char *out = malloc(REPEATS * (n + 2) + 1);
	ck_assert_ptr_nonnull(out);
	for (*len = 0, k = 0; k < REPEATS; k++) {
		memcpy(out + *len, t, n);
		memcpy(out + *len + n, "\n\n", 2);
		*len += n + 2;
	}
	out[*len] = '\0';
	return out;
}

static void load(void)
{
	if (!vi_text) {
		char *v = read_file("corpus/deepseek.vi.txt", NULL), *e = read_file("corpus/deepseek.en.txt", NULL);
		ck_assert_ptr_nonnull(v);
		ck_assert_ptr_nonnull(e);
		vi_text = repeat(v, &vi_len);
		en_text = repeat(e, &en_len);
		free(v);
		free(e);
	}
}

/* What the callback saw, and the call at which it cancels (0: never). */
typedef struct {
	double seen[4096];
	size_t calls, cancel_at;
} watch;

static int record(double fraction, void *payload)
{
	watch *w = payload;
	if (w->calls < sizeof w->seen / sizeof *w->seen)
		w->seen[w->calls] = fraction;
	w->calls++;
	return w->cancel_at && w->calls >= w->cancel_at;
}

static vietalign_aligner *with_threads(unsigned threads)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	vietalign_aligner *a = NULL;
	o.threads = threads;
	ck_assert_int_eq(vietalign_aligner_new(&a, &o), 0);
	return a;
}

static vietalign_aligner *two_threads(void)
{
	return with_threads(2);
}

/* The fractions of one call: growing, in [0, 1], the last 1. */
static void check_fractions(const watch *w)
{
	size_t i;
	ck_assert_uint_ge(w->calls, 2);
	ck_assert_uint_le(w->calls, MAX_CALLS);
	for (i = 0; i < w->calls; i++) {
		ck_assert(w->seen[i] >= 0.0 && w->seen[i] <= 1.0);
		if (i)
			ck_assert_msg(w->seen[i] > w->seen[i - 1], "fraction %zu went from %g to %g", i, w->seen[i - 1],
			              w->seen[i]);
	}
	ck_assert(w->seen[w->calls - 1] == 1.0);
}

START_TEST(test_fractions_grow_to_one)
{
	vietalign_aligner *a = two_threads(), *plain = two_threads();
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL, *ref = NULL;
	watch w = {{0}, 0, 0};
	size_t i;
	load();
	ck_assert_int_eq(vietalign_aligner_set_progress(a, record, &w), 0);
	ck_assert_int_eq(vietalign_doc_new(&vi, a, vi_text, vi_len, VIETALIGN_LANG_VI), 0);
	check_fractions(&w);
	w.calls = 0;
	ck_assert_int_eq(vietalign_doc_new(&en, a, en_text, en_len, VIETALIGN_LANG_EN), 0);
	check_fractions(&w);
	w.calls = 0;
	ck_assert_int_eq(vietalign_align(&al, a, vi, en), 0);
	check_fractions(&w);
	/* the search's phases (costs, sweeps) are told as they go, not
	 * only at their ends */
	ck_assert_uint_ge(w.calls, 20);
	/* watching changes nothing */
	ck_assert_int_eq(vietalign_align(&ref, plain, vi, en), 0);
	ck_assert_uint_eq(vietalign_alignment_bead_count(al), vietalign_alignment_bead_count(ref));
	for (i = 0; i < vietalign_alignment_bead_count(al); i++) {
		vietalign_bead x = VIETALIGN_BEAD_INIT, y = VIETALIGN_BEAD_INIT;
		vietalign_alignment_bead(&x, al, i);
		vietalign_alignment_bead(&y, ref, i);
		ck_assert(x.vi_first == y.vi_first && x.vi_count == y.vi_count && x.en_first == y.en_first &&
		          x.en_count == y.en_count && x.score == y.score);
	}
	/* the figures of the search: the same with or without a callback */
	{
		vietalign_align_stats x = VIETALIGN_ALIGN_STATS_INIT, y = VIETALIGN_ALIGN_STATS_INIT;
		ck_assert_int_eq(vietalign_alignment_stats(&x, al), 0);
		ck_assert_int_eq(vietalign_alignment_stats(&y, ref), 0);
		ck_assert_uint_gt(x.corridor_cells, vietalign_alignment_bead_count(al));
		ck_assert_uint_ge(x.final_cells, x.corridor_cells);
		ck_assert_uint_eq(x.corridor_cells, y.corridor_cells);
		ck_assert_uint_eq(x.final_cells, y.final_cells);
		ck_assert(x.costs_s > 0 && x.sweeps_s > 0 && x.anchors_s > 0);
		ck_assert_int_eq(vietalign_alignment_stats(NULL, al), VIETALIGN_EINVALID);
	}
	vietalign_alignment_free(al);
	vietalign_alignment_free(ref);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(a);
	vietalign_aligner_free(plain);
}
END_TEST

/* A cancel at the first, a middle and the last call of the callback. On
 * one thread, so that a run makes the same calls as the last one (on two,
 * which thread crosses a step first may add or save a call). */
START_TEST(test_cancel_anywhere)
{
	vietalign_aligner *a = with_threads(1);
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	watch w = {{0}, 0, 0};
	size_t full, k;
	load();
	ck_assert_int_eq(vietalign_doc_new(&vi, a, vi_text, vi_len, VIETALIGN_LANG_VI), 0);
	ck_assert_int_eq(vietalign_doc_new(&en, a, en_text, en_len, VIETALIGN_LANG_EN), 0);
	ck_assert_int_eq(vietalign_aligner_set_progress(a, record, &w), 0);
	ck_assert_int_eq(vietalign_align(&al, a, vi, en), 0);
	vietalign_alignment_free(al);
	full = w.calls;
	for (k = 0; k < 5; k++) {
		w.calls = 0;
		w.cancel_at = k == 0 ? 1 : k == 4 ? full : full * k / 4;
		al = (vietalign_alignment *)&w; /* must come back NULL */
		ck_assert_int_eq(vietalign_align(&al, a, vi, en), VIETALIGN_ECANCELED);
		ck_assert_ptr_null(al);
		ck_assert_uint_eq(w.calls, w.cancel_at); /* no call after the cancel */
		ck_assert_ptr_nonnull(strstr(vietalign_aligner_last_error(a), "cancel"));
	}
	/* the aligner aligns again once the callback lets it */
	w.calls = 0;
	w.cancel_at = 0;
	ck_assert_int_eq(vietalign_align(&al, a, vi, en), 0);
	ck_assert_uint_eq(w.calls, full);
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(a);
}
END_TEST

START_TEST(test_cancel_segmentation)
{
	vietalign_aligner *a = two_threads();
	vietalign_doc *vi = NULL;
	watch w = {{0}, 0, 2};
	load();
	ck_assert_int_eq(vietalign_aligner_set_progress(a, record, &w), 0);
	vi = (vietalign_doc *)&w;
	ck_assert_int_eq(vietalign_doc_new(&vi, a, vi_text, vi_len, VIETALIGN_LANG_VI), VIETALIGN_ECANCELED);
	ck_assert_ptr_null(vi);
	ck_assert_uint_eq(w.calls, 2);
	ck_assert_str_eq(vietalign_error_name(VIETALIGN_ECANCELED), "canceled");
	/* no callback: nothing told, nothing canceled */
	ck_assert_int_eq(vietalign_aligner_set_progress(a, NULL, NULL), 0);
	ck_assert_int_eq(vietalign_doc_new(&vi, a, vi_text, vi_len, VIETALIGN_LANG_VI), 0);
	ck_assert_uint_eq(w.calls, 2);
	ck_assert_int_eq(vietalign_aligner_set_progress(NULL, record, &w), VIETALIGN_EINVALID);
	vietalign_doc_free(vi);
	vietalign_aligner_free(a);
}
END_TEST

/* One alignment on a thread of its own, with its own aligner and callback
 * (what `vietalign batch` does: each worker's time limit is its aligner's
 * callback, its payload the worker's own deadline). */
typedef struct {
	vietalign_aligner *a;
	const vietalign_doc *vi, *en;
	watch w;
	int rc;
	size_t beads;
} align_job;

static void *align_on_thread(void *arg)
{
	align_job *j = arg;
	vietalign_alignment *al = NULL;
	j->rc = vietalign_align(&al, j->a, j->vi, j->en);
	j->beads = vietalign_alignment_bead_count(al);
	vietalign_alignment_free(al);
	return NULL;
}

/* Two aligners at once on two threads: one canceled by its callback, the
 * other's callback sees its whole call and its alignment is whole. */
START_TEST(test_cancel_one_of_two_threads)
{
	vietalign_aligner *ref_a = with_threads(1);
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *ref = NULL;
	align_job jobs[2];
	pthread_t t[2];
	int k;
	load();
	ck_assert_int_eq(vietalign_doc_new(&vi, ref_a, vi_text, vi_len, VIETALIGN_LANG_VI), 0);
	ck_assert_int_eq(vietalign_doc_new(&en, ref_a, en_text, en_len, VIETALIGN_LANG_EN), 0);
	ck_assert_int_eq(vietalign_align(&ref, ref_a, vi, en), 0);
	memset(jobs, 0, sizeof jobs);
	for (k = 0; k < 2; k++) {
		jobs[k].a = with_threads(1);
		jobs[k].vi = vi;
		jobs[k].en = en;
		jobs[k].w.cancel_at = k == 0 ? 3 : 0;
		ck_assert_int_eq(vietalign_aligner_set_progress(jobs[k].a, record, &jobs[k].w), 0);
	}
	for (k = 0; k < 2; k++)
		ck_assert_int_eq(pthread_create(&t[k], NULL, align_on_thread, &jobs[k]), 0);
	for (k = 0; k < 2; k++)
		pthread_join(t[k], NULL);
	ck_assert_int_eq(jobs[0].rc, VIETALIGN_ECANCELED);
	ck_assert_uint_eq(jobs[0].w.calls, 3);
	ck_assert_int_eq(jobs[1].rc, 0);
	check_fractions(&jobs[1].w);
	ck_assert_uint_eq(jobs[1].beads, vietalign_alignment_bead_count(ref));
	/* the canceled aligner is whole: its next call aligns */
	jobs[0].w.calls = 0;
	jobs[0].w.cancel_at = 0;
	align_on_thread(&jobs[0]);
	ck_assert_int_eq(jobs[0].rc, 0);
	ck_assert_uint_eq(jobs[0].beads, vietalign_alignment_bead_count(ref));
	for (k = 0; k < 2; k++)
		vietalign_aligner_free(jobs[k].a);
	vietalign_alignment_free(ref);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(ref_a);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("progress");
	TCase *t = tcase_create("core");
	int rc;
	tcase_set_timeout(t, 120);
	tcase_add_test(t, test_fractions_grow_to_one);
	tcase_add_test(t, test_cancel_anywhere);
	tcase_add_test(t, test_cancel_segmentation);
	tcase_add_test(t, test_cancel_one_of_two_threads);
	suite_add_tcase(s, t);
	rc = run_suite(s);
	free(vi_text);
	free(en_text);
	return rc;
}
