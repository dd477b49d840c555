/* common/common.h - errors, growable arrays, threads, memory given back: the stage's contract (internal). */
#ifndef VTA_COMMON_H
#define VTA_COMMON_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include "vietalign.h"

/* ---- error ---- */
/* error.h - error messages carried by an aligner (no global state). */

#define VTA_HIDDEN __attribute__((visibility("hidden")))
/* A small function of a hot loop, inlined wherever it is called (so
 * that constant arguments unroll its loops). */
#define VTA_INLINE static inline __attribute__((always_inline))

/* The last error of one handle: a code and a readable one-line message. */
typedef struct vta_error {
	int code;
	char msg[512];
} vta_error;

/* Records an error (printf-style message) and returns code, so callers can
 * write `return vta_error_set(err, VIETALIGN_EUTF8, "…", …);`. err may be NULL. */
VTA_HIDDEN int vta_error_set(vta_error *err, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Clears the error. */
VTA_HIDDEN void vta_error_clear(vta_error *err);

/* ---- vec ---- */
/* vec.h - a growable array of fixed-size items. */

/* Grows *items (each of size `size`) so that it can hold at least `need`
 * items; *cap is updated. Checks the multiplication for overflow.
 * Returns 0 or VIETALIGN_ENOMEM. */
VTA_HIDDEN int vta_grow(void **items, size_t *cap, size_t need, size_t size);

/* ---- versioned ---- */
/* versioned.c - the caller's side of a versioned public struct (vietalign.h,
 * "Structs and versions"): its first field is `unsigned int version`. */

/* Whether the version of struct s lies in [1, versions]. */
VTA_HIDDEN int vta_version_known(const void *s, unsigned int versions);

/* Copies into the caller's struct out the fields of its version from the
 * library's struct full (of the newest version): sizes[v - 1] is the size
 * of version v (the offset of the end of its last field). out's version
 * is kept and nothing after its fields is written. Returns 0, or
 * VIETALIGN_EVERSION (out untouched) for a version outside [1, versions]. */
VTA_HIDDEN int vta_versioned_copy(void *out, const void *full, const size_t *sizes, unsigned int versions);

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

/* ---- clock ---- */
/* Seconds on a monotonic clock, for the alignment's figures. */
VTA_HIDDEN double vta_seconds(void);

/* A moment on two clocks: the monotonic one (vta_seconds()) and the
 * process's CPU time, all its threads (what a phase costs on a machine
 * busy with other work, where its wall time says little). */
typedef struct vta_instant {
	double wall, cpu;
} vta_instant;

VTA_HIDDEN vta_instant vta_now(void);

/* Adds the wall and CPU seconds since `since` to *wall and *cpu. */
VTA_HIDDEN void vta_lap(double *wall, double *cpu, vta_instant since);

/* ---- progress ---- */
/* progress.h - one call's progress told to the caller's callback, which
 * may cancel it (vietalign_aligner_set_progress()). The call's work is a
 * row of phases, each a share of [0, 1] counted in units of its own (bytes,
 * sentences, cells); any thread of the call adds the units it did. The
 * callback is called under a lock, when the fraction has grown by
 * VTA_PROGRESS_STEP at least, so a few hundred times per call at most. */
#define VTA_PROGRESS_STEP (1.0 / 512)

typedef struct vta_progress {
	vietalign_progress_cb fn; /* NULL: nothing to tell, nothing to cancel */
	void *payload;
	pthread_mutex_t lock;
	double base, span;  /* the running phase's share of the call */
	size_t total;       /* the phase's units */
	atomic_size_t done; /* the units done so far */
	atomic_size_t next; /* done from which the fraction is worth telling */
	double shown;       /* the last fraction told (under lock) */
	atomic_int stop;    /* the callback asked to cancel */
} vta_progress;

/* A call's progress, told to fn (or to no one when fn is NULL). */
VTA_HIDDEN void vta_progress_init(vta_progress *p, vietalign_progress_cb fn, void *payload);
VTA_HIDDEN void vta_progress_free(vta_progress *p);
/* Ends the running phase and starts one that takes the fraction up to
 * `upto` in `total` units; call it from one thread, between the parallel
 * parts. Returns nonzero when the call is to stop. p may be NULL. */
VTA_HIDDEN int vta_progress_phase(vta_progress *p, double upto, size_t total);
/* Adds units done in the running phase (any thread); nonzero: stop. */
VTA_HIDDEN int vta_progress_add(vta_progress *p, size_t units);
/* Tells the callback the call is done (fraction 1); nonzero: stop. */
VTA_HIDDEN int vta_progress_finish(vta_progress *p);
/* Whether the callback asked to cancel (p may be NULL). */
static inline int vta_progress_stopped(vta_progress *p)
{
	return p && atomic_load_explicit(&p->stop, memory_order_relaxed);
}

#endif
