/* anchor_score.c - compiled anchor tables and the fast anchor cost of a
 * bead (see anchor_score.h). */
#include <stdlib.h>
#include <string.h>
#include "anchor_score.h"
#include "anchors.h"
#include "vec.h"

/* Table words are weak evidence each (a translator picks among many
 * renderings), and a word without counterpart says little. */
#define LEX_GAIN 0.2
#define LEX_MISS 0.05

/* Anchor evidence per kind: what a shared anchor earns, what one without
 * counterpart costs. Names and punctuation are weaker than numbers: English
 * translates some names (China ↔ Trung Quốc) and moves some marks. */
static double match_gain(unsigned kind)
{
	switch (kind) {
	case VL_ANCHOR_PUNCT: return 0.5;
	case VL_ANCHOR_LEX: return LEX_GAIN;
	default: return 1.0;
	}
}

static double miss_cost(const vl_anchor *a)
{
	switch (a->kind) {
	case VL_ANCHOR_NUMBER: return 0.6;
	case VL_ANCHOR_PUNCT: return 0.4;
	case VL_ANCHOR_WORD: return (a->flags & VL_ANCHOR_F_WEAK) ? 0.0 : 0.4;
	case VL_ANCHOR_LEX: return LEX_MISS;
	default:
		return (a->flags & (VL_ANCHOR_F_INITIAL | VL_ANCHOR_F_NATIVE | VL_ANCHOR_F_WEAK)) ? 0.0 : 0.3;
	}
}

void vl_anchor_table_free(vl_anchor_table *t)
{
	free(t->start);
	free(t->key);
	free(t->pos);
	free(t->leader);
	free(t->w);
	free(t->gain);
	free(t->miss);
	free(t->msum);
	memset(t, 0, sizeof *t);
}

/* Anchors of set that take part: their number, and with idx non-NULL
 * their indices in the set, in order. */
static size_t usable(size_t *idx, const vl_anchor_set *set, unsigned kinds)
{
	size_t m, k = 0;
	for (m = 0; m < set->count && k < VL_SENT_ANCHORS_MAX; m++)
		if (set->items[m].kind & kinds) {
			if (idx)
				idx[k] = m;
			k++;
		}
	return k;
}

typedef struct {
	uint64_t key;
	size_t rank; /* document order among the usable anchors */
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
	const keyed *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->rank < y->rank ? -1 : x->rank > y->rank;
}

/* Fills the entries of one sentence from t->start[s] and sets
 * t->start[s + 1]. idx, slot_of_rank and rank_of_m hold
 * VL_SENT_ANCHORS_MAX size_t each, kd as many keyed. */
static void compile_sentence(vl_anchor_table *t, size_t s, const vl_anchor_set *set, const double *w, unsigned kinds,
                             size_t *idx, size_t *slot_of_rank, size_t *rank_of_m, keyed *kd)
{
	size_t k = usable(idx, set, kinds), r, base = t->start[s];
	double msum = 0;
	t->start[s + 1] = base + k;
	for (r = 0; r < set->count && r < VL_SENT_ANCHORS_MAX; r++)
		rank_of_m[r] = SIZE_MAX;
	for (r = 0; r < k; r++) {
		kd[r].key = set->items[idx[r]].key;
		kd[r].rank = r;
		if (idx[r] < VL_SENT_ANCHORS_MAX)
			rank_of_m[idx[r]] = r;
	}
	qsort(kd, k, sizeof *kd, cmp_keyed);
	for (r = 0; r < k; r++)
		slot_of_rank[kd[r].rank] = r;
	for (r = 0; r < k; r++) {
		const vl_anchor *a = &set->items[idx[kd[r].rank]];
		size_t lead = a->group < set->count && a->group < VL_SENT_ANCHORS_MAX ? rank_of_m[a->group] : SIZE_MAX;
		size_t e = base + r;
		t->key[e] = kd[r].key;
		t->pos[e] = (uint16_t)kd[r].rank;
		t->leader[e] = (uint16_t)(lead == SIZE_MAX ? r : slot_of_rank[lead]);
		t->w[e] = (float)w[idx[kd[r].rank]];
		t->gain[e] = (float)match_gain(a->kind);
		t->miss[e] = t->leader[e] == r ? (float)(miss_cost(a) * w[idx[kd[r].rank]]) : 0.0f;
		msum += t->miss[e];
	}
	t->msum[s] = msum;
}

