/* tsv.c - TSV output: vi<TAB>en<TAB>score, one bead per line. */
#include "write/write.h"

/* Writes text with tab, line feed and carriage return turned into spaces,
 * so that they cannot break the columns or the lines. */
static void write_field(vta_sink *sink, const vta_strbuf *text)
{
	size_t i, start = 0;
	for (i = 0; i < text->len; i++) {
		char c = text->data[i];
		if (c != '\t' && c != '\n' && c != '\r')
			continue;
		vta_sink_write(sink, text->data + start, i - start);
		vta_sink_putc(sink, ' ');
		start = i + 1;
	}
	vta_sink_write(sink, text->data + start, text->len - start);
}

static int write_bead(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts, size_t i,
                      vta_strbuf *vi, vta_strbuf *en, vta_error *err)
{
	const vietalign_bead *b = &al->beads[i];
	char score[32];
	int rc;
	if (!vta_bead_wanted(b, opts, opts->one_sided))
		return 0;
	rc = vta_bead_sides(vi, en, al, b, err);
	if (rc)
		return rc;
	vta_format_score(score, sizeof score, b->score);
	write_field(sink, vi);
	vta_sink_putc(sink, '\t');
	write_field(sink, en);
	vta_sink_putc(sink, '\t');
	vta_sink_puts(sink, score);
	vta_sink_putc(sink, '\n');
	return 0;
}

int vta_tsv_write(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                 unsigned threads, vta_error *err)
{
	return vta_write_beads(sink, al, opts, write_bead, threads, err);
}
