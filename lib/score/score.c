/* score.c - bead costs: Gale–Church length, priors, anchors, paragraphs. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "anchors/anchors.h"
#include "common/common.h"
#include "score/score.h"

const vta_bead_shape vta_shapes[VTA_NSHAPES] = VTA_SHAPES_INIT;

int vta_shape_index(size_t dv, size_t de)
{
	int k;
	for (k = 0; k < VTA_NSHAPES; k++)
		if ((size_t)vta_shapes[k].dv == dv && (size_t)vta_shapes[k].de == de)
			break;
	return k;
}

int vta_shape_slot(int k)
{
	static const int slot[VTA_NSHAPES] = VTA_SHAPE_SLOTS_INIT;
	return slot[k];
}

static double mean_len(const vietalign_doc *d)
{
	return d->nsents ? vta_total_chars(d) / (double)d->nsents : 1.0;
}

typedef struct {
	vta_anchor_table *t;
	vta_anchor_pack *p;
	const vta_idf *idf;
	unsigned kinds;
	int rc;
} table_job;

static void *build_table(void *arg)
{
	table_job *j = arg;
	j->rc = vta_anchor_table_build(j->t, j->p, j->idf, j->kinds);
	return NULL;
}

/* The anchor tables of both sides from their sentences' anchors (sv, se),
 * weighted by IDF over the pair; the English one on a second thread when
 * the scorer has one (each reads hundreds of MB of anchors on a long
 * pair). */
static int compile_anchors(vta_scorer *s, vta_anchor_pack *pv, vta_anchor_pack *pe)
{
	vta_idf *idf;
	table_job jobs[2] = {{&s->tv, pv, NULL, s->anchors, 0}, {&s->te, pe, NULL, s->anchors, 0}};
	size_t k;
	if (vta_idf_new(&idf, pv, pe, s->threads))
		return VIETALIGN_ENOMEM;
	jobs[0].idf = jobs[1].idf = idf;
	if (s->threads >= 2) {
		vta_parallel(build_table, jobs, sizeof *jobs, 2);
	} else {
		for (k = 0; k < 2; k++)
			build_table(&jobs[k]);
	}
	vta_idf_free(idf);
	return jobs[0].rc ? jobs[0].rc : jobs[1].rc;
}

/* Reads both documents' anchors; the tables come from these packs
 * (vta_scorer_compile()), and so do the sure points (the caller's, before
 * the tables: see align.c). */
static int read_anchors(vta_scorer *s, vta_anchor_pack packs[2], const struct vta_lexicon *lex, vta_error *err)
{
	int rc = vta_anchor_pack_read(&packs[0], s->vi, s->anchors, lex, s->threads, s->progress, err);
	if (!rc)
		rc = vta_anchor_pack_read(&packs[1], s->en, s->anchors, lex, s->threads, s->progress, err);
	packs[0].give_back = packs[1].give_back = s->give_back;
	return rc;
}

int vta_scorer_compile(vta_scorer *s, vta_anchor_pack packs[2])
{
	int rc = compile_anchors(s, &packs[0], &packs[1]);
	/* the tables hold what the search needs of the anchors, which take
	 * several times the memory of the texts */
	vta_anchor_pack_free(&packs[0]);
	vta_anchor_pack_free(&packs[1]);
	return rc;
}

/* FNV-1a of a sentence's text: which sentences may be the same text on
 * both sides, found by one comparison per bead. */
static uint32_t text_hash(const vta_sentence *t)
{
	uint64_t h = 1469598103934665603ULL;
	size_t k;
	for (k = 0; k < t->text_length; k++)
		h = (h ^ (unsigned char)t->text[k]) * 1099511628211ULL;
	return (uint32_t)(h ^ (h >> 32)); /* a filter before the texts are compared */
}

static int pack(double **cum, uint32_t **para, uint32_t **hash, const vietalign_doc *d)
{
	size_t i;
	*cum = malloc((d->nsents + 1) * sizeof **cum);
	*para = malloc((d->nsents + 1) * sizeof **para);
	*hash = malloc((d->nsents + 1) * sizeof **hash);
	if (!*cum || !*para || !*hash)
		return VIETALIGN_ENOMEM;
	(*cum)[0] = 0;
	for (i = 0; i < d->nsents; i++) {
		(*cum)[i + 1] = (*cum)[i] + (double)d->sents[i].nchars;
		(*para)[i] = d->sents[i].paragraph;
		(*hash)[i] = text_hash(&d->sents[i]);
	}
	return 0;
}

/* The cost of leaving out each sentence of either side: an omission has
 * no anchors to compare and crosses no paragraph, so its sentence alone
 * sets it. */
