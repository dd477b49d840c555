/* test_search.c - corridors, the coarse-to-fine corridor search, local
 * repair and threaded bead costs, on the corpus pair (a real article and
 * its Vietnamese translation). */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vietalign.h"
#include "support.h"
#include "anchors/anchors.h"
#include "search/search.h"
#include "search/exp_near.h"

/* ------------------------------------------------------------ corridors */

static void assert_crossable(const vta_corridor *c)
{
	size_t i;
	ck_assert_uint_eq(c->lo[0], 0);
	ck_assert_uint_eq(c->hi[c->n], c->m);
	for (i = 0; i <= c->n; i++) {
		ck_assert_uint_le(c->lo[i], c->hi[i]);
		ck_assert_uint_le(c->hi[i], c->m);
		if (i > 0) {
			ck_assert_uint_le(c->lo[i - 1], c->lo[i]);
			ck_assert_uint_le(c->hi[i - 1], c->hi[i]);
			ck_assert_uint_le(c->lo[i], c->hi[i - 1]); /* reachable from the row above */
		}
	}
}

static int covers(const vta_corridor *c, size_t i, size_t j)
{
	return j >= c->lo[i] && j <= c->hi[i];
}

START_TEST(test_spread_matches_brute_force)
{
	/* a few scattered cells, spread by (rows, cols), against the cells
	 * within that distance computed cell by cell */
	const size_t n = 60, m = 70, pts[][2] = {{3, 5}, {20, 18}, {21, 40}, {45, 44}, {59, 69}};
	const size_t rows = 4, cols = 6;
	vta_corridor c;
	size_t i, j, p;
	ck_assert_int_eq(vta_corridor_empty(&c, n, m), 0);
	for (p = 0; p < 5; p++)
		vta_corridor_cover(&c, pts[p][0], pts[p][1], pts[p][1]);
	ck_assert_int_eq(vta_corridor_spread(&c, rows, cols), 0);
	for (i = 0; i <= n; i++) {
		size_t lo = m + 1, hi = 0;
		for (p = 0; p < 5; p++)
			if (pts[p][0] + rows >= i && pts[p][0] <= i + rows) {
				size_t a = pts[p][1] > cols ? pts[p][1] - cols : 0,
				       b = pts[p][1] + cols > m ? m : pts[p][1] + cols;
				lo = a < lo ? a : lo;
				hi = b > hi ? b : hi;
			}
		for (j = 0; j <= m; j++)
			ck_assert_int_eq(lo <= hi && covers(&c, i, j), lo <= hi && j >= lo && j <= hi);
	}
	vta_corridor_free(&c);
}
END_TEST

START_TEST(test_close_keeps_cells_and_is_crossable)
{
	vta_corridor c;
	ck_assert_int_eq(vta_corridor_empty(&c, 30, 50), 0);
	vta_corridor_cover(&c, 5, 10, 12);
	vta_corridor_cover(&c, 20, 40, 41); /* a jump: rows between must bridge it */
	ck_assert_int_eq(vta_corridor_close(&c, 2), 0);
	assert_crossable(&c);
	ck_assert(covers(&c, 5, 10) && covers(&c, 5, 12) && covers(&c, 20, 40) && covers(&c, 20, 41));
	ck_assert(covers(&c, 5, 8) && !covers(&c, 5, 30)); /* widened by 2, not to everything */
	vta_corridor_free(&c);
}
END_TEST

/* ------------------------------------------------------- the corpus pair */

static char *slurp(const char *path)
{
	char *t = read_file(path, NULL);
	ck_assert_msg(t != NULL, "cannot open %s (tests run from the source directory)", path);
	return t;
}

/* The article twice, with some Vietnamese paragraphs left out the second
 * time: a longer pair whose path leaves the diagonal. */
