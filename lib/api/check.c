/* check.c - vietalign_check(): the findings list and the checks' driver. */
#include <stdlib.h>
#include <string.h>
#include "api/api.h"
#include "search/search.h"

static const char *keep(vta_check *c, const char *s, size_t n)
{
	vietalign_findings *f = c->f;
	char *d;
	if (c->rc)
		return "";
	if (vta_grow((void **)&f->strings, &f->capstrings, f->nstrings + 1, sizeof *f->strings) ||
	    !(d = malloc(n + 1))) {
		c->rc = VIETALIGN_ENOMEM;
		return "";
	}
	memcpy(d, s, n);
	d[n] = '\0';
	f->strings[f->nstrings++] = d;
	return d;
}

vta_spot vta_spot_sentence(size_t s)
{
	vta_spot p = {1, s, 0, 0};
	return p;
}

/* The text of bead `bead` on one side: its sentences joined by spaces. */
static const char *bead_text(vta_check *c, const vietalign_doc *d, size_t first, size_t count)
{
	size_t k, n = 0, o = 0;
	char *buf;
	const char *r;
	for (k = 0; k < count; k++)
		n += d->sents[first + k].text_length + 1;
	if (!n)
		return "";
	if (!(buf = malloc(n))) {
		c->rc = VIETALIGN_ENOMEM;
		return "";
	}
	for (k = 0; k < count; k++) {
		const vta_sentence *s = &d->sents[first + k];
		if (k)
			buf[o++] = ' ';
		memcpy(buf + o, s->text, s->text_length);
		o += s->text_length;
	}
	r = keep(c, buf, o);
	free(buf);
	return r;
}

/* One side of a finding; its text is sentences [first, first + count),
 * and with `run` a whole-sentence spot at the first covers them all. */
static void side(vta_check *c, vietalign_finding_side *out, const vietalign_doc *d, const vta_spot *p, size_t first,
                 size_t count, int run)
{
	const vta_sentence *s;
	memset(out, 0, sizeof *out);
	out->item = "";
	out->text = bead_text(c, d, first, count);
	out->present = p->present;
	out->sentence = p->sentence;
	if (p->sentence >= d->nsents) { /* where a missing sentence would go: the end */
		out->offset = d->nsents ? d->sents[d->nsents - 1].offset + d->sents[d->nsents - 1].length : 0;
		return;
	}
	s = &d->sents[p->sentence];
	if (!p->present) {
		out->offset = s->offset;
		return;
	}
	if (!p->len) {
		const vta_sentence *last = s;
		if (run && p->sentence == first && count > 1 && first + count <= d->nsents)
			last = &d->sents[first + count - 1];
		out->offset = s->offset;
		out->length = last->offset + last->length - s->offset;
		return;
	}
	vta_sentence_input_span(&out->offset, &out->length, s, p->off, p->len);
	out->item = keep(c, s->text + p->off, p->len);
}

void vta_check_add(vta_check *c, const char *kind, vietalign_severity sev, size_t bead, const vta_spot *vi,
                   const vta_spot *en, const char *msg)
{
	const vta_bead *b = &c->al->beads[bead];
	vta_check_add_run(c, kind, sev, bead, vi, en, b->vi_count ? b->vi_count : b->en_count, msg);
}

void vta_check_add_run(vta_check *c, const char *kind, vietalign_severity sev, size_t bead, const vta_spot *vi,
                       const vta_spot *en, size_t count, const char *msg)
{
	vietalign_findings *f = c->f;
	const vta_bead *b = &c->al->beads[bead];
	vietalign_finding *x;
	size_t vn = b->vi_count, en_n = b->en_count;
	if (c->rc || sev < c->o.min_severity)
		return;
	if (vta_grow((void **)&f->items, &f->cap, f->count + 1, sizeof *f->items)) {
		c->rc = VIETALIGN_ENOMEM;
		return;
	}
	x = &f->items[f->count];
	memset(x, 0, sizeof *x);
	x->version = VIETALIGN_FINDING_VERSION;
	x->kind = kind;
	x->severity = sev;
	x->bead = bead;
	x->message = keep(c, msg, strlen(msg));
	if (!b->en_count) /* a run of one-sided beads: its sentences follow each other */
		vn = count;
	else if (!b->vi_count)
		en_n = count;
	side(c, &x->vi, c->al->vi, vi, b->vi_first, vn, !b->en_count);
	side(c, &x->en, c->al->en, en, b->en_first, en_n, !b->vi_count);
	if (!c->rc)
		f->count++;
}

static int by_bead(const void *a, const void *b)
{
	const vietalign_finding *x = a, *y = b;
	if (x->bead != y->bead)
		return x->bead < y->bead ? -1 : 1;
	if (x->vi.offset != y->vi.offset)
		return x->vi.offset < y->vi.offset ? -1 : 1;
	return x->en.offset < y->en.offset ? -1 : x->en.offset > y->en.offset;
}

int vietalign_check(vietalign_findings **out, const vietalign_alignment *al, const vietalign_check_options *opts)
{
	vietalign_check_options def = VIETALIGN_CHECK_OPTIONS_INIT;
	vta_check c;
	if (!out)
		return VIETALIGN_EINVALID;
	*out = NULL;
	if (!al)
		return VIETALIGN_EINVALID;
	if (opts && opts->version != VIETALIGN_CHECK_OPTIONS_VERSION)
		return VIETALIGN_EVERSION;
	memset(&c, 0, sizeof c);
	c.al = al;
	c.o = opts ? *opts : def;
	if (!(c.f = calloc(1, sizeof *c.f)))
		return VIETALIGN_ENOMEM;
	vta_check_pairs(&c);
	vta_check_form(&c);
	vta_check_terms(&c);
	vta_check_consistency(&c);
	if (c.rc) {
		vietalign_findings_free(c.f);
		return c.rc;
	}
	/* stable enough: each check adds in bead order; merge them */
	if (c.f->count > 1)
		qsort(c.f->items, c.f->count, sizeof *c.f->items, by_bead);
	*out = c.f;
	return VIETALIGN_OK;
}

size_t vietalign_findings_count(const vietalign_findings *f)
{
	return f ? f->count : 0;
}

const vietalign_finding *vietalign_findings_get(const vietalign_findings *f, size_t i)
{
	return f && i < f->count ? &f->items[i] : NULL;
}

void vietalign_findings_free(vietalign_findings *f)
{
	size_t i;
	if (!f)
		return;
	for (i = 0; i < f->nstrings; i++)
		free(f->strings[i]);
	free(f->strings);
	free(f->items);
	free(f);
}
