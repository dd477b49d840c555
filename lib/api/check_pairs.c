/* check_pairs.c - what a translation lost or changed, pair by pair:
 * sentences left out or added, numbers and names that differ, sentences
 * left in English, pairs of unusual length. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <math.h>
#include "api/api.h"
#include "search/search.h"
#include "anchors/anchors.h"
#include "text/text.h"

#define SPOTS_MAX 64

static size_t side_length(const vietalign_doc *d, size_t first, size_t count);

/* Whether sentence s of one side and the nearest sentence of bead j on
 * that side share a paragraph: a sentence can be glued to a neighbour
 * only there. */
static int same_paragraph(const vta_check *c, size_t j, size_t s, int vi_side)
{
	const vta_bead *b = &c->al->beads[j];
	const vietalign_doc *d = vi_side ? c->al->vi : c->al->en;
	size_t first = vi_side ? b->vi_first : b->en_first, count = vi_side ? b->vi_count : b->en_count;
	size_t t = first > s ? first : first + count - 1;
	return count && s < d->nsents && t < d->nsents && d->sents[s].paragraph == d->sents[t].paragraph;
}

/* Whether the pair of bead j reads better with `extra` more bytes on one
 * side: then the sentence left alone most likely has its counterpart in
 * that pair (the other side wrote two sentences as one), no omission.
 * Inside one paragraph a small gain is enough: a translator often
 * joins or splits sentences there, seldom across paragraphs. */
static int fits_neighbour(const vta_check *c, size_t j, size_t s, size_t extra, int vi_side, double ratio)
{
	const vta_bead *b = &c->al->beads[j];
	double lv, le, before, after;
	if (j >= c->al->nbeads || !b->vi_count || !b->en_count)
		return 0;
	lv = (double)side_length(c->al->vi, b->vi_first, b->vi_count);
	le = (double)side_length(c->al->en, b->en_first, b->en_count) * ratio;
	before = fabs(log(lv / le));
	after = vi_side ? fabs(log((lv + (double)extra) / le)) : fabs(log(lv / (le + (double)extra * ratio)));
	return after + (same_paragraph(c, j, s, vi_side) ? VTA_PARAMS.check_fit_gain_paragraph
	                                                 : VTA_PARAMS.check_fit_gain_across) <
	       before;
}

/* Whether bead j holds sentences of the other side only, of a length
 * that could translate the run's `bytes`: the two runs most likely
 * translate each other loosely (two sentences dropped on both sides
 * seldom have matching lengths). */
static int other_alone(const vta_check *c, size_t j, int vi_side, size_t bytes, double ratio)
{
	const vta_bead *b = &c->al->beads[j];
	double lv, le;
	if (j >= c->al->nbeads || !(vi_side ? !b->vi_count && b->en_count : b->vi_count && !b->en_count))
		return 0;
	lv = vi_side ? (double)bytes : (double)side_length(c->al->vi, b->vi_first, b->vi_count);
	le = vi_side ? (double)side_length(c->al->en, b->en_first, b->en_count) : (double)bytes;
	return fabs(log(lv / (le * ratio))) < VTA_PARAMS.check_loose_log_ratio;
}

#define NO_PAIR ((size_t)-1)

#define RUN_KINDS \
	(VIETALIGN_ANCHOR_WORDS | VIETALIGN_ANCHOR_LEXICON | VIETALIGN_ANCHOR_LEARNED | VIETALIGN_ANCHOR_NAMES)

/* Where entry y of a view lies: its sentence, then its offset. */
static uint64_t view_pos(const vta_anchor_view *v, size_t y)
{
	return ((uint64_t)v->sent[y] << 32) | v->a[y]->offset;
}

/* Matches the anchors of `run` (sentences of one side) with those of
 * the other side of pair j that its own side leaves unmatched (run's
 * matched groups grow). Returns the groups so matched beyond all that
 * the pair's own side matched there: after it when the run comes after
 * the pair (`after`), before it otherwise, where a sentence written into
 * the pair's other side would be. */
