/* check.c - `vietalign check VI_FILE EN_FILE`: aligns, then reports for a
 * reviewer the library's findings (vietalign_check()): what the
 * translation left out, added or changed, with line and column of the
 * item in each input file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "report/finding_out.h"
#include "report/html.h"
#include "report/memory_consistency.h"
#include "report/tmx_read.h"

#define USAGE \
	"usage: vietalign check VI_FILE EN_FILE | FILE.tmx [--json] [--html REPORT.html] [--srclang en|vi] " \
	"[--severity error|warning|note] [--ignore KIND[,KIND]] [--baseline FINDINGS.jsonl] [--dict FILE]... [--glossary TERMS.tsv] " \
	"[--encoding NAME]"

typedef struct {
	const char *vi_path, *en_path, *html_path, *baseline_path, *glossary_path;
	cli_glossary glossary;
	const char *ignore[32];
	size_t nignore;
	char (*baseline)[17];
	size_t nbaseline;
	vietalign_check_options opts;
	int json;
	cli_input_opts io; /* --presplit, --encoding (of a pair's files) */
	cli_dicts dicts;   /* --dict: the aligner's dictionaries and the glossary */
	vietalign_glossary *dict_terms[CLI_DICTS_MAX];
	vietalign_term *terms; /* --dict's terms, then --glossary's */
	size_t problems, accepted;
} check_ctx;

static int ignored(const check_ctx *c, const vietalign_finding *f)
{
	size_t k;
	char key[17];
	for (k = 0; k < c->nignore; k++) {
		size_t n = strcspn(c->ignore[k], ",");
		const char *p = c->ignore[k];
		while (*p) {
			n = strcspn(p, ",");
			if (n == strlen(f->kind) && strncmp(p, f->kind, n) == 0)
				return 1;
			p += n + (p[n] == ',');
		}
	}
	finding_key(key, f);
	return baseline_has(c->baseline, c->nbaseline, key);
}

/* Checks one alignment and prints what is left after --ignore and the
 * baseline; keeps the printed findings' indices in *shown for the HTML. */
static int run(check_ctx *c, const vietalign_alignment *al, const finding_files *files, vietalign_findings **out,
               size_t **shown, size_t *nshown)
{
	vietalign_findings *f = NULL;
	size_t i, n;
	int rc = vietalign_check(&f, al, &c->opts);
	*shown = NULL;
	*nshown = 0;
	if (rc) {
		cli_error("%s: cannot check: %s", files->vi_path,
		          rc == VIETALIGN_ENOMEM ? "out of memory" : "bad argument");
		return 1;
	}
	n = vietalign_findings_count(f);
	if (n && !(*shown = malloc(n * sizeof **shown))) {
		vietalign_findings_free(f);
		cli_error("%s: out of memory", files->vi_path);
		return 1;
	}
	for (i = 0; i < n; i++) {
		const vietalign_finding *x = vietalign_findings_get(f, i);
		if (ignored(c, x)) {
			c->accepted++;
			continue;
		}
		(*shown)[(*nshown)++] = i;
		finding_print(stdout, x, files, c->json);
		c->problems++;
	}
	*out = f;
	return 0;
}

static int bad_option(char **argv, int start, int i)
{
	cli_bad_option("check", argv, start, i);
	return EXIT_USAGE;
}

/* One option with a value: *out receives it; 1 when argv[*i] is it. */
static int value_opt(int argc, char **argv, int *i, const char *name, const char **out, int *bad)
{
	int start = *i;
	if (!cli_is_opt(argv[*i], name))
		return 0;
	if (!(*out = cli_opt_value(argc, argv, i, name)))
		*bad = bad_option(argv, start, *i);
	return 1;
}

