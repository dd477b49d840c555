/* score/score.h - the length model, the anchor score and the cost of a bead: the stage's contract (internal). */
#ifndef VTA_SCORE_H
#define VTA_SCORE_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include "common/common.h"
#include "segment/segment.h"
#include "anchors/anchors.h"

/* A bead as the search makes it and an alignment keeps it: the fields of
 * vietalign_bead, without the caller's version. */
typedef struct vta_bead {
	size_t vi_first, vi_count; /* Vietnamese sentences */
	size_t en_first, en_count; /* English sentences */
	double score;              /* confidence in [0, 1] */
} vta_bead;

/* ---- length_model ---- */
/* length_model.h - the Gale–Church length model on characters. */

typedef struct vta_length_model {
	double ratio;    /* expected Vietnamese length per English character */
	double variance; /* variance of the length difference per character */
} vta_length_model;

/* Characters of all sentences of a document (the model's unit). */
VTA_HIDDEN double vta_total_chars(const vietalign_doc *d);

/* Starts the model from the pair itself: the ratio is total Vietnamese
 * characters over total English characters (clamped to a sane range). */
VTA_HIDDEN void vta_length_model_init(vta_length_model *m, const vietalign_doc *vi, const vietalign_doc *en);

/* -log of the probability of a length difference at least as large as that
 * of lengths lv (Vietnamese) and le (English), both non-zero. */
VTA_HIDDEN double vta_length_cost(const vta_length_model *m, double lv, double le);

/* Re-estimates ratio and variance from pairs of lengths (lv[k], le[k]) of
 * beads believed right; keeps the old values when there are too few. */
VTA_HIDDEN void vta_length_model_refit(vta_length_model *m, const double *lv, const double *le, size_t n);

/* vta_length_model_refit() on the lengths of the 1-1 beads of path b (n
 * beads, in order or in reverse) that lie between two other 1-1 beads:
 * the beads most likely right. */
VTA_HIDDEN void vta_length_model_refit_path(vta_length_model *m, const vietalign_doc *vi, const vietalign_doc *en,
                                            const vta_bead *b, size_t n);

/* -log erfc(x) for x >= 0, accurate far into the tail. */
VTA_HIDDEN double vta_neg_log_erfc(double x);

/* vta_neg_log_erfc() tabulated for the search, which asks it millions of
 * times: linear interpolation on [0, 16) in steps of 1/256 (error below
 * 1e-5), the formula beyond. */
#define VTA_ERFC_STEPS 256
#define VTA_ERFC_MAX 16
typedef struct vta_erfc_table {
	double v[VTA_ERFC_MAX * VTA_ERFC_STEPS + 1];
} vta_erfc_table;

VTA_HIDDEN void vta_erfc_table_init(vta_erfc_table *t);

/* |delta| / sqrt(2) of Gale–Church: the length difference in standard
 * deviations, with `slack` added to the variance; what erfc is taken of.
 * Written with the ratio multiplied through: one square root and one
 * division, which the search's inner loop waits on. */
static inline double vta_erfc_arg(const vta_length_model *m, double lv, double le, double slack)
{
	double r = m->ratio, sum = lv + r * le; /* 2 r mean */
	double var = m->variance * r * (sum > 2.0 * r ? sum : 2.0 * r) * 0.5 + r * r * slack;
	double d = lv - r * le;
	return (d < 0 ? -d : d) * M_SQRT1_2 / sqrt(var);
}

/* vta_neg_log_erfc() through the table. */
static inline double vta_neg_log_erfc_tab(const vta_erfc_table *t, double x)
{
	double pos = x * VTA_ERFC_STEPS, f;
	int k;
	if (!(x < VTA_ERFC_MAX))
		return vta_neg_log_erfc(x);
	k = (int)pos;
	f = pos - (double)k;
	return t->v[k] + f * (t->v[k + 1] - t->v[k]);
}

/* vta_length_cost() with `slack` added to the variance of the difference,
 * through the table: for spans whose ends need not match exactly (merged
 * sentences). */
