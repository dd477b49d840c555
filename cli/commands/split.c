/* split.c - `vietalign split FILE --vi OUT_VI --en OUT_EN`: the two
 * languages of one mixed file, written apart for a look before aligning. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

/* Both outputs are opened before either is written (a path that cannot
 * be written fails the command before anything changes), written, then
 * renamed into place. */
static int write_both(const char *vi_out, const char *vi, size_t vlen, const char *en_out, const char *en,
                      size_t elen)
{
	cli_out o[2];
	int rc = 1;
	if (cli_out_open(&o[0], vi_out, 0))
		return 1;
	if (!cli_out_open(&o[1], en_out, 0)) {
		cli_out_write(&o[0], vi, vlen);
		cli_out_write(&o[1], en, elen);
		rc = cli_out_commit(&o[0]) || cli_out_commit(&o[1]);
		cli_out_abort(&o[1]);
	}
	cli_out_abort(&o[0]);
	return rc;
}

/* Only white space (or nothing): one language was missing from the file. */
static int blank(const char *s, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

int cli_split_file(char **vi, size_t *vlen, char **en, size_t *elen, vietalign_aligner *a, const char *path,
                   const cli_input_opts *io)
{
	char *text;
	size_t len;
	int rc;
	if (cli_read_text(&text, &len, path, io))
		return 1;
	rc = vietalign_text_split(vi, vlen, en, elen, a, text, len);
	free(text);
	if (rc) {
		cli_error("%s: %s", path, vietalign_aligner_last_error(a));
		return 1;
	}
	if (blank(*vi, *vlen) || blank(*en, *elen)) {
		cli_error("%s: no %s paragraph found: the file is in %s only, there is nothing to split", path,
		          blank(*vi, *vlen) ? "Vietnamese" : "English", blank(*vi, *vlen) ? "English" : "Vietnamese");
		vietalign_buffer_free(*vi);
		vietalign_buffer_free(*en);
		*vi = *en = NULL;
		return 1;
	}
	return 0;
}

int cmd_split(int argc, char **argv)
{
	const char *path = NULL, *vi_out = NULL, *en_out = NULL;
	cli_input_opts io = { 0, 0, CLI_ENC_AUTO, 0, 0, 0 };
	vietalign_aligner *a = NULL;
	char *vi = NULL, *en = NULL;
	size_t vlen = 0, elen = 0;
	int i, rc = 1;
	for (i = 1; i < argc; i++) {
		int start = i;
		if (cli_is_opt(argv[i], "--vi") || cli_is_opt(argv[i], "--en")) {
			const char **to = argv[i][2] == 'v' ? &vi_out : &en_out;
			if (!(*to = cli_opt_value(argc, argv, &i, argv[i][2] == 'v' ? "--vi" : "--en"))) {
				cli_bad_option("split", argv, start, i);
				return EXIT_USAGE;
			}
		} else if (strcmp(argv[i], "--replace-invalid") == 0)
			io.replace_invalid = 1;
		else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			cli_bad_option("split", argv, start, i);
			return EXIT_USAGE;
		} else if (!path)
			path = argv[i];
		else {
			cli_error("split: one FILE only");
			return EXIT_USAGE;
		}
	}
	if (!path || !vi_out || !en_out) {
		cli_error("usage: vietalign split FILE --vi OUT_VI --en OUT_EN");
		return EXIT_USAGE;
	}
	{
		const cli_named in = { "FILE", path }, out[] = { { "--vi", vi_out }, { "--en", en_out } };
		if (cli_check_outputs("split", &in, 1, out, 2))
			return EXIT_USAGE;
	}
	if (cli_plain_aligner(&a))
		return 1;
	if (cli_split_file(&vi, &vlen, &en, &elen, a, path, &io) == 0)
		rc = write_both(vi_out, vi, vlen, en_out, en, elen);
	vietalign_buffer_free(vi);
	vietalign_buffer_free(en);
	vietalign_aligner_free(a);
	return rc;
}