/* The terms of the --dict files and of --glossary, as one list. */
static int load_terms(check_ctx *c)
{
	vietalign_aligner *a = NULL;
	size_t k, n = c->glossary.count, at = 0;
	int rc = 0;
	if (!c->dicts.n && !n)
		return 0;
	if (c->dicts.n && (cli_dicts_load(&c->dicts) || cli_plain_aligner(&a)))
		return 1;
	for (k = 0; k < c->dicts.n && !rc; k++) {
		size_t m;
		if (vietalign_glossary_new(&c->dict_terms[k], a, c->dicts.data[k], c->dicts.len[k], c->dicts.path[k],
		                           c->dicts.format[k])) {
			cli_error("%s", vietalign_aligner_last_error(a));
			rc = 1;
		} else {
			vietalign_glossary_terms(c->dict_terms[k], &m);
			n += m;
		}
	}
	vietalign_aligner_free(a);
	if (rc || !n)
		return rc;
	if (!(c->terms = malloc(n * sizeof *c->terms))) {
		cli_error("check: out of memory reading the glossary");
		return 1;
	}
	for (k = 0; k < c->dicts.n; k++) {
		size_t m;
		const vietalign_term *t = vietalign_glossary_terms(c->dict_terms[k], &m);
		memcpy(c->terms + at, t, m * sizeof *t);
		at += m;
	}
	if (c->glossary.count)
		memcpy(c->terms + at, c->glossary.terms, c->glossary.count * sizeof *c->terms);
	c->opts.terms = c->terms;
	c->opts.term_count = n;
	return 0;
}

static int parse(check_ctx *c, int argc, char **argv)
{
	int i, bad = 0;
	for (i = 1; i < argc && !bad; i++) {
		const char *a = argv[i], *v = NULL, *ignore = NULL;
		int start = i;
		if (strcmp(a, "--json") == 0)
			c->json = 1;
		else if (value_opt(argc, argv, &i, "--html", &c->html_path, &bad) ||
		         value_opt(argc, argv, &i, "--baseline", &c->baseline_path, &bad) ||
		         value_opt(argc, argv, &i, "--glossary", &c->glossary_path, &bad))
			;
		else if (value_opt(argc, argv, &i, "--ignore", &ignore, &bad)) {
			if (ignore && c->nignore < 32)
				c->ignore[c->nignore++] = ignore;
		} else if (value_opt(argc, argv, &i, "--severity", &v, &bad)) {
			if (!v)
				;
			else if (strcmp(v, "error") == 0)
				c->opts.min_severity = VIETALIGN_SEVERITY_ERROR;
			else if (strcmp(v, "warning") == 0)
				c->opts.min_severity = VIETALIGN_SEVERITY_WARNING;
			else if (strcmp(v, "note") == 0)
				c->opts.min_severity = VIETALIGN_SEVERITY_NOTE;
			else {
				cli_error("check: --severity takes error, warning or note, not '%s'", v);
				return EXIT_USAGE;
			}
		} else if (value_opt(argc, argv, &i, "--srclang", &v, &bad)) {
			if (v && vietalign_lang_parse(&c->opts.source, v))
				return bad_option(argv, start, i);
		} else if (strcmp(a, "--presplit") == 0) {
			c->io.presplit = 1;
		} else if (strcmp(a, "--no-presplit") == 0) {
			c->io.presplit = -1;
		} else if (cli_is_opt(a, "--encoding")) {
			if (cli_parse_encoding(&c->io, argc, argv, &i) < 0)
				return bad_option(argv, start, i);
		} else if (cli_is_opt(a, "--dict") || cli_is_opt(a, "--dict-format")) {
			if (cli_parse_dict(&c->dicts, argc, argv, &i) < 0)
				return EXIT_USAGE;
		} else if (a[0] == '-' && a[1] != '\0') {
			return bad_option(argv, start, i);
		} else if (!c->vi_path)
			c->vi_path = a;
		else if (!c->en_path)
			c->en_path = a;
		else {
			cli_error("check: too many files");
			return EXIT_USAGE;
		}
	}
	if (bad)
		return bad;
	if (!c->vi_path || (!c->en_path && !tmx_path(c->vi_path))) {
		cli_error(USAGE);
		return EXIT_USAGE;
	}
	if (c->glossary_path && cli_glossary_load(&c->glossary, c->glossary_path))
		return 1;
	if (load_terms(c))
		return 1;
	return c->baseline_path && baseline_load(&c->baseline, &c->nbaseline, c->baseline_path) ? 1 : 0;
}