static inline double vta_length_cost_slack(const vta_length_model *m, const vta_erfc_table *t, double lv, double le,
                                           double slack)
{
	return vta_neg_log_erfc_tab(t, vta_erfc_arg(m, lv, le, slack));
}

/* vta_length_cost() through the table. */
static inline double vta_length_cost_tab(const vta_length_model *m, const vta_erfc_table *t, double lv, double le)
{
	return vta_length_cost_slack(m, t, lv, le, 0.0);
}

/* ---- anchor_score ---- */
/* An anchor's classes by kind (and flags): what a shared one earns,
 * VTA_PARAMS.match_gain[gain class], and what one without counterpart
 * costs per unit of weight, VTA_PARAMS.miss_per_weight[miss class] (0
 * for what proves nothing when missing). */
VTA_HIDDEN unsigned vta_anchor_gain_class(unsigned kind);
VTA_HIDDEN unsigned vta_anchor_miss_class(unsigned kind, unsigned flags);

/* anchor_score.h - the anchor term of a bead's cost, computed fast.
 *
 * Each side's anchors are compiled once per alignment into flat arrays: one
 * entry per key (the keys of one anchor, a table phrase's renderings, form
 * a group), keys sorted within each sentence, so that the anchors two
 * sentences share are found by one merge ("candidates"); keys the other
 * document lacks are left out. A bead's cost is the sum of its sentences'
 * miss costs (precomputed) less what its matches earn; the matches are
 * chosen by the same rule as vta_view_match() (Vietnamese entries in
 * document order each take the first free English entry with their key, a
 * group at most once), run over the candidates only. */

/* Anchor keys of one sentence that take part in scoring, at most this
 * many (the first, in document order): the evidence a sentence brings to
 * a bead is bounded, so that what a bead costs is too. Real sentences
 * hold at most about 250 (the longest of the shared sets and the corpus
 * pair); more would change no decision, and every one of these 1,024 can
 * find its counterpart among a pair's candidates (VTA_PAIR_CANDS_MAX):
 * evidence counted against a bead when unmatched must be evidence the
 * bead can earn back when matched. */
#define VTA_SENT_ANCHORS_MAX 1024

/* A ranked anchor's leader, classes and weight in one 32-bit word (a long
 * pair's tables hold tens of millions of them): the leader's rank in the
 * low VTA_RANK_LEADER_BITS (ranks lie below VTA_SENT_ANCHORS_MAX), the
 * classes in the next VTA_RANK_CLS_BITS, the index of the weight among the
 * table's distinct weights above (a weight is the IDF of a key's count,
 * so a pair holds a few thousand distinct ones). */
#define VTA_RANK_LEADER_BITS 10
#define VTA_RANK_CLS_BITS 5
#define VTA_RANK_WEIGHTS_MAX ((size_t)1 << (32 - VTA_RANK_LEADER_BITS - VTA_RANK_CLS_BITS))

typedef struct vta_anchor_table {
	size_t n; /* sentences */
	/* keys that can be matched (the other document has them), sorted by
	 * key within each sentence: sentence s holds [start[s], start[s+1]);
	 * offsets in 32 bits (vta_anchor_table_build() refuses more) */
	uint32_t *start;
	uint32_t *key; /* the anchors' keys, in 32 bits */
	uint16_t *pos; /* each key's anchor: its rank below */
	/* the anchors that can be matched and the leaders of their groups, in
	 * document order: sentence s holds [rstart[s], rstart[s+1]), indexed
	 * by rank */
	uint32_t *rstart;
	uint32_t *rank; /* each one's leader (the rank of the anchor leading
	                     its group), classes of what a match earns and of
	                     what the group costs unmatched, per unit of weight
	                     (leaders only; see anchor_score.c), and weight:
	                     VTA_RANK_* above */
	float *weight;  /* the distinct IDF weights, as rank[] indexes them */
	double *msum;   /* per sentence: sum of all its groups' miss costs */
} vta_anchor_table;

