/* explain.c - what a bead's score is made of: the terms of its cost, its
 * posterior, its anchors and its calibration. One computation for JSON
 * Lines' "explain" object and for the API's score parts
 * (vietalign_alignment_bead_score_parts()), so that both say the same. */
#include <stdlib.h>
#include <string.h>
#include "write/write.h"

/* Matched anchors, missed ones, and matched ones of the word tables and
 * untranslated words (lexical evidence) among the lines of a report. */
static void count_lines(vietalign_score_parts *out, const vta_anchor_line *m, size_t n)
{
	size_t x;
	for (x = 0; x < n; x++) {
		if (m[x].vi.kind && m[x].en.kind) {
			out->matched++;
			out->lexical +=
				m[x].vi.kind == VIETALIGN_ANCHOR_LEXICON || m[x].vi.kind == VIETALIGN_ANCHOR_WORDS;
		} else if (m[x].vi.kind || m[x].en.kind) {
			out->missed++;
		}
	}
}

int vta_score_features(double f[VTA_NFEATS], const vietalign_alignment *al, size_t i)
{
	const vta_bead *b = &al->beads[i];
	if (!al->parts || !b->vi_count || !b->en_count)
		return 0;
	vta_bead_features(f, al, i);
	return 1;
}

int vta_score_parts(vietalign_score_parts *out, vta_anchor_line **lines, size_t *nlines, const vietalign_alignment *al,
                    size_t i)
{
	const vietalign_score_parts empty = VIETALIGN_SCORE_PARTS_INIT;
	const vta_bead *b = &al->beads[i];
	vta_anchor_line *m = NULL;
	size_t n = 0;
	double f[VTA_NFEATS];
	int k, rc = vta_span_anchors(&m, &n, al->kinds, al->vi, b->vi_first, b->vi_count, al->en, b->en_first,
	                             b->en_count);
	if (rc)
		return rc;
	*out = empty;
	out->score = b->score;
	out->posterior = b->score; /* an alignment without the search's parts */
	if (al->parts) {
		const vta_bead_parts *p = &al->parts[i];
		out->posterior = p->posterior;
		out->prior = p->prior;
		out->length = p->length;
		out->anchors = p->anchors;
		out->paragraph = p->paragraph;
		out->cut = p->cut;
	}
	count_lines(out, m, n);
	if (vta_score_features(f, al, i)) {
		out->calibrated = 1;
		out->next_to_omission = f[VTA_FEAT_OMISSION] > 0;
		out->intercept = VTA_PARAMS.calibration[VTA_NFEATS];
		out->logit = out->intercept;
		for (k = 0; k < VTA_NFEATS; k++)
			out->logit += VTA_PARAMS.calibration[k] * f[k];
	}
	if (lines) {
		*lines = m;
		*nlines = n;
	} else {
		free(m);
	}
	return VIETALIGN_OK;
}
