/* segment/segment.h - paragraphs, sentences, abbreviations, the document model, mixed pages: the stage's contract (internal). */
#ifndef VTA_SEGMENT_H
#define VTA_SEGMENT_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "common/common.h"
#include "text/text.h"

/* ---- segment ---- */
/* segment.h - splitting text into paragraphs and sentences (internal). */

/* A span of the input: [offset, offset + length) in bytes, with the list
 * bullet that precedes it, if any (bullet_length 0 when none). */
typedef struct vta_span {
	size_t offset, length;
	size_t bullet_offset, bullet_length;
} vta_span;

typedef struct vta_span_vec {
	vta_span *items;
	size_t count, cap;
} vta_span_vec;

VTA_HIDDEN int vta_span_vec_push(vta_span_vec *v, vta_span s);

/* Narrows [*s, *e) of text (valid UTF-8) to its non-space code points. */
VTA_HIDDEN void vta_span_trim(const char *text, size_t *s, size_t *e);
VTA_HIDDEN void vta_span_vec_free(vta_span_vec *v);

/*
 * Splits text[0, len) (valid UTF-8) into paragraphs, appended to out in
 * order. Paragraphs break at blank lines; a line starting with a list bullet
 * (•, -, *, –, "1.", "2)", "a)") starts a paragraph of its own, with the
 * bullet recorded in bullet_offset/bullet_length and excluded from the span;
 * a short line standing alone (a heading, a caption: no final punctuation,
 * between blank lines or followed by a longer line) is a paragraph of its own.
 * Spans are trimmed of white space; empty paragraphs are not emitted.
 */
VTA_HIDDEN int vta_paragraphs_split(vta_span_vec *out, const char *text, size_t len, vta_error *err);

/*
 * Splits the paragraph text[start, end) into sentences, appended to out in
 * order (trimmed of white space, never empty, bullet_length 0), using ICU's
 * sentence break iterator and then the rules ICU lacks for lang:
 * abbreviations, numbers, URLs, e-mail addresses, closing quotes.
 */
VTA_HIDDEN int vta_sentences_split(vta_span_vec *out, const char *text, size_t start, size_t end, vietalign_lang lang,
                                   vta_error *err);

/* ICU's sentence break iterator for one language, opened once for all the
 * paragraphs of a document: opening one costs more than splitting a
 * typical paragraph. One thread at a time. */
typedef struct vta_breaker vta_breaker;
VTA_HIDDEN int vta_breaker_new(vta_breaker **out, vietalign_lang lang, vta_error *err);
VTA_HIDDEN void vta_breaker_free(vta_breaker *b);

/* vta_sentences_split() with the breaker's iterator and language. */
VTA_HIDDEN int vta_sentences_split_with(vta_breaker *br, vta_span_vec *out, const char *text, size_t start, size_t end,
                                        vta_error *err);

/* ---- abbreviations ---- */
/* abbreviations.h - the lexicon of the segmenters: abbreviations and words
 * that start sentences (internal). */

/* What a word ending in a period tells about a sentence break after it. */
typedef enum {
	VTA_ABBR_NONE = 0, /* not an abbreviation: the period may end a sentence */
	VTA_ABBR_TITLE,    /* Mr., GS., e.g.: never ends a sentence */
	VTA_ABBR_WEAK,     /* U.S., Inc., Jan., initials: ends one only before a
	                     word that typically starts a sentence ("The") */
	VTA_ABBR_LIST,     /* etc., v.v.: ends one before any capitalised word */
	VTA_ABBR_NUMBER    /* No., tr.: never ends one before a digit */
} vta_abbr_kind;

/* Classifies word[0, len), which ends with its period ("GS.", "U.S."). */
VTA_HIDDEN vta_abbr_kind vta_abbr_lookup(const char *word, size_t len, vietalign_lang lang);

/* Whether word[0, len) (letters only, "The", "Nhưng") commonly begins a
 * sentence; the English and Vietnamese lists both apply to either lang,
 * as each language quotes the other. */
VTA_HIDDEN int vta_sentence_starter(const char *word, size_t len, vietalign_lang lang);

/* Whether the English word[0, len) (letters only, "on", "and") goes on
 * with a clause rather than begins a sentence. */
VTA_HIDDEN int vta_clause_continuer(const char *word, size_t len);

