/* jsonl.c - JSON Lines output: one object per bead. */
#include <stdio.h>
#include "write/write.h"

/* Writes a JSON string: quote and backslash escaped, control characters as
 * \u00XX; other UTF-8 passes through unchanged (JSON allows it). */
static void write_string(vta_sink *sink, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, start = 0;
	vta_sink_putc(sink, '"');
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[7];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		vta_sink_write(sink, s + start, i - start);
		if (c == '"' || c == '\\') {
			esc[0] = '\\', esc[1] = (char)c, esc[2] = '\0';
		} else {
			snprintf(esc, sizeof esc, "\\u00%c%c", hex[c >> 4], hex[c & 0xF]);
		}
		vta_sink_puts(sink, esc);
		start = i + 1;
	}
	vta_sink_write(sink, s + start, len - start);
	vta_sink_putc(sink, '"');
}

/* Writes the sentence indices [first, first + count) as a JSON array. */
static void write_indices(vta_sink *sink, size_t first, size_t count)
{
	char buf[32];
	size_t i;
	vta_sink_putc(sink, '[');
	for (i = 0; i < count; i++) {
		snprintf(buf, sizeof buf, i ? ",%zu" : "%zu", first + i);
		vta_sink_puts(sink, buf);
	}
	vta_sink_putc(sink, ']');
}

static void write_object(vta_sink *sink, const vta_bead *b, const vta_strbuf *vi, const vta_strbuf *en)
{
	char score[32];
	vta_format_score(score, sizeof score, b->score);
	vta_sink_puts(sink, "{\"vi\":");
	write_string(sink, vi->data, vi->len);
	vta_sink_puts(sink, ",\"en\":");
	write_string(sink, en->data, en->len);
	vta_sink_puts(sink, ",\"score\":");
	vta_sink_puts(sink, score);
	vta_sink_puts(sink, ",\"vi_sentences\":");
	write_indices(sink, b->vi_first, b->vi_count);
	vta_sink_puts(sink, ",\"en_sentences\":");
	write_indices(sink, b->en_first, b->en_count);
	vta_sink_puts(sink, "}\n");
}

static int write_bead(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts, size_t i,
                      vta_strbuf *vi, vta_strbuf *en, vta_error *err)
{
	const vta_bead *b = &al->beads[i];
	int rc;
	if (!vta_bead_wanted(b, opts, opts->one_sided))
		return 0;
	rc = vta_bead_sides(vi, en, al, b, err);
	if (!rc)
		write_object(sink, b, vi, en);
	return rc;
}

int vta_jsonl_write(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                    unsigned threads, vta_error *err)
{
	return vta_write_beads(sink, al, opts, write_bead, threads, err);
}
