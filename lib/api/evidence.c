/* evidence.c - what the anchors of a pair's beads say beyond chance: the
 * share of the anchors of each two-sided bead (numbers, names, identifiers,
 * table words: lexical evidence) that meet a counterpart on the other side,
 * against the same share when each bead's Vietnamese is put beside the
 * English of another bead of the same pair (a null model: the same genre,
 * terms and lengths, not a translation). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "api/api.h"
#include "search/search.h"
#include "anchors/anchors.h"

/* The constants (shifts of the null model, beads looked at, scales) are
 * in the model's table, VTA_PARAMS (score/params.c), with how they were
 * chosen. A long document's anchors are read for the beads looked at only. */

size_t vta_view_groups(const vta_anchor_view *v, int matched)
{
	size_t x, n = 0;
	for (x = 0; x < v->n; x++)
		n += v->grp[x] == x && (!matched || v->gdone[x]);
	return n;
}

/* Matched groups and all groups of Vietnamese span a and English span b. */
int vta_span_evidence(vta_span_evidence_t *out, unsigned kinds, const vietalign_doc *vi, size_t vf, size_t vn,
                      const vietalign_doc *en, size_t ef, size_t en_n)
{
	vta_anchor_view *v = malloc(sizeof *v), *e = malloc(sizeof *e);
	short pair[VTA_VIEW_MAX];
	int rc = VIETALIGN_ENOMEM;
	if (v && e && !vta_view_gather(v, vi, vf, (int)vn, kinds) && !vta_view_gather(e, en, ef, (int)en_n, kinds)) {
		vta_view_match(v, e, pair);
		out->matched = (double)vta_view_groups(v, 1);
		out->vi_groups = (double)vta_view_groups(v, 0);
		out->en_groups = (double)vta_view_groups(e, 0);
		rc = VIETALIGN_OK;
	}
	free(v);
	free(e);
	return rc;
}

/* The indices of the two-sided beads looked at: every one, or every
 * step-th of a long document's, at most VTA_PARAMS.evidence_beads_max. */
static size_t two_sided(size_t *idx, const vietalign_alignment *al)
{
	size_t i, n = 0, total = 0, j = 0, step;
	for (i = 0; i < al->nbeads; i++)
		total += al->beads[i].vi_count && al->beads[i].en_count;
	step = total / VTA_PARAMS.evidence_beads_max + 1;
	for (i = 0; i < al->nbeads && n < VTA_PARAMS.evidence_beads_max; i++) {
		const vta_bead *b = &al->beads[i];
		if (b->vi_count && b->en_count && j++ % step == 0)
			idx[n++] = i;
	}
	return n;
}

/* Whether beads b and c hold the same English text (a document repeating
 * itself: its shifted English is no null model). */
static int same_english(const vietalign_doc *en, const vta_bead *b, const vta_bead *c)
{
	size_t k;
	if (b->en_count != c->en_count)
		return 0;
	for (k = 0; k < b->en_count; k++)
		if (!vta_sentence_same_text(&en->sents[b->en_first + k], &en->sents[c->en_first + k]))
			return 0;
	return 1;
}

int vta_alignment_evidence(vta_doc_evidence *out, unsigned kinds, const vietalign_alignment *al)
{
	size_t most = VTA_PARAMS.evidence_beads_max;
	size_t *idx = malloc((al->nbeads < most ? al->nbeads : most) * sizeof *idx + sizeof *idx);
	size_t n, i, k;
	memset(out, 0, sizeof *out);
	if (!idx)
		return VIETALIGN_ENOMEM;
	n = two_sided(idx, al);
	for (i = 0; i < n; i++) {
		const vta_bead *b = &al->beads[idx[i]];
		vta_span_evidence_t s;
		if (vta_span_evidence(&s, kinds, al->vi, b->vi_first, b->vi_count, al->en, b->en_first, b->en_count))
			goto oom;
		out->matched += s.matched;
		out->groups += 0.5 * (s.vi_groups + s.en_groups);
		for (k = 1; k <= VTA_PARAMS.null_shifts && k < n; k++) {
			const vta_bead *c = &al->beads[idx[(i + k) % n]];
			if (same_english(al->en, b, c))
				continue; /* the same text again is no counterpart */
			if (vta_span_evidence(&s, kinds, al->vi, b->vi_first, b->vi_count, al->en, c->en_first,
			                      c->en_count))
				goto oom;
			out->null_matched += s.matched;
			out->null_groups += 0.5 * (s.vi_groups + s.en_groups);
		}
	}
	out->beads = n;
	free(idx);
	return VIETALIGN_OK;
oom:
	free(idx);
	return VIETALIGN_ENOMEM;
}

