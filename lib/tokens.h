/* tokens.h - the words of a folded sentence: white-space separated chunks
 * trimmed of the punctuation around them ("(Nvidia's" gives "Nvidia"). */
#ifndef VL_TOKENS_H
#define VL_TOKENS_H

#include <stddef.h>
#include "error.h"

typedef struct vl_token {
	size_t offset, length;
} vl_token;

typedef struct vl_token_vec {
	vl_token *items;
	size_t count, cap;
} vl_token_vec;

/* Appends the tokens of text[0, len) (single spaces between chunks, as in a
 * folded sentence) to out. */
VL_HIDDEN int vl_tokens_split(vl_token_vec *out, const char *text, size_t len);
VL_HIDDEN void vl_token_vec_free(vl_token_vec *v);

#endif
