/* learned.c - a word-translation table learned from the document pair
 * itself: the Dice coefficient of a Vietnamese syllable (or pair of
 * syllables: Vietnamese words are syllable sequences) and an English stem
 * over the sentence pairs a first alignment is sure of. Each Vietnamese
 * entry keeps the English stem it goes with best; both then carry the
 * same key, a VTA_ANCHOR_LEARNED anchor ("cá mú" / "grouper", learned from
 * the talk's other mentions of it, which no table holds).
 *
 * Linear in the pairs: each pair's co-occurrences are bounded (tokens per
 * sentence capped, tokens seen in one pair or in most pairs left out
 * before any co-occurrence is counted), all counts in hash maps. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "anchors/anchors.h"
#include "text/text.h"
#include "common/common.h"

/* Tokens (syllables, syllable pairs, stems) of one side of a pair that
 * are counted, at most: the first, in document order. Real sentences
 * hold fewer; this bounds a pair's co-occurrences to their square. */
#define TOKENS_MAX 96
#define WORD_MAX 128

struct vta_learned {
	vta_keymap vi; /* Vietnamese token key -> the English stem's key (low 32 bits: index into en_key) */
	vta_keymap en; /* English stem key -> 1: some entry renders to it */
	uint64_t *en_key;
	size_t nentries;
	const struct vta_learned *then; /* looked at for what this one lacks */
};

/* Vocabulary of one side: token key -> index, and per index its count of
 * pairs. */
typedef struct vocab {
	vta_keymap id;
	uint64_t *key;
	uint32_t *df;
	size_t n, cap;
} vocab;

static void vocab_free(vocab *v)
{
	vta_keymap_free(&v->id);
	free(v->key);
	free(v->df);
}

/* The index of key, added with count 0 when new; UINT32_MAX on ENOMEM. */
static uint32_t vocab_add(vocab *v, uint64_t key)
{
	uint32_t x;
	if (vta_keymap_get(&v->id, key, &x))
		return x;
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 256;
		uint64_t *k = realloc(v->key, cap * sizeof *k);
		uint32_t *d = k ? realloc(v->df, cap * sizeof *d) : NULL;
		if (k)
			v->key = k;
		if (!d)
			return UINT32_MAX;
		v->df = d;
		v->cap = cap;
	}
	if (vta_keymap_put(&v->id, key, (uint32_t)v->n))
		return UINT32_MAX;
	v->key[v->n] = key;
	v->df[v->n] = 0;
	return (uint32_t)v->n++;
}

/* Whether the token holds a letter (numbers and marks are other anchors'). */
static int has_letter(const char *w, size_t len)
{
	size_t i = 0;
	while (i < len) {
		int32_t cp;
		int k = vta_utf8_decode(w + i, len - i, &cp);
		if (k <= 0)
			return 0;
		if (vta_is_letter(cp))
			return 1;
		i += (size_t)k;
	}
	return 0;
}

/* Key of a Vietnamese syllable: lowercase, tones kept ("ba" is not "bà"). */
static uint64_t vi_key(const char *w, size_t len)
{
	char buf[WORD_MAX];
	size_t i = 0, o = 0;
	while (i < len) {
		int32_t cp;
		int k = vta_utf8_decode(w + i, len - i, &cp);
		if (k <= 0 || o + 4 >= sizeof buf)
			return 0;
		o += (size_t)utf8proc_encode_char(vta_tolower(cp), (utf8proc_uint8_t *)buf + o);
		i += (size_t)k;
	}
	return vta_anchor_hash(VTA_ANCHOR_LEARNED, buf, o);
}

/* Key of an English word: its stem (vta_en_stem()). */
static uint64_t en_key(const char *w, size_t len)
{
	char buf[WORD_MAX];
	size_t n = vta_en_stem(buf, sizeof buf, w, len);
	return n ? vta_anchor_hash(VTA_ANCHOR_LEARNED | 0x100u, buf, n) : 0;
}

/* A Vietnamese pair of syllables, from the keys of both. */
static uint64_t vi_pair_key(uint64_t a, uint64_t b)
{
	return vta_hash_extend(a ^ 0x9e3779b97f4a7c15ULL, (const char *)&b, sizeof b);
}