/* Compiles the anchors of kinds `kinds` of a document (p), weighted by idf
 * (which also tells which keys the other document has). Releases p's
 * blocks as it goes (vta_anchor_pack_release()): on return p's anchors are
 * gone, whatever it returns; free p itself with vta_anchor_pack_free().
 * VIETALIGN_ERROR when the anchors would not fit the table's 32-bit
 * fields (more than 4,294,967,295 entries, or VTA_RANK_WEIGHTS_MAX
 * distinct weights: far beyond any real pair). */
VTA_HIDDEN int vta_anchor_table_build(vta_anchor_table *t, vta_anchor_pack *p, const vta_idf *idf, unsigned kinds);
VTA_HIDDEN void vta_anchor_table_free(vta_anchor_table *t);

/* A pair of anchors with equal keys, one in a Vietnamese sentence and one
 * in an English one: their ranks in document order (px, py), their
 * groups' leaders (lv, le, ranks too) and what matching them earns (the
 * gain and the two groups' miss costs; a pair weighs in up to nine beads,
 * so it is worked out once). */
typedef struct vta_cand {
	uint16_t px, py, lv, le;
	float value;
} vta_cand;

typedef struct vta_cand_vec {
	vta_cand *items;
	size_t count, cap;
} vta_cand_vec;

/* A sentence pair keeps every candidate while they are at most
 * VTA_PAIR_CANDS_ALL (real text: always). Beyond, a key repeated on both
 * sides would make the square of its repeats; each Vietnamese entry then
 * keeps only the English entries of its key whose occurrence index (among
 * that key's entries in its sentence) lies within VTA_PAIR_CANDS_NEAR of
 * its own, the ones the matching takes (occurrence k of a key takes
 * occurrence k on the other side when the earlier ones are matched): at
 * most 2 VTA_PAIR_CANDS_NEAR + 1 per entry, so VTA_PAIR_CANDS_MAX per
 * pair, which is also what a bead weighs. */
#define VTA_PAIR_CANDS_ALL 512
#define VTA_PAIR_CANDS_NEAR 1
#define VTA_PAIR_CANDS_MAX ((2 * VTA_PAIR_CANDS_NEAR + 1) * VTA_SENT_ANCHORS_MAX)

/* Appends the candidates of Vietnamese sentence a and English sentence b to
 * out, in document order of px, then of py: all of them, or those near the
 * diagonal of each key when there are more than VTA_PAIR_CANDS_ALL. */
VTA_HIDDEN int vta_anchor_candidates(vta_cand_vec *out, const vta_anchor_table *v, size_t a, const vta_anchor_table *e,
                                     size_t b);

/* One Vietnamese sentence's keys in a hash table, to find the candidates
 * of its pairs with the English sentences of a row by looking each English
 * key up (a row pairs it with a dozen or more). */
typedef struct vta_key_probe {
	const vta_anchor_table *v;
	size_t sentence;
	uint32_t mask;
	uint32_t key[2 * VTA_SENT_ANCHORS_MAX];
	uint16_t at[2 * VTA_SENT_ANCHORS_MAX]; /* 1 + the key's first entry in
	                                          the sentence; 0: empty slot */
} vta_key_probe;

/* Loads Vietnamese sentence a of v into pr. */
VTA_HIDDEN void vta_key_probe_set(vta_key_probe *pr, const vta_anchor_table *v, size_t a);

/* As vta_anchor_candidates() for pr's sentence and English sentence b:
 * the same candidates in the same order. */
VTA_HIDDEN int vta_anchor_candidates_probe(vta_cand_vec *out, const vta_key_probe *pr, const vta_anchor_table *e,
                                           size_t b);

/* Flags of the matching: which groups and English anchors (by rank) are
 * taken, per sentence of a bead; a flag is set when it holds the mark of
 * the bead being matched (each call takes a new one). Allocate zeroed
 * (calloc) and reuse. */
