/* parallel.h - running independent jobs on threads of their own. */
#ifndef VL_PARALLEL_H
#define VL_PARALLEL_H

#include <stddef.h>
#include "error.h"

/* Most threads one call starts. */
#define VL_PARALLEL_MAX 64

/* Runs fn on each of the n jobs of the array `jobs` (elements of `size`
 * bytes; n at most VL_PARALLEL_MAX): job 0 on the calling thread, each
 * other on a thread of its own. A job whose thread cannot start runs on
 * the calling thread afterwards, so every job runs once whatever the
 * system allows. Returns once all have finished. */
VL_HIDDEN void vl_parallel(void *(*fn)(void *), void *jobs, size_t size, size_t n);

/* Splits items [0, count) into n runs of about equal weight (weight(ctx,
 * i) is item i's): run t is [first[t], first[t + 1]); first holds n + 1
 * entries. */
VL_HIDDEN void vl_parallel_split(size_t *first, size_t n, size_t count, size_t (*weight)(const void *ctx, size_t i),
                                 const void *ctx);

#endif