/* The token keys of a sentence, each once, at most TOKENS_MAX: English
 * stems, or Vietnamese syllables and pairs of adjacent syllables. */
static size_t sentence_keys(uint64_t *out, vta_token_vec *tv, const char *text, size_t len, vietalign_lang lang)
{
	size_t i, n = 0, k;
	uint64_t prev = 0;
	tv->count = 0;
	if (vta_tokens_split(tv, text, len))
		return 0;
	for (i = 0; i < tv->count && n + 2 <= TOKENS_MAX; i++) {
		const char *w = text + tv->items[i].offset;
		size_t wl = tv->items[i].length;
		uint64_t key[2] = {0, 0};
		if (!has_letter(w, wl)) {
			prev = 0;
			continue;
		}
		if (lang == VIETALIGN_LANG_EN) {
			key[0] = en_key(w, wl);
		} else {
			key[0] = vi_key(w, wl);
			/* a pair only of syllables one space apart: one word */
			if (prev && key[0] &&
			    tv->items[i].offset == tv->items[i - 1].offset + tv->items[i - 1].length + 1)
				key[1] = vi_pair_key(prev, key[0]);
			prev = key[0];
		}
		for (int j = 0; j < 2; j++) {
			if (!key[j])
				continue;
			for (k = 0; k < n && out[k] != key[j]; k++)
				;
			if (k == n)
				out[n++] = key[j];
		}
	}
	return n;
}

/* The tokens of each side of each pair, as vocabulary indices. */
typedef struct side_tokens {
	uint32_t *ids;
	size_t *start; /* pair p holds ids[start[p], start[p+1]) */
} side_tokens;

/* Appends the n keys of one side of a pair to corpus side s. */
static int corpus_push(vta_learn_corpus *c, int s, const uint64_t *keys, size_t n)
{
	if (!n) /* a sentence of no words: nothing to copy (keys may be unset) */
		return 0;
	if (vta_grow((void **)&c->keys[s], &c->kcap[s], c->used[s] + n, sizeof *c->keys[s]))
		return VIETALIGN_ENOMEM;
	memcpy(c->keys[s] + c->used[s], keys, n * sizeof *keys);
	c->used[s] += n;
	return 0;
}

/* Ends pair c->n: both sides' keys are in. */
static int corpus_close_pair(vta_learn_corpus *c)
{
	int s;
	for (s = 0; s < 2; s++) {
		if (vta_grow((void **)&c->start[s], &c->scap[s], c->n + 2, sizeof *c->start[s]))
			return VIETALIGN_ENOMEM;
		c->start[s][0] = 0;
		c->start[s][c->n + 1] = c->used[s];
	}
	c->n++;
	return 0;
}

int vta_learn_corpus_add(vta_learn_corpus *c, const vietalign_doc *vi, const vietalign_doc *en, const size_t *svi,
                         const size_t *sen, size_t n)
{
	uint64_t keys[TOKENS_MAX];
	vta_token_vec tv = {0};
	size_t p;
	int rc = 0;
	for (p = 0; p < n && !rc; p++) {
		const vta_sentence *a = &vi->sents[svi[p]], *b = &en->sents[sen[p]];
		size_t na = sentence_keys(keys, &tv, a->text, a->text_length, vi->lang);
		rc = corpus_push(c, 0, keys, na);
		if (!rc) {
			size_t nb = sentence_keys(keys, &tv, b->text, b->text_length, en->lang);
			rc = corpus_push(c, 1, keys, nb);
		}
		if (!rc)
			rc = corpus_close_pair(c);
	}
	vta_token_vec_free(&tv);
	return rc;
}

int vta_learn_corpus_append(vta_learn_corpus *dst, const vta_learn_corpus *src, size_t max_pairs)
{
	size_t p;
	int s, rc = 0;
	for (p = 0; p < src->n && dst->n < max_pairs && !rc; p++) {
		for (s = 0; s < 2 && !rc; s++) {
			size_t len = src->start[s][p + 1] - src->start[s][p];
			rc = corpus_push(dst, s, len ? src->keys[s] + src->start[s][p] : NULL, len);
		}
		if (!rc)
			rc = corpus_close_pair(dst);
	}
	return rc;
}

void vta_learn_corpus_free(vta_learn_corpus *c)
{
	int s;
	for (s = 0; s < 2; s++) {
		free(c->keys[s]);
		free(c->start[s]);
	}
	memset(c, 0, sizeof *c);
}