typedef struct vta_match_marks {
	uint16_t vgroup[3][VTA_SENT_ANCHORS_MAX];
	uint16_t egroup[3][VTA_SENT_ANCHORS_MAX];
	uint16_t eused[3][VTA_SENT_ANCHORS_MAX];
	uint16_t mark; /* the last bead's */
} vta_match_marks;

/* What the matches of one sentence pair earn when the pair is matched
 * alone, and which groups (a bit per group: its rank modulo 64) its
 * matches take on each side. When no two pairs of a bead take a group in
 * common (in one Vietnamese sentence, or in one English one), the bead
 * earns the sum of its pairs' gains (see anchor_score.c). */
typedef struct vta_pair_gain {
	double gain;
	uint64_t vtaken, etaken;
} vta_pair_gain;

/* The candidates of the sentence pairs of a bead of dv Vietnamese and de
 * English sentences, counted from its end (as a search reaches them from
 * the cell where the bead ends, shared by the beads that end there):
 * list[a][b] (with count n[a][b]) for Vietnamese sentence i+dv-1-a and
 * English sentence j+de-1-b; with gain[a][b] all non-NULL, each pair's
 * gain (vta_pair_gain_of()). */
typedef struct vta_bead_cands {
	const vta_cand *list[3][3];
	size_t n[3][3];
	const vta_pair_gain *gain[3][3];
	vta_match_marks *marks;
} vta_bead_cands;

/* The gain of a sentence pair from its n candidates c (as
 * vta_anchor_candidates() made them); mk: the caller's marks (above). */
VTA_HIDDEN void vta_pair_gain_of(vta_pair_gain *g, const vta_cand *c, size_t n, vta_match_marks *mk);

/* Anchor cost (before scaling) of the bead of Vietnamese sentences
 * [i, i+dv) and English [j, j+de), both non-empty, dv and de at most 3:
 * the sum of its pairs' gains where they cannot interfere, else every
 * candidate matched anew; plus bare for each sentence of a merging side
 * that has anchors and matches none (VTA_PARAMS.merge_bare). */
VTA_HIDDEN double vta_anchor_bead_cost(const vta_anchor_table *v, const vta_anchor_table *e, size_t i, int dv, size_t j,
                                       int de, const vta_bead_cands *c, double bare);

/* ---- score ---- */
/* score.h - the cost of a bead: length model, bead-type prior, anchors and
 * paragraph boundaries, each a separate term. Lower is better. */

/* The bead shapes the search considers (Vietnamese, English sentences). */
typedef struct vta_bead_shape {
	int dv, de;
} vta_bead_shape;

#define VTA_NSHAPES 8
/* vta_shapes' initializer, and each shape's slot (vta_shape_slot()): also
 * for code that wants them known when it is compiled (the sweeps unroll
 * their loops over the shapes with them). */
/* clang-format off */
#define VTA_SHAPES_INIT {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}
#define VTA_SHAPE_SLOTS_INIT {0, -1, -1, 1, 2, 3, 4, 5}
/* clang-format on */
/* Shapes beyond them that a pass after the search makes (search/widen.c). */
#define VTA_WIDE_SHAPES 4
VTA_HIDDEN extern const vta_bead_shape vta_shapes[VTA_NSHAPES];

/* The index in vta_shapes of the shape of dv and de sentences, or
 * VTA_NSHAPES for one the search never makes. */
VTA_HIDDEN int vta_shape_index(size_t dv, size_t de);

/* The shapes with sentences on both sides, whose costs a search stores per
 * cell; an omission's cost depends on its one sentence only, and is stored
 * per sentence (vta_scorer.omit_vi, omit_en). */
#define VTA_NBOTH 6
/* Shape k's place among those, or -1 for an omission. */
VTA_HIDDEN int vta_shape_slot(int k);

/* ---- calibration features ---- */
/* What a two-sided bead's calibrated score is computed from (search/calibrate.c;
 * the coefficient of each is VTA_PARAMS.calibration[feature]). */