static char *twice(const char *text, int drop_every)
{
	size_t len = strlen(text), o = 0;
	char *out = malloc(2 * len + 4);
	const char *p = text;
	int para = 0;
	memcpy(out, text, len);
	o = len;
	out[o++] = '\n';
	out[o++] = '\n';
	while (*p) {
		const char *e = strstr(p, "\n\n");
		size_t n = e ? (size_t)(e - p) + 2 : strlen(p);
		if (!drop_every || ++para % drop_every != 0) {
			memcpy(out + o, p, n);
			o += n;
		}
		p += n;
	}
	out[o] = '\0';
	return out;
}

static void align_with(run *r, const char *vi, const char *en, unsigned search, unsigned threads)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	o.search = search;
	o.threads = threads;
	run_align(r, &o, vi, en);
}

/* Same beads in the same places; scores equal within `tol`. */
static void assert_same_beads(const run *x, const run *y, double tol)
{
	size_t n = vietalign_alignment_bead_count(x->al), i;
	ck_assert_uint_eq(n, vietalign_alignment_bead_count(y->al));
	for (i = 0; i < n; i++) {
		vietalign_bead a = run_bead(x, i), b = run_bead(y, i);
		ck_assert_uint_eq(a.vi_first, b.vi_first);
		ck_assert_uint_eq(a.vi_count, b.vi_count);
		ck_assert_uint_eq(a.en_first, b.en_first);
		ck_assert_uint_eq(a.en_count, b.en_count);
		ck_assert_double_eq_tol(a.score, b.score, tol);
	}
}

/* Aligns vi and en with search mode and threads (sa, ta), then (sb, tb),
 * and checks both give the same beads, scores within tol. The first run
 * goes to *first (to inspect and free) when first is non-NULL. */
static void two_ways(run *first, const char *vi, const char *en, unsigned sa, unsigned ta, unsigned sb, unsigned tb,
                     double tol)
{
	run a, b;
	align_with(&a, vi, en, sa, ta);
	align_with(&b, vi, en, sb, tb);
	assert_same_beads(&a, &b, tol);
	run_free(&b);
	if (first)
		*first = a;
	else
		run_free(&a);
}

START_TEST(test_corridor_equals_full_search)
{
	char *vi1 = slurp("corpus/deepseek.vi.txt"), *en1 = slurp("corpus/deepseek.en.txt");
	char *vi = twice(vi1, 4), *en = twice(en1, 0);
	run full;
	/* posteriors sum over fewer paths in a corridor: nearly equal */
	two_ways(&full, vi, en, VIETALIGN_SEARCH_FULL, 1, VIETALIGN_SEARCH_CORRIDOR, 1, 1e-3);
	/* the Vietnamese side lost paragraphs: the path is not the diagonal */
	ck_assert_uint_lt(vietalign_doc_sentence_count(full.vi), vietalign_doc_sentence_count(full.en));
	run_free(&full);
	free(vi1);
	free(en1);
	free(vi);
	free(en);
}
END_TEST

/* The article `copies` times (leaving out copy `skip`, or none with -1),
 * each paragraph followed by a page number ("Trang 2003." / "Page
 * 2003."), the same for `per_page` paragraphs in a row: a number found
 * per_page times on each side (but in the copy left out). */
static char *numbered(const char *text, int copies, int skip, int per_page, int vi)
{
	size_t len = strlen(text), o = 0;
	char *out = malloc((size_t)copies * (len + 64 * 64) + 1);
	int c;
	ck_assert_ptr_nonnull(out);
	for (c = 0; c < copies; c++) {
		const char *p = text;
		int para = 0;
		if (c == skip)
			continue;
		while (*p) {
			const char *e = strstr(p, "\n\n");
			size_t n = e ? (size_t)(e - p) : strlen(p);
			memcpy(out + o, p, n);
			o += n;
			o += (size_t)sprintf(out + o, " %s %d.\n\n", vi ? "Trang" : "Page",
			                     1000 * (c + 1) + para++ / per_page);
			p += e ? n + 2 : n;
		}
	}
	out[o] = '\0';
	return out;
}

