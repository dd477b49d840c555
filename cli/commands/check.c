/* check.c - `vietalign check VI_FILE EN_FILE`: aligns, then reports for a
 * reviewer what the translation left out, added or changed, with line and
 * column in each input file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "report/html.h"
#include "report/tmx_read.h"

typedef struct {
	const char *vi_path, *en_path, *html_path;
	finding *found;
	size_t nfound, capfound;
	size_t bead; /* the bead being checked */
	char *vi_text, *en_text; /* the files' text, for line and column */
	size_t vi_len, en_len;
	vietalign_lang source;   /* the original: its sentences missing from the
	                            other side are omissions */
	int json;
	int presplit;            /* cli_input_opts.presplit */
	cli_dicts dicts;         /* --dict */
	size_t problems;
	size_t lost;             /* pairs whose numbers and names could not be
	                            checked (memory): no clean bill then */
} check_ctx;

/* Line and column (1-based, in characters) of byte `off` of text. */
static void line_col(const char *text, size_t off, size_t *line, size_t *col)
{
	size_t i;
	*line = 1;
	*col = 1;
	for (i = 0; i < off; i++) {
		if (text[i] == '\n') {
			(*line)++;
			*col = 1;
		} else if (((unsigned char)text[i] & 0xC0) != 0x80) {
			(*col)++;
		}
	}
}