typedef enum {
	VTA_FEAT_POSTERIOR,  /* logit of the posterior, capped */
	VTA_FEAT_ANCHORS,    /* the anchor term, clamped */
	VTA_FEAT_LENGTH,     /* the length term, clamped */
	VTA_FEAT_MERGE,      /* 1 for a shape other than 1-1 */
	VTA_FEAT_OMISSION,   /* 1 next to a one-sided bead */
	VTA_FEAT_NEIGHBOURS, /* logit of the lower posterior of the two-sided
	                        beads beside it (its own when none), capped */
	VTA_FEAT_CHARS,      /* log(1 + characters of both sides) */
	VTA_FEAT_BOUNDARY,   /* of the bead's four ends (start and end, each
	                        side), those inside a paragraph after a
	                        sentence that ends without . ? ! (a colon, a
	                        heading run into the next line) */
	VTA_FEAT_PARALLEL,   /* the document pair's parallelism */
	VTA_FEAT_MERGE_NEAR, /* beads other than 1-1 among the two before and
	                        the two after it (at most 2): a sentence split
	                        differently on each side nearby */
	VTA_FEAT_DOC_MERGE,  /* the share of the pair's two-sided beads that
	                        are not 1-1: how far the two segmentations
	                        agree */
	VTA_FEAT_PARA_ENDS,  /* of the bead's four ends, those at a paragraph
	                        boundary (or a document's end) */
	VTA_FEAT_CUT,        /* 1 for a piece of a search bead cut at soft
	                        boundaries (search/refine.c) */
	VTA_NFEATS
} vta_feature;

/* Feature k's name (feature_names.c), static: "posterior", "length" … as
 * JSON Lines' explain and vietalign_score_feature.name give it; NULL out
 * of range. */
VTA_HIDDEN const char *vta_feature_name(int k);

/* ---- params ---- */
/* The model's tuning constants: every number that changes what an
 * alignment is (priors, gains, costs, thresholds, margins), with its
 * meaning and how it was chosen in params.c. Constants of speed and memory
 * alone (thread and chunk sizes, when freed memory is given back) stay
 * beside their code: they never change the output. The options' defaults
 * are VIETALIGN_OPTIONS_INIT (include/vietalign.h); the language
 * identifier's thresholds live in the text stage, below this one
 * (VTA_LANGID_PARAMS, text.h), and `langid` points there. */
