/* api/api.h - the aligner handle behind the vietalign_* entry points: the stage's contract (internal). */
#ifndef VTA_API_H
#define VTA_API_H

#include "common/common.h"
#include "score/score.h"
#include "anchors/anchors.h"

/* ---- aligner ---- */
/* The aligner handle (internal layout): what every entry point works
 * with. Lower stages never see it: they get its options, tables and
 * error one by one. */
struct vta_lexicon;
struct vta_langid;

struct vietalign_aligner {
	vietalign_options opts;
	vta_error err;
	struct vta_lexicon *lex;                 /* the bilingual tables, when anchors use them */
	vta_dict_buf user;                       /* users' dictionary entries, as table lines */
	vta_erfc_table erfc;                     /* for the length cost, made once per aligner */
	struct vta_langid *langid;               /* language fingerprints, read on first use */
	const struct vietalign_learner *learner; /* a batch's table, or NULL */
	vietalign_progress_cb progress;          /* told the progress of long calls, or NULL */
	void *progress_payload;
};

/* ---- learner ---- */
/* The 1-1 beads of b scored at least VTA_PARAMS.learn_confidence, at most
 * learn_pairs_max of them evenly spread, as sentence numbers; *n receives
 * how many (0 on ENOMEM). Frees nothing: the caller frees *svi, *sen. */
VTA_HIDDEN void vta_sure_pairs(size_t **svi, size_t **sen, size_t *n, const vta_bead *b, size_t nb);

/* A finished learner's table, or NULL. */
VTA_HIDDEN const vta_learned *vta_learner_table(const struct vietalign_learner *l);

/* ---- evidence ---- */
/* Anchor groups of a Vietnamese span and an English span (anchors of the
 * VIETALIGN_ANCHOR_* kinds `kinds` only), and how many of the Vietnamese
 * ones met a counterpart. */
typedef struct {
	double matched, vi_groups, en_groups;
} vta_span_evidence_t;

VTA_HIDDEN int vta_span_evidence(vta_span_evidence_t *out, unsigned kinds, const vietalign_doc *vi, size_t vf,
                                 size_t vn, const vietalign_doc *en, size_t ef, size_t en_n);

/* Anchor groups of a view (one per anchor), or those matched only. */
VTA_HIDDEN size_t vta_view_groups(const vta_anchor_view *v, int matched);

/* Over the two-sided beads of an alignment (up to 2,048, evenly spread):
 * matched groups and groups (mean of both sides), on the beads themselves
 * and with each bead's English taken from the beads that follow (but those
 * holding the same English text). */
typedef struct {
	size_t beads;
	double matched, groups;
	double null_matched, null_groups;
} vta_doc_evidence;

VTA_HIDDEN int vta_alignment_evidence(vta_doc_evidence *out, unsigned kinds, const vietalign_alignment *al);

/* The agreement beyond chance that earns a document of `beads`
 * two-sided beads full weight in its verdict: less in a long document,
 * whose agreements move less by chance. */
VTA_HIDDEN double vta_full_agreement(size_t beads);

/* What the anchors say of the pair: the share of its sentences in
 * two-sided beads times their agreement beyond chance. */
VTA_HIDDEN int vta_alignment_parallelism(double *out, unsigned kinds, const vietalign_alignment *al);

/* What the pairs say of it, once their scores are calibrated: the share
 * of its beads that are two-sided and confident, when enough of them are
 * and their length ratios agree; 0 otherwise. The parallelism is the
 * larger of the two (vietalign_alignment_parallelism()). */
VTA_HIDDEN double vta_pairs_parallelism(const vietalign_alignment *al);
/* ---- check ---- */
/* The checks of vietalign_check(), one file per family, all adding to one
 * list through vta_check_add(). */
struct vietalign_findings {
	vietalign_finding *items;
	size_t count, cap;
	char **strings; /* what the findings point to */
	size_t nstrings, capstrings;
};

typedef struct {
	vietalign_findings *f;
	const vietalign_alignment *al;
	vietalign_check_options o;
	int rc; /* the first error; checks keep going to no effect after it */
} vta_check;

/* A spot of one side: span [off, off + len) of sentence `sentence`'s
 * folded text; len 0 means the whole sentence; present 0 means nothing on
 * that side (sentence is then where it would go). */
typedef struct {
	int present;
	size_t sentence, off, len;
} vta_spot;

/* Adds a finding in bead `bead`; msg is its one-line message. */
VTA_HIDDEN void vta_check_add(vta_check *c, const char *kind, vietalign_severity sev, size_t bead, const vta_spot *vi,
                              const vta_spot *en, const char *msg);
/* The same for a run of one-sided beads from `bead` on: the finding's
 * text holds the run's `count` sentences of the side that has them. */
VTA_HIDDEN void vta_check_add_run(vta_check *c, const char *kind, vietalign_severity sev, size_t bead,
                                  const vta_spot *vi, const vta_spot *en, size_t count, const char *msg);
/* A spot for sentence s of a side, whole. */
VTA_HIDDEN vta_spot vta_spot_sentence(size_t s);

/* check_pairs.c: omissions, numbers, names, untranslated text, lengths. */
VTA_HIDDEN void vta_check_pairs(vta_check *c);
/* check_numbers.c: the numbers of bead `bead` (vi_text, en_text: its two
 * sides' text) compared as written; 1 when one was changed. */
VTA_HIDDEN int vta_check_numbers(vta_check *c, size_t bead, const char *vi_text, const char *en_text);
/* check_names.c: names kept but misspelt in bead `bead`; 1 when found. */
VTA_HIDDEN int vta_check_names(vta_check *c, size_t bead);
/* Whether name a[0, n) is b[0, m) with a slip of the pen ("Geore" for
 * "George"), not another form of it ("Hondurans", "Honduras"). */
VTA_HIDDEN int vta_name_changed(const char *a, size_t n, const char *b, size_t m);
/* check_form.c: punctuation, quotes, brackets, spaces, repeated words. */
VTA_HIDDEN void vta_check_form(vta_check *c);
/* check_terms.c: the glossary and consistency over the document. */
VTA_HIDDEN void vta_check_terms(vta_check *c);
VTA_HIDDEN void vta_check_consistency(vta_check *c);
/* check_numwords.c: whether text (lang) writes the value v in words
 * ("an", "một", "twenty-five", "hai mươi lăm", "first"). */
VTA_HIDDEN int vta_number_in_words(double v, const char *text, size_t len, vietalign_lang lang);
/* The value of text[0, len) when it is number words only ("two",
 * "twenty-five", "a"), in *v; 0 when it holds another word. */
VTA_HIDDEN int vta_words_value(double *v, const char *text, size_t len, vietalign_lang lang);

#endif