/* The sure points of an aligned pair's documents, in *p; their count. */
static size_t sure_points(vta_point **p, const run *r)
{
	vta_anchor_pack pv, pe;
	size_t n;
	ck_assert_int_eq(vta_anchor_pack_read(&pv, r->vi, r->vi->kinds, r->vi->lex, 1, NULL, NULL), 0);
	ck_assert_int_eq(vta_anchor_pack_read(&pe, r->en, r->en->kinds, r->en->lex, 1, NULL, NULL), 0);
	ck_assert_int_eq(vta_skeleton(p, &n, &pv, &pe), 0);
	vta_anchor_pack_free(&pv);
	vta_anchor_pack_free(&pe);
	return n;
}

/* Numbers found once on each side pair their sentences; a pair that
 * crosses the others is left out of the chain. */
START_TEST(test_skeleton_chain)
{
	const char *vi = "Có 11 người.\n\nCó 33 người.\n\nCó 22 người.\n\nCó 44 người.\n\nCó 66 người.";
	const char *en = "There are 11.\n\nThere are 22.\n\nThere are 55.\n\nThere are 33.\n\nThere are 44 and 66.";
	run r = {0};
	vta_point *p;
	size_t n, k;
	run_align(&r, NULL, vi, en);
	n = sure_points(&p, &r);
	/* 11 (0,0), 33 (1,3), 22 (2,1), 44 (3,4), 66 (4,4): one of 33 and 22
	 * crosses the other, 66 shares 44's English sentence */
	ck_assert_uint_eq(n, 3);
	ck_assert(p[0].i == 0 && p[0].j == 0);
	for (k = 1; k < n; k++)
		ck_assert(p[k].i > p[k - 1].i && p[k].j > p[k - 1].j);
	ck_assert(p[2].j == 4);
	free(p);
	run_free(&r);
}
END_TEST

/* The cells vta_skeleton_cover() adds to corridor `base` (a copy). */
static size_t skeleton_adds(const vta_corridor *base, const vta_point *p, size_t np, const vta_corridor *held)
{
	vta_corridor w;
	size_t added;
	ck_assert_int_eq(vta_corridor_copy(&w, base), 0);
	vta_skeleton_cover(&w, p, np, 1, 1024, held);
	vta_corridor_fix(&w);
	added = vta_corridor_cells(&w) - vta_corridor_cells(base);
	vta_corridor_free(&w);
	return added;
}

/* A stretch between sure points is added to the corridor only where the
 * corridor misses one of its ends (the path it was drawn around strayed
 * from the points there): one that holds both already follows them. */
START_TEST(test_skeleton_covers_where_the_corridor_strays)
{
	vta_point p[1] = {{50, 60}}; /* 10 sentences of omission before it */
	vta_corridor diag, near;
	size_t i;
	/* a thin diagonal, which holds (0, 0) but not the sure point */
	ck_assert_int_eq(vta_corridor_empty(&diag, 100, 110), 0);
	for (i = 0; i <= 100; i++)
		vta_corridor_cover(&diag, i, i, i);
	vta_corridor_cover(&diag, 100, 100, 110);
	vta_corridor_fix(&diag);
	/* the same, bent through the sure point and on to the end */
	ck_assert_int_eq(vta_corridor_copy(&near, &diag), 0);
	for (i = 0; i <= 100; i++)
		vta_corridor_cover(&near, i, i * 6 / 5, i * 6 / 5 > 110 ? 110 : i * 6 / 5);
	vta_corridor_cover(&near, 51, 61, 61);
	vta_corridor_fix(&near);
	/* without a corridor to ask, every stretch is covered */
	ck_assert_uint_gt(skeleton_adds(&diag, p, 1, NULL), 0);
	/* the diagonal misses (50, 60): its stretches are covered */
	ck_assert_uint_eq(skeleton_adds(&diag, p, 1, &diag), skeleton_adds(&diag, p, 1, NULL));
	/* the bent corridor holds (0, 0), (50, 60), (51, 61) and (100, 110):
	 * nothing is added to it */
	ck_assert_uint_gt(skeleton_adds(&near, p, 1, NULL), 0);
	ck_assert_uint_eq(skeleton_adds(&near, p, 1, &near), 0);
	vta_corridor_free(&diag);
	vta_corridor_free(&near);
}
END_TEST

