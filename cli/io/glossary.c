/* glossary.c - `check --glossary FILE`: a TSV of terms, `EN<TAB>VI` for a
 * required translation, `!<TAB>VI` for a forbidden Vietnamese term; lines
 * starting with # are comments. */
#include <stdlib.h>
#include <string.h>
#include "cli.h"

int cli_glossary_load(cli_glossary *g, const char *path)
{
	char *line, *next;
	size_t len, n = 0, cap = 0, no = 0;
	memset(g, 0, sizeof *g);
	if (cli_read_file(&g->text, &len, path, NULL))
		return 1; /* the error named the file */
	for (line = g->text; line && *line; line = next) {
		char *tab, *end;
		vietalign_term *t;
		no++;
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if ((end = strchr(line, '\r')))
			*end = '\0';
		if (!*line || *line == '#')
			continue;
		if (!(tab = strchr(line, '\t')) || !tab[1] || tab == line) {
			cli_error("%s:%zu: a glossary line is EN<TAB>VI or !<TAB>VI", path, no);
			cli_glossary_free(g);
			return 1;
		}
		*tab = '\0';
		if (n == cap) {
			cap = cap ? 2 * cap : 32;
			if (!(t = realloc(g->terms, cap * sizeof *t))) {
				cli_error("%s: out of memory", path);
				cli_glossary_free(g);
				return 1;
			}
			g->terms = t;
		}
		t = &g->terms[n++];
		t->forbidden = strcmp(line, "!") == 0;
		t->source = t->forbidden ? NULL : line;
		t->target = tab + 1;
	}
	g->count = n;
	return 0;
}

void cli_glossary_free(cli_glossary *g)
{
	free(g->terms);
	free(g->text);
	memset(g, 0, sizeof *g);
}
