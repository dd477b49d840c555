/* anchor_weights.c - IDF weights of anchors over a document pair: an anchor
 * that occurs in few sentences says more about where a sentence belongs. */
#include <math.h>
#include <stdlib.h>
#include "anchors.h"
#include "doc.h"

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static size_t collect(uint64_t *keys, size_t n, const vietalign_doc *d)
{
	size_t i, j;
	for (i = 0; i < d->nsents; i++)
		for (j = 0; j < d->anchors[i].count; j++)
			keys[n++] = d->anchors[i].items[j].key;
	return n;
}

/* Number of occurrences of key in the sorted array. */
static size_t count_of(const uint64_t *keys, size_t n, uint64_t key)
{
	size_t lo = 0, hi = n, first;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (keys[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	first = lo;
	hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (keys[mid] <= key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo - first;
}

static void set_weights(double *w, const vietalign_doc *d, const uint64_t *keys, size_t n, double nsent)
{
	size_t i, j, k = 0;
	for (i = 0; i < d->nsents; i++)
		for (j = 0; j < d->anchors[i].count; j++) {
			double df = (double)count_of(keys, n, d->anchors[i].items[j].key);
			w[k++] = log(1.0 + nsent / (df > 0 ? df : 1.0));
		}
}

size_t vl_anchor_total(const vietalign_doc *d)
{
	size_t i, total = 0;
	for (i = 0; i < d->nsents; i++)
		total += d->anchors[i].count;
	return total;
}

int vl_anchor_weights(double *w_vi, double *w_en, const vietalign_doc *vi, const vietalign_doc *en)
{
	size_t total = vl_anchor_total(vi) + vl_anchor_total(en), n;
	uint64_t *keys = malloc((total ? total : 1) * sizeof *keys);
	if (!keys)
		return VIETALIGN_ENOMEM;
	n = collect(keys, 0, vi);
	n = collect(keys, n, en);
	qsort(keys, n, sizeof *keys, cmp_u64);
	set_weights(w_vi, vi, keys, n, (double)(vi->nsents + en->nsents));
	set_weights(w_en, en, keys, n, (double)(vi->nsents + en->nsents));
	free(keys);
	return 0;
}