/* A long omission (the Vietnamese lacks a whole copy of the article, a
 * quarter of the text): a length-only coarse path spreads it over the
 * whole text and the corridor around that path misses the right one; the
 * sure points (numbers found once on each side) keep it in. */
START_TEST(test_corridor_holds_a_long_omission)
{
	char *vi1 = slurp("corpus/deepseek.vi.txt"), *en1 = slurp("corpus/deepseek.en.txt");
	char *vi = numbered(vi1, 4, 1, 1, 1), *en = numbered(en1, 4, -1, 1, 0);
	run full;
	size_t i, skipped = 0;
	/* the same beads; their posteriors may differ by up to 0.2 near the
	 * omission, whose far paths the corridor leaves out */
	two_ways(&full, vi, en, VIETALIGN_SEARCH_FULL, 1, VIETALIGN_SEARCH_CORRIDOR, 1, 1.0);
	for (i = 0; i < vietalign_alignment_bead_count(full.al); i++)
		skipped += run_bead(&full, i).vi_count == 0;
	ck_assert_uint_ge(skipped, 40); /* the copy left out: one block of 0-1 beads */
	run_free(&full);
	free(vi1);
	free(en1);
	free(vi);
	free(en);
}
END_TEST

/* A pack of n sentences, sentence x holding one number anchor with key
 * key[x] (0: no anchor). */
typedef struct {
	vta_anchor_pack p;
	vta_packed_sentence *sent;
	vta_packed_anchor a;
} one_key_pack;

static void one_key_pack_init(one_key_pack *k, const uint64_t *key, size_t n)
{
	size_t x;
	memset(k, 0, sizeof *k);
	k->a.kind = VTA_ANCHOR_NUMBER;
	k->a.nkeys = 1;
	k->sent = calloc(n + 1, sizeof *k->sent);
	ck_assert_ptr_nonnull(k->sent);
	for (x = 0; x < n; x++) {
		k->sent[x].a = &k->a;
		k->sent[x].key = &key[x];
		k->sent[x].n = k->sent[x].nkeys = key[x] != 0;
	}
	k->p.n = n;
	k->p.sent = k->sent;
}

/* A text of 3,000 sentences, each with a number of its own, 64 times
 * over: the English whole, the Vietnamese without one sentence in 20
 * (pseudo-random). Each number occurs 64 times in English, and as often
 * in Vietnamese for one number in 27 (0.95^64): the whole documents give
 * few sure points, a long text's names and numbers return and one
 * omission is enough (issue 23). In blocks of a few thousand sentences
 * each number occurs once on each side, or not at all: most sentences
 * get a sure point, every one of them right. */
START_TEST(test_skeleton_pairs_repeated_keys_by_block)
{
	const size_t period = 3000, copies = 64, m = period * copies;
	uint64_t *ke = malloc(m * sizeof *ke), *kv = malloc(m * sizeof *kv);
	size_t *orig = malloc(m * sizeof *orig), n = 0, x, np, k;
	uint32_t r = 12345;
	one_key_pack pv, pe;
	vta_point *p;
	ck_assert(ke && kv && orig);
	for (x = 0; x < m; x++) {
		ke[x] = 1000 + x % period;
		r = r * 1103515245u + 12345u;
		if ((r >> 16) % 20 != 0) {
			kv[n] = ke[x];
			orig[n++] = x;
		}
	}
	one_key_pack_init(&pv, kv, n);
	one_key_pack_init(&pe, ke, m);
	ck_assert_int_eq(vta_skeleton(&p, &np, &pv.p, &pe.p), 0);
	ck_assert_uint_ge(np, n * 3 / 4);
	for (k = 0; k < np; k++) {
		ck_assert_uint_eq(orig[p[k].i], p[k].j);
		ck_assert(k == 0 || (p[k].i > p[k - 1].i && p[k].j > p[k - 1].j));
	}
	free(p);
	free(pv.sent);
	free(pe.sent);
	free(ke);
	free(kv);
	free(orig);
}
END_TEST

