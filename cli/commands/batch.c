/* batch.c - `vietalign batch MANIFEST` and `vietalign batch --stdin`:
 * many document pairs aligned on several threads into one output, records
 * carrying the pair's id, in input order whatever the number of threads.
 * A pair that fails is reported and skipped; the batch carries on. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "batch/batch.h"

typedef struct {
	const char *manifest, *summary_path;
	cli_output_opts out;
	int stream, quiet, learn;
	long threads;
	vietalign_options opts;
	batch_config cfg;
	cli_dicts dicts;
} batch_args;

/* What the emitter needs: outputs, counts, the progress bar. */
typedef struct {
	const batch_args *args;
	const batch_reader *reader;
	cli_output out;
	cli_out summary;
	int has_summary;
	vietalign_aligner *tmx_aligner; /* TMX: the writer's messages */
	vietalign_tmx_writer *tmx;      /* TMX: one file for every pair */
	vietalign_learner *learner;     /* --learn */
	size_t ok, failed, unparallel, pairs;
	batch_progress progress;
} batch_run;

static int parse_flag(batch_args *a, const char *arg)
{
	if (strcmp(arg, "--stdin") == 0)
		a->stream = 1;
	else if (strcmp(arg, "--quiet") == 0 || strcmp(arg, "-q") == 0)
		a->quiet = 1;
	else if (strcmp(arg, "--learn") == 0)
		a->learn = 1;
	else if (strcmp(arg, "--not-parallel-ok") == 0)
		a->cfg.keep_unparallel = 1;
	else if (!cli_parse_input(&a->cfg.io, arg))
		return 1;
	return 0;
}

/* A limit per document: a whole number, 0 for none. */
static int parse_limit(size_t *out, const char *v)
{
	unsigned long n;
	if (cli_parse_count(&n, v, 0, (unsigned long)(SIZE_MAX / 2)))
		return 1;
	*out = (size_t)n;
	return 0;
}

/* Parses argv[*i]; non-zero when it is not a valid option. */
static int parse_one(batch_args *a, int argc, char **argv, int *i)
{
	const char *arg = argv[*i];
	unsigned long t;
	int r;
	if ((r = cli_parse_scoring(&a->opts, argc, argv, i)) ||
	    (r = cli_parse_output(&a->cfg.wopts, &a->out, argc, argv, i)) ||
	    (r = cli_parse_encoding(&a->cfg.io, argc, argv, i)) || (r = cli_parse_dict(&a->dicts, argc, argv, i)))
		return r < 0;
	if (cli_is_opt(arg, "--max-doc-bytes"))
		return parse_limit(&a->cfg.io.max_bytes, cli_opt_value(argc, argv, i, "--max-doc-bytes"));
	if (cli_is_opt(arg, "--max-doc-sentences"))
		return parse_limit(&a->cfg.io.max_sentences, cli_opt_value(argc, argv, i, "--max-doc-sentences"));
	if (cli_is_opt(arg, "--max-doc-seconds"))
		return cli_parse_double(&a->cfg.max_seconds, cli_opt_value(argc, argv, i, "--max-doc-seconds"), 0, 1e9);
	if (cli_is_opt(arg, "--summary"))
		return !(a->summary_path = cli_opt_value(argc, argv, i, "--summary"));
	if (cli_is_opt(arg, "--threads")) {
		if (cli_parse_count(&t, cli_opt_value(argc, argv, i, "--threads"), 1, 1024))
			return 1;
		a->threads = (long)t;
		return 0;
	}
	return parse_flag(a, arg);
}

static int parse_args(batch_args *a, int argc, char **argv)
{
	int i;
	for (i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1] != '\0') {
			int start = i;
			if (parse_one(a, argc, argv, &i)) {
				cli_bad_option("batch", argv, start, i);
				return EXIT_USAGE;
			}
		} else if (!a->manifest) {
			a->manifest = argv[i];
		} else {
			cli_error("batch: more than one manifest");
			return EXIT_USAGE;
		}
	}
	if (!a->manifest == !a->stream) {
		cli_error(
			"usage: vietalign batch MANIFEST.tsv | --stdin [-o OUT] [--format tsv|jsonl|tmx|moses] [--threads N]");
		return EXIT_USAGE;
	}
	if (a->learn && (a->stream || strcmp(a->manifest, "-") == 0)) {
		cli_error("batch: --learn reads the manifest twice: give it as a file, not on standard input");
		return EXIT_USAGE;
	}
	{
		const cli_named in = {"MANIFEST", a->manifest ? a->manifest : "-"},
				summary = {"--summary", a->summary_path};
		if (cli_output_check_files("batch", &in, 1, &a->out, &summary))
			return EXIT_USAGE;
	}
	return cli_output_check(&a->out, &a->cfg.wopts, "batch");
}

