/* dicts.c - --dict FILE (repeatable) and --dict-format: users' dictionaries
 * and glossaries, read once and added to every aligner a command makes
 * (batch's workers each have their own). */
#include <stdlib.h>
#include <string.h>
#include "cli.h"

int cli_parse_dict(cli_dicts *d, int argc, char **argv, int *i)
{
	const char *a = argv[*i], *v;
	if (cli_is_opt(a, "--dict-format")) {
		v = cli_opt_value(argc, argv, i, "--dict-format");
		return !v || vietalign_dict_format_parse(&d->next_format, v) ? -1 : 1;
	}
	if (!cli_is_opt(a, "--dict"))
		return 0;
	if (!(v = cli_opt_value(argc, argv, i, "--dict")) || d->n == CLI_DICTS_MAX)
		return -1;
	d->path[d->n] = v;
	d->format[d->n++] = d->next_format;
	return 1;
}

int cli_dicts_load(cli_dicts *d)
{
	size_t k;
	vietalign_aligner *probe = NULL;
	int rc = 0;
	for (k = 0; k < d->n && !rc; k++)
		rc = cli_read_file(&d->data[k], &d->len[k], d->path[k], NULL);
	/* checked once here, so that a bad line is told before any work */
	if (!rc)
		rc = cli_plain_aligner(&probe) || cli_dicts_apply(probe, d);
	vietalign_aligner_free(probe);
	return rc;
}

int cli_dicts_apply(vietalign_aligner *a, const cli_dicts *d)
{
	size_t k;
	for (k = 0; k < d->n; k++)
		if (vietalign_aligner_add_dictionary_buffer(a, d->data[k], d->len[k], d->path[k], d->format[k])) {
			cli_error("%s", vietalign_aligner_last_error(a));
			return 1;
		}
	return 0;
}

void cli_dicts_free(cli_dicts *d)
{
	size_t k;
	for (k = 0; k < d->n; k++)
		free(d->data[k]);
	memset(d, 0, sizeof *d);
}
