/* tmx_read.c - reading a TMX file into units through libxml2 (a real XML
 * parser: encodings, CDATA, character references), refusing what a TMX
 * never needs and an attacker would use: entity declarations, the network,
 * external DTDs, files past a size bound. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "text/text.h"
#include "write/write.h"

#ifdef VIETALIGN_HAVE_LIBXML2
#include <libxml/parser.h>
#include <libxml/tree.h>

int vietalign_tmx_read_supported(void)
{
	return 1;
}

/* Set by the SAX hook below on the first entity declaration. */
typedef struct {
	int entity;
	long entity_line;
} guard;

/* A DTD that declares an entity is refused as the declaration is read,
 * before anything can expand it (a billion laughs, an 8 KB entity used
 * 20,000 times): a TMX needs no entity of its own. */
static void on_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id, const xmlChar *system_id,
                           xmlChar *content)
{
	xmlParserCtxtPtr ctxt = ctx;
	guard *g = ctxt->_private;
	(void)name, (void)type, (void)public_id, (void)system_id, (void)content;
	if (!g->entity)
		g->entity_line = xmlSAX2GetLineNumber(ctx);
	g->entity = 1;
	xmlStopParser(ctxt);
}

static int parse(xmlDoc **out, vta_error *err, const char *data, size_t len, const char *name)
{
	xmlParserCtxtPtr ctxt;
	guard g = {0, 0};
	const xmlError *e;
	int rc = 0;
	*out = NULL;
	if (len > (size_t)INT32_MAX)
		return vta_error_set(err, VIETALIGN_EPARSE, "%s: too large for the XML parser", name);
	xmlInitParser();
	if (!(ctxt = xmlNewParserCtxt()))
		return vta_error_set(err, VIETALIGN_ENOMEM, "%s: out of memory for the XML parser", name);
	ctxt->_private = &g;
	ctxt->sax->entityDecl = on_entity_decl;
	/* no XML_PARSE_NOENT (entities stay unexpanded), no DTDLOAD, no
	 * network, no XML_PARSE_HUGE (libxml2's limits on text nodes hold) */
	*out = xmlCtxtReadMemory(ctxt, data, (int)len, name, NULL,
	                         XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	e = xmlCtxtGetLastError(ctxt);
	if (g.entity)
		rc = vta_error_set(err, VIETALIGN_EPARSE,
		                   "%s: its DTD declares entities, which a TMX file does not need: refused (they can "
		                   "expand without bound; line %ld)",
		                   name, g.entity_line);
	else if (!*out)
		rc = vta_error_set(err, VIETALIGN_EPARSE, "%s:%d: not well-formed XML: %.200s", name, e ? e->line : 0,
		                   e && e->message ? e->message : "parse error");
	if (rc) {
		size_t n = strlen(err ? err->msg : "");
		if (err && n && err->msg[n - 1] == '\n')
			err->msg[n - 1] = '\0';
		xmlFreeDoc(*out);
		*out = NULL;
	}
	xmlFreeParserCtxt(ctxt);
	return rc;
}

static int is(const xmlNode *n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, (const xmlChar *)name) == 0;
}

static const xmlNode *child(const xmlNode *n, const char *name)
{
	for (n = n ? n->children : NULL; n; n = n->next)
		if (is(n, name))
			return n;
	return NULL;
}

/* ------------------------------------------------------------ segments */

/* The inline elements whose content is native code ("<b>"), not text. */
static int is_code(const xmlNode *n)
{
	static const char *const codes[] = {"bpt", "ept", "it", "ph", "ut"};
	size_t i;
	for (i = 0; i < sizeof codes / sizeof codes[0]; i++)
		if (is(n, codes[i]))
			return 1;
	return 0;
}

/* Appends the text under n (CDATA is text: XML_PARSE_NOCDATA). */
static int gather(vta_strbuf *buf, const xmlNode *n, vietalign_tmx_tags tags)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE && n->content) {
			if (vta_strbuf_append(buf, (const char *)n->content, strlen((const char *)n->content)))
				return VIETALIGN_ENOMEM;
		} else if (n->type == XML_ELEMENT_NODE && (tags == VIETALIGN_TMX_TAGS_KEEP || !is_code(n))) {
			if (gather(buf, n->children, tags))
				return VIETALIGN_ENOMEM;
		}
	}
	return 0;
}

