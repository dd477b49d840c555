/* units.c - the units of a TMX file as TSV and JSON Lines records (for
 * `convert`). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

/* A TSV field: tabs and line breaks would break the record. */
static int tsv_field(cli_buf *b, const char *s)
{
	for (; s && *s; s++) {
		char c = *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s;
		if (cli_buf_append(b, &c, 1))
			return 1;
	}
	return 0;
}

static int score_text(char *buf, size_t size, double score)
{
	if (score < 0)
		buf[0] = '\0';
	else
		snprintf(buf, size, "%.4f", score);
	return 0;
}

int cli_unit_tsv(cli_buf *b, const vietalign_tmx_unit *u)
{
	char score[32];
	score_text(score, sizeof score, u->score);
	return tsv_field(b, u->vi) || cli_buf_append(b, "\t", 1) || tsv_field(b, u->en) || cli_buf_append(b, "\t", 1) ||
	       cli_buf_puts(b, score) || cli_buf_append(b, "\t", 1) || tsv_field(b, u->doc) ||
	       cli_buf_append(b, "\n", 1);
}

/* A JSON string, or null for NULL. */
static int json_string(cli_buf *b, const char *s)
{
	char esc[8];
	if (!s)
		return cli_buf_puts(b, "null");
	if (cli_buf_append(b, "\"", 1))
		return 1;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			snprintf(esc, sizeof esc, "\\%c", c);
		else if (c < 0x20)
			snprintf(esc, sizeof esc, "\\u%04x", c);
		else
			esc[0] = (char)c, esc[1] = '\0';
		if (cli_buf_puts(b, esc))
			return 1;
	}
	return cli_buf_append(b, "\"", 1);
}

int cli_unit_jsonl(cli_buf *b, const vietalign_tmx_unit *u)
{
	char score[32];
	score_text(score, sizeof score, u->score);
	return cli_buf_puts(b, "{\"vi\": ") || json_string(b, u->vi) || cli_buf_puts(b, ", \"en\": ") ||
	       json_string(b, u->en) || cli_buf_puts(b, ", \"score\": ") ||
	       cli_buf_puts(b, score[0] ? score : "null") || cli_buf_puts(b, ", \"doc\": ") || json_string(b, u->doc) ||
	       cli_buf_puts(b, ", \"tuid\": ") || json_string(b, u->tuid) || cli_buf_puts(b, "}\n");
}