static void default_args(batch_args *a)
{
	memset(a, 0, sizeof *a);
	a->threads = (long)cli_cores();
	a->cfg.io.check_lang = 1;
	/* one bad document is reported and skipped, not left to take the
	 * memory and the time of the whole batch */
	a->cfg.io.max_bytes = BATCH_MAX_DOC_BYTES;
	a->cfg.io.max_sentences = BATCH_MAX_DOC_SENTENCES;
	a->cfg.max_seconds = BATCH_MAX_DOC_SECONDS;
	cli_default_options(&a->opts);
	a->cfg.parallel_threshold = a->opts.parallel_threshold;
	vietalign_write_options_init(&a->cfg.wopts, VIETALIGN_WRITE_OPTIONS_VERSION);
	a->cfg.wopts.format = VIETALIGN_FORMAT_TSV; /* one line per pair suits a corpus */
	a->cfg.wopts.creation_date = cli_source_date();
}

/* ----------------------------------------------------------- emitting */

static const char *status_name(batch_status s)
{
	return s == BATCH_OK ? "ok" : s == BATCH_NOT_PARALLEL ? "not-parallel" : "failed";
}

/* Each message of a pair as FILE:LINE: ID: message, the bar wiped first. */
static void report(batch_run *r, const batch_job *job, const batch_result *res)
{
	const char *p = res->msgs.data, *nl;
	if (!p)
		return;
	progress_clear(&r->progress);
	for (; *p; p = nl + 1) {
		if (!(nl = strchr(p, '\n')))
			break;
		fprintf(stderr, "vietalign: %s:%zu: %s: %.*s\n", r->reader->name, job->line, job->id, (int)(nl - p), p);
	}
}

/* TMX: the pair's alignment through the library's many-document writer,
 * which numbers the units through the file and gives each the pair's id
 * and, from a manifest, its files. */
static int write_tmx(batch_run *r, const batch_job *job, const batch_result *res)
{
	if (!res->aln)
		return 0;
	if (vietalign_tmx_writer_add(r->tmx, res->aln, job->id, job->vi_path, job->en_path) == 0)
		return 0;
	if (!cli_output_failed(&r->out))
		cli_error("%s", vietalign_aligner_last_error(r->tmx_aligner));
	return 1;
}

/* The last message of a pair, tabs made spaces, for the summary. */
static void last_message(char *buf, size_t size, const cli_buf *msgs)
{
	size_t n = msgs->len, start, i;
	buf[0] = '\0';
	if (n == 0)
		return;
	if (msgs->data[n - 1] == '\n')
		n--;
	for (start = n; start > 0 && msgs->data[start - 1] != '\n'; start--)
		;
	snprintf(buf, size, "%.*s", (int)(n - start), msgs->data + start);
	for (i = 0; buf[i]; i++)
		if (buf[i] == '\t')
			buf[i] = ' ';
}

static int write_summary_row(batch_run *r, const batch_job *job, const batch_result *res)
{
	char mean[32] = "", par[32] = "", msg[1024];
	if (res->pairs)
		snprintf(mean, sizeof mean, "%.4f", res->score_sum / (double)res->pairs);
	if (res->parallelism >= 0)
		snprintf(par, sizeof par, "%.4f", res->parallelism);
	last_message(msg, sizeof msg, &res->msgs);
	char counts[96];
	int rc;
	if (r->summary.f == stderr)
		progress_clear(&r->progress);
	snprintf(counts, sizeof counts, "\t%s\t%zu\t%zu\t%zu\t", status_name(res->status), res->vi_sents, res->en_sents,
	         res->pairs);
	/* through cli_out_write, which keeps the reason of a failure */
	rc = cli_out_write(&r->summary, job->id, strlen(job->id)) ||
	     cli_out_write(&r->summary, counts, strlen(counts)) || cli_out_write(&r->summary, mean, strlen(mean)) ||
	     cli_out_write(&r->summary, "\t", 1) || cli_out_write(&r->summary, par, strlen(par)) ||
	     cli_out_write(&r->summary, "\t", 1) || cli_out_write(&r->summary, msg, strlen(msg)) ||
	     cli_out_write(&r->summary, "\n", 1);
	if (rc)
		cli_error("%s: write error: %s", r->summary.path ? r->summary.path : "standard error",
		          strerror(r->summary.failed));
	return rc;
}