/* Side s of the corpus's pairs as vocabulary indices, each key's count
 * of pairs in v (a sentence's keys are distinct). */
static int read_side(side_tokens *st, vocab *v, const vta_learn_corpus *c, int s)
{
	size_t k, n = c->used[s];
	st->ids = NULL;
	if (!(st->start = malloc((c->n + 1) * sizeof *st->start)) || !(st->ids = malloc((n ? n : 1) * sizeof *st->ids)))
		return VIETALIGN_ENOMEM;
	for (k = 0; k <= c->n; k++)
		st->start[k] = c->n ? c->start[s][k] : 0;
	for (k = 0; k < n; k++) {
		uint32_t x = vocab_add(v, c->keys[s][k]);
		if (x == UINT32_MAX)
			return VIETALIGN_ENOMEM;
		v->df[x]++;
		st->ids[k] = x;
	}
	return 0;
}

static void side_free(side_tokens *st)
{
	free(st->ids);
	free(st->start);
}

/* Whether a token's count of pairs lets it make an entry: seen in at
 * least min_count pairs, and in at most a share max_share of them (words
 * in most pairs, "the", "là", go with everything). */
static int usable(uint32_t df, size_t npairs, const vta_learn_params *lp)
{
	return df >= lp->min_count && (double)df <= lp->max_share * (double)npairs;
}

/* The co-occurrence counts of usable tokens: (vi index + 1) << 32 | (en
 * index + 1) -> count. */
static int count_pairs(vta_keymap *co, const side_tokens *sv, const vocab *vv, const side_tokens *se, const vocab *ve,
                       size_t n, const vta_learn_params *lp)
{
	size_t p, a, b;
	for (p = 0; p < n; p++)
		for (a = sv->start[p]; a < sv->start[p + 1]; a++) {
			uint32_t x = sv->ids[a];
			if (!usable(vv->df[x], n, lp))
				continue;
			for (b = se->start[p]; b < se->start[p + 1]; b++) {
				uint32_t y = se->ids[b], *c;
				uint64_t key = ((uint64_t)x + 1) << 32 | ((uint64_t)y + 1);
				if (!usable(ve->df[y], n, lp))
					continue;
				if (!(c = vta_keymap_value(co, key)))
					return VIETALIGN_ENOMEM;
				++*c;
			}
		}
	return 0;
}

/* Each Vietnamese token's best English stem by Dice, when good enough:
 * best[x] = en index + 1, or 0. */
static void best_links(uint32_t *best, float *bdice, const vta_keymap *co, const vocab *vv, const vocab *ve,
                       const vta_learn_params *lp)
{
	size_t i;
	for (i = 0; i < co->cap; i++) {
		uint64_t key = co->keys[i];
		uint32_t c = co->values[i], x, y;
		double dice;
		if (!key || c < lp->min_count)
			continue;
		x = (uint32_t)(key >> 32) - 1;
		y = (uint32_t)(key & 0xffffffffu) - 1;
		dice = 2.0 * c / ((double)vv->df[x] + (double)ve->df[y]);
		/* ties to the smaller key: the order of the map's slots is no
		 * part of the result */
		if (dice >= lp->min_dice &&
		    (dice > bdice[x] || (dice == bdice[x] && best[x] && ve->key[y] < ve->key[best[x] - 1]))) {
			best[x] = y + 1;
			bdice[x] = (float)dice;
		}
	}
}

static int table_of(vta_learned *l, const uint32_t *best, const vocab *vv, const vocab *ve)
{
	size_t x;
	for (x = 0; x < vv->n; x++) {
		uint64_t ek;
		if (!best[x])
			continue;
		ek = ve->key[best[x] - 1];
		if (vta_keymap_put(&l->vi, vv->key[x], (uint32_t)l->nentries) || vta_keymap_put(&l->en, ek, 1))
			return VIETALIGN_ENOMEM;
		l->en_key[l->nentries++] = ek;
	}
	return 0;
}

