/* refine.c - the search's second look at its beads, below the sentence:
 * each two-sided bead whose sentences hold soft boundaries (segment/soft.c)
 * is aligned again piece by piece, and cut where both sides agree. Merging
 * the pieces of one sentence back costs nothing beyond what leaving a soft
 * boundary uncut costs; cutting one costs its kind's prior. Beads stay
 * within the bead the search found, so the work is linear in the text. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "search/search.h"

/* Pieces per side of a bead that it refines, at most (more: the bead is
 * kept as it is; the DP below is quartic in them). */
#define PIECES_MAX 16
/* Soft boundaries of a sentence looked at, at most. */
#define SOFT_MAX (PIECES_MAX - 1)
/* Keys (numbers, names, identifiers) of a piece compared, at most. */
#define KEYS_MAX 32

typedef struct {
	size_t sent;          /* sentence of the document */
	size_t a, b;          /* the piece's bytes in that sentence's text */
	double chars;         /* its length in the length model's unit */
	vta_soft_kind before; /* the boundary before it (NONE: a sentence's start) */
	uint64_t key[KEYS_MAX];
	size_t nkeys;
} piece;

typedef struct {
	piece p[PIECES_MAX];
	size_t n;
} side;

static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t k;
	for (k = 0; k < n; k++)
		h = (h ^ (unsigned char)s[k]) * 1099511628211ULL;
	return h;
}

/* Whether a token says which piece of the other side it belongs to: it
 * holds a digit, or a capital past its first letter (an identifier), or is
 * capitalised and does not start the sentence (a name). */
static int is_key(const char *t, size_t n, int sentence_start)
{
	size_t i = 0;
	int first = 1;
	while (i < n) {
		int32_t cp;
		size_t k = vta_cp_next(t, n, i, &cp);
		if (vta_is_digit(cp) || (vta_is_upper(cp) && (!first || !sentence_start)))
			return 1;
		first = 0;
		i += k;
	}
	return 0;
}

/* Code points of text[a, b) other than spaces. */
static double chars_of(const char *text, size_t a, size_t b)
{
	double n = 0;
	while (a < b) {
		int32_t cp;
		a += vta_cp_next(text, b, a, &cp);
		n += cp != ' ';
	}
	return n;
}

static int add_piece(side *sd, const vta_sentence *s, size_t sent, size_t a, size_t b, vta_soft_kind before)
{
	piece *p = &sd->p[sd->n++];
	vta_token_vec tv = {0};
	size_t k;
	while (b > a && s->text[b - 1] == ' ')
		b--;
	p->sent = sent;
	p->a = a;
	p->b = b;
	p->before = before;
	p->chars = chars_of(s->text, a, b);
	p->nkeys = 0;
	if (vta_tokens_split(&tv, s->text + a, b - a))
		return VIETALIGN_ENOMEM;
	for (k = 0; k < tv.count && p->nkeys < KEYS_MAX; k++) {
		const char *t = s->text + a + tv.items[k].offset;
		if (is_key(t, tv.items[k].length, a == 0 && k == 0))
			p->key[p->nkeys++] = hash_bytes(t, tv.items[k].length);
	}
	vta_token_vec_free(&tv);
	return 0;
}

/* Where the sentences [first, first + count) of one side of a bead may be
 * cut: each one's soft boundaries, found before any piece is made, since
 * most beads hold none and then need no pieces (their tokens and keys
 * are the most of a piece's making). */
typedef struct {
	const vietalign_doc *d;
	size_t first, count;
	vta_soft soft[PIECES_MAX]; /* those of every sentence, in order */
	size_t ns[PIECES_MAX];     /* how many of them each sentence has */
	size_t pieces;             /* the side's pieces; 0 when too many */
} side_soft;

static void soft_of(side_soft *ss, const vietalign_doc *d, size_t first, size_t count)
{
	vta_soft soft[SOFT_MAX];
	size_t i, n = 0;
	ss->d = d;
	ss->first = first;
	ss->count = count;
	ss->pieces = 0;
	for (i = 0; i < count; i++) {
		const vta_sentence *s = &d->sents[first + i];
		size_t ns = d->fixed ? 0 : vta_soft_boundaries(soft, SOFT_MAX, s->text, s->text_length, d->lang);
		if (n + ns + 1 > PIECES_MAX)
			return;
		memcpy(ss->soft + n - i, soft, ns * sizeof *soft);
		ss->ns[i] = ns;
		n += ns + 1;
	}
	ss->pieces = n;
}