static void count(batch_run *r, const batch_result *res)
{
	if (res->status == BATCH_OK)
		r->ok++;
	else if (res->status == BATCH_NOT_PARALLEL)
		r->unparallel++;
	else
		r->failed++;
	r->pairs += res->pairs;
	r->progress.done++;
	r->progress.pairs = r->pairs;
}

static int emit(void *ctx, const batch_job *job, const batch_result *res)
{
	batch_run *r = ctx;
	int rc;
	report(r, job, res);
	if (res->clobber) {
		count(r, res);
		return 1; /* stops the batch: no output may replace a document */
	}
	if (r->args->cfg.wopts.format == VIETALIGN_FORMAT_TMX)
		rc = write_tmx(r, job, res);
	else
		rc = cli_output_write(&r->out, res->out.data, res->out.len);
	if (!rc && r->has_summary)
		rc = write_summary_row(r, job, res);
	count(r, res);
	progress_draw(&r->progress, 0);
	return rc;
}

static void tick(void *ctx)
{
	batch_run *r = ctx;
	progress_draw(&r->progress, 0);
}

/* ------------------------------------------------------------ driving */

static int out_write(const char *data, size_t len, void *payload)
{
	return cli_output_write(payload, data, len);
}

/* The TMX writer writes its header at once, into r->out. */
static int open_tmx(batch_run *r, const batch_args *a)
{
	if (cli_plain_aligner(&r->tmx_aligner))
		return 1;
	if (vietalign_tmx_writer_new(&r->tmx, r->tmx_aligner, &a->cfg.wopts, out_write, &r->out) == 0)
		return 0;
	cli_error("cannot write the TMX header: %s", vietalign_aligner_last_error(r->tmx_aligner));
	return 1;
}

static const char summary_head[] = "id\tstatus\tvi_sentences\ten_sentences\tpairs\tmean_score\tparallelism\terror\n";

static int open_outputs(batch_run *r, const batch_args *a)
{
	const char *inputs[2] = {a->manifest, NULL};
	int rc = cli_output_open(&r->out, &a->out, 1, inputs);
	if (!rc && a->cfg.wopts.format == VIETALIGN_FORMAT_TMX)
		rc = open_tmx(r, a);
	if (!rc && a->summary_path) {
		r->has_summary = 1;
		rc = cli_out_open(&r->summary, a->summary_path, 1) ||
		     cli_out_write(&r->summary, summary_head, sizeof summary_head - 1);
	}
	return rc;
}

/* Every pair fine, or some failed: the outputs are complete either way. */
static int finish(batch_run *r)
{
	if (r->tmx)
		(void)vietalign_tmx_writer_finish(r->tmx); /* the commit reports a failed write */
	if (cli_output_commit(&r->out))
		return 1;
	return r->has_summary && cli_out_commit(&r->summary);
}

static void tally(batch_run *r)
{
	progress_end(&r->progress);
	if (r->args->quiet || (r->failed == 0 && r->unparallel == 0))
		return;
	cli_error("batch: %zu document pair(s): %zu ok, %zu failed, %zu not parallel; %zu sentence pair(s) written",
	          r->ok + r->failed + r->unparallel, r->ok, r->failed, r->unparallel, r->pairs);
}

/* Every pair read was written or reported: a batch never ends with pairs
 * that vanished without a word. */
static int unaccounted(const batch_run *r, size_t read)
{
	size_t seen = r->ok + r->failed + r->unparallel;
	if (seen == read)
		return 0;
	cli_error("batch: %zu document pair(s) read but %zu written or reported: the batch is incomplete", read, seen);
	return 1;
}

/* The pool's settings for one pass over the manifest (read from reader),
 * each pair's result going to emit, in order. */
static void pool_config(batch_pool_config *pc, batch_run *r, const batch_args *a, batch_reader *reader,
                        int (*emit_fn)(void *, const batch_job *, const batch_result *))
{
	memset(pc, 0, sizeof *pc);
	pc->threads = (size_t)a->threads;
	pc->window = (size_t)a->threads * 4;
	pc->opts = &a->opts;
	pc->cfg = &a->cfg;
	pc->reader = reader;
	pc->emit = emit_fn;
	pc->tick = r->progress.on ? tick : NULL;
	pc->ctx = r;
}

