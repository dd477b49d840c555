/* options.c - parsing of option values shared by the commands. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"

int cli_parse_anchors(unsigned *out, const char *list)
{
	char buf[128], *tok, *next;
	if (strlen(list) >= sizeof buf)
		return 1;
	strcpy(buf, list);
	*out = 0;
	/* every item named: ",,", "" and "numbers," are mistakes, not "none" */
	for (tok = buf; tok; tok = next) {
		if ((next = strchr(tok, ',')))
			*next++ = '\0';
		if (strcmp(tok, "all") == 0)
			*out |= VIETALIGN_ANCHOR_ALL;
		else if (strcmp(tok, "none") == 0)
			*out |= 0;
		else if (strcmp(tok, "numbers") == 0)
			*out |= VIETALIGN_ANCHOR_NUMBERS;
		else if (strcmp(tok, "names") == 0)
			*out |= VIETALIGN_ANCHOR_NAMES;
		else if (strcmp(tok, "punct") == 0)
			*out |= VIETALIGN_ANCHOR_PUNCT;
		else if (strcmp(tok, "words") == 0)
			*out |= VIETALIGN_ANCHOR_WORDS;
		else if (strcmp(tok, "lexicon") == 0)
			*out |= VIETALIGN_ANCHOR_LEXICON;
		else if (strcmp(tok, "learned") == 0)
			*out |= VIETALIGN_ANCHOR_LEARNED;
		else
			return 1;
	}
	return 0;
}

const char *cli_opt_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);
	/* "-o --format tsv": the value is missing, "--format" is no path */
	if (strcmp(argv[*i], name) == 0)
		return *i + 1 < argc && strncmp(argv[*i + 1], "--", 2) != 0 ? argv[++*i] : NULL;
	if (strncmp(argv[*i], name, n) == 0 && argv[*i][n] == '=')
		return argv[*i] + n + 1;
	return NULL;
}

/* The names an option takes, for its messages ("" when it takes any). */
static const char *choices(const char *opt)
{
	if (cli_is_opt(opt, "--encoding"))
		return " (auto, utf-8, windows-1258, viscii, tcvn3 or vni)";
	return "";
}

void cli_bad_option(const char *cmd, char **argv, int start, int i)
{
	const char *eq = strchr(argv[start], '=');
	if (i > start)
		cli_error("%s: bad value '%s' for %s%s", cmd, argv[i], argv[start], choices(argv[start]));
	else if (eq && argv[start][0] == '-' && argv[start][1] == '-')
		cli_error("%s: bad value '%s' for %.*s%s", cmd, eq + 1, (int)(eq - argv[start]), argv[start],
		          choices(argv[start]));
	else
		cli_error("%s: unknown option, or no value after it: '%s'%s", cmd, argv[start], choices(argv[start]));
}

