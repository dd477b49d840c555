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

#define SPOTS_MAX 64

static size_t side_length(const vietalign_doc *d, size_t first, size_t count);

/* Whether the pair of bead j reads better with `extra` more bytes on one
 * side: then the sentence left alone most likely has its counterpart in
 * that pair (the other side wrote two sentences as one), no omission. */
static int fits_neighbour(const vta_check *c, size_t j, size_t extra, int vi_side, double ratio)
{
	const vta_bead *b = &c->al->beads[j];
	double lv, le, before, after;
	if (j >= c->al->nbeads || !b->vi_count || !b->en_count)
		return 0;
	lv = (double)side_length(c->al->vi, b->vi_first, b->vi_count);
	le = (double)side_length(c->al->en, b->en_first, b->en_count) * ratio;
	before = fabs(log(lv / le));
	after = vi_side ? fabs(log((lv + (double)extra) / le)) : fabs(log(lv / (le + (double)extra * ratio)));
	return after + 0.7 < before;
}

/* One run of one-sided beads on the same side: one fault, one finding. */
static size_t one_sided(vta_check *c, size_t i, double ratio)
{
	const vietalign_alignment *al = c->al;
	const vta_bead *b = &al->beads[i];
	int vi_side = b->vi_count > 0;
	size_t j = i, n = 0;
	vta_spot v, e;
	char msg[160];
	vietalign_lang lang = vi_side ? VIETALIGN_LANG_VI : VIETALIGN_LANG_EN;
	size_t bytes = 0;
	vietalign_severity sev = VIETALIGN_SEVERITY_ERROR;
	while (j < al->nbeads && (vi_side ? al->beads[j].vi_count && !al->beads[j].en_count
	                                  : al->beads[j].en_count && !al->beads[j].vi_count)) {
		n += vi_side ? al->beads[j].vi_count : al->beads[j].en_count;
		bytes += vi_side ? side_length(al->vi, al->beads[j].vi_first, al->beads[j].vi_count)
		                 : side_length(al->en, al->beads[j].en_first, al->beads[j].en_count);
		j++;
	}
	if ((i > 0 && fits_neighbour(c, i - 1, bytes, vi_side, ratio)) || fits_neighbour(c, j, bytes, vi_side, ratio))
		sev = VIETALIGN_SEVERITY_NOTE; /* an alignment too coarse, not a fault */
	v = vta_spot_sentence(b->vi_first);
	e = vta_spot_sentence(b->en_first);
	(vi_side ? &e : &v)->present = 0;
	snprintf(msg, sizeof msg, "%zu %s sentence(s) with no counterpart in the %s", n,
	         vi_side ? "Vietnamese" : "English", lang == c->o.source ? "translation" : "original");
	vta_check_add(c, lang == c->o.source ? "omission" : "addition", sev, i, &v, &e, msg);
	return j;
}

/* The anchor's spot in its sentence's folded text. */
static vta_spot anchor_spot(const vietalign_anchor *a)
{
	vta_spot p = {1, a->sentence, a->offset, a->length};
	return p;
}

/* Whether number anchor a (a plain value) is written in words on the
 * other side of the bead ("1 vụ nổ" / "an explosion"). */
