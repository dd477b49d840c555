/* anchor_score.c - compiled anchor tables and the fast anchor cost of a
 * bead (see anchor_score.h). */
#include <stdlib.h>
#include <string.h>
#include "score/score.h"
#include "anchors/anchors.h"
#include "common/common.h"

/* Anchor evidence per kind: what a shared anchor earns (by gain class,
 * VTA_PARAMS.match_gain), what one without counterpart costs (by miss
 * class, VTA_PARAMS.miss_per_weight). */
unsigned vta_anchor_gain_class(unsigned kind)
{
	switch (kind) {
	case VTA_ANCHOR_PUNCT: return 1;
	case VTA_ANCHOR_LEX: return 2;
	case VTA_ANCHOR_LEARNED: return 3;
	default: return 0;
	}
}

/* A table entry keeps the class of what it costs unmatched, not the
 * cost (a long pair's tables hold tens of millions of entries). */

unsigned vta_anchor_miss_class(unsigned kind, unsigned flags)
{
	switch (kind) {
	case VTA_ANCHOR_NUMBER: return 1;
	case VTA_ANCHOR_PUNCT: return 2;
	case VTA_ANCHOR_WORD: return (flags & VTA_ANCHOR_F_WEAK) ? 0 : 2;
	case VTA_ANCHOR_LEX: return 3;
	case VTA_ANCHOR_LEARNED: return 0; /* a translator may choose another word */
	default: return (flags & (VTA_ANCHOR_F_INITIAL | VTA_ANCHOR_F_NATIVE | VTA_ANCHOR_F_WEAK)) ? 0 : 4;
	}
}

/* An entry's classes in VTA_RANK_CLS_BITS: the gain's in the low two
 * bits, the miss cost's above (0 for an entry that leads no group). */
#define GAIN_OF(cls) ((cls)&3)
#define MISS_OF(cls) ((cls) >> 2)

#define LEADER_MASK ((1u << VTA_RANK_LEADER_BITS) - 1)
#define CLS_MASK ((1u << VTA_RANK_CLS_BITS) - 1)
#define WEIGHT_SHIFT (VTA_RANK_LEADER_BITS + VTA_RANK_CLS_BITS)

#if VTA_SENT_ANCHORS_MAX > (1 << VTA_RANK_LEADER_BITS)
#error "a rank must fit VTA_RANK_LEADER_BITS"
#endif

/* A rank's word (score.h) and its parts. */
static uint32_t rank_word(size_t leader, unsigned cls, size_t widx)
{
	return (uint32_t)leader | (uint32_t)cls << VTA_RANK_LEADER_BITS | (uint32_t)widx << WEIGHT_SHIFT;
}

static size_t leader_of(uint32_t r)
{
	return r & LEADER_MASK;
}

static unsigned cls_of(uint32_t r)
{
	return (r >> VTA_RANK_LEADER_BITS) & CLS_MASK;
}

static float weight_of(const vta_anchor_table *t, uint32_t r)
{
	return t->weight[r >> WEIGHT_SHIFT];
}

/* What the group of an entry of classes cls and weight w costs unmatched:
 * the one formula for a sentence's sum and for what a match earns back,
 * so that the two cancel exactly. */
static float miss_of(unsigned cls, float w)
{
	return VTA_PARAMS.miss_per_weight[MISS_OF(cls)] * w;
}

void vta_anchor_table_free(vta_anchor_table *t)
{
	free(t->start);
	free(t->rstart);
	free(t->key);
	free(t->pos);
	free(t->rank);
	free(t->weight);
	free(t->msum);
	memset(t, 0, sizeof *t);
}

/* The entries of sentence ps that take part: one per key of each anchor
 * of the kinds (the keys of one anchor form its group). Their number, and
 * with idx non-NULL each one's anchor (index in the sentence), key and
 * group leader (the entry of the anchor's first key), in order. */
static size_t usable(size_t *idx, uint64_t *key, size_t *lead, const vta_packed_sentence *ps, unsigned kinds)
{
	size_t m, j, k = 0, at = 0;
	for (m = 0; m < ps->n && k < VTA_SENT_ANCHORS_MAX; at += ps->a[m].nkeys, m++) {
		const vta_packed_anchor *a = &ps->a[m];
		if (!(a->kind & kinds))
			continue;
		for (j = 0; j < a->nkeys && k < VTA_SENT_ANCHORS_MAX; j++, k++)
			if (idx) {
				idx[k] = m;
				key[k] = ps->key[at + j];
				lead[k] = k - j;
			}
	}
	return k;
}

typedef struct {
	uint32_t key;
	size_t rank; /* document order among the usable anchors */
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
	const keyed *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->rank < y->rank ? -1 : x->rank > y->rank;
}

/* A key in 32 bits: a pair of sentences (some 40 and 25 anchors) holds
 * two different anchors with one key about once in 5 million, and the
 * merge reads half as much. */
