/* align.c - `vietalign align VI_FILE EN_FILE`, and what `review` shares
 * with it: the options, reading both texts, aligning them. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli.h"

typedef cli_align_args align_args;

static int parse_one(align_args *a, int argc, char **argv, int *i)
{
	int r;
	unsigned long t;
	if (a->cmd->page && cli_is_opt(argv[*i], "--format"))
		return 1; /* a page saves every format */
	if ((r = cli_parse_scoring(&a->opts, argc, argv, i)) ||
	    (r = cli_parse_output(&a->wopts, &a->out, argc, argv, i)) ||
	    (r = cli_parse_encoding(&a->io, argc, argv, i)) || (r = cli_parse_dict(&a->dicts, argc, argv, i)))
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

static int parse_args(align_args *a, int argc, char **argv)
{
	int i;
	for (i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1] != '\0') {
			int start = i;
			if (parse_one(a, argc, argv, &i)) {
				cli_bad_option(a->cmd->name, argv, start, i);
				return EXIT_USAGE;
			}
		} else if (!a->vi_path)
			a->vi_path = argv[i];
		else if (!a->en_path)
			a->en_path = argv[i];
		else {
			cli_error("%s: too many files", a->cmd->name);
			return EXIT_USAGE;
		}
	}
	if (!a->vi_path || (a->cmd->page && !a->out.path)) {
		cli_error("usage: %s", a->cmd->usage);
		return EXIT_USAGE;
	}
	if (a->cmd->page)
		return 0;
	return cli_output_check(&a->out, &a->wopts, a->cmd->name);
}

static int to_out(const char *data, size_t len, void *payload)
{
	return cli_output_write(payload, data, len) ? -1 : 0;
}

/* Writes the pairs into out, opened before the work began, and commits it
 * (the caller drops it otherwise: a failed run leaves no output behind). */
static int write_output(vietalign_aligner *al, const vietalign_alignment *aln, const align_args *a, cli_output *out)
{
	if (vietalign_alignment_write(al, aln, &a->wopts, to_out, out) && !cli_output_failed(out)) {
		cli_error("%s: %s", cli_output_name(out), vietalign_aligner_last_error(al));
		return 1;
	}
	return cli_output_commit(out) ? 1 : 0; /* reports a failed write itself */
}

/* The English file, read on a thread of its own with its own aligner (an
 * aligner serves one thread at a time); messages wait in a buffer. */
typedef struct {
	vietalign_doc *doc;
	vietalign_aligner *al;
	const align_args *a;
	cli_buf msgs;
	int rc;
} en_job;

static void *load_en(void *arg)
{
	en_job *j = arg;
	j->rc = cli_file_doc(&j->doc, j->al, j->a->en_path, VIETALIGN_LANG_EN, &j->a->io, &j->msgs);
	return NULL;
}

/* The messages a thread kept, each line as cli_error() says it. */
static void say_lines(const cli_buf *msgs)
{
	const char *p = msgs->data, *nl;
	for (; p && *p; p = nl + 1) {
		if (!(nl = strchr(p, '\n')))
			nl = p + strlen(p) - 1;
		cli_error("%.*s", (int)(nl - p + (*nl != '\n')), p);
	}
}

/* Both files at once when there are threads to spare: segmenting and
 * reading anchors is a good part of the time for a long pair. */
static int load_pair(vietalign_doc **vi, vietalign_doc **en, vietalign_aligner *al, const align_args *a)
{
	en_job j;
	pthread_t t;
	int rc, threaded;
	memset(&j, 0, sizeof j);
	j.a = a;
	threaded = a->opts.threads >= 2 && !vietalign_aligner_new(&j.al, &a->opts) &&
	           !cli_dicts_apply(j.al, &a->dicts) && !pthread_create(&t, NULL, load_en, &j);
	rc = cli_load_doc(vi, al, a->vi_path, VIETALIGN_LANG_VI, &a->io, NULL, NULL);
	if (!threaded) {
		vietalign_aligner_free(j.al);
		return rc || cli_load_doc(en, al, a->en_path, VIETALIGN_LANG_EN, &a->io, NULL, NULL);
	}
	pthread_join(t, NULL);
	say_lines(&j.msgs);
	cli_buf_free(&j.msgs);
	vietalign_aligner_free(j.al);
	*en = j.doc;
	return rc || j.rc;
}

/* One file holding both languages: split it, then segment each side. */
static int load_mixed(vietalign_doc **vi, vietalign_doc **en, vietalign_aligner *al, const align_args *a)
{
	char *tv = NULL, *te = NULL;
	size_t lv = 0, le = 0;
	int rc = cli_split_file(&tv, &lv, &te, &le, al, a->vi_path, &a->io);
	if (!rc && vietalign_doc_new(vi, al, tv, lv, VIETALIGN_LANG_VI)) {
		cli_error("%s: its Vietnamese part: %s", a->vi_path, vietalign_aligner_last_error(al));
		rc = 1;
	}
	if (!rc && vietalign_doc_new(en, al, te, le, VIETALIGN_LANG_EN)) {
		cli_error("%s: its English part: %s", a->vi_path, vietalign_aligner_last_error(al));
		rc = 1;
	}
	vietalign_buffer_free(tv);
	vietalign_buffer_free(te);
	return rc;
}

/* Texts that are not translations of each other (two articles on one
 * story) give pairs that only look aligned: say so, write no pairs, and
 * exit with a status of its own. */