/* A translation memory: each unit's two segments checked as a small pair. */
typedef struct {
	check_ctx *c;
	vietalign_aligner *a;
	const char *path;
	int rc;
	size_t number;     /* of the unit, among those with both languages */
	size_t failed;     /* units that could not be checked */
	memory_units *mem; /* the units, compared with each other at the end */
	int nomem;
} tmx_ctx;

static int check_unit(const vietalign_tmx_unit *u, void *payload)
{
	tmx_ctx *t = payload;
	const char *vi = u->vi, *en = u->en;
	long line = u->line;
	size_t number = ++t->number;
	vietalign_doc *dv = NULL, *de = NULL;
	vietalign_alignment *al = NULL;
	vietalign_findings *f = NULL;
	size_t *shown = NULL, nshown;
	char vlabel[1200], elabel[1200];
	finding_files files;
	if (!t->nomem && memory_units_add(t->mem, vi, en, line, number))
		t->nomem = 1;
	snprintf(vlabel, sizeof vlabel, "%s:%ld: tu %zu vi", t->path, line, number);
	snprintf(elabel, sizeof elabel, "%s:%ld: tu %zu en", t->path, line, number);
	files.vi_path = vlabel;
	files.en_path = elabel;
	files.vi_text = vi;
	files.en_text = en;
	t->c->opts.vi_input = vi;
	t->c->opts.vi_input_length = strlen(vi);
	t->c->opts.en_input = en;
	t->c->opts.en_input_length = strlen(en);
	if (vietalign_doc_new(&dv, t->a, vi, strlen(vi), VIETALIGN_LANG_VI) == 0 &&
	    vietalign_doc_new(&de, t->a, en, strlen(en), VIETALIGN_LANG_EN) == 0 &&
	    vietalign_align(&al, t->a, dv, de) == 0) {
		if (run(t->c, al, &files, &f, &shown, &nshown))
			t->failed++;
	} else {
		cli_error("%s:%ld: tu %zu: %s", t->path, line, number, vietalign_aligner_last_error(t->a));
		t->failed++;
	}
	free(shown);
	vietalign_findings_free(f);
	vietalign_alignment_free(al);
	vietalign_doc_free(dv);
	vietalign_doc_free(de);
	return 0;
}

/* The outcome of a TMX check: a problem count only when every unit with
 * both languages was checked; a file with none to check is a failure, not
 * "0 problem(s) found". */
static int tmx_outcome(const check_ctx *c, const tmx_ctx *t, const tmx_stats *st)
{
	if (st->units == 0) {
		cli_error("%s: no translation unit (<tu>) in it: nothing checked", t->path);
		return 1;
	}
	if (st->pairs == 0) {
		cli_error("%s: none of its %zu unit(s) holds both a Vietnamese and an English segment: nothing checked",
		          t->path, st->units);
		return 1;
	}
	if (st->pairs < st->units)
		cli_error("%s: warning: %zu of %zu unit(s) skipped: no Vietnamese or no English segment", t->path,
		          st->units - st->pairs, st->units);
	if (t->failed) {
		cli_error("%s: %zu of %zu unit(s) could not be checked; %zu problem(s) found in the others", t->path,
		          t->failed, st->pairs, c->problems);
		return 1;
	}
	return 0;
}

/* A finding across units: printed unless ignored, accepted or below the
 * severity asked for. */
static int memory_finding(const vietalign_finding *f, const char *vi_label, const char *en_label, void *payload)
{
	check_ctx *c = payload;
	finding_files files;
	if (f->severity < c->opts.min_severity)
		return 0;
	if (ignored(c, f)) {
		c->accepted++;
		return 0;
	}
	files.vi_path = vi_label;
	files.en_path = en_label;
	files.vi_text = f->vi.text;
	files.en_text = f->en.text;
	finding_print(stdout, f, &files, c->json);
	c->problems++;
	return 0;
}

