/* doc_anchors.c - reading a document's anchors: one sentence when asked
 * (kept with the document), or all of them for an alignment (kept by the
 * alignment only while it builds its tables: the anchors take several times
 * the memory of the text). */
#include <stdlib.h>
#include "anchors.h"
#include "doc.h"
#include "parallel.h"

static int read_sentence(vl_anchor_set *out, const vietalign_doc *d, size_t s)
{
	const vl_sentence *t = &d->sents[s];
	int rc = vl_anchors_extract(out, t->text, t->text_length, d->lang, d->kinds, d->lex);
	if (rc)
		vl_anchor_set_free(out);
	else
		vl_anchor_set_shrink(out);
	return rc;
}

const vl_anchor_set *vl_doc_anchors(const vietalign_doc *d, size_t s)
{
	vl_anchor_set *set = atomic_load_explicit(&d->anchors[s], memory_order_acquire), *none = NULL;
	if (set)
		return set;
	if (!(set = calloc(1, sizeof *set)))
		return NULL;
	if (read_sentence(set, d, s)) {
		free(set);
		return NULL;
	}
	/* two threads may read the same sentence at once: the first to
	 * publish wins, the other drops its copy */
	if (!atomic_compare_exchange_strong_explicit(&d->anchors[s], &none, set, memory_order_acq_rel,
	                                             memory_order_acquire)) {
		vl_anchor_set_free(set);
		free(set);
		return none;
	}
	return set;
}

void vl_anchor_sets_free(vl_anchor_set *sets, size_t n)
{
	size_t i;
	if (!sets)
		return;
	for (i = 0; i < n; i++)
		vl_anchor_set_free(&sets[i]);
	free(sets);
}

/* A share of the sentences whose anchors one thread reads. */
typedef struct {
	const vietalign_doc *doc;
	vl_anchor_set *sets;
	size_t first, end;
	size_t failed; /* the first sentence that failed */
	int rc;
} anchor_job;

static void *read_share(void *arg)
{
	anchor_job *j = arg;
	size_t i;
	for (i = j->first; i < j->end; i++)
		if ((j->rc = read_sentence(&j->sets[i], j->doc, i)) != 0) {
			j->failed = i;
			return NULL;
		}
	return NULL;
}

/* Splits the sentences into n shares of about equal bytes. */
static void split_shares(anchor_job *jobs, size_t n, const vietalign_doc *d)
{
	size_t i = 0, t, bytes = 0, done = 0;
	for (i = 0; i < d->nsents; i++)
		bytes += d->sents[i].text_length;
	for (t = 0, i = 0; t < n; t++) {
		size_t share = 0;
		jobs[t].first = i;
		while (i < d->nsents && (t + 1 == n || done + share < bytes / n * (t + 1)))
			share += d->sents[i++].text_length;
		done += share;
		jobs[t].end = i;
	}
}

int vl_doc_anchors_read(vl_anchor_set **out, const vietalign_doc *d, unsigned threads, vl_error *err)
{
	anchor_job jobs[VL_PARALLEL_MAX];
	size_t t, n = threads < 2 || d->nsents < 4096 ? 1 : threads < VL_PARALLEL_MAX ? threads : VL_PARALLEL_MAX;
	vl_anchor_set *sets = calloc(d->nsents ? d->nsents : 1, sizeof *sets);
	*out = NULL;
	if (!sets)
		return vl_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	split_shares(jobs, n, d);
	for (t = 0; t < n; t++) {
		jobs[t].doc = d;
		jobs[t].sets = sets;
		jobs[t].rc = 0;
	}
	vl_parallel(read_share, jobs, sizeof *jobs, n);
	for (t = 0; t < n; t++)
		if (jobs[t].rc) {
			vl_anchor_sets_free(sets, d->nsents);
			return vl_error_set(err, jobs[t].rc, "cannot read anchors of sentence %zu", jobs[t].failed);
		}
	*out = sets;
	return 0;
}