static void json_string(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

/* Keeps a finding for the HTML report. */
static void remember(check_ctx *c, const char *kind, vietalign_lang side, size_t sent, size_t line, size_t col,
                     const char *detail)
{
	finding *f;
	if (c->nfound == c->capfound) {
		size_t cap = c->capfound ? c->capfound * 2 : 64;
		finding *p = realloc(c->found, cap * sizeof *p);
		if (!p)
			return; /* the text report still has it */
		c->found = p;
		c->capfound = cap;
	}
	f = &c->found[c->nfound++];
	f->kind = kind;
	f->side = side;
	f->sentence = sent;
	f->bead = c->bead;
	f->line = line;
	f->column = col;
	snprintf(f->detail, sizeof f->detail, "%s", detail ? detail : "");
}

/* One finding: kind, the side it is on, the sentence, and a detail. */
static void report(check_ctx *c, const char *kind, vietalign_lang side, const vietalign_doc *doc, size_t sent,
                   const char *detail)
{
	vietalign_sentence s;
	size_t line, col;
	const char *path = side == VIETALIGN_LANG_VI ? c->vi_path : c->en_path;
	vietalign_doc_sentence(&s, doc, sent);
	line_col(side == VIETALIGN_LANG_VI ? c->vi_text : c->en_text, s.offset, &line, &col);
	c->problems++;
	remember(c, kind, side, sent, line, col, detail);
	if (!c->json) {
		printf("%s:%zu:%zu: %s: %s%s\"%s\"\n", path, line, col, kind, detail ? detail : "", detail ? ": " : "",
		       s.text);
		return;
	}
	printf("{\"kind\":\"%s\",\"lang\":\"%s\",\"file\":", kind, vietalign_lang_code(side));
	json_string(path);
	printf(",\"line\":%zu,\"column\":%zu,\"sentence\":%zu,\"detail\":", line, col, sent);
	json_string(detail ? detail : "");
	printf(",\"text\":");
	json_string(s.text);
	printf("}\n");
}

/* A sentence with no counterpart: an omission when it is the source's. */
static void one_sided(check_ctx *c, const vietalign_alignment *al, const vietalign_bead *b)
{
	vietalign_lang side = b->vi_count ? VIETALIGN_LANG_VI : VIETALIGN_LANG_EN;
	const vietalign_doc *doc = side == VIETALIGN_LANG_VI ? vietalign_alignment_vi(al) : vietalign_alignment_en(al);
	size_t first = side == VIETALIGN_LANG_VI ? b->vi_first : b->en_first;
	size_t n = side == VIETALIGN_LANG_VI ? b->vi_count : b->en_count, k;
	for (k = 0; k < n; k++)
		report(c, side == c->source ? "omission" : "addition", side, doc, first + k,
		       side == c->source ? "no counterpart in the translation" : "no counterpart in the original");
}

/* Numbers and names present on one side of a pair only. */
static void anchors(check_ctx *c, const vietalign_alignment *al, size_t bead)
{
	vietalign_anchor_match *m = NULL;
	size_t n = 0, k;
	if (vietalign_alignment_bead_anchors(&m, &n, al, bead)) {
		c->lost++; /* out of memory: the check is not whole */
		return;
	}
	for (k = 0; k < n; k++) {
		const vietalign_anchor *a = m[k].vi.kind ? &m[k].vi : &m[k].en;
		vietalign_lang side = m[k].vi.kind ? VIETALIGN_LANG_VI : VIETALIGN_LANG_EN;
		char detail[256];
		if (m[k].vi.kind && m[k].en.kind)
			continue;
		if (a->kind != VIETALIGN_ANCHOR_NUMBERS && a->kind != VIETALIGN_ANCHOR_NAMES)
			continue;
		snprintf(detail, sizeof detail, "%s %s has no match on the other side",
		         a->kind == VIETALIGN_ANCHOR_NUMBERS ? "number" : "name", a->value);
		report(c, a->kind == VIETALIGN_ANCHOR_NUMBERS ? "number-mismatch" : "name-mismatch", side,
		       side == VIETALIGN_LANG_VI ? vietalign_alignment_vi(al) : vietalign_alignment_en(al), a->sentence,
		       detail);
	}
	vietalign_anchor_matches_free(m);
}

/* The Vietnamese side is English, or the same text as the English. */
static void untranslated(check_ctx *c, const vietalign_alignment *al, const vietalign_bead *b)
{
	const vietalign_doc *vi = vietalign_alignment_vi(al), *en = vietalign_alignment_en(al);
	size_t k;
	for (k = 0; k < b->vi_count; k++) {
		vietalign_sentence s, e;
		vietalign_lang l;
		vietalign_doc_sentence(&s, vi, b->vi_first + k);
		vietalign_doc_sentence(&e, en, b->en_first);
		if (b->vi_count == 1 && b->en_count == 1 && strcmp(s.text, e.text) == 0 && s.text_length > 20)
			report(c, "untranslated", VIETALIGN_LANG_VI, vi, b->vi_first + k, "same text as the English");
		else if (vietalign_lang_detect(&l, NULL, s.text, s.text_length) == 0 && l == VIETALIGN_LANG_EN)
			report(c, "untranslated", VIETALIGN_LANG_VI, vi, b->vi_first + k, "this reads as English");
	}
}

/* A pair whose lengths are far from what this translation does elsewhere. */
static void length_ratio(check_ctx *c, const vietalign_alignment *al, const vietalign_bead *b, double ratio)
{
	const vietalign_doc *vi = vietalign_alignment_vi(al), *en = vietalign_alignment_en(al);
	size_t k, lv = 0, le = 0;
	double r;
	char detail[128];
	for (k = 0; k < b->vi_count; k++) {
		vietalign_sentence s;
		vietalign_doc_sentence(&s, vi, b->vi_first + k);
		lv += s.text_length;
	}
	for (k = 0; k < b->en_count; k++) {
		vietalign_sentence s;
		vietalign_doc_sentence(&s, en, b->en_first + k);
		le += s.text_length;
	}
	if (lv + le < 60)
		return; /* short sentences vary too much to tell */
	r = (double)lv / (double)le / ratio;
	if (r > 0.5 && r < 2.0)
		return;
	snprintf(detail, sizeof detail, "the Vietnamese is %.1f times as long as usual for its English", r);
	report(c, "length-ratio", VIETALIGN_LANG_VI, vi, b->vi_first, detail);
}

/* The typical bytes of Vietnamese per byte of English in the 1-1 pairs. */
static double typical_ratio(const vietalign_alignment *al)
{
	size_t i, lv = 0, le = 0;
	for (i = 0; i < vietalign_alignment_bead_count(al); i++) {
		vietalign_bead b;
		vietalign_sentence s, e;
		vietalign_alignment_bead(&b, al, i);
		if (b.vi_count != 1 || b.en_count != 1)
			continue;
		vietalign_doc_sentence(&s, vietalign_alignment_vi(al), b.vi_first);
		vietalign_doc_sentence(&e, vietalign_alignment_en(al), b.en_first);
		lv += s.text_length;
		le += e.text_length;
	}
	return lv && le ? (double)lv / (double)le : 1.3;
}

static void check_all(check_ctx *c, const vietalign_alignment *al)
{
	size_t i;
	double ratio = typical_ratio(al);
	for (i = 0; i < vietalign_alignment_bead_count(al); i++) {
		vietalign_bead b;
		vietalign_alignment_bead(&b, al, i);
		c->bead = i;
		if (!b.vi_count || !b.en_count) {
			one_sided(c, al, &b);
			continue;
		}
		anchors(c, al, i);
		untranslated(c, al, &b);
		length_ratio(c, al, &b, ratio);
	}
}

static int bad_option(char **argv, int start, int i)
{
	cli_bad_option("check", argv, start, i);
	return EXIT_USAGE;
}

static int parse(check_ctx *c, int argc, char **argv)
{
	int i;
	for (i = 1; i < argc; i++) {
		int start = i;
		const char *v;
		if (strcmp(argv[i], "--json") == 0)
			c->json = 1;
		else if (cli_is_opt(argv[i], "--html")) {
			if (!(c->html_path = cli_opt_value(argc, argv, &i, "--html")))
				return bad_option(argv, start, i);
		} else if (cli_is_opt(argv[i], "--srclang")) {
			if (!(v = cli_opt_value(argc, argv, &i, "--srclang")) || vietalign_lang_parse(&c->source, v))
				return bad_option(argv, start, i);
		} else if (strcmp(argv[i], "--presplit") == 0) {
			c->presplit = 1;
		} else if (strcmp(argv[i], "--no-presplit") == 0) {
			c->presplit = -1;
		} else if (cli_is_opt(argv[i], "--dict") || cli_is_opt(argv[i], "--dict-format")) {
			if (cli_parse_dict(&c->dicts, argc, argv, &i) < 0)
				return EXIT_USAGE;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			return bad_option(argv, start, i);
		} else if (!c->vi_path)
			c->vi_path = argv[i];
		else if (!c->en_path)
			c->en_path = argv[i];
		else {
			cli_error("check: too many files");
			return EXIT_USAGE;
		}
	}
	if (!c->vi_path || (!c->en_path && !tmx_path(c->vi_path))) {
		cli_error("usage: vietalign check VI_FILE EN_FILE | FILE.tmx [--json] [--html REPORT.html] [--srclang en|vi]");
		return EXIT_USAGE;
	}
	return 0;
}


/* A translation memory: each unit's two segments checked as a small pair. */
typedef struct {
	check_ctx *c;
	vietalign_aligner *a;
	const char *path;
	size_t number; /* of the unit, among those with both languages */
	size_t failed; /* units that could not be checked */
} tmx_ctx;

static int check_unit(const vietalign_tmx_unit *u, void *payload)
{
	tmx_ctx *t = payload;
	const char *vi = u->vi, *en = u->en;
	long line = u->line;
	size_t number = ++t->number;
	check_ctx *c = t->c;
	vietalign_doc *dv = NULL, *de = NULL;
	vietalign_alignment *al = NULL;
	char vlabel[1200], elabel[1200];
	snprintf(vlabel, sizeof vlabel, "%s:%ld: tu %zu vi", t->path, line, number);
	snprintf(elabel, sizeof elabel, "%s:%ld: tu %zu en", t->path, line, number);
	c->vi_path = vlabel;
	c->en_path = elabel;
	c->vi_text = (char *)vi;
	c->en_text = (char *)en;
	if (vietalign_doc_new(&dv, t->a, vi, strlen(vi), VIETALIGN_LANG_VI) == 0 &&
	    vietalign_doc_new(&de, t->a, en, strlen(en), VIETALIGN_LANG_EN) == 0 &&
	    vietalign_align(&al, t->a, dv, de) == 0) {
		size_t lost = c->lost;
		check_all(c, al);
		if (c->lost > lost) {
			cli_error("%s:%ld: tu %zu: out of memory while checking its numbers and names", t->path, line,
			          number);
			t->failed++;
		}
	} else {
		cli_error("%s:%ld: tu %zu: %s", t->path, line, number, vietalign_aligner_last_error(t->a));
		t->failed++;
	}
	vietalign_alignment_free(al);
	vietalign_doc_free(dv);
	vietalign_doc_free(de);
	c->vi_text = c->en_text = NULL;
	return 0;
}

/* The outcome of a TMX check: a problem count only when every unit with
 * both languages was checked (tmx_read() has refused a file with none to
 * check, and warned of units skipped). */
static int tmx_outcome(const check_ctx *c, const tmx_ctx *t, const tmx_stats *st)
{
	if (t->failed) {
		cli_error("%s: %zu of %zu unit(s) could not be checked; %zu problem(s) found in the others", t->path,
		          t->failed, st->pairs, c->problems);
		return 1;
	}
	if (!c->json)
		printf("%zu problem(s) found\n", c->problems);
	return c->problems ? EXIT_PROBLEMS : 0;
}

static int check_tmx(check_ctx *c)
{
	tmx_ctx t;
	tmx_stats st;
	int rc;
	memset(&t, 0, sizeof t);
	t.c = c;
	t.path = c->vi_path;
	if (vietalign_aligner_new(&t.a, NULL)) {
		cli_error("%s: cannot create an aligner (out of memory)", t.path);
		return 1;
	}
	rc = tmx_read(t.path, "checked", NULL, check_unit, &t, &st);
	vietalign_aligner_free(t.a);
	if (!rc)
		rc = tmx_outcome(c, &t, &st);
	free(c->found);
	return cli_stdout_done() ? 1 : rc;
}

int cmd_check(int argc, char **argv)
{
	cli_input_opts io = { 0, 1, CLI_ENC_AUTO, 0, 0, 0 }; /* refuse swapped or same-language files */
	check_ctx c;
	vietalign_aligner *a = NULL;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	int rc;
	memset(&c, 0, sizeof c);
	c.source = VIETALIGN_LANG_EN;
	if ((rc = parse(&c, argc, argv)) != 0)
		return rc;
	{
		const cli_named in[] = { { "VI_FILE", c.vi_path }, { "EN_FILE", c.en_path } };
		const cli_named html = { "--html", c.html_path };
		if (cli_check_outputs("check", in, 2, &html, 1))
			return EXIT_USAGE;
	}
	if (!c.en_path)
		return check_tmx(&c);
	io.presplit = c.presplit;
	if (cli_dicts_load(&c.dicts)) {
		cli_dicts_free(&c.dicts);
		return 1;
	}
	rc = 1;
	vietalign_options o;
	cli_default_options(&o);
	if (vietalign_aligner_new(&a, &o) != 0)
		cli_error("cannot create an aligner (out of memory)");
	else if (cli_dicts_apply(a, &c.dicts) == 0 &&
	         cli_load_doc(&vi, a, c.vi_path, VIETALIGN_LANG_VI, &io, &c.vi_text, &c.vi_len) == 0 &&
	    cli_load_doc(&en, a, c.en_path, VIETALIGN_LANG_EN, &io, &c.en_text, &c.en_len) == 0) {
		if (vietalign_align(&al, a, vi, en) == 0) {
			check_all(&c, al);
			if (c.lost)
				cli_error("%s: out of memory while checking the numbers and names of %zu pair(s): the check "
				          "is incomplete; %zu problem(s) found in the rest", c.vi_path, c.lost, c.problems);
			else if (!c.json)
				printf("%zu problem(s) found\n", c.problems);
			rc = cli_stdout_done() || c.lost ? 1 : c.problems ? EXIT_PROBLEMS : 0;
			if (c.html_path && html_write(c.html_path, al, c.vi_path, c.en_path, c.found, c.nfound))
				rc = 1;
		} else {
			cli_error("%s: %s", c.vi_path, vietalign_aligner_last_error(a));
		}
	}
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(a);
	cli_dicts_free(&c.dicts);
	free(c.vi_text);
	free(c.en_text);
	free(c.found);
	return rc;
}