static uint32_t short_key(uint64_t k)
{
	return (uint32_t)(k ^ (k >> 32));
}

/* Stable sort by key in four passes of a byte each (ranks come in
 * ascending, so it orders as cmp_keyed() does); tmp holds k entries. */
static void radix_keyed(keyed *kd, keyed *tmp, size_t k)
{
	size_t count[256], i, b;
	int shift;
	for (shift = 0; shift < 32; shift += 8) {
		size_t at = 0;
		memset(count, 0, sizeof count);
		for (i = 0; i < k; i++)
			count[(kd[i].key >> shift) & 255]++;
		if (count[kd[0].key >> shift & 255] == k)
			continue; /* every key has this byte */
		for (b = 0; b < 256; b++) {
			size_t c = count[b];
			count[b] = at;
			at += c;
		}
		for (i = 0; i < k; i++)
			tmp[count[(kd[i].key >> shift) & 255]++] = kd[i];
		memcpy(kd, tmp, k * sizeof *kd);
	}
}

/* Insertion sort for the usual few dozen anchors of a sentence, a radix
 * sort for long sentences (qsort() took most of the table's build time). */
static void sort_keyed(keyed *kd, keyed *tmp, size_t k)
{
	size_t i, j;
	if (k > 64) {
		radix_keyed(kd, tmp, k);
		return;
	}
	for (i = 1; i < k; i++) {
		keyed x = kd[i];
		for (j = i; j > 0 && cmp_keyed(&x, &kd[j - 1]) < 0; j--)
			kd[j] = kd[j - 1];
		kd[j] = x;
	}
}

/* Scratch of one sentence's compilation: VTA_SENT_ANCHORS_MAX of each. */
typedef struct {
	size_t idx[VTA_SENT_ANCHORS_MAX];   /* rank -> its anchor in the set */
	uint64_t key[VTA_SENT_ANCHORS_MAX]; /* rank -> key */
	size_t lead[VTA_SENT_ANCHORS_MAX];  /* rank -> its leader's rank */
	size_t kept[VTA_SENT_ANCHORS_MAX];  /* rank -> rank among the kept,
	                                          SIZE_MAX when left out */
	float miss[VTA_SENT_ANCHORS_MAX];
	uint8_t cls[VTA_SENT_ANCHORS_MAX];  /* rank -> classes (GAIN_OF, MISS_OF) */
	double w[VTA_SENT_ANCHORS_MAX];     /* rank -> IDF weight */
	uint8_t both[VTA_SENT_ANCHORS_MAX]; /* rank -> key in both documents */
	keyed kd[VTA_SENT_ANCHORS_MAX];
	keyed tmp[VTA_SENT_ANCHORS_MAX]; /* the radix sort's other half */
} scratch;

/* Ranks, leaders, classes and miss costs of the usable anchors of a
 * sentence, and the sum of the miss costs (in key order: kd sorted);
 * returns how many. */
static size_t rank_sentence(scratch *x, double *msum, const vta_packed_sentence *ps, const vta_idf *idf, unsigned kinds)
{
	size_t k = usable(x->idx, x->key, x->lead, ps, kinds), r;
	for (r = 0; r < k; r++) /* the weights' slots, fetched all at once */
		vta_idf_prefetch(idf, x->key[r]);
	for (r = 0; r < k; r++) {
		int both;
		x->w[r] = vta_idf_weight(idf, x->key[r], &both);
		x->both[r] = (uint8_t)both;
	}
	for (r = 0; r < k; r++) {
		x->kd[r].key = short_key(x->key[r]);
		x->kd[r].rank = r;
	}
	sort_keyed(x->kd, x->tmp, k);
	for (r = 0; r < k; r++) {
		const vta_packed_anchor *a = &ps->a[x->idx[r]];
		x->cls[r] = (uint8_t)(vta_anchor_gain_class(a->kind) |
		                      (x->lead[r] == r ? vta_anchor_miss_class(a->kind, a->flags) : 0) << 2);
		x->miss[r] = miss_of(x->cls[r], (float)x->w[r]);
	}
	*msum = 0;
	for (r = 0; r < k; r++)
		*msum += x->miss[x->kd[r].rank];
	return k;
}

/* The distinct weights of a table as it is built, each with its index: an
 * open-addressed set of indexes (0: empty slot; else 1 + the index) over
 * the weights' bits. */
typedef struct {
	uint32_t *slot;
	size_t mask;
	float *w; /* the weights by index: the table's weight[] */
	size_t n, cap;
} weight_set;

static uint32_t float_bits(float w)
{
	uint32_t b;
	memcpy(&b, &w, sizeof b);
	return b;
}

static size_t weight_hash(const weight_set *ws, float w)
{
	return (size_t)((float_bits(w) * UINT64_C(0x9E3779B97F4A7C15)) >> 32) & ws->mask;
}

