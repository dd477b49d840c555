/* learner.c - a word table learned across many document pairs (a batch):
 * the sure sentence pairs of each alignment added, as their tokens' keys,
 * then one table counted over all of them (anchors/learned.c). */
#include <stdlib.h>
#include "api/api.h"
#include "search/search.h"

struct vietalign_learner {
	vta_learn_corpus pairs;
	vta_learned *table; /* once finished */
};

int vietalign_learner_new(vietalign_learner **out)
{
	if (!out)
		return VIETALIGN_EINVALID;
	*out = calloc(1, sizeof **out);
	return *out ? 0 : VIETALIGN_ENOMEM;
}

/* The pairs of one alignment, then appended whole or not at all. */
static int add_pairs(vta_learn_corpus *to, const vietalign_alignment *al)
{
	vta_learn_corpus mine = {0};
	size_t *svi, *sen, n;
	int rc;
	vta_sure_pairs(&svi, &sen, &n, al->beads, al->nbeads);
	rc = svi && sen ? vta_learn_corpus_add(&mine, al->vi, al->en, svi, sen, n) : VIETALIGN_ENOMEM;
	if (!rc)
		rc = vta_learn_corpus_append(to, &mine, VTA_PARAMS.learn_batch_pairs_max);
	free(svi);
	free(sen);
	vta_learn_corpus_free(&mine);
	return rc;
}

int vietalign_learner_add(vietalign_learner *learner, const vietalign_alignment *alignment)
{
	vta_learn_corpus *c;
	size_t n, used[2];
	int rc;
	if (!learner || !alignment || learner->table)
		return VIETALIGN_EINVALID;
	c = &learner->pairs;
	if (c->n >= VTA_PARAMS.learn_batch_pairs_max)
		return 0;
	n = c->n;
	used[0] = c->used[0];
	used[1] = c->used[1];
	rc = add_pairs(c, alignment);
	if (rc) { /* the pairs of this alignment are dropped again */
		c->n = n;
		c->used[0] = used[0];
		c->used[1] = used[1];
	}
	return rc;
}

int vietalign_learner_finish(vietalign_learner *learner)
{
	if (!learner)
		return VIETALIGN_EINVALID;
	if (learner->table)
		return 0;
	return vta_learned_of(&learner->table, &learner->pairs, &VTA_PARAMS.learn);
}

size_t vietalign_learner_pair_count(const vietalign_learner *learner)
{
	return learner ? learner->pairs.n : 0;
}

size_t vietalign_learner_entry_count(const vietalign_learner *learner)
{
	return learner ? vta_learned_count(learner->table) : 0;
}

const vta_learned *vta_learner_table(const vietalign_learner *l)
{
	return l ? l->table : NULL;
}

int vietalign_aligner_use_learner(vietalign_aligner *aligner, const vietalign_learner *learner)
{
	if (!aligner || (learner && !learner->table))
		return VIETALIGN_EINVALID;
	aligner->learner = learner;
	return 0;
}

void vietalign_learner_free(vietalign_learner *learner)
{
	if (!learner)
		return;
	vta_learn_corpus_free(&learner->pairs);
	vta_learned_free(learner->table);
	free(learner);
}
