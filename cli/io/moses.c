/* moses.c - `--format moses -o PREFIX`: the sentence pairs as line-aligned
 * files, PREFIX.vi and PREFIX.en (the Moses, OpusFilter and fairseq
 * convention), PREFIX.scores and, for batch, PREFIX.ids. They are made
 * from the TSV records (vi, en, score[, id]), so that text cleaning stays
 * the library's writer's; each file is written whole or not at all. */
#define _GNU_SOURCE /* strdup */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"

static const char *const suffix[4] = {".vi", ".en", ".scores", ".ids"};

/* Whether path names the same file as one of inputs (NULL-terminated). */
static int is_input(const char *path, const char *const *inputs)
{
	struct stat a, b;
	if (stat(path, &a) != 0)
		return 0;
	for (; inputs && *inputs; inputs++)
		if (strcmp(*inputs, "-") != 0 && stat(*inputs, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
			return 1;
	return 0;
}

int cli_refuse_input(const char *path, const char *const *inputs)
{
	if (!path || strcmp(path, "-") == 0 || !is_input(path, inputs))
		return 0;
	cli_error("%s: is an input file; refusing to write over it", path);
	return 1;
}

char *cli_moses_file(const char *prefix, size_t k)
{
	char *path = malloc(strlen(prefix) + strlen(suffix[k]) + 1);
	if (!path) {
		cli_error("out of memory");
		return NULL;
	}
	strcpy(path, prefix);
	strcat(path, suffix[k]);
	return path;
}

void cli_moses_ids(cli_file_id *ids, const char *prefix)
{
	size_t k;
	for (k = 0; k < 4; k++) {
		char *path = cli_moses_file(prefix, k);
		if (!path || !cli_file_id_of(&ids[k], path))
			memset(&ids[k], 0, sizeof ids[k]);
		free(path);
	}
}

int cli_moses_open(cli_moses *m, const char *prefix, int with_ids, const char *const *inputs)
{
	size_t k;
	memset(m, 0, sizeof *m);
	m->files = with_ids ? 4 : 3;
	for (k = 0; k < m->files; k++) {
		char *path = cli_moses_file(prefix, k);
		int rc;
		if (!path) {
			cli_moses_abort(m);
			return 1;
		}
		rc = cli_refuse_input(path, inputs) || cli_out_open(&m->out[k], path, 0);
		free(path);
		if (rc) {
			cli_moses_abort(m);
			return 1;
		}
	}
	return 0;
}

/* One record: its columns into the files, tabs dropped, one line each;
 * a record with too few columns is no record (none is written so). */
static int record(cli_moses *m, const char *p, size_t n)
{
	size_t k;
	for (k = 0; k < m->files; k++) {
		const char *tab = k + 1 < m->files ? memchr(p, '\t', n) : NULL;
		size_t len = tab ? (size_t)(tab - p) : n;
		if (k + 1 < m->files && !tab)
			return 0;
		if (cli_out_write(&m->out[k], p, len) || cli_out_write(&m->out[k], "\n", 1))
			return 1;
		p += len + (tab != NULL);
		n -= len + (tab != NULL);
	}
	return 0;
}

int cli_moses_write(cli_moses *m, const char *data, size_t len)
{
	const char *end = data + len;
	while (data < end) {
		const char *nl = memchr(data, '\n', (size_t)(end - data));
		size_t n = nl ? (size_t)(nl - data) : (size_t)(end - data);
		if (!nl) /* the rest of the record comes with the next call */
			return cli_buf_append(&m->partial, data, n);
		if (m->partial.len) {
			int rc = cli_buf_append(&m->partial, data, n) || record(m, m->partial.data, m->partial.len);
			m->partial.len = 0;
			if (rc)
				return 1;
		} else if (record(m, data, n)) {
			return 1;
		}
		data = nl + 1;
	}
	return 0;
}

int cli_moses_commit(cli_moses *m)
{
	size_t k;
	if (m->partial.len && record(m, m->partial.data, m->partial.len)) {
		cli_moses_abort(m);
		return 1;
	}
	for (k = 0; k < m->files; k++)
		if (cli_out_commit(&m->out[k])) {
			cli_moses_abort(m);
			return 1;
		}
	cli_buf_free(&m->partial);
	return 0;
}

void cli_moses_abort(cli_moses *m)
{
	size_t k;
	for (k = 0; k < m->files; k++)
		cli_out_abort(&m->out[k]);
	cli_buf_free(&m->partial);
}