/* Twice the slots, the indexes placed again. */
static int weight_set_grow(weight_set *ws)
{
	size_t size = ws->slot ? 2 * (ws->mask + 1) : 1024, k;
	uint32_t *old = ws->slot;
	if (!(ws->slot = calloc(size, sizeof *ws->slot))) {
		ws->slot = old;
		return VIETALIGN_ENOMEM;
	}
	ws->mask = size - 1;
	free(old);
	for (k = 0; k < ws->n; k++) {
		size_t h = weight_hash(ws, ws->w[k]);
		while (ws->slot[h])
			h = (h + 1) & ws->mask;
		ws->slot[h] = (uint32_t)(k + 1);
	}
	return 0;
}

/* The index of weight w, added when new; VIETALIGN_ERROR past
 * VTA_RANK_WEIGHTS_MAX weights. */
static int weight_index(size_t *idx, weight_set *ws, float w)
{
	size_t h;
	if (2 * (ws->n + 1) > ws->mask + 1 && weight_set_grow(ws))
		return VIETALIGN_ENOMEM;
	for (h = weight_hash(ws, w); ws->slot[h]; h = (h + 1) & ws->mask)
		if (float_bits(ws->w[ws->slot[h] - 1]) == float_bits(w)) {
			*idx = ws->slot[h] - 1;
			return 0;
		}
	if (ws->n == VTA_RANK_WEIGHTS_MAX)
		return VIETALIGN_ERROR;
	if (vta_grow((void **)&ws->w, &ws->cap, ws->n + 1, sizeof *ws->w))
		return VIETALIGN_ENOMEM;
	ws->w[ws->n] = w;
	ws->slot[h] = (uint32_t)(ws->n + 1);
	*idx = ws->n++;
	return 0;
}

/* Fills the entries of sentence s (from t->start[s] and t->rstart[s]; sets
 * both for s + 1). An anchor whose key the other document lacks can never
 * be matched: it counts only through the sentence's miss costs, and is
 * kept (in document order) only when it leads a group that some other
 * anchor can match. */
static int compile_sentence(vta_anchor_table *t, size_t s, const vta_packed_sentence *ps, const vta_idf *idf,
                            unsigned kinds, scratch *x, weight_set *ws)
{
	size_t k = rank_sentence(x, &t->msum[s], ps, idf, kinds), r, q, nk = t->start[s], nr = 0;
	size_t rbase = t->rstart[s];
	for (r = 0; r < k; r++)
		x->kept[r] = SIZE_MAX;
	for (r = 0; r < k; r++)
		if (x->both[r])
			x->kept[r] = x->kept[x->lead[r]] = 0;
	for (r = 0; r < k; r++) {
		size_t e = rbase + nr, widx;
		int rc;
		if (x->kept[r] == SIZE_MAX)
			continue;
		if ((rc = weight_index(&widx, ws, (float)x->w[r])))
			return rc;
		x->kept[r] = nr++;
		/* leaders come first */
		t->rank[e] = rank_word(x->kept[x->lead[r]], x->cls[r], widx);
	}
	for (q = 0; q < k; q++) {
		r = x->kd[q].rank;
		if (!x->both[r])
			continue;
		t->key[nk] = x->kd[q].key;
		t->pos[nk] = (uint16_t)x->kept[r];
		nk++;
	}
	t->start[s + 1] = (uint32_t)nk;
	t->rstart[s + 1] = (uint32_t)(rbase + nr);
	return 0;
}

static int table_alloc(vta_anchor_table *t, size_t n, size_t total)
{
	memset(t, 0, sizeof *t);
	t->n = n;
	total = total ? total : 1;
	t->start = malloc((n + 1) * sizeof *t->start);
	t->rstart = malloc((n + 1) * sizeof *t->rstart);
	t->msum = malloc((n + 1) * sizeof *t->msum);
	t->key = malloc(total * sizeof *t->key);
	t->pos = malloc(total * sizeof *t->pos);
	t->rank = malloc(total * sizeof *t->rank);
	if (!t->start || !t->rstart || !t->msum || !t->key || !t->pos || !t->rank) {
		vta_anchor_table_free(t);
		return VIETALIGN_ENOMEM;
	}
	return 0;
}

/* Gives back what the left-out anchors would have taken (a shrinking
 * realloc() cannot fail in practice; if it does, the block stays). */
static void shrink(void **p, size_t n, size_t size)
{
	void *q = realloc(*p, (n ? n : 1) * size);
	if (q)
		*p = q;
}

static void table_trim(vta_anchor_table *t)
{
	size_t nk = t->start[t->n], nr = t->rstart[t->n];
	shrink((void **)&t->key, nk, sizeof *t->key);
	shrink((void **)&t->pos, nk, sizeof *t->pos);
	shrink((void **)&t->rank, nr, sizeof *t->rank);
}