static size_t match_neighbour(vta_check *c, vta_anchor_view *run, size_t j, int vi_side, int after)
{
	const vta_bead *b = &c->al->beads[j];
	const vietalign_doc *mine = vi_side ? c->al->vi : c->al->en, *other = vi_side ? c->al->en : c->al->vi;
	vta_anchor_view *own, *far;
	short *pair;
	size_t x, y, beyond = 0;
	if (j >= c->al->nbeads || !b->vi_count || !b->en_count)
		return 0;
	own = malloc(2 * sizeof *own);
	pair = malloc(VTA_VIEW_MAX * sizeof *pair);
	if (!own || !pair) {
		free(own);
		free(pair);
		c->rc = VIETALIGN_ENOMEM;
		return 0;
	}
	far = own + 1;
	if (!vta_view_gather(own, mine, vi_side ? b->vi_first : b->en_first, (int)(vi_side ? b->vi_count : b->en_count),
	                     RUN_KINDS) &&
	    !vta_view_gather(far, other, vi_side ? b->en_first : b->vi_first,
	                     (int)(vi_side ? b->en_count : b->vi_count), RUN_KINDS)) {
		uint64_t edge = after ? 0 : UINT64_MAX;
		char *seen = calloc(VTA_VIEW_MAX, 1);
		vta_view_match(own, far, pair); /* what the pair's own side accounts for */
		for (y = 0; y < far->n; y++)
			if (far->used[y] && (after ? view_pos(far, y) > edge : view_pos(far, y) < edge))
				edge = view_pos(far, y);
		vta_view_match(run, far, pair);
		for (x = 0; seen && x < run->n; x++)
			if (pair[x] >= 0 && !seen[run->grp[x]] &&
			    (after ? view_pos(far, (size_t)pair[x]) > edge : view_pos(far, (size_t)pair[x]) < edge)) {
				seen[run->grp[x]] = 1;
				beyond++;
			}
		if (!seen)
			c->rc = VIETALIGN_ENOMEM;
		free(seen);
	}
	free(own);
	free(pair);
	return beyond;
}

/* Whether the run's words (n sentences from `first` of one side) are
 * translated in the other side of pair j (before the run when `after`),
 * by words its own side leaves unmatched: two of them, a third of the
 * run's at least, or a fifth when they lie past all the pair's own side
 * matched there, where a sentence joined to it would be. The translator
 * wrote the run into that pair's sentence ("there's my boss" inside one
 * long English sentence for "Có cả xếp của tôi nữa kìa."), no omission. */
static int words_in_neighbour(vta_check *c, size_t j, int after, size_t first, size_t n, int vi_side)
{
	vta_anchor_view *run = malloc(sizeof *run);
	size_t matched = 0, groups = 0, beyond = 0;
	if (!run) {
		c->rc = VIETALIGN_ENOMEM;
		return 0;
	}
	if (!vta_view_gather(run, vi_side ? c->al->vi : c->al->en, first, (int)n, RUN_KINDS)) {
		beyond = match_neighbour(c, run, j, vi_side, after);
		matched = vta_view_groups(run, 1);
		groups = vta_view_groups(run, 0);
	}
	free(run);
	return matched >= VTA_PARAMS.glued_min_words &&
	       ((double)matched >= VTA_PARAMS.glued_share * (double)groups ||
	        (beyond >= VTA_PARAMS.glued_min_words &&
	         (double)beyond >= VTA_PARAMS.glued_share_beyond * (double)groups));
}

/* The next word of text *t (marks around it left out; *n its length, 0
 * for a mark alone), *t moved past it and the space after it. */
static const char *next_word(const char **t, size_t *n)
{
	const char *p = *t, *q;
	while (**t && **t != ' ')
		(*t)++;
	q = *t;
	if (**t)
		(*t)++;
	while (p < q && ispunct((unsigned char)*p))
		p++;
	while (q > p && ispunct((unsigned char)q[-1]))
		q--;
	*n = (size_t)(q - p);
	return p;
}

/* Whether word w[0, n) is in sentence text t (ASCII letters compared
 * without case). */
static int word_in(const char *t, const char *w, size_t n)
{
	while (*t) {
		size_t m, k = 0;
		const char *p = next_word(&t, &m);
		while (m == n && k < n && tolower((unsigned char)p[k]) == tolower((unsigned char)w[k]))
			k++;
		if (m == n && k == n)
			return 1;
	}
	return 0;
}

