/* shift.c - a pair between two omissions of one side, moved to close one
 * of the gaps. The search prices every omitted sentence alone, so two
 * omissions apart cost what a run of two costs; but a translator leaves
 * out a passage more often than two sentences around a kept one. When a
 * side has sentences a (omitted), b (paired with y), c (omitted), the
 * pairs a-y and c-y are weighed too, each leaving out a run of two; the
 * one of the three that costs least, counting VTA_PARAMS.shift_gap_bonus
 * off a single run, stays. The pair's terms are computed as widen.c
 * computes a wide bead's (its anchors: the search's term for b-y moved by
 * what the documents' anchors say of the change). One look per pair:
 * linear in the text. */
#include <math.h>
#include <stdlib.h>
#include "search/search.h"

/* The side a one-sided bead holds: 0 Vietnamese, 1 English, -1 neither. */
static int omitted_side(const vta_bead *b)
{
	if (b->vi_count == 1 && b->en_count == 0)
		return 0;
	if (b->vi_count == 0 && b->en_count == 1)
		return 1;
	return -1;
}

static int one_one(const vta_bead *b)
{
	return b->vi_count == 1 && b->en_count == 1;
}

/* The parts of a bead leaving out sentence x of side `side`. */
static void omission_parts(vta_bead_parts *p, const vta_refine_model *m, int side, size_t x, float posterior)
{
	double chars = vta_span_chars(side ? m->en : m->vi, x, 1);
	p->posterior = posterior;
	p->prior = (float)m->prior[side ? 2 : 1];
	p->length = (float)(side ? vta_refine_length_term(m, 0, chars) : vta_refine_length_term(m, chars, 0));
	p->anchors = 0;
	p->paragraph = 0;
	p->cut = 0;
}

/* The parts of the pair of Vietnamese sentence i and English j, its
 * anchor term the pair b's moved by the change the anchors see. */
static int pair_parts(vta_bead_parts *p, const vta_widen_model *w, size_t i, size_t j, const vta_bead_parts *bp,
                      double b_view, float posterior)
{
	const vta_refine_model *m = w->m;
	double view;
	if (vta_widen_view_cost(&view, w, i, 1, j, 1))
		return VIETALIGN_ENOMEM;
	p->posterior = posterior;
	p->prior = (float)m->prior[0];
	p->length =
		(float)vta_length_cost_tab(&m->lm, m->erfc, vta_span_chars(m->vi, i, 1), vta_span_chars(m->en, j, 1));
	p->paragraph = (float)vta_widen_paragraph_term(m, i, 1, j, 1);
	p->anchors = bp->anchors + (float)(view - b_view);
	p->cut = 0;
	return 0;
}

/* The three beads from k with the pair at p (0 first, 2 last) and its
 * parts *pp, the omissions holding the other two sentences of the side,
 * in order, with parts o[]; each with the score post. */
static void place(vta_bead out[3], vta_bead_parts parts[3], const vietalign_alignment *al, size_t k, int side, int p,
                  const vta_bead_parts *pp, const vta_bead_parts o[3], float post)
{
	const vta_bead *b = &al->beads[k];
	size_t first = side ? al->beads[k - 1].en_first : al->beads[k - 1].vi_first;
	size_t y = side ? b->vi_first : b->en_first;
	int q;
	for (q = 0; q < 3; q++) {
		/* the pair is b moved; an omission is the first one's shape */
		out[q] = q == p ? *b : al->beads[k - 1];
		parts[q] = q == p ? *pp : o[q];
		out[q].score = post;
		/* this side: the sentences in order; the other side: y before
		 * the pair and in it, y + 1 after */
		if (side) {
			out[q].en_first = first + (size_t)q;
			out[q].vi_first = q <= p ? y : y + 1;
		} else {
			out[q].vi_first = first + (size_t)q;
			out[q].en_first = q <= p ? y : y + 1;
		}
	}
}

/* The three beads from k (omission, pair, omission) as they best are:
 * *which receives 0 (as they are), 1 (the first omission paired) or 2
 * (the last paired), and out[] the three beads and parts then. */
static int weigh(int *which, vta_bead out[3], vta_bead_parts parts[3], const vta_widen_model *w,
                 const vietalign_alignment *al, size_t k, int side)
{
	const vta_refine_model *m = w->m;
	const vta_bead *b = &al->beads[k];
	const vta_bead_parts *bp = &al->parts[k];
	size_t a = side ? al->beads[k - 1].en_first : al->beads[k - 1].vi_first;
	size_t mid = side ? b->en_first : b->vi_first, c = side ? al->beads[k + 1].en_first : al->beads[k + 1].vi_first;
	size_t y = side ? b->vi_first : b->en_first; /* the pair's sentence on the other side */
	float post = bp->posterior;
	double now, best, b_view;
	vta_bead_parts o[3], alt[2];
	int t;
	*which = 0;
	for (t = -1; t <= 1; t += 2)
		if (al->parts[k + (size_t)t].posterior < post)
			post = al->parts[k + (size_t)t].posterior;
	omission_parts(&o[0], m, side, a, post);
	omission_parts(&o[1], m, side, mid, post);
	omission_parts(&o[2], m, side, c, post);
	now = vta_bead_parts_cost(&o[0]) + vta_bead_parts_cost(bp) + vta_bead_parts_cost(&o[2]);
	best = now;
	if (vta_widen_view_cost(&b_view, w, b->vi_first, 1, b->en_first, 1))
		return VIETALIGN_ENOMEM;
	for (t = 0; t < 2; t++) {
		size_t x = t ? c : a;
		double cost;
		if (pair_parts(&alt[t], w, side ? y : x, side ? x : y, bp, b_view, post))
			return VIETALIGN_ENOMEM;
		cost = vta_bead_parts_cost(&alt[t]) + vta_bead_parts_cost(&o[1]) + vta_bead_parts_cost(&o[t ? 0 : 2]) -
		       VTA_PARAMS.shift_gap_bonus;
		if (cost < best) {
			best = cost;
			*which = t + 1;
		}
	}
	if (*which)
		place(out, parts, al, k, side, *which == 1 ? 0 : 2, &alt[*which - 1], o, post);
	return 0;
}

int vta_shift(vietalign_alignment *al, const vta_refine_model *m, unsigned kinds, size_t *moved)
{
	vta_widen_model w;
	size_t k;
	int rc;
	*moved = 0;
	if (!al->parts || al->nbeads < 3)
		return 0;
	rc = vta_widen_model_open(&w, m, kinds);
	for (k = 1; !rc && k + 1 < al->nbeads; k++) {
		int side = omitted_side(&al->beads[k - 1]), which;
		vta_bead out[3];
		vta_bead_parts parts[3];
		size_t q;
		if (side < 0 || !one_one(&al->beads[k]) || omitted_side(&al->beads[k + 1]) != side)
			continue;
		rc = weigh(&which, out, parts, &w, al, k, side);
		if (rc || which == 0)
			continue;
		for (q = 0; q < 3; q++) {
			al->beads[k - 1 + q] = out[q];
			al->parts[k - 1 + q] = parts[q];
		}
		(*moved)++;
		k++; /* the next pair starts after these three */
	}
	vta_widen_model_close(&w);
	return rc;
}
