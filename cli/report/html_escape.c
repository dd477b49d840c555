/* html_escape.c - text into the HTML pages the commands write. */
#include "cli.h"

void cli_html_escape_n(FILE *f, const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n && s[i]; i++) {
		switch (s[i]) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(s[i], f);
		}
	}
}

void cli_html_escape(FILE *f, const char *s)
{
	cli_html_escape_n(f, s, (size_t)-1);
}