/* Whether sentence o says again, in its words, sentence s of the same
 * side (three words at least, all of them in s): a speaker's repetition
 * ("I like things that are weird. I like weird things."), which a
 * translator writes once. */
static int repeats(const vta_sentence *o, const vta_sentence *s)
{
	const char *t = o->text;
	size_t words = 0;
	while (*t) {
		size_t m;
		const char *p = next_word(&t, &m);
		if (m && !word_in(s->text, p, m))
			return 0;
		words += m > 0;
	}
	return words >= VTA_PARAMS.check_repeat_min_words;
}

/* Whether the run (n sentences from `first`) is one sentence repeating
 * the nearest sentence of pair j on its side. */
static int repeats_neighbour(const vta_check *c, size_t j, size_t first, size_t n, int vi_side)
{
	const vta_bead *b;
	const vietalign_doc *d = vi_side ? c->al->vi : c->al->en;
	size_t f, m;
	if (n != 1 || j >= c->al->nbeads) /* j: one past the last pair at the end */
		return 0;
	b = &c->al->beads[j];
	if (!b->vi_count || !b->en_count)
		return 0;
	f = vi_side ? b->vi_first : b->en_first;
	m = vi_side ? b->vi_count : b->en_count;
	return repeats(&d->sents[first], &d->sents[f < first ? f + m - 1 : f]);
}

static int two_sided(const vietalign_alignment *al, size_t j)
{
	return al->beads[j].vi_count && al->beads[j].en_count;
}

/* The words of sentences [first, first + n) of d. */
static size_t run_words(const vietalign_doc *d, size_t first, size_t n)
{
	size_t k, i, w = 0;
	for (k = first; k < first + n; k++) {
		const char *t = d->sents[k].text;
		for (i = 0; i < d->sents[k].text_length; i++)
			w += t[i] != ' ' && (i == 0 || t[i - 1] == ' ');
	}
	return w;
}

/* The sentences of one-sided bead k on its side: *first and the count. */
static size_t lone(const vietalign_alignment *al, size_t k, int vi_side, size_t *first)
{
	*first = vi_side ? al->beads[k].vi_first : al->beads[k].en_first;
	return vi_side ? al->beads[k].vi_count : al->beads[k].en_count;
}

/* Whether sentences [first, first + n) of one side, alone between pair
 * `prev` (or NO_PAIR) and pair `next`, are no fault: the note's reason in
 * *why, or NULL for an error. */
static const char *run_excuse(vta_check *c, size_t prev, size_t next, size_t first, size_t n, int vi_side, double ratio)
{
	const vietalign_alignment *al = c->al;
	size_t bytes = side_length(vi_side ? al->vi : al->en, first, n);
	if ((prev != NO_PAIR && fits_neighbour(c, prev, first, bytes, vi_side, ratio)) ||
	    fits_neighbour(c, next, first + n - 1, bytes, vi_side, ratio))
		return ", most likely part of the pair next to it"; /* an alignment too coarse, not a fault */
	if ((prev != NO_PAIR && words_in_neighbour(c, prev, 1, first, n, vi_side)) ||
	    words_in_neighbour(c, next, 0, first, n, vi_side))
		return ", its words translated in the pair next to it";
	if ((prev != NO_PAIR && repeats_neighbour(c, prev, first, n, vi_side)) ||
	    repeats_neighbour(c, next, first, n, vi_side))
		return ", a repetition of the sentence next to it";
	if (run_words(vi_side ? al->vi : al->en, first, n) <= VTA_PARAMS.check_few_words &&
	    ((prev != NO_PAIR && two_sided(al, prev) && same_paragraph(c, prev, first, vi_side)) ||
	     (next < al->nbeads && same_paragraph(c, next, first + n - 1, vi_side))))
		/* "How come?", "Right?" inside a paragraph: folded into a
		 * neighbour or left out as a translator may; a paragraph of
		 * its own stays an error */
		return ", a few words inside a paragraph";
	if ((prev != NO_PAIR && other_alone(c, prev, vi_side, bytes, ratio)) ||
	    other_alone(c, next, vi_side, bytes, ratio))
		/* both sides hold sentences alone there */
		return ", next to sentences of the other side alone: most likely a loose translation";
	return NULL;
}