/* ---- text_store ---- */
/* text_store.c - sentence texts laid end to end in large blocks. */

typedef struct vta_text_store {
	char **blocks;
	size_t n, cap;
	char *at; /* the open block's free end, left bytes of it */
	size_t left;
} vta_text_store;

/* A NUL-terminated copy of s[0, len) in st; NULL when out of memory. The
 * copy lives until st is freed. */
VTA_HIDDEN char *vta_text_store_copy(vta_text_store *st, const char *s, size_t len);
/* Moves the blocks of `from` into `to` (from is left empty; to takes no
 * more copies after); VIETALIGN_ENOMEM leaves both as they were. */
VTA_HIDDEN int vta_text_store_move(vta_text_store *to, vta_text_store *from);
VTA_HIDDEN void vta_text_store_free(vta_text_store *st);

/* ---- doc ---- */
/* doc.h - the document model (internal layout of vietalign_doc). */

struct vta_anchor_set;
struct vta_lexicon;

/* A paragraph as a document keeps it: the fields of vietalign_paragraph,
 * without the caller's version. */
typedef struct vta_paragraph {
	size_t offset, length;                 /* bytes in the input */
	size_t first_sentence, sentence_count; /* its sentences */
} vta_paragraph;

typedef struct vta_sentence {
	size_t offset, length; /* span in the input */
	size_t bullet_offset;
	char *text;         /* NFC, white space folded */
	size_t *omap;       /* where text shifts against the input
	                       (vta_text_offset_map), nomap pairs */
	size_t text_length; /* bytes */
	/* 32 bits each (vta_sentence_fits()): a long document holds millions
	 * of these records */
	uint32_t paragraph;
	uint32_t bullet_length;
	uint32_t nomap;
	uint32_t nchars; /* code points of text, spaces left out: the
	                    length model's unit */
} vta_sentence;

/* Whether a sentence of text_length bytes in paragraph `paragraph`, with a
 * bullet of bullet_length bytes, fits a record's 32-bit fields (its offset
 * map holds at most text_length + 1 pairs, its text as many code points
 * as bytes). */
static inline int vta_sentence_fits(size_t text_length, size_t paragraph, size_t bullet_length)
{
	return text_length < UINT32_MAX && paragraph <= UINT32_MAX && bullet_length <= UINT32_MAX;
}

/* Whether two sentences hold the same text (NFC, white space folded), not
 * empty. */
static inline int vta_sentence_same_text(const vta_sentence *a, const vta_sentence *b)
{
	return a->text_length && a->text_length == b->text_length && !memcmp(a->text, b->text, a->text_length);
}

/* The span in the input of text[off, off + len) of sentence s. */
VTA_HIDDEN void vta_sentence_input_span(size_t *offset, size_t *length, const vta_sentence *s, size_t off, size_t len);

struct vietalign_doc {
	vietalign_lang lang;
	int fixed;   /* its segments are the caller's (presplit): an
	                alignment never cuts them */
	char *input; /* copy of the input, NUL-terminated, while
	                                it is segmented; NULL after */
	size_t input_len;
	vta_sentence *sents;
	size_t nsents, sents_cap;
	vta_paragraph *paras;
	size_t nparas, paras_cap;
	/* the sentences' texts when segmented here (texts.blocks not NULL);
	 * else each text is malloc()ed on its own */
	vta_text_store texts;
	/* what a sentence's anchors are read with: the creating aligner's
	 * kinds and tables (a reference, or NULL) */
	unsigned kinds;
	struct vta_lexicon *lex;
	/* each sentence's anchors once asked for (vta_doc_anchors()), NULL
	 * before: a document does not hold the anchors of every sentence, an
	 * alignment reads its own (vta_anchor_pack_read()) and lets them go */
	struct vta_anchor_set *_Atomic *anchors;
};

/* Segments text[0, len) (checked for valid UTF-8 first; a byte order mark
 * skipped) into a new document of language lang, on up to `threads`
 * threads; VIETALIGN_EEMPTY when it holds no sentence. The document holds
 * no anchors: the anchors stage reads them. pg (or NULL) is told the bytes
 * segmented, in a phase of len units the caller starts; its cancel yields
 * VIETALIGN_ECANCELED. */
