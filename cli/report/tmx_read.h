/* tmx_read.h - reading TMX files through the library, for `check`,
 * `convert` and `merge`: messages and warnings in the CLI's style. */
#ifndef VIETALIGN_TMX_READ_H
#define VIETALIGN_TMX_READ_H

#include <stddef.h>
#include "vietalign.h"

/* Called for each unit holding a Vietnamese and an English segment (the
 * library's callback); returns 0 to go on. */
typedef int (*tmx_unit_fn)(const vietalign_tmx_unit *unit, void *payload);

/* What was read. */
typedef struct {
	size_t units, pairs;
} tmx_stats;

/* Reads path through vietalign_tmx_read_file() and calls fn for each
 * unit (opts NULL: the library's defaults; verb, "checked", says in a
 * message what a file without units left undone). Languages swapped (the texts say the labels are wrong) are read
 * the right way round, with a warning; units without both languages get
 * a warning; a file with no such unit, or one the library refuses (not
 * XML, not TMX, entities, too big, a build without libxml2), gets a
 * one-line error. Returns 0 or 1 (reported). */
int tmx_read(const char *path, const char *verb, const vietalign_tmx_read_options *opts, tmx_unit_fn fn, void *payload,
             tmx_stats *stats);

/* Whether path names a TMX file (ends in .tmx). */
int tmx_path(const char *path);

#endif