/* The sentences of beads [i, j) on their side: *first and the count. */
static size_t run_sentences(const vietalign_alignment *al, size_t i, size_t j, int vi_side, size_t *first)
{
	size_t k, n = 0, f;
	lone(al, i, vi_side, first);
	for (k = i; k < j; k++)
		n += lone(al, k, vi_side, &f);
	return n;
}

/* The finding for beads [i, j), one-sided on the same side: an error,
 * or a note when `why` excuses it. */
static void run_finding(vta_check *c, size_t i, size_t j, const char *why)
{
	const vta_bead *b = &c->al->beads[i];
	int vi_side = b->vi_count > 0;
	size_t first, n = run_sentences(c->al, i, j, vi_side, &first);
	vietalign_lang lang = vi_side ? VIETALIGN_LANG_VI : VIETALIGN_LANG_EN;
	vta_spot v = vta_spot_sentence(b->vi_first), e = vta_spot_sentence(b->en_first);
	char msg[200];
	(vi_side ? &e : &v)->present = 0;
	snprintf(msg, sizeof msg, "%zu %s sentence(s) with no counterpart in the %s%s", n,
	         vi_side ? "Vietnamese" : "English", lang == c->o.source ? "translation" : "original", why ? why : "");
	vta_check_add_run(c, lang == c->o.source ? "omission" : "addition",
	                  why ? VIETALIGN_SEVERITY_NOTE : VIETALIGN_SEVERITY_ERROR, i, &v, &e, n, msg);
}

/* A run of one-sided beads on the same side from bead i: one fault, one
 * finding. When the run as a whole has no excuse, its first sentences
 * whose words the pair before translates, and its last ones whose words
 * the pair after translates, are that pair's (sentences the translator
 * joined to a neighbour, "Có cả xếp của tôi nữa kìa." for "-- there's my
 * boss --"); the fault is what is left between them. Returns the bead
 * after the run. */
static size_t one_sided(vta_check *c, size_t i, double ratio)
{
	const vietalign_alignment *al = c->al;
	int vi_side = al->beads[i].vi_count > 0;
	size_t j = i, a, z, f, n, prev = i > 0 ? i - 1 : NO_PAIR;
	const char *why;
	while (j < al->nbeads && (vi_side ? al->beads[j].vi_count && !al->beads[j].en_count
	                                  : al->beads[j].en_count && !al->beads[j].vi_count))
		j++;
	n = run_sentences(al, i, j, vi_side, &f);
	if ((why = run_excuse(c, prev, j, f, n, vi_side, ratio)) != NULL || j - i < 2) {
		run_finding(c, i, j, why);
		return j;
	}
	/* the longest prefix, then the longest suffix, the neighbour translates */
	for (a = j - 1; a > i; a--) {
		n = run_sentences(al, i, a, vi_side, &f);
		if (prev != NO_PAIR && words_in_neighbour(c, prev, 1, f, n, vi_side))
			break;
	}
	for (z = a + 1; z < j; z++) {
		n = run_sentences(al, z, j, vi_side, &f);
		if (words_in_neighbour(c, j, 0, f, n, vi_side))
			break;
	}
	if (a > i)
		run_finding(c, i, a, ", its words translated in the pair next to it");
	n = run_sentences(al, a, z, vi_side, &f);
	run_finding(c, a, z, run_excuse(c, prev, j, f, n, vi_side, ratio));
	if (z < j)
		run_finding(c, z, j, ", its words translated in the pair next to it");
	return j;
}

/* The paragraphs [first, first + count) of a side span: the sentences of
 * the first paragraph and those of the last. */
static size_t paragraph_run(const vietalign_doc *d, size_t first, size_t count, int from_end)
{
	size_t k = 1;
	if (!from_end) {
		while (k < count && d->sents[first + k].paragraph == d->sents[first].paragraph)
			k++;
	} else {
		size_t last = first + count - 1;
		while (k < count && d->sents[last - k].paragraph == d->sents[last].paragraph)
			k++;
	}
	return k;
}

/* A pair whose one side spans two paragraphs or more and the other one:
 * the sentences of the first or the last paragraph most likely have no
 * counterpart (a short one the alignment glued to its neighbour), when
 * the pair's lengths agree better without them. One finding for them. */
