/* anchor_match.h - which anchors of one side of a bead meet anchors of the
 * other, on the documents' anchors: the library's bead report. The search
 * applies the same rule to compiled anchors (anchor_score.h). */
#ifndef VL_ANCHOR_MATCH_H
#define VL_ANCHOR_MATCH_H

#include <stddef.h>
#include "anchors.h"
#include "doc.h"

/* Anchors considered per side of a bead; a longer sentence's rest is
 * ignored (this bounds the cost of a report). */
#define VL_VIEW_MAX 256

/* The anchors of one side of a bead, one entry per key. The keys of one
 * anchor (the renderings of a table phrase) stand or fall together: grp[]
 * gives each entry's group leader (the anchor's first key), gdone[]
 * whether a group was matched. */
typedef struct vl_anchor_view {
	const vl_anchor *a[VL_VIEW_MAX];
	uint64_t key[VL_VIEW_MAX];
	unsigned grp[VL_VIEW_MAX];
	unsigned sent[VL_VIEW_MAX]; /* sentence of the bead, from 0 */
	char used[VL_VIEW_MAX];
	char gdone[VL_VIEW_MAX];
	size_t n;
} vl_anchor_view;

/* Gathers the anchors of kinds `kinds` of sentences [i, i+n) of d (read
 * and kept with d: vl_doc_anchors()); VIETALIGN_ENOMEM when they cannot be
 * read. */
VL_HIDDEN int vl_view_gather(vl_anchor_view *v, const vietalign_doc *d, size_t i, int n, unsigned kinds);

/* Pairs anchors of v with equal keys in e, each at most once, a group at
 * most once; pair[x] receives the index in e matched with v's x, or -1. */
VL_HIDDEN void vl_view_match(vl_anchor_view *v, vl_anchor_view *e, short *pair);

#endif
