/* check_terms.c - the glossary's terms, and one translation per sentence
 * over the document. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "api/api.h"
#include "search/search.h"

/* Where word w (lowercase for ASCII letters) occurs in t as a whole word,
 * ASCII letters compared without case; -1 when it does not. */
static long find_word(const char *t, const char *w)
{
	size_t n = strlen(w), i;
	if (!n)
		return -1;
	for (i = 0; t[i]; i++) {
		size_t k;
		for (k = 0; k < n && t[i + k] && tolower((unsigned char)t[i + k]) == tolower((unsigned char)w[k]); k++)
			;
		if (k == n && (i == 0 || !isalnum((unsigned char)t[i - 1])) && !isalnum((unsigned char)t[i + n]))
			return (long)i;
	}
	return -1;
}

/* Finds term w in the sentences of one side of a bead: *spot set. */
static int in_side(vta_spot *spot, const vietalign_doc *d, size_t first, size_t count, const char *w)
{
	size_t k;
	for (k = 0; k < count; k++) {
		long at = find_word(d->sents[first + k].text, w);
		if (at >= 0) {
			vta_spot p = {1, first + k, (size_t)at, strlen(w)};
			*spot = p;
			return 1;
		}
	}
	return 0;
}

/* Whether a term for the same English as term t, t included, has its
 * Vietnamese in the bead (a glossary may give several renderings); *first
 * set when t is the first such term (the one to report). */
static int rendered(const vta_check *c, const vta_bead *b, size_t t, int *first)
{
	size_t k;
	vta_spot sv;
	*first = 1;
	for (k = 0; k < c->o.term_count; k++) {
		const vietalign_term *x = &c->o.terms[k];
		if (x->forbidden || !x->source || !x->target || strcasecmp(x->source, c->o.terms[t].source) != 0)
			continue;
		if (k < t)
			*first = 0;
		if (in_side(&sv, c->al->vi, b->vi_first, b->vi_count, x->target))
			return 1;
	}
	return 0;
}

void vta_check_terms(vta_check *c)
{
	size_t i, t;
	for (i = 0; i < c->al->nbeads && !c->rc; i++) {
		const vta_bead *b = &c->al->beads[i];
		if (!b->vi_count || !b->en_count)
			continue;
		for (t = 0; t < c->o.term_count; t++) {
			const vietalign_term *x = &c->o.terms[t];
			vta_spot sv = vta_spot_sentence(b->vi_first), se = vta_spot_sentence(b->en_first);
			char msg[512];
			int first;
			if (!x->target)
				continue;
			if (x->forbidden) {
				if (!in_side(&sv, c->al->vi, b->vi_first, b->vi_count, x->target))
					continue;
				snprintf(msg, sizeof msg, "\"%.200s\" is a forbidden term", x->target);
				vta_check_add(c, "forbidden-term", VIETALIGN_SEVERITY_ERROR, i, &sv, &se, msg);
			} else if (x->source && in_side(&se, c->al->en, b->en_first, b->en_count, x->source) &&
			           !rendered(c, b, t, &first) && first) {
				snprintf(msg, sizeof msg,
				         "\"%.200s\" is not translated as the glossary says: \"%.200s\"", x->source,
				         x->target);
				vta_check_add(c, "term", VIETALIGN_SEVERITY_WARNING, i, &sv, &se, msg);
			}
		}
	}
}

/* 1-1 pairs sorted by one side's text, to find equal sentences. */
typedef struct {
	const char *key, *other;
	size_t bead;
} pair_ref;

static int by_key(const void *a, const void *b)
{
	const pair_ref *x = a, *y = b;
	int r = strcmp(x->key, y->key);
	return r ? r : (x->bead > y->bead) - (x->bead < y->bead);
}

/* The same sentence of one side, met again with another counterpart: a
 * note at its second (and later) occurrence, naming the first. */
static void differing(vta_check *c, pair_ref *r, size_t n, int vi_key)
{
	size_t i;
	qsort(r, n, sizeof *r, by_key);
	for (i = 1; i < n && !c->rc; i++) {
		size_t j = i;
		const vta_bead *b;
		char msg[160];
		vta_spot sv, se;
		if (strcmp(r[i].key, r[i - 1].key) != 0)
			continue;
		while (j > 0 && strcmp(r[j - 1].key, r[i].key) == 0)
			j--; /* the first occurrence */
		if (strcmp(r[i].other, r[j].other) == 0)
			continue;
		b = &c->al->beads[r[i].bead];
		sv = vta_spot_sentence(b->vi_first);
		se = vta_spot_sentence(b->en_first);
		snprintf(msg, sizeof msg, "%s as in pair %zu, translated differently",
		         vi_key ? "one translation for two originals" : "the same original", r[j].bead);
		vta_check_add(c, "inconsistent", VIETALIGN_SEVERITY_NOTE, r[i].bead, &sv, &se, msg);
	}
}

void vta_check_consistency(vta_check *c)
{
	size_t i, n = 0;
	pair_ref *r;
	if (c->o.min_severity > VIETALIGN_SEVERITY_NOTE || !c->al->nbeads)
		return;
	if (!(r = malloc(c->al->nbeads * sizeof *r))) {
		c->rc = VIETALIGN_ENOMEM;
		return;
	}
	for (i = 0; i < c->al->nbeads; i++) {
		const vta_bead *b = &c->al->beads[i];
		const char *ve, *en;
		if (b->vi_count != 1 || b->en_count != 1)
			continue;
		ve = c->al->vi->sents[b->vi_first].text;
		en = c->al->en->sents[b->en_first].text;
		if (strlen(en) < VTA_PARAMS.check_consistency_min_bytes) /* "Yes." is many things */
			continue;
		r[n].key = en;
		r[n].other = ve;
		r[n++].bead = i;
	}
	differing(c, r, n, 0);
	for (i = 0; i < n; i++) { /* the other way round */
		const char *k = r[i].key;
		r[i].key = r[i].other;
		r[i].other = k;
	}
	differing(c, r, n, 1);
	free(r);
}