static int omissions(vta_scorer *s)
{
	size_t i;
	s->omit_vi = malloc((s->vi->nsents + 1) * sizeof *s->omit_vi);
	s->omit_en = malloc((s->en->nsents + 1) * sizeof *s->omit_en);
	if (!s->omit_vi || !s->omit_en)
		return VIETALIGN_ENOMEM;
	for (i = 0; i < s->vi->nsents; i++)
		s->omit_vi[i] = (float)vta_bead_cost_without_anchors(s, i, 0, 1);
	for (i = 0; i < s->en->nsents; i++)
		s->omit_en[i] = (float)vta_bead_cost_without_anchors(s, 0, i, 2);
	return 0;
}

static void set_priors(vta_scorer *s, const vietalign_options *o)
{
	double skip = o->skip_prior;
	int k;
	for (k = 0; k < VTA_NSHAPES; k++) {
		double p = VTA_PARAMS.shape_prior[k];
		if (vta_shapes[k].dv == 0 || vta_shapes[k].de == 0)
			p = skip;
		s->prior[k] = -log(p);
	}
}

int vta_scorer_begin(vta_scorer *s, vta_anchor_pack packs[2], const vietalign_options *o, const struct vta_lexicon *lex,
                     const vta_erfc_table *erfc, vta_progress *pg, const vietalign_doc *vi, const vietalign_doc *en,
                     vta_error *err)
{
	int rc;
	memset(s, 0, sizeof *s);
	memset(packs, 0, 2 * sizeof *packs);
	s->vi = vi;
	s->en = en;
	s->progress = pg;
	vta_length_model_init(&s->lm, vi, en);
	s->erfc = erfc;
	if (o->length_ratio > 0)
		s->lm.ratio = o->length_ratio;
	if (o->length_variance > 0)
		s->lm.variance = o->length_variance;
	set_priors(s, o);
	s->mean_vi = mean_len(vi);
	s->mean_en = mean_len(en);
	s->para_cross = o->paragraph_weight;
	s->para_start = s->para_cross * VTA_PARAMS.para_start_share;
	s->anchor_scale = o->anchor_weight;
	/* check names sentences as written and reports those left out: a
	 * sentence merely lacking matches is not evidence enough for that
	 * (it raised check's false alarms), so only align pays it */
	s->merge_bare = o->cut_sentences ? VTA_PARAMS.merge_bare : 0.0;
	s->anchors = o->anchors;
	s->threads = vi->nsents + en->nsents < VTA_THREADED_SENTENCES ? 1 : o->threads;
	s->give_back = o->give_back_memory;
	if (pack(&s->cum_vi, &s->para_vi, &s->hash_vi, vi) || pack(&s->cum_en, &s->para_en, &s->hash_en, en) ||
	    omissions(s)) {
		vta_scorer_free(s);
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	}
	if ((rc = read_anchors(s, packs, lex, err))) {
		vta_anchor_pack_free(&packs[0]);
		vta_anchor_pack_free(&packs[1]);
		vta_scorer_free(s);
	}
	return rc;
}

int vta_scorer_init(vta_scorer *s, const vietalign_options *o, const struct vta_lexicon *lex,
                    const vta_erfc_table *erfc, const vietalign_doc *vi, const vietalign_doc *en, vta_error *err)
{
	vta_anchor_pack packs[2];
	int rc = vta_scorer_begin(s, packs, o, lex, erfc, NULL, vi, en, err);
	if (!rc && (rc = vta_scorer_compile(s, packs))) {
		vta_scorer_free(s);
		rc = vta_error_set(err, rc,
		                   rc == VIETALIGN_ERROR ? "too many anchors for the anchor tables" : "out of memory");
	}
	return rc;
}

/* Sentences per side from which a pair is long enough for
 * vta_give_back()'s walk of the heaps. */
#define GIVE_BACK_SENTENCES 4096

void vta_scorer_give_back(const vta_scorer *s)
{
	if (s->give_back && (s->vi->nsents >= GIVE_BACK_SENTENCES || s->en->nsents >= GIVE_BACK_SENTENCES))
		vta_give_back();
}

void vta_scorer_drop_anchors(vta_scorer *s)
{
	vta_anchor_table_free(&s->tv);
	vta_anchor_table_free(&s->te);
	/* arrays of a few MB (a long pair's per-sentence ones) lie in the
	 * allocator's heaps, which would keep their pages for the sums */
	vta_scorer_give_back(s);
}

void vta_scorer_free(vta_scorer *s)
{
	vta_anchor_table_free(&s->tv);
	vta_anchor_table_free(&s->te);
	free(s->cum_vi);
	free(s->cum_en);
	free(s->para_vi);
	free(s->para_en);
	free(s->hash_vi);
	free(s->hash_en);
	s->hash_vi = s->hash_en = NULL;
	free(s->omit_vi);
	free(s->omit_en);
	s->cum_vi = s->cum_en = NULL;
	s->para_vi = s->para_en = NULL;
	s->omit_vi = s->omit_en = NULL;
}