static int table_alloc(vl_anchor_table *t, size_t n, size_t total)
{
	memset(t, 0, sizeof *t);
	t->n = n;
	total = total ? total : 1;
	t->start = malloc((n + 1) * sizeof *t->start);
	t->msum = malloc((n + 1) * sizeof *t->msum);
	t->key = malloc(total * sizeof *t->key);
	t->pos = malloc(total * sizeof *t->pos);
	t->leader = malloc(total * sizeof *t->leader);
	t->w = malloc(total * sizeof *t->w);
	t->gain = malloc(total * sizeof *t->gain);
	t->miss = malloc(total * sizeof *t->miss);
	if (!t->start || !t->msum || !t->key || !t->pos || !t->leader || !t->w || !t->gain || !t->miss) {
		vl_anchor_table_free(t);
		return VIETALIGN_ENOMEM;
	}
	return 0;
}

int vl_anchor_table_build(vl_anchor_table *t, const vietalign_doc *d, const double *w, unsigned kinds)
{
	size_t s, total = 0, woff = 0, *scratch;
	keyed *kd;
	for (s = 0; s < d->nsents; s++)
		total += usable(NULL, &d->anchors[s], kinds);
	if (table_alloc(t, d->nsents, total))
		return VIETALIGN_ENOMEM;
	scratch = malloc(3 * VL_SENT_ANCHORS_MAX * sizeof *scratch);
	kd = malloc(VL_SENT_ANCHORS_MAX * sizeof *kd);
	if (!scratch || !kd) {
		free(scratch);
		free(kd);
		vl_anchor_table_free(t);
		return VIETALIGN_ENOMEM;
	}
	t->start[0] = 0;
	for (s = 0; s < d->nsents; s++) {
		const vl_anchor_set *set = &d->anchors[s];
		compile_sentence(t, s, set, w + woff, kinds, scratch, scratch + VL_SENT_ANCHORS_MAX,
		                 scratch + 2 * VL_SENT_ANCHORS_MAX, kd);
		woff += set->count;
	}
	free(scratch);
	free(kd);
	return 0;
}

static int cand_before(const vl_cand *a, const vl_cand *b)
{
	return a->px != b->px ? a->px < b->px : a->py < b->py;
}

/* Insertion sort: the lists are short. */
static void sort_cands(vl_cand *c, size_t n)
{
	size_t i, j;
	for (i = 1; i < n; i++) {
		vl_cand x = c[i];
		for (j = i; j > 0 && cand_before(&x, &c[j - 1]); j--)
			c[j] = c[j - 1];
		c[j] = x;
	}
}

int vl_anchor_candidates(vl_cand_vec *out, const vl_anchor_table *v, size_t a, const vl_anchor_table *e, size_t b)
{
	const uint64_t *kv = v->key + v->start[a], *ke = e->key + e->start[b];
	const uint16_t *pv = v->pos + v->start[a], *pe = e->pos + e->start[b];
	size_t nv = v->start[a + 1] - v->start[a], ne = e->start[b + 1] - e->start[b];
	size_t p = 0, q = 0, first = out->count;
	while (p < nv && q < ne) {
		size_t p1 = p, q1 = q, x, y;
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
		if (vl_grow((void **)&out->items, &out->cap, out->count + (p1 - p) * (q1 - q), sizeof *out->items))
			return VIETALIGN_ENOMEM;
		for (x = p; x < p1; x++)
			for (y = q; y < q1; y++) {
				vl_cand *c = &out->items[out->count++];
				c->x = (uint16_t)x;
				c->y = (uint16_t)y;
				c->px = pv[x];
				c->py = pe[y];
			}
		p = p1;
		q = q1;
	}
	sort_cands(out->items + first, out->count - first);
	return 0;
}

/* A candidate of a bead: sentence offsets xo, yo within the bead. */
typedef struct {
	uint8_t xo, yo;
	uint16_t x, y, px, py;
} bead_cand;