/* Whether beads p and q pair the same sentences (an omission's place
 * between its neighbours aside: the same sentences left out). */
static int same_pairing(vietalign_bead p, vietalign_bead q)
{
	if (p.vi_count != q.vi_count || p.en_count != q.en_count)
		return 0;
	return (!p.vi_count || p.vi_first == q.vi_first) && (!p.en_count || p.en_first == q.en_first);
}

/* Beads of a that b holds too. */
static size_t shared_beads(const run *a, const run *b)
{
	size_t na = vietalign_alignment_bead_count(a->al), nb = vietalign_alignment_bead_count(b->al), x, y, n = 0;
	for (x = 0; x < na; x++)
		for (y = 0; y < nb; y++)
			if (same_pairing(run_bead(a, x), run_bead(b, y))) {
				n++;
				break;
			}
	return n;
}

/* The same omission, each page number now on two paragraphs: no number
 * is found once on each side, but those found twice on each side pair
 * their sentences in order (the first with the first) and keep the
 * corridor on the right path. Without them the corridor search left the
 * whole lattice's path for 65 of its 209 pairs; with them, for one pair
 * next to the omission, around a sentence that is only a page number. */
START_TEST(test_corridor_holds_with_repeated_numbers)
{
	char *vi1 = slurp("corpus/deepseek.vi.txt"), *en1 = slurp("corpus/deepseek.en.txt");
	char *vi = numbered(vi1, 4, 1, 2, 1), *en = numbered(en1, 4, -1, 2, 0);
	run full, corr;
	vta_point *p;
	size_t n, k, nfull;
	align_with(&full, vi, en, VIETALIGN_SEARCH_FULL, 1);
	align_with(&corr, vi, en, VIETALIGN_SEARCH_CORRIDOR, 1);
	nfull = vietalign_alignment_bead_count(full.al);
	ck_assert_uint_ge(shared_beads(&corr, &full) + 2, nfull);
	/* the chain: the sentences of each page number, in order */
	n = sure_points(&p, &full);
	ck_assert_uint_ge(n, 40);
	for (k = 1; k < n; k++)
		ck_assert(p[k].i > p[k - 1].i && p[k].j > p[k - 1].j);
	free(p);
	run_free(&full);
	run_free(&corr);
	free(vi1);
	free(en1);
	free(vi);
	free(en);
}
END_TEST

START_TEST(test_threads_do_not_change_the_result)
{
	char *vi1 = slurp("corpus/deepseek.vi.txt"), *en1 = slurp("corpus/deepseek.en.txt");
	char *vi = twice(vi1, 3), *en = twice(en1, 0);
	/* equal bit for bit, in fact */
	two_ways(NULL, vi, en, VIETALIGN_SEARCH_CORRIDOR, 1, VIETALIGN_SEARCH_CORRIDOR, 3, 1e-12);
	free(vi1);
	free(en1);
	free(vi);
	free(en);
}
END_TEST

/* The same beads (and, with scores, the same scores) in a and b. */
static void assert_same_path(const vta_bead *a, size_t na, const vta_bead *b, size_t nb, int scores)
{
	size_t i;
	ck_assert_uint_eq(na, nb);
	for (i = 0; i < na; i++) {
		ck_assert_uint_eq(a[i].vi_first, b[i].vi_first);
		ck_assert_uint_eq(a[i].en_first, b[i].en_first);
		ck_assert_uint_eq(a[i].vi_count, b[i].vi_count);
		ck_assert_uint_eq(a[i].en_count, b[i].en_count);
		if (scores)
			ck_assert_double_eq(a[i].score, b[i].score);
	}
}

/* A corridor 3 wide along a line `shift` sentences off the diagonal of an
 * n x m lattice. */
static void off_diagonal(vta_corridor *c, size_t n, size_t m, size_t shift)
{
	size_t i;
	ck_assert_int_eq(vta_corridor_empty(c, n, m), 0);
	for (i = 0; i <= n; i++)
		vta_corridor_cover(c, i, i * m / n + shift, i * m / n + shift);
	ck_assert_int_eq(vta_corridor_close(c, 1), 0);
}