/* Characters of sentences [i, i+n) (sums of whole numbers: exact). */
static double span_chars(const double *cum, size_t i, int n)
{
	return cum[i + (size_t)n] - cum[i];
}

int vta_scorer_same_text(const vta_scorer *s, size_t i, size_t j)
{
	return s->hash_vi[i] == s->hash_en[j] && vta_sentence_same_text(&s->vi->sents[i], &s->en->sents[j]);
}

/* The length term of a bead (see vta_bead_length_cost_lm()), inline for
 * the search's millions of beads. */
VTA_INLINE double length_term(const vta_scorer *s, const vta_length_model *lm, size_t i, size_t j, int dv, int de)
{
	if (dv == 0)
		return span_chars(s->cum_en, j, de) / s->mean_en;
	if (de == 0)
		return span_chars(s->cum_vi, i, dv) / s->mean_vi;
	/* text left untranslated (numbers, links, code, names) keeps its
	 * length: the translator's ratio does not apply to it, and the same
	 * text on both sides differs by nothing */
	if (dv == 1 && de == 1 && vta_scorer_same_text(s, i, j))
		return 0.0;
	return vta_length_cost_tab(lm, s->erfc, span_chars(s->cum_vi, i, dv), span_chars(s->cum_en, j, de));
}

double vta_bead_length_cost_lm(const vta_scorer *s, const vta_length_model *lm, size_t i, size_t j, int dv, int de)
{
	return length_term(s, lm, i, j, dv, de);
}

double vta_bead_length_cost(const vta_scorer *s, size_t i, size_t j, int dv, int de)
{
	return length_term(s, &s->lm, i, j, dv, de);
}

VTA_INLINE double anchor_term(const vta_scorer *s, size_t i, size_t j, int dv, int de, const vta_bead_cands *c)
{
	if (dv == 0 || de == 0 || !s->anchors)
		return 0.0; /* an omission has no counterpart to compare with */
	return s->anchor_scale * vta_anchor_bead_cost(&s->tv, &s->te, i, dv, j, de, c, s->merge_bare);
}

double vta_bead_anchor_cost(const vta_scorer *s, size_t i, size_t j, int dv, int de, const vta_bead_cands *c)
{
	return anchor_term(s, i, j, dv, de, c);
}

static int crosses(const uint32_t *para, size_t i, int n)
{
	return n >= 2 && para[i] != para[i + (size_t)n - 1];
}

static int starts_para(const uint32_t *para, size_t i)
{
	return i == 0 || para[i - 1] != para[i];
}

VTA_INLINE double paragraph_term(const vta_scorer *s, size_t i, size_t j, int dv, int de)
{
	return vta_paragraph_term(s->para_cross, s->para_start, crosses(s->para_vi, i, dv), crosses(s->para_en, j, de),
	                          dv && de && starts_para(s->para_vi, i) != starts_para(s->para_en, j));
}

double vta_bead_paragraph_cost(const vta_scorer *s, size_t i, size_t j, int dv, int de)
{
	return paragraph_term(s, i, j, dv, de);
}

/* The terms but the anchors', added in one order for every caller. */
VTA_INLINE double without_anchors(const vta_scorer *s, size_t i, size_t j, int k, int dv, int de)
{
	return s->prior[k] + length_term(s, &s->lm, i, j, dv, de) + paragraph_term(s, i, j, dv, de);
}

double vta_bead_cost_without_anchors(const vta_scorer *s, size_t i, size_t j, int k)
{
	return without_anchors(s, i, j, k, vta_shapes[k].dv, vta_shapes[k].de);
}

/* vta_bead_cost() of shape k known where it is inlined. */
VTA_INLINE double bead_cost_of(const vta_scorer *s, size_t i, size_t j, int k, const vta_bead_cands *c)
{
	int dv = vta_shapes[k].dv, de = vta_shapes[k].de;
	return without_anchors(s, i, j, k, dv, de) + anchor_term(s, i, j, dv, de, c);
}

double vta_bead_cost(const vta_scorer *s, size_t i, size_t j, int k, const vta_bead_cands *c)
{
	switch (k) { /* each shape its own code, its loops unrolled */
	case 0: return bead_cost_of(s, i, j, 0, c);
	case 3: return bead_cost_of(s, i, j, 3, c);
	case 4: return bead_cost_of(s, i, j, 4, c);
	case 5: return bead_cost_of(s, i, j, 5, c);
	case 6: return bead_cost_of(s, i, j, 6, c);
	case 7: return bead_cost_of(s, i, j, 7, c);
	default: return bead_cost_of(s, i, j, k, c);
	}
}