static int bead_cand_before(const bead_cand *a, const bead_cand *b)
{
	if (a->xo != b->xo)
		return a->xo < b->xo;
	if (a->px != b->px)
		return a->px < b->px;
	if (a->yo != b->yo)
		return a->yo < b->yo;
	return a->py < b->py;
}

/* Up to this many candidates per bead are weighed; a bead of very long
 * sentences keeps the first (a bound on the cost of one bead). */
#define BEAD_CANDS_MAX 512

static size_t gather(bead_cand *out, int dv, int de, const vl_bead_cands *c)
{
	size_t n = 0, k;
	int xo, yo;
	for (xo = 0; xo < dv; xo++)
		for (yo = 0; yo < de; yo++)
			for (k = 0; k < c->n[xo][yo] && n < BEAD_CANDS_MAX; k++) {
				bead_cand *b = &out[n++], t;
				size_t z = n - 1;
				b->xo = (uint8_t)xo;
				b->yo = (uint8_t)yo;
				b->x = c->list[xo][yo][k].x;
				b->y = c->list[xo][yo][k].y;
				b->px = c->list[xo][yo][k].px;
				b->py = c->list[xo][yo][k].py;
				/* insert in bead order; lists arrive nearly sorted */
				t = *b;
				while (z > 0 && bead_cand_before(&t, &out[z - 1])) {
					out[z] = out[z - 1];
					z--;
				}
				out[z] = t;
			}
	return n;
}

/* What a match earns back: the gain and the two groups' miss costs. */
static double match_value(const vl_anchor_table *v, size_t xv, size_t lv, const vl_anchor_table *e, size_t ye,
                          size_t le)
{
	float wv = v->w[xv], we = e->w[ye];
	return v->gain[xv] * (wv < we ? wv : we) + v->miss[lv] + e->miss[le];
}

double vl_anchor_bead_cost(const vl_anchor_table *v, const vl_anchor_table *e, size_t i, int dv, size_t j, int de,
                           const vl_bead_cands *c)
{
	bead_cand bc[BEAD_CANDS_MAX];
	size_t matched[BEAD_CANDS_MAX][3]; /* (vi group, en group, en anchor) */
	vl_match_marks *mk = c->marks;
	size_t n, k, nm = 0;
	double cost = 0;
	int x;
	for (x = 0; x < dv; x++)
		cost += v->msum[i + (size_t)x];
	for (x = 0; x < de; x++)
		cost += e->msum[j + (size_t)x];
	n = gather(bc, dv, de, c);
	for (k = 0; k < n;) {
		size_t end = k, sv = v->start[i + bc[k].xo];
		uint16_t lv = v->leader[sv + bc[k].x];
		while (end < n && bc[end].xo == bc[k].xo && bc[end].x == bc[k].x)
			end++;
		for (; k < end && !mk->vgroup[bc[k].xo][lv]; k++) {
			size_t se = e->start[j + bc[k].yo];
			uint16_t le = e->leader[se + bc[k].y];
			if (mk->eused[bc[k].yo][bc[k].y] || mk->egroup[bc[k].yo][le])
				continue;
			cost -= match_value(v, sv + bc[k].x, sv + lv, e, se + bc[k].y, se + le);
			mk->vgroup[bc[k].xo][lv] = mk->egroup[bc[k].yo][le] = mk->eused[bc[k].yo][bc[k].y] = 1;
			matched[nm][0] = (size_t)bc[k].xo << 16 | lv;
			matched[nm][1] = (size_t)bc[k].yo << 16 | le;
			matched[nm][2] = (size_t)bc[k].yo << 16 | bc[k].y;
			nm++;
		}
		k = end;
	}
	/* leave the marks clear for the next bead */
	for (k = 0; k < nm; k++) {
		mk->vgroup[matched[k][0] >> 16][matched[k][0] & 0xFFFF] = 0;
		mk->egroup[matched[k][1] >> 16][matched[k][1] & 0xFFFF] = 0;
		mk->eused[matched[k][2] >> 16][matched[k][2] & 0xFFFF] = 0;
	}
	return cost;
}
