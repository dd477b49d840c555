/* anchor_report.c - the anchors of sentences and beads, for callers (QA
 * reports, CAT tools) through the public API. */
#include <stdlib.h>
#include <string.h>
#include "api/api.h"
#include "search/search.h"
#include "anchors/anchors.h"

/* The sizes of the versions of vietalign_anchor, oldest first. */
static const size_t anchor_sizes[] = {sizeof(vietalign_anchor)};

struct vietalign_anchor_report {
	vta_anchor_line *lines;
	size_t count;
};

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
	vta_anchor_fill(&full, doc, sentence, &set->items[i]);
	return vta_versioned_copy(out, &full, anchor_sizes, VIETALIGN_ANCHOR_VERSION);
}

int vietalign_alignment_bead_anchors(vietalign_anchor_report **out, const vietalign_alignment *al, size_t bead)
{
	const vta_bead *b;
	vietalign_anchor_report *r;
	int rc;
	if (!out)
		return VIETALIGN_EINVALID;
	*out = NULL;
	if (!al || bead >= al->nbeads)
		return VIETALIGN_EINVALID;
	b = &al->beads[bead];
	if (!(r = calloc(1, sizeof *r)))
		return VIETALIGN_ENOMEM;
	/* the kinds the alignment used, of those the documents found */
	rc = vta_span_anchors(&r->lines, &r->count, al->kinds, al->vi, b->vi_first, b->vi_count, al->en, b->en_first,
	                      b->en_count);
	if (rc) {
		vietalign_anchor_report_free(r);
		return rc;
	}
	*out = r;
	return VIETALIGN_OK;
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