int vta_anchor_table_build(vta_anchor_table *t, vta_anchor_pack *p, const vta_idf *idf, unsigned kinds)
{
	size_t s, total = 0;
	weight_set ws = {0};
	scratch *x;
	int rc = 0;
	memset(t, 0, sizeof *t);
	for (s = 0; s < p->n; s++)
		total += usable(NULL, NULL, NULL, &p->sent[s], kinds);
	if (total > UINT32_MAX) { /* the offsets' 32 bits */
		vta_anchor_pack_release(p, p->n);
		return VIETALIGN_ERROR;
	}
	if (table_alloc(t, p->n, total) || !(x = malloc(sizeof *x))) {
		vta_anchor_table_free(t);
		vta_anchor_pack_release(p, p->n);
		return VIETALIGN_ENOMEM;
	}
	t->start[0] = t->rstart[0] = 0;
	for (s = 0; s < p->n && !rc; s++) {
		rc = compile_sentence(t, s, &p->sent[s], idf, kinds, x, &ws);
		vta_anchor_pack_release(p, s + 1); /* the table grows as the pack goes */
	}
	free(x);
	vta_anchor_pack_release(p, p->n);
	free(ws.slot);
	t->weight = ws.w; /* the table's from here */
	if (!rc && !t->weight && !(t->weight = malloc(sizeof *t->weight)))
		rc = VIETALIGN_ENOMEM;
	if (rc) {
		vta_anchor_table_free(t);
		return rc;
	}
	table_trim(t);
	return 0;
}

static int cand_before(const vta_cand *a, const vta_cand *b)
{
	return a->px != b->px ? a->px < b->px : a->py < b->py;
}

static int cmp_cand(const void *a, const void *b)
{
	const vta_cand *x = a, *y = b;
	return cand_before(x, y) ? -1 : cand_before(y, x);
}

/* Insertion sort for the usual short lists, qsort() beyond (no two
 * candidates share px and py, so both give one order). */
static void sort_cands(vta_cand *c, size_t n)
{
	size_t i, j;
	if (n > 32) {
		qsort(c, n, sizeof *c, cmp_cand);
		return;
	}
	for (i = 1; i < n; i++) {
		vta_cand x = c[i];
		for (j = i; j > 0 && cand_before(&x, &c[j - 1]); j--)
			c[j] = c[j - 1];
		c[j] = x;
	}
}

/* What matching Vietnamese anchor c->px with English anchor c->py earns
 * back (their sentences' ranks start at rv and re): the gain and the two
 * groups' miss costs. */
static float match_value(const vta_anchor_table *v, size_t rv, const vta_anchor_table *e, size_t re, const vta_cand *c)
{
	uint32_t x = v->rank[rv + c->px], y = e->rank[re + c->py];
	uint32_t gv = v->rank[rv + c->lv], ge = e->rank[re + c->le];
	float wv = weight_of(v, x), we = weight_of(e, y);
	return VTA_PARAMS.match_gain[GAIN_OF(cls_of(x))] * (wv < we ? wv : we) + miss_of(cls_of(gv), weight_of(v, gv)) +
	       miss_of(cls_of(ge), weight_of(e, ge));
}

/* The two sentences of a pair: where their entries start in the tables. */
typedef struct {
	const vta_anchor_table *v, *e;
	size_t sv, se, rv, re;
} pair_at;

/* How many ranks Vietnamese sentence a of the pair holds. */
static size_t ranks_of(const pair_at *p, size_t a)
{
	return p->v->rstart[a + 1] - p->rv;
}

static void pair_init(pair_at *p, const vta_anchor_table *v, size_t a, const vta_anchor_table *e, size_t b)
{
	p->v = v;
	p->e = e;
	p->sv = v->start[a];
	p->se = e->start[b];
	p->rv = v->rstart[a];
	p->re = e->rstart[b];
}

/* Appends candidate (x, y): entry x of the Vietnamese sentence, y of the
 * English one. */
static void emit_one(vta_cand_vec *out, const pair_at *at, size_t x, size_t y)
{
	vta_cand *c = &out->items[out->count++];
	c->px = at->v->pos[at->sv + x];
	c->py = at->e->pos[at->se + y];
	c->lv = (uint16_t)leader_of(at->v->rank[at->rv + c->px]);
	c->le = (uint16_t)leader_of(at->e->rank[at->re + c->py]);
	c->value = match_value(at->v, at->rv, at->e, at->re, c);
}

/* Appends the candidates of entries [p0, p1) of the Vietnamese sentence
 * and [q0, q1) of the English one (all with one key), in the room the
 * pair made (room_for_pair(): too_many() keeps a pair within it). */
