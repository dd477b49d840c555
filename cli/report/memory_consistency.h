/* memory_consistency.h - `check MEMORY.tmx` across units: the same
 * English sentence translated two ways, two English sentences with one
 * translation. */
#ifndef VIETALIGN_REPORT_MEMORY_CONSISTENCY_H
#define VIETALIGN_REPORT_MEMORY_CONSISTENCY_H

#include <stddef.h>
#include "vietalign.h"

typedef struct memory_units memory_units;

/* What is reported: each finding with its two units' labels; return
 * non-zero to stop. */
typedef int (*memory_finding_fn)(const vietalign_finding *f, const char *vi_label, const char *en_label, void *payload);

memory_units *memory_units_new(void);
/* Keeps unit `number` (line `line` of path) for the comparison; 1 when out
 * of memory. */
int memory_units_add(memory_units *m, const char *vi, const char *en, long line, size_t number);
/* Compares the units kept: one warning finding per unit whose English was
 * met before with another Vietnamese, or whose Vietnamese was met before
 * with another English, naming the unit met first. 1 when out of memory. */
int memory_units_check(memory_units *m, const char *path, memory_finding_fn fn, void *payload);
void memory_units_free(memory_units *m);

#endif
