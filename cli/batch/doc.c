/* doc.c - one pair of `vietalign batch`, on a worker thread: load,
 * align, judge whether the texts are translations, format the records.
 * Every message goes to the pair's result, never straight to stderr, so
 * that messages come out in input order whatever the threads. */
#include <stdlib.h>
#include <string.h>
#include "batch/batch.h"

void batch_result_free(batch_result *res)
{
	cli_buf_free(&res->out);
	cli_buf_free(&res->msgs);
	vietalign_alignment_free(res->aln);
	vietalign_doc_free(res->vi);
	vietalign_doc_free(res->en);
	memset(res, 0, sizeof *res);
}

/* A side given in base64 (--stdin): decoded, then prepared as a file is. */
static int stream_doc(vietalign_doc **out, vietalign_aligner *a, const char *b64, vietalign_lang lang,
                      const batch_config *cfg, cli_buf *msgs)
{
	const char *name = lang == VIETALIGN_LANG_VI ? "Vietnamese text" : "English text";
	char *text = NULL;
	size_t len = 0, bad = 0, b64len = strlen(b64);
	int rc;
	/* refused before decoding: base64 is 4 characters for 3 bytes */
	if (cfg->io.max_bytes && b64len / 4 * 3 > cfg->io.max_bytes + 2) {
		cli_say(msgs, "%s: about %zu bytes, over the limit of %zu (--max-doc-bytes): skipped", name,
		        b64len / 4 * 3, cfg->io.max_bytes);
		return 1;
	}
	rc = batch_base64_decode(&text, &len, b64, b64len, &bad);
	if (rc) {
		if (rc < 0)
			cli_say(msgs, "%s: out of memory", name);
		else
			cli_say(msgs, "%s: invalid base64 at character %zu", name, bad);
		return 1;
	}
	rc = cli_text_doc(out, a, name, &text, &len, lang, &cfg->io, msgs);
	free(text);
	return rc;
}

/* A document that is one of the batch's outputs, or the standard input
 * the manifest comes from, is refused: reading it would lose the file or
 * swallow the rest of the manifest. */
static int forbidden(const char *path, const batch_config *cfg, batch_result *res)
{
	cli_file_id id;
	const char *what = NULL;
	size_t k;
	if (!cli_file_id_of(&id, path))
		return 0;
	for (k = 0; k < 4 && !what; k++)
		if (cli_file_id_same(&id, &cfg->out_ids[k]))
			what = "an output file (-o)";
	if (!what && cli_file_id_same(&id, &cfg->summary_id))
		what = "the summary file (--summary)";
	res->clobber = what != NULL;
	if (!what && cli_file_id_same(&id, &cfg->stdin_id))
		what = "standard input, which holds the manifest";
	if (what)
		cli_say(&res->msgs, "%s is %s: refused%s", path, what,
		        res->clobber ? "; the batch stops and writes nothing" : "");
	return what != NULL;
}

static int load_side(vietalign_doc **out, vietalign_aligner *a, const batch_job *job, vietalign_lang lang,
                     const batch_config *cfg, batch_result *res)
{
	int vi = lang == VIETALIGN_LANG_VI;
	if (job->vi_b64)
		return stream_doc(out, a, vi ? job->vi_b64 : job->en_b64, lang, cfg, &res->msgs);
	const char *path = vi ? job->vi_path : job->en_path;
	if (forbidden(path, cfg, res))
		return 1;
	return cli_file_doc(out, a, path, lang, &cfg->io, &res->msgs);
}

/* Pairs that are not translations of each other (two articles on one
 * story) only look aligned: their pairs are left out, as `align` does,
 * unless --not-parallel-ok. */
static int judge_parallel(batch_result *res, const vietalign_aligner *a, const vietalign_alignment *aln,
                          const batch_config *cfg)
{
	res->parallelism = vietalign_alignment_parallelism(aln);
	if (vietalign_alignment_is_parallel(a, aln))
		return 1;
	res->status = BATCH_NOT_PARALLEL;
	if (cfg->keep_unparallel)
		return 1;
	cli_say(&res->msgs,
	        "not translations of each other (parallelism %.2f, below %.2f): no pairs written; "
	        "--not-parallel-ok writes them anyway",
	        res->parallelism, cfg->parallel_threshold);
	return 0;
}