static int in_words(const vietalign_anchor *a, const char *other, vietalign_lang lang)
{
	char *end;
	double v = strtod(a->value, &end);
	if (*end || end == a->value)
		return 0;
	return vta_number_in_words(v, other, strlen(other), lang);
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

/* Edit distance of a[0, n) and b[0, m), capped at 9 (enough to tell a
 * slip of the pen from another word). */
static size_t distance(const char *a, size_t n, const char *b, size_t m)
{
	size_t row[65], i, j;
	if (n > 64 || m > 64)
		return 9;
	for (j = 0; j <= m; j++)
		row[j] = j;
	for (i = 1; i <= n; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (j = 1; j <= m; j++) {
			size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[m] > 9 ? 9 : row[m];
}

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
	const char *a = v->value, *b = e->value;
	size_t n = strlen(a), m = strlen(b), d;
	if (n == 0 || m == 0)
		return 0;
	if (digits_only(v, e))
		return 1;
	if ((n < m && strncmp(a, b, n) == 0) || (m < n && strncmp(a, b, m) == 0))
		return 0; /* a prefix: a derived form, or the table matched part */
	d = distance(a, n, b, m);
	if (v->kind == VIETALIGN_ANCHOR_NUMBERS) /* one digit, two of a long one */
		return n == m && a[0] != 'W' && d == 1;
	return d <= 2 && 3 * d <= (n < m ? n : m);
}

/* Pairs each item of v with a changed counterpart of e: one finding per
 * fault, naming both; an item alone is most often reworded ("1" for "an",
 * "Thứ hai" for "Monday"), a note. */
static void pair_up(vta_check *c, size_t bead, const char *kind, const anchor_list *v, const anchor_list *e,
                    const char *what, const char *vi_text, const char *en_text)
{
	const vta_bead *b = &c->al->beads[bead];
	unsigned char used[SPOTS_MAX] = {0};
	size_t k, j;
	char msg[512];
	for (k = 0; k < v->n; k++) {
		const vietalign_anchor *x = &v->a[k];
		vta_spot sv = anchor_spot(x), se = vta_spot_sentence(b->en_first);
		for (j = 0; j < e->n && (used[j] || !changed(x, &e->a[j])); j++)
			;
		if (x->kind == VIETALIGN_ANCHOR_NUMBERS && in_words(x, en_text, VIETALIGN_LANG_EN))
			j = e->n; /* "1" for "an": its twin is another number */
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
			vta_check_add(c, digits_only(x, y) ? "number" : kind, VIETALIGN_SEVERITY_ERROR, bead, &sv, &se,
			              msg);
			continue;
		}
		if (x->kind == VIETALIGN_ANCHOR_NUMBERS && in_words(x, en_text, VIETALIGN_LANG_EN))
			continue;
		snprintf(msg, sizeof msg, "%s \"%.*s\" of the Vietnamese is not in the English", what, (int)x->length,
		         c->al->vi->sents[x->sentence].text + x->offset);
		vta_check_add(c, kind, VIETALIGN_SEVERITY_NOTE, bead, &sv, &se, msg);
	}
	for (j = 0; j < e->n; j++) {
		const vietalign_anchor *y = &e->a[j];
		vta_spot sv = vta_spot_sentence(b->vi_first), se = anchor_spot(y);
		if (used[j] || (y->kind == VIETALIGN_ANCHOR_NUMBERS && in_words(y, vi_text, VIETALIGN_LANG_VI)) ||
		    (y->kind == VIETALIGN_ANCHOR_NAMES && translatable(c->al->en, y)))
			continue;
		snprintf(msg, sizeof msg, "%s \"%.*s\" of the English is not in the Vietnamese", what, (int)y->length,
		         c->al->en->sents[y->sentence].text + y->offset);
		vta_check_add(c, kind, VIETALIGN_SEVERITY_NOTE, bead, &sv, &se, msg);
	}
}

/* The runs of digits of one side of a bead, as spots. */
static size_t digit_runs(vta_spot *out, size_t cap, const vietalign_doc *d, size_t first, size_t count)
{
	size_t k, n = 0;
	for (k = 0; k < count; k++) {
		const char *t = d->sents[first + k].text;
		size_t i = 0;
		while (t[i] && n < cap) {
			size_t j = i;
			while (isdigit((unsigned char)t[j]) ||
			       (j > i && (t[j] == ',' || t[j] == '.') && isdigit((unsigned char)t[j + 1])))
				j++;
			if (j > i + 1) { /* one digit alone: the anchors' part */
				vta_spot p = {1, first + k, i, j - i};
				out[n++] = p;
				i = j;
			} else {
				i++;
			}
		}
	}
	return n;
}

/* The digits of s[0, n) without separators, at most 31. */
static void digits_of(char out[32], const char *s, size_t n)
{
	size_t i, o = 0;
	for (i = 0; i < n && o < 31; i++)
		if (isdigit((unsigned char)s[i]))
			out[o++] = s[i];
	out[o] = '\0';
}

static const char *spot_text(const vietalign_doc *d, const vta_spot *p)
{
	return d->sents[p->sentence].text + p->off;
}

/* The digits the anchors do not read ("49x", "220-250V"): a run of
 * digits of one side whose twin, one digit changed, is on the other
 * side, each without an equal run on its own side's counterpart. */
static void digit_changes(vta_check *c, size_t bead)
{
	const vta_bead *b = &c->al->beads[bead];
	vta_spot v[SPOTS_MAX], e[SPOTS_MAX];
	unsigned char vu[SPOTS_MAX] = {0}, eu[SPOTS_MAX] = {0};
	size_t nv = digit_runs(v, SPOTS_MAX, c->al->vi, b->vi_first, b->vi_count);
	size_t ne = digit_runs(e, SPOTS_MAX, c->al->en, b->en_first, b->en_count), x, y;
	char dv[SPOTS_MAX][32], de[SPOTS_MAX][32];
	for (x = 0; x < nv; x++)
		digits_of(dv[x], spot_text(c->al->vi, &v[x]), v[x].len);
	for (y = 0; y < ne; y++)
		digits_of(de[y], spot_text(c->al->en, &e[y]), e[y].len);
	for (x = 0; x < nv; x++) /* equal numbers cancel out: 3000 and 3,000 */
		for (y = 0; y < ne; y++)
			if (!eu[y] && strcmp(dv[x], de[y]) == 0) {
				vu[x] = eu[y] = 1;
				break;
			}
	for (x = 0; x < nv; x++) {
		for (y = 0; !vu[x] && y < ne; y++) {
			const char *a = spot_text(c->al->vi, &v[x]), *t = spot_text(c->al->en, &e[y]);
			size_t k, diff = 0;
			char msg[256];
			if (eu[y] || strlen(dv[x]) != strlen(de[y]))
				continue;
			for (k = 0; dv[x][k]; k++)
				diff += dv[x][k] != de[y][k];
			if (diff != 1)
				continue;
			vu[x] = eu[y] = 1;
			snprintf(msg, sizeof msg, "number differs: \"%.*s\" in the Vietnamese, \"%.*s\" in the English",
			         (int)v[x].len, a, (int)e[y].len, t);
			vta_check_add(c, "number", VIETALIGN_SEVERITY_ERROR, bead, &v[x], &e[y], msg);
		}
	}
}

/* Numbers, names and identifiers of a pair without counterpart. */
static void anchors(vta_check *c, size_t bead, const char *vi_text, const char *en_text)
{
	vietalign_anchor_report *m = NULL;
	size_t n, k;
	anchor_list *l = calloc(6, sizeof *l); /* numbers, names, words: vi then en */
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
			if (a->kind == VIETALIGN_ANCHOR_NUMBERS)
				fam = 0;
			else if (a->kind == VIETALIGN_ANCHOR_NAMES)
				fam = 1;
			else if (a->kind == VIETALIGN_ANCHOR_WORDS && !a->weak)
				fam = 2;
			else
				continue;
			if (l[fam * 2 + !vi_side].n < SPOTS_MAX)
				l[fam * 2 + !vi_side].a[l[fam * 2 + !vi_side].n++] = *a;
		}
		size_t before = c->f->count, k2;
		int numbered = 0;
		pair_up(c, bead, "number", &l[0], &l[1], "number", vi_text, en_text);
		pair_up(c, bead, "name", &l[2], &l[3], "name", vi_text, en_text);
		pair_up(c, bead, "identifier", &l[4], &l[5], "identifier", vi_text, en_text);
		for (k2 = before; k2 < c->f->count; k2++)
			numbered |= strcmp(c->f->items[k2].kind, "number") == 0 &&
			            c->f->items[k2].severity == VIETALIGN_SEVERITY_ERROR;
		if (!numbered)
			digit_changes(c, bead);
	}
	vietalign_anchor_report_free(m);
	free(l);
}

/* English words of the table among the sentence's words: prose left in
 * English has many, commands and names few. */
static int english_prose(const vietalign_doc *en, const char *s)
{
	size_t words = 0, known = 0;
	while (*s) {
		const char *q = s;
		while (*q && *q != ' ')
			q++;
		if (q - s >= 2) {
			words++;
			if (en->lex && vta_lexicon_en(en->lex, VTA_TABLE_WORDS, s, (size_t)(q - s)))
				known++;
		}
		s = *q ? q + 1 : q;
	}
	return known >= 4 && known * 2 >= words;
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
		if (vietalign_lang_detect(&l, NULL, s->text, s->text_length) || l != VIETALIGN_LANG_EN ||
		    !english_prose(c->al->en, s->text))
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
	return lv && le ? (double)lv / (double)le : 1.3;
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
	if (lv + le < 120)
		return; /* short sentences vary too much to tell */
	r = (double)lv / (double)le / ratio;
	if (r > 0.4 && r < 2.5)
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
		i++;
	}
}
