/* tmx.c - TMX 1.4 output: one <tu> per bead with text on both sides. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "write/write.h"

/* Formats t as TMX's recommended UTC date, YYYYMMDDThhmmssZ (gmtime_r: no
 * shared static buffer). */
static int format_date(char *buf, size_t size, time_t t, vta_error *err)
{
	struct tm tm;
	if (t == 0)
		t = time(NULL);
	if (!gmtime_r(&t, &tm) || strftime(buf, size, "%Y%m%dT%H%M%SZ", &tm) != 16)
		return vta_error_set(err, VIETALIGN_EINVALID, "creation date %lld cannot be written as a TMX date",
		                     (long long)t);
	return 0;
}

static void write_attr(vta_sink *sink, const char *name, const char *value)
{
	vta_sink_putc(sink, ' ');
	vta_sink_puts(sink, name);
	vta_sink_puts(sink, "=\"");
	vta_xml_escape(sink, value, strlen(value));
	vta_sink_putc(sink, '"');
}

int vta_tmx_head(vta_sink *sink, const vietalign_write_options *opts, vta_error *err)
{
	char date[32];
	int rc = format_date(date, sizeof date, opts->creation_date, err);
	if (rc)
		return rc;
	vta_sink_puts(sink, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                    "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
	                    "<tmx version=\"1.4\">\n  <header");
	write_attr(sink, "creationtool", "vietalign");
	write_attr(sink, "creationtoolversion", vietalign_version());
	write_attr(sink, "segtype", "sentence");
	write_attr(sink, "o-tmf", "vietalign");
	write_attr(sink, "adminlang", "en");
	write_attr(sink, "srclang", vietalign_lang_code(opts->srclang));
	write_attr(sink, "datatype", "plaintext");
	write_attr(sink, "creationdate", date);
	vta_sink_puts(sink, "/>\n  <body>\n");
	return 0;
}

static void write_tuv(vta_sink *sink, const char *lang, const vta_strbuf *text)
{
	vta_sink_puts(sink, "      <tuv xml:lang=\"");
	vta_sink_puts(sink, lang);
	vta_sink_puts(sink, "\"><seg>");
	vta_xml_escape(sink, text->data, text->len);
	vta_sink_puts(sink, "</seg></tuv>\n");
}

static void write_prop(vta_sink *sink, const char *type, const char *value)
{
	if (!value)
		return;
	vta_sink_puts(sink, "      <prop type=\"");
	vta_sink_puts(sink, type);
	vta_sink_puts(sink, "\">");
	vta_xml_escape(sink, value, strlen(value));
	vta_sink_puts(sink, "</prop>\n");
}

/* One <tu>: the props (the DTD puts them before tuvs), then the source
 * language's tuv first, since readers such as translate-toolkit take the
 * first tuv as the source. */
void vta_tmx_tu(vta_sink *sink, const vta_tmx_tu_info *tu, const vta_strbuf *vi, const vta_strbuf *en,
                vietalign_lang srclang)
{
	char buf[64];
	snprintf(buf, sizeof buf, "    <tu tuid=\"%zu\">\n", tu->tuid);
	vta_sink_puts(sink, buf);
	write_prop(sink, "x-doc", tu->doc);
	write_prop(sink, "x-vi-file", tu->vi_file);
	write_prop(sink, "x-en-file", tu->en_file);
	if (tu->score >= 0) {
		vta_format_score(buf, sizeof buf, tu->score);
		write_prop(sink, "x-score", buf);
	}
	if (srclang == VIETALIGN_LANG_EN) {
		write_tuv(sink, "en", en);
		write_tuv(sink, "vi", vi);
	} else {
		write_tuv(sink, "vi", vi);
		write_tuv(sink, "en", en);
	}
	vta_sink_puts(sink, "    </tu>\n");
}

/* Builds the cleaned text of both sides of bead b into vi and en. */
int vta_tmx_bead_texts(vta_strbuf *vi, vta_strbuf *en, const vietalign_alignment *al, const vta_bead *b, vta_error *err)
{
	int rc = vta_bead_sides(vi, en, al, b, err);
	if (rc)
		return rc;
	vi->len = vta_xml_clean(vi->data, vi->len);
	en->len = vta_xml_clean(en->data, en->len);
	return 0;
}

/* One bead's <tu>, numbered by its place among all beads. */
static int write_bead(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts, size_t i,
                      vta_strbuf *vi, vta_strbuf *en, vta_error *err)
{
	const vta_bead *b = &al->beads[i];
	int rc;
	if (!vta_bead_wanted(b, opts, 0))
		return 0;
	rc = vta_tmx_bead_texts(vi, en, al, b, err);
	/* a side made only of dropped characters would be an empty seg */
	if (!rc && vi->len > 0 && en->len > 0) {
		vta_tmx_tu_info tu = {i + 1, NULL, NULL, NULL, b->score};
		vta_tmx_tu(sink, &tu, vi, en, opts->srclang);
	}
	return rc;
}

int vta_tmx_write(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts, unsigned threads,
                  vta_error *err)
{
	int rc = vta_tmx_head(sink, opts, err);
	if (!rc)
		rc = vta_write_beads(sink, al, opts, write_bead, threads, err);
	if (!rc)
		vta_tmx_tail(sink);
	return rc;
}

void vta_tmx_tail(vta_sink *sink)
{
	vta_sink_puts(sink, "  </body>\n</tmx>\n");
}
