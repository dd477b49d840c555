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
                               vta_progress *pg, vietalign_align_stats *stats, const vietalign_doc *vi,
                               const vietalign_doc *en, vta_error *err)
{
	vta_anchor_pack packs[2];
	vta_point *sure = NULL;
	size_t nsure = 0;
	const vietalign_options *o = &a->opts;
	prep_job jobs[2] = {{s, packs, NULL, 0, c, NULL, 0, 0, 0},
	                    {s, NULL, NULL, 0, c, fit, full_cells(o), o->margin, 0}};
	/* the aligner that aligns says which anchors count, whichever made
	 * the documents (vietalign.h) */
	double t0 = vta_seconds();
	int rc = vta_progress_phase(pg, PROGRESS_ANCHORS, vi->nsents + en->nsents)
	                 ? vta_error_set(err, VIETALIGN_ECANCELED, "canceled")
	                 : vta_scorer_begin(s, packs, o, a->lex, &a->erfc, pg, vi, en, err);
	if (rc)
		return rc;
	s->stats = stats;
	stats->anchors_s = vta_seconds() - t0;
	t0 = vta_seconds();
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
	stats->prepare_s = vta_seconds() - t0;
	if (jobs[0].rc || jobs[1].rc || vta_progress_stopped(pg)) {
		vta_corridor_free(c);
		vta_scorer_free(s);
		return jobs[0].rc || jobs[1].rc ? vta_error_set(err, VIETALIGN_ENOMEM, "out of memory")
		                                : vta_error_set(err, VIETALIGN_ECANCELED, "canceled");
	}
	return 0;
}

static int align_pair(vta_bead **beads, size_t *nbeads, vta_cuts cuts[2], vietalign_align_stats *stats,
                      vietalign_aligner *aligner, const vietalign_doc *vi, const vietalign_doc *en)
{
	const vietalign_options *o = &aligner->opts;
	vta_error *err = &aligner->err;
	vta_scorer s;
	vta_corridor c;
	vta_length_model fit;
	vta_progress pg;
	int rc;
	vta_progress_init(&pg, aligner->progress, aligner->progress_payload);
	rc = scorer_and_corridor(&s, &c, refits(o) ? &fit : NULL, aligner, &pg, stats, vi, en, err);
	if (rc) {
		vta_progress_free(&pg);
		return rc;
	}
	if (refits(o))
		use_fit(&s, &fit, o);
	/* the weights and the coarse levels of the corridor came and went,
	 * and the search's larger arrays do not fit where they were */
	vta_scorer_give_back(&s);
	rc = vta_search(beads, nbeads, &s, &c, VTA_SEARCH_SCORES | VTA_SEARCH_LAST_USE, err);
	memset(cuts, 0, 2 * sizeof *cuts);
	if (!rc && o->cut_sentences && (rc = vta_refine(beads, nbeads, cuts, &s))) {
		free(*beads);
		*beads = NULL;
		rc = vta_error_set(err, rc, "out of memory");
	}
	vta_corridor_free(&c);
	vta_scorer_free(&s);
	if (!rc && vta_progress_finish(&pg)) {
		free(*beads);
		*beads = NULL;
		rc = vta_error_set(err, VIETALIGN_ECANCELED, "canceled");
	}
	vta_progress_free(&pg);
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

/* Makes al index the documents cut where the search cut sentences. */
static int use_cuts(vietalign_alignment *al, vta_cuts cuts[2], vta_error *err)
{
	if (cut_doc(&al->own_vi, al->vi, &cuts[0]) || cut_doc(&al->own_en, al->en, &cuts[1]))
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	if (al->own_vi)
		al->vi = al->own_vi;
	if (al->own_en)
		al->en = al->own_en;
	return 0;
}

int vietalign_align(vietalign_alignment **out, vietalign_aligner *aligner, const vietalign_doc *vi,
                    const vietalign_doc *en)
{
	vietalign_alignment *al;
	vta_cuts cuts[2] = {{0}};
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
	rc = align_pair(&al->beads, &al->nbeads, cuts, &al->stats, aligner, vi, en);
	if (!rc)
		rc = use_cuts(al, cuts, &aligner->err);
	vta_cuts_free(&cuts[0]);
	vta_cuts_free(&cuts[1]);
	if (!rc)
		rc = vta_alignment_parallelism(&al->parallelism, aligner->opts.anchors, al);
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
