/* input.c - the pairs of `vietalign batch`: a manifest of file pairs
 * (vi_path TAB en_path [TAB id]) or, with --stdin, Bitextor's stream
 * (vi_id TAB en_id TAB base64(vi) TAB base64(en)), read one line at a time
 * so that a huge input is never held whole. */
#define _GNU_SOURCE /* getline, strdup */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "batch/batch.h"

void batch_job_free(batch_job *job)
{
	free(job->id);
	free(job->vi_path);
	free(job->en_path);
	free(job->buf);
	free(job->error);
	memset(job, 0, sizeof *job);
}

/* Relative paths in a manifest are relative to its directory, so that a
 * manifest can sit beside its files and be run from anywhere. */
static char *manifest_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (strcmp(path, "-") == 0 || !slash)
		return NULL;
	return strndup(path, slash == path ? 1 : (size_t)(slash - path));
}

int batch_reader_open(batch_reader *r, const char *path, int stream)
{
	memset(r, 0, sizeof *r);
	r->stream = stream;
	r->name = stream || strcmp(path, "-") == 0 ? "-" : path;
	r->f = r->name[0] == '-' && !r->name[1] ? stdin : fopen(path, "rb");
	if (!r->f) {
		cli_error("%s: %s", path, strerror(errno));
		return 1;
	}
	if (!stream && strcmp(path, "-") != 0 && !(r->dir = manifest_dir(path)) && strchr(path, '/')) {
		cli_error("out of memory");
		batch_reader_close(r);
		return 1;
	}
	return 0;
}

void batch_reader_from(batch_reader *r, FILE *f, const char *name, int stream)
{
	memset(r, 0, sizeof *r);
	r->f = f;
	r->name = name;
	r->stream = stream;
	r->borrowed = 1;
}

void batch_reader_close(batch_reader *r)
{
	if (r->f && r->f != stdin && !r->borrowed)
		fclose(r->f);
	free(r->dir);
	free(r->buf);
	memset(r, 0, sizeof *r);
}

/* Blank lines, and in a manifest lines starting with '#', list no pair. */
static int skipped(const batch_reader *r, const char *line)
{
	return line[0] == '\0' || (!r->stream && line[0] == '#');
}

static void chomp(char *line, ssize_t *n)
{
	while (*n > 0 && (line[*n - 1] == '\n' || line[*n - 1] == '\r'))
		line[--*n] = '\0';
}

/* Splits a line at tabs into at most max fields; returns how many there
 * were (max + 1 when there were more). */
static int split_tabs(char *line, char **fields, int max)
{
	int n = 0;
	char *p = line;
	for (;;) {
		char *tab = strchr(p, '\t');
		if (n == max)
			return max + 1;
		fields[n++] = p;
		if (!tab)
			return n;
		*tab = '\0';
		p = tab + 1;
	}
}

/* An id fit for every output: valid UTF-8 (bad bytes become U+FFFD) with
 * control characters as spaces and U+FFFE/U+FFFF, which XML forbids, as
 * U+FFFD. */
static char *clean_id(const char *s)
{
	size_t len = strlen(s), i, replaced;
	char *id = strdup(s);
	if (!id || cli_replace_invalid(&id, &len, &replaced)) {
		free(id);
		return NULL;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)id[i];
		if (c < 0x20 || c == 0x7F)
			id[i] = ' ';
		else if (c == 0xEF && i + 2 < len && (unsigned char)id[i + 1] == 0xBF &&
		         ((unsigned char)id[i + 2] == 0xBE || (unsigned char)id[i + 2] == 0xBF))
			id[i + 2] = (char)0xBD;
	}
	return id;
}

static char *resolve(const batch_reader *r, const char *path)
{
	char *out;
	size_t n;
	if (path[0] == '/' || !r->dir)
		return strdup(path);
	n = strlen(r->dir) + strlen(path) + 2;
	if ((out = malloc(n)))
		snprintf(out, n, "%s/%s", r->dir, path);
	return out;
}

