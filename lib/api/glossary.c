/* glossary.c - a dictionary file read as the reviewer's glossary
 * (vietalign_glossary_new()): the files align reads with --dict, each
 * entry a required translation; a TSV line whose third column says
 * "forbidden", or a TBX term whose status says it is not to be used
 * (deprecatedTerm-admn-sts), makes its Vietnamese term forbidden. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "api/api.h"
#include "anchors/anchors.h"

struct vietalign_glossary {
	vietalign_term *terms;
	size_t count, cap;
	vta_dict_buf text; /* the table lines the terms point into */
	vta_dict_buf forbidden;
};

static int add_term(vietalign_glossary *g, const char *source, const char *target, int forbidden)
{
	vietalign_term *t;
	if (vta_grow((void **)&g->terms, &g->cap, g->count + 1, sizeof *g->terms))
		return VIETALIGN_ENOMEM;
	t = &g->terms[g->count++];
	t->source = source;
	t->target = target;
	t->forbidden = forbidden;
	return 0;
}

/* Whether Vietnamese term vi is one of the forbidden ones read so far. */
static int is_forbidden(const vietalign_glossary *g, const char *vi)
{
	size_t k;
	for (k = 0; k < g->count; k++)
		if (g->terms[k].forbidden && strcasecmp(g->terms[k].target, vi) == 0)
			return 1;
	return 0;
}

/* The table lines "vi<TAB>en1,en2\n" cut in place into terms; a forbidden
 * term is no required translation. */
static int terms_of(vietalign_glossary *g)
{
	char *p = g->text.data, *end = p + g->text.len;
	while (p && p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p)), *tab, *en;
		if (nl)
			*nl = '\0';
		if ((tab = strchr(p, '\t'))) {
			*tab = '\0';
			for (en = tab + 1; *en;) {
				char *comma = strchr(en, ',');
				if (comma)
					*comma = '\0';
				if (*en && !is_forbidden(g, p) && add_term(g, en, p, 0))
					return VIETALIGN_ENOMEM;
				en = comma ? comma + 1 : en + strlen(en);
			}
		}
		p = nl ? nl + 1 : end;
	}
	return 0;
}

/* TSV lines "vi<TAB>en<TAB>forbidden": their Vietnamese terms, one per
 * line of g->forbidden. */
static int forbidden_of(vietalign_glossary *g, const char *data, size_t len)
{
	size_t i = 0;
	while (i < len) {
		const char *line = data + i, *nl = memchr(line, '\n', len - i), *t1, *t2;
		size_t n = nl ? (size_t)(nl - line) : len - i, k;
		i += n + 1;
		if (n && line[n - 1] == '\r')
			n--;
		if (!n || line[0] == '#' || !(t1 = memchr(line, '\t', n)) ||
		    !(t2 = memchr(t1 + 1, '\t', (size_t)(line + n - t1 - 1))))
			continue;
		k = (size_t)(line + n - t2 - 1);
		if (k < 9 || strncasecmp(t2 + 1, "forbidden", 9) != 0 || (k > 9 && t2[10] != '\t' && t2[10] != ' '))
			continue;
		if (vta_dict_put(&g->forbidden, line, (size_t)(t1 - line)) || vta_dict_put(&g->forbidden, "\n", 1))
			return VIETALIGN_ENOMEM;
	}
	return 0;
}

/* The lines of g->forbidden as forbidden terms. */
static int forbidden_terms(vietalign_glossary *g)
{
	for (char *p = g->forbidden.data; p && *p;) {
		char *nl = strchr(p, '\n');
		*nl = '\0';
		if (*p && add_term(g, NULL, p, 1))
			return VIETALIGN_ENOMEM;
		p = nl + 1;
	}
	return 0;
}

int vietalign_glossary_new(vietalign_glossary **out, vietalign_aligner *a, const char *data, size_t len,
                           const char *name, vietalign_dict_format format)
{
	vietalign_glossary *g;
	int rc;
	if (!out || !a || (!data && len))
		return a ? vta_error_set(&a->err, VIETALIGN_EINVALID, "invalid argument") : VIETALIGN_EINVALID;
	*out = NULL;
	vta_error_clear(&a->err);
	if (!(g = calloc(1, sizeof *g)))
		return vta_error_set(&a->err, VIETALIGN_ENOMEM, "out of memory");
	rc = vta_dict_parse(&g->text, data ? data : "", len, (int)format, name ? name : "glossary", &a->err);
	if (!rc && (format == VIETALIGN_DICT_TBX || (format == VIETALIGN_DICT_AUTO && vta_dict_is_xml(data, len))))
		rc = vta_tbx_forbidden(&g->forbidden, data, len, name ? name : "glossary", &a->err);
	else if (!rc && format != VIETALIGN_DICT_HUNALIGN)
		rc = forbidden_of(g, data ? data : "", len);
	if (!rc)
		rc = forbidden_terms(g);
	if (!rc)
		rc = terms_of(g);
	if (rc) {
		if (rc == VIETALIGN_ENOMEM)
			vta_error_set(&a->err, rc, "out of memory");
		vietalign_glossary_free(g);
		return rc;
	}
	*out = g;
	return VIETALIGN_OK;
}

const vietalign_term *vietalign_glossary_terms(const vietalign_glossary *g, size_t *count)
{
	if (count)
		*count = g ? g->count : 0;
	return g ? g->terms : NULL;
}

void vietalign_glossary_free(vietalign_glossary *g)
{
	if (!g)
		return;
	free(g->terms);
	vta_dict_buf_free(&g->text);
	vta_dict_buf_free(&g->forbidden);
	free(g);
}
