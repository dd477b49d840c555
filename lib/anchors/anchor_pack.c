/* anchor_pack.c - reading a document's anchors packed (anchor_pack.h). */
#include <stdlib.h>
#include <string.h>
#include "anchors/anchors.h"
#include "common/common.h"
#include "text/text.h"

void vta_anchor_pack_release(vta_anchor_pack *p, size_t s)
{
	size_t was = p->released;
	for (; p->released < p->nblocks && p->first[p->released + 1] <= s; p->released++) {
		free(p->ablock[p->released]);
		free(p->kblock[p->released]);
		p->ablock[p->released] = NULL;
		p->kblock[p->released] = NULL;
	}
	/* blocks of a few MB lie in the allocator's heaps, which keep their
	 * pages: the table that grows meanwhile would count twice */
	if (p->give_back && p->released != was && p->released < p->nblocks)
		vta_give_back();
}

void vta_anchor_pack_free(vta_anchor_pack *p)
{
	size_t b;
	for (b = 0; b < p->nblocks; b++) {
		free(p->ablock[b]);
		free(p->kblock[b]);
	}
	free(p->sent);
	memset(p, 0, sizeof *p);
}

/* A run of sentences read into one block pair. */
typedef struct {
	const vietalign_doc *doc;
	unsigned kinds; /* what to read, and with which tables */
	const struct vta_lexicon *lex;
	vta_anchor_pack *pack;
	vta_progress *pg; /* told each sentence read */
	size_t first, end;
	vta_packed_anchor *a;
	uint64_t *key;
	size_t na, acap, nk, kcap;
	size_t failed; /* the first sentence that failed */
	int rc;
} run;

/* Appends the anchors of set (sentence s) to the run's blocks; the
 * sentence's entry points into them once the run is done (settle()). */
static int append(run *j, size_t s, const vta_anchor_set *set)
{
	vta_packed_sentence *ps = &j->pack->sent[s];
	size_t m, k, keys = 0;
	for (m = 0; m < set->count; m++)
		keys += set->items[m].nkeys;
	if (vta_grow((void **)&j->a, &j->acap, j->na + set->count, sizeof *j->a) ||
	    vta_grow((void **)&j->key, &j->kcap, j->nk + keys, sizeof *j->key))
		return VIETALIGN_ENOMEM;
	ps->n = (uint32_t)set->count;
	ps->nkeys = (uint32_t)keys;
	for (m = 0; m < set->count; m++) {
		const vta_anchor *x = &set->items[m];
		vta_packed_anchor *y = &j->a[j->na++];
		y->kind = x->kind;
		y->flags = x->flags;
		y->nkeys = x->nkeys;
		for (k = 0; k < x->nkeys; k++)
			j->key[j->nk++] = vta_anchor_key(set, x, k);
	}
	return 0;
}

/* Gives back the blocks' spare room, then points each sentence of the
 * run into them (the blocks no longer move; the sentences lie there one
 * after the other). */
static void settle(run *j)
{
	size_t s, a = 0, k = 0;
	void *p;
	if (j->na && (p = realloc(j->a, j->na * sizeof *j->a)) != NULL)
		j->a = p;
	if (j->nk && (p = realloc(j->key, j->nk * sizeof *j->key)) != NULL)
		j->key = p;
	for (s = j->first; s < j->end; s++) {
		vta_packed_sentence *ps = &j->pack->sent[s];
		ps->a = j->a ? j->a + a : NULL;
		ps->key = j->key ? j->key + k : NULL;
		a += ps->n;
		k += ps->nkeys;
	}
}

