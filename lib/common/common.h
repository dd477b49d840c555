/* common/common.h - errors, growable arrays, threads, memory given back: the stage's contract (internal). */
#ifndef VTA_COMMON_H
#define VTA_COMMON_H

#include <stddef.h>
#include "vietalign.h"

/* ---- error ---- */
/* error.h - error messages carried by an aligner (no global state). */


#define VTA_HIDDEN __attribute__((visibility("hidden")))

/* The last error of one handle: a code and a readable one-line message. */
typedef struct vta_error {
	int code;
	char msg[512];
} vta_error;

/* Records an error (printf-style message) and returns code, so callers can
 * write `return vta_error_set(err, VIETALIGN_EUTF8, "…", …);`. err may be NULL. */
VTA_HIDDEN int vta_error_set(vta_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Clears the error. */
VTA_HIDDEN void vta_error_clear(vta_error *err);

/* ---- vec ---- */
/* vec.h - a growable array of fixed-size items. */


/* Grows *items (each of size `size`) so that it can hold at least `need`
 * items; *cap is updated. Checks the multiplication for overflow.
 * Returns 0 or VIETALIGN_ENOMEM. */
VTA_HIDDEN int vta_grow(void **items, size_t *cap, size_t need, size_t size);

/* ---- parallel ---- */
/* parallel.h - running independent jobs on threads of their own. */


/* Most threads one call starts. */
#define VTA_PARALLEL_MAX 64

/* Runs fn on each of the n jobs of the array `jobs` (elements of `size`
 * bytes; n at most VTA_PARALLEL_MAX): job 0 on the calling thread, each
 * other on a thread of its own. A job whose thread cannot start runs on
 * the calling thread afterwards, so every job runs once whatever the
 * system allows. Returns once all have finished. */
VTA_HIDDEN void vta_parallel(void *(*fn)(void *), void *jobs, size_t size, size_t n);

/* Splits items [0, count) into n runs of about equal weight (weight(ctx,
 * i) is item i's): run t is [first[t], first[t + 1]); first holds n + 1
 * entries. */
VTA_HIDDEN void vta_parallel_split(size_t *first, size_t n, size_t count, size_t (*weight)(const void *ctx, size_t i),
                                 const void *ctx);

/* ---- give_back ---- */
/* give_back.h - handing freed memory back to the system. */


/* Returns the free pages of the allocator's heaps to the system. glibc
 * keeps the pages of blocks freed in the middle of its heaps (and blocks
 * of a few MB land there once larger ones have come and gone), so a long
 * pair's peak would count memory it no longer uses. Walks the heaps: for
 * long documents only. Does nothing with other C libraries. */
VTA_HIDDEN void vta_give_back(void);

#endif
