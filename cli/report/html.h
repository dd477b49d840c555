/* html.h - the reviewer's report of `vietalign check --html`. */
#ifndef VIETALIGN_REPORT_HTML_H
#define VIETALIGN_REPORT_HTML_H

#include <stddef.h>
#include "vietalign.h"
#include "report/finding_out.h"

/* Writes one self-contained HTML file: counts per kind and a legend, the
 * findings (j and k move between them), an SVG plot of the alignment path
 * with axes, and the two texts bead by bead with each finding's items
 * marked inside the sentences. shown[0, nshown) are the indices of the
 * findings to list. Returns 0 or prints the error and returns 1. */
int html_write(const char *path, const vietalign_alignment *al, const finding_files *files,
               const vietalign_findings *found, const size_t *shown, size_t nshown);

#endif
