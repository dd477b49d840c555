/* tmx_read.h - reading the units of a TMX file (libxml2), for `check`. */
#ifndef VIETALIGN_TMX_READ_H
#define VIETALIGN_TMX_READ_H

#include <stddef.h>

/* Called for each <tu> holding a Vietnamese and an English <tuv>: their
 * <seg> texts, the tu's line in the file and its number (from 1). Returns 0
 * to go on. */
typedef int (*tmx_unit_fn)(const char *vi, const char *en, long line, size_t number, void *payload);

/* What a read went through. */
typedef struct {
	size_t units; /* <tu> elements */
	size_t pairs; /* of which with both a vi and an en segment (fn called) */
} tmx_stats;

/* Parses path as XML and calls fn for each unit; a file that is not
 * well-formed XML or not TMX, whose DTD declares entities (which expand
 * without bound), or a segment that cannot be read (out of memory) gets a
 * one-line error. Returns 0 or 1 (or fn's non-zero return); *stats is
 * filled either way. */
int tmx_read(const char *path, tmx_unit_fn fn, void *payload, tmx_stats *stats);

/* The same on a TMX in memory; name names it in messages. */
int tmx_read_memory(const char *data, size_t len, const char *name, tmx_unit_fn fn, void *payload, tmx_stats *stats);

/* Whether path names a TMX file (ends in .tmx). */
int tmx_path(const char *path);

#endif