static void paragraph_orphans(vta_check *c, size_t i, double ratio)
{
	const vta_bead *b = &c->al->beads[i];
	const vietalign_doc *dv = c->al->vi, *de = c->al->en;
	int vi_side, end;
	size_t lv, le, best_n = 0, first = 0;
	double best;
	vietalign_lang lang;
	vta_spot v, e;
	char msg[160];
	if (dv->sents[b->vi_first].paragraph != dv->sents[b->vi_first + b->vi_count - 1].paragraph)
		vi_side = 1;
	else if (de->sents[b->en_first].paragraph != de->sents[b->en_first + b->en_count - 1].paragraph)
		vi_side = 0;
	else
		return;
	if (vi_side ? de->sents[b->en_first].paragraph != de->sents[b->en_first + b->en_count - 1].paragraph : 0)
		return; /* both sides span paragraphs */
	lv = side_length(dv, b->vi_first, b->vi_count);
	le = side_length(de, b->en_first, b->en_count);
	best = fabs(log((double)lv / ((double)le * ratio)));
	for (end = 0; end < 2; end++) {
		const vietalign_doc *d = vi_side ? dv : de;
		size_t f = vi_side ? b->vi_first : b->en_first, n = vi_side ? b->vi_count : b->en_count;
		size_t run = paragraph_run(d, f, n, end), bytes = side_length(d, end ? f + n - run : f, run);
		double fit = vi_side ? fabs(log((double)(lv - bytes) / ((double)le * ratio)))
		                     : fabs(log((double)lv / ((double)(le - bytes) * ratio)));
		if (run < n && fit < best) {
			best = fit;
			best_n = run;
			first = end ? f + n - run : f;
		}
	}
	if (!best_n)
		return;
	lang = vi_side ? VIETALIGN_LANG_VI : VIETALIGN_LANG_EN;
	v = vta_spot_sentence(vi_side ? first : b->vi_first);
	e = vta_spot_sentence(vi_side ? b->en_first : first);
	(vi_side ? &e : &v)->present = 0;
	snprintf(msg, sizeof msg, "%zu %s sentence(s) with no counterpart in the %s (a paragraph of their own)", best_n,
	         vi_side ? "Vietnamese" : "English", lang == c->o.source ? "translation" : "original");
	vta_check_add(c, lang == c->o.source ? "omission" : "addition", VIETALIGN_SEVERITY_ERROR, i, &v, &e, msg);
}

/* The anchor's spot in its sentence's folded text. */
static vta_spot anchor_spot(const vietalign_anchor *a)
{
	vta_spot p = {1, a->sentence, a->offset, a->length};
	return p;
}

/* Whether an English name is words of the table, which a translator
 * translates ("Universal Access", "Save", "The"): no fault when missing. */
static int translatable(const vietalign_doc *en, const vietalign_anchor *a)
{
	const vta_sentence *s = &en->sents[a->sentence];
	const char *w = s->text + a->offset, *end = w + a->length;
	if (a->length < 2)
		return 1; /* "I" */
	if (!en->lex)
		return 0;
	while (w < end) {
		const char *q = w;
		while (q < end && *q != ' ' && *q != '-')
			q++;
		if (q > w && !vta_lexicon_en(en->lex, VTA_TABLE_WORDS, w, (size_t)(q - w)))
			return 0;
		w = q < end ? q + 1 : q;
	}
	return 1;
}

typedef struct {
	vietalign_anchor a[SPOTS_MAX];
	size_t n;
} anchor_list;

/* Whether two values differ in digits only ("wpa0", "wpa2"): a number
 * inside a name changed. */
static int digits_only(const vietalign_anchor *v, const vietalign_anchor *e)
{
	const char *a = v->value, *b = e->value;
	int digit = 0;
	if (strlen(a) != strlen(b))
		return 0;
	for (; *a; a++, b++)
		if (*a != *b) {
			if (!isdigit((unsigned char)*a) || !isdigit((unsigned char)*b))
				return 0;
			digit = 1;
		}
	return digit;
}

/* Whether two items are the same one changed: a digit or two of a
 * number, a letter or two of a name ("Geore" for "George"), not another
 * word ("Hondurans" for "Honduras" is a derived form, "MIT" another way
 * to say it). */