/* The pieces of the side ss found. */
static int pieces_of(side *sd, const side_soft *ss)
{
	const vta_soft *soft = ss->soft;
	size_t i, k;
	sd->n = 0;
	for (i = 0; i < ss->count; soft += ss->ns[i++]) {
		const vta_sentence *s = &ss->d->sents[ss->first + i];
		size_t ns = ss->ns[i], a = 0;
		for (k = 0; k <= ns; k++) {
			size_t b = k < ns ? soft[k].at : s->text_length;
			if (add_piece(sd, s, ss->first + i, a, b, k ? soft[k - 1].kind : VTA_SOFT_NONE))
				return VIETALIGN_ENOMEM;
			a = b;
		}
	}
	return 0;
}

/* The keys both sides of a bead hold, counted per piece: a bead over
 * pieces [p0, p1) and [q0, q1) shares min(v's count, e's count) of each.
 * Counting per pair of pieces instead would pay a key repeated in two
 * pieces (a file name said twice) once per pair, and so pay for leaving
 * the bead whole. */
#define SHARED_MAX (PIECES_MAX * KEYS_MAX)
typedef struct {
	uint64_t key[SHARED_MAX];
	size_t n;
	uint8_t v[PIECES_MAX + 1][SHARED_MAX]; /* v[p][k]: key k in pieces [0, p) */
	uint8_t e[PIECES_MAX + 1][SHARED_MAX];
} shared;

static int holds(const side *sd, uint64_t key)
{
	size_t p, k;
	for (p = 0; p < sd->n; p++)
		for (k = 0; k < sd->p[p].nkeys; k++)
			if (sd->p[p].key[k] == key)
				return 1;
	return 0;
}

static size_t key_slot(const shared *sh, uint64_t key)
{
	size_t k;
	for (k = 0; k < sh->n && sh->key[k] != key; k++)
		;
	return k;
}

static void count_keys(uint8_t (*cnt)[SHARED_MAX], const shared *sh, const side *sd)
{
	size_t p, k;
	memset(cnt[0], 0, sh->n);
	for (p = 0; p < sd->n; p++) {
		memcpy(cnt[p + 1], cnt[p], sh->n);
		for (k = 0; k < sd->p[p].nkeys; k++) {
			size_t slot = key_slot(sh, sd->p[p].key[k]);
			if (slot < sh->n)
				cnt[p + 1][slot]++;
		}
	}
}

static void shared_of(shared *sh, const side *v, const side *e)
{
	size_t p, k;
	sh->n = 0;
	for (p = 0; p < v->n; p++)
		for (k = 0; k < v->p[p].nkeys; k++) {
			uint64_t key = v->p[p].key[k];
			if (key_slot(sh, key) == sh->n && holds(e, key))
				sh->key[sh->n++] = key;
		}
	count_keys(sh->v, sh, v);
	count_keys(sh->e, sh, e);
}

static int shared_in(const shared *sh, size_t p0, size_t p1, size_t q0, size_t q1)
{
	size_t k;
	int n = 0;
	for (k = 0; k < sh->n; k++) {
		int cv = sh->v[p1][k] - sh->v[p0][k], ce = sh->e[q1][k] - sh->e[q0][k];
		n += cv < ce ? cv : ce;
	}
	return n;
}

/* -log prior of a bead spanning hv sentences and he sentences, or
 * INFINITY for a shape the search never makes. */
static double hard_prior(const vta_refine_model *s, size_t hv, size_t he)
{
	int k = vta_shape_index(hv, he);
	/* a wide bead (widen.c) may be kept whole, or cut */
	return k < VTA_NSHAPES ? s->prior[k] : vta_wide_prior(hv, he);
}

/* What a bead over pieces [p0, p1) of one side pays for its boundaries:
 * the sentences it spans (*hard), the soft boundaries it leaves uncut
 * inside, and the one it is cut at, when soft. */
static double side_cost(const side *sd, size_t p0, size_t p1, size_t *hard)
{
	double c = 0;
	size_t k;
	*hard = 1;
	if (p0 > 0 && sd->p[p0].before != VTA_SOFT_NONE)
		c += VTA_PARAMS.soft_cut[sd->p[p0].before];
	for (k = p0 + 1; k < p1; k++) {
		if (sd->p[k].before == VTA_SOFT_NONE)
			(*hard)++;
		else
			c += VTA_PARAMS.soft_merge[sd->p[k].before];
	}
	return c;
}

