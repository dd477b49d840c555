/* tsv_writer.c - TSV output: vi<TAB>en<TAB>score, one bead per line. */
#include "writer.h"

/* Writes text with tab, line feed and carriage return turned into spaces,
 * so that they cannot break the columns or the lines. */
static void write_field(vl_sink *sink, const vl_strbuf *text)
{
	size_t i, start = 0;
	for (i = 0; i < text->len; i++) {
		char c = text->data[i];
		if (c != '\t' && c != '\n' && c != '\r')
			continue;
		vl_sink_write(sink, text->data + start, i - start);
		vl_sink_putc(sink, ' ');
		start = i + 1;
	}
	vl_sink_write(sink, text->data + start, text->len - start);
}

static int write_bead(vl_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts, size_t i,
                      vl_strbuf *vi, vl_strbuf *en, vl_error *err)
{
	const vietalign_bead *b = &al->beads[i];
	char score[32];
	int rc;
	if (!vl_bead_wanted(b, opts, opts->one_sided))
		return 0;
	rc = vl_bead_sides(vi, en, al, b, err);
	if (rc)
		return rc;
	vl_format_score(score, sizeof score, b->score);
	write_field(sink, vi);
	vl_sink_putc(sink, '\t');
	write_field(sink, en);
	vl_sink_putc(sink, '\t');
	vl_sink_puts(sink, score);
	vl_sink_putc(sink, '\n');
	return 0;
}

int vl_tsv_write(vl_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                 unsigned threads, vl_error *err)
{
	return vl_write_beads(sink, al, opts, write_bead, threads, err);
}
