/* sink.h - buffered output over a caller's write callback (internal). */
#ifndef VL_SINK_H
#define VL_SINK_H

#include <stddef.h>
#include "error.h"

/* Bytes gathered before one call of the callback: writers emit many small
 * pieces, and a callback per piece would dominate the cost. */
#define VL_SINK_CHUNK 65536

/* A sink keeps the first error it meets; later writes are no-ops, so a
 * writer can emit freely and look at the status once at the end. */
typedef struct vl_sink {
	vietalign_write_fn fn;
	void *payload;
	char *buf;   /* VL_SINK_CHUNK bytes */
	size_t len;  /* bytes waiting in buf */
	int status;  /* 0, or VIETALIGN_ECALLBACK once the callback failed */
} vl_sink;

/* Prepares a sink; returns 0 or VIETALIGN_ENOMEM. */
VL_HIDDEN int vl_sink_init(vl_sink *sink, vietalign_write_fn fn, void *payload);

/* Appends bytes; flushes whenever the buffer fills. */
VL_HIDDEN void vl_sink_write(vl_sink *sink, const char *data, size_t len);
VL_HIDDEN void vl_sink_puts(vl_sink *sink, const char *str);
VL_HIDDEN void vl_sink_putc(vl_sink *sink, char c);

/* Hands what is buffered to the callback; returns the sink's status. */
VL_HIDDEN int vl_sink_flush(vl_sink *sink);

/* Nonzero once a write failed (lets writers stop early). */
VL_HIDDEN int vl_sink_failed(const vl_sink *sink);

/* Frees the buffer (without flushing). */
VL_HIDDEN void vl_sink_free(vl_sink *sink);

#endif