static int changed(const vietalign_anchor *v, const vietalign_anchor *e)
{
	return vta_name_changed(v->value, strlen(v->value), e->value, strlen(e->value));
}

/* Pairs each item of v with a changed counterpart of e: one finding per
 * fault, naming both; an item alone is most often reworded ("1" for "an",
 * "Thứ hai" for "Monday"), a note. */
static void pair_up(vta_check *c, size_t bead, const char *kind, const anchor_list *v, const anchor_list *e,
                    const char *what)
{
	const vta_bead *b = &c->al->beads[bead];
	unsigned char used[SPOTS_MAX] = {0};
	size_t k, j;
	char msg[512];
	for (k = 0; k < v->n; k++) {
		const vietalign_anchor *x = &v->a[k];
		vta_spot sv = anchor_spot(x), se = vta_spot_sentence(b->en_first);
		for (j = 0; j < e->n && (used[j] || !(changed(x, &e->a[j]) || digits_only(x, &e->a[j]))); j++)
			;
		if (j < e->n && (digits_only(x, &e->a[j]) || x->kind == VIETALIGN_ANCHOR_NAMES)) {
			used[j] = 1; /* "WPA0" for "WPA2": the number check's; names: check_names.c's */
			continue;
		}
		if (j < e->n && e->a[j].length == x->length &&
		    memcmp(c->al->vi->sents[x->sentence].text + x->offset,
		           c->al->en->sents[e->a[j].sentence].text + e->a[j].offset, x->length) == 0)
			continue; /* written alike, read apart ("7,9") */
		if (j < e->n) {
			const vietalign_anchor *y = &e->a[j];
			used[j] = 1;
			se = anchor_spot(y);
			snprintf(msg, sizeof msg, "%s differs: \"%.*s\" in the Vietnamese, \"%.*s\" in the English",
			         what, (int)x->length, c->al->vi->sents[x->sentence].text + x->offset, (int)y->length,
			         c->al->en->sents[y->sentence].text + y->offset);
			vta_check_add(c, kind, VIETALIGN_SEVERITY_ERROR, bead, &sv, &se, msg);
			continue;
		}
		snprintf(msg, sizeof msg, "%s \"%.*s\" of the Vietnamese is not in the English", what, (int)x->length,
		         c->al->vi->sents[x->sentence].text + x->offset);
		vta_check_add(c, kind, VIETALIGN_SEVERITY_NOTE, bead, &sv, &se, msg);
	}
	for (j = 0; j < e->n; j++) {
		const vietalign_anchor *y = &e->a[j];
		vta_spot sv = vta_spot_sentence(b->vi_first), se = anchor_spot(y);
		if (used[j] || (y->kind == VIETALIGN_ANCHOR_NAMES && translatable(c->al->en, y)))
			continue;
		snprintf(msg, sizeof msg, "%s \"%.*s\" of the English is not in the Vietnamese", what, (int)y->length,
		         c->al->en->sents[y->sentence].text + y->offset);
		vta_check_add(c, kind, VIETALIGN_SEVERITY_NOTE, bead, &sv, &se, msg);
	}
}

/* Numbers of a pair (check_numbers.c), and names and identifiers
 * without counterpart. */
static void anchors(vta_check *c, size_t bead, const char *vi_text, const char *en_text)
{
	vietalign_anchor_report *m = NULL;
	size_t n, k;
	anchor_list *l = calloc(4, sizeof *l); /* names, words: vi then en */
	if (!l) {
		c->rc = VIETALIGN_ENOMEM;
		return;
	}
	if (vietalign_alignment_bead_anchors(&m, c->al, bead) == 0) {
		n = vietalign_anchor_report_count(m);
		for (k = 0; k < n; k++) {
			vietalign_anchor va = VIETALIGN_ANCHOR_INIT, ea = VIETALIGN_ANCHOR_INIT;
			int vi_side, fam;
			const vietalign_anchor *a;
			if (vietalign_anchor_report_get(&va, &ea, m, k) || (va.kind && ea.kind))
				continue;
			vi_side = va.kind != 0;
			a = vi_side ? &va : &ea;
			if (a->kind == VIETALIGN_ANCHOR_NAMES)
				fam = 0;
			else if (a->kind == VIETALIGN_ANCHOR_WORDS && !a->weak)
				fam = 1;
			else
				continue;
			if (l[fam * 2 + !vi_side].n < SPOTS_MAX)
				l[fam * 2 + !vi_side].a[l[fam * 2 + !vi_side].n++] = *a;
		}
		vta_check_numbers(c, bead, vi_text, en_text);
		vta_check_names(c, bead);
		pair_up(c, bead, "name", &l[0], &l[1], "name");
		pair_up(c, bead, "identifier", &l[2], &l[3], "identifier");
	}
	vietalign_anchor_report_free(m);
	free(l);
}

