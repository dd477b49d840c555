/* error.h - error messages carried by an aligner (no global state). */
#ifndef VL_ERROR_H
#define VL_ERROR_H

#include <stddef.h>
#include "vietalign.h"

#define VL_HIDDEN __attribute__((visibility("hidden")))

/* The last error of one handle: a code and a readable one-line message. */
typedef struct vl_error {
	int code;
	char msg[512];
} vl_error;

/* Records an error (printf-style message) and returns code, so callers can
 * write `return vl_error_set(err, VIETALIGN_EUTF8, "…", …);`. err may be NULL. */
VL_HIDDEN int vl_error_set(vl_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Clears the error. */
VL_HIDDEN void vl_error_clear(vl_error *err);

#endif
