/* batch.h - `vietalign batch`: many document pairs, aligned by a pool of
 * threads, written in input order. */
#ifndef VIETALIGN_BATCH_H
#define VIETALIGN_BATCH_H

#include <stdio.h>
#include "cli.h"

/* The default limits per document (--max-doc-bytes, --max-doc-sentences):
 * far above a web page or a book chapter, far below what would stall a
 * batch for everyone. */
#define BATCH_MAX_DOC_BYTES ((size_t)32 << 20)
#define BATCH_MAX_DOC_SENTENCES ((size_t)100000)
/* --max-doc-seconds: ten minutes, an hour's worth of text at the least */
#define BATCH_MAX_DOC_SECONDS 600.0

/* One document pair as read from the manifest or the --stdin stream. */
typedef struct {
	size_t line;   /* its line in the input, from 1 */
	char *id;      /* UTF-8 without control characters */
	char *vi_path; /* manifest: the files, resolved */
	char *en_path;
	char *vi_b64; /* --stdin: the texts in base64 (into `buf`) */
	char *en_b64;
	char *buf;   /* the line, which the fields point into */
	char *error; /* a malformed line: why (the pair is then failed) */
} batch_job;

void batch_job_free(batch_job *job);

typedef enum { BATCH_OK, BATCH_FAILED, BATCH_NOT_PARALLEL } batch_status;

/* What aligning one pair gave: its records, already formatted. */
typedef struct {
	batch_status status;
	size_t vi_sents, en_sents, pairs;
	double score_sum;   /* of the pairs written */
	double parallelism; /* < 0 when not aligned */
	cli_buf out;        /* its records in the output format (TSV, JSONL) */
	/* TMX: the alignment itself (and its documents), added to the batch's
	 * TMX writer when the pair's turn comes; NULL when nothing to write */
	vietalign_doc *vi, *en;
	vietalign_alignment *aln;
	cli_buf msgs; /* its errors and warnings, one line each */
	int clobber;  /* a document is an output: the batch must stop
	                       before the output is renamed over it */
} batch_result;

void batch_result_free(batch_result *res);

/* ------------------------------------------------------ batch_input.c */

typedef struct {
	FILE *f;
	const char *name; /* for messages: the manifest's path, or "-" */
	char *dir;        /* relative paths are relative to it; NULL: none */
	int stream;       /* the --stdin Bitextor stream */
	int borrowed;     /* f belongs to the caller (batch_reader_from) */
	size_t line;
	char *buf;
	size_t cap;
} batch_reader;

/* Opens a manifest (path, "-" for standard input) or, with stream, the
 * Bitextor stream on standard input. Non-zero (reported) on failure. */
int batch_reader_open(batch_reader *r, const char *path, int stream);
/* Reads pairs from an open stream f (kept open by the reader's close),
 * named name in messages; relative paths stay as they are. */
void batch_reader_from(batch_reader *r, FILE *f, const char *name, int stream);
/* The next pair: 1, 0 at the end, -1 on a read error (reported). */
int batch_reader_next(batch_reader *r, batch_job *job);
void batch_reader_close(batch_reader *r);
/* How many pairs a manifest file lists (for the progress bar); 0 when that
 * cannot be known without consuming it (a pipe). */
size_t batch_count_pairs(const char *path);

/* ----------------------------------------------------- batch_base64.c */

/* Decodes standard base64 (padding optional) into a new NUL-terminated
 * buffer; on a bad character or length returns non-zero with *bad set to
 * the offset of the problem. */
int batch_base64_decode(char **out, size_t *out_len, const char *in, size_t len, size_t *bad);

/* ------------------------------------------------------ batch_doc.c */

typedef struct {
	cli_input_opts io;
	vietalign_write_options wopts; /* format, min_score, srclang, one_sided */
	int keep_unparallel;           /* --not-parallel-ok */
	double parallel_threshold;     /* the aligners' (for messages) */
	double max_seconds;            /* --max-doc-seconds; 0: no limit */
	/* files no document may be: the outputs (an input renamed over at the
	 * end would be lost) and standard input when it holds the manifest */
	cli_file_id out_ids[4]; /* -o, or with --format moses its files */
	cli_file_id summary_id, stdin_id;
	const cli_dicts *dicts; /* --dict, loaded: every worker's */
	/* --learn: the first pass keeps each parallel pair's alignment (as for
	 * TMX) for the batch's learner; the second gives every worker's
	 * aligner the finished learner */
	int learning;
	const vietalign_learner *learner;
} batch_config;

/* Aligns one pair with aligner a (owned by the calling thread) and fills
 * *res. Never fails as a whole: a pair that fails says so in *res. */
void batch_align_pair(batch_result *res, batch_job *job, vietalign_aligner *a, const batch_config *cfg);

/* ---------------------------------------------------- deadline.c */

/* One document's time limit, on the worker that aligns it. */
typedef struct {
	double limit; /* seconds; 0: none */
	double start; /* cli_seconds() when the document was begun */
	int expired;  /* the time is up: the running call was canceled */
	vietalign_aligner *aligner;
} batch_deadline;

/* Starts the clock of a document aligned with aligner a (the worker's own)
 * and, with a limit, has a's long calls canceled (VIETALIGN_ECANCELED)
 * once it has passed. */
void batch_deadline_start(batch_deadline *d, vietalign_aligner *a, double limit);
/* Whether the time is up (checked between the stages of a pair too). */
int batch_deadline_passed(batch_deadline *d);
/* Takes the callback off the aligner again. */
void batch_deadline_stop(batch_deadline *d);

/* ---------------------------------------------------- batch_format.c */

/* Turns the library's output for one pair (buf, in cfg's format: TSV or
 * JSON Lines) into the batch's records in res->out: TSV vi, en, score, id;
 * JSON Lines with an "id" member first. Counts the pairs and sums their
 * scores. Non-zero when out of memory. (TMX goes through the library's
 * many-document writer instead: see batch.c.) */
int batch_format_pair(batch_result *res, const char *id, const char *buf, size_t len, vietalign_format fmt);

/* ------------------------------------------------------ batch_pool.c */

typedef struct {
	size_t threads;
	size_t window; /* pairs in flight at most (memory bound) */
	const vietalign_options *opts;
	const batch_config *cfg;
	batch_reader *reader;
	/* called in input order, on the calling thread, for each pair; a
	 * non-zero return (a write error) stops the batch */
	int (*emit)(void *ctx, const batch_job *job, const batch_result *res);
	/* called about ten times a second while waiting (may be NULL) */
	void (*tick)(void *ctx);
	void *ctx;
} batch_pool_config;

/* Runs the batch: reads pairs, aligns them on the worker threads, emits
 * the results in order. Non-zero (reported) on a fatal error: unreadable
 * input, a failed emit, no memory or threads. *read: the pairs read, each
 * of which must have been emitted unless the run failed. */
int batch_pool_run(const batch_pool_config *pc, size_t *read);

/* ------------------------------------------------------- progress.c */

typedef struct {
	int on;
	size_t total; /* pairs to do; 0 when unknown */
	size_t done, pairs;
	double start, last; /* seconds, monotonic */
	int drawn;          /* a bar is on the screen */
} batch_progress;

/* A bar only when on (stderr a terminal and not --quiet). */
void progress_init(batch_progress *p, int on, size_t total);
/* Redraws, at most ten times a second unless force. */
void progress_draw(batch_progress *p, int force);
/* Wipes the bar before another message goes to stderr. */
void progress_clear(batch_progress *p);
/* Final state, then a new line. */
void progress_end(batch_progress *p);

#endif
