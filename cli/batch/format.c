/* format.c - the records of `vietalign batch`, made from what the
 * library's writers give for one pair (so escaping, cleaning and score
 * formatting stay theirs): the pair's id is added to each record. */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>
#include "batch/batch.h"

/* The line starting at p (through its '\n'), its length. */
static size_t line_len(const char *p, const char *end)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	return nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
}

static void count_pair(batch_result *res, const char *score)
{
	res->pairs++;
	res->score_sum += strtod(score, NULL);
}

/* vi TAB en TAB score -> vi TAB en TAB score TAB id: align's columns,
 * then the pair's id, so that the same `cut -f1,2` or `cut -f3` serves
 * both commands' output. */
static int tsv_line(batch_result *res, const char *id, const char *p, size_t n)
{
	const char *t1 = memchr(p, '\t', n), *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(p + n - t1 - 1)) : NULL;
	const char *end = p + n;
	if (!t2)
		return 0; /* not a record: the library writes none such */
	if (end > t2 + 1 && end[-1] == '\n')
		end--;
	count_pair(res, t2 + 1);
	return cli_buf_append(&res->out, p, (size_t)(end - p)) || cli_buf_append(&res->out, "\t", 1) ||
	       cli_buf_puts(&res->out, id) || cli_buf_append(&res->out, "\n", 1);
}

/* Appends s as a JSON string body (the id has no control characters). */
static int json_escaped(cli_buf *b, const char *s)
{
	for (; *s; s++) {
		if ((*s == '"' || *s == '\\') && cli_buf_append(b, "\\", 1))
			return 1;
		if (cli_buf_append(b, s, 1))
			return 1;
	}
	return 0;
}

/* {"vi": …} -> {"id": …, "vi": …}. Inside a JSON string every quote is
 * escaped, so the first ,"score": is the member. */
static int jsonl_line(batch_result *res, const char *id, const char *p, size_t n)
{
	const char *score;
	if (n < 2 || p[0] != '{')
		return 0;
	score = memmem(p, n, ",\"score\":", 9);
	if (score)
		count_pair(res, score + 9);
	return cli_buf_puts(&res->out, "{\"id\":\"") || json_escaped(&res->out, id) ||
	       cli_buf_append(&res->out, "\",", 2) || cli_buf_append(&res->out, p + 1, n - 1);
}

int batch_format_pair(batch_result *res, const char *id, const char *buf, size_t len, vietalign_format fmt)
{
	const char *p, *end = buf + len;
	for (p = buf; p < end;) {
		size_t n = line_len(p, end);
		if (fmt == VIETALIGN_FORMAT_TSV ? tsv_line(res, id, p, n) : jsonl_line(res, id, p, n))
			return 1;
		p += n;
	}
	return 0;
}