/* --learn, the first pass: each parallel pair's sure sentence pairs go
 * to the learner in input order (the table is the same for any number of
 * threads); its messages wait for the second pass, which repeats them. */
static int emit_learn(void *ctx, const batch_job *job, const batch_result *res)
{
	batch_run *r = ctx;
	(void)job;
	r->progress.done++;
	progress_draw(&r->progress, 0);
	if (res->aln && vietalign_learner_add(r->learner, res->aln) == VIETALIGN_ENOMEM) {
		progress_clear(&r->progress);
		cli_error("batch: out of memory while learning the word table (--learn)");
		return 1;
	}
	return 0;
}

/* --learn: the first pass over the manifest, then the table learned. */
static int learn(batch_run *r, batch_args *a)
{
	batch_reader reader;
	batch_pool_config pc;
	size_t read = 0;
	int rc;
	if (vietalign_learner_new(&r->learner)) {
		cli_error("batch: out of memory");
		return 1;
	}
	if (batch_reader_open(&reader, a->manifest, 0))
		return 1;
	progress_init(&r->progress, !a->quiet && isatty(STDERR_FILENO),
	              !a->quiet && isatty(STDERR_FILENO) ? batch_count_pairs(a->manifest) : 0);
	a->cfg.learning = 1;
	pool_config(&pc, r, a, &reader, emit_learn);
	rc = batch_pool_run(&pc, &read);
	a->cfg.learning = 0;
	progress_end(&r->progress);
	batch_reader_close(&reader);
	if (!rc && vietalign_learner_finish(r->learner)) {
		cli_error("batch: out of memory while learning the word table (--learn)");
		rc = 1;
	}
	if (!rc)
		a->cfg.learner = r->learner;
	return rc;
}

static int run(batch_run *r, const batch_args *a)
{
	batch_reader reader;
	batch_pool_config pc;
	size_t read = 0;
	int rc;
	if (batch_reader_open(&reader, a->manifest ? a->manifest : "-", a->stream))
		return 1;
	r->reader = &reader;
	progress_init(&r->progress, !a->quiet && isatty(STDERR_FILENO),
	              !a->quiet && isatty(STDERR_FILENO) && !a->stream ? batch_count_pairs(a->manifest) : 0);
	rc = open_outputs(r, a);
	if (!rc) {
		pool_config(&pc, r, a, &reader, emit);
		rc = batch_pool_run(&pc, &read);
		if (rc && cli_output_failed(&r->out))
			cli_error("%s: write error: %s", cli_output_name(&r->out),
			          strerror(cli_output_failed(&r->out)));
		rc = rc || unaccounted(r, read);
	}
	tally(r);
	rc = rc ? 1 : finish(r);
	if (rc) {
		cli_output_abort(&r->out);
		cli_out_abort(&r->summary);
	}
	vietalign_tmx_writer_free(r->tmx);
	vietalign_aligner_free(r->tmx_aligner);
	batch_reader_close(&reader);
	return rc ? 1 : r->failed ? EXIT_DOCS_FAILED : 0;
}

int cmd_batch(int argc, char **argv)
{
	batch_args a;
	batch_run r;
	int rc;
	default_args(&a);
	if ((rc = parse_args(&a, argc, argv)) != 0)
		return rc;
	/* each worker's aligner may use every thread of the batch: a long
	 * document is then aligned as `align` aligns it, while the library
	 * keeps a short pair, a batch's usual one, on its worker's thread */
	a.opts.threads = (unsigned)a.threads;
	/* outputs are compared by identity: a name that does not exist yet
	 * cannot be a document (cli_file_id_of) */
	if (a.out.path && a.out.moses)
		cli_moses_ids(a.cfg.out_ids, a.out.path);
	else if (a.out.path && strcmp(a.out.path, "-") != 0)
		cli_file_id_of(&a.cfg.out_ids[0], a.out.path);
	if (a.summary_path && strcmp(a.summary_path, "-") != 0)
		cli_file_id_of(&a.cfg.summary_id, a.summary_path);
	if (a.stream || strcmp(a.manifest, "-") == 0)
		cli_file_id_of(&a.cfg.stdin_id, "-");
	if (cli_dicts_load(&a.dicts)) {
		cli_dicts_free(&a.dicts);
		return 1;
	}
	a.cfg.dicts = &a.dicts;
	memset(&r, 0, sizeof r);
	r.args = &a;
	rc = a.learn && learn(&r, &a) ? 1 : run(&r, &a);
	vietalign_learner_free(r.learner);
	cli_dicts_free(&a.dicts);
	return rc;
}
