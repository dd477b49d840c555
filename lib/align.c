/* align.c - aligning two documents: fit the length model to the pair (on
 * the lengths alone, while the anchor tables are compiled), then one search
 * with every cost. */
#include <stdlib.h>
#include <string.h>
#include "api/api.h"
#include "common/common.h"
#include "search/search.h"

static size_t full_cells(const vietalign_options *o)
{
	switch (o->search) {
	case VIETALIGN_SEARCH_FULL: return SIZE_MAX;
	case VIETALIGN_SEARCH_CORRIDOR: return 0;
	default: return VTA_PARAMS.full_lattice_cells;
	}
}

/* Whether the length model is refitted to the pair before the search
 * (the options fix neither its ratio nor its variance). */
static int refits(const vietalign_options *o)
{
	return o->length_ratio <= 0 || o->length_variance <= 0;
}

/* The refitted model's parts that the options leave free. */
static void use_fit(vta_scorer *s, const vta_length_model *fit, const vietalign_options *o)
{
	if (o->length_ratio <= 0)
		s->lm.ratio = fit->ratio;
	if (o->length_variance <= 0)
		s->lm.variance = fit->variance;
}

/* Where the alignment's progress stands once the anchors are read; the
 * tables and the corridor take it to VTA_SEARCH_PROGRESS, the search to 1. */
#define PROGRESS_ANCHORS 0.30

/* The anchor tables, and the corridor with the refitted length model,
 * which need only the lengths and the sure points: each on a thread of its
 * own when there are two. */
typedef struct {
	vta_scorer *s;
	vta_anchor_pack *packs; /* NULL for the corridor's job */
	const vta_point *sure;  /* the pair's sure points, for the corridor */
	size_t nsure;
	vta_corridor *c;
	vta_length_model *fit; /* with the corridor, or NULL */
	size_t full, margin;
	int rc;
} prep_job;

static void *prepare(void *arg)
{
	prep_job *j = arg;
	if (j->packs)
		j->rc = vta_scorer_compile(j->s, j->packs);
	else
		j->rc = vta_search_corridor(j->c, j->fit, j->s, j->sure, j->nsure, j->full, j->margin);
	vta_progress_add(j->s->progress, 1);
	return NULL;
}

static int scorer_and_corridor(vta_scorer *s, vta_corridor *c, vta_length_model *fit, const vietalign_aligner *a,
                               const vta_lexicon *lex, unsigned kinds, vta_progress *pg, vietalign_align_stats *stats,
                               const vietalign_doc *vi, const vietalign_doc *en, vta_error *err)
{
	vietalign_options o2 = a->opts;
	o2.anchors = kinds;
	vta_anchor_pack packs[2];
	vta_point *sure = NULL;
	size_t nsure = 0;
	const vietalign_options *o = &o2;
	prep_job jobs[2] = {{s, packs, NULL, 0, c, NULL, 0, 0, 0},
	                    {s, NULL, NULL, 0, c, fit, full_cells(o), o->margin, 0}};
	/* the aligner that aligns says which anchors count, whichever made
	 * the documents (vietalign.h) */
	vta_instant t0 = vta_now();
	int rc = vta_progress_phase(pg, PROGRESS_ANCHORS, vi->nsents + en->nsents)
	                 ? vta_error_set(err, VIETALIGN_ECANCELED, "canceled")
	                 : vta_scorer_begin(s, packs, o, lex, &a->erfc, pg, vi, en, err);
	if (rc)
		return rc;
	s->stats = stats;
	stats->threads = s->threads;
	vta_lap(&stats->anchors_s, &stats->anchors_cpu_s, t0);
	t0 = vta_now();
	/* the sure points first, while their count table is the only other
	 * thing the packs share memory with */
	if (vta_skeleton(&sure, &nsure, &packs[0], &packs[1])) {
		vta_anchor_pack_free(&packs[0]);
		vta_anchor_pack_free(&packs[1]);
		vta_scorer_free(s);
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	}
	memset(c, 0, sizeof *c);
	vta_progress_phase(pg, VTA_SEARCH_PROGRESS, 2);
	jobs[1].sure = sure;
	jobs[1].nsure = nsure;
	if (s->threads >= 2) {
		vta_parallel(prepare, jobs, sizeof *jobs, 2);
	} else {
		prepare(&jobs[0]);
		prepare(&jobs[1]);
	}
	free(sure);
	vta_lap(&stats->prepare_s, &stats->prepare_cpu_s, t0);
	if (jobs[0].rc || jobs[1].rc || vta_progress_stopped(pg)) {
		vta_corridor_free(c);
		vta_scorer_free(s);
		if (jobs[0].rc == VIETALIGN_ERROR)
			return vta_error_set(
				err, VIETALIGN_ERROR,
				"too many anchors for the anchor tables (more than 4,294,967,295 on one side)");
		return jobs[0].rc || jobs[1].rc ? vta_error_set(err, VIETALIGN_ENOMEM, "out of memory")
		                                : vta_error_set(err, VIETALIGN_ECANCELED, "canceled");
	}
	return 0;
}