static int set_error(batch_job *job, const char *msg)
{
	return (job->error = strdup(msg)) ? 0 : -1;
}

/* A manifest line: vi_path TAB en_path [TAB id]; the id defaults to the
 * vi path as written, which stays the same when the manifest is cut into
 * shards or reordered. */
static int parse_manifest(const batch_reader *r, batch_job *job)
{
	char *f[3], idbuf[32];
	int n = split_tabs(job->buf, f, 3);
	const char *id = n == 3 && f[2][0] ? f[2] : n >= 1 && f[0][0] ? f[0] : NULL;
	if (!id) {
		snprintf(idbuf, sizeof idbuf, "line%zu", job->line);
		id = idbuf;
	}
	if (!(job->id = clean_id(id)))
		return -1;
	if (n < 2 || n > 3 || !f[0][0] || !f[1][0])
		return set_error(job, n > 3 ? "malformed manifest line: more than 3 tab-separated fields"
		                            : "malformed manifest line: want vi_path<TAB>en_path[<TAB>id]");
	/* a worker reading standard input would swallow the rest of a
	 * manifest read from it, and races the other workers anyway */
	if (strcmp(f[0], "-") == 0 || strcmp(f[1], "-") == 0)
		return set_error(job, "'-' (standard input) cannot be a document of a manifest: name a file");
	if (!(job->vi_path = resolve(r, f[0])) || !(job->en_path = resolve(r, f[1])))
		return -1;
	return 0;
}

/* A Bitextor line: the pair is named by both documents' ids (URLs, which
 * hold no space) joined by a space, so that both survive into the output. */
static int parse_stream(batch_job *job)
{
	char *f[4], idbuf[32];
	int n = split_tabs(job->buf, f, 4);
	size_t len;
	if (!f[0][0] && (n < 2 || !f[1][0])) {
		snprintf(idbuf, sizeof idbuf, "line%zu", job->line);
		job->id = clean_id(idbuf);
	} else {
		len = strlen(f[0]) + (n >= 2 ? strlen(f[1]) : 0) + 2;
		if ((job->id = malloc(len)))
			snprintf(job->id, len, "%s%s%s", f[0], n >= 2 ? " " : "", n >= 2 ? f[1] : "");
		if (job->id) {
			char *clean = clean_id(job->id);
			free(job->id);
			job->id = clean;
		}
	}
	if (!job->id)
		return -1;
	if (n != 4)
		return set_error(job, "malformed line: want vi_id<TAB>en_id<TAB>base64(vi)<TAB>base64(en)");
	job->vi_b64 = f[2];
	job->en_b64 = f[3];
	return 0;
}

int batch_reader_next(batch_reader *r, batch_job *job)
{
	ssize_t n;
	memset(job, 0, sizeof *job);
	errno = 0;
	while ((n = getline(&r->buf, &r->cap, r->f)) >= 0) {
		r->line++;
		chomp(r->buf, &n);
		if (skipped(r, r->buf))
			continue;
		job->line = r->line;
		job->buf = r->buf; /* the job takes the line; getline makes another */
		r->buf = NULL;
		r->cap = 0;
		if (r->stream ? parse_stream(job) : parse_manifest(r, job)) {
			batch_job_free(job);
			cli_error("%s:%zu: out of memory", r->name, r->line);
			return -1;
		}
		return 1;
	}
	if (ferror(r->f) || errno == ENOMEM) {
		cli_error("%s: read error: %s", r->name, strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

size_t batch_count_pairs(const char *path)
{
	struct stat st;
	FILE *f;
	char *line = NULL;
	size_t cap = 0, count = 0;
	ssize_t n;
	if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode) || !(f = fopen(path, "rb")))
		return 0;
	while ((n = getline(&line, &cap, f)) >= 0) {
		chomp(line, &n);
		count += line[0] != '\0' && line[0] != '#';
	}
	free(line);
	fclose(f);
	return count;
}
