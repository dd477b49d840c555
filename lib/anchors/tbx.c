/* tbx.c - TBX, the terminology exchange standard (ISO 30042), read with
 * libxml2: each concept (termEntry in TBX 2 and TBX-Basic, conceptEntry
 * in TBX 3) gives an entry per Vietnamese term, with the concept's
 * English terms as its renderings. */
#include <string.h>
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

static int concept(vta_dict_buf *out, xmlNode *entry, const char *name, vta_error *err)
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
		return vta_error_set(err, VIETALIGN_ENOMEM, "%s: out of memory", name);
	}
	for (i = 0; !rc && i < nv; i++) {
		xmlChar *t = xmlNodeGetContent(vi[i]);
		const char *why = NULL;
		const char *s = t ? (const char *)t : "";
		rc = vta_dict_entry(out, s, strlen(s), ens.data, ens.len, 1, &why);
		if (rc == VIETALIGN_ENOMEM)
			vta_error_set(err, rc, "%s: out of memory", name);
		else if (rc)
			vta_error_set(err, rc, "%s:%ld: %s", name, xmlGetLineNo(vi[i]), why ? why : "bad term");
		xmlFree(t);
	}
	vta_dict_buf_free(&ens);
	return rc;
}

static int walk(vta_dict_buf *out, xmlNode *n, const char *name, size_t *concepts, vta_error *err)
{
	int rc = 0;
	for (; n && !rc; n = n->next) {
		if (named(n, "termEntry", "conceptEntry")) {
			(*concepts)++;
			rc = concept(out, n, name, err);
		} else if (n->type == XML_ELEMENT_NODE) {
			rc = walk(out, n->children, name, concepts, err);
		}
	}
	return rc;
}

int vta_tbx_parse(vta_dict_buf *out, const char *data, size_t len, const char *name, vta_error *err)
{
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
	rc = walk(out, xmlDocGetRootElement(doc), name, &concepts, err);
	if (!rc && concepts == 0)
		rc = vta_error_set(err, VIETALIGN_EPARSE, "%s: no termEntry or conceptEntry: not TBX", name);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctx);
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

#endif
