/* write/write.h - the writers (TMX, TSV, JSON Lines), their sink, XML escaping: the stage's contract (internal). */
#ifndef VTA_WRITE_H
#define VTA_WRITE_H

#include <stddef.h>
#include "common/common.h"
#include "segment/segment.h"
#include "search/search.h"

/* ---- sink ---- */
/* sink.h - buffered output over a caller's write callback (internal). */

/* Bytes gathered before one call of the callback: writers emit many small
 * pieces, and a callback per piece would dominate the cost. */
#define VTA_SINK_CHUNK 65536

/* A sink keeps the first error it meets; later writes are no-ops, so a
 * writer can emit freely and look at the status once at the end. */
typedef struct vta_sink {
	vietalign_write_fn fn;
	void *payload;
	char *buf;  /* VTA_SINK_CHUNK bytes */
	size_t len; /* bytes waiting in buf */
	int status; /* 0, or VIETALIGN_ECALLBACK once the callback failed */
} vta_sink;

/* Prepares a sink; returns 0 or VIETALIGN_ENOMEM. */
VTA_HIDDEN int vta_sink_init(vta_sink *sink, vietalign_write_fn fn, void *payload);

/* Appends bytes; flushes whenever the buffer fills. */
VTA_HIDDEN void vta_sink_write(vta_sink *sink, const char *data, size_t len);
VTA_HIDDEN void vta_sink_puts(vta_sink *sink, const char *str);
VTA_HIDDEN void vta_sink_putc(vta_sink *sink, char c);

/* Hands what is buffered to the callback; returns the sink's status. */
VTA_HIDDEN int vta_sink_flush(vta_sink *sink);

/* Nonzero once a write failed (lets writers stop early). */
VTA_HIDDEN int vta_sink_failed(const vta_sink *sink);

/* Frees the buffer (without flushing). */
VTA_HIDDEN void vta_sink_free(vta_sink *sink);

/* ---- xml_escape ---- */
/* xml_escape.h - making text safe for XML 1.0 (internal). */

/*
 * Rewrites s[0, len) in place into text that may stand in an XML 1.0
 * element and that TMX accepts as <seg> content: characters XML 1.0 forbids
 * even as references (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE,
 * U+FFFF) and bytes that are not UTF-8 are dropped; tab, line feed, carriage
 * return and the Unicode line breaks (U+0085, U+2028, U+2029) become spaces;
 * white space at both ends is trimmed (after dropping, so a dropped character
 * cannot hide it). s must have room for len + 1 bytes: the result is
 * NUL-terminated. Returns the new length.
 */
VTA_HIDDEN size_t vta_xml_clean(char *s, size_t len);

/* Writes s[0, len) with & < > " escaped, usable in text and in attribute
 * values (callers pass text that vta_xml_clean has made legal). */
VTA_HIDDEN void vta_xml_escape(vta_sink *sink, const char *s, size_t len);

/* ---- writer ---- */
/* writer.h - what the TMX, TSV and JSON Lines writers share (internal). */

/* A reusable text buffer, so that a writer allocates once per output and
 * not once per bead. */
typedef struct vta_strbuf {
	char *data;
	size_t len, cap;
} vta_strbuf;

VTA_HIDDEN void vta_strbuf_free(vta_strbuf *buf);
/* Appends s[0, len) and keeps buf NUL-terminated; 0 or VIETALIGN_ENOMEM. */
VTA_HIDDEN int vta_strbuf_append(vta_strbuf *buf, const char *s, size_t len);

/* Sets buf to the texts of sentences [first, first + count) of doc joined by
 * one space (NUL-terminated; "" when count is 0). Returns 0,
 * VIETALIGN_ENOMEM, or VIETALIGN_EINVALID when the bead points past the
 * document. */
VTA_HIDDEN int vta_bead_side_text(vta_strbuf *buf, const vietalign_doc *doc, size_t first, size_t count,
                                  vta_error *err);

/* Both sides' texts of bead b (vta_bead_side_text() for each). */
VTA_HIDDEN int vta_bead_sides(vta_strbuf *vi, vta_strbuf *en, const vietalign_alignment *al, const vta_bead *b,
                              vta_error *err);

/* Nonzero when a bead goes into the output: its score reaches min_score and
 * it has text on both sides, or on one side when one_sided is allowed. */
VTA_HIDDEN int vta_bead_wanted(const vta_bead *bead, const vietalign_write_options *opts, int one_sided);

/* Formats a score with four decimals ("0.8731") whatever the locale;
 * scores outside [0, 1] (and NaN) are clamped. buf holds at least 8 bytes. */
VTA_HIDDEN void vta_format_score(char *buf, size_t size, double score);

/* Formats x with three decimals ("-3.250") whatever the locale; clamped
 * to +-1e12. buf holds at least 24 bytes. */
VTA_HIDDEN void vta_format_fixed(char *buf, size_t size, double x);

/* A format's writing of bead i of al to sink (if opts want it), with two
 * buffers to reuse from bead to bead; returns 0 or an error other than a
 * write failure (which the sink records). */
typedef int (*vta_bead_writer)(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                               size_t i, vta_strbuf *vi, vta_strbuf *en, vta_error *err);

/* Writes every bead of al with write_bead, in order. A long alignment is
 * written on up to `threads` threads, a chunk of beads each into memory,
 * the chunks then passed to sink in order: the same bytes, and on an
 * error the same bytes before it, as on one thread. */
