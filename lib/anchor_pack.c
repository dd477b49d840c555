/* anchor_pack.c - reading a document's anchors packed (anchor_pack.h). */
#include <stdlib.h>
#include <string.h>
#include "anchor_pack.h"
#include "tokens.h"
#include "vec.h"

void vl_anchor_pack_free(vl_anchor_pack *p)
{
	size_t b;
	for (b = 0; b < p->nblocks; b++) {
		free(p->ablock[b]);
		free(p->kblock[b]);
	}
	free(p->sent);
	memset(p, 0, sizeof *p);
}

/* A share of the sentences, read on one thread into a block pair. */
typedef struct {
	const vietalign_doc *doc;
	vl_anchor_pack *pack;
	size_t first, end;
	vl_packed_anchor *a;
	uint64_t *key;
	size_t na, acap, nk, kcap;
	size_t failed; /* the first sentence that failed */
	int rc;
} share;

/* Appends the anchors of set (sentence s) to the share's blocks; the
 * sentence's entry points into them once the share is done (settle()). */
static int append(share *j, size_t s, const vl_anchor_set *set)
{
	vl_packed_sentence *ps = &j->pack->sent[s];
	size_t m, k, keys = 0;
	for (m = 0; m < set->count; m++)
		keys += set->items[m].nkeys;
	if (vl_grow((void **)&j->a, &j->acap, j->na + set->count, sizeof *j->a) ||
	    vl_grow((void **)&j->key, &j->kcap, j->nk + keys, sizeof *j->key))
		return VIETALIGN_ENOMEM;
	ps->n = (uint32_t)set->count;
	ps->nkeys = (uint32_t)keys;
	for (m = 0; m < set->count; m++) {
		const vl_anchor *x = &set->items[m];
		vl_packed_anchor *y = &j->a[j->na++];
		y->kind = x->kind;
		y->flags = x->flags;
		y->nkeys = x->nkeys;
		for (k = 0; k < x->nkeys; k++)
			j->key[j->nk++] = vl_anchor_key(set, x, k);
	}
	return 0;
}

/* Gives back the blocks' spare room, then points each sentence of the
 * share into them (the blocks no longer move; the sentences lie there one
 * after the other). */
static void settle(share *j)
{
	size_t s, a = 0, k = 0;
	void *p;
	if (j->na && (p = realloc(j->a, j->na * sizeof *j->a)) != NULL)
		j->a = p;
	if (j->nk && (p = realloc(j->key, j->nk * sizeof *j->key)) != NULL)
		j->key = p;
	for (s = j->first; s < j->end; s++) {
		vl_packed_sentence *ps = &j->pack->sent[s];
		ps->a = j->a ? j->a + a : NULL;
		ps->key = j->key ? j->key + k : NULL;
		a += ps->n;
		k += ps->nkeys;
	}
}

static void *read_share(void *arg)
{
	share *j = arg;
	const vietalign_doc *d = j->doc;
	vl_anchor_set set = {0};
	vl_token_vec tokens = {0};
	size_t s;
	for (s = j->first; s < j->end && !j->rc; s++) {
		const vl_sentence *t = &d->sents[s];
		vl_anchor_set_clear(&set); /* one set and token vector serve every sentence */
		if ((j->rc = vl_anchors_extract_with(&set, &tokens, t->text, t->text_length, d->lang, d->kinds, d->lex)) ||
		    (j->rc = append(j, s, &set)))
			j->failed = s;
	}
	vl_anchor_set_free(&set);
	vl_token_vec_free(&tokens);
	if (!j->rc)
		settle(j);
	return NULL;
}

/* A sentence's weight in the split: its bytes. */
static size_t sentence_bytes(const void *doc, size_t i)
{
	return ((const vietalign_doc *)doc)->sents[i].text_length;
}

int vl_anchor_pack_read(vl_anchor_pack *out, const vietalign_doc *d, unsigned threads, vl_error *err)
{
	share jobs[VL_PARALLEL_MAX];
	size_t first[VL_PARALLEL_MAX + 1];
	size_t t, n = threads < 2 || d->nsents < 4096 ? 1 : threads < VL_PARALLEL_MAX ? threads : VL_PARALLEL_MAX;
	int rc = 0;
	memset(out, 0, sizeof *out);
	memset(jobs, 0, sizeof jobs);
	if (!(out->sent = calloc(d->nsents ? d->nsents : 1, sizeof *out->sent)))
		return vl_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	out->n = d->nsents;
	vl_parallel_split(first, n, d->nsents, sentence_bytes, d);
	for (t = 0; t < n; t++) {
		jobs[t].first = first[t];
		jobs[t].end = first[t + 1];
		jobs[t].doc = d;
		jobs[t].pack = out;
	}
	vl_parallel(read_share, jobs, sizeof *jobs, n);
	for (t = 0; t < n; t++) {
		out->ablock[t] = jobs[t].a;
		out->kblock[t] = jobs[t].key;
		if (jobs[t].rc && !rc)
			rc = vl_error_set(err, jobs[t].rc, "cannot read anchors of sentence %zu", jobs[t].failed);
	}
	out->nblocks = n;
	if (rc)
		vl_anchor_pack_free(out);
	return rc;
}