static int write_checked(vietalign_aligner *al, const vietalign_alignment *aln, align_args *a, cli_output *out)
{
	double p = vietalign_alignment_parallelism(aln);
	int rc;
	if (vietalign_alignment_is_parallel(al, aln) || a->keep_unparallel)
		return write_output(al, aln, a, out);
	cli_error("%s%s%s: not translations of each other (parallelism %.2f, below %.2f): no pairs written; "
	          "--not-parallel-ok writes them anyway",
	          a->vi_path, a->en_path ? ", " : "", a->en_path ? a->en_path : "", p, a->opts.parallel_threshold);
	a->wopts.min_score = 2.0; /* above every score: an empty but valid file */
	rc = write_output(al, aln, a, out);
	return rc ? rc : EXIT_NOT_PARALLEL;
}

/* Sentences (both sides) from which the alignment shows its progress on
 * a terminal: a shorter pair is done in well under a second. */
#define PROGRESS_SENTENCES 2000

/* Aligns, with its progress on the terminal for a long pair, and Ctrl-C
 * cancelling through the library (the output is then dropped). */
static int align_watched(vietalign_alignment **aln, vietalign_aligner *al, const vietalign_doc *vi,
                         const vietalign_doc *en)
{
	cli_progress p;
	int rc;
	if (vietalign_doc_sentence_count(vi) + vietalign_doc_sentence_count(en) < PROGRESS_SENTENCES)
		return vietalign_align(aln, al, vi, en);
	cli_progress_start(&p, "aligning");
	vietalign_aligner_set_progress(al, cli_progress_cb, &p);
	cli_interrupt_hold(1);
	rc = vietalign_align(aln, al, vi, en);
	cli_interrupt_hold(0);
	if (!rc && cli_interrupted()) { /* after the callback's last call */
		vietalign_alignment_free(*aln);
		*aln = NULL;
		rc = VIETALIGN_ECANCELED;
	}
	vietalign_aligner_set_progress(al, NULL, NULL);
	cli_progress_stop(&p);
	return rc;
}

/* The exit status of a failed alignment: 130 after Ctrl-C, as a shell
 * reports a command that SIGINT ended. */
static int report_failure(vietalign_aligner *al, const align_args *a)
{
	if (cli_interrupted()) {
		cli_error("%s: interrupted: no output written", a->vi_path);
		return 130;
	}
	cli_error("%s: %s", a->vi_path, vietalign_aligner_last_error(al));
	return 1;
}

int cli_align_command(int argc, char **argv, const cli_align_cmd *cmd)
{
	align_args a;
	vietalign_aligner *al = NULL;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *aln = NULL;
	cli_output out;
	const char *inputs[CLI_DICTS_MAX + 3];
	size_t k;
	double t0;
	int rc;
	memset(&a, 0, sizeof a);
	a.cmd = cmd;
	a.io.check_lang = 1;
	cli_default_options(&a.opts);
	a.opts.threads = cli_cores(); /* one long document: use every core */
	vietalign_write_options_init(&a.wopts, VIETALIGN_WRITE_OPTIONS_VERSION);
	a.wopts.creation_date = cli_source_date(); /* reproducible TMX */
	if ((rc = parse_args(&a, argc, argv)) != 0)
		return rc;
	{
		const cli_named in[] = {{"VI_FILE", a.vi_path}, {"EN_FILE", a.en_path}};
		if (cli_output_check_files(cmd->name, in, 2, &a.out, NULL))
			return EXIT_USAGE;
	}
	if (cli_dicts_load(&a.dicts)) {
		cli_dicts_free(&a.dicts);
		return 1;
	}
	/* opened first: an output that cannot be written is told at once, not
	 * after the alignment, and a signal at any point leaves nothing */
	inputs[0] = a.vi_path;
	inputs[1] = a.en_path ? a.en_path : "-";
	for (k = 0; k < a.dicts.n; k++)
		inputs[2 + k] = a.dicts.path[k];
	inputs[2 + k] = NULL;
	if (cli_output_open(&out, &a.out, 0, inputs)) {
		cli_dicts_free(&a.dicts);
		return 1;
	}
	if (vietalign_aligner_new(&al, &a.opts) || cli_dicts_apply(al, &a.dicts)) {
		cli_error("cannot create an aligner");
		cli_output_abort(&out);
		vietalign_aligner_free(al);
		cli_dicts_free(&a.dicts);
		return 1;
	}
	rc = 1;
	t0 = cli_seconds();
	if (a.en_path ? load_pair(&vi, &en, al, &a) == 0 : load_mixed(&vi, &en, al, &a) == 0) {
		double t1 = cli_seconds();
		if (align_watched(&aln, al, vi, en)) {
			rc = report_failure(al, &a);
		} else {
			cli_trace(NULL, aln, t1 - t0, cli_seconds() - t1);
			rc = cmd->write(al, aln, &a, &out);
		}
	}
	cli_output_abort(&out); /* after a commit, nothing is left to drop */
	vietalign_alignment_free(aln);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(al);
	cli_dicts_free(&a.dicts);
	return rc;
}

int cmd_align(int argc, char **argv)
{
	static const cli_align_cmd align = {
		"align", "vietalign align VI_FILE EN_FILE [-o OUT] [--format tmx|tsv|jsonl]", 0, write_checked};
	return cli_align_command(argc, argv, &align);
}
