/* review_json.h - the alignment as JSON that is safe inside an HTML
 * <script> element. */
#ifndef VIETALIGN_REVIEW_JSON_H
#define VIETALIGN_REVIEW_JSON_H

#include <stdio.h>
#include "vietalign.h"
#include "report/review_page.h"

/* Writes s as a JSON string; <, > and & as \u escapes (no "</script>" or
 * "<!--" can end the element early), and U+2028 and U+2029 too (older
 * JavaScript parsers take them for line ends). */
void review_json_string(FILE *f, const char *s);

/* Writes the page's data: the options, both documents' sentences and the
 * beads as [vi_first, vi_count, en_first, en_count, score in 1/10000,
 * below --min-score]. */
void review_json_write(FILE *f, const vietalign_alignment *al, const review_page *p);

#endif
