/* skeleton.h - points an alignment passes through with near certainty:
 * pairs of sentences sharing a key (a number, name or identifier) that
 * occurs as often in each document (once, or a few times: then the first
 * with the first, and so on), kept where they form a chain increasing on
 * both sides. Lengths say nothing of them, so they
 * hold the corridor to the text where a length-only coarse path drifts (a
 * long omission, which that path spreads over the whole text). */
#ifndef VL_SKELETON_H
#define VL_SKELETON_H

#include <stddef.h>
#include "corridor.h"
#include "anchor_pack.h"

typedef struct vl_point {
	size_t i, j; /* Vietnamese sentence i and English sentence j */
} vl_point;

/* The chain, in order (*out malloc()ed, NULL when empty), from the anchors
 * of the two documents. */
VL_HIDDEN int vl_skeleton(vl_point **out, size_t *n, const vl_anchor_pack *vi, const vl_anchor_pack *en);

/* Adds to c the cells of the paths between consecutive points of the
 * chain (and from the start, and to the end) that are diagonal but for one
 * run of omissions, widened by r; a stretch whose sides differ by more than
 * max_skew sentences is left out, and so is one whose two ends lie in held
 * (when not NULL: the corridor before the points, whose path already
 * passes by them there). Call vl_corridor_fix() after. */
VL_HIDDEN void vl_skeleton_cover(vl_corridor *c, const vl_point *p, size_t n, size_t r, size_t max_skew,
                                 const vl_corridor *held);

#endif
