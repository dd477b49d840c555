/* anchor_match.c - matching the anchors of the two sides of a bead. */
#include <stdint.h>
#include <string.h>
#include "anchors/anchors.h"

int vta_view_gather(vta_anchor_view *v, const vietalign_doc *d, size_t i, int n, unsigned kinds)
{
	int k;
	size_t m, j;
	v->n = 0;
	for (k = 0; k < n; k++) {
		const vta_anchor_set *set = vta_doc_anchors(d, i + (size_t)k);
		if (!set)
			return VIETALIGN_ENOMEM;
		for (m = 0; m < set->count && v->n < VTA_VIEW_MAX; m++) {
			const vta_anchor *a = &set->items[m];
			unsigned leader = (unsigned)v->n;
			if (!(a->kind & kinds))
				continue;
			/* one entry per key; the first leads the anchor's group */
			for (j = 0; j < a->nkeys && v->n < VTA_VIEW_MAX; j++) {
				v->a[v->n] = a;
				v->key[v->n] = vta_anchor_key(set, a, j);
				v->grp[v->n] = leader;
				v->sent[v->n] = (unsigned)k;
				v->used[v->n] = 0;
				v->gdone[v->n] = 0;
				v->n++;
			}
		}
	}
	return 0;
}

/* The English side's anchors by key: an open-addressing table of heads of
 * chains through next[], so that matching costs O(v + e), not O(v e). */
#define HASH_SLOTS (2 * VTA_VIEW_MAX)

typedef struct {
	uint64_t key[HASH_SLOTS];
	short head[HASH_SLOTS];
	short next[VTA_VIEW_MAX];
} key_index;

static size_t slot_of_key(uint64_t key)
{
	return (size_t)(key * 0x9E3779B97F4A7C15ULL >> 54) & (HASH_SLOTS - 1);
}

static void index_build(key_index *ix, const vta_anchor_view *e)
{
	size_t y;
	memset(ix->head, -1, sizeof ix->head);
	for (y = e->n; y-- > 0;) {
		size_t h = slot_of_key(e->key[y]);
		while (ix->head[h] >= 0 && ix->key[h] != e->key[y])
			h = (h + 1) & (HASH_SLOTS - 1);
		ix->next[y] = ix->head[h];
		ix->key[h] = e->key[y];
		ix->head[h] = (short)y;
	}
}

/* The first English anchor with key that is still free, or -1. Anchors
 * taken leave their chain's head (all but the last, whose slot must stay
 * occupied for the probing of other keys), so that a key repeated n times
 * costs n steps in all, not n squared. */
static int index_find(key_index *ix, const vta_anchor_view *e, uint64_t key)
{
	size_t h = slot_of_key(key);
	int y;
	while (ix->head[h] >= 0 && ix->key[h] != key)
		h = (h + 1) & (HASH_SLOTS - 1);
	while (ix->head[h] >= 0 && e->used[ix->head[h]] && ix->next[ix->head[h]] >= 0)
		ix->head[h] = ix->next[ix->head[h]];
	for (y = ix->head[h]; y >= 0; y = ix->next[y])
		if (!e->used[y] && !e->gdone[e->grp[y]])
			return y;
	return -1;
}

void vta_view_match(vta_anchor_view *v, vta_anchor_view *e, short *pair)
{
	key_index ix;
	size_t x;
	index_build(&ix, e);
	for (x = 0; x < v->n; x++) {
		int y;
		pair[x] = -1;
		if (v->gdone[v->grp[x]] || (y = index_find(&ix, e, v->key[x])) < 0)
			continue;
		v->used[x] = e->used[y] = 1;
		v->gdone[v->grp[x]] = e->gdone[e->grp[y]] = 1;
		pair[x] = (short)y;
	}
}