/* One alignment of al's pair with the anchors `kinds` read with lex; on
 * success al's beads and their parts are replaced, and *model receives
 * what refining them needs of the pass's scorer. Progress goes to the
 * aligner's callback when `told`. */
static int align_pass(vietalign_alignment *al, vta_refine_model *model, vietalign_aligner *aligner,
                      const vta_lexicon *lex, unsigned kinds, int told)
{
	const vietalign_doc *vi = al->vi, *en = al->en;
	const vietalign_options *o = &aligner->opts;
	vta_error *err = &aligner->err;
	vta_scorer s;
	vta_corridor c;
	vta_length_model fit;
	vta_progress pg;
	vta_bead *beads = NULL;
	size_t nbeads = 0;
	float *costs = NULL;
	int rc;
	vta_progress_init(&pg, told ? aligner->progress : NULL, aligner->progress_payload);
	rc = scorer_and_corridor(&s, &c, refits(o) ? &fit : NULL, aligner, lex, kinds, &pg, &al->stats, vi, en, err);
	if (rc) {
		vta_progress_free(&pg);
		return rc;
	}
	if (refits(o))
		use_fit(&s, &fit, o);
	/* the weights and the coarse levels of the corridor came and went,
	 * and the search's larger arrays do not fit where they were */
	vta_scorer_give_back(&s);
	rc = vta_search(&beads, &nbeads, &costs, &s, &c, VTA_SEARCH_SCORES | VTA_SEARCH_LAST_USE, err);
	vta_corridor_free(&c);
	if (!rc) {
		free(al->beads);
		free(al->parts);
		al->parts = NULL;
		al->beads = beads;
		al->nbeads = nbeads;
		/* the terms of each bead's cost, while the scorer knows its lengths */
		if (vta_bead_parts_fill(al, &s, costs))
			rc = vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
		vta_refine_model_of(model, &s);
	}
	free(costs);
	vta_scorer_free(&s);
	if (!rc && vta_progress_finish(&pg))
		rc = vta_error_set(err, VIETALIGN_ECANCELED, "canceled");
	vta_progress_free(&pg);
	return rc;
}

void vta_sure_pairs(size_t **svi, size_t **sen, size_t *n, const vta_bead *b, size_t nb)
{
	size_t k, all = 0, take, seen = 0;
	*n = 0;
	for (k = 0; k < nb; k++)
		all += b[k].vi_count == 1 && b[k].en_count == 1 && b[k].score >= VTA_PARAMS.learn_confidence;
	take = all < VTA_PARAMS.learn_pairs_max ? all : VTA_PARAMS.learn_pairs_max;
	*svi = malloc((take + 1) * sizeof **svi);
	*sen = malloc((take + 1) * sizeof **sen);
	if (!*svi || !*sen)
		return;
	for (k = 0; k < nb && *n < take; k++) {
		if (!(b[k].vi_count == 1 && b[k].en_count == 1 && b[k].score >= VTA_PARAMS.learn_confidence))
			continue;
		/* the seen-th sure pair is taken when it starts a new share */
		if (seen++ * take / all == *n) {
			(*svi)[*n] = b[k].vi_first;
			(*sen)[*n] = b[k].en_first;
			(*n)++;
		}
	}
}

/* Whether the first pass is sure of so many of its two-sided beads
 * that a second would change next to nothing (VTA_PARAMS.learn_unsure_max). */
static int first_pass_sure(const vta_bead *b, size_t nb)
{
	size_t k, two = 0, unsure = 0;
	for (k = 0; k < nb; k++)
		if (b[k].vi_count && b[k].en_count) {
			two++;
			unsure += b[k].score < VTA_PARAMS.learn_confidence;
		}
	return two && (double)unsure <= VTA_PARAMS.learn_unsure_max * (double)two;
}

/* The second pass: the word table learned from the first pass's sure
 * pairs (al's beads, scored with their posteriors), and the pair aligned
 * again with its anchors too. A pair the first pass is sure of too little
 * keeps its first alignment. */