/* The text of a tuv's <seg>: inline tags as asked, NFC, white space
 * folded and trimmed. *out is malloc()ed ("" for a tuv without seg). */
static int seg_text(char **out, const xmlNode *tuv, vietalign_tmx_tags tags, vta_strbuf *scratch)
{
	const xmlNode *seg = child(tuv, "seg");
	int rc;
	scratch->len = 0;
	if (vta_strbuf_append(scratch, "", 0) || (seg && gather(scratch, seg->children, tags)))
		return VIETALIGN_ENOMEM;
	rc = vta_text_fold(out, NULL, NULL, scratch->data, scratch->len);
	return rc == VIETALIGN_EUTF8 ? VIETALIGN_EPARSE : rc;
}

/* ------------------------------------------------------------ languages */

/* Which side a language code names: 'v' (vi…), 'e' (en…) or 0. */
static char side_of(const xmlChar *lang)
{
	if (!lang || !lang[0] || !lang[1] || (lang[2] && lang[2] != '-' && lang[2] != '_'))
		return 0;
	if ((lang[0] | 0x20) == 'v' && (lang[1] | 0x20) == 'i')
		return 'v';
	if ((lang[0] | 0x20) == 'e' && (lang[1] | 0x20) == 'n')
		return 'e';
	return 0;
}

static xmlChar *lang_of(const xmlNode *tuv)
{
	xmlChar *lang = xmlGetNsProp(tuv, (const xmlChar *)"lang", XML_XML_NAMESPACE);
	return lang ? lang : xmlGetProp(tuv, (const xmlChar *)"lang");
}

/* The two tuvs of a unit that hold Vietnamese and English by their labels:
 * the first vi* and the first en* one; or, when every such tuv carries
 * the same side's label (a tool that labelled both sides en), the first
 * two of them, with *same set. */
typedef struct {
	const xmlNode *v, *e;   /* by label */
	const xmlNode *p0, *p1; /* by position, when both labels are one side's */
} tu_sides;

static void sides_of(tu_sides *s, const xmlNode *tu)
{
	const xmlNode *c;
	memset(s, 0, sizeof *s);
	for (c = tu->children; c; c = c->next) {
		xmlChar *lang;
		char side;
		if (!is(c, "tuv"))
			continue;
		lang = lang_of(c);
		side = side_of(lang);
		xmlFree(lang);
		if (side == 'v' && !s->v)
			s->v = c;
		else if (side == 'e' && !s->e)
			s->e = c;
		if (side && !s->p0)
			s->p0 = c;
		else if (side && !s->p1)
			s->p1 = c;
	}
	if (s->v && s->e)
		s->p0 = s->p1 = NULL;
}

/* How the file's sides map to languages, found from the texts. */
typedef struct {
	int swap_labels; /* the vi-labelled text is English and the other Vietnamese */
	int position_vi; /* units with one label on both sides: which tuv (0,
	                     1) is Vietnamese; -1 when unknown */
} lang_map;

/* Text enough to tell the languages apart (vietalign_lang_detect). */
#define SAMPLE_BYTES 65536

static int sample(vta_strbuf *buf, const xmlNode *tuv, vta_strbuf *scratch)
{
	if (!tuv || buf->len >= SAMPLE_BYTES)
		return 0;
	scratch->len = 0;
	if (vta_strbuf_append(scratch, "", 0) ||
	    gather(scratch, child(tuv, "seg") ? child(tuv, "seg")->children : NULL, VIETALIGN_TMX_TAGS_DROP) ||
	    vta_strbuf_append(buf, scratch->data, scratch->len) || vta_strbuf_append(buf, " ", 1))
		return VIETALIGN_ENOMEM;
	return 0;
}

/* The language the text reads as: 'v', 'e', or 0 when too short. */
static char detect(const vta_strbuf *buf)
{
	vietalign_lang lang;
	if (!buf->len || vietalign_lang_detect(&lang, NULL, buf->data, buf->len))
		return 0;
	return lang == VIETALIGN_LANG_VI ? 'v' : 'e';
}

