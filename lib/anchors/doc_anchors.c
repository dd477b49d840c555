/* doc_anchors.c - a sentence's anchors when asked for, kept with the
 * document (an alignment reads its own: anchor_pack.h). */
#include <stdlib.h>
#include "anchors/anchors.h"
#include "segment/segment.h"

/* Reads sentence s into out (empty), in memory of exactly its size. */
static int read_sentence(vta_anchor_set *out, const vietalign_doc *d, size_t s)
{
	const vta_sentence *t = &d->sents[s];
	vta_anchor_set work = {0};
	int rc = vta_anchors_extract(&work, t->text, t->text_length, d->lang, d->kinds, d->lex);
	if (!rc)
		rc = vta_anchor_set_copy(out, &work);
	vta_anchor_set_free(&work);
	return rc;
}

const vta_anchor_set *vta_doc_anchors(const vietalign_doc *d, size_t s)
{
	vta_anchor_set *set = atomic_load_explicit(&d->anchors[s], memory_order_acquire), *none = NULL;
	if (set)
		return set;
	if (!(set = calloc(1, sizeof *set)))
		return NULL;
	if (read_sentence(set, d, s)) {
		free(set);
		return NULL;
	}
	/* two threads may read the same sentence at once: the first to
	 * publish wins, the other drops its copy */
	if (!atomic_compare_exchange_strong_explicit(&d->anchors[s], &none, set, memory_order_acq_rel,
	                                             memory_order_acquire)) {
		vta_anchor_set_free(set);
		free(set);
		return none;
	}
	return set;
}
