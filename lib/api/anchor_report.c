/* anchor_report.c - the anchors of sentences and beads, for callers (QA
 * reports, CAT tools) through the public API. */
#include <stdlib.h>
#include <string.h>
#include "api/api.h"
#include "search/search.h"
#include "anchors/anchors.h"

/* a: an anchor of the set of the sentence, which has been read */
static void fill(vietalign_anchor *out, const vietalign_doc *doc, size_t sentence, const vta_anchor *a)
{
	out->kind = a->kind;
	out->sentence = sentence;
	out->offset = a->offset;
	out->length = a->length;
	out->value = vta_anchor_value(vta_doc_anchors(doc, sentence), a);
	out->weak = (a->flags & VTA_ANCHOR_F_WEAK) != 0;
	vta_sentence_input_span(&out->input_offset, &out->input_length, &doc->sents[sentence], a->offset, a->length);
}

size_t vietalign_doc_anchor_count(const vietalign_doc *doc, size_t sentence)
{
	const vta_anchor_set *set = doc && sentence < doc->nsents ? vta_doc_anchors(doc, sentence) : NULL;
	return set ? set->count : 0;
}

int vietalign_doc_anchor(vietalign_anchor *out, const vietalign_doc *doc, size_t sentence, size_t i)
{
	const vta_anchor_set *set;
	if (!out || !doc || sentence >= doc->nsents)
		return VIETALIGN_EINVALID;
	if (!(set = vta_doc_anchors(doc, sentence)))
		return VIETALIGN_ENOMEM;
	if (i >= set->count)
		return VIETALIGN_EINVALID;
	fill(out, doc, sentence, &set->items[i]);
	return VIETALIGN_OK;
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

static size_t collect(vietalign_anchor_match *m, const vietalign_bead *b, const vietalign_doc *vi,
                      const vietalign_doc *en, const vta_anchor_view *v, const vta_anchor_view *e, const short *pair)
{
	size_t x, y, n = 0;
	for (x = 0; x < v->n; x++)
		if (pair[x] >= 0) {
			fill(&m[n].vi, vi, b->vi_first + v->sent[x], v->a[x]);
			fill(&m[n].en, en, b->en_first + e->sent[pair[x]], e->a[pair[x]]);
			n++;
		}
	for (x = 0; x < v->n; x++)
		if (reportable(v, x))
			fill(&m[n++].vi, vi, b->vi_first + v->sent[x], v->a[x]);
	for (y = 0; y < e->n; y++)
		if (reportable(e, y))
			fill(&m[n++].en, en, b->en_first + e->sent[y], e->a[y]);
	return n;
}

int vietalign_alignment_bead_anchors(vietalign_anchor_match **out, size_t *count, const vietalign_alignment *al,
                                     size_t bead)
{
	vta_anchor_view *v, *e;
	short pair[VTA_VIEW_MAX];
	const vietalign_bead *b;
	if (!out || !count || !al || bead >= al->nbeads)
		return VIETALIGN_EINVALID;
	*out = NULL;
	*count = 0;
	b = &al->beads[bead];
	v = malloc(sizeof *v);
	e = malloc(sizeof *e);
	if (!v || !e) {
		free(v);
		free(e);
		return VIETALIGN_ENOMEM;
	}
	/* the kinds the alignment used, of those the documents found */
	if (vta_view_gather(v, al->vi, b->vi_first, (int)b->vi_count, al->kinds) ||
	    vta_view_gather(e, al->en, b->en_first, (int)b->en_count, al->kinds)) {
		free(v);
		free(e);
		return VIETALIGN_ENOMEM;
	}
	vta_view_match(v, e, pair);
	if (v->n + e->n > 0) {
		*out = calloc(v->n + e->n, sizeof **out);
		if (!*out) {
			free(v);
			free(e);
			return VIETALIGN_ENOMEM;
		}
		*count = collect(*out, b, al->vi, al->en, v, e, pair);
	}
	free(v);
	free(e);
	return VIETALIGN_OK;
}

void vietalign_anchor_matches_free(vietalign_anchor_match *matches)
{
	free(matches);
}