static int find_map(lang_map *map, const xmlNode *body)
{
	vta_strbuf v = {0}, e = {0}, p0 = {0}, p1 = {0}, scratch = {0};
	const xmlNode *tu;
	int rc = 0;
	for (tu = body->children; tu && !rc; tu = tu->next) {
		tu_sides s;
		if (!is(tu, "tu"))
			continue;
		sides_of(&s, tu);
		rc = sample(&v, s.v && s.e ? s.v : NULL, &scratch) || sample(&e, s.v && s.e ? s.e : NULL, &scratch) ||
		     sample(&p0, s.p0 && s.p1 ? s.p0 : NULL, &scratch) ||
		     sample(&p1, s.p0 && s.p1 ? s.p1 : NULL, &scratch);
	}
	map->swap_labels = detect(&v) == 'e' && detect(&e) == 'v';
	map->position_vi = detect(&p0) == 'v' && detect(&p1) == 'e'   ? 0
	                   : detect(&p0) == 'e' && detect(&p1) == 'v' ? 1
	                                                              : -1;
	vta_strbuf_free(&v);
	vta_strbuf_free(&e);
	vta_strbuf_free(&p0);
	vta_strbuf_free(&p1);
	vta_strbuf_free(&scratch);
	return rc ? VIETALIGN_ENOMEM : 0;
}

/* ---------------------------------------------------------------- units */

typedef struct {
	vta_error *err;
	const char *name;
	const vietalign_tmx_read_options *opts;
	vietalign_tmx_info *info;
	lang_map map;
	int fix; /* sides follow the texts, not the labels */
	vta_strbuf scratch;
	vietalign_tmx_unit_fn fn;
	void *payload;
} reader;

/* The Vietnamese and English tuvs of a unit as the reader takes them. */
static void pick(const reader *r, const tu_sides *s, const xmlNode **vi, const xmlNode **en)
{
	*vi = *en = NULL;
	if (s->v && s->e) {
		*vi = r->fix && r->map.swap_labels ? s->e : s->v;
		*en = r->fix && r->map.swap_labels ? s->v : s->e;
	} else if (s->p0 && s->p1 && r->fix && r->map.position_vi >= 0) {
		*vi = r->map.position_vi == 0 ? s->p0 : s->p1;
		*en = r->map.position_vi == 0 ? s->p1 : s->p0;
	}
}

static void note_label(char *dst, size_t size, const xmlNode *tuv)
{
	xmlChar *lang;
	if (dst[0] || !(lang = lang_of(tuv)))
		return;
	snprintf(dst, size, "%s", (const char *)lang);
	xmlFree(lang);
}

/* The props of a unit the reader knows (the first of each type). */
typedef struct {
	xmlChar *doc, *vi_file, *en_file, *score;
} tu_props;

static void props_of(tu_props *p, const xmlNode *tu)
{
	const xmlNode *c;
	memset(p, 0, sizeof *p);
	for (c = tu->children; c; c = c->next) {
		xmlChar *type, **slot;
		if (!is(c, "prop") || !(type = xmlGetProp(c, (const xmlChar *)"type")))
			continue;
		slot = !xmlStrcmp(type, (const xmlChar *)"x-doc")       ? &p->doc
		       : !xmlStrcmp(type, (const xmlChar *)"x-vi-file") ? &p->vi_file
		       : !xmlStrcmp(type, (const xmlChar *)"x-en-file") ? &p->en_file
		       : !xmlStrcmp(type, (const xmlChar *)"x-score")   ? &p->score
		                                                        : NULL;
		if (slot && !*slot)
			*slot = xmlNodeGetContent(c);
		xmlFree(type);
	}
}

static void props_free(tu_props *p)
{
	xmlFree(p->doc);
	xmlFree(p->vi_file);
	xmlFree(p->en_file);
	xmlFree(p->score);
}

static double score_of(const xmlChar *s)
{
	char *end;
	double v;
	if (!s)
		return -1;
	v = strtod((const char *)s, &end);
	return end != (const char *)s && v >= 0 && v <= 1 ? v : -1;
}