typedef struct vta_params {
	/* bead score (score.c) */
	double shape_prior[VTA_NSHAPES]; /* prior of each of vta_shapes; the
	                                    omissions' come from the options */
	double wide_prior[4];            /* prior of the wide shapes 1-4, 4-1,
	                                    2-3, 3-2 (search/widen.c) */
	double wide_anchor_weight;       /* the anchors' change there, per
	                                    anchor (the IDF weights are gone) */
	double wide_margin;              /* a wide bead replaces a run costing
	                                    more than it by this */
	double wide_anchor_reach;        /* its anchors are read when the other
	                                    terms fall short by this at most */
	double para_start_share;         /* a bead that starts a paragraph on
	                                    one side only costs this share of
	                                    the paragraph weight */
	double shift_gap_bonus;          /* a second gap's cost beyond one run
	                                    of two omissions (search/shift.c) */
	/* anchor score (anchor_score.c), per unit of IDF weight */
	float match_gain[4];      /* a shared anchor earns: strong, punctuation,
	                             table word, learned word */
	float miss_per_weight[5]; /* an anchor without counterpart costs: weak
	                             word, number, punctuation or identifier,
	                             table word, name */
	float merge_bare;         /* a sentence a bead merges with others
	                             that has anchors yet matches none */
	/* the learned word table (anchors/learned.c) and its second pass
	 * (align.c) */
	vta_learn_params learn;
	double learn_confidence;      /* 1-1 beads scored this or more teach */
	double learn_unsure_max;      /* no second pass when at most this share
	                               of the two-sided beads scores below
	                               learn_confidence */
	size_t learn_min_pairs;       /* fewer such beads: no table */
	size_t learn_pairs_max;       /* at most this many, evenly spread */
	size_t learn_max_sentences;   /* longer pairs (both sides) align once */
	size_t learn_batch_pairs_max; /* a learner (many pairs) holds at most */
	size_t refine_parallel_min;   /* beads from which refine.c runs on threads */
	/* length model (length_model.c) */
	double default_ratio;              /* vi/en characters when a side is empty */
	double default_variance;           /* Gale–Church variance before the refit */
	double min_ratio, max_ratio;       /* clamp of the pair's own ratio */
	double min_variance, max_variance; /* clamp of the refitted variance */
	size_t refit_min_beads;            /* fewer beads: the refit keeps the model */
	/* coarse levels and the corridor (coarse.c) */
	double coarse_omit_extra;   /* a merged unit left out costs, per average
	                             sentence, its prior plus this */
	double coarse_slack;        /* a unit pair's length slack, in squared
	                             average sentence lengths of both sides */
	size_t coarse_path_width;   /* columns of a coarse path projected onto
	                             the level below */
	size_t full_lattice_cells;  /* AUTO searches the whole lattice up to
	                               this many cells */
	size_t sure_repeat_max;     /* a key found as often on each side, up to
	                               this count, gives sure points */
	size_t skeleton_skew_max;   /* longest omission, in sentences, between
	                               sure points that the corridor holds */
	size_t skeleton_growth_max; /* the sure points' stretches may multiply
	                               the corridor's cells by this at most */
	size_t skeleton_block;      /* keys are also paired within blocks of
	                               this many sentences */
	/* repairs (repair.c) */
	size_t repair_pad;                /* rows of fixed path kept around a stretch */
	size_t repair_hit_rows;           /* rows widened above and below a hit */
	size_t repair_widen_first;        /* first widening, in columns (then doubled) */
	size_t repair_rounds;             /* widenings of one stretch at most */
	size_t repair_cells_per_sentence; /* the windows search at most this
	                                     many cells per sentence (both
	                                     sides) in all */
	/* soft boundaries (search/refine.c), per vta_soft_kind: cutting a
	 * sentence there, and leaving it uncut inside a bead's piece */
	double soft_cut[VTA_SOFT_KINDS];
	double soft_merge[VTA_SOFT_KINDS];
	double refine_key_gain; /* a number, name or identifier two pieces
	                           share earns this */
	/* posteriors (search.c) */
	double posterior_cutoff; /* terms below e^-cutoff of the largest are
	                               left out of a log-sum (at most 700:
	                               vta_exp_near()'s range) */
	/* the verdict on a document pair (api/evidence.c) */
	size_t null_shifts;          /* the null model pairs a bead's Vietnamese
	                              with the English of the next this many */
	size_t evidence_beads_max;   /* beads looked at, evenly spread */
	double full_agreement;       /* anchor agreement beyond chance that
	                              earns a document full weight */
	size_t full_agreement_beads; /* beyond this many beads the agreement
	                                that earns full weight falls with the
	                                square root of their count */
	double full_agreement_min;   /* down to this */
	size_t null_min_beads;       /* fewer two-sided beads: no null model */
	double short_chance;         /* then chance is this agreement */
	double short_full;           /* and full weight this far above it */
	/* the pairs' own evidence, which a document whose anchors say too
	 * little may pass on (api/evidence.c) */
	double pairs_confident;    /* a bead scored this or more is confident */
	size_t pairs_min_beads;    /* at least this many two-sided beads */
	double pairs_ratio_sd_max; /* their log length ratios vary this much
	                              at most (standard deviation) */
	/* translation QA (api/check_pairs.c): a sentence alone whose words
	 * the pair next to it translates, by words that pair's own side
	 * leaves unmatched, is that pair's, no omission */
	size_t glued_min_words;    /* at least this many of its word groups */
	double glued_share;        /* and this share of them anywhere in the
	                               pair's other side */
	double glued_share_beyond; /* or this share lying past all the
	                               pair's own side matched, where a
	                               sentence joined to it would be */
	/* the other thresholds of translation QA (api/check_*.c) */
	double check_fit_gain_paragraph;    /* a sentence alone fits the pair
	                                       beside it in its paragraph when
	                                       the log length ratio gains this */
	double check_fit_gain_across;       /* the same across paragraphs */
	double check_loose_log_ratio;       /* runs alone on each side, side by
	                                       side, within this log ratio of
	                                       lengths translate each other */
	double check_default_ratio;         /* vi/en bytes without a 1-1 pair */
	size_t check_length_min_bytes;      /* shorter pairs (both sides) get no
	                                       length finding */
	double check_length_low;            /* a pair's vi/en ratio, over the */
	double check_length_high;           /* document's, outside these */
	size_t check_few_words;             /* a run alone of at most this many
	                                       words inside a paragraph is a note */
	size_t check_repeat_min_words;      /* a sentence whose words, this many
	                                       or more, all repeat its neighbour */
	size_t check_prose_known_words;     /* English prose left untranslated:
	                                       this many English table words */
	size_t check_copy_known_words;      /* a copy of the English: this many */
	double check_known_share;           /* and this share of its words */
	size_t check_name_edits_max;        /* a name misspelt: this many edits */
	size_t check_name_letters_per_edit; /* each for this many letters */
	size_t check_consistency_min_bytes; /* shorter English sentences are
	                                       not checked for consistency */
	/* calibrated bead scores (search/calibrate.c) */
	double calibration[VTA_NFEATS + 1]; /* coefficient of each feature,
	                                       then the intercept */
	double calibration_clamp;           /* cost terms clamped to +-this */
	double calibration_logit_max;       /* posteriors' logits capped here */
	/* language identification: the text stage's table */
	const vta_langid_params *langid;
	/* the options' defaults: VIETALIGN_OPTIONS_INIT */
	vietalign_options options;
} vta_params;

