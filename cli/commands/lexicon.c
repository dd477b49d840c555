/* lexicon.c - `vietalign lexicon [--table words|places]`: the built-in
 * tables in the TSV dictionary format, for users to start a glossary
 * from (--dict reads it back). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "cli.h"

static int print_table(unsigned table)
{
	size_t len = 0;
	const char *t = vietalign_lexicon_builtin(table, &len);
	if (!t || fwrite(t, 1, len, stdout) != len)
		return 1;
	return len && t[len - 1] != '\n' ? putchar('\n') == EOF : 0;
}

int cmd_lexicon(int argc, char **argv)
{
	int words = 1, places = 1, i, rc;
	for (i = 1; i < argc; i++) {
		const char *v = cli_opt_value(argc, argv, &i, "--table");
		if (v && strcmp(v, "words") == 0)
			places = 0;
		else if (v && strcmp(v, "places") == 0)
			words = 0;
		else {
			cli_error("usage: vietalign lexicon [--table words|places]");
			return EXIT_USAGE;
		}
	}
	errno = 0;
	rc = (words && print_table(VIETALIGN_LEXICON_WORDS)) || (places && print_table(VIETALIGN_LEXICON_PLACES));
	if (rc) {
		cli_error("standard output: write error: %s", strerror(errno ? errno : EIO));
		return 1;
	}
	return cli_stdout_done();
}