typedef struct {
	double cost;
	uint8_t dv, de;
} cell;

static double span_chars(const side *sd, size_t p0, size_t p1)
{
	double n = 0;
	for (; p0 < p1; p0++)
		n += sd->p[p0].chars;
	return n;
}

double vta_refine_length_term(const vta_refine_model *s, double lv, double le)
{
	if (!lv)
		return le / s->mean_en;
	if (!le)
		return lv / s->mean_vi;
	return vta_length_cost_tab(&s->lm, s->erfc, lv, le);
}

/* Whether pieces [p0, p1) are whole sentences. */
static int whole(const side *sd, size_t p0, size_t p1)
{
	return sd->p[p0].before == VTA_SOFT_NONE && (p1 == sd->n || sd->p[p1].before == VTA_SOFT_NONE);
}

/* The cost of the bead of pieces [p0, p1) and [q0, q1). */
static double piece_bead(const vta_refine_model *s, const side *v, const side *e, const shared *sh, size_t p0,
                         size_t p1, size_t q0, size_t q1)
{
	double lv = span_chars(v, p0, p1), le = span_chars(e, q0, q1), c;
	size_t hv, he;
	/* what one side leaves out is whole sentences: a translation drops
	 * sentences, and a piece the other side lacks is a clause said in
	 * other words (a false omission for check) */
	if (p1 == p0)
		return whole(e, q0, q1) ? s->prior[2] + vta_refine_length_term(s, 0, le) + side_cost(e, q0, q1, &he)
		                        : INFINITY;
	if (q1 == q0)
		return whole(v, p0, p1) ? s->prior[1] + vta_refine_length_term(s, lv, 0) + side_cost(v, p0, p1, &hv)
		                        : INFINITY;
	c = side_cost(v, p0, p1, &hv) + side_cost(e, q0, q1, &he);
	c += hard_prior(s, hv, he);
	if (c == INFINITY)
		return c;
	return c + vta_refine_length_term(s, lv ? lv : 1, le ? le : 1) -
	       VTA_PARAMS.refine_key_gain * shared_in(sh, p0, p1, q0, q1);
}

/* The best division of the bead into piece beads: out[k] its shapes in
 * pieces, *nout of them (in order). */
static void divide(uint8_t (*out)[2], size_t *nout, const vta_refine_model *s, const side *v, const side *e, shared *sh)
{
	cell dp[PIECES_MAX + 1][PIECES_MAX + 1];
	size_t p, q, p0, q0, n = 0;
	shared_of(sh, v, e);
	for (p = 0; p <= v->n; p++)
		for (q = 0; q <= e->n; q++) {
			cell *d = &dp[p][q];
			d->cost = p || q ? INFINITY : 0;
			d->dv = d->de = 0;
			for (p0 = p + 1; p0-- > 0;)
				for (q0 = q + 1; q0-- > 0;) {
					double c;
					if ((p0 == p && q0 == q) || ((p0 == p || q0 == q) && p - p0 + q - q0 != 1) ||
					    dp[p0][q0].cost == INFINITY)
						continue;
					c = dp[p0][q0].cost + piece_bead(s, v, e, sh, p0, p, q0, q);
					if (c < d->cost) {
						d->cost = c;
						d->dv = (uint8_t)(p - p0);
						d->de = (uint8_t)(q - q0);
					}
				}
		}
	for (p = v->n, q = e->n; p || q;) {
		out[n][0] = dp[p][q].dv;
		out[n][1] = dp[p][q].de;
		p -= out[n][0];
		q -= out[n][1];
		n++;
	}
	for (p = 0; p < n / 2; p++) {
		uint8_t t0 = out[p][0], t1 = out[p][1];
		out[p][0] = out[n - 1 - p][0];
		out[p][1] = out[n - 1 - p][1];
		out[n - 1 - p][0] = t0;
		out[n - 1 - p][1] = t1;
	}
	*nout = n;
}

static int push_cut(vta_cuts *c, size_t sent, size_t at)
{
	if (vta_grow((void **)&c->items, &c->cap, c->n + 1, sizeof *c->items))
		return VIETALIGN_ENOMEM;
	c->items[c->n].sentence = sent;
	c->items[c->n].at = at;
	c->n++;
	return 0;
}

