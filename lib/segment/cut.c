/* cut.c - a document whose sentences are cut into pieces at chosen places
 * (the soft boundaries an alignment cut): the pieces are sentences like
 * any other, with their own folded text, offset map and input span. */
#include <stdlib.h>
#include <string.h>
#include "segment/segment.h"

/* The offset map of piece [a, b) of s's text, from s's (NULL when s's is:
 * the text is the input byte for byte). */
static int piece_map(vta_sentence *x, const vta_sentence *s, size_t a, size_t b)
{
	size_t base = vta_text_input_offset(s->omap, s->nomap, a), k, n = 1;
	x->omap = NULL;
	x->nomap = 0;
	if (!s->omap)
		return 0;
	if (!(x->omap = malloc(2 * (s->nomap + 1) * sizeof *x->omap)))
		return VIETALIGN_ENOMEM;
	x->omap[0] = x->omap[1] = 0;
	for (k = 0; k < s->nomap; k++) {
		size_t t = s->omap[2 * k], in = s->omap[2 * k + 1];
		if (t > a && t <= b) {
			x->omap[2 * n] = t - a;
			x->omap[2 * n + 1] = in - base;
			n++;
		}
	}
	x->nomap = (uint32_t)n; /* at most the piece's length + 1 */
	return 0;
}

/* The code points of t[0, n) but its spaces. Counted in a local (a count
 * kept in the sentence, behind a pointer the text's bytes may alias, was
 * stored at every byte) over unsigned bytes: a loop the compiler
 * vectorises. */
static size_t chars_but_spaces(const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t k, count = 0;
	for (k = 0; k < n; k++)
		count += (u[k] & 0xC0) != 0x80 && u[k] != ' ';
	return count;
}

/* Piece [a, b) of sentence s (trailing space trimmed) into x. */
static int make_piece(vta_sentence *x, const vta_sentence *s, size_t a, size_t b, int first)
{
	while (b > a && s->text[b - 1] == ' ')
		b--;
	memset(x, 0, sizeof *x);
	x->paragraph = s->paragraph;
	if (first) {
		x->bullet_offset = s->bullet_offset;
		x->bullet_length = s->bullet_length;
	}
	vta_sentence_input_span(&x->offset, &x->length, s, a, b - a);
	if (!(x->text = malloc(b - a + 1)))
		return VIETALIGN_ENOMEM;
	memcpy(x->text, s->text + a, b - a);
	x->text[b - a] = '\0';
	x->text_length = b - a;
	x->nchars = (uint32_t)chars_but_spaces(x->text, x->text_length);
	if (piece_map(x, s, a, b)) {
		free(x->text);
		return VIETALIGN_ENOMEM;
	}
	return 0;
}

/* The paragraphs of c, from d's, now that their sentences are cut. */
static void renumber_paragraphs(vietalign_doc *c)
{
	size_t i;
	for (i = 0; i < c->nparas; i++)
		c->paras[i].sentence_count = 0;
	for (i = c->nsents; i-- > 0;) {
		vta_paragraph *p = &c->paras[c->sents[i].paragraph];
		p->first_sentence = i;
		p->sentence_count++;
	}
}

int vta_doc_cut(vietalign_doc **out, const vietalign_doc *d, const vta_cut *cuts, size_t n)
{
	vietalign_doc *c = calloc(1, sizeof *c);
	size_t i, k = 0;
	*out = NULL;
	if (!c || !(c->sents = malloc((d->nsents + n) * sizeof *c->sents)) ||
	    !(c->paras = malloc((d->nparas ? d->nparas : 1) * sizeof *c->paras))) {
		vta_doc_free(c);
		return VIETALIGN_ENOMEM;
	}
	c->lang = d->lang;
	c->sents_cap = d->nsents + n;
	c->paras_cap = d->nparas;
	c->nparas = d->nparas;
	memcpy(c->paras, d->paras, d->nparas * sizeof *c->paras);
	for (i = 0; i < d->nsents; i++) {
		size_t a = 0;
		int first = 1;
		for (;; first = 0) {
			size_t b = k < n && cuts[k].sentence == i ? cuts[k].at : d->sents[i].text_length;
			if (make_piece(&c->sents[c->nsents], &d->sents[i], a, b, first)) {
				vta_doc_free(c);
				return VIETALIGN_ENOMEM;
			}
			c->nsents++;
			if (b == d->sents[i].text_length)
				break;
			a = b;
			k++;
		}
	}
	renumber_paragraphs(c);
	*out = c;
	return 0;
}