static void read_run(run *j)
{
	const vietalign_doc *d = j->doc;
	vta_anchor_set set = {0};
	vta_token_vec tokens = {0};
	size_t s;
	set.keys_only = 1; /* append() reads the kinds, flags and keys only */
	for (s = j->first; s < j->end && !j->rc; s++) {
		const vta_sentence *t = &d->sents[s];
		vta_anchor_set_clear(&set); /* one set and token vector serve every sentence */
		if ((j->rc = vta_anchors_extract_with(&set, &tokens, t->text, t->text_length, d->lang, j->kinds,
		                                      j->lex)) ||
		    (j->rc = append(j, s, &set)) || (vta_progress_add(j->pg, 1) && (j->rc = VIETALIGN_ECANCELED)))
			j->failed = s;
	}
	vta_anchor_set_free(&set);
	vta_token_vec_free(&tokens);
	if (!j->rc)
		settle(j);
}

/* The runs [b0, b1) that one thread reads, one after the other. */
typedef struct {
	run *runs;
	size_t b0, b1;
} thread_runs;

static void *read_runs(void *arg)
{
	thread_runs *t = arg;
	size_t b;
	for (b = t->b0; b < t->b1; b++)
		read_run(&t->runs[b]);
	return NULL;
}

/* A sentence's weight in the split: its bytes. */
static size_t sentence_bytes(const void *doc, size_t i)
{
	return ((const vietalign_doc *)doc)->sents[i].text_length;
}

int vta_anchor_pack_read_blocks(vta_anchor_pack *out, const vietalign_doc *d, unsigned kinds,
                                const struct vta_lexicon *lex, unsigned threads, size_t per_block, vta_progress *pg,
                                vta_error *err)
{
	run runs[VTA_PACK_BLOCKS];
	thread_runs jobs[VTA_PARALLEL_MAX];
	size_t b, t, nb = d->nsents / (per_block ? per_block : 1), n;
	int rc = 0;
	memset(out, 0, sizeof *out);
	memset(runs, 0, sizeof runs);
	nb = nb < 1 ? 1 : nb > VTA_PACK_BLOCKS ? VTA_PACK_BLOCKS : nb;
	n = threads < 2 ? 1 : threads < VTA_PARALLEL_MAX ? threads : VTA_PARALLEL_MAX;
	n = n < nb ? n : nb;
	if (!(out->sent = calloc(d->nsents ? d->nsents : 1, sizeof *out->sent)))
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	out->n = d->nsents;
	out->nblocks = nb;
	vta_parallel_split(out->first, nb, d->nsents, sentence_bytes, d);
	for (b = 0; b < nb; b++) {
		runs[b].first = out->first[b];
		runs[b].end = out->first[b + 1];
		runs[b].doc = d;
		runs[b].kinds = kinds;
		runs[b].lex = lex;
		runs[b].pack = out;
		runs[b].pg = pg;
	}
	for (t = 0; t < n; t++) { /* the runs weigh about the same */
		jobs[t].runs = runs;
		jobs[t].b0 = nb * t / n;
		jobs[t].b1 = nb * (t + 1) / n;
	}
	vta_parallel(read_runs, jobs, sizeof *jobs, n);
	for (b = 0; b < nb; b++) {
		out->ablock[b] = runs[b].a;
		out->kblock[b] = runs[b].key;
		if (runs[b].rc && !rc)
			rc = runs[b].rc == VIETALIGN_ECANCELED
			             ? vta_error_set(err, VIETALIGN_ECANCELED, "canceled while reading anchors")
			             : vta_error_set(err, runs[b].rc,
			                             runs[b].rc == VIETALIGN_ENOMEM
			                                     ? "out of memory while reading the anchors of sentence %zu"
			                                     : "cannot read anchors of sentence %zu",
			                             runs[b].failed);
	}
	if (rc)
		vta_anchor_pack_free(out);
	return rc;
}

/* Sentences per block, about: few enough blocks to stay cheap, enough for
 * a long document's to go one by one. */
#define BLOCK_SENTENCES 4096

int vta_anchor_pack_read(vta_anchor_pack *out, const vietalign_doc *d, unsigned kinds, const struct vta_lexicon *lex,
                         unsigned threads, vta_progress *pg, vta_error *err)
{
	return vta_anchor_pack_read_blocks(out, d, kinds, lex, threads, BLOCK_SENTENCES, pg, err);
}
