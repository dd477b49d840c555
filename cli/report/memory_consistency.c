/* memory_consistency.c - one translation per sentence over a translation
 * memory: units compared after white space folding, in file order. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/memory_consistency.h"

typedef struct {
	char *vi, *en; /* white space folded */
	long line;
	size_t number;
} memory_unit;

struct memory_units {
	memory_unit *u;
	size_t n, cap;
};

/* s with runs of white space as one space, trimmed. */
static char *folded(const char *s)
{
	char *d = malloc(strlen(s) + 1), *o = d;
	int space = 0;
	if (!d)
		return NULL;
	for (; *s; s++) {
		if (isspace((unsigned char)*s)) {
			space = o > d;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = 0;
		*o++ = *s;
	}
	*o = '\0';
	return d;
}

memory_units *memory_units_new(void)
{
	return calloc(1, sizeof(memory_units));
}

int memory_units_add(memory_units *m, const char *vi, const char *en, long line, size_t number)
{
	memory_unit *x;
	if (m->n == m->cap) {
		size_t cap = m->cap ? 2 * m->cap : 64;
		memory_unit *u = realloc(m->u, cap * sizeof *u);
		if (!u)
			return 1;
		m->u = u;
		m->cap = cap;
	}
	x = &m->u[m->n];
	x->vi = folded(vi);
	x->en = folded(en);
	x->line = line;
	x->number = number;
	if (!x->vi || !x->en) {
		free(x->vi);
		free(x->en);
		return 1;
	}
	m->n++;
	return 0;
}

typedef struct {
	const memory_unit *u;
	int by_vi;
} unit_ref;

static const char *key_of(const unit_ref *r)
{
	return r->by_vi ? r->u->vi : r->u->en;
}

static int by_key(const void *a, const void *b)
{
	const unit_ref *x = a, *y = b;
	int r = strcmp(key_of(x), key_of(y));
	return r ? r : (x->u->number > y->u->number) - (x->u->number < y->u->number);
}

/* Units with the same key and another counterpart than the first unit of
 * that key: one finding each. */
static int differing(unit_ref *r, size_t n, int by_vi, const char *path, memory_finding_fn fn, void *payload)
{
	size_t i, first = 0;
	for (i = 0; i < n; i++)
		r[i].by_vi = by_vi;
	qsort(r, n, sizeof *r, by_key);
	for (i = 0; i < n; i++) {
		const memory_unit *a, *b;
		vietalign_finding f;
		char msg[256], vl[1200], el[1200];
		if (i == 0 || strcmp(key_of(&r[i]), key_of(&r[i - 1])) != 0) {
			first = i;
			continue;
		}
		a = r[first].u;
		b = r[i].u;
		if (strcmp(by_vi ? a->en : a->vi, by_vi ? b->en : b->vi) == 0)
			continue;
		memset(&f, 0, sizeof f);
		f.version = VIETALIGN_FINDING_VERSION;
		f.kind = "inconsistent";
		f.severity = VIETALIGN_SEVERITY_WARNING;
		f.bead = b->number - 1;
		snprintf(msg, sizeof msg, "%s as in tu %zu (line %ld), translated %s",
		         by_vi ? "the same translation" : "the same original", a->number, a->line,
		         by_vi ? "from another original" : "differently");
		f.message = msg;
		f.vi.present = f.en.present = 1;
		f.vi.item = f.en.item = "";
		f.vi.text = b->vi;
		f.en.text = b->en;
		snprintf(vl, sizeof vl, "%s:%ld: tu %zu vi", path, b->line, b->number);
		snprintf(el, sizeof el, "%s:%ld: tu %zu en", path, b->line, b->number);
		if (fn(&f, vl, el, payload))
			return 1;
	}
	return 0;
}

int memory_units_check(memory_units *m, const char *path, memory_finding_fn fn, void *payload)
{
	unit_ref *r;
	size_t i;
	int rc;
	if (!m->n)
		return 0;
	if (!(r = malloc(m->n * sizeof *r)))
		return 1;
	for (i = 0; i < m->n; i++)
		r[i].u = &m->u[i];
	rc = differing(r, m->n, 0, path, fn, payload) || differing(r, m->n, 1, path, fn, payload);
	free(r);
	return rc;
}

void memory_units_free(memory_units *m)
{
	size_t i;
	if (!m)
		return;
	for (i = 0; i < m->n; i++) {
		free(m->u[i].vi);
		free(m->u[i].en);
	}
	free(m->u);
	free(m);
}
