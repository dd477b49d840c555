/* anchor_weights.c - IDF weights of anchors over a document pair: an anchor
 * that occurs in few sentences says more about where a sentence belongs. */
#include <math.h>
#include <stdlib.h>
#include "anchors.h"
#include "doc.h"

/* Occurrences of each key over both documents: an open-addressing table
 * (linear in the number of anchors, where sorting was n log n). */
typedef struct {
	uint64_t *key;
	uint32_t *count;
	uint8_t *sides; /* 1: seen in the Vietnamese document, 2: in the English */
	size_t mask, used;
} key_counts;

static size_t slot(const key_counts *t, uint64_t key)
{
	size_t h = (size_t)(key * 0x9E3779B97F4A7C15ULL >> 17) & t->mask;
	while (t->count[h] && t->key[h] != key)
		h = (h + 1) & t->mask;
	return h;
}

static void table_free(key_counts *t)
{
	free(t->key);
	free(t->count);
	free(t->sides);
}

static int table_init(key_counts *t, size_t slots)
{
	t->mask = slots - 1;
	t->used = 0;
	t->key = malloc(slots * sizeof *t->key);
	t->count = calloc(slots, sizeof *t->count);
	t->sides = malloc(slots);
	if (t->key && t->count && t->sides)
		return 0;
	table_free(t);
	return VIETALIGN_ENOMEM;
}

/* Doubles the table (kept at most half full: distinct keys are far fewer
 * than anchors, so the table is sized by what it holds). */
static int grow(key_counts *t)
{
	key_counts n;
	size_t h;
	if (t->mask >= SIZE_MAX / 4 || table_init(&n, 2 * (t->mask + 1)))
		return VIETALIGN_ENOMEM;
	for (h = 0; h <= t->mask; h++)
		if (t->count[h]) {
			size_t x = slot(&n, t->key[h]);
			n.key[x] = t->key[h];
			n.count[x] = t->count[h];
			n.sides[x] = t->sides[h];
			n.used++;
		}
	table_free(t);
	*t = n;
	return 0;
}

static int count_doc(key_counts *t, const vietalign_doc *d, uint8_t side)
{
	size_t i, j;
	for (i = 0; i < d->nsents; i++)
		for (j = 0; j < d->anchors[i].count; j++) {
			size_t h = slot(t, d->anchors[i].items[j].key);
			if (!t->count[h]) {
				if (2 * (t->used + 1) > t->mask + 1) {
					if (grow(t))
						return VIETALIGN_ENOMEM;
					h = slot(t, d->anchors[i].items[j].key);
				}
				t->key[h] = d->anchors[i].items[j].key;
				t->sides[h] = 0;
				t->used++;
			}
			t->sides[h] |= side;
			if (t->count[h] < UINT32_MAX)
				t->count[h]++;
		}
	return 0;
}

static void set_weights(double *w, uint8_t *both, const vietalign_doc *d, const key_counts *t, double nsent)
{
	size_t i, j, k = 0;
	for (i = 0; i < d->nsents; i++)
		for (j = 0; j < d->anchors[i].count; j++, k++) {
			size_t h = slot(t, d->anchors[i].items[j].key);
			double df = (double)t->count[h];
			w[k] = log(1.0 + nsent / (df > 0 ? df : 1.0));
			if (both)
				both[k] = t->sides[h] == 3;
		}
}

size_t vl_anchor_total(const vietalign_doc *d)
{
	size_t i, total = 0;
	for (i = 0; i < d->nsents; i++)
		total += d->anchors[i].count;
	return total;
}

int vl_anchor_weights(double *w_vi, double *w_en, uint8_t *both_vi, uint8_t *both_en, const vietalign_doc *vi,
                      const vietalign_doc *en)
{
	key_counts t;
	if (table_init(&t, 1024))
		return VIETALIGN_ENOMEM;
	if (count_doc(&t, vi, 1) || count_doc(&t, en, 2)) {
		table_free(&t);
		return VIETALIGN_ENOMEM;
	}
	set_weights(w_vi, both_vi, vi, &t, (double)(vi->nsents + en->nsents));
	set_weights(w_en, both_en, en, &t, (double)(vi->nsents + en->nsents));
	table_free(&t);
	return 0;
}
