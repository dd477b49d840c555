/* text_store.c - the sentence texts of a segmented document, laid end to
 * end in large blocks: millions of small allocations would each cost the
 * allocator's header and rounding on top of the text. */
#include <stdlib.h>
#include <string.h>
#include "segment/segment.h"
#include "common/common.h"

/* Bytes of a block; a text longer than a sixteenth of it gets a block of
 * its own, so that a block's unused end stays small. */
#define BLOCK_BYTES ((size_t)1 << 20)

static int add_block(vta_text_store *st, size_t bytes)
{
	char *b;
	if (vta_grow((void **)&st->blocks, &st->cap, st->n + 1, sizeof *st->blocks) || !(b = malloc(bytes)))
		return VIETALIGN_ENOMEM;
	st->blocks[st->n++] = b;
	return 0;
}

char *vta_text_store_copy(vta_text_store *st, const char *s, size_t len)
{
	char *p;
	if (len + 1 > BLOCK_BYTES / 16) {
		if (add_block(st, len + 1))
			return NULL;
		p = st->blocks[st->n - 1]; /* the open block (st->at) stays open */
	} else {
		if (st->left < len + 1) {
			if (add_block(st, BLOCK_BYTES))
				return NULL;
			st->at = st->blocks[st->n - 1];
			st->left = BLOCK_BYTES;
		}
		p = st->at;
		st->at += len + 1;
		st->left -= len + 1;
	}
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

int vta_text_store_move(vta_text_store *to, vta_text_store *from)
{
	size_t k;
	if (vta_grow((void **)&to->blocks, &to->cap, to->n + from->n, sizeof *to->blocks))
		return VIETALIGN_ENOMEM;
	for (k = 0; k < from->n; k++)
		to->blocks[to->n++] = from->blocks[k];
	from->n = 0;
	vta_text_store_free(from);
	to->at = NULL; /* the joined store takes no more texts */
	to->left = 0;
	return 0;
}

void vta_text_store_free(vta_text_store *st)
{
	size_t k;
	for (k = 0; k < st->n; k++)
		free(st->blocks[k]);
	free(st->blocks);
	memset(st, 0, sizeof *st);
}
