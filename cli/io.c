/* io.c - reading input files and reporting errors the same way everywhere. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("vietalign: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_plain_aligner(vietalign_aligner **out)
{
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	o.anchors = 0;
	if (vietalign_aligner_new(out, &o)) {
		cli_error("out of memory");
		return 1;
	}
	return 0;
}

int cli_read_file(char **out, size_t *len, const char *path)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;
	if (!f) {
		cli_error("%s: %s", path, strerror(errno));
		return 1;
	}
	for (;;) {
		size_t got;
		if (n + 65536 > cap) {
			char *p;
			cap = cap ? cap * 2 : 1 << 20;
			p = realloc(buf, cap + 1);
			if (!p) {
				cli_error("%s: out of memory", path);
				goto fail;
			}
			buf = p;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		cli_error("%s: read error: %s", path, strerror(errno));
		goto fail;
	}
	if (f != stdin)
		fclose(f);
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
fail:
	if (f != stdin)
		fclose(f);
	free(buf);
	return 1;
}

/* A Vietnamese file that reads as English, or the reverse, is most likely
 * the two files swapped or the same file twice. */
static int wrong_language(const char *path, const char *text, size_t len, vietalign_lang want)
{
	vietalign_lang got;
	double share = 0;
	if (vietalign_lang_detect(&got, &share, text, len) != 0 || got == want)
		return 0;
	cli_error("%s: this looks like %s, not %s (%.1f%% of its letters carry Vietnamese diacritics); "
	          "use --any-language to align it anyway",
	          path, got == VIETALIGN_LANG_VI ? "Vietnamese" : "English",
	          want == VIETALIGN_LANG_VI ? "Vietnamese" : "English", share * 100.0);
	return 1;
}

int cli_read_text(char **text, size_t *len, const char *path, const cli_input_opts *io)
{
	if (cli_read_file(text, len, path))
		return 1;
	if (cli_prepare_text(text, len, path, io && io->replace_invalid)) {
		free(*text);
		*text = NULL;
		return 1;
	}
	return 0;
}

int cli_load_doc(vietalign_doc **out, vietalign_aligner *a, const char *path, vietalign_lang lang,
                 const cli_input_opts *io, char **keep, size_t *keep_len)
{
	char *text;
	size_t len;
	int rc;
	if (cli_read_text(&text, &len, path, io))
		return 1;
	if (io && io->check_lang && wrong_language(path, text, len, lang)) {
		free(text);
		return 1;
	}
	rc = vietalign_doc_new(out, a, text, len, lang);
	if (keep) {
		*keep = text;
		*keep_len = len;
	} else {
		free(text);
	}
	if (rc) {
		cli_error("%s: %s", path, vietalign_aligner_last_error(a));
		return 1;
	}
	return 0;
}