/* A corridor 3 wide along a line `shift` sentences off the diagonal,
 * which misses the right path by far: the repair must find it (the path
 * equals the whole-lattice search's), widening as often as it takes. */
static void repair_finds_path(size_t shift)
{
	char *vi1 = slurp("corpus/deepseek.vi.txt"), *en1 = slurp("corpus/deepseek.en.txt");
	char *vi = twice(vi1, 4), *en = twice(en1, 0);
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	run r;
	vta_scorer s;
	static vta_erfc_table erfc;
	vta_error err;
	vta_corridor full, off;
	vta_bead *bf, *bo;
	size_t nf, no, n, m;
	o.length_ratio = 1.2; /* a fixed model: no refit, as the test compares the searches alone */
	o.length_variance = 6.8;
	align_with(&r, vi, en, VIETALIGN_SEARCH_FULL, 1);
	n = vietalign_doc_sentence_count(r.vi);
	m = vietalign_doc_sentence_count(r.en);
	vta_erfc_table_init(&erfc);
	ck_assert_int_eq(vta_scorer_init(&s, &o, r.vi->lex, &erfc, r.vi, r.en, &err), 0);
	ck_assert_int_eq(vta_corridor_full(&full, n, m), 0);
	ck_assert_int_eq(vta_search(&bf, &nf, NULL, &s, &full, VTA_SEARCH_SCORES, &err), 0);
	off_diagonal(&off, n, m, shift);
	ck_assert(!covers(&off, bf[nf / 2].vi_first, bf[nf / 2].en_first));
	ck_assert_int_eq(vta_search(&bo, &no, NULL, &s, &off, VTA_SEARCH_SCORES, &err), 0);
	assert_same_path(bo, no, bf, nf, 0);
	free(bf);
	free(bo);
	vta_corridor_free(&full);
	vta_corridor_free(&off);
	vta_scorer_free(&s);
	run_free(&r);
	free(vi1);
	free(en1);
	free(vi);
	free(en);
}

START_TEST(test_repair_leaves_a_wrong_corridor)
{
	repair_finds_path(10);
}
END_TEST

/* 16 sentences off: beyond the first widening (8), so the repair must
 * widen again where the path meets the new edges. */
START_TEST(test_repair_widens_again)
{
	repair_finds_path(16);
}
END_TEST

/* A search told it is the scorer's last use frees the anchor tables, yet
 * finds the same path with the same scores as one that keeps them: in a
 * corridor the repairs change (the last costs are those of the widened
 * corridor) and in one they leave (the posteriors over the kept costs). */
static void last_use_in(const run *r, const vta_corridor *c)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	static vta_erfc_table erfc;
	vta_scorer s;
	vta_error err;
	vta_corridor c1, c2;
	vta_bead *keep, *drop;
	size_t nk, nd;
	vta_erfc_table_init(&erfc);
	ck_assert_int_eq(vta_corridor_copy(&c1, c), 0);
	ck_assert_int_eq(vta_corridor_copy(&c2, c), 0);
	ck_assert_int_eq(vta_scorer_init(&s, &o, r->vi->lex, &erfc, r->vi, r->en, &err), 0);
	ck_assert_int_eq(vta_search(&keep, &nk, NULL, &s, &c1, VTA_SEARCH_SCORES, &err), 0);
	ck_assert_ptr_nonnull(s.tv.key);
	ck_assert_int_eq(vta_search(&drop, &nd, NULL, &s, &c2, VTA_SEARCH_SCORES | VTA_SEARCH_LAST_USE, &err), 0);
	ck_assert_ptr_null(s.tv.key);
	ck_assert_ptr_null(s.te.key);
	assert_same_path(drop, nd, keep, nk, 1);
	free(keep);
	free(drop);
	vta_corridor_free(&c1);
	vta_corridor_free(&c2);
	vta_scorer_free(&s);
}