static void emit(vta_cand_vec *out, const pair_at *at, size_t p0, size_t p1, size_t q0, size_t q1)
{
	size_t x, y;
	for (x = p0; x < p1; x++)
		for (y = q0; y < q1; y++)
			emit_one(out, at, x, y);
}

/* Room for a pair's VTA_PAIR_CANDS_ALL candidates, made once per pair
 * rather than at each key it shares. */
static int room_for_pair(vta_cand_vec *out)
{
	return vta_grow((void **)&out->items, &out->cap, out->count + VTA_PAIR_CANDS_ALL, sizeof *out->items);
}

/* The first of the n sorted keys k equal to key, or n. */
static size_t first_with(const uint32_t *k, size_t n, uint32_t key)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && k[lo] == key ? lo : n;
}

#define NO_ENTRY UINT16_MAX

/* The candidates near each key's diagonal (see VTA_PAIR_CANDS_NEAR), for a
 * pair whose keys repeat so often that all would be too many (a sentence
 * of 1,000 digits on both sides has 100,000): entry p, occurrence k of its
 * key in the Vietnamese sentence, with occurrences k - NEAR to k + NEAR of
 * that key in the English one. The Vietnamese entries are walked in rank
 * order (each has one rank px), so they come in (px, py) order. Work in
 * the sentences' entries, never in their product. */
static int near_diagonal(vta_cand_vec *out, const pair_at *at, const uint32_t *kv, size_t nv, const uint32_t *ke,
                         size_t ne, size_t nranks)
{
	uint16_t entry[VTA_SENT_ANCHORS_MAX]; /* rank -> Vietnamese entry */
	size_t r, p, q, left = VTA_PAIR_CANDS_MAX;
	if (vta_grow((void **)&out->items, &out->cap, out->count + VTA_PAIR_CANDS_MAX, sizeof *out->items))
		return VIETALIGN_ENOMEM;
	for (r = 0; r < nranks; r++)
		entry[r] = NO_ENTRY;
	for (p = 0; p < nv; p++)
		entry[at->v->pos[at->sv + p]] = (uint16_t)p;
	for (r = 0; r < nranks && left; r++) {
		size_t k, q0, q1;
		if ((p = entry[r]) == NO_ENTRY || (q0 = first_with(ke, ne, kv[p])) == ne)
			continue;
		k = p - first_with(kv, nv, kv[p]);
		for (q1 = q0; q1 < ne && ke[q1] == kv[p];)
			q1++;
		q = q0 + (k > VTA_PAIR_CANDS_NEAR ? k - VTA_PAIR_CANDS_NEAR : 0);
		for (; q < q1 && q <= q0 + k + VTA_PAIR_CANDS_NEAR && left; q++, left--)
			emit_one(out, at, p, q);
	}
	return 0;
}

/* Puts the candidates appended from `first` on in order (too_many() kept
 * them within VTA_PAIR_CANDS_ALL). */
static void finish(vta_cand_vec *out, size_t first)
{
	if (out->count > first)
		sort_cands(out->items + first, out->count - first);
}

/* Whether the candidates of entries [p0, p1) and [q0, q1) would take the
 * pair's list (from `first` on) past VTA_PAIR_CANDS_ALL; if so, drops
 * what it holds, for near_diagonal(). */
static int too_many(vta_cand_vec *out, size_t first, size_t p0, size_t p1, size_t q0, size_t q1)
{
	if (out->count - first + (p1 - p0) * (q1 - q0) <= VTA_PAIR_CANDS_ALL)
		return 0;
	out->count = first;
	return 1;
}

int vta_anchor_candidates(vta_cand_vec *out, const vta_anchor_table *v, size_t a, const vta_anchor_table *e, size_t b)
{
	pair_at at;
	const uint32_t *kv, *ke;
	size_t nv, ne, p = 0, q = 0, first = out->count;
	pair_init(&at, v, a, e, b);
	kv = v->key + at.sv;
	ke = e->key + at.se;
	nv = v->start[a + 1] - at.sv;
	ne = e->start[b + 1] - at.se;
	if (room_for_pair(out))
		return VIETALIGN_ENOMEM;
	while (p < nv && q < ne) {
		size_t p1 = p, q1 = q;
		if (kv[p] < ke[q]) {
			p++;
			continue;
		}
		if (kv[p] > ke[q]) {
			q++;
			continue;
		}
		while (p1 < nv && kv[p1] == kv[p])
			p1++;
		while (q1 < ne && ke[q1] == ke[q])
			q1++;
		if (too_many(out, first, p, p1, q, q1))
			return near_diagonal(out, &at, kv, nv, ke, ne, ranks_of(&at, a));
		emit(out, &at, p, p1, q, q1);
		p = p1;
		q = q1;
	}
	finish(out, first);
	return 0;
}

