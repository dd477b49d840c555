/* review_page.h - the page `vietalign review` writes: the editor's
 * template (review.html, review.css, review.js, embedded at build time)
 * filled with one alignment. */
#ifndef VIETALIGN_REVIEW_PAGE_H
#define VIETALIGN_REVIEW_PAGE_H

#include <stdio.h>
#include "vietalign.h"

/* What the page shows besides the alignment, and how it saves. */
typedef struct {
	const char *vi_path, *en_path; /* named in the title and the header */
	const char *save_name;         /* the saved files' name before .tmx/.tsv */
	vietalign_lang srclang;        /* the TMX's source language (tuv order) */
	double min_score;              /* pairs below it start marked wrong */
	int one_sided;                 /* the TSV keeps one-sided beads */
	int parallel;                  /* vietalign_alignment_is_parallel() */
	double parallel_threshold;     /* the aligner's, for the page's warning */
} review_page;

/* Writes the whole page into f: HTML with its style and script inline and
 * the alignment as JSON in a <script type="application/json">. Write
 * errors are left in f for the caller to find. */
void review_page_write(FILE *f, const vietalign_alignment *al, const review_page *p);

#endif