/* The share of all sentences in two-sided beads. */
static double covered_share(const vietalign_alignment *al)
{
	double covered = 0, total = (double)(al->vi->nsents + al->en->nsents);
	size_t i;
	for (i = 0; i < al->nbeads; i++) {
		const vta_bead *b = &al->beads[i];
		if (b->vi_count && b->en_count)
			covered += (double)(b->vi_count + b->en_count);
	}
	return total > 0 ? covered / total : 0.0;
}

/* x / full clamped to [0, 1]. */
static double weight(double x, double full)
{
	return x < 0 ? 0 : x > full ? 1.0 : x / full;
}

double vta_full_agreement(size_t beads)
{
	double full = VTA_PARAMS.full_agreement;
	if (beads > VTA_PARAMS.full_agreement_beads)
		full *= sqrt((double)VTA_PARAMS.full_agreement_beads / (double)beads);
	return full > VTA_PARAMS.full_agreement_min ? full : VTA_PARAMS.full_agreement_min;
}

/* Share times weight of the agreement beyond chance: against the null
 * model from VTA_PARAMS.null_min_beads two-sided beads on, against a fixed
 * chance level below (too few beads to shift), leniently, since such a
 * document's pairs are judged by their own scores. */
int vta_alignment_parallelism(double *out, unsigned kinds, const vietalign_alignment *al)
{
	vta_doc_evidence ev;
	double chance;
	int rc = vta_alignment_evidence(&ev, kinds, al);
	*out = covered_share(al);
	if (rc)
		return rc;
	if (ev.groups <= 0)
		return VIETALIGN_OK; /* no anchor at all: nothing to weigh */
	if (ev.beads < VTA_PARAMS.null_min_beads) {
		*out *= weight(ev.matched / ev.groups - VTA_PARAMS.short_chance, VTA_PARAMS.short_full);
		return VIETALIGN_OK;
	}
	chance = ev.null_groups > 0 ? ev.null_matched / ev.null_groups : 0.0;
	*out *= weight(ev.matched / ev.groups - chance, vta_full_agreement(ev.beads));
	return VIETALIGN_OK;
}

/* The spread (standard deviation) of log(vi / en characters) over the
 * two-sided beads, and their count. */
static double ratio_spread(const vietalign_alignment *al, size_t *two)
{
	double sum = 0, sq = 0, n = 0, mean;
	size_t i;
	for (i = 0; i < al->nbeads; i++) {
		const vta_bead *b = &al->beads[i];
		double lv = vta_span_chars(al->vi, b->vi_first, b->vi_count),
		       le = vta_span_chars(al->en, b->en_first, b->en_count), r;
		if (lv <= 0 || le <= 0)
			continue;
		r = log(lv / le);
		sum += r;
		sq += r * r;
		n++;
	}
	*two = (size_t)n;
	if (n == 0)
		return 0;
	mean = sum / n;
	return sqrt(fmax(0, sq / n - mean * mean));
}

double vta_pairs_parallelism(const vietalign_alignment *al)
{
	size_t i, two, sure = 0;
	double spread = ratio_spread(al, &two);
	if (!al->nbeads || two < VTA_PARAMS.pairs_min_beads || spread > VTA_PARAMS.pairs_ratio_sd_max)
		return 0;
	for (i = 0; i < al->nbeads; i++) {
		const vta_bead *b = &al->beads[i];
		sure += b->vi_count && b->en_count && b->score >= VTA_PARAMS.pairs_confident;
	}
	return (double)sure / (double)al->nbeads;
}
