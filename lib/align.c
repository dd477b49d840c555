/* align.c - aligning two documents: fit the length model to the pair, search,
 * refit on the confident 1-1 beads, search again. */
#include <stdlib.h>
#include "aligner.h"
#include "search.h"

/* Confident 1-1 beads teach the length model what this translator does. */
static void refit(vl_scorer *s, const vietalign_bead *b, size_t n)
{
	double *lv = malloc((n + 1) * sizeof *lv), *le = malloc((n + 1) * sizeof *le);
	size_t k, used = 0;
	if (lv && le) {
		for (k = 0; k < n; k++) {
			if (b[k].vi_count != 1 || b[k].en_count != 1 || b[k].score < 0.9)
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

static int align_pair(vietalign_bead **beads, size_t *nbeads, const vietalign_options *o,
                      const vietalign_doc *vi, const vietalign_doc *en, vl_error *err)
{
	vl_scorer s;
	int rc = vl_scorer_init(&s, o, vi, en, err);
	if (rc)
		return rc;
	rc = vl_search(beads, nbeads, &s, o->band, err);
	if (!rc && (o->length_ratio <= 0 || o->length_variance <= 0)) {
		vl_length_model fixed = s.lm;
		refit(&s, *beads, *nbeads);
		if (o->length_ratio > 0)
			s.lm.ratio = fixed.ratio;
		if (o->length_variance > 0)
			s.lm.variance = fixed.variance;
		free(*beads);
		*beads = NULL;
		rc = vl_search(beads, nbeads, &s, o->band, err);
	}
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
	rc = align_pair(&al->beads, &al->nbeads, &aligner->opts, vi, en, &aligner->err);
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
