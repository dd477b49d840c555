/* convert.c - `vietalign convert IN.tmx --format tsv|jsonl|moses|tmx`:
 * another tool's translation memory (or vietalign's) as vietalign's
 * other outputs, read through the library's TMX reader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "report/tmx_read.h"

typedef enum { TO_TSV, TO_JSONL, TO_MOSES, TO_TMX } target;

typedef struct {
	const char *in, *out;
	target to;
	double min_score;
	vietalign_tmx_read_options ropts;
} convert_args;

/* The outputs: one file, or the three Moses files, or the TMX writer. */
typedef struct {
	const convert_args *args;
	cli_out files[3]; /* [0] alone, or PREFIX.vi, .en, .scores */
	size_t nfiles;
	cli_buf rec; /* one record, reused */
	vietalign_aligner *aligner;
	vietalign_tmx_writer *tmx;
	size_t written;
	int failed;
} convert_run;

static const char usage_line[] = "usage: vietalign convert IN.tmx --format tsv|jsonl|moses|tmx [-o OUT] "
				 "[--tags drop|keep] [--min-score X]";

static int parse_target(target *t, const char *v)
{
	static const char *const names[] = {"tsv", "jsonl", "moses", "tmx"};
	int i;
	for (i = 0; v && i < 4; i++)
		if (strcmp(v, names[i]) == 0) {
			*t = (target)i;
			return 0;
		}
	return 1;
}

static int parse_one(convert_args *a, int argc, char **argv, int *i)
{
	const char *arg = argv[*i], *v;
	if (cli_is_opt(arg, "-o") || cli_is_opt(arg, "--output"))
		return !(a->out = cli_opt_value(argc, argv, i, arg[1] == 'o' ? "-o" : "--output"));
	if (cli_is_opt(arg, "--format"))
		return parse_target(&a->to, cli_opt_value(argc, argv, i, "--format"));
	if (cli_is_opt(arg, "--min-score"))
		return cli_parse_double(&a->min_score, cli_opt_value(argc, argv, i, "--min-score"), 0, 1);
	if (cli_is_opt(arg, "--tags")) {
		if (!(v = cli_opt_value(argc, argv, i, "--tags")))
			return 1;
		a->ropts.tags = strcmp(v, "keep") == 0 ? VIETALIGN_TMX_TAGS_KEEP : VIETALIGN_TMX_TAGS_DROP;
		return strcmp(v, "keep") != 0 && strcmp(v, "drop") != 0;
	}
	return 1;
}

/* No output may be the input (or, for Moses, another output). */
static int refuse_clobber(const convert_args *a)
{
	static const char *const ext[] = {".vi", ".en", ".scores"};
	char paths[3][4096];
	cli_named in = {"IN.tmx", a->in}, out[3];
	size_t i, n = a->to == TO_MOSES ? 3 : 1;
	for (i = 0; i < n; i++) {
		snprintf(paths[i], sizeof paths[i], "%s%s", a->out ? a->out : "-", a->to == TO_MOSES ? ext[i] : "");
		out[i].label = "-o";
		out[i].path = a->out ? paths[i] : NULL;
	}
	return cli_check_outputs("convert", &in, 1, out, n) ? EXIT_USAGE : 0;
}

static int parse_args(convert_args *a, int argc, char **argv)
{
	const vietalign_tmx_read_options defaults = VIETALIGN_TMX_READ_OPTIONS_INIT;
	int i, have_format = 0;
	memset(a, 0, sizeof *a);
	a->ropts = defaults;
	for (i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1] != '\0') {
			have_format |= cli_is_opt(argv[i], "--format");
			if (parse_one(a, argc, argv, &i)) {
				cli_error("convert: bad or incomplete option '%s'", argv[i]);
				return EXIT_USAGE;
			}
		} else if (!a->in) {
			a->in = argv[i];
		} else {
			cli_error("convert: one input file only (merge joins several)");
			return EXIT_USAGE;
		}
	}
	if (!a->in || !have_format || (a->to == TO_MOSES && (!a->out || strcmp(a->out, "-") == 0))) {
		cli_error(a->to == TO_MOSES && have_format ? "convert: --format moses needs -o PREFIX" : usage_line);
		return EXIT_USAGE;
	}
	return refuse_clobber(a);
}

