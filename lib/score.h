/* score.h - the cost of a bead: length model, bead-type prior, anchors and
 * paragraph boundaries, each a separate term. Lower is better. */
#ifndef VL_SCORE_H
#define VL_SCORE_H

#include <stddef.h>
#include "anchor_score.h"
#include "doc.h"
#include "length_model.h"

/* The bead shapes the search considers (Vietnamese, English sentences). */
typedef struct vl_bead_shape {
	int dv, de;
} vl_bead_shape;

#define VL_NSHAPES 8
VL_HIDDEN extern const vl_bead_shape vl_shapes[VL_NSHAPES];

/* The shapes with sentences on both sides, whose costs a search stores per
 * cell; an omission's cost depends on its one sentence only, and is stored
 * per sentence (vl_scorer.omit_vi, omit_en). */
#define VL_NBOTH 6
/* Shape k's place among those, or -1 for an omission. */
VL_HIDDEN int vl_shape_slot(int k);

typedef struct vl_scorer {
	const vietalign_doc *vi, *en;
	vl_length_model lm;
	const vl_erfc_table *erfc; /* for the length cost (the aligner's) */
	double prior[VL_NSHAPES];  /* -log prior of each shape */
	double mean_vi, mean_en;   /* average sentence length in characters: a
	                              skipped sentence costs its length in these */
	double para_cross;         /* one side crosses a paragraph boundary */
	double para_start;         /* a bead starts a paragraph on one side only */
	double anchor_scale;
	unsigned anchors;          /* VIETALIGN_ANCHOR_* in use */
	unsigned threads;          /* threads computing bead costs */
	vl_anchor_table tv, te;    /* each side's anchors, compiled */
	/* the sure points of the pair (skeleton.h), for the corridor */
	struct vl_point *sure;
	size_t nsure;
	/* each side's sentences, packed for the length and paragraph terms
	 * (read for every bead): cum[i] = characters of sentences [0, i) */
	double *cum_vi, *cum_en;
	size_t *para_vi, *para_en;
	const struct vl_prev_costs *prev; /* costs of an earlier search, or NULL */
	/* what leaving out each sentence costs (the 1-0 and 0-1 beads) */
	float *omit_vi, *omit_en;
} vl_scorer;

/* Prepares a scorer for the pair with the aligner's options; erfc is
 * read, never written, and must outlive the scorer. */
VL_HIDDEN int vl_scorer_init(vl_scorer *s, const vietalign_options *opts, const vl_erfc_table *erfc,
                             const vietalign_doc *vi, const vietalign_doc *en, vl_error *err);

/* The same in two steps, so that a caller can do other work while the
 * anchor tables (the longest part) are compiled: vl_scorer_begin()
 * prepares all but the tables, whose anchors it leaves in packs;
 * vl_scorer_compile() writes only s->tv and s->te (other fields may be
 * read meanwhile) and frees the packs, whatever it returns. On failure of
 * either, free the scorer with vl_scorer_free() (begin does it itself). */
VL_HIDDEN int vl_scorer_begin(vl_scorer *s, vl_anchor_pack packs[2], const vietalign_options *opts,
                              const vl_erfc_table *erfc, const vietalign_doc *vi, const vietalign_doc *en,
                              vl_error *err);
VL_HIDDEN int vl_scorer_compile(vl_scorer *s, vl_anchor_pack packs[2]);
VL_HIDDEN void vl_scorer_free(vl_scorer *s);

/* Frees the anchor tables alone, once no bead cost is to be computed any
 * more (the largest part of a scorer: on a long pair, hundreds of MB),
 * and gives their pages back (vl_scorer_give_back()). */
VL_HIDDEN void vl_scorer_drop_anchors(vl_scorer *s);

/* vl_give_back() when the pair is long enough for its walk of the heaps. */
VL_HIDDEN void vl_scorer_give_back(const vl_scorer *s);


/* Cost of the bead holding Vietnamese sentences [i, i+dv) and English
 * sentences [j, j+de), shape index k, given the anchor candidates of its
 * sentence pairs (c may be NULL for a bead without both sides, or when
 * the scorer uses no anchors). */
VL_HIDDEN double vl_bead_cost(const vl_scorer *s, size_t i, size_t j, int k, const vl_bead_cands *c);

/* The same without the anchor term (prior, length, paragraphs): what the
 * corridor's path of sentences is found by. */
VL_HIDDEN double vl_bead_cost_without_anchors(const vl_scorer *s, size_t i, size_t j, int k);

/* Its parts, for tests and reports. */
VL_HIDDEN double vl_bead_length_cost(const vl_scorer *s, size_t i, size_t j, int dv, int de);
/* The same under another length model. */
VL_HIDDEN double vl_bead_length_cost_lm(const vl_scorer *s, const vl_length_model *lm, size_t i, size_t j, int dv,
                                        int de);
VL_HIDDEN double vl_bead_anchor_cost(const vl_scorer *s, size_t i, size_t j, int dv, int de, const vl_bead_cands *c);
VL_HIDDEN double vl_bead_paragraph_cost(const vl_scorer *s, size_t i, size_t j, int dv, int de);

#endif