VTA_HIDDEN extern const vta_params VTA_PARAMS;

/* A pair of fewer sentences (both sides) is aligned on one thread,
 * whatever the options allow: it takes a few milliseconds, less than the
 * threads' start, and an aligner of a batch's worker, whose other
 * workers keep the cores busy, then starts none. Speed alone: the output
 * is the same on any number of threads. */
#define VTA_THREADED_SENTENCES 4096

typedef struct vta_scorer {
	const vietalign_doc *vi, *en;
	vta_length_model lm;
	const vta_erfc_table *erfc; /* for the length cost (the aligner's) */
	double prior[VTA_NSHAPES];  /* -log prior of each shape */
	double mean_vi, mean_en;    /* average sentence length in characters: a
	                              skipped sentence costs its length in these */
	double para_cross;          /* one side crosses a paragraph boundary */
	double para_start;          /* a bead starts a paragraph on one side only */
	double anchor_scale;
	double merge_bare;       /* VTA_PARAMS.merge_bare, or 0 where sentences stay
	                     whole (see set_priors()) */
	unsigned anchors;        /* VIETALIGN_ANCHOR_* in use */
	unsigned threads;        /* threads computing bead costs */
	int give_back;           /* hand free pages back (options'
	                              give_back_memory) */
	vta_anchor_table tv, te; /* each side's anchors, compiled */
	/* each side's sentences, packed for the length and paragraph terms
	 * (read for every bead): cum[i] = characters of sentences [0, i);
	 * paragraph numbers in 32 bits, as the sentences hold them */
	double *cum_vi, *cum_en;
	uint32_t *para_vi, *para_en;
	uint32_t *hash_vi, *hash_en; /* each sentence's text, hashed (equal
	                                texts are then compared) */
	/* what leaving out each sentence costs (the 1-0 and 0-1 beads) */
	float *omit_vi, *omit_en;
	vta_progress *progress;       /* the alignment's, or NULL: the search
	                              tells it its cells and may be canceled */
	vietalign_align_stats *stats; /* the alignment's figures, or NULL */
} vta_scorer;

/* Prepares a scorer for the pair with the aligner's options and tables
 * (lex, or NULL when its anchors need none): the anchors are read with
 * these, whichever aligner made the documents. erfc is read, never
 * written, and must outlive the scorer. */