void vta_key_probe_set(vta_key_probe *pr, const vta_anchor_table *v, size_t a)
{
	size_t s = v->start[a], n = v->start[a + 1] - s, k, size = 16;
	while (size < 2 * n)
		size *= 2;
	pr->v = v;
	pr->sentence = a;
	pr->mask = (uint32_t)(size - 1);
	memset(pr->at, 0, size * sizeof *pr->at);
	for (k = n; k-- > 0;) { /* backwards: a key's first entry wins */
		uint32_t h = v->key[s + k] & pr->mask;
		while (pr->at[h] && pr->key[h] != v->key[s + k])
			h = (h + 1) & pr->mask;
		pr->key[h] = v->key[s + k];
		pr->at[h] = (uint16_t)(k + 1);
	}
}

int vta_anchor_candidates_probe(vta_cand_vec *out, const vta_key_probe *pr, const vta_anchor_table *e, size_t b)
{
	pair_at at;
	const uint32_t *kv, *ke;
	size_t nv, ne, q = 0, first = out->count;
	pair_init(&at, pr->v, pr->sentence, e, b);
	kv = pr->v->key + at.sv;
	ke = e->key + at.se;
	nv = pr->v->start[pr->sentence + 1] - at.sv;
	ne = e->start[b + 1] - at.se;
	if (room_for_pair(out))
		return VIETALIGN_ENOMEM;
	while (q < ne) {
		size_t q1 = q + 1, p, p1;
		uint32_t h = ke[q] & pr->mask;
		while (q1 < ne && ke[q1] == ke[q])
			q1++;
		while (pr->at[h] && pr->key[h] != ke[q])
			h = (h + 1) & pr->mask;
		if (pr->at[h]) {
			p = p1 = (size_t)pr->at[h] - 1;
			while (p1 < nv && kv[p1] == ke[q])
				p1++;
			if (too_many(out, first, p, p1, q, q1))
				return near_diagonal(out, &at, kv, nv, ke, ne, ranks_of(&at, pr->sentence));
			emit(out, &at, p, p1, q, q1);
		}
		q = q1;
	}
	finish(out, first);
	return 0;
}

/* Up to this many candidates per bead are weighed, taken list by list in
 * the order of their sentence pairs. */
#define BEAD_CANDS_MAX VTA_PAIR_CANDS_MAX

/* A new mark for a bead's matching: a flag is set when it holds the
 * bead's mark, so no flag is cleared after a bead; once the marks run
 * out, every flag is cleared at once (18 KB every 65,535 beads). */
static uint16_t next_mark(vta_match_marks *mk)
{
	if (mk->mark == UINT16_MAX)
		memset(mk, 0, sizeof *mk);
	return ++mk->mark;
}

/* The marks one Vietnamese sentence's matching reads and sets: its
 * groups', and each English sentence's anchors' and groups', looked up
 * once per sentence rather than once per candidate; and the bead's mark. */
typedef struct {
	uint16_t *vgroup, *eused[3], *egroup[3];
	uint16_t mark;
} sentence_marks;

static void sentence_marks_of(sentence_marks *sm, vta_match_marks *mk, int xo, uint16_t mark)
{
	int y;
	sm->vgroup = mk->vgroup[xo];
	sm->mark = mark;
	for (y = 0; y < 3; y++) {
		sm->eused[y] = mk->eused[y];
		sm->egroup[y] = mk->egroup[y];
	}
}

/* What the matches earn as they are taken: the bead's sum, the
 * Vietnamese sentence's and each English sentence's, each added to in
 * the order of the matches; with `groups` (a pair matched alone), the
 * groups taken, a bit per group (rank modulo 64). In locals of the
 * sentence's matching: sums kept behind pointers would be stored and
 * loaded again at each match, around the stores to the marks. */
typedef struct {
	double gain, gv, ge[3];
	uint64_t vtaken, etaken;
} match_sums;

/* Takes candidate c (of the sentence of sm, English sentence yo of the
 * bead) when its groups and English anchor are free. Inline: a bead
 * weighs a dozen candidates, the search millions of beads. */
VTA_INLINE void take(match_sums *m, const sentence_marks *sm, int yo, const vta_cand *c, int groups)
{
	uint16_t *eused = sm->eused[yo], *egroup = sm->egroup[yo], mark = sm->mark;
	if ((sm->vgroup[c->lv] == mark) | (eused[c->py] == mark) | (egroup[c->le] == mark))
		return;
	m->gain += c->value;
	m->gv += c->value;
	m->ge[yo] += c->value;
	sm->vgroup[c->lv] = egroup[c->le] = eused[c->py] = mark;
	if (groups) {
		m->vtaken |= (uint64_t)1 << (c->lv & 63);
		m->etaken |= (uint64_t)1 << (c->le & 63);
	}
}

/* The end of a list of n entries; an empty list may be a null pointer,
 * and null + 0 is undefined in C. */
static inline const vta_cand *list_end(const vta_cand *l, size_t n)
{
	return n ? l + n : l;
}