VTA_HIDDEN int vta_doc_new(vietalign_doc **out, const char *text, size_t len, vietalign_lang lang, unsigned threads,
                           vta_progress *pg, vta_error *err);

/* The steps vta_doc_new() and the presplit readings share: a new document
 * holding a NUL-terminated copy of text (checked UTF-8; *skip receives the
 * length of a byte order mark), and, once its sentences are made (rc 0),
 * the copy dropped and VIETALIGN_EEMPTY when none was; on failure the
 * document is freed. */
VTA_HIDDEN int vta_doc_start(vietalign_doc **out, const char *text, size_t len, vietalign_lang lang, size_t *skip,
                             vta_error *err);
VTA_HIDDEN int vta_doc_end(vietalign_doc **out, vietalign_doc *doc, int rc, vta_error *err);

/* ---- presplit ---- */
/* presplit.c - text whose segmentation is already made: one segment per
 * line, or an array of segments (a CAT tool's). */

/* One segment per line of text[0, len): each non-blank line is one
 * sentence, never merged or split; a blank line, or one holding only
 * "<p>", ends a paragraph. Spans are the lines trimmed of white space. */
VTA_HIDDEN int vta_doc_new_lines(vietalign_doc **out, const char *text, size_t len, vietalign_lang lang,
                                 vta_error *err);

/* Each of segs[0, n) (lens[i] bytes, or strlen when lens is NULL) is one
 * sentence; a NULL or blank one ends a paragraph. Offsets count in the
 * segments joined each followed by one '\n'. */
VTA_HIDDEN int vta_doc_new_segments(vietalign_doc **out, const char *const *segs, const size_t *lens, size_t n,
                                    vietalign_lang lang, vta_error *err);

/* Whether text[0, len) is plainly one sentence per line (see
 * vietalign_text_is_line_segmented()). */
VTA_HIDDEN int vta_text_is_line_segmented(const char *text, size_t len);

/* Frees what vta_doc_new() made (NULL is allowed); the anchors' fields are
 * the caller's to free first. */
VTA_HIDDEN void vta_doc_free(vietalign_doc *doc);

/* What vietalign_text_split() does (see vietalign.h), with the error to
 * fill (may be NULL). */
VTA_HIDDEN int vta_text_split(char **vi, size_t *vi_len, char **en, size_t *en_len, const char *text, size_t len,
                              vta_error *err);

/* ---- soft ---- */
/* soft.c - soft boundaries: places inside a sentence where its translation
 * may start a new one; the splitter does not cut there, the alignment may
 * (search/refine.c). */

typedef enum {
	VTA_SOFT_NONE = 0,
	VTA_SOFT_STOP,    /* . ? ! or a closing quote, then a lowercase word */
	VTA_SOFT_COLON,   /* ":" or ";" */
	VTA_SOFT_CLAUSE,  /* a clause ends in a dash or a closing bracket */
	VTA_SOFT_CAPITAL, /* a capitalised word after a lowercase one */
	VTA_SOFT_KINDS
} vta_soft_kind;

typedef struct vta_soft {
	size_t at; /* where the next piece starts in the sentence's text */
	vta_soft_kind kind;
} vta_soft;

/* The soft boundaries of a sentence's folded text text[0, len) (words
 * separated by one space), in order, at most max of them into out;
 * returns how many. */
VTA_HIDDEN size_t vta_soft_boundaries(vta_soft *out, size_t max, const char *text, size_t len, vietalign_lang lang);

/* "stop", "colon", "clause", "capital". */
VTA_HIDDEN const char *vta_soft_kind_name(vta_soft_kind k);

/* ---- cut ---- */
/* cut.c - a document whose sentences are cut into pieces. */

/* A cut: sentence `sentence` is cut before byte `at` of its text (a word
 * start inside it). */
typedef struct vta_cut {
	size_t sentence, at;
} vta_cut;

/* A new document holding d's sentences cut at cuts[0, n) (in document
 * order): each piece keeps its sentence's paragraph, the first its
 * bullet, and its span points into the input as d's sentences do. The new
 * document holds no anchors, kinds or lexicon (the caller's to set). */
VTA_HIDDEN int vta_doc_cut(vietalign_doc **out, const vietalign_doc *d, const vta_cut *cuts, size_t n);

#endif
