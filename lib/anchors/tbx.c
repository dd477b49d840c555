/* tbx.c - TBX, the terminology exchange standard (ISO 30042), read with
 * libxml2: each concept (termEntry in TBX 2 and TBX-Basic, conceptEntry
 * in TBX 3) gives an entry per Vietnamese term, with the concept's
 * English terms as its renderings; a term whose status says it is not
 * to be used (TBX-Basic's deprecatedTerm-admn-sts) is also listed apart,
 * for the reviewer's glossary. */
#include <string.h>
#include <strings.h>
#include "anchors/anchors.h"

#ifdef VIETALIGN_HAVE_LIBXML2
#include <pthread.h>
#include <stdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init(void)
{
	xmlInitParser(); /* once, before any thread parses */
}

/* The first error of a parse (libxml2 reports the last one, often a
 * consequence such as "premature end of data"). */
typedef struct {
	int line;
	char msg[200];
} first_error;

static void keep_first(void *data, xmlErrorPtr e)
{
	xmlParserCtxtPtr ctx = data;
	first_error *f = ctx ? ctx->_private : NULL;
	size_t n;
	if (!f || f->msg[0] || !e || e->level < XML_ERR_ERROR)
		return;
	f->line = e->line;
	snprintf(f->msg, sizeof f->msg, "%s", e->message ? e->message : "parse error");
	n = strlen(f->msg);
	while (n && (f->msg[n - 1] == '\n' || f->msg[n - 1] == ' ')) /* libxml2's end with a new line */
		f->msg[--n] = '\0';
}

static int named(const xmlNode *n, const char *a, const char *b)
{
	return n->type == XML_ELEMENT_NODE &&
	       (xmlStrEqual(n->name, (const xmlChar *)a) || (b && xmlStrEqual(n->name, (const xmlChar *)b)));
}