/* The merge of three lists by (px, list), each in its order: on equal
 * px the earlier list's go first. Pointers in locals, which the
 * compiler keeps in registers. */
static inline void merge_three(match_sums *m, const sentence_marks *sm, const vta_cand *const *l, const size_t *n)
{
	const vta_cand *a = l[0], *ae = list_end(l[0], n[0]), *b = l[1], *be = list_end(l[1], n[1]), *c = l[2],
		       *ce = list_end(l[2], n[2]);
	for (;;) {
		unsigned pa = a < ae ? a->px : UINT32_MAX, pb = b < be ? b->px : UINT32_MAX;
		unsigned pc = c < ce ? c->px : UINT32_MAX;
		if (pa <= pb && pa <= pc) {
			if (a == ae)
				return; /* all three are done */
			take(m, sm, 0, a++, 0);
		} else if (pb <= pc) {
			take(m, sm, 1, b++, 0);
		} else {
			take(m, sm, 2, c++, 0);
		}
	}
}

/* The usual merge of two lists: on equal px the first list's go first. */
static inline void merge_two(match_sums *m, const sentence_marks *sm, const vta_cand *const *l, const size_t *n)
{
	const vta_cand *a = l[0], *ae = list_end(l[0], n[0]), *b = l[1], *be = list_end(l[1], n[1]);
	while (a < ae && b < be) {
		if (b->px < a->px)
			take(m, sm, 1, b++, 0);
		else
			take(m, sm, 0, a++, 0);
	}
	for (; a < ae; a++)
		take(m, sm, 0, a, 0);
	for (; b < be; b++)
		take(m, sm, 1, b, 0);
}

/* match_sentence()'s merge (below), with its sums in the caller's locals. */
VTA_INLINE void match_merged(match_sums *m, const sentence_marks *smp, const vta_cand *const *l, const size_t *n,
                             int de, int groups)
{
	sentence_marks sm = *smp;
	if (de == 1) { /* one list: already in that order */
		const vta_cand *c = l[0], *end = list_end(l[0], n[0]);
		for (; c < end; c++)
			take(m, &sm, 0, c, groups);
		return;
	}
	if (de == 3)
		merge_three(m, &sm, l, n);
	else
		merge_two(m, &sm, l, n);
}

/* Matches the anchors of Vietnamese sentence xo of a bead with the English
 * sentences' (lists l[0..de), n[y] entries each, each sorted by (px, py)):
 * the anchors in document order, each taking the first free counterpart
 * in the bead's order (English sentence, then rank). The lists are merged
 * as they are read, by (px, English sentence). What the matches earn is
 * added to *gain, to *gv (the sentence's) and to ge[y] (English sentence
 * y's), each in the order of the matches; the flags they take get the
 * bead's mark. ge holds three sums whatever de. */
VTA_INLINE void match_sentence(double *gain, double *gv, double *ge, vta_match_marks *mk, int xo, uint16_t mark,
                               const vta_cand *const *l, const size_t *n, int de, match_sums *groups)
{
	sentence_marks sm;
	match_sums m;
	int y;
	m.gain = *gain;
	m.gv = *gv;
	for (y = 0; y < 3; y++) /* all three: a copy in registers, not a call */
		m.ge[y] = ge[y];
	m.vtaken = m.etaken = 0;
	sentence_marks_of(&sm, mk, xo, mark);
	match_merged(&m, &sm, l, n, de, groups != NULL);
	*gain = m.gain;
	*gv = m.gv;
	for (y = 0; y < 3; y++)
		ge[y] = m.ge[y];
	if (groups) {
		groups->vtaken = m.vtaken;
		groups->etaken = m.etaken;
	}
}

/* What the matches of a bead of dv Vietnamese and de English sentences
 * earn, by matching every candidate; gv and ge get what each sentence's
 * matches earn (bead order). Inline in each shape's code: the loops over
 * the bead's lists unroll. */
VTA_INLINE double match_bead(double *gv, double *ge, int dv, int de, const vta_cand *const list[3][3],
                             const size_t cn[3][3], vta_match_marks *mk)
{
	size_t left = BEAD_CANDS_MAX;
	double gain = 0;
	uint16_t mark = next_mark(mk);
	int x, y;
	for (x = 0; x < dv; x++) {
		const vta_cand *l[3];
		size_t n[3];
		for (y = 0; y < de; y++) { /* the lists are counted from the bead's end */
			int a = dv - 1 - x, b = de - 1 - y;
			l[y] = list[a][b];
			n[y] = cn[a][b] < left ? cn[a][b] : left;
			left -= n[y];
		}
		match_sentence(&gain, &gv[x], ge, mk, x, mark, l, n, de, NULL);
	}
	return gain;
}

/* Matches as match_bead() for one pair alone, noting which groups the
 * matches take. */
