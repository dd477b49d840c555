/* tsv.c - TSV output: vi<TAB>en<TAB>score, one bead per line. */
#include <stddef.h>
#include "write/write.h"

/* What a character at p (n bytes left) becomes in a TSV field: 0 when it
 * is kept, else its length in *len and *space set when it becomes a space
 * (tab, line feed, carriage return, NEL, U+2028, U+2029: they would break
 * the columns or the lines) rather than dropped (the other C0 and C1
 * controls, DEL, U+FFFE, U+FFFF: an ESC would drive the terminal of whoever
 * looks at the file, and JSONL escapes them, TMX drops them too). */
static int field_char(const unsigned char *p, size_t n, size_t *len, int *space)
{
	*space = 0;
	if (p[0] < 0x20 || p[0] == 0x7F) {
		*len = 1;
		*space = p[0] == '\t' || p[0] == '\n' || p[0] == '\r';
		return 1;
	}
	if (p[0] == 0xC2 && n >= 2 && p[1] >= 0x80 && p[1] <= 0x9F) {
		*len = 2;
		*space = p[1] == 0x85;
		return 1;
	}
	if (n >= 3 && ((p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) ||
	               (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)))) {
		*len = 3;
		*space = p[0] == 0xE2;
		return 1;
	}
	return 0;
}

static void write_field(vta_sink *sink, const vta_strbuf *text)
{
	const unsigned char *p = (const unsigned char *)text->data;
	size_t i = 0, start = 0, len;
	int space;
	while (i < text->len) {
		if (p[i] >= 0x20 && p[i] < 0x7F) { /* printable ASCII, most of it */
			i++;
			continue;
		}
		if (!field_char(p + i, text->len - i, &len, &space)) {
			i++;
			continue;
		}
		vta_sink_write(sink, text->data + start, i - start);
		if (space)
			vta_sink_putc(sink, ' ');
		i += len;
		start = i;
	}
	vta_sink_write(sink, text->data + start, text->len - start);
}

static int write_bead(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts, size_t i,
                      vta_strbuf *vi, vta_strbuf *en, vta_error *err)
{
	const vta_bead *b = &al->beads[i];
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

int vta_tsv_write(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts, unsigned threads,
                  vta_error *err)
{
	return vta_write_beads(sink, al, opts, write_bead, threads, err);
}
