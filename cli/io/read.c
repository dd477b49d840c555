/* read.c - reading input files into documents. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

int cli_plain_aligner(vietalign_aligner **out)
{
	vietalign_options o;
	cli_default_options(&o);
	o.anchors = 0;
	if (vietalign_aligner_new(out, &o)) {
		cli_error("out of memory");
		return 1;
	}
	return 0;
}

int cli_read_file(char **out, size_t *len, const char *path, cli_buf *msgs)
{
	return cli_read_file_max(out, len, path, 0, msgs);
}

int cli_read_file_max(char **out, size_t *len, const char *path, size_t max, cli_buf *msgs)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;
	if (!f) {
		cli_say(msgs, "%s: %s", path, strerror(errno));
		return 1;
	}
	for (;;) {
		size_t got;
		if (n + 65536 > cap) {
			char *p;
			cap = cap ? cap * 2 : 1 << 20;
			p = realloc(buf, cap + 1);
			if (!p) {
				cli_say(msgs, "%s: out of memory", path);
				goto fail;
			}
			buf = p;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
		if (max && n > max) {
			cli_say(msgs, "%s: longer than %zu bytes (--max-doc-bytes): skipped", path, max);
			goto fail;
		}
	}
	if (ferror(f)) {
		cli_say(msgs, "%s: read error: %s", path, strerror(errno));
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
 * the two files swapped or the same file twice; one in a third language,
 * a crawler's or a file name's mistake. Without the fingerprints (their
 * package missing), the letters alone tell Vietnamese from English. */
static int wrong_language(cli_buf *msgs, vietalign_aligner *a, const char *path, const char *text, size_t len,
                          vietalign_lang want)
{
	const char *want_name = want == VIETALIGN_LANG_VI ? "Vietnamese" : "English";
	const char *code = NULL, *name = NULL;
	vietalign_lang got;
	double share = 0;
	int rc = vietalign_lang_identify(&code, &name, a, text, len);
	if (rc == VIETALIGN_OK) {
		if (strcmp(code, vietalign_lang_code(want)) == 0)
			return 0;
		cli_say(msgs, "%s: this looks like %s, not %s; use --any-language to align it anyway", path, name,
		        want_name);
		return 1;
	}
	if (rc != VIETALIGN_EIO || vietalign_lang_detect(&got, &share, text, len) != 0 || got == want)
		return 0;
	cli_say(msgs,
	        "%s: this looks like %s, not %s (%.1f%% of its letters carry Vietnamese diacritics); "
	        "use --any-language to align it anyway",
	        path, got == VIETALIGN_LANG_VI ? "Vietnamese" : "English", want_name, share * 100.0);
	return 1;
}

int cli_read_text(char **text, size_t *len, const char *path, const cli_input_opts *io)
{
	if (cli_read_file(text, len, path, NULL))
		return 1;
	if (cli_convert_encoding(text, len, path, io ? io->encoding : CLI_ENC_AUTO, NULL) ||
	    cli_prepare_text(text, len, path, io && io->replace_invalid, NULL)) {
		free(*text);
		*text = NULL;
		return 1;
	}
	return 0;
}

/* One segment per line when asked (--presplit), or when the text plainly
 * is so and --no-presplit was not given: then say which reading was used,
 * as a file of short lines may be either. */
static int segments_doc(vietalign_doc **out, vietalign_aligner *a, const char *name, const char *text, size_t len,
                        vietalign_lang lang, const cli_input_opts *io, cli_buf *msgs)
{
	int lines = io && io->presplit > 0;
	if (io && io->presplit == 0 && vietalign_text_is_line_segmented(text, len)) {
		lines = 1;
		cli_say(msgs,
		        "%s: one sentence per line: each line read as one segment (--no-presplit joins "
		        "lines into paragraphs)",
		        name);
	}
	return lines ? vietalign_doc_new_lines(out, a, text, len, lang) : vietalign_doc_new(out, a, text, len, lang);
}

int cli_text_doc(vietalign_doc **out, vietalign_aligner *a, const char *name, char **text, size_t *len,
                 vietalign_lang lang, const cli_input_opts *io, cli_buf *msgs)
{
	if (cli_convert_encoding(text, len, name, io ? io->encoding : CLI_ENC_AUTO, msgs) ||
	    cli_prepare_text(text, len, name, io && io->replace_invalid, msgs))
		return 1;
	if (io && io->max_bytes && *len > io->max_bytes) {
		cli_say(msgs, "%s: %zu bytes, over the limit of %zu (--max-doc-bytes): skipped", name, *len,
		        io->max_bytes);
		return 1;
	}
	if (io && io->check_lang && wrong_language(msgs, a, name, *text, *len, lang))
		return 1;
	if (segments_doc(out, a, name, *text, *len, lang, io, msgs)) {
		cli_say(msgs, "%s: %s", name, vietalign_aligner_last_error(a));
		return 1;
	}
	if (io && io->max_sentences && vietalign_doc_sentence_count(*out) > io->max_sentences) {
		cli_say(msgs, "%s: %zu sentences, over the limit of %zu (--max-doc-sentences): skipped", name,
		        vietalign_doc_sentence_count(*out), io->max_sentences);
		vietalign_doc_free(*out);
		*out = NULL;
		return 1;
	}
	return 0;
}

static int load_doc(vietalign_doc **out, vietalign_aligner *a, const char *path, vietalign_lang lang,
                    const cli_input_opts *io, char **keep, size_t *keep_len, cli_buf *msgs)
{
	char *text = NULL;
	size_t len = 0;
	int rc = cli_read_file_max(&text, &len, path, io ? io->max_bytes : 0, msgs);
	if (!rc)
		rc = cli_text_doc(out, a, path, &text, &len, lang, io, msgs);
	if (!rc && keep) {
		*keep = text;
		*keep_len = len;
	} else {
		free(text);
	}
	return rc;
}

int cli_load_doc(vietalign_doc **out, vietalign_aligner *a, const char *path, vietalign_lang lang,
                 const cli_input_opts *io, char **keep, size_t *keep_len)
{
	return load_doc(out, a, path, lang, io, keep, keep_len, NULL);
}

int cli_file_doc(vietalign_doc **out, vietalign_aligner *a, const char *path, vietalign_lang lang,
                 const cli_input_opts *io, cli_buf *msgs)
{
	return load_doc(out, a, path, lang, io, NULL, NULL, msgs);
}