static int align_learned(vietalign_alignment *al, vta_refine_model *model, vietalign_aligner *aligner)
{
	size_t *svi, *sen, n;
	vta_learned *l = NULL;
	const vta_learned *batch = vta_learner_table(aligner->learner), *table;
	vta_lexicon *lex = NULL;
	int rc = 0;
	if (first_pass_sure(al->beads, al->nbeads))
		return 0;
	vta_sure_pairs(&svi, &sen, &n, al->beads, al->nbeads);
	if (!svi || !sen)
		rc = VIETALIGN_ENOMEM;
	else if (n >= VTA_PARAMS.learn_min_pairs)
		rc = vta_learned_new(&l, al->vi, al->en, svi, sen, n, &VTA_PARAMS.learn);
	/* the pair's own words first, then its batch's */
	if (!rc && l && batch)
		vta_learned_chain(l, batch);
	table = vta_learned_count(l) > 0 ? l : batch;
	if (!rc && vta_learned_count(table) > 0 && !(rc = vta_lexicon_with_learned(&lex, aligner->lex, table)))
		rc = align_pass(al, model, aligner, lex, aligner->opts.anchors, 0);
	if (rc == VIETALIGN_ENOMEM)
		rc = vta_error_set(&aligner->err, rc, "out of memory");
	vta_lexicon_free(lex);
	vta_learned_free(l);
	free(svi);
	free(sen);
	return rc;
}

/* A document of d's sentences cut at c, ready to be read as the caller's
 * are (room for its anchors, d's kinds and tables); NULL when c holds no
 * cut: the alignment then indexes d itself. */
static int cut_doc(vietalign_doc **out, const vietalign_doc *d, const vta_cuts *c)
{
	vietalign_doc *x;
	*out = NULL;
	if (!c->n)
		return 0;
	if (vta_doc_cut(&x, d, c->items, c->n))
		return VIETALIGN_ENOMEM;
	if (!(x->anchors = calloc(x->nsents, sizeof *x->anchors))) {
		vta_doc_free(x);
		return VIETALIGN_ENOMEM;
	}
	x->kinds = d->kinds;
	x->lex = d->lex ? vta_lexicon_ref(d->lex) : NULL;
	*out = x;
	return 0;
}

/* The final beads cut at the soft boundaries where their pieces align
 * (search/refine.c), with their parts, and al made to index the documents
 * cut there. */
static int cut_sentences(vietalign_alignment *al, const vta_refine_model *model)
{
	vta_cuts cuts[2];
	vta_bead_origin *origin = NULL;
	int rc = vta_refine(&al->beads, &al->nbeads, &origin, cuts, model);
	if (!rc && origin)
		rc = vta_bead_parts_refine(al, model, origin);
	if (!rc)
		rc = cut_doc(&al->own_vi, al->vi, &cuts[0]);
	if (!rc)
		rc = cut_doc(&al->own_en, al->en, &cuts[1]);
	if (al->own_vi)
		al->vi = al->own_vi;
	if (al->own_en)
		al->en = al->own_en;
	free(origin);
	vta_cuts_free(&cuts[0]);
	vta_cuts_free(&cuts[1]);
	return rc;
}

/* Wide beads in place of runs of the search's (search/widen.c), on the
 * anchors the search read but the learned ones (which the documents do
 * not keep). */
static int widen(vietalign_alignment *al, const vta_refine_model *model, const vietalign_aligner *aligner)
{
	size_t made;
	return vta_widen(al, model, aligner->opts.anchors & ~VIETALIGN_ANCHOR_LEARNED, &made);
}

/* A pair between two omissions of one side moved to close a gap
 * (search/shift.c), on the anchors widen() reads. */
static int shift(vietalign_alignment *al, const vta_refine_model *model, const vietalign_aligner *aligner)
{
	size_t moved;
	return vta_shift(al, model, aligner->opts.anchors & ~VIETALIGN_ANCHOR_LEARNED, &moved);
}

/* The search, then the second pass with the learned word table; *model
 * receives what refining the standing pass's beads needs. */
static int align_pair(vietalign_alignment *al, vta_refine_model *model, vietalign_aligner *aligner)
{
	unsigned kinds = aligner->opts.anchors;
	int rc = align_pass(al, model, aligner, aligner->lex, kinds & ~VIETALIGN_ANCHOR_LEARNED, 1);
	if (!rc && (kinds & VIETALIGN_ANCHOR_LEARNED) &&
	    al->vi->nsents + al->en->nsents <= VTA_PARAMS.learn_max_sentences)
		rc = align_learned(al, model, aligner);
	return rc;
}