static int check_tmx(check_ctx *c)
{
	tmx_ctx t;
	tmx_stats st;
	int rc;
	memset(&t, 0, sizeof t);
	t.c = c;
	t.path = c->vi_path;
	if (!(t.mem = memory_units_new()) || vietalign_aligner_new(&t.a, NULL)) {
		cli_error("%s: cannot create an aligner (out of memory)", t.path);
		memory_units_free(t.mem);
		return 1;
	}
	if (cli_dicts_apply(t.a, &c->dicts)) {
		vietalign_aligner_free(t.a);
		memory_units_free(t.mem);
		return 1;
	}
	rc = tmx_read(t.path, "checked", NULL, check_unit, &t, &st);
	vietalign_aligner_free(t.a);
	if (!rc && (t.nomem || memory_units_check(t.mem, t.path, memory_finding, c))) {
		cli_error("%s: out of memory comparing the units with each other", t.path);
		rc = 1;
	}
	memory_units_free(t.mem);
	return rc ? 1 : tmx_outcome(c, &t, &st);
}

static int check_pair(check_ctx *c)
{
	/* refuse an English file in another language (swapped files); a
	 * Vietnamese file left in English is the untranslated findings' */
	cli_input_opts io = c->io, vio = c->io;
	vietalign_aligner *a = NULL;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	vietalign_findings *f = NULL;
	vietalign_options o;
	char *vt = NULL, *et = NULL;
	size_t vl = 0, el = 0, *shown = NULL, nshown = 0;
	int rc = 1;
	finding_files files;
	cli_default_options(&o);
	/* a reviewer's findings are about whole sentences: cut, a clause said
	 * in other words is left on its own and read as an omission
	 * (docs/accuracy.md) */
	o.cut_sentences = 0;
	io.check_lang = 1;
	vio.check_lang = 0;
	if (vietalign_aligner_new(&a, &o) != 0)
		cli_error("cannot create an aligner (out of memory)");
	else if (cli_dicts_apply(a, &c->dicts) == 0 &&
	         cli_load_doc(&vi, a, c->vi_path, VIETALIGN_LANG_VI, &vio, &vt, &vl) == 0 &&
	         cli_load_doc(&en, a, c->en_path, VIETALIGN_LANG_EN, &io, &et, &el) == 0) {
		files.vi_path = c->vi_path;
		files.en_path = c->en_path;
		files.vi_text = vt;
		files.en_text = et;
		c->opts.vi_input = vt;
		c->opts.vi_input_length = vl;
		c->opts.en_input = et;
		c->opts.en_input_length = el;
		if (vietalign_align(&al, a, vi, en) != 0)
			cli_error("%s: %s", c->vi_path, vietalign_aligner_last_error(a));
		else if (run(c, al, &files, &f, &shown, &nshown) == 0)
			rc = c->html_path && html_write(c->html_path, al, &files, f, shown, nshown) ? 1 : 0;
	}
	free(shown);
	vietalign_findings_free(f);
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(a);
	free(vt);
	free(et);
	return rc;
}

int cmd_check(int argc, char **argv)
{
	check_ctx c;
	vietalign_check_options def = VIETALIGN_CHECK_OPTIONS_INIT;
	int rc;
	memset(&c, 0, sizeof c);
	c.opts = def;
	c.opts.min_severity = VIETALIGN_SEVERITY_WARNING; /* notes of form on request */
	if ((rc = parse(&c, argc, argv)) == 0) {
		const cli_named in[] = {{"VI_FILE", c.vi_path}, {"EN_FILE", c.en_path}};
		const cli_named html = {"--html", c.html_path};
		if (cli_check_outputs("check", in, 2, &html, 1))
			rc = EXIT_USAGE;
		else
			rc = c.en_path ? check_pair(&c) : check_tmx(&c);
	}
	free(c.baseline);
	cli_glossary_free(&c.glossary);
	cli_dicts_free(&c.dicts);
	free(c.terms);
	for (size_t k = 0; k < CLI_DICTS_MAX; k++)
		vietalign_glossary_free(c.dict_terms[k]);
	if (rc)
		return rc;
	if (!c.json) {
		printf("%zu problem(s) found", c.problems);
		if (c.accepted)
			printf(", %zu more ignored or in the baseline", c.accepted);
		putchar('\n');
	}
	return cli_stdout_done() ? 1 : c.problems ? EXIT_PROBLEMS : 0;
}
