/* anchor_report.c - the anchors of sentences and beads, for callers (QA
 * reports, CAT tools) through the public API. */
#include <stdlib.h>
#include <string.h>
#include "api/api.h"
#include "search/search.h"
#include "anchors/anchors.h"

/* The sizes of the versions of vietalign_anchor, oldest first. */
static const size_t anchor_sizes[] = {sizeof(vietalign_anchor)};

/* One line of a report: a Vietnamese anchor and its English counterpart,
 * or one side alone (the other's kind 0). */
typedef struct {
	vietalign_anchor vi, en;
} report_line;

struct vietalign_anchor_report {
	report_line *lines;
	size_t count;
};

/* a: an anchor of the set of the sentence, which has been read */
static void fill(vietalign_anchor *out, const vietalign_doc *doc, size_t sentence, const vta_anchor *a)
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

size_t vietalign_doc_anchor_count(const vietalign_doc *doc, size_t sentence)
{
	const vta_anchor_set *set = doc && sentence < doc->nsents ? vta_doc_anchors(doc, sentence) : NULL;
	return set ? set->count : 0;
}

int vietalign_doc_anchor(vietalign_anchor *out, const vietalign_doc *doc, size_t sentence, size_t i)
{
	const vta_anchor_set *set;
	vietalign_anchor full;
	if (!out || !doc || sentence >= doc->nsents)
		return VIETALIGN_EINVALID;
	if (!vta_version_known(out, VIETALIGN_ANCHOR_VERSION))
		return VIETALIGN_EVERSION;
	if (!(set = vta_doc_anchors(doc, sentence)))
		return VIETALIGN_ENOMEM;
	if (i >= set->count)
		return VIETALIGN_EINVALID;
	fill(&full, doc, sentence, &set->items[i]);
	return vta_versioned_copy(out, &full, anchor_sizes, VIETALIGN_ANCHOR_VERSION);
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

static size_t collect(report_line *m, const vta_bead *b, const vietalign_doc *vi, const vietalign_doc *en,
                      const vta_anchor_view *v, const vta_anchor_view *e, const short *pair)
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

int vietalign_alignment_bead_anchors(vietalign_anchor_report **out, const vietalign_alignment *al, size_t bead)
{
	vta_anchor_view *v = NULL, *e = NULL;
	short pair[VTA_VIEW_MAX];
	const vta_bead *b;
	vietalign_anchor_report *r = NULL;
	int rc = VIETALIGN_ENOMEM;
	if (!out)
		return VIETALIGN_EINVALID;
	*out = NULL;
	if (!al || bead >= al->nbeads)
		return VIETALIGN_EINVALID;
	b = &al->beads[bead];
	if (!(v = malloc(sizeof *v)) || !(e = malloc(sizeof *e)) || !(r = calloc(1, sizeof *r)))
		goto done;
	/* the kinds the alignment used, of those the documents found */
	if (vta_view_gather(v, al->vi, b->vi_first, (int)b->vi_count, al->kinds) ||
	    vta_view_gather(e, al->en, b->en_first, (int)b->en_count, al->kinds))
		goto done;
	vta_view_match(v, e, pair);
	if (v->n + e->n > 0) {
		if (!(r->lines = calloc(v->n + e->n, sizeof *r->lines)))
			goto done;
		r->count = collect(r->lines, b, al->vi, al->en, v, e, pair);
	}
	*out = r;
	r = NULL;
	rc = VIETALIGN_OK;
done:
	vietalign_anchor_report_free(r);
	free(v);
	free(e);
	return rc;
}

size_t vietalign_anchor_report_count(const vietalign_anchor_report *report)
{
	return report ? report->count : 0;
}

int vietalign_anchor_report_get(vietalign_anchor *vi, vietalign_anchor *en, const vietalign_anchor_report *report,
                                size_t i)
{
	if (!vi || !en || !report || i >= report->count)
		return VIETALIGN_EINVALID;
	if (!vta_version_known(vi, VIETALIGN_ANCHOR_VERSION) || !vta_version_known(en, VIETALIGN_ANCHOR_VERSION))
		return VIETALIGN_EVERSION;
	vta_versioned_copy(vi, &report->lines[i].vi, anchor_sizes, VIETALIGN_ANCHOR_VERSION);
	vta_versioned_copy(en, &report->lines[i].en, anchor_sizes, VIETALIGN_ANCHOR_VERSION);
	return VIETALIGN_OK;
}

void vietalign_anchor_report_free(vietalign_anchor_report *report)
{
	if (report) {
		free(report->lines);
		free(report);
	}
}
