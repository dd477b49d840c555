/* check_form.c - matters of form a reviewer checks in each pair: final
 * punctuation, quotes and brackets, double spaces, a word written twice.
 * Notes: a translation may differ in form on purpose. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "api/api.h"
#include "search/search.h"

/* The last sentence of a side, and its final mark ('.' when none of ?!:). */
static char final_mark(const vta_sentence *s)
{
	size_t n = s->text_length;
	while (n && (s->text[n - 1] == '"' || s->text[n - 1] == '\'' || s->text[n - 1] == ')' ||
	             (unsigned char)s->text[n - 1] >= 0x80))
		n--; /* closing quotes and brackets, “ ” » */
	if (!n)
		return '.';
	return strchr("?!:", s->text[n - 1]) ? s->text[n - 1] : '.';
}

static void punctuation(vta_check *c, size_t bead)
{
	const vta_bead *b = &c->al->beads[bead];
	const vta_sentence *v = &c->al->vi->sents[b->vi_first + b->vi_count - 1];
	const vta_sentence *e = &c->al->en->sents[b->en_first + b->en_count - 1];
	char mv = final_mark(v), me = final_mark(e), msg[128];
	vta_spot sv = vta_spot_sentence(b->vi_first + b->vi_count - 1),
		 se = vta_spot_sentence(b->en_first + b->en_count - 1);
	if (mv == me)
		return;
	snprintf(msg, sizeof msg, "the Vietnamese ends with '%c', the English with '%c'", mv, me);
	vta_check_add(c, "punctuation", VIETALIGN_SEVERITY_NOTE, bead, &sv, &se, msg);
}

/* Whether a sentence's brackets or straight double quotes are unpaired. */
static int unpaired(const char *t)
{
	int round = 0, square = 0, quotes = 0;
	for (; *t; t++) {
		round += (*t == '(') - (*t == ')');
		square += (*t == '[') - (*t == ']');
		quotes += *t == '"';
		if (round < 0 || square < 0)
			return 1;
	}
	return round || square || (quotes & 1);
}

static void pairs(vta_check *c, size_t bead)
{
	const vta_bead *b = &c->al->beads[bead];
	size_t k;
	int en_bad = 0;
	for (k = 0; k < b->en_count; k++)
		en_bad |= unpaired(c->al->en->sents[b->en_first + k].text);
	if (en_bad)
		return; /* the original's own: quoted over several sentences */
	for (k = 0; k < b->vi_count; k++) {
		vta_spot sv = vta_spot_sentence(b->vi_first + k), se = vta_spot_sentence(b->en_first);
		if (unpaired(c->al->vi->sents[b->vi_first + k].text))
			vta_check_add(c, "quotes", VIETALIGN_SEVERITY_NOTE, bead, &sv, &se,
			              "quotes or brackets unpaired in the Vietnamese, paired in the English");
	}
}

/* Two spaces in a row inside a sentence of the input (line breaks are
 * the layout's, not a fault). */
static void spaces(vta_check *c, size_t bead)
{
	const vta_bead *b = &c->al->beads[bead];
	size_t k;
	if (!c->o.vi_input)
		return;
	for (k = 0; k < b->vi_count; k++) {
		const vta_sentence *s = &c->al->vi->sents[b->vi_first + k];
		const char *p;
		vta_spot sv = vta_spot_sentence(b->vi_first + k), se = vta_spot_sentence(b->en_first);
		if (s->offset + s->length > c->o.vi_input_length)
			return;
		for (p = c->o.vi_input + s->offset; p + 1 < c->o.vi_input + s->offset + s->length; p++)
			if (p[0] == ' ' && p[1] == ' ') {
				vta_check_add(c, "spaces", VIETALIGN_SEVERITY_NOTE, bead, &sv, &se,
				              "two spaces in a row");
				break;
			}
	}
}

/* A word written twice in a row ("the the", "của của"). */
static void repeated(vta_check *c, size_t bead, const vietalign_doc *d, size_t first, size_t count, int vi)
{
	size_t k;
	for (k = 0; k < count; k++) {
		const char *t = d->sents[first + k].text, *prev = NULL;
		size_t plen = 0, i = 0;
		while (t[i]) {
			size_t j = i;
			while (t[j] && t[j] != ' ')
				j++;
			if (prev && plen == j - i && plen > 1 && strncmp(prev, t + i, plen) == 0 &&
			    isalpha((unsigned char)t[i])) {
				vta_spot p = {1, first + k, i, plen},
					 o = vta_spot_sentence(vi ? c->al->beads[bead].en_first
				                                  : c->al->beads[bead].vi_first);
				char msg[160];
				snprintf(msg, sizeof msg, "\"%.*s\" written twice in a row",
				         (int)(plen > 60 ? 60 : plen), t + i);
				vta_check_add(c, "repeated-word", VIETALIGN_SEVERITY_NOTE, bead, vi ? &p : &o,
				              vi ? &o : &p, msg);
			}
			prev = t + i;
			plen = j - i;
			i = t[j] ? j + 1 : j;
		}
	}
}

void vta_check_form(vta_check *c)
{
	size_t i;
	if (c->o.min_severity > VIETALIGN_SEVERITY_NOTE)
		return; /* all notes: skip the work */
	for (i = 0; i < c->al->nbeads && !c->rc; i++) {
		const vta_bead *b = &c->al->beads[i];
		if (!b->vi_count || !b->en_count)
			continue;
		punctuation(c, i);
		pairs(c, i);
		spaces(c, i);
		repeated(c, i, c->al->vi, b->vi_first, b->vi_count, 1);
	}
}