int cli_is_opt(const char *arg, const char *name)
{
	size_t n = strlen(name);
	return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

int cli_parse_count(unsigned long *out, const char *v, unsigned long lo, unsigned long hi)
{
	char *end;
	if (!v || *v == '-')
		return 1;
	*out = strtoul(v, &end, 10);
	return *end != '\0' || end == v || *out < lo || *out > hi;
}

int cli_parse_output(vietalign_write_options *w, cli_output_opts *o, int argc, char **argv, int *i)
{
	const char *a = argv[*i], *v;
	if (cli_is_opt(a, "-o") || cli_is_opt(a, "--output"))
		return (o->path = cli_opt_value(argc, argv, i, a[1] == 'o' ? "-o" : "--output")) ? 1 : -1;
	if (cli_is_opt(a, "--format")) {
		if (!(v = cli_opt_value(argc, argv, i, "--format")))
			return -1;
		/* moses files are cut from the TSV records */
		o->moses = strcmp(v, "moses") == 0;
		return o->moses                                ? (w->format = VIETALIGN_FORMAT_TSV, 1)
		       : vietalign_format_parse(&w->format, v) ? -1
		                                               : 1;
	}
	if (strcmp(a, "--header") == 0) {
		o->header = 1;
		return 1;
	}
	if (cli_is_opt(a, "--srclang"))
		return !(v = cli_opt_value(argc, argv, i, "--srclang")) || vietalign_lang_parse(&w->srclang, v) ? -1
		                                                                                                : 1;
	if (cli_is_opt(a, "--min-score"))
		return cli_parse_double(&w->min_score, cli_opt_value(argc, argv, i, "--min-score"), 0, 1) ? -1 : 1;
	if (strcmp(a, "--one-sided") == 0) {
		w->one_sided = 1;
		return 1;
	}
	if (strcmp(a, "--explain") == 0) {
		w->explain = 1;
		return 1;
	}
	return 0;
}

int cli_parse_input(cli_input_opts *io, const char *arg)
{
	if (strcmp(arg, "--replace-invalid") == 0)
		io->replace_invalid = 1;
	else if (strcmp(arg, "--any-language") == 0)
		io->check_lang = 0;
	else if (strcmp(arg, "--presplit") == 0)
		io->presplit = 1;
	else if (strcmp(arg, "--no-presplit") == 0)
		io->presplit = -1;
	else
		return 0;
	return 1;
}

int cli_parse_encoding(cli_input_opts *io, int argc, char **argv, int *i)
{
	const char *v;
	if (!cli_is_opt(argv[*i], "--encoding"))
		return 0;
	v = cli_opt_value(argc, argv, i, "--encoding");
	return !v || cli_encoding_parse(&io->encoding, v) ? -1 : 1;
}

int cli_parse_double(double *out, const char *v, double lo, double hi)
{
	char *end;
	if (!v)
		return 1;
	*out = strtod(v, &end);
	return *end != '\0' || end == v || !(*out >= lo && *out <= hi);
}

/* The scoring options both align and batch take: returns 1 when argv[*i]
 * is one of them and is fine, -1 when it is one but its value is bad, 0
 * when it is none of them. */
int cli_parse_scoring(vietalign_options *o, int argc, char **argv, int *i)
{
	const char *a = argv[*i];
	if (cli_is_opt(a, "--anchors")) {
		const char *v = cli_opt_value(argc, argv, i, "--anchors");
		return !v || cli_parse_anchors(&o->anchors, v) ? -1 : 1;
	}
	if (cli_is_opt(a, "--skip-prior"))
		/* a prior of 0 would forbid every omission: no path for texts of
		 * very different lengths */
		return cli_parse_double(&o->skip_prior, cli_opt_value(argc, argv, i, "--skip-prior"), 0, 0.5) ||
		                       o->skip_prior <= 0
		               ? -1
		               : 1;
	if (cli_is_opt(a, "--paragraph-weight"))
		return cli_parse_double(&o->paragraph_weight, cli_opt_value(argc, argv, i, "--paragraph-weight"), 0,
		                        100)
		               ? -1
		               : 1;
	if (cli_is_opt(a, "--search")) {
		const char *v = cli_opt_value(argc, argv, i, "--search");
		if (!v)
			return -1;
		if (strcmp(v, "auto") == 0)
			o->search = VIETALIGN_SEARCH_AUTO;
		else if (strcmp(v, "full") == 0)
			o->search = VIETALIGN_SEARCH_FULL;
		else if (strcmp(v, "corridor") == 0)
			o->search = VIETALIGN_SEARCH_CORRIDOR;
		else
			return -1;
		return 1;
	}
	if (strcmp(a, "--keep-sentences") == 0) {
		o->cut_sentences = 0;
		return 1;
	}
	if (cli_is_opt(a, "--margin")) {
		unsigned long m;
		if (cli_parse_count(&m, cli_opt_value(argc, argv, i, "--margin"), 1, 100000))
			return -1;
		o->margin = (size_t)m;
		return 1;
	}
	if (cli_is_opt(a, "--min-parallelism"))
		return cli_parse_double(&o->parallel_threshold, cli_opt_value(argc, argv, i, "--min-parallelism"), 0, 1)
		               ? -1
		               : 1;
	if (cli_is_opt(a, "--anchor-weight"))
		return cli_parse_double(&o->anchor_weight, cli_opt_value(argc, argv, i, "--anchor-weight"), 0, 100) ? -1
		                                                                                                    : 1;
	return 0;
}

void cli_default_options(vietalign_options *o)
{
	vietalign_options_init(o, VIETALIGN_OPTIONS_VERSION);
	o->give_back_memory = 1;
	o->cut_sentences = 1;
}

unsigned cli_cores(void)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	return cores < 1 ? 1 : cores > 1024 ? 1024 : (unsigned)cores;
}

time_t cli_source_date(void)
{
	const char *e = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long t;
	if (!e || !*e)
		return 0;
	t = strtoll(e, &end, 10);
	return *end == '\0' && t > 0 ? (time_t)t : 0;
}