/* The words of s: *known of them English words of the table, *vi
 * Vietnamese ones (letters English has not, or with first_vi a first
 * word that is a syllable without diacritics and no English word of the
 * table: "Xem"). */
static size_t count_words(const vietalign_doc *en, const char *s, size_t *known, size_t *vi, int first_vi)
{
	const char *start = s;
	size_t words = 0;
	*known = *vi = 0;
	while (*s) {
		const char *p = s, *q = s, *r;
		int other = 0;
		while (*q && *q != ' ')
			q++;
		r = q;
		while (p < r && ispunct((unsigned char)*p))
			p++;
		while (r > p && ispunct((unsigned char)r[-1]))
			r--;
		for (const char *x = p; x < r; x++)
			other |= (unsigned char)*x >= 0x80;
		if (r - p >= 2) {
			words++;
			if (other)
				(*vi)++;
			else if (en->lex && vta_lexicon_en(en->lex, VTA_TABLE_WORDS, p, (size_t)(r - p)))
				(*known)++;
			else if (s == start && first_vi && vta_vi_plain_syllable(p, (size_t)(r - p)))
				(*vi)++; /* "Xem ..." for "See ..." */
		}
		s = *q ? q + 1 : q;
	}
	return words;
}

/* English words of the table among the sentence's words: prose left in
 * English has many, commands and names few; a Vietnamese word means the
 * sentence was translated, names and titles kept ("GNU Coding Standards,
 * và ..."). */
static int english_prose(const vietalign_doc *en, const char *s)
{
	size_t known, vi, words = count_words(en, s, &known, &vi, 1);
	return !vi && known >= VTA_PARAMS.check_prose_known_words &&
	       (double)known >= VTA_PARAMS.check_known_share * (double)words;
}

/* Whether Vietnamese sentence s is a copy of an English sentence of the
 * bead holding English words (not a command or a name kept as is). */
static int copied(const vta_check *c, const vta_bead *b, const vta_sentence *s)
{
	size_t k, known, vi, words;
	for (k = 0; k < b->en_count; k++)
		if (vta_sentence_same_text(s, &c->al->en->sents[b->en_first + k]))
			break;
	if (k == b->en_count)
		return 0;
	words = count_words(c->al->en, s->text, &known, &vi, 0);
	return !vi && known >= VTA_PARAMS.check_copy_known_words &&
	       (double)known >= VTA_PARAMS.check_known_share * (double)words;
}

/* Whether s[0, n) is one quotation and nothing else but final marks:
 * a label or a field name cited as the program writes it ("Version
 * Control System location".), which a translation keeps in English. */
static int quoted_whole(const char *s, size_t n)
{
	static const char *const open[] = {"\"", "\xe2\x80\x9c"}, *const close[] = {"\"", "\xe2\x80\x9d"};
	size_t k, start, end;
	while (n && strchr(".,;:!? ", s[n - 1]))
		n--;
	for (k = 0; k < 2; k++) {
		start = strlen(open[k]);
		end = strlen(close[k]);
		if (n > start + end && memcmp(s, open[k], start) == 0 && memcmp(s + n - end, close[k], end) == 0 &&
		    !memchr(s + start, '"', n - start - end))
			return 1;
	}
	return 0;
}

/* Vietnamese sentences of a pair that are English prose: one finding for
 * the pair, at the first of them. */