void vta_pair_gain_of(vta_pair_gain *g, const vta_cand *c, size_t n, vta_match_marks *mk)
{
	match_sums groups;
	double gv = 0, ge[3] = {0, 0, 0};
	memset(g, 0, sizeof *g);
	match_sentence(&g->gain, &gv, ge, mk, 0, next_mark(mk), &c, &n, 1, &groups);
	g->vtaken = groups.vtaken;
	g->etaken = groups.etaken;
}

/* (Counting the pairs from the bead's end, as vta_bead_cands does, or from
 * its start changes neither the sum nor which pairs share a sentence.)
 *
 * The bead's gain as the sum of its pairs' gains, when they are known, no
 * two pairs take a group in common (in one Vietnamese sentence, or in one
 * English one), and the candidates do not exceed what a bead weighs; else
 * 0. Why that is enough: the bead's matching marks a superset of what
 * each pair's own does, so a candidate a pair rejects alone it rejects in
 * the bead too; one it takes alone is blocked in the bead only by a group
 * another pair takes there, which (by induction over the candidates in
 * the bead's order) is one that pair takes alone. */
VTA_INLINE int sum_of_pairs(double *gain, const vta_bead_cands *c, int dv, int de)
{
	size_t total = 0;
	int x, y, z;
	*gain = 0;
	for (x = 0; x < dv; x++)
		for (y = 0; y < de; y++) {
			if (!c->gain[x][y])
				return 0;
			total += c->n[x][y];
			*gain += c->gain[x][y]->gain;
		}
	if (total > BEAD_CANDS_MAX)
		return 0;
	for (x = 0; x < dv; x++)
		for (y = 0; y < de; y++)
			for (z = y + 1; z < de; z++)
				if (c->gain[x][y]->vtaken & c->gain[x][z]->vtaken)
					return 0;
	for (y = 0; y < de; y++)
		for (x = 0; x < dv; x++)
			for (z = x + 1; z < dv; z++)
				if (c->gain[x][y]->etaken & c->gain[z][y]->etaken)
					return 0;
	return 1;
}

/* What the sentences of a merging side (n of them from s, each earning
 * g[k]) cost beyond their misses: one with anchors that matches none is
 * likelier a sentence the other side left out, beside the bead, than one
 * the bead's other side merges in. */
VTA_INLINE double bare_cost(const vta_anchor_table *t, size_t s, int n, const double *g, double bare)
{
	double c = 0;
	int k;
	if (n < 2 || bare <= 0)
		return 0;
	for (k = 0; k < n; k++)
		if (g[k] <= 0 && t->msum[s + (size_t)k] > 0)
			c += bare;
	return c;
}

/* vta_anchor_bead_cost() for dv and de known where it is inlined: the
 * loops over the bead's sentences and pairs unrolled, the sums a side of
 * one sentence never reads left out. */
VTA_INLINE double bead_cost_of(const vta_anchor_table *v, const vta_anchor_table *e, size_t i, int dv, size_t j, int de,
                               const vta_bead_cands *c, double bare)
{
	double cost = 0, gain, gv[3] = {0, 0, 0}, ge[3] = {0, 0, 0};
	int x, y;
	for (x = 0; x < dv; x++)
		cost += v->msum[i + (size_t)x];
	for (y = 0; y < de; y++)
		cost += e->msum[j + (size_t)y];
	if (sum_of_pairs(&gain, c, dv, de)) {
		for (x = 0; x < dv; x++)
			for (y = 0; y < de; y++) {
				double g = c->gain[dv - 1 - x][de - 1 - y]->gain;
				gv[x] += g;
				ge[y] += g;
			}
	} else {
		gain = match_bead(gv, ge, dv, de, c->list, c->n, c->marks);
	}
	return cost - gain + bare_cost(v, i, dv, gv, bare) + bare_cost(e, j, de, ge, bare);
}

double vta_anchor_bead_cost(const vta_anchor_table *v, const vta_anchor_table *e, size_t i, int dv, size_t j, int de,
                            const vta_bead_cands *c, double bare)
{
	switch (dv * 4 + de) { /* the search's shapes, each its own code */
	case 1 * 4 + 1: return bead_cost_of(v, e, i, 1, j, 1, c, bare);
	case 2 * 4 + 1: return bead_cost_of(v, e, i, 2, j, 1, c, bare);
	case 1 * 4 + 2: return bead_cost_of(v, e, i, 1, j, 2, c, bare);
	case 2 * 4 + 2: return bead_cost_of(v, e, i, 2, j, 2, c, bare);
	case 3 * 4 + 1: return bead_cost_of(v, e, i, 3, j, 1, c, bare);
	case 1 * 4 + 3: return bead_cost_of(v, e, i, 1, j, 3, c, bare);
	default: return bead_cost_of(v, e, i, dv, j, de, c, bare);
	}
}