int vta_learned_of(vta_learned **out, const vta_learn_corpus *c, const vta_learn_params *lp)
{
	vocab vv = {0}, ve = {0};
	side_tokens tv = {0}, te = {0};
	vta_keymap co = {0};
	uint32_t *best = NULL;
	float *bdice = NULL;
	vta_learned *l = calloc(1, sizeof *l);
	int rc = l ? 0 : VIETALIGN_ENOMEM;
	*out = NULL;
	if (!rc)
		rc = read_side(&tv, &vv, c, 0);
	if (!rc)
		rc = read_side(&te, &ve, c, 1);
	if (!rc)
		rc = count_pairs(&co, &tv, &vv, &te, &ve, c->n, lp);
	if (!rc && (!(best = calloc(vv.n + 1, sizeof *best)) || !(bdice = calloc(vv.n + 1, sizeof *bdice)) ||
	            !(l->en_key = malloc((vv.n + 1) * sizeof *l->en_key))))
		rc = VIETALIGN_ENOMEM;
	if (!rc) {
		best_links(best, bdice, &co, &vv, &ve, lp);
		rc = table_of(l, best, &vv, &ve);
	}
	free(best);
	free(bdice);
	vta_keymap_free(&co);
	side_free(&tv);
	side_free(&te);
	vocab_free(&vv);
	vocab_free(&ve);
	if (rc) {
		vta_learned_free(l);
		return rc;
	}
	*out = l;
	return 0;
}

int vta_learned_new(vta_learned **out, const vietalign_doc *vi, const vietalign_doc *en, const size_t *svi,
                    const size_t *sen, size_t n, const vta_learn_params *lp)
{
	vta_learn_corpus c = {0};
	int rc = vta_learn_corpus_add(&c, vi, en, svi, sen, n);
	*out = NULL;
	if (!rc)
		rc = vta_learned_of(out, &c, lp);
	vta_learn_corpus_free(&c);
	return rc;
}

void vta_learned_chain(vta_learned *l, const vta_learned *then)
{
	l->then = then;
}

void vta_learned_free(vta_learned *l)
{
	if (!l)
		return;
	vta_keymap_free(&l->vi);
	vta_keymap_free(&l->en);
	free(l->en_key);
	free(l);
}

size_t vta_learned_count(const vta_learned *l)
{
	return l ? l->nentries : 0;
}

static int push(vta_anchor_set *out, uint64_t key, const char *text, size_t off, size_t len)
{
	/* a translator may choose another word: no cost when unmatched */
	return vta_anchor_push(out, VTA_ANCHOR_LEARNED, VTA_ANCHOR_F_WEAK, &key, 1, text + off, len, off, len);
}

/* The English key the Vietnamese key k renders to in l or the tables
 * after it, or 0. */
static uint64_t vi_entry(const vta_learned *l, uint64_t k)
{
	uint32_t x;
	for (; l; l = l->then)
		if (vta_keymap_get(&l->vi, k, &x))
			return l->en_key[x];
	return 0;
}

static int en_entry(const vta_learned *l, uint64_t k)
{
	uint32_t x;
	for (; l; l = l->then)
		if (vta_keymap_get(&l->en, k, &x))
			return 1;
	return 0;
}

int vta_learned_extract(vta_anchor_set *out, const char *text, const vta_token_vec *tv, vietalign_lang lang,
                        const vta_learned *l)
{
	size_t i;
	uint64_t prev = 0, ek;
	int rc = 0;
	for (i = 0; i < tv->count && !rc; i++) {
		const char *w = text + tv->items[i].offset;
		size_t wl = tv->items[i].length, off = tv->items[i].offset;
		uint64_t k;
		if (!has_letter(w, wl)) {
			prev = 0;
			continue;
		}
		if (lang == VIETALIGN_LANG_EN) {
			if ((k = en_key(w, wl)) != 0 && en_entry(l, k))
				rc = push(out, k, text, off, wl);
			continue;
		}
		k = vi_key(w, wl);
		/* the pair of syllables first: it says more than either */
		if (prev && k && off == tv->items[i - 1].offset + tv->items[i - 1].length + 1 &&
		    (ek = vi_entry(l, vi_pair_key(prev, k))) != 0) {
			size_t poff = tv->items[i - 1].offset;
			rc = push(out, ek, text, poff, off + wl - poff);
		} else if (k && (ek = vi_entry(l, k)) != 0) {
			rc = push(out, ek, text, off, wl);
		}
		prev = k;
	}
	return rc;
}
