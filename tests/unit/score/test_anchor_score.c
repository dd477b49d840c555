/* test_anchor_score.c - the anchor term of a bead's cost: taken from its
 * sentence pairs' gains where they cannot interfere, by the full matching
 * elsewhere, and the same either way, on the corpus pair (a real article
 * and its Vietnamese translation). */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "vietalign.h"
#include "support.h"
#include "score/score.h"

/* The candidates and gain of every sentence pair of a bead. */
typedef struct {
	vta_cand_vec list[3][3];
	vta_pair_gain gain[3][3];
} bead_pairs;

static void pairs_make(bead_pairs *p, vta_bead_cands *bc, const vta_scorer *s, size_t i, int dv, size_t j, int de,
                       vta_match_marks *mk)
{
	int x, y;
	memset(bc, 0, sizeof *bc);
	bc->marks = mk;
	for (x = 0; x < dv; x++)
		for (y = 0; y < de; y++) {
			vta_cand_vec *v = &p->list[x][y];
			v->count = 0;
			ck_assert_int_eq(vta_anchor_candidates(v, &s->tv, i + (size_t)x, &s->te, j + (size_t)y), 0);
			vta_pair_gain_of(&p->gain[x][y], v->items, v->count, mk);
			bc->list[dv - 1 - x][de - 1 - y] = v->items; /* counted from the bead's end */
			bc->n[dv - 1 - x][de - 1 - y] = v->count;
		}
}

/* The corpus pair's documents and a scorer over them (default options). */
typedef struct {
	char *vi, *en;
	run r;
	vta_erfc_table erfc;
	vta_scorer s;
	size_t n, m; /* sentences of each side */
} corpus;

static void corpus_open(corpus *c)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	vta_error err;
	c->vi = read_file("corpus/deepseek.vi.txt", NULL);
	c->en = read_file("corpus/deepseek.en.txt", NULL);
	ck_assert_ptr_nonnull(c->vi);
	ck_assert_ptr_nonnull(c->en);
	run_align(&c->r, &o, c->vi, c->en);
	vta_erfc_table_init(&c->erfc);
	ck_assert_int_eq(vta_scorer_init(&c->s, &o, c->r.vi->lex, &c->erfc, c->r.vi, c->r.en, &err), 0);
	c->n = vietalign_doc_sentence_count(c->r.vi);
	c->m = vietalign_doc_sentence_count(c->r.en);
}

static void corpus_close(corpus *c)
{
	vta_scorer_free(&c->s);
	run_free(&c->r);
	free(c->vi);
	free(c->en);
}

START_TEST(test_pair_gains_equal_full_matching)
{
	static corpus c;
	const vta_scorer *s = &c.s;
	bead_pairs p;
	vta_match_marks *mk = calloc(1, sizeof *mk);
	size_t n, m, i, j, beads = 0, interfering = 0, summed = 0;
	int k, x, y;
	ck_assert_ptr_nonnull(mk);
	memset(&p, 0, sizeof p);
	corpus_open(&c);
	n = c.n;
	m = c.m;
	for (i = 0; i < n; i++)
		for (j = i * m / n > 8 ? i * m / n - 8 : 0; j < m && j <= i * m / n + 8; j++)
			for (k = 0; k < VTA_NSHAPES; k++) {
				int dv = vta_shapes[k].dv, de = vta_shapes[k].de;
				vta_bead_cands bc;
				double from_pairs, full, sum = 0;
				if (!dv || !de || i + (size_t)dv > n || j + (size_t)de > m)
					continue;
				pairs_make(&p, &bc, s, i, dv, j, de, mk);
				/* no gains: full matching; the per-sentence gains
				 * that merge_bare reads must agree as well */
				full = vta_anchor_bead_cost(&s->tv, &s->te, i, dv, j, de, &bc, VTA_PARAMS.merge_bare);
				for (x = 0; x < dv; x++)
					for (y = 0; y < de; y++) {
						bc.gain[dv - 1 - x][de - 1 - y] = &p.gain[x][y];
						sum += p.gain[x][y].gain;
					}
				from_pairs =
					vta_anchor_bead_cost(&s->tv, &s->te, i, dv, j, de, &bc, VTA_PARAMS.merge_bare);
				ck_assert_double_eq_tol(from_pairs, full, 1e-9);
				beads++;
				/* what the bead's matching earns, against the pairs alone */
				if (dv * de > 1 && sum > 0) {
					double msum = 0;
					for (x = 0; x < dv; x++)
						msum += s->tv.msum[i + (size_t)x];
					for (y = 0; y < de; y++)
						msum += s->te.msum[j + (size_t)y];
					if (fabs((msum - full) - sum) > 1e-9)
						interfering++;
					else
						summed++;
				}
			}
	/* both cases occur on real text: pairs that take one another's
	 * anchors, and pairs that earn the sum */
	ck_assert_uint_gt(beads, 1000);
	ck_assert_uint_gt(interfering, 50);
	ck_assert_uint_gt(summed, 50);
	for (x = 0; x < 3; x++)
		for (y = 0; y < 3; y++)
			free(p.list[x][y].items);
	corpus_close(&c);
	free(mk);
}
END_TEST

