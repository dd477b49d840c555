/* writer.h - what the TMX, TSV and JSON Lines writers share (internal). */
#ifndef VL_WRITER_H
#define VL_WRITER_H

#include <stddef.h>
#include "aligner.h"
#include "sink.h"

/* A reusable text buffer, so that a writer allocates once per output and
 * not once per bead. */
typedef struct vl_strbuf {
	char *data;
	size_t len, cap;
} vl_strbuf;

VL_HIDDEN void vl_strbuf_free(vl_strbuf *buf);

/* Sets buf to the texts of sentences [first, first + count) of doc joined by
 * one space (NUL-terminated; "" when count is 0). Returns 0,
 * VIETALIGN_ENOMEM, or VIETALIGN_EINVALID when the bead points past the
 * document. */
VL_HIDDEN int vl_bead_side_text(vl_strbuf *buf, const vietalign_doc *doc, size_t first, size_t count,
                                vl_error *err);

/* Both sides' texts of bead b (vl_bead_side_text() for each). */
VL_HIDDEN int vl_bead_sides(vl_strbuf *vi, vl_strbuf *en, const vietalign_alignment *al, const vietalign_bead *b,
                            vl_error *err);

/* Nonzero when a bead goes into the output: its score reaches min_score and
 * it has text on both sides, or on one side when one_sided is allowed. */
VL_HIDDEN int vl_bead_wanted(const vietalign_bead *bead, const vietalign_write_options *opts, int one_sided);

/* Formats a score with four decimals ("0.8731") whatever the locale;
 * scores outside [0, 1] (and NaN) are clamped. buf holds at least 8 bytes. */
VL_HIDDEN void vl_format_score(char *buf, size_t size, double score);

/* A format's writing of bead i of al to sink (if opts want it), with two
 * buffers to reuse from bead to bead; returns 0 or an error other than a
 * write failure (which the sink records). */
typedef int (*vl_bead_writer)(vl_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                              size_t i, vl_strbuf *vi, vl_strbuf *en, vl_error *err);

/* Writes every bead of al with write_bead, in order. A long alignment is
 * written on up to `threads` threads, a chunk of beads each into memory,
 * the chunks then passed to sink in order: the same bytes, and on an
 * error the same bytes before it, as on one thread. */
VL_HIDDEN int vl_write_beads(vl_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                             vl_bead_writer write_bead, unsigned threads, vl_error *err);

/* The format writers: each writes the whole alignment to sink (its beads
 * through vl_write_beads() on `threads` threads). They return 0 or an
 * error other than a write failure (which the sink records). */
VL_HIDDEN int vl_tmx_write(vl_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                           unsigned threads, vl_error *err);
VL_HIDDEN int vl_tsv_write(vl_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                           unsigned threads, vl_error *err);
VL_HIDDEN int vl_jsonl_write(vl_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                             unsigned threads, vl_error *err);

#endif