int vietalign_align(vietalign_alignment **out, vietalign_aligner *aligner, const vietalign_doc *vi,
                    const vietalign_doc *en)
{
	vietalign_alignment *al;
	vta_refine_model model;
	int rc;
	if (!out || !aligner || !vi || !en)
		return vta_error_set(aligner ? &aligner->err : NULL, VIETALIGN_EINVALID, "invalid argument");
	*out = NULL;
	vta_error_clear(&aligner->err);
	if (vi->lang != VIETALIGN_LANG_VI || en->lang != VIETALIGN_LANG_EN)
		return vta_error_set(&aligner->err, VIETALIGN_EINVALID,
		                     "vietalign_align() takes a Vietnamese document and then an English one");
	al = calloc(1, sizeof *al);
	if (!al)
		return vta_error_set(&aligner->err, VIETALIGN_ENOMEM, "out of memory");
	al->vi = vi;
	al->en = en;
	al->kinds = aligner->opts.anchors;
	rc = align_pair(al, &model, aligner);
	/* the parallelism is read from the search's beads, whole sentences
	 * paired as the null model shifts them (pieces of one sentence share
	 * its words with their neighbours); the scores are calibrated with it
	 * on the beads as cut */
	if (!rc)
		rc = vta_alignment_parallelism(&al->parallelism, aligner->opts.anchors, al);
	/* runs of the search's beads that one bead of a shape it does not
	 * make says better (search/widen.c), before the sentences are cut:
	 * the wide bead's pieces may align there too. Align alone, as the
	 * merge_bare term: check names the sentences a pair leaves out */
	if (!rc && shift(al, &model, aligner))
		rc = vta_error_set(&aligner->err, VIETALIGN_ENOMEM, "out of memory");
	if (!rc && aligner->opts.cut_sentences && widen(al, &model, aligner))
		rc = vta_error_set(&aligner->err, VIETALIGN_ENOMEM, "out of memory");
	if (!rc && aligner->opts.cut_sentences && cut_sentences(al, &model))
		rc = vta_error_set(&aligner->err, VIETALIGN_ENOMEM, "out of memory");
	if (!rc) {
		double pairs;
		vta_calibrate(al);
		/* a document whose anchors say too little is judged by its
		 * calibrated pairs (which read the anchors' verdict, not this) */
		pairs = vta_pairs_parallelism(al);
		if (pairs > al->parallelism)
			al->parallelism = pairs;
	}
	if (rc) {
		vietalign_alignment_free(al);
		return rc;
	}
	*out = al;
	return VIETALIGN_OK;
}

void vietalign_alignment_free(vietalign_alignment *alignment)
{
	if (!alignment)
		return;
	free(alignment->beads);
	free(alignment->parts);
	vietalign_doc_free(alignment->own_vi);
	vietalign_doc_free(alignment->own_en);
	free(alignment);
}

/* The sizes of the versions of the public structs (vietalign.h,
 * "Structs and versions"), oldest first. */
static const size_t stats_sizes[] = {sizeof(vietalign_align_stats)};
static const size_t bead_sizes[] = {sizeof(vietalign_bead)};

int vietalign_alignment_stats(vietalign_align_stats *out, const vietalign_alignment *alignment)
{
	if (!out || !alignment)
		return VIETALIGN_EINVALID;
	return vta_versioned_copy(out, &alignment->stats, stats_sizes, VIETALIGN_ALIGN_STATS_VERSION);
}

size_t vietalign_alignment_bead_count(const vietalign_alignment *alignment)
{
	return alignment ? alignment->nbeads : 0;
}

int vietalign_alignment_bead(vietalign_bead *out, const vietalign_alignment *alignment, size_t i)
{
	const vta_bead *b;
	vietalign_bead full;
	if (!out || !alignment || i >= alignment->nbeads)
		return VIETALIGN_EINVALID;
	b = &alignment->beads[i];
	full.version = VIETALIGN_BEAD_VERSION;
	full.vi_first = b->vi_first;
	full.vi_count = b->vi_count;
	full.en_first = b->en_first;
	full.en_count = b->en_count;
	full.score = b->score;
	return vta_versioned_copy(out, &full, bead_sizes, VIETALIGN_BEAD_VERSION);
}

const vietalign_doc *vietalign_alignment_vi(const vietalign_alignment *alignment)
{
	return alignment ? alignment->vi : NULL;
}

const vietalign_doc *vietalign_alignment_en(const vietalign_alignment *alignment)
{
	return alignment ? alignment->en : NULL;
}

double vietalign_alignment_parallelism(const vietalign_alignment *al)
{
	return al ? al->parallelism : 0.0;
}

int vietalign_alignment_is_parallel(const vietalign_aligner *aligner, const vietalign_alignment *alignment)
{
	if (!aligner || !alignment)
		return 0;
	return vietalign_alignment_parallelism(alignment) >= aligner->opts.parallel_threshold;
}
