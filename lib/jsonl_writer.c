/* jsonl_writer.c - JSON Lines output: one object per bead. */
#include <stdio.h>
#include "writer.h"

/* Writes a JSON string: quote and backslash escaped, control characters as
 * \u00XX; other UTF-8 passes through unchanged (JSON allows it). */
static void write_string(vl_sink *sink, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, start = 0;
	vl_sink_putc(sink, '"');
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[7];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		vl_sink_write(sink, s + start, i - start);
		if (c == '"' || c == '\\') {
			esc[0] = '\\', esc[1] = (char)c, esc[2] = '\0';
		} else {
			snprintf(esc, sizeof esc, "\\u00%c%c", hex[c >> 4], hex[c & 0xF]);
		}
		vl_sink_puts(sink, esc);
		start = i + 1;
	}
	vl_sink_write(sink, s + start, len - start);
	vl_sink_putc(sink, '"');
}

/* Writes the sentence indices [first, first + count) as a JSON array. */
static void write_indices(vl_sink *sink, size_t first, size_t count)
{
	char buf[32];
	size_t i;
	vl_sink_putc(sink, '[');
	for (i = 0; i < count; i++) {
		snprintf(buf, sizeof buf, i ? ",%zu" : "%zu", first + i);
		vl_sink_puts(sink, buf);
	}
	vl_sink_putc(sink, ']');
}

static void write_object(vl_sink *sink, const vietalign_bead *b, const vl_strbuf *vi, const vl_strbuf *en)
{
	char score[32];
	vl_format_score(score, sizeof score, b->score);
	vl_sink_puts(sink, "{\"vi\":");
	write_string(sink, vi->data, vi->len);
	vl_sink_puts(sink, ",\"en\":");
	write_string(sink, en->data, en->len);
	vl_sink_puts(sink, ",\"score\":");
	vl_sink_puts(sink, score);
	vl_sink_puts(sink, ",\"vi_sentences\":");
	write_indices(sink, b->vi_first, b->vi_count);
	vl_sink_puts(sink, ",\"en_sentences\":");
	write_indices(sink, b->en_first, b->en_count);
	vl_sink_puts(sink, "}\n");
}

static int write_bead(vl_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts, size_t i,
                      vl_strbuf *vi, vl_strbuf *en, vl_error *err)
{
	const vietalign_bead *b = &al->beads[i];
	int rc;
	if (!vl_bead_wanted(b, opts, opts->one_sided))
		return 0;
	rc = vl_bead_sides(vi, en, al, b, err);
	if (!rc)
		write_object(sink, b, vi, en);
	return rc;
}

int vl_jsonl_write(vl_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                   unsigned threads, vl_error *err)
{
	return vl_write_beads(sink, al, opts, write_bead, threads, err);
}
