/* doc.h - the document model (internal layout of vietalign_doc). */
#ifndef VL_DOC_H
#define VL_DOC_H

#include <stdatomic.h>
#include <stddef.h>
#include "error.h"

struct vl_anchor_set;
struct vl_lexicon;

typedef struct vl_sentence {
	size_t offset, length;               /* span in the input */
	size_t paragraph;
	size_t bullet_offset, bullet_length;
	char *text;                          /* NFC, white space folded */
	size_t text_length;                  /* bytes */
	size_t nchars;                       /* code points of text, spaces left out:
	                                        the length model's unit */
} vl_sentence;

struct vietalign_doc {
	vietalign_lang lang;
	char *input;                 /* copy of the input, NUL-terminated, while
	                                it is segmented; NULL after */
	size_t input_len;
	vl_sentence *sents;
	size_t nsents, sents_cap;
	vietalign_paragraph *paras;
	size_t nparas, paras_cap;
	/* what a sentence's anchors are read with: the creating aligner's
	 * kinds and tables (a reference, or NULL) */
	unsigned kinds;
	struct vl_lexicon *lex;
	/* each sentence's anchors once asked for (vl_doc_anchors()), NULL
	 * before: a document does not hold the anchors of every sentence, an
	 * alignment reads its own (vl_anchor_pack_read()) and lets them go */
	struct vl_anchor_set *_Atomic *anchors;
};

/* Makes the NFC, white-space-folded copy of text[0, len) (valid UTF-8):
 * runs of white space become one space, leading and trailing ones go.
 * *out is malloc()ed; *nchars receives its length in code points other
 * than spaces (Vietnamese writes a space between syllables, English between
 * words: counting them adds noise to the length model). */
VL_HIDDEN int vl_text_fold(char **out, size_t *out_len, size_t *nchars, const char *text, size_t len);

/* The anchors of sentence s of d (s < d->nsents), read on first use and
 * kept with d until it is freed; NULL when memory runs out. Any number of
 * threads may ask at once. */
VL_HIDDEN const struct vl_anchor_set *vl_doc_anchors(const vietalign_doc *d, size_t s);

/* Whether NFC leaves code point cp alone whatever surrounds it (so that
 * vl_text_fold() skips normalising a text made of such code points only). */
VL_HIDDEN int vl_nfc_inert(int32_t cp);

/* Checks text[0, len) is valid UTF-8 with no NUL byte; on failure sets err
 * with the byte offset of the first bad byte and returns VIETALIGN_EUTF8. */
VL_HIDDEN int vl_utf8_check(const char *text, size_t len, vl_error *err);

#endif