/* Records the cuts of one side: the soft boundaries where the division
 * starts a bead. */
static int side_cuts(vta_cuts *c, const side *sd, const uint8_t (*div)[2], size_t nd, int which)
{
	size_t k, p = 0;
	for (k = 0; k < nd; k++) {
		if (div[k][which] && p > 0 && sd->p[p].before != VTA_SOFT_NONE &&
		    push_cut(c, sd->p[p].sent, sd->p[p].a))
			return VIETALIGN_ENOMEM;
		p += div[k][which];
	}
	return 0;
}

/* Pieces of the cut document that DP pieces [p0, p1) make: one per
 * sentence they touch, as the span starts at a cut or a sentence start. */
static size_t out_pieces(const side *sd, size_t p0, size_t p1)
{
	size_t hard = 0;
	if (p1 > p0)
		side_cost(sd, p0, p1, &hard);
	return hard;
}

/* The refined beads, and where each comes from. */
typedef struct {
	vta_bead *b;
	vta_bead_origin *o;
	size_t n, bcap, ocap;
} out_beads;

static int push_bead(out_beads *out, size_t vc, size_t ec, double score, size_t from, float length)
{
	if (vta_grow((void **)&out->b, &out->bcap, out->n + 1, sizeof *out->b) ||
	    vta_grow((void **)&out->o, &out->ocap, out->n + 1, sizeof *out->o))
		return VIETALIGN_ENOMEM;
	out->b[out->n].vi_count = vc;
	out->b[out->n].en_count = ec;
	out->b[out->n].score = score;
	out->o[out->n].from = from;
	out->o[out->n].length = length;
	out->n++;
	return 0;
}

/* Numbers the beads' first pieces, now that the cuts are known. */
static void number(vta_bead *b, size_t n)
{
	size_t k, i = 0, j = 0;
	for (k = 0; k < n; k++) {
		b[k].vi_first = i;
		b[k].en_first = j;
		i += b[k].vi_count;
		j += b[k].en_count;
	}
}

void vta_cuts_free(vta_cuts *c)
{
	free(c->items);
	memset(c, 0, sizeof *c);
}

void vta_refine_model_of(vta_refine_model *m, const vta_scorer *s)
{
	m->vi = s->vi;
	m->en = s->en;
	m->lm = s->lm;
	m->erfc = s->erfc;
	memcpy(m->prior, s->prior, sizeof m->prior);
	m->mean_vi = s->mean_vi;
	m->mean_en = s->mean_en;
	m->threads = s->threads;
	m->para_cross = s->para_cross;
	m->para_start = s->para_start;
}

/* Pushes the beads of bead k (b) as divided (div, nd) into out. */
static int push_divided(out_beads *out, const vta_refine_model *m, const side *v, const side *e,
                        const uint8_t (*div)[2], size_t nd, const vta_bead *b, size_t k)
{
	size_t d, p = 0, q = 0;
	int rc = 0;
	for (d = 0; !rc && d < nd; d++) {
		size_t p1 = p + div[d][0], q1 = q + div[d][1];
		/* the pieces of the output: one per sentence the bead touches
		 * (it starts at a cut or a sentence start) */
		rc = push_bead(out, out_pieces(v, p, p1), out_pieces(e, q, q1), b->score, k,
		               nd == 1 ? NAN
		                       : (float)vta_refine_length_term(m, span_chars(v, p, p1), span_chars(e, q, q1)));
		p = p1;
		q = q1;
	}
	return rc;
}

/* Whether bead b is one sentence each side of the same text (numbers,
 * links), which pairs whole. */
static int same_text(const vta_refine_model *m, const vta_bead *b)
{
	return b->vi_count == 1 && b->en_count == 1 &&
	       vta_sentence_same_text(&m->vi->sents[b->vi_first], &m->en->sents[b->en_first]);
}

/* One run of the beads refined: beads [from, to) of b into out and cuts. */
typedef struct {
	const vta_bead *b;
	size_t from, to;
	const vta_refine_model *m;
	out_beads out;
	vta_cuts cuts[2];
	int rc;
} refine_job;