VTA_HIDDEN int vta_scorer_init(vta_scorer *s, const vietalign_options *opts, const struct vta_lexicon *lex,
                               const vta_erfc_table *erfc, const vietalign_doc *vi, const vietalign_doc *en,
                               vta_error *err);

/* The same in two steps, so that a caller can do other work while the
 * anchor tables (the longest part) are compiled: vta_scorer_begin()
 * prepares all but the tables, whose anchors it leaves in packs;
 * vta_scorer_compile() writes only s->tv and s->te (other fields may be
 * read meanwhile) and frees the packs, whatever it returns. On failure of
 * either, free the scorer with vta_scorer_free() (begin does it itself). */
/* pg (or NULL) is told the sentences whose anchors are read (a phase the
 * caller starts) and kept in s->progress. */
VTA_HIDDEN int vta_scorer_begin(vta_scorer *s, vta_anchor_pack packs[2], const vietalign_options *opts,
                                const struct vta_lexicon *lex, const vta_erfc_table *erfc, vta_progress *pg,
                                const vietalign_doc *vi, const vietalign_doc *en, vta_error *err);
VTA_HIDDEN int vta_scorer_compile(vta_scorer *s, vta_anchor_pack packs[2]);
VTA_HIDDEN void vta_scorer_free(vta_scorer *s);

/* Frees the anchor tables alone, once no bead cost is to be computed any
 * more (the largest part of a scorer: on a long pair, hundreds of MB),
 * and gives their pages back (vta_scorer_give_back()). */
VTA_HIDDEN void vta_scorer_drop_anchors(vta_scorer *s);

/* vta_give_back() when the options ask for it and the pair is long
 * enough for its walk of the heaps. */
VTA_HIDDEN void vta_scorer_give_back(const vta_scorer *s);

/* Cost of the bead holding Vietnamese sentences [i, i+dv) and English
 * sentences [j, j+de), shape index k, given the anchor candidates of its
 * sentence pairs (c may be NULL for a bead without both sides, or when
 * the scorer uses no anchors). */
VTA_HIDDEN double vta_bead_cost(const vta_scorer *s, size_t i, size_t j, int k, const vta_bead_cands *c);

/* The same without the anchor term (prior, length, paragraphs): what the
 * corridor's path of sentences is found by. */
VTA_HIDDEN double vta_bead_cost_without_anchors(const vta_scorer *s, size_t i, size_t j, int k);

/* Whether Vietnamese sentence i and English sentence j are the same text
 * (numbers, links, code left untranslated): a 1-1 bead of such a pair
 * has no length cost, whatever the translator's ratio. */
VTA_HIDDEN int vta_scorer_same_text(const vta_scorer *s, size_t i, size_t j);

/* Its parts, for tests and reports. */
VTA_HIDDEN double vta_bead_length_cost(const vta_scorer *s, size_t i, size_t j, int dv, int de);
/* The same under another length model. */
VTA_HIDDEN double vta_bead_length_cost_lm(const vta_scorer *s, const vta_length_model *lm, size_t i, size_t j, int dv,
                                          int de);
VTA_HIDDEN double vta_bead_anchor_cost(const vta_scorer *s, size_t i, size_t j, int dv, int de,
                                       const vta_bead_cands *c);
VTA_HIDDEN double vta_bead_paragraph_cost(const vta_scorer *s, size_t i, size_t j, int dv, int de);

/* The paragraph term from where a bead lies: cv and ce, whether each side
 * crosses a paragraph boundary; starts_differ, whether it has both sides
 * and starts a paragraph on one only. The search's (above) and the
 * passes after it (search/widen.c) weigh beads with this one rule. */
static inline double vta_paragraph_term(double cross, double start, int cv, int ce, int starts_differ)
{
	double c = cv != ce ? cross : cv ? start : 0; /* both sides cross: rarer than staying inside */
	return starts_differ ? c + start : c;
}

#endif