/* TMX and --learn: the pair's beads that the writer will take (two-sided,
 * scoring min_score or more), counted now; the alignment and its documents
 * are kept for the batch's TMX writer or its learner, which take them in
 * input order. */
static void keep_alignment(batch_result *res, vietalign_doc **vi, vietalign_doc **en, vietalign_alignment **aln,
                           const batch_config *cfg)
{
	size_t i, n = vietalign_alignment_bead_count(*aln);
	for (i = 0; i < n; i++) {
		vietalign_bead b = VIETALIGN_BEAD_INIT;
		if (vietalign_alignment_bead(&b, *aln, i) == 0 && b.vi_count && b.en_count &&
		    b.score >= cfg->wopts.min_score) {
			res->pairs++;
			res->score_sum += b.score;
		}
	}
	res->vi = *vi;
	res->en = *en;
	res->aln = *aln;
	*vi = *en = NULL;
	*aln = NULL;
}

static void write_pairs(batch_result *res, const batch_job *job, vietalign_aligner *a, const vietalign_alignment *aln,
                        const batch_config *cfg)
{
	char *buf = NULL;
	size_t len = 0;
	if (vietalign_alignment_write_buffer(&buf, &len, a, aln, &cfg->wopts) ||
	    batch_format_pair(res, job->id, buf, len, cfg->wopts.format)) {
		cli_say(&res->msgs, "out of memory while writing the pairs");
		res->status = BATCH_FAILED;
		cli_buf_free(&res->out);
		res->pairs = 0;
		res->score_sum = 0;
	}
	vietalign_buffer_free(buf);
}

/* Whether the document's time is up after a stage (one that failed only
 * counts when its call was canceled for it): then what the stage said from
 * mark on ("canceled") gives way to why, and the pair is skipped. */
static int out_of_time(batch_result *res, batch_deadline *d, size_t mark, int ok)
{
	if (ok ? !batch_deadline_passed(d) : !d->expired)
		return 0;
	if (res->msgs.data) {
		res->msgs.len = mark;
		res->msgs.data[mark] = '\0';
	}
	cli_say(&res->msgs, "stopped after %.3g s, over the limit of %g s (--max-doc-seconds): skipped",
	        cli_seconds() - d->start, d->limit);
	res->status = BATCH_FAILED;
	return 1;
}

static void align_stages(batch_result *res, batch_job *job, vietalign_aligner *a, const batch_config *cfg,
                         batch_deadline *d)
{
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *aln = NULL;
	double t0 = cli_seconds(), t1;
	size_t mark = res->msgs.len;
	int ok = load_side(&vi, a, job, VIETALIGN_LANG_VI, cfg, res) == 0;
	if (out_of_time(res, d, mark, ok) || !ok)
		goto done;
	res->vi_sents = vietalign_doc_sentence_count(vi);
	mark = res->msgs.len;
	ok = load_side(&en, a, job, VIETALIGN_LANG_EN, cfg, res) == 0;
	if (out_of_time(res, d, mark, ok) || !ok)
		goto done;
	res->en_sents = vietalign_doc_sentence_count(en);
	t1 = cli_seconds();
	if (vietalign_align(&aln, a, vi, en)) {
		if (!out_of_time(res, d, res->msgs.len, 0))
			cli_say(&res->msgs, "%s", vietalign_aligner_last_error(a));
		goto done;
	}
	res->status = BATCH_OK;
	cli_trace(&res->msgs, aln, t1 - t0, cli_seconds() - t1);
	if (!judge_parallel(res, a, aln, cfg))
		; /* nothing to write */
	else if (cfg->learning || cfg->wopts.format == VIETALIGN_FORMAT_TMX)
		keep_alignment(res, &vi, &en, &aln, cfg);
	else
		write_pairs(res, job, a, aln, cfg);
done:
	vietalign_alignment_free(aln);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
}

void batch_align_pair(batch_result *res, batch_job *job, vietalign_aligner *a, const batch_config *cfg)
{
	batch_deadline d;
	memset(res, 0, sizeof *res);
	res->parallelism = -1;
	res->status = BATCH_FAILED;
	if (job->error) {
		cli_say(&res->msgs, "%s", job->error);
		return;
	}
	batch_deadline_start(&d, a, cfg->max_seconds);
	align_stages(res, job, a, cfg, &d);
	batch_deadline_stop(&d);
}
