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

typedef struct vl_anchor_pack {
	size_t n;                  /* sentences */
	vl_packed_sentence *sent;
	/* the storage: a block pair per share of sentences read together */
	size_t nblocks;
	vl_packed_anchor *ablock[VL_PARALLEL_MAX];
	uint64_t *kblock[VL_PARALLEL_MAX];
} vl_anchor_pack;

/* Reads the anchors of every sentence of d into *out, on up to `threads`
 * threads for a long document, without keeping them in d. On failure
 * sets err (and *out holds nothing to free). */
VL_HIDDEN int vl_anchor_pack_read(vl_anchor_pack *out, const vietalign_doc *d, unsigned threads, vl_error *err);
VL_HIDDEN void vl_anchor_pack_free(vl_anchor_pack *p);

#endif
