/* anchor_pack.h - every sentence's anchors of a document as an alignment
 * needs them (kind, flags, keys; no span, no value), packed in a few large
 * blocks: read once per alignment, used for the weights, the sure points
 * and the tables, then freed, so that a long document's anchors take a
 * third of the memory they take as sets and give it all back. */
#ifndef VL_ANCHOR_PACK_H
#define VL_ANCHOR_PACK_H

#include <stddef.h>
#include <stdint.h>
#include "anchors.h"
#include "doc.h"
#include "parallel.h"

typedef struct vl_packed_anchor {
	uint8_t kind, flags;
	uint16_t nkeys;
} vl_packed_anchor;

/* One sentence's anchors, and their keys one anchor after another. */
typedef struct vl_packed_sentence {
	const vl_packed_anchor *a;
	const uint64_t *key;
	uint32_t n, nkeys;
} vl_packed_sentence;

/* Most blocks a pack is read into (a long document's anchors come in
 * blocks of a few thousand sentences, so that a reader going through them
 * in order can let each go when done: vl_anchor_pack_release()). */
#define VL_PACK_BLOCKS 64

typedef struct vl_anchor_pack {
	size_t n;                  /* sentences */
	vl_packed_sentence *sent;
	/* the storage: a block pair per run of sentences [first[b],
	 * first[b + 1]); a released block's pointers are NULL */
	size_t nblocks, released; /* blocks [0, released) are freed */
	size_t first[VL_PACK_BLOCKS + 1];
	vl_packed_anchor *ablock[VL_PACK_BLOCKS];
	uint64_t *kblock[VL_PACK_BLOCKS];
} vl_anchor_pack;

/* Reads the anchors of every sentence of d into *out, on up to `threads`
 * threads for a long document (in blocks of a few thousand sentences),
 * without keeping them in d. On failure sets err (and *out holds nothing
 * to free). */
VL_HIDDEN int vl_anchor_pack_read(vl_anchor_pack *out, const vietalign_doc *d, unsigned threads, vl_error *err);
VL_HIDDEN void vl_anchor_pack_free(vl_anchor_pack *p);

/* The same in blocks of about per_block sentences (at most VL_PACK_BLOCKS
 * of them; the threads read whole blocks): vl_anchor_pack_read() takes a
 * few thousand. */
VL_HIDDEN int vl_anchor_pack_read_blocks(vl_anchor_pack *out, const vietalign_doc *d, unsigned threads,
                                         size_t per_block, vl_error *err);

/* Frees the blocks whose sentences all lie before sentence s; those
 * sentences' anchors may no longer be read. */
VL_HIDDEN void vl_anchor_pack_release(vl_anchor_pack *p, size_t s);

#endif
