/* span_report.c - the anchors of a Vietnamese span and an English span as
 * callers see them: the pairs that matched, then what found no
 * counterpart and proves something by its absence (QA reports, CAT tools,
 * the explained scores of JSON Lines). */
#include <stdlib.h>
#include <string.h>
#include "anchors/anchors.h"
#include "segment/segment.h"

/* a: an anchor of the set of the sentence, which has been read */
void vta_anchor_fill(vietalign_anchor *out, const vietalign_doc *doc, size_t sentence, const vta_anchor *a)
{
	out->version = VIETALIGN_ANCHOR_VERSION;
	out->kind = a->kind;
	out->sentence = sentence;
	out->offset = a->offset;
	out->length = a->length;
	out->value = vta_anchor_value(vta_doc_anchors(doc, sentence), a);
	out->weak = (a->flags & VTA_ANCHOR_F_WEAK) != 0;
	vta_sentence_input_span(&out->input_offset, &out->input_length, &doc->sents[sentence], a->offset, a->length);
}

/* Whether anchor x lies within an anchor of the same sentence that found
 * its counterpart ("Monday" inside the matched weekday, "Valley" inside
 * the matched place "Silicon Valley"). */
static int covered(const vta_anchor_view *v, size_t x)
{
	size_t y;
	for (y = 0; y < v->n; y++) {
		const vta_anchor *a = v->a[x], *b = v->a[y];
		/* a matched table word may cover a name (Paradox), not a number
		 * ("tỷ" inside "56 tỷ USD") */
		if (y != x && v->gdone[v->grp[y]] && v->sent[y] == v->sent[x] && b->offset <= a->offset &&
		    a->offset + a->length <= b->offset + b->length &&
		    (b->kind != VTA_ANCHOR_LEX || a->kind == VTA_ANCHOR_NAME))
			return 1;
	}
	return 0;
}

/* Unmatched anchors worth reporting: group leaders that are evidence when
 * missing (not weak words, first words or Vietnamese words) and do not
 * overlap a matched anchor. */
static int reportable(const vta_anchor_view *v, size_t x)
{
	return v->grp[x] == x && !v->gdone[x] &&
	       !(v->a[x]->flags & (VTA_ANCHOR_F_WEAK | VTA_ANCHOR_F_INITIAL | VTA_ANCHOR_F_NATIVE)) && !covered(v, x);
}

static size_t collect(vta_anchor_line *m, size_t vf, size_t ef, const vietalign_doc *vi, const vietalign_doc *en,
                      const vta_anchor_view *v, const vta_anchor_view *e, const short *pair)
{
	size_t x, y, n = 0;
	for (x = 0; x < v->n; x++)
		if (pair[x] >= 0) {
			vta_anchor_fill(&m[n].vi, vi, vf + v->sent[x], v->a[x]);
			vta_anchor_fill(&m[n].en, en, ef + e->sent[pair[x]], e->a[pair[x]]);
			n++;
		}
	for (x = 0; x < v->n; x++)
		if (reportable(v, x))
			vta_anchor_fill(&m[n++].vi, vi, vf + v->sent[x], v->a[x]);
	for (y = 0; y < e->n; y++)
		if (reportable(e, y))
			vta_anchor_fill(&m[n++].en, en, ef + e->sent[y], e->a[y]);
	return n;
}

int vta_span_anchors(vta_anchor_line **out, size_t *count, unsigned kinds, const vietalign_doc *vi, size_t vf,
                     size_t vn, const vietalign_doc *en, size_t ef, size_t en_n)
{
	vta_anchor_view *v = malloc(sizeof *v), *e = malloc(sizeof *e);
	short pair[VTA_VIEW_MAX];
	int rc = VIETALIGN_ENOMEM;
	*out = NULL;
	*count = 0;
	if (v && e && !vta_view_gather(v, vi, vf, (int)vn, kinds) && !vta_view_gather(e, en, ef, (int)en_n, kinds)) {
		vta_view_match(v, e, pair);
		rc = VIETALIGN_OK;
		if (v->n + e->n > 0 && !(*out = calloc(v->n + e->n, sizeof **out)))
			rc = VIETALIGN_ENOMEM;
		else if (v->n + e->n > 0)
			*count = collect(*out, vf, ef, vi, en, v, e, pair);
	}
	free(v);
	free(e);
	return rc;
}
