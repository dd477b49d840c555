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
static int write_both(const char *vi_out, const char *vi, size_t vlen, const char *en_out, const char *en, size_t elen)
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

/* The length of the paragraph at text (up to a blank line or the end). */
static size_t paragraph_length(const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		if (p + 1 < end && p[1] == '\n')
			return (size_t)(p - text);
		p++;
	}
	return len;
}

/* Flags each paragraph of one part of a mixed page that is written in a
 * third language (a page often holds a menu or a quote in another one):
 * a warning naming the language and the paragraph's start. */
static void flag_foreign(vietalign_aligner *a, const char *path, const char *part, const char *text, size_t len)
{
	size_t at = 0;
	while (at < len) {
		size_t n = paragraph_length(text + at, len - at);
		const char *code = NULL, *name = NULL;
		size_t shown = n < 40 ? n : 40;
		while (shown < n && ((unsigned char)text[at + shown] & 0xC0) == 0x80)
			shown--; /* whole characters only */
		if (vietalign_lang_identify(&code, &name, a, text + at, n) == VIETALIGN_OK && strcmp(code, "vi") != 0 &&
		    strcmp(code, "en") != 0)
			cli_error("%s: warning: a paragraph of its %s part looks like %s: \"%.*s…\"", path, part, name,
			          (int)shown, text + at);
		at += n;
		while (at < len && text[at] == '\n')
			at++;
	}
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
	flag_foreign(a, path, "Vietnamese", *vi, *vlen);
	flag_foreign(a, path, "English", *en, *elen);
	return 0;
}

int cmd_split(int argc, char **argv)
{
	const char *path = NULL, *vi_out = NULL, *en_out = NULL;
	cli_input_opts io = {0, 0, CLI_ENC_AUTO, 0, 0, 0};
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
		} else if (strcmp(argv[i], "--replace-invalid") == 0) {
			io.replace_invalid = 1;
		} else if (cli_is_opt(argv[i], "--encoding")) {
			if (cli_parse_encoding(&io, argc, argv, &i) < 0) {
				cli_bad_option("split", argv, start, i);
				return EXIT_USAGE;
			}
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
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
		cli_error("usage: vietalign split FILE --vi OUT_VI --en OUT_EN [--encoding NAME]");
		return EXIT_USAGE;
	}
	{
		const cli_named in = {"FILE", path}, out[] = {{"--vi", vi_out}, {"--en", en_out}};
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
