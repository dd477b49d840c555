/* segment.c - `vietalign segment FILE --lang vi|en`. */
#include <stdio.h>
#include <string.h>
#include "cli.h"

/* The sentence's text with " |KIND| " where each soft boundary lies (the
 * space before it replaced). */
static void print_soft(const vietalign_doc *doc, size_t i, const vietalign_sentence *s)
{
	size_t n = vietalign_doc_soft_boundary_count(doc, i), k, at = 0, off;
	const char *kind;
	for (k = 0; k < n && vietalign_doc_soft_boundary(&off, &kind, doc, i, k) == 0; k++) {
		fwrite(s->text + at, 1, off - 1 - at, stdout);
		printf(" |%s| ", kind);
		at = off;
	}
	fwrite(s->text + at, 1, s->text_length - at, stdout);
}

static void print_doc(const vietalign_doc *doc, int soft)
{
	size_t i, n = vietalign_doc_sentence_count(doc), last = 0;
	for (i = 0; i < n; i++) {
		vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
		vietalign_doc_sentence(&s, doc, i);
		if (i > 0 && s.paragraph != last)
			putchar('\n');
		last = s.paragraph;
		if (soft)
			print_soft(doc, i, &s);
		else
			fwrite(s.text, 1, s.text_length, stdout);
		putchar('\n');
	}
}

int cmd_segment(int argc, char **argv)
{
	const char *path = NULL, *lang_s = NULL;
	cli_input_opts io = {0, 0, CLI_ENC_AUTO, 0, 0, 0};
	vietalign_lang lang;
	vietalign_aligner *a = NULL;
	vietalign_doc *doc = NULL;
	int i, rc = 1, soft = 0;
	for (i = 1; i < argc; i++) {
		int start = i;
		if (cli_is_opt(argv[i], "--lang")) {
			if (!(lang_s = cli_opt_value(argc, argv, &i, "--lang")) ||
			    vietalign_lang_parse(&lang, lang_s)) {
				cli_bad_option("segment", argv, start, i);
				return EXIT_USAGE;
			}
		} else if (strcmp(argv[i], "--replace-invalid") == 0)
			io.replace_invalid = 1;
		else if (strcmp(argv[i], "--soft") == 0)
			soft = 1;
		else if (strcmp(argv[i], "--presplit") == 0)
			io.presplit = 1;
		else if (strcmp(argv[i], "--no-presplit") == 0)
			io.presplit = -1;
		else if (cli_is_opt(argv[i], "--encoding")) {
			if (cli_parse_encoding(&io, argc, argv, &i) < 0) {
				cli_bad_option("segment", argv, start, i);
				return EXIT_USAGE;
			}
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			cli_bad_option("segment", argv, start, i);
			return EXIT_USAGE;
		} else if (!path)
			path = argv[i];
		else {
			cli_error("segment: one FILE only");
			return EXIT_USAGE;
		}
	}
	if (!path || !lang_s || vietalign_lang_parse(&lang, lang_s)) {
		cli_error("usage: vietalign segment FILE --lang vi|en [--soft]");
		return EXIT_USAGE;
	}
	if (cli_plain_aligner(&a))
		return 1;
	if (cli_load_doc(&doc, a, path, lang, &io, NULL, NULL) == 0) {
		print_doc(doc, soft);
		rc = cli_stdout_done();
	}
	vietalign_doc_free(doc);
	vietalign_aligner_free(a);
	return rc;
}
