/* doc.h - the document model (internal layout of vietalign_doc). */
#ifndef VL_DOC_H
#define VL_DOC_H

#include <stddef.h>
#include "error.h"

struct vl_anchor_set;

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
	struct vl_anchor_set *anchors; /* one per sentence (anchors.h) */
};

/* Makes the NFC, white-space-folded copy of text[0, len) (valid UTF-8):
 * runs of white space become one space, leading and trailing ones go.
 * *out is malloc()ed; *nchars receives its length in code points other
 * than spaces (Vietnamese writes a space between syllables, English between
 * words: counting them adds noise to the length model). */
VL_HIDDEN int vl_text_fold(char **out, size_t *out_len, size_t *nchars, const char *text, size_t len);

/* Checks text[0, len) is valid UTF-8 with no NUL byte; on failure sets err
 * with the byte offset of the first bad byte and returns VIETALIGN_EUTF8. */
VL_HIDDEN int vl_utf8_check(const char *text, size_t len, vl_error *err);

#endif
