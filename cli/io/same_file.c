/* same_file.c - an output must never be one of the inputs, nor another
 * output: files are compared by identity (device and inode, links
 * followed), not by name, so that a symbolic link, a hard link or
 * "./v.txt" against "v.txt" cannot slip through. */
#define _GNU_SOURCE /* realpath, strndup */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"

int cli_file_id_of(cli_file_id *id, const char *path)
{
	struct stat st;
	int rc = !path ? -1 : strcmp(path, "-") == 0 ? fstat(STDIN_FILENO, &st) : stat(path, &st);
	memset(id, 0, sizeof *id);
	if (rc != 0)
		return 0; /* not there yet: it cannot be an input */
	id->exists = 1;
	id->regular = S_ISREG(st.st_mode);
	id->dev = st.st_dev;
	id->ino = st.st_ino;
	return 1;
}

int cli_file_id_same(const cli_file_id *a, const cli_file_id *b)
{
	return a->exists && b->exists && a->dev == b->dev && a->ino == b->ino;
}

/* Standard output ("-" or none) is no file of ours to compare; neither is
 * a device or a pipe, written in place (two outputs to /dev/null are
 * fine). */
static int output_file(cli_file_id *id, const char *path)
{
	return path && strcmp(path, "-") != 0 && cli_file_id_of(id, path) && id->regular;
}

/* A file not there yet, by name: its directory resolved, then its base
 * name ("out/../x" and "x" are the same file to be). NULL when the
 * directory cannot be resolved (nothing can then be written there). */
static char *future_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
	char *real = dir ? realpath(dir, NULL) : NULL, *out = NULL;
	size_t n;
	if (real) {
		n = strlen(real) + strlen(slash ? slash + 1 : path) + 2;
		if ((out = malloc(n)))
			snprintf(out, n, "%s/%s", real, slash ? slash + 1 : path);
	}
	free(dir);
	free(real);
	return out;
}

/* Two outputs that are one file: the same identity, or the same name
 * for files that do not exist yet. */
static int same_output(const char *a, const char *b)
{
	cli_file_id ia, ib;
	char *na, *nb;
	int same;
	if (!a || !b || strcmp(a, "-") == 0 || strcmp(b, "-") == 0)
		return 0;
	if (cli_file_id_of(&ia, a) | cli_file_id_of(&ib, b))
		return ia.regular && cli_file_id_same(&ia, &ib);
	na = future_name(a);
	nb = future_name(b);
	same = na && nb && strcmp(na, nb) == 0;
	free(na);
	free(nb);
	return same;
}

int cli_check_outputs(const char *cmd, const cli_named *inputs, size_t nin, const cli_named *outputs, size_t nout)
{
	size_t i, k;
	for (i = 0; i < nout; i++) {
		cli_file_id out, other;
		if (!output_file(&out, outputs[i].path))
			continue;
		for (k = 0; k < nin; k++) {
			if (inputs[k].path && cli_file_id_of(&other, inputs[k].path) &&
			    cli_file_id_same(&out, &other)) {
				cli_error(
					"%s: the output %s '%s' is the input %s '%s': refused, it would be overwritten",
					cmd, outputs[i].label, outputs[i].path, inputs[k].label, inputs[k].path);
				return 1;
			}
		}
	}
	for (i = 0; i < nout; i++) {
		for (k = 0; k < i; k++) {
			if (same_output(outputs[k].path, outputs[i].path)) {
				cli_error(
					"%s: the outputs %s '%s' and %s '%s' are the same file: refused, one would be lost",
					cmd, outputs[k].label, outputs[k].path, outputs[i].label, outputs[i].path);
				return 1;
			}
		}
	}
	return 0;
}