VTA_HIDDEN int vta_write_beads(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                               vta_bead_writer write_bead, unsigned threads, vta_error *err);

/* ---- options ---- */
/* The caller's write options (NULL: the defaults), of any version the
 * library knows, as this header's struct: the fields a version lacks
 * keep their defaults. Returns 0, or VIETALIGN_EVERSION with a message. */
VTA_HIDDEN int vta_write_options_read(vietalign_write_options *out, const vietalign_write_options *opts,
                                      vta_error *err);

/* ---- explain: what a bead's score is made of ---- */
/* The calibration features of bead i of al into f: 1 for a two-sided
 * bead of an alignment with the search's parts, else 0 (f untouched). */
VTA_HIDDEN int vta_score_features(double f[VTA_NFEATS], const vietalign_alignment *al, size_t i);

/* Every field of this header's vietalign_score_parts of bead i of al
 * (version set). With lines not NULL, *lines and *nlines receive the
 * bead's anchor report (vta_span_anchors(); free() *lines). Returns 0 or
 * VIETALIGN_ENOMEM. */
VTA_HIDDEN int vta_score_parts(vietalign_score_parts *out, vta_anchor_line **lines, size_t *nlines,
                               const vietalign_alignment *al, size_t i);

/* The format writers: each writes the whole alignment to sink (its beads
 * through vta_write_beads() on `threads` threads). They return 0 or an
 * error other than a write failure (which the sink records). */
VTA_HIDDEN int vta_tmx_write(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                             unsigned threads, vta_error *err);
VTA_HIDDEN int vta_tsv_write(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                             unsigned threads, vta_error *err);
VTA_HIDDEN int vta_jsonl_write(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                               unsigned threads, vta_error *err);

/* ---- tmx: the pieces the alignment writer and the many-document
 * writer share ---- */

/* A <tu>'s number and props; NULL props and a negative score are left out. */
typedef struct vta_tmx_tu_info {
	size_t tuid;
	const char *doc, *vi_file, *en_file;
	double score;
} vta_tmx_tu_info;

/* The XML declaration, DOCTYPE, <tmx>, <header/> and <body> of opts. */
VTA_HIDDEN int vta_tmx_head(vta_sink *sink, const vietalign_write_options *opts, vta_error *err);
/* One <tu> of cleaned, non-empty texts, srclang's tuv first. */
VTA_HIDDEN void vta_tmx_tu(vta_sink *sink, const vta_tmx_tu_info *tu, const vta_strbuf *vi, const vta_strbuf *en,
                           vietalign_lang srclang);
/* </body></tmx>. */
VTA_HIDDEN void vta_tmx_tail(vta_sink *sink);
/* Both sides of bead b, joined and cleaned (vta_xml_clean) for a <seg>. */
VTA_HIDDEN int vta_tmx_bead_texts(vta_strbuf *vi, vta_strbuf *en, const vietalign_alignment *al, const vta_bead *b,
                                  vta_error *err);

/* ---- tmx_writer: TMX of many documents (vietalign_tmx_writer_*) ---- */
typedef struct vietalign_tmx_writer vta_tmx_writer;
VTA_HIDDEN int vta_tmx_writer_new(vta_tmx_writer **out, vta_error *err, const vietalign_write_options *opts,
                                  vietalign_write_fn fn, void *payload);
VTA_HIDDEN int vta_tmx_writer_add(vta_tmx_writer *w, const vietalign_alignment *al, const char *doc_id,
                                  const char *vi_name, const char *en_name);
VTA_HIDDEN int vta_tmx_writer_add_unit(vta_tmx_writer *w, const vietalign_tmx_unit *unit);
VTA_HIDDEN size_t vta_tmx_writer_count(const vta_tmx_writer *w);
VTA_HIDDEN int vta_tmx_writer_finish(vta_tmx_writer *w);
VTA_HIDDEN void vta_tmx_writer_free(vta_tmx_writer *w);

/* ---- tmx_read: TMX files into units (libxml2; vietalign_tmx_read_*) ---- */

/* The default bound on a TMX file's size (vietalign_tmx_read_options). */
#define VTA_TMX_MAX_BYTES ((size_t)512 << 20)

/* Reads the TMX in data[0, len) (name for messages) and calls fn for each
 * unit with both languages; info is zeroed by the caller. opts is not
 * NULL. VIETALIGN_EUNSUPPORTED without libxml2. */
VTA_HIDDEN int vta_tmx_read(vietalign_tmx_info *info, vta_error *err, const char *data, size_t len, const char *name,
                            const vietalign_tmx_read_options *opts, vietalign_tmx_unit_fn fn, void *payload);

/* The entry points behind vietalign_alignment_write(), _write_file() and
 * _write_buffer() (see vietalign.h), with the error to fill (may be NULL)
 * and the threads a long alignment is written on. */
VTA_HIDDEN int vta_alignment_write(vta_error *err, unsigned threads, const vietalign_alignment *alignment,
                                   const vietalign_write_options *opts, vietalign_write_fn fn, void *payload);
VTA_HIDDEN int vta_alignment_write_file(vta_error *err, unsigned threads, const vietalign_alignment *alignment,
                                        const vietalign_write_options *opts, const char *path);
VTA_HIDDEN int vta_alignment_write_buffer(char **out, size_t *out_len, vta_error *err, unsigned threads,
                                          const vietalign_alignment *alignment, const vietalign_write_options *opts);

#endif