static int untranslated(vta_check *c, size_t bead, int again)
{
	const vta_bead *b = &c->al->beads[bead];
	size_t k, n = 0, first = 0;
	char msg[128];
	for (k = 0; k < b->vi_count; k++) {
		const vta_sentence *s = &c->al->vi->sents[b->vi_first + k];
		vietalign_lang l;
		if (quoted_whole(s->text, s->text_length))
			continue;
		if (!copied(c, b, s) && (vietalign_lang_detect(&l, NULL, s->text, s->text_length) ||
		                         l != VIETALIGN_LANG_EN || !english_prose(c->al->en, s->text)))
			continue;
		if (!n++)
			first = b->vi_first + k;
	}
	if (n && !again) { /* a run of pairs left in English: one fault */
		vta_spot v = vta_spot_sentence(first), e = vta_spot_sentence(b->en_first);
		snprintf(msg, sizeof msg, "%zu Vietnamese sentence(s) of this pair are English, left untranslated", n);
		vta_check_add(c, "untranslated", VIETALIGN_SEVERITY_ERROR, bead, &v, &e, msg);
	}
	return n > 0;
}

static size_t side_length(const vietalign_doc *d, size_t first, size_t count)
{
	size_t k, n = 0;
	for (k = 0; k < count; k++)
		n += d->sents[first + k].text_length;
	return n;
}

/* The typical bytes of Vietnamese per byte of English in the 1-1 pairs. */
static double typical_ratio(const vietalign_alignment *al)
{
	size_t i, lv = 0, le = 0;
	for (i = 0; i < al->nbeads; i++) {
		const vta_bead *b = &al->beads[i];
		if (b->vi_count == 1 && b->en_count == 1) {
			lv += al->vi->sents[b->vi_first].text_length;
			le += al->en->sents[b->en_first].text_length;
		}
	}
	return lv && le ? (double)lv / (double)le : VTA_PARAMS.check_default_ratio;
}

/* A pair whose lengths are far from what this translation does elsewhere. */
static void length_ratio(vta_check *c, size_t bead, double ratio)
{
	const vta_bead *b = &c->al->beads[bead];
	size_t lv = side_length(c->al->vi, b->vi_first, b->vi_count),
	       le = side_length(c->al->en, b->en_first, b->en_count);
	double r;
	char msg[128];
	vta_spot v = vta_spot_sentence(b->vi_first), e = vta_spot_sentence(b->en_first);
	if (lv + le < VTA_PARAMS.check_length_min_bytes)
		return; /* short sentences vary too much to tell */
	r = (double)lv / (double)le / ratio;
	if (r > VTA_PARAMS.check_length_low && r < VTA_PARAMS.check_length_high)
		return;
	snprintf(msg, sizeof msg, "the Vietnamese is %.1f times as long as usual for its English", r);
	vta_check_add(c, "length", VIETALIGN_SEVERITY_WARNING, bead, &v, &e, msg);
}

void vta_check_pairs(vta_check *c)
{
	size_t i = 0;
	int english = 0; /* the pair before was left in English */
	double ratio = typical_ratio(c->al);
	while (i < c->al->nbeads && !c->rc) {
		const vta_bead *b = &c->al->beads[i];
		size_t before = c->f->count;
		if (!b->vi_count || !b->en_count) {
			i = one_sided(c, i, ratio);
			english = 0;
			continue;
		}
		/* English copied: its numbers match, nothing more to check */
		if ((english = untranslated(c, i, english)) == 0 && c->f->count == before) {
			char *vt = NULL, *et = NULL;
			size_t k;
			size_t lv = side_length(c->al->vi, b->vi_first, b->vi_count) + b->vi_count + 1;
			size_t le = side_length(c->al->en, b->en_first, b->en_count) + b->en_count + 1;
			vt = malloc(lv);
			et = malloc(le);
			if (!vt || !et) {
				free(vt);
				free(et);
				c->rc = VIETALIGN_ENOMEM;
				return;
			}
			vt[0] = et[0] = '\0';
			for (k = 0; k < b->vi_count; k++)
				strcat(strcat(vt, c->al->vi->sents[b->vi_first + k].text), " ");
			for (k = 0; k < b->en_count; k++)
				strcat(strcat(et, c->al->en->sents[b->en_first + k].text), " ");
			anchors(c, i, vt, et);
			free(vt);
			free(et);
			length_ratio(c, i, ratio);
		}
		paragraph_orphans(c, i, ratio);
		i++;
	}
}
