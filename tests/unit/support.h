/* support.h - what several unit test suites share: aligning two texts in
 * one call, reading a test file, running a suite. */
#ifndef VTA_TEST_SUPPORT_H
#define VTA_TEST_SUPPORT_H

#include <check.h>
#include <stddef.h>
#include "vietalign.h"

/* An alignment and everything it was made from. */
typedef struct {
	vietalign_aligner *a;
	vietalign_doc *vi, *en;
	vietalign_alignment *al;
} run;

/* Aligns vi and en (NUL-terminated) with options o (NULL: the defaults);
 * every step must succeed. */
void run_align(run *r, const vietalign_options *o, const char *vi, const char *en);
void run_free(run *r);

/* vi and en (one sentence each) align with the defaults as one 1-1 bead
 * scored above 0.9, the pair's parallelism above 0.9. */
void check_sure_pair(const char *vi, const char *en);

/* Aligns the corpus pair (corpus/deepseek.*.txt) with the defaults. */
void run_align_corpus(run *r);

/* Bead i of the run's alignment. */
vietalign_bead run_bead(const run *r, size_t i);

/* The whole file, NUL-terminated (len may be NULL); NULL when it cannot
 * be opened. Tests run from the source directory. */
char *read_file(const char *path, size_t *len);

/* Runs the suite; the process's exit status. */
int run_suite(Suite *s);

#endif