START_TEST(test_last_use_drops_the_anchor_tables)
{
	char *vi1 = slurp("corpus/deepseek.vi.txt"), *en1 = slurp("corpus/deepseek.en.txt");
	char *vi = twice(vi1, 4), *en = twice(en1, 0);
	vta_corridor full, off;
	run r;
	size_t n, m;
	align_with(&r, vi, en, VIETALIGN_SEARCH_FULL, 1);
	n = vietalign_doc_sentence_count(r.vi);
	m = vietalign_doc_sentence_count(r.en);
	ck_assert_int_eq(vta_corridor_full(&full, n, m), 0);
	last_use_in(&r, &full);
	off_diagonal(&off, n, m, 10);
	last_use_in(&r, &off);
	vta_corridor_free(&full);
	vta_corridor_free(&off);
	run_free(&r);
	free(vi1);
	free(en1);
	free(vi);
	free(en);
}
END_TEST

/* A band corridor: cells within r of the diagonal shifted by `shift`. */
static void band(vta_corridor *c, size_t n, size_t m, size_t r, size_t shift)
{
	size_t i;
	ck_assert_int_eq(vta_corridor_empty(c, n, m), 0);
	for (i = 0; i <= n; i++) {
		size_t j = i * m / n + shift;
		vta_corridor_cover(c, i, j > r ? j - r : 0, j + r < m ? j + r : m);
	}
	vta_corridor_fix(c);
}

static float code(size_t i, size_t j, size_t k)
{
	return (float)(i * 1000 + j * 10 + k);
}

/* Kept costs laid out on another corridor keep each cell's costs where
 * both corridors hold it and mark the others not costed: in place for a
 * narrower corridor, in place from the end for a wider one (every band
 * wider, or some rows widened as a repair does), into a new array for a
 * wider, shifted one. An array with room for the wider corridor's cells
 * stays where it is. */
START_TEST(test_restrict_costs)
{
	size_t widths[5] = {2, 9, 9, 5, 5}, shifts[5] = {0, 3, 0, 0, 0}, t, i, j, k, room;
	for (t = 0; t < 5; t++) {
		vta_prev_costs p = {0};
		vta_corridor to;
		float *was;
		band(&p.c, 60, 70, 5, 0);
		ck_assert_int_eq(vta_corridor_offsets(&p.off, &p.c), 0);
		p.cap = t == 4 ? 2 * p.off[p.c.n + 1] : 0;
		room = p.cap;
		p.cost = malloc((p.cap ? p.cap : p.off[p.c.n + 1]) * VTA_NBOTH * sizeof *p.cost);
		ck_assert_ptr_nonnull(p.cost);
		was = p.cost;
		for (i = 0; i <= p.c.n; i++)
			for (j = p.c.lo[i]; j <= p.c.hi[i]; j++)
				for (k = 0; k < VTA_NBOTH; k++)
					p.cost[vta_corridor_cell(&p.c, p.off, i, j) * VTA_NBOTH + k] = code(i, j, k);
		band(&to, 60, 70, widths[t], shifts[t]);
		if (t >= 3) { /* rows 20-30 widened, as a repair widens */
			for (i = 20; i <= 30; i++)
				vta_corridor_cover(&to, i, i * 70 / 60 - 12, i * 70 / 60 + 12);
			vta_corridor_fix(&to);
		}
		ck_assert_int_eq(vta_prev_costs_restrict(&p, &to), 0);
		ck_assert(vta_corridor_same(&p.c, &to));
		if (t == 4) {
			/* the room is kept for later widenings */
			ck_assert_ptr_eq(p.cost, was);
			ck_assert_uint_eq(p.cap, room);
			ck_assert_uint_lt(p.off[p.c.n + 1], room);
		}
		for (i = 0; i <= to.n; i++)
			for (j = to.lo[i]; j <= to.hi[i]; j++) {
				size_t old = i * 70 / 60, x = vta_corridor_cell(&p.c, p.off, i, j);
				int had = j + 5 >= old && j <= old + 5; /* in the first band */
				for (k = 0; k < VTA_NBOTH; k++)
					ck_assert(p.cost[x * VTA_NBOTH + k] == (had ? code(i, j, k) : INFINITY));
			}
		vta_corridor_free(&to);
		vta_prev_costs_free(&p);
	}
}
END_TEST

