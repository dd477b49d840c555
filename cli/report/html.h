/* html.h - the reviewer's report of `vietalign check --html`. */
#ifndef VIETALIGN_REPORT_HTML_H
#define VIETALIGN_REPORT_HTML_H

#include <stddef.h>
#include "vietalign.h"

/* One problem `check` found: its kind ("omission", "number-mismatch" …),
 * the side and sentence it is on, the bead holding it, and a detail. */
typedef struct {
	const char *kind;
	vietalign_lang side;
	size_t sentence, bead;
	size_t line, column; /* where the sentence starts in its file */
	char detail[256];
} finding;

/* Writes one self-contained HTML file: the two texts side by side, bead by
 * bead, with each problem highlighted and listed, and an SVG plot of the
 * alignment path (Vietnamese against English sentence positions) with
 * omissions, additions and low-score pairs marked. Returns 0 or prints the
 * error and returns 1. */
int html_write(const char *path, const vietalign_alignment *al, const char *vi_path, const char *en_path,
               const finding *found, size_t nfound);

#endif