static int emit(reader *r, const xmlNode *tu, const xmlNode *vi_tuv, const xmlNode *en_tuv)
{
	vietalign_tmx_unit u;
	tu_props p;
	char *vi = NULL, *en = NULL;
	xmlChar *tuid = xmlGetProp(tu, (const xmlChar *)"tuid");
	int rc = seg_text(&vi, vi_tuv, r->opts->tags, &r->scratch);
	if (!rc)
		rc = seg_text(&en, en_tuv, r->opts->tags, &r->scratch);
	props_of(&p, tu);
	if (rc) {
		rc = vta_error_set(r->err, rc, "%s:%ld: %s", r->name, xmlGetLineNo(tu),
		                   rc == VIETALIGN_ENOMEM ? "out of memory while reading a unit"
		                                          : "a segment is not UTF-8");
	} else {
		u.version = VIETALIGN_TMX_UNIT_VERSION;
		u.vi = vi;
		u.en = en;
		u.tuid = (const char *)tuid;
		u.doc = (const char *)p.doc;
		u.vi_file = (const char *)p.vi_file;
		u.en_file = (const char *)p.en_file;
		u.score = score_of(p.score);
		u.line = xmlGetLineNo(tu);
		r->info->pairs++;
		if (r->fn(&u, r->payload))
			rc = vta_error_set(r->err, VIETALIGN_ECALLBACK, "%s:%ld: stopped by the caller", r->name,
			                   u.line);
	}
	props_free(&p);
	xmlFree(tuid);
	free(vi);
	free(en);
	return rc;
}

static int read_units(reader *r, const xmlNode *body)
{
	const xmlNode *tu;
	int rc = 0;
	for (tu = body->children; tu && !rc; tu = tu->next) {
		tu_sides s;
		const xmlNode *vi, *en;
		if (!is(tu, "tu"))
			continue;
		r->info->units++;
		sides_of(&s, tu);
		pick(r, &s, &vi, &en);
		if (!vi || !en)
			continue;
		note_label(r->info->vi_label, sizeof r->info->vi_label, vi);
		note_label(r->info->en_label, sizeof r->info->en_label, en);
		rc = emit(r, tu, vi, en);
	}
	return rc;
}

static int read_doc(reader *r, xmlDoc *doc)
{
	const xmlNode *root = xmlDocGetRootElement(doc), *body = child(root, "body");
	int rc;
	if (!is(root, "tmx") || !body)
		return vta_error_set(r->err, VIETALIGN_EPARSE, "%s: not a TMX file (no <tmx><body>)", r->name);
	if ((rc = find_map(&r->map, body)))
		return vta_error_set(r->err, rc, "%s: out of memory", r->name);
	r->info->swapped = r->map.swap_labels || r->map.position_vi >= 0;
	if (r->info->swapped && r->opts->swap == VIETALIGN_TMX_SWAP_REFUSE)
		return vta_error_set(r->err, VIETALIGN_EPARSE,
		                     "%s: its languages are mislabelled (the text labelled %s is Vietnamese): refused",
		                     r->name, r->map.swap_labels ? "en" : "as the other side");
	r->fix = r->opts->swap == VIETALIGN_TMX_SWAP_FIX;
	rc = read_units(r, body);
	vta_strbuf_free(&r->scratch);
	return rc;
}

int vta_tmx_read(vietalign_tmx_info *info, vta_error *err, const char *data, size_t len, const char *name,
                 const vietalign_tmx_read_options *opts, vietalign_tmx_unit_fn fn, void *payload)
{
	size_t max = opts->max_bytes ? opts->max_bytes : VTA_TMX_MAX_BYTES;
	reader r;
	xmlDoc *doc;
	int rc;
	if (len > max)
		return vta_error_set(err, VIETALIGN_EPARSE, "%s: %zu bytes, over the limit of %zu bytes for a TMX file",
		                     name, len, max);
	if ((rc = parse(&doc, err, data, len, name)))
		return rc;
	memset(&r, 0, sizeof r);
	r.err = err;
	r.name = name;
	r.opts = opts;
	r.info = info;
	r.fn = fn;
	r.payload = payload;
	rc = read_doc(&r, doc);
	xmlFreeDoc(doc);
	return rc;
}

#else /* built without libxml2 */

int vietalign_tmx_read_supported(void)
{
	return 0;
}

int vta_tmx_read(vietalign_tmx_info *info, vta_error *err, const char *data, size_t len, const char *name,
                 const vietalign_tmx_read_options *opts, vietalign_tmx_unit_fn fn, void *payload)
{
	(void)info, (void)data, (void)len, (void)opts, (void)fn, (void)payload;
	return vta_error_set(err, VIETALIGN_EUNSUPPORTED,
	                     "%s: cannot read TMX: this vietalign was built without libxml2 (VIETALIGN_LIBXML2=OFF)",
	                     name);
}

#endif