/* Looking the English keys up in a table of the Vietnamese sentence's
 * finds the candidates the merge of both key lists finds, in its order. */
START_TEST(test_probe_equals_merge)
{
	static corpus c;
	const vta_scorer *s = &c.s;
	vta_key_probe *pr = malloc(sizeof *pr);
	vta_cand_vec a = {0}, b = {0};
	size_t i, j, k, found = 0;
	ck_assert_ptr_nonnull(pr);
	corpus_open(&c);
	for (i = 0; i < c.n; i++) {
		vta_key_probe_set(pr, &s->tv, i);
		for (j = 0; j < c.m; j++) {
			a.count = b.count = 0;
			ck_assert_int_eq(vta_anchor_candidates(&a, &s->tv, i, &s->te, j), 0);
			ck_assert_int_eq(vta_anchor_candidates_probe(&b, pr, &s->te, j), 0);
			ck_assert_uint_eq(a.count, b.count);
			for (k = 0; k < a.count; k++) {
				ck_assert_uint_eq(a.items[k].px, b.items[k].px);
				ck_assert_uint_eq(a.items[k].py, b.items[k].py);
				ck_assert_float_eq(a.items[k].value, b.items[k].value);
			}
			found += a.count;
		}
	}
	ck_assert_uint_gt(found, 1000);
	free(a.items);
	free(b.items);
	free(pr);
	corpus_close(&c);
}
END_TEST

/* A ranked anchor's word holds its leader, classes and weight apart: each
 * leader leads its own group and comes first in it, a miss class only on
 * leaders, and the table's weights are distinct, positive, and all in
 * use (a word whose fields overlapped would break one of these). */
static void check_words(const vta_anchor_table *t)
{
	const uint32_t leader_mask = (1u << VTA_RANK_LEADER_BITS) - 1;
	const uint32_t cls_mask = (1u << VTA_RANK_CLS_BITS) - 1;
	size_t s, r, k, nw = 0, leaders = 0;
	unsigned char *used;
	for (s = 0; s < t->n; s++)
		for (r = t->rstart[s]; r < t->rstart[s + 1]; r++) {
			uint32_t w = t->rank[r], lead = w & leader_mask, cls = (w >> VTA_RANK_LEADER_BITS) & cls_mask;
			size_t rank = r - t->rstart[s], widx = w >> (VTA_RANK_LEADER_BITS + VTA_RANK_CLS_BITS);
			ck_assert_uint_le(lead, rank);
			ck_assert_uint_eq(t->rank[t->rstart[s] + lead] & leader_mask, lead);
			if (lead != rank)
				ck_assert_uint_eq(cls >> 2, 0);
			leaders += lead == rank;
			nw = widx + 1 > nw ? widx + 1 : nw;
		}
	ck_assert_uint_gt(leaders, 100);
	used = calloc(nw, 1);
	ck_assert_ptr_nonnull(used);
	for (r = 0; r < t->rstart[t->n]; r++)
		used[t->rank[r] >> (VTA_RANK_LEADER_BITS + VTA_RANK_CLS_BITS)] = 1;
	for (k = 0; k < nw; k++) {
		ck_assert(used[k]);
		ck_assert_float_gt(t->weight[k], 0);
		for (r = 0; r < k; r++)
			ck_assert_float_ne(t->weight[r], t->weight[k]);
	}
	ck_assert_uint_gt(nw, 10);
	free(used);
}

START_TEST(test_rank_words)
{
	static corpus c;
	corpus_open(&c);
	check_words(&c.s.tv);
	check_words(&c.s.te);
	corpus_close(&c);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("anchor_score");
	TCase *t = tcase_create("pairs");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, test_pair_gains_equal_full_matching);
	tcase_add_test(t, test_probe_equals_merge);
	tcase_add_test(t, test_rank_words);
	suite_add_tcase(s, t);
	return run_suite(s);
}