/* The search keeps one cost per sentence for its omissions: the cost of a
 * 1-0 or 0-1 bead must not depend on where the other side stands. */
START_TEST(test_omission_cost_by_sentence)
{
	char *vi = slurp("corpus/deepseek.vi.txt"), *en = slurp("corpus/deepseek.en.txt");
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	static vta_erfc_table erfc;
	vta_scorer s;
	vta_error err;
	run r;
	size_t n, m, i, j;
	run_align(&r, &o, vi, en);
	vta_erfc_table_init(&erfc);
	ck_assert_int_eq(vta_scorer_init(&s, &o, r.vi->lex, &erfc, r.vi, r.en, &err), 0);
	n = vietalign_doc_sentence_count(r.vi);
	m = vietalign_doc_sentence_count(r.en);
	ck_assert(vta_shapes[1].dv == 1 && vta_shapes[1].de == 0 && vta_shape_slot(1) < 0);
	ck_assert(vta_shapes[2].dv == 0 && vta_shapes[2].de == 1 && vta_shape_slot(2) < 0);
	for (i = 0; i < n; i++)
		for (j = 0; j < m; j++) {
			ck_assert(s.omit_vi[i] == (float)vta_bead_cost(&s, i, j, 1, NULL));
			ck_assert(s.omit_en[j] == (float)vta_bead_cost(&s, i, j, 2, NULL));
		}
	ck_assert_float_gt(s.omit_vi[0], 0);
	vta_scorer_free(&s);
	run_free(&r);
	free(vi);
	free(en);
}
END_TEST

/* The sweeps' inline exponential (search/exp_near.h) stays within 2 units
 * in the last place of libm's over the range they use and beyond, and
 * gives e^0 = 1 exactly (the largest term of every sum). */
START_TEST(test_exp_near_is_close_to_exp)
{
	double x, worst = 0;
	ck_assert(vta_exp_near(0) == 1.0);
	for (x = -700; x <= 0; x += 0.000977) {
		double e = exp(x), ulp = nextafter(e, INFINITY) - e;
		double d = fabs(vta_exp_near(x) - e) / ulp;
		worst = d > worst ? d : worst;
	}
	ck_assert_msg(worst <= 2, "vta_exp_near() is %g units in the last place off", worst);
}
END_TEST

START_TEST(test_bad_search_option)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	vietalign_aligner *a = NULL;
	o.search = 7;
	ck_assert_int_eq(vietalign_aligner_new(&a, &o), VIETALIGN_EINVALID);
	ck_assert_ptr_null(a);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("search");
	TCase *t = tcase_create("corridor");
	tcase_add_test(t, test_spread_matches_brute_force);
	tcase_add_test(t, test_close_keeps_cells_and_is_crossable);
	suite_add_tcase(s, t);
	t = tcase_create("search");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, test_corridor_equals_full_search);
	tcase_add_test(t, test_skeleton_chain);
	tcase_add_test(t, test_skeleton_covers_where_the_corridor_strays);
	tcase_add_test(t, test_corridor_holds_with_repeated_numbers);
	tcase_add_test(t, test_skeleton_pairs_repeated_keys_by_block);
	tcase_add_test(t, test_corridor_holds_a_long_omission);
	tcase_add_test(t, test_threads_do_not_change_the_result);
	tcase_add_test(t, test_repair_leaves_a_wrong_corridor);
	tcase_add_test(t, test_repair_widens_again);
	tcase_add_test(t, test_last_use_drops_the_anchor_tables);
	tcase_add_test(t, test_restrict_costs);
	tcase_add_test(t, test_omission_cost_by_sentence);
	tcase_add_test(t, test_bad_search_option);
	tcase_add_test(t, test_exp_near_is_close_to_exp);
	suite_add_tcase(s, t);
	return run_suite(s);
}
