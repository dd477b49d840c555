/* align.c - aligning two documents: fit the length model to the pair, search,
 * refit on the confident 1-1 beads, search again. */
#include <stdlib.h>
#include <string.h>
#include "aligner.h"
#include "give_back.h"
#include "parallel.h"
#include "search.h"

/* Up to this many cells, AUTO searches the whole lattice. */
#define FULL_MATRIX_CELLS ((size_t)1 << 14)
/* Default corridor margin, in sentences, around a coarser path. */
#define DEFAULT_MARGIN 4

static int one_one(const vietalign_bead *b, size_t n, size_t k)
{
	return k < n && b[k].vi_count == 1 && b[k].en_count == 1; /* k = -1 wraps: none */
}

/* 1-1 beads between two others teach the length model what this
 * translator does (as well as the beads of posterior 0.9 and more did, on
 * the shared sets, and without computing posteriors in the first pass). */
static void refit(vl_scorer *s, const vietalign_bead *b, size_t n)
{
	double *lv = malloc((n + 1) * sizeof *lv), *le = malloc((n + 1) * sizeof *le);
	size_t k, used = 0;
	if (lv && le) {
		for (k = 0; k < n; k++) {
			if (!one_one(b, n, k) || !one_one(b, n, k - 1) || !one_one(b, n, k + 1))
				continue;
			lv[used] = (double)s->vi->sents[b[k].vi_first].nchars;
			le[used] = (double)s->en->sents[b[k].en_first].nchars;
			used++;
		}
		vl_length_model_refit(&s->lm, lv, le, used);
	}
	free(lv);
	free(le);
}

static size_t full_cells(const vietalign_options *o)
{
	switch (o->search) {
	case VIETALIGN_SEARCH_FULL: return SIZE_MAX;
	case VIETALIGN_SEARCH_CORRIDOR: return 0;
	default: return FULL_MATRIX_CELLS;
	}
}

/* The second pass searches near the first pass's path (or the whole
 * lattice again when the first did). */
static int second_corridor(vl_corridor *c, const vl_corridor *first, const vietalign_bead *b, size_t nb,
                           size_t margin)
{
	if (vl_corridor_is_full(first))
		return vl_corridor_full(c, first->n, first->m);
	return vl_path_corridor(c, b, nb, first->n, first->m, margin);
}

static int second_pass(vietalign_bead **beads, size_t *nbeads, vl_scorer *s, const vietalign_options *o,
                       const vl_corridor *first, size_t margin, vl_prev_costs *prev, vl_error *err)
{
	vl_length_model fixed = s->lm;
	vl_corridor c;
	int rc;
	refit(s, *beads, *nbeads);
	if (o->length_ratio > 0)
		s->lm.ratio = fixed.ratio;
	if (o->length_variance > 0)
		s->lm.variance = fixed.variance;
	rc = second_corridor(&c, first, *beads, *nbeads, margin);
	free(*beads);
	*beads = NULL;
	*nbeads = 0;
	if (!rc && (rc = vl_prev_costs_restrict(prev, &c)))
		vl_corridor_free(&c);
	if (rc)
		return vl_error_set(err, rc, "out of memory");
	s->prev = prev;
	rc = vl_search(beads, nbeads, s, &c, 1, NULL, prev, err);
	s->prev = NULL;
	vl_corridor_free(&c);
	return rc;
}

/* Whether the length model is refitted and the pair searched again. */
static int refits(const vietalign_options *o)
{
	return o->length_ratio <= 0 || o->length_variance <= 0;
}

/* The anchor tables and the first corridor, which needs only the lengths
 * and the sure points: each on a thread of its own when there are two. */
typedef struct {
	vl_scorer *s;
	vl_anchor_pack *packs; /* NULL for the corridor's job */
	vl_corridor *c;
	size_t full, margin;
	int rc;
} prep_job;

static void *prepare(void *arg)
{
	prep_job *j = arg;
	if (j->packs)
		j->rc = vl_scorer_compile(j->s, j->packs);
	else
		j->rc = vl_search_corridor(j->c, j->s, j->full, j->margin);
	return NULL;
}

