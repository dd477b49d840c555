/* finding_out.h - `check`'s findings as text lines or JSON Lines, and the
 * baseline of findings a reviewer already accepted. */
#ifndef VIETALIGN_REPORT_FINDING_OUT_H
#define VIETALIGN_REPORT_FINDING_OUT_H

#include <stdio.h>
#include "vietalign.h"

/* Where a finding's two sides are: file labels and the files' texts (for
 * line and column of input offsets). */
typedef struct {
	const char *vi_path, *en_path;
	const char *vi_text, *en_text;
} finding_files;

/* Line and column (1-based, the column in characters) of byte off. */
void finding_line_col(const char *text, size_t off, size_t *line, size_t *col);

/* The finding's identity, the same wherever it moves in the file: its
 * kind, items and texts hashed, as 16 hex digits into out[17]. */
void finding_key(char out[17], const vietalign_finding *f);

/* Prints one finding as `VI:L:C: EN:L:C: severity: kind: message`, or as
 * one JSON object per line with json. */
void finding_print(FILE *out, const vietalign_finding *f, const finding_files *files, int json);

const char *finding_severity_name(vietalign_severity s);

/* The keys of a baseline file (a previous --json output): a sorted array
 * of *n keys, or an error printed naming the file (returns 1). */
int baseline_load(char (**keys)[17], size_t *n, const char *path);
int baseline_has(char (*keys)[17], size_t n, const char key[17]);

#endif