static void *refine_run(void *arg)
{
	refine_job *j = arg;
	side *v = malloc(sizeof *v), *e = malloc(sizeof *e);
	shared *sh = malloc(sizeof *sh);
	const vta_refine_model *m = j->m;
	size_t k;
	side_soft sv, se;
	uint8_t div[2 * PIECES_MAX][2];
	int rc = v && e && sh ? 0 : VIETALIGN_ENOMEM;
	for (k = j->from; !rc && k < j->to; k++) {
		const vta_bead *b = &j->b[k];
		size_t nd = 0;
		int cut = b->vi_count && b->en_count && !same_text(m, b);
		if (cut) {
			soft_of(&sv, m->vi, b->vi_first, b->vi_count);
			soft_of(&se, m->en, b->en_first, b->en_count);
			cut = sv.pieces && se.pieces && (sv.pieces > b->vi_count || se.pieces > b->en_count);
		}
		if (cut && !(rc = pieces_of(v, &sv)) && !(rc = pieces_of(e, &se))) {
			divide(div, &nd, m, v, e, sh);
			rc = side_cuts(&j->cuts[0], v, div, nd, 0) || side_cuts(&j->cuts[1], e, div, nd, 1)
			             ? VIETALIGN_ENOMEM
			             : 0;
			if (!rc)
				rc = push_divided(&j->out, m, v, e, div, nd, b, k);
			continue;
		}
		if (!rc)
			rc = push_bead(&j->out, b->vi_count, b->en_count, b->score, k, NAN);
	}
	free(v);
	free(e);
	free(sh);
	j->rc = rc;
	return NULL;
}

static void job_free(refine_job *j)
{
	free(j->out.b);
	free(j->out.o);
	vta_cuts_free(&j->cuts[0]);
	vta_cuts_free(&j->cuts[1]);
}

/* Appends what job j made to the whole's. */
static int gather(out_beads *out, vta_cuts cuts[2], const refine_job *j)
{
	int s;
	if (vta_grow((void **)&out->b, &out->bcap, out->n + j->out.n, sizeof *out->b) ||
	    vta_grow((void **)&out->o, &out->ocap, out->n + j->out.n, sizeof *out->o))
		return VIETALIGN_ENOMEM;
	if (j->out.n) {
		memcpy(out->b + out->n, j->out.b, j->out.n * sizeof *out->b);
		memcpy(out->o + out->n, j->out.o, j->out.n * sizeof *out->o);
	}
	out->n += j->out.n;
	for (s = 0; s < 2; s++) {
		if (vta_grow((void **)&cuts[s].items, &cuts[s].cap, cuts[s].n + j->cuts[s].n, sizeof *cuts[s].items))
			return VIETALIGN_ENOMEM;
		if (j->cuts[s].n)
			memcpy(cuts[s].items + cuts[s].n, j->cuts[s].items, j->cuts[s].n * sizeof *cuts[s].items);
		cuts[s].n += j->cuts[s].n;
	}
	return 0;
}

int vta_refine(vta_bead **beads, size_t *nbeads, vta_bead_origin **origin, vta_cuts cuts[2], const vta_refine_model *m)
{
	refine_job jobs[VTA_PARALLEL_MAX];
	out_beads out = {0};
	/* each bead is refined on its own: runs of them on the model's
	 * threads, put together in order (the same beads on any number) */
	size_t t, n = m->threads > 1 && *nbeads >= VTA_PARAMS.refine_parallel_min ? m->threads : 1;
	int rc = 0;
	if (n > VTA_PARALLEL_MAX)
		n = VTA_PARALLEL_MAX;
	memset(cuts, 0, 2 * sizeof *cuts);
	memset(jobs, 0, sizeof jobs);
	*origin = NULL;
	for (t = 0; t < n; t++) {
		jobs[t].b = *beads;
		jobs[t].from = *nbeads * t / n;
		jobs[t].to = *nbeads * (t + 1) / n;
		jobs[t].m = m;
	}
	vta_parallel(refine_run, jobs, sizeof *jobs, n);
	for (t = 0; t < n; t++)
		if (!rc && !(rc = jobs[t].rc))
			rc = gather(&out, cuts, &jobs[t]);
	for (t = 0; t < n; t++)
		job_free(&jobs[t]);
	if (rc || (!cuts[0].n && !cuts[1].n)) {
		free(out.b);
		free(out.o);
		vta_cuts_free(&cuts[0]);
		vta_cuts_free(&cuts[1]);
		return rc;
	}
	number(out.b, out.n);
	free(*beads);
	*beads = out.b;
	*nbeads = out.n;
	*origin = out.o;
	return 0;
}
