/* tmx_read.c - the units of a TMX file through libxml2: a real XML parser
 * (entities, CDATA, character references), not string scanning. */
#include <string.h>
#include <strings.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include "cli.h"
#include "report/tmx_read.h"

int tmx_path(const char *path)
{
	size_t n = strlen(path);
	return n > 4 && strcasecmp(path + n - 4, ".tmx") == 0;
}

static int is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, (const xmlChar *)name) == 0;
}

/* The seg text of a tuv, or NULL. */
static xmlChar *seg_of(const xmlNode *tuv)
{
	const xmlNode *c;
	for (c = tuv->children; c; c = c->next)
		if (is(c, "seg"))
			return xmlNodeGetContent(c);
	return NULL;
}

/* Finds the vi and en segs of one tu (xml:lang, or lang in TMX 1.1). */
static void segs_of(const xmlNode *tu, xmlChar **vi, xmlChar **en)
{
	const xmlNode *c;
	*vi = *en = NULL;
	for (c = tu->children; c; c = c->next) {
		xmlChar *lang;
		if (!is(c, "tuv"))
			continue;
		lang = xmlGetNsProp(c, (const xmlChar *)"lang", XML_XML_NAMESPACE);
		if (!lang)
			lang = xmlGetProp(c, (const xmlChar *)"lang");
		if (lang && !*vi && strncasecmp((const char *)lang, "vi", 2) == 0)
			*vi = seg_of(c);
		else if (lang && !*en && strncasecmp((const char *)lang, "en", 2) == 0)
			*en = seg_of(c);
		xmlFree(lang);
	}
}

static const xmlNode *child(const xmlNode *n, const char *name)
{
	for (n = n ? n->children : NULL; n; n = n->next)
		if (is(n, name))
			return n;
	return NULL;
}

int tmx_read(const char *path, tmx_unit_fn fn, void *payload)
{
	xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	const xmlNode *body, *tu;
	size_t number = 0;
	int rc = 0;
	if (!doc) {
		const xmlError *e = xmlGetLastError();
		cli_error("%s: not well-formed XML%s%s", path, e && e->message ? ": " : "",
		          e && e->message ? strtok(e->message, "\n") : "");
		return 1;
	}
	body = child(xmlDocGetRootElement(doc), "body");
	if (!is(xmlDocGetRootElement(doc), "tmx") || !body) {
		cli_error("%s: not a TMX file (no <tmx><body>)", path);
		xmlFreeDoc(doc);
		return 1;
	}
	for (tu = body->children; tu && !rc; tu = tu->next) {
		xmlChar *vi, *en;
		if (!is(tu, "tu"))
			continue;
		number++;
		segs_of(tu, &vi, &en);
		if (vi && en)
			rc = fn((const char *)vi, (const char *)en, xmlGetLineNo(tu), number, payload);
		xmlFree(vi);
		xmlFree(en);
	}
	xmlFreeDoc(doc);
	return rc;
}