static int scorer_and_corridor(vl_scorer *s, vl_corridor *c, const vietalign_options *o, const vl_erfc_table *erfc,
                               const vietalign_doc *vi, const vietalign_doc *en, size_t margin, vl_error *err)
{
	vl_anchor_pack packs[2];
	prep_job jobs[2] = {{s, packs, c, 0, 0, 0}, {s, NULL, c, full_cells(o), margin, 0}};
	int rc = vl_scorer_begin(s, packs, o, erfc, vi, en, err);
	if (rc)
		return rc;
	memset(c, 0, sizeof *c);
	if (s->threads >= 2) {
		vl_parallel(prepare, jobs, sizeof *jobs, 2);
	} else {
		prepare(&jobs[0]);
		prepare(&jobs[1]);
	}
	if (jobs[0].rc || jobs[1].rc) {
		vl_corridor_free(c);
		vl_scorer_free(s);
		return vl_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	}
	return 0;
}

/* Sentences per side from which the memory freed before the search is
 * given back to the system. */
#define GIVE_BACK_SENTENCES 4096

/* The weights and the coarse levels of the corridor came and went, and
 * the search's larger arrays do not fit where they were. */
static void give_back(const vl_scorer *s)
{
	if (s->vi->nsents >= GIVE_BACK_SENTENCES || s->en->nsents >= GIVE_BACK_SENTENCES)
		vl_give_back();
}

static int align_pair(vietalign_bead **beads, size_t *nbeads, vietalign_aligner *aligner,
                      const vietalign_doc *vi, const vietalign_doc *en)
{
	const vietalign_options *o = &aligner->opts;
	vl_error *err = &aligner->err;
	vl_scorer s;
	vl_corridor c;
	vl_prev_costs prev = {0};
	size_t margin = o->margin ? o->margin : DEFAULT_MARGIN;
	int rc = scorer_and_corridor(&s, &c, o, &aligner->erfc, vi, en, margin, err);
	if (rc)
		return rc;
	give_back(&s);
	rc = vl_search(beads, nbeads, &s, &c, !refits(o), refits(o) ? &prev : NULL, NULL, err);
	if (!rc && refits(o))
		rc = second_pass(beads, nbeads, &s, o, &c, margin, &prev, err);
	vl_prev_costs_free(&prev);
	vl_corridor_free(&c);
	vl_scorer_free(&s);
	return rc;
}

int vietalign_align(vietalign_alignment **out, vietalign_aligner *aligner,
                    const vietalign_doc *vi, const vietalign_doc *en)
{
	vietalign_alignment *al;
	int rc;
	if (!out || !aligner || !vi || !en)
		return vl_error_set(aligner ? &aligner->err : NULL, VIETALIGN_EINVALID, "invalid argument");
	*out = NULL;
	vl_error_clear(&aligner->err);
	if (vi->lang != VIETALIGN_LANG_VI || en->lang != VIETALIGN_LANG_EN)
		return vl_error_set(&aligner->err, VIETALIGN_EINVALID,
		                    "vietalign_align() takes a Vietnamese document and then an English one");
	al = calloc(1, sizeof *al);
	if (!al)
		return vl_error_set(&aligner->err, VIETALIGN_ENOMEM, "out of memory");
	al->vi = vi;
	al->en = en;
	rc = align_pair(&al->beads, &al->nbeads, aligner, vi, en);
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
	free(alignment);
}

size_t vietalign_alignment_bead_count(const vietalign_alignment *alignment)
{
	return alignment ? alignment->nbeads : 0;
}

int vietalign_alignment_bead(vietalign_bead *out, const vietalign_alignment *alignment, size_t i)
{
	if (!out || !alignment || i >= alignment->nbeads)
		return VIETALIGN_EINVALID;
	*out = alignment->beads[i];
	return VIETALIGN_OK;
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
	double covered = 0, total;
	size_t i;
	if (!al)
		return 0.0;
	total = (double)(al->vi->nsents + al->en->nsents);
	for (i = 0; i < al->nbeads; i++) {
		const vietalign_bead *b = &al->beads[i];
		if (b->vi_count && b->en_count)
			covered += b->score * (double)(b->vi_count + b->en_count);
	}
	return total > 0 ? covered / total : 0.0;
}
