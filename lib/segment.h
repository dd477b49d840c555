/* segment.h - splitting text into paragraphs and sentences (internal). */
#ifndef VL_SEGMENT_H
#define VL_SEGMENT_H

#include <stddef.h>
#include "error.h"

/* A span of the input: [offset, offset + length) in bytes, with the list
 * bullet that precedes it, if any (bullet_length 0 when none). */
typedef struct vl_span {
	size_t offset, length;
	size_t bullet_offset, bullet_length;
} vl_span;

typedef struct vl_span_vec {
	vl_span *items;
	size_t count, cap;
} vl_span_vec;

VL_HIDDEN int vl_span_vec_push(vl_span_vec *v, vl_span s);
VL_HIDDEN void vl_span_vec_free(vl_span_vec *v);

/*
 * Splits text[0, len) (valid UTF-8) into paragraphs, appended to out in
 * order. Paragraphs break at blank lines; a line starting with a list bullet
 * (•, -, *, –, "1.", "2)", "a)") starts a paragraph of its own, with the
 * bullet recorded in bullet_offset/bullet_length and excluded from the span;
 * a short line standing alone (a heading, a caption: no final punctuation,
 * between blank lines or followed by a longer line) is a paragraph of its own.
 * Spans are trimmed of white space; empty paragraphs are not emitted.
 */
VL_HIDDEN int vl_paragraphs_split(vl_span_vec *out, const char *text, size_t len, vl_error *err);

/*
 * Splits the paragraph text[start, end) into sentences, appended to out in
 * order (trimmed of white space, never empty, bullet_length 0), using ICU's
 * sentence break iterator and then the rules ICU lacks for lang:
 * abbreviations, numbers, URLs, e-mail addresses, closing quotes.
 */
VL_HIDDEN int vl_sentences_split(vl_span_vec *out, const char *text, size_t start, size_t end,
                                 vietalign_lang lang, vl_error *err);

/* ICU's sentence break iterator for one language, opened once for all the
 * paragraphs of a document: opening one costs more than splitting a
 * typical paragraph. One thread at a time. */
typedef struct vl_breaker vl_breaker;
VL_HIDDEN int vl_breaker_new(vl_breaker **out, vietalign_lang lang, vl_error *err);
VL_HIDDEN void vl_breaker_free(vl_breaker *b);

/* vl_sentences_split() with the breaker's iterator and language. */
VL_HIDDEN int vl_sentences_split_with(vl_breaker *br, vl_span_vec *out, const char *text, size_t start,
                                      size_t end, vl_error *err);

#endif
