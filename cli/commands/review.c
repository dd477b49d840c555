/* review.c - `vietalign review VI_FILE EN_FILE -o review.html`: aligns
 * as `align` does and writes the editor page where a person corrects the
 * alignment and saves it as TMX and TSV from the browser. */
#define _GNU_SOURCE /* realpath */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "report/review_page.h"

typedef struct {
	const char *vi_path, *en_path, *out_path;
	vietalign_options opts;
	vietalign_write_options wopts;
	cli_input_opts io;
	int keep_unparallel; /* --not-parallel-ok */
} review_args;

static int parse_one(review_args *a, int argc, char **argv, int *i)
{
	int r;
	unsigned long t;
	if (cli_is_opt(argv[*i], "--format"))
		return 1; /* the page saves both TMX and TSV */
	if ((r = cli_parse_scoring(&a->opts, argc, argv, i)) ||
	    (r = cli_parse_output(&a->wopts, &a->out_path, argc, argv, i)))
		return r < 0;
	if (cli_parse_input(&a->io, argv[*i]))
		return 0;
	if (cli_is_opt(argv[*i], "--threads")) {
		if (cli_parse_count(&t, cli_opt_value(argc, argv, i, "--threads"), 1, 1024))
			return 1;
		a->opts.threads = (unsigned)t;
		return 0;
	}
	if (strcmp(argv[*i], "--not-parallel-ok") == 0) {
		a->keep_unparallel = 1;
		return 0;
	}
	return 1;
}

/* The same file named as an input and as the output would be replaced by
 * the page. */
static int same_file(const char *a, const char *b)
{
	char ra[PATH_MAX], rb[PATH_MAX];
	return realpath(a, ra) && realpath(b, rb) && strcmp(ra, rb) == 0;
}

static int parse_args(review_args *a, int argc, char **argv)
{
	int i;
	for (i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1] != '\0') {
			if (parse_one(a, argc, argv, &i)) {
				cli_error("review: bad or incomplete option '%s'", argv[i]);
				return EXIT_USAGE;
			}
		} else if (!a->vi_path) {
			a->vi_path = argv[i];
		} else if (!a->en_path) {
			a->en_path = argv[i];
		} else {
			cli_error("review: too many files");
			return EXIT_USAGE;
		}
	}
	if (!a->en_path || !a->out_path) {
		cli_error("usage: vietalign review VI_FILE EN_FILE -o REVIEW.html [align's options]");
		return EXIT_USAGE;
	}
	if (same_file(a->out_path, a->vi_path) || same_file(a->out_path, a->en_path)) {
		cli_error("review: %s is an input: the page would replace it", a->out_path);
		return EXIT_USAGE;
	}
	return 0;
}

/* The saved files' name: the page's own without its directory and its
 * .html, so that review.html saves review.tmx and review.tsv. */
static void save_name(char *buf, size_t size, const char *out_path)
{
	const char *base = strrchr(out_path, '/');
	size_t n;
	base = base ? base + 1 : out_path;
	if (strcmp(out_path, "-") == 0 || !*base)
		base = "review";
	snprintf(buf, size, "%s", base);
	n = strlen(buf);
	if (n > 5 && strcmp(buf + n - 5, ".html") == 0)
		buf[n - 5] = '\0';
	else if (n > 4 && strcmp(buf + n - 4, ".htm") == 0)
		buf[n - 4] = '\0';
}

/* Texts that are not translations of each other still get their page (a
 * person may want to see why), with a warning on it; the exit status says
 * so unless --not-parallel-ok. */
static int parallel_status(const vietalign_alignment *aln, const review_args *a)
{
	double p = vietalign_alignment_parallelism(aln);
	if (p >= VIETALIGN_PARALLEL_THRESHOLD || a->keep_unparallel)
		return 0;
	cli_error("%s, %s: not translations of each other (parallelism %.2f, below %.2f): the page says so; "
	          "--not-parallel-ok accepts them",
	          a->vi_path, a->en_path, p, VIETALIGN_PARALLEL_THRESHOLD);
	return EXIT_NOT_PARALLEL;
}

static int write_page(const vietalign_alignment *aln, const review_args *a, cli_out *out)
{
	char name[256];
	review_page p;
	save_name(name, sizeof name, a->out_path);
	p.vi_path = a->vi_path;
	p.en_path = a->en_path;
	p.save_name = name;
	p.srclang = a->wopts.srclang;
	p.min_score = a->wopts.min_score;
	p.one_sided = a->wopts.one_sided;
	review_page_write(out->f, aln, &p);
	return cli_out_commit(out) ? 1 : parallel_status(aln, a); /* commit reports a failed write */
}

/* Both documents, then their alignment; errors are reported. */
static int align_pair(vietalign_alignment **aln, vietalign_doc **vi, vietalign_doc **en, vietalign_aligner *al,
                      const review_args *a)
{
	if (cli_load_doc(vi, al, a->vi_path, VIETALIGN_LANG_VI, &a->io, NULL, NULL) ||
	    cli_load_doc(en, al, a->en_path, VIETALIGN_LANG_EN, &a->io, NULL, NULL))
		return 1;
	if (vietalign_align(aln, al, *vi, *en)) {
		cli_error("%s: %s", a->vi_path, vietalign_aligner_last_error(al));
		return 1;
	}
	return 0;
}

int cmd_review(int argc, char **argv)
{
	review_args a;
	vietalign_aligner *al = NULL;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *aln = NULL;
	cli_out out;
	int rc;
	memset(&a, 0, sizeof a);
	a.io.check_lang = 1;
	vietalign_options_init(&a.opts, VIETALIGN_OPTIONS_VERSION);
	a.opts.threads = cli_cores();
	vietalign_write_options_init(&a.wopts, VIETALIGN_WRITE_OPTIONS_VERSION);
	if ((rc = parse_args(&a, argc, argv)) != 0)
		return rc;
	if (cli_out_open(&out, a.out_path, 0)) /* an unwritable output is told at once */
		return 1;
	if (vietalign_aligner_new(&al, &a.opts)) {
		cli_error("cannot create an aligner");
		cli_out_abort(&out);
		return 1;
	}
	rc = align_pair(&aln, &vi, &en, al, &a) ? 1 : write_page(aln, &a, &out);
	cli_out_abort(&out); /* after a commit, nothing is left to drop */
	vietalign_alignment_free(aln);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(al);
	return rc;
}
