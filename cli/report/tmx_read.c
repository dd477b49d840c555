/* tmx_read.c - the units of a TMX file through libxml2: a real XML parser
 * (entities, CDATA, character references), not string scanning. */
#include <limits.h>
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

/* The seg text of a tuv into *text (NULL when it has no seg); non-zero
 * when the seg is there but its text could not be made (memory). */
static int seg_of(const xmlNode *tuv, xmlChar **text)
{
	const xmlNode *c;
	*text = NULL;
	for (c = tuv->children; c; c = c->next)
		if (is(c, "seg"))
			return !(*text = xmlNodeGetContent(c));
	return 0;
}

/* Finds the vi and en segs of one tu (xml:lang, or lang in TMX 1.1);
 * non-zero when one could not be read. */
static int segs_of(const xmlNode *tu, xmlChar **vi, xmlChar **en)
{
	const xmlNode *c;
	int rc = 0;
	*vi = *en = NULL;
	for (c = tu->children; c && !rc; c = c->next) {
		xmlChar *lang;
		if (!is(c, "tuv"))
			continue;
		lang = xmlGetNsProp(c, (const xmlChar *)"lang", XML_XML_NAMESPACE);
		if (!lang)
			lang = xmlGetProp(c, (const xmlChar *)"lang");
		if (lang && !*vi && strncasecmp((const char *)lang, "vi", 2) == 0)
			rc = seg_of(c, vi);
		else if (lang && !*en && strncasecmp((const char *)lang, "en", 2) == 0)
			rc = seg_of(c, en);
		xmlFree(lang);
	}
	return rc;
}

/* Whether a DTD declares an entity: a TMX needs none, and a segment
 * that repeats one (an entity of 8 KB used 20,000 times in a 160 KB file)
 * expands to gigabytes when its text is taken, past libxml2's own guard,
 * which only watches the parse. */
static int declares_entities(const xmlDtd *dtd)
{
	const xmlNode *n;
	for (n = dtd ? dtd->children : NULL; n; n = n->next)
		if (n->type == XML_ENTITY_DECL)
			return 1;
	return 0;
}

static const xmlNode *child(const xmlNode *n, const char *name)
{
	for (n = n ? n->children : NULL; n; n = n->next)
		if (is(n, name))
			return n;
	return NULL;
}

static int read_units(xmlDoc *doc, const char *name, tmx_unit_fn fn, void *payload, tmx_stats *stats)
{
	const xmlNode *body, *tu;
	int rc = 0;
	if (!doc) {
		const xmlError *e = xmlGetLastError();
		cli_error("%s: not well-formed XML%s%s", name, e && e->message ? ": " : "",
		          e && e->message ? strtok(e->message, "\n") : "");
		return 1;
	}
	if (declares_entities(doc->intSubset) || declares_entities(doc->extSubset)) {
		cli_error("%s: its DTD declares entities, which a TMX file does not need: refused (they can expand "
		          "without bound)", name);
		return 1;
	}
	body = child(xmlDocGetRootElement(doc), "body");
	if (!is(xmlDocGetRootElement(doc), "tmx") || !body) {
		cli_error("%s: not a TMX file (no <tmx><body>)", name);
		return 1;
	}
	for (tu = body->children; tu && !rc; tu = tu->next) {
		xmlChar *vi, *en;
		if (!is(tu, "tu"))
			continue;
		stats->units++;
		if (segs_of(tu, &vi, &en)) {
			cli_error("%s:%ld: tu %zu: out of memory while reading its segments", name, xmlGetLineNo(tu),
			          stats->units);
			rc = 1;
		} else if (vi && en) {
			stats->pairs++;
			rc = fn((const char *)vi, (const char *)en, xmlGetLineNo(tu), stats->units, payload);
		}
		xmlFree(vi);
		xmlFree(en);
	}
	return rc;
}

static const int parse_options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

int tmx_read(const char *path, tmx_unit_fn fn, void *payload, tmx_stats *stats)
{
	xmlDoc *doc = xmlReadFile(path, NULL, parse_options);
	int rc;
	memset(stats, 0, sizeof *stats);
	rc = read_units(doc, path, fn, payload, stats);
	xmlFreeDoc(doc);
	return rc;
}

int tmx_read_memory(const char *data, size_t len, const char *name, tmx_unit_fn fn, void *payload,
                    tmx_stats *stats)
{
	xmlDoc *doc;
	int rc;
	memset(stats, 0, sizeof *stats);
	if (len > INT_MAX) {
		cli_error("%s: too large", name);
		return 1;
	}
	doc = xmlReadMemory(data, (int)len, name, NULL, parse_options);
	rc = read_units(doc, name, fn, payload, stats);
	xmlFreeDoc(doc);
	return rc;
}