/* The language of a langSet/langSec: "vi", "en" or neither (0, 1, -1). */
static int side(xmlNode *n)
{
	xmlChar *lang = xmlNodeGetLang(n);
	int r = -1;
	if (lang && (lang[0] == 'v' || lang[0] == 'V') && (lang[1] == 'i' || lang[1] == 'I') &&
	    (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
		r = 0;
	else if (lang && (lang[0] == 'e' || lang[0] == 'E') && (lang[1] == 'n' || lang[1] == 'N') &&
	         (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
		r = 1;
	xmlFree(lang);
	return r;
}

/* Appends the <term> elements under n to terms (at most max). */
static void collect(xmlNode *n, xmlNode **terms, size_t *count, size_t max)
{
	for (; n; n = n->next) {
		if (named(n, "term", NULL)) {
			if (*count < max)
				terms[(*count)++] = n;
		} else if (n->type == XML_ELEMENT_NODE) {
			collect(n->children, terms, count, max);
		}
	}
}

#define TERMS_MAX 64

/* What a read fills: the table lines, and (when wanted) the Vietnamese
 * terms not to be used, one a line. */
typedef struct {
	vta_dict_buf *out, *forbidden;
	const char *name;
	vta_error *err;
} tbx_read;

/* Whether status text s says a term is not to be used: TBX-Basic's
 * "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", TBX 2's
 * "deprecatedTerm", TBX-Min's "notRecommended" and "obsolete", or
 * "forbidden". */
static int status_against(const char *s)
{
	static const char *const words[] = {"deprecated", "superseded", "forbidden", "notrecommended", "obsolete"};
	size_t k;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	for (k = 0; k < sizeof words / sizeof *words; k++)
		if (strncasecmp(s, words[k], strlen(words[k])) == 0)
			return 1;
	return 0;
}

/* Whether one of the children of group is a status note
 * (termNote type="administrativeStatus", "normativeAuthorization" or
 * "usageStatus") against using the term. */
static int group_against(xmlNode *group)
{
	xmlNode *n;
	for (n = group ? group->children : NULL; n; n = n->next) {
		xmlChar *type, *text;
		int against = 0;
		if (!named(n, "termNote", NULL))
			continue;
		type = xmlGetProp(n, (const xmlChar *)"type");
		if (type && (xmlStrEqual(type, (const xmlChar *)"administrativeStatus") ||
		             xmlStrEqual(type, (const xmlChar *)"normativeAuthorization") ||
		             xmlStrEqual(type, (const xmlChar *)"usageStatus"))) {
			text = xmlNodeGetContent(n);
			against = text && status_against((const char *)text);
			xmlFree(text);
		}
		xmlFree(type);
		if (against)
			return 1;
	}
	return 0;
}

/* Whether term is marked not to be used: a status note in its group
 * (tig, termSec), or around its termGrp (ntig). */
static int deprecated(xmlNode *term)
{
	xmlNode *group = term->parent;
	if (group_against(group))
		return 1;
	return group && named(group, "termGrp", NULL) && group_against(group->parent);
}

/* The English renderings of a concept, comma-separated, into en. */
static int english(vta_dict_buf *en, xmlNode **terms, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		xmlChar *t = xmlNodeGetContent(terms[i]);
		const char *s = t ? (const char *)t : "";
		size_t k, len = strlen(s);
		int rc = 0;
		if (en->len)
			rc = vta_dict_put(en, ",", 1);
		/* a comma inside a term would split it: a space instead */
		for (k = 0; !rc && k < len; k++)
			rc = vta_dict_put(en, s[k] == ',' ? " " : s + k, 1);
		xmlFree(t);
		if (rc)
			return rc;
	}
	return 0;
}

static int concept(tbx_read *r, xmlNode *entry)
{
	xmlNode *vi[TERMS_MAX], *en[TERMS_MAX], *ls;
	size_t nv = 0, ne = 0, i;
	vta_dict_buf ens = {0};
	int rc = 0;
	for (ls = entry->children; ls; ls = ls->next) {
		int s = named(ls, "langSet", "langSec") ? side(ls) : -1;
		if (s == 0)
			collect(ls->children, vi, &nv, TERMS_MAX);
		else if (s == 1)
			collect(ls->children, en, &ne, TERMS_MAX);
	}
	if (!nv || !ne)
		return 0; /* a concept without both languages gives no entry */
	if (english(&ens, en, ne)) {
		vta_dict_buf_free(&ens);
		return vta_error_set(r->err, VIETALIGN_ENOMEM, "%s: out of memory", r->name);
	}
	for (i = 0; !rc && i < nv; i++) {
		xmlChar *t = xmlNodeGetContent(vi[i]);
		const char *why = NULL;
		const char *s = t ? (const char *)t : "";
		rc = vta_dict_entry(r->out, s, strlen(s), ens.data, ens.len, 1, &why);
		if (!rc && r->forbidden && *s && deprecated(vi[i]) &&
		    (vta_dict_put(r->forbidden, s, strlen(s)) || vta_dict_put(r->forbidden, "\n", 1)))
			rc = VIETALIGN_ENOMEM;
		if (rc == VIETALIGN_ENOMEM)
			vta_error_set(r->err, rc, "%s: out of memory", r->name);
		else if (rc)
			vta_error_set(r->err, rc, "%s:%ld: %s", r->name, xmlGetLineNo(vi[i]), why ? why : "bad term");
		xmlFree(t);
	}
	vta_dict_buf_free(&ens);
	return rc;
}

static int walk(tbx_read *r, xmlNode *n, size_t *concepts)
{
	int rc = 0;
	for (; n && !rc; n = n->next) {
		if (named(n, "termEntry", "conceptEntry")) {
			(*concepts)++;
			rc = concept(r, n);
		} else if (n->type == XML_ELEMENT_NODE) {
			rc = walk(r, n->children, concepts);
		}
	}
	return rc;
}

static int tbx_parse(tbx_read *r, const char *data, size_t len)
{
	const char *name = r->name;
	vta_error *err = r->err;
	xmlParserCtxtPtr ctx;
	xmlDocPtr doc;
	first_error first = {0, ""};
	size_t concepts = 0;
	int rc;
	pthread_once(&xml_once, xml_init);
	if (len > (size_t)0x7FFFFFFF)
		return vta_error_set(err, VIETALIGN_EPARSE, "%s: too large for a TBX file", name);
	if (!(ctx = xmlNewParserCtxt()))
		return vta_error_set(err, VIETALIGN_ENOMEM, "%s: out of memory", name);
	/* errors come to keep_first(), not to stderr */
	ctx->_private = &first;
	ctx->sax->serror = keep_first;
	/* no network, no external entities: a glossary is data */
	doc = xmlCtxtReadMemory(ctx, data, (int)len, name, NULL,
	                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		if (!first.msg[0]) {
			xmlErrorPtr e = xmlCtxtGetLastError(ctx);
			first.line = e ? e->line : 0;
			snprintf(first.msg, sizeof first.msg, "%s", "parse error");
		}
		rc = vta_error_set(err, VIETALIGN_EPARSE, "%s:%d: not well-formed XML: %s", name, first.line,
		                   first.msg);
		xmlFreeParserCtxt(ctx);
		return rc;
	}
	rc = walk(r, xmlDocGetRootElement(doc), &concepts);
	if (!rc && concepts == 0)
		rc = vta_error_set(err, VIETALIGN_EPARSE, "%s: no termEntry or conceptEntry: not TBX", name);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctx);
	return rc;
}

int vta_tbx_parse(vta_dict_buf *out, const char *data, size_t len, const char *name, vta_error *err)
{
	tbx_read r = {out, NULL, name, err};
	return tbx_parse(&r, data, len);
}

int vta_tbx_forbidden(vta_dict_buf *out, const char *data, size_t len, const char *name, vta_error *err)
{
	vta_dict_buf table = {0};
	tbx_read r = {&table, out, name, err};
	int rc = tbx_parse(&r, data, len);
	vta_dict_buf_free(&table);
	return rc;
}

#else

int vta_tbx_parse(vta_dict_buf *out, const char *data, size_t len, const char *name, vta_error *err)
{
	(void)out;
	(void)data;
	(void)len;
	return vta_error_set(err, VIETALIGN_EPARSE, "%s: TBX needs libxml2, which this build was made without", name);
}

int vta_tbx_forbidden(vta_dict_buf *out, const char *data, size_t len, const char *name, vta_error *err)
{
	return vta_tbx_parse(out, data, len, name, err);
}

#endif
