/* anchor_weights.c - IDF weights of anchors over a document pair: an anchor
 * that occurs in few sentences says more about where a sentence belongs. */
#include <math.h>
#include <stdlib.h>
#include "anchors/anchors.h"
#include "segment/segment.h"
#include "common/common.h"

/* Occurrences of each key over both documents: an open-addressing table
 * (linear in the number of anchors, where sorting was n log n). A slot
 * holds all that is known of its key, so a look-up touches one cache
 * line; on a long pair the table outgrows the caches and look-ups are
 * issued a batch at a time, each slot fetched before it is read. */
typedef struct {
	uint64_t key;
	uint32_t count; /* 0: an empty slot */
	uint8_t sides;  /* 1: seen in the Vietnamese document, 2: in the English */
} key_slot;

typedef struct {
	key_slot *slot;
	size_t mask, used;
} key_counts;

#define BATCH 16

static size_t home(const key_counts *t, uint64_t key)
{
	return (size_t)(key * 0x9E3779B97F4A7C15ULL >> 17) & t->mask;
}

static size_t slot(const key_counts *t, uint64_t key)
{
	size_t h = home(t, key);
	while (t->slot[h].count && t->slot[h].key != key)
		h = (h + 1) & t->mask;
	return h;
}

static int table_init(key_counts *t, size_t slots)
{
	t->mask = slots - 1;
	t->used = 0;
	t->slot = calloc(slots, sizeof *t->slot);
	return t->slot ? 0 : VIETALIGN_ENOMEM;
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
		if (t->slot[h].count) {
			n.slot[slot(&n, t->slot[h].key)] = t->slot[h];
			n.used++;
		}
	free(t->slot);
	*t = n;
	return 0;
}

static void prefetch(const key_counts *t, uint64_t key)
{
#if defined(__GNUC__)
	__builtin_prefetch(&t->slot[home(t, key)]);
#else
	(void)t;
	(void)key;
#endif
}

/* Adds n occurrences of key on sides `side`. */
static int add_key(key_counts *t, uint64_t key, uint32_t n, uint8_t side)
{
	size_t h = slot(t, key);
	if (!t->slot[h].count) {
		if (2 * (t->used + 1) > t->mask + 1) {
			if (grow(t))
				return VIETALIGN_ENOMEM;
			h = slot(t, key);
		}
		t->slot[h].key = key;
		t->slot[h].sides = 0;
		t->used++;
	}
	t->slot[h].count = t->slot[h].count > UINT32_MAX - n ? UINT32_MAX : t->slot[h].count + n;
	t->slot[h].sides |= side;
	return 0;
}

static int count_doc(key_counts *t, const vta_anchor_pack *p, uint8_t side)
{
	size_t s, k, b;
	for (s = 0; s < p->n; s++) {
		const uint64_t *key = p->sent[s].key;
		size_t n = p->sent[s].nkeys;
		/* the slots of BATCH keys fetched at once (a long pair's table
		 * outgrows the caches) */
		for (b = 0; b < n; b += BATCH) {
			size_t e = b + BATCH < n ? b + BATCH : n;
			for (k = b; k < e; k++)
				prefetch(t, key[k]);
			for (k = b; k < e; k++)
				if (add_key(t, key[k], 1, side))
					return VIETALIGN_ENOMEM;
		}
	}
	return 0;
}

/* Weights of the counts below this (and below the pair's sentences) worked
 * out once: a long pair's anchors ask for millions of weights, and most
 * keys occur a few times; a short pair asks for too few to fill it. */
#define SMALL_COUNTS 4096

struct vta_idf {
	key_counts t;
	double nsent; /* sentences of both documents */
	size_t nsmall;
	double small[SMALL_COUNTS]; /* small[c]: the weight of count c < nsmall */
};

static double weight_of(double nsent, uint32_t count)
{
	double df = (double)count;
	return log(1.0 + nsent / (df > 0 ? df : 1.0));
}

/* One document's counts, on a thread of its own. */
typedef struct {
	key_counts t;
	const vta_anchor_pack *p;
	uint8_t side;
	int rc;
} count_job;

static void *count_one(void *arg)
{
	count_job *j = arg;
	j->rc = table_init(&j->t, 1024) || count_doc(&j->t, j->p, j->side) ? VIETALIGN_ENOMEM : 0;
	return NULL;
}

/* Adds the counts of b to a. */
static int merge(key_counts *a, const key_counts *b)
{
	size_t h;
	for (h = 0; h <= b->mask; h++)
		if (b->slot[h].count && add_key(a, b->slot[h].key, b->slot[h].count, b->slot[h].sides))
			return VIETALIGN_ENOMEM;
	return 0;
}

int vta_idf_new(vta_idf **out, const vta_anchor_pack *vi, const vta_anchor_pack *en, unsigned threads)
{
	count_job jobs[2] = {{{0}, vi, 1, 0}, {{0}, en, 2, 0}};
	vta_idf *f = calloc(1, sizeof *f);
	size_t c;
	int rc;
	*out = NULL;
	if (!f)
		return VIETALIGN_ENOMEM;
	/* each document counted apart (on two threads when there are), then
	 * the English counts added to the Vietnamese: the same counts */
	if (threads >= 2) {
		vta_parallel(count_one, jobs, sizeof *jobs, 2);
	} else {
		count_one(&jobs[0]);
		count_one(&jobs[1]);
	}
	rc = jobs[0].rc || jobs[1].rc || merge(&jobs[0].t, &jobs[1].t);
	free(jobs[1].t.slot);
	f->t = jobs[0].t;
	f->nsent = (double)(vi->n + en->n);
	f->nsmall = vi->n + en->n < SMALL_COUNTS ? vi->n + en->n : SMALL_COUNTS;
	for (c = 0; c < f->nsmall; c++)
		f->small[c] = weight_of(f->nsent, (uint32_t)c);
	if (rc) {
		vta_idf_free(f);
		return VIETALIGN_ENOMEM;
	}
	*out = f;
	return 0;
}

void vta_idf_free(vta_idf *f)
{
	if (f)
		free(f->t.slot);
	free(f);
}

void vta_idf_prefetch(const vta_idf *f, uint64_t key)
{
	prefetch(&f->t, key);
}

double vta_idf_weight(const vta_idf *f, uint64_t key, int *both)
{
	const key_slot *e = &f->t.slot[slot(&f->t, key)];
	if (both)
		*both = e->sides == 3;
	return e->count < f->nsmall ? f->small[e->count] : weight_of(f->nsent, e->count);
}