/* ----------------------------------------------------------- writing */

static int out_write(const char *data, size_t len, void *payload)
{
	return cli_out_write(payload, data, len);
}

static int open_outputs(convert_run *r)
{
	const convert_args *a = r->args;
	static const char *const ext[] = {".vi", ".en", ".scores"};
	char path[4096];
	vietalign_write_options w = VIETALIGN_WRITE_OPTIONS_INIT;
	size_t i;
	if (a->to != TO_MOSES) {
		r->nfiles = 1;
		if (cli_out_open(&r->files[0], a->out, 0))
			return 1;
	} else {
		for (i = 0; i < 3; i++) {
			snprintf(path, sizeof path, "%s%s", a->out, ext[i]);
			if (cli_out_open(&r->files[i], path, 0))
				return 1;
			r->nfiles = i + 1;
		}
	}
	if (a->to != TO_TMX)
		return 0;
	w.creation_date = cli_source_date();
	w.min_score = a->min_score;
	if (cli_plain_aligner(&r->aligner) ||
	    vietalign_tmx_writer_new(&r->tmx, r->aligner, &w, out_write, &r->files[0])) {
		cli_error("%s: cannot start the TMX", a->out ? a->out : "standard output");
		return 1;
	}
	return 0;
}

/* Moses: the TSV record's first three fields, one file each. */
static int write_moses(convert_run *r)
{
	const char *p = r->rec.data;
	size_t i;
	for (i = 0; i < 3; i++) {
		size_t n = strcspn(p, "\t");
		if (cli_out_write(&r->files[i], p, n) || cli_out_write(&r->files[i], "\n", 1))
			return 1;
		p += n + 1;
	}
	return 0;
}

static int on_unit(const vietalign_tmx_unit *u, void *payload)
{
	convert_run *r = payload;
	int rc;
	if (u->score >= 0 && u->score < r->args->min_score)
		return 0;
	if (r->tmx)
		return vietalign_tmx_writer_add_unit(r->tmx, u) ? (r->failed = 1) : 0;
	r->rec.len = 0;
	rc = r->args->to == TO_JSONL ? cli_unit_jsonl(&r->rec, u) : cli_unit_tsv(&r->rec, u);
	if (!rc)
		rc = r->args->to == TO_MOSES ? write_moses(r) : cli_out_write(&r->files[0], r->rec.data, r->rec.len);
	if (rc)
		r->failed = 1;
	else
		r->written++;
	return rc;
}

/* Why writing failed: a file's error, else the records' memory. */
static const char *why_failed(const convert_run *r)
{
	size_t i;
	for (i = 0; i < r->nfiles; i++)
		if (r->files[i].failed)
			return strerror(r->files[i].failed);
	return "out of memory";
}

static int finish(convert_run *r, int rc)
{
	size_t i;
	if (!rc && r->tmx && vietalign_tmx_writer_finish(r->tmx))
		r->failed = rc = 1;
	if (r->failed)
		cli_error("%s: write error: %s", r->args->out ? r->args->out : "standard output", why_failed(r));
	for (i = 0; i < r->nfiles && !rc; i++)
		rc = cli_out_commit(&r->files[i]);
	for (i = 0; i < r->nfiles && rc; i++)
		cli_out_abort(&r->files[i]);
	vietalign_tmx_writer_free(r->tmx);
	vietalign_aligner_free(r->aligner);
	cli_buf_free(&r->rec);
	return rc;
}

int cmd_convert(int argc, char **argv)
{
	convert_args a;
	convert_run r;
	tmx_stats stats;
	int rc;
	if ((rc = parse_args(&a, argc, argv)) != 0)
		return rc;
	memset(&r, 0, sizeof r);
	r.args = &a;
	rc = open_outputs(&r) || tmx_read(a.in, "converted", &a.ropts, on_unit, &r, &stats);
	return finish(&r, rc) ? 1 : 0;
}
