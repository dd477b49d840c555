/* cli.h - the vietalign command: a thin client of libvietalign. */
#ifndef VIETALIGN_CLI_H
#define VIETALIGN_CLI_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include "vietalign.h"

#define EXIT_USAGE 2
#define EXIT_PROBLEMS 3     /* `check` found problems */
#define EXIT_NOT_PARALLEL 4 /* the texts are not translations of each other */
#define EXIT_DOCS_FAILED 5  /* `batch`: some documents failed (the others were written) */

/* A growing byte buffer, always NUL-terminated once non-empty. */
typedef struct {
	char *data;
	size_t len, cap;
} cli_buf;

/* Appends; returns non-zero when out of memory (the buffer is unchanged). */
int cli_buf_append(cli_buf *b, const char *s, size_t len);
int cli_buf_puts(cli_buf *b, const char *s);
void cli_buf_free(cli_buf *b);

/* Messages about one input go to stderr, or, given a buffer (batch workers,
 * whose messages must come out in document order), into it, one line each. */
void cli_say(cli_buf *msgs, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Reads a whole file (or standard input for "-"); reports a one-line error
 * naming the file (cli_say) and returns non-zero on failure. */
int cli_read_file(char **out, size_t *len, const char *path, cli_buf *msgs);
/* The same, refusing a file longer than max bytes (0: no limit) without
 * reading more of it. */
int cli_read_file_max(char **out, size_t *len, const char *path, size_t max, cli_buf *msgs);

/* Creates an aligner for commands that only segment or split: no anchors,
 * so neither the word tables nor each sentence's anchors are built. Prints
 * the error and returns non-zero on failure. */
int cli_plain_aligner(vietalign_aligner **out);

/* Removes the temporary file `path` (which must stay valid until
 * forgotten) if a signal ends the command: SIGINT, SIGTERM, SIGHUP or
 * SIGPIPE, unless ignored. Up to four at once; non-zero when full (the
 * file is then left to the caller alone). */
int cli_interrupt_watch(const char *path);
void cli_interrupt_forget(const char *path);
/* While on, Ctrl-C (SIGINT) no longer ends the command but is noted for
 * cli_interrupted(), for a call the library can cancel. */
void cli_interrupt_hold(int on);
int cli_interrupted(void);

/* The progress of one long library call drawn on stderr when it is a
 * terminal (term_progress.c): one line that fits the terminal's width,
 * redrawn at most ten times a second; Ctrl-C meanwhile cancels the call. */
typedef struct {
	const char *label;
	int on;      /* stderr is a terminal */
	int drawn;   /* a line is on the screen */
	double last; /* when it was drawn */
} cli_progress;

/* Starts the progress of a call named label; the callback and payload
 * for vietalign_aligner_set_progress(). */
void cli_progress_start(cli_progress *p, const char *label);
int cli_progress_cb(double fraction, void *payload);
/* Clears the line (before a message or the end). */
void cli_progress_stop(cli_progress *p);
/* The line for fraction f in `cols` columns, at most cols - 1 characters
 * (a line as wide as the terminal wraps on some): buf has cols bytes. */
void cli_progress_line(char *buf, size_t cols, const char *label, double f);

/* Flushes standard output; a write error is reported with its reason
 * (cli_error) and gives non-zero. */
int cli_stdout_done(void);

/* Writes s into an HTML page, & < > " as entities. */
/* Seconds on the monotonic clock (term_progress.c), for progress and traces. */
double cli_seconds(void);

/* Whether VIETALIGN_TRACE=1 asks for the traces (trace.c). */
int cli_tracing(void);

/* With VIETALIGN_TRACE=1, says (cli_say) where aln's time went (load:
 * seconds reading and segmenting, align: aligning), the size of its
 * search and its threads; else nothing. */
void cli_trace(cli_buf *msgs, const vietalign_alignment *aln, double load, double align);

void cli_html_escape(FILE *f, const char *s);
/* The same for at most n bytes of s (up to a NUL). */
void cli_html_escape_n(FILE *f, const char *s, size_t n);

/* Prints "vietalign: " and the message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Converts UTF-16 with a byte order mark to UTF-8 and, when `replace`,
 * turns bytes that are not UTF-8 into U+FFFD; *text is replaced. */
int cli_prepare_text(char **text, size_t *len, const char *path, int replace, cli_buf *msgs);

/* Turns bytes that are not UTF-8 (and NUL bytes) into U+FFFD; *text is
 * replaced, *replaced counts them. Non-zero when out of memory. */
int cli_replace_invalid(char **text, size_t *len, size_t *replaced);

/* What an input file is encoded in (encoding.c): --encoding. Auto, the
 * default, takes UTF-8 and tells Vietnamese in a legacy encoding from it. */
typedef enum {
	CLI_ENC_AUTO = 0,
	CLI_ENC_UTF8,
	CLI_ENC_CP1258, /* Windows-1258 */
	CLI_ENC_VISCII,
	CLI_ENC_TCVN3,   /* TCVN 5712:1993 (VN3, the "ABC" fonts) */
	CLI_ENC_VNI,     /* VNI-Windows */
	CLI_ENC_VNI_UTF8 /* VNI read as Windows-1252 and saved as UTF-8 (found, not asked for) */
} cli_encoding;

/* Parses an --encoding name; non-zero when it is none. */
int cli_encoding_parse(cli_encoding *out, const char *name);

/* The encoding's name in messages. */
const char *cli_encoding_name(cli_encoding enc);

/* Byte -> Unicode tables (legacy_tables.c). */
extern const uint16_t cli_viscii_table[256];
extern const uint16_t cli_tcvn3_table[256];

/* Converts *text (len bytes, read from path) from encoding enc to UTF-8
 * in NFC, replacing *text; with CLI_ENC_AUTO, converts when the bytes are
 * Vietnamese in a legacy encoding (saying which on msgs), and leaves
 * UTF-8, UTF-16 with a byte order mark and anything else as they are.
 * With CLI_ENC_UTF8, refuses (non-zero, reported) text that is not UTF-8
 * but Vietnamese in a legacy encoding, naming it. */
int cli_convert_encoding(char **text, size_t *len, const char *path, cli_encoding enc, cli_buf *msgs);

/* Which legacy encoding bytes [0, len) are Vietnamese in, or CLI_ENC_UTF8
 * when none (tests and the --encoding utf-8 refusal). */
cli_encoding cli_detect_encoding(const char *text, size_t len);

/* How input files are read. */
typedef struct {
	int replace_invalid;   /* --replace-invalid */
	int check_lang;        /* refuse a file in the other language */
	cli_encoding encoding; /* --encoding */
	size_t max_bytes;      /* batch --max-doc-bytes: a longer text is refused; 0: no limit */
	size_t max_sentences;  /* batch --max-doc-sentences: the same for sentences */
	int presplit;          /* one segment per line: 1 --presplit, -1
	                          --no-presplit, 0 when the text looks so */
} cli_input_opts;

/* Reads a file and prepares its text (cli_prepare_text). */
int cli_read_text(char **text, size_t *len, const char *path, const cli_input_opts *io);

/* Reads and segments a file into a document; prints the error naming the
 * file. With keep non-NULL, *keep and *keep_len receive the text the
 * document was made from (the caller frees it), else it is freed. */
int cli_load_doc(vietalign_doc **out, vietalign_aligner *a, const char *path, vietalign_lang lang,
                 const cli_input_opts *io, char **keep, size_t *keep_len);

/* Prepares text already in memory (cli_prepare_text; *text may be
 * replaced, the caller still frees it), checks its language and segments
 * it; `name` names it in messages, which go to msgs (NULL: stderr). */
int cli_text_doc(vietalign_doc **out, vietalign_aligner *a, const char *name, char **text, size_t *len,
                 vietalign_lang lang, const cli_input_opts *io, cli_buf *msgs);

/* cli_load_doc with messages into msgs and no text kept. */
int cli_file_doc(vietalign_doc **out, vietalign_aligner *a, const char *path, vietalign_lang lang,
                 const cli_input_opts *io, cli_buf *msgs);

/* Reads a file holding both languages and splits it (vietalign_text_split). */
int cli_split_file(char **vi, size_t *vlen, char **en, size_t *elen, vietalign_aligner *a, const char *path,
                   const cli_input_opts *io);

/* An output file written whole or not at all (out_file.c): a temporary
 * file beside it, removed if a signal ends the command, renamed over it
 * at commit. NULL or "-" is standard output (standard error with
 * to_stderr); a device or pipe is written in place. */
typedef struct {
	FILE *f;
	char *path; /* the target (resolved); NULL: standard stream */
	char *tmp;  /* the temporary file; NULL when written in place */
	int failed;
} cli_out;

int cli_out_open(cli_out *o, const char *path, int to_stderr);
int cli_out_write(cli_out *o, const char *data, size_t len);
/* Flushes and renames into place; non-zero (reported) on failure. */
int cli_out_commit(cli_out *o);
/* Drops the temporary file; the target is left as it was. */
void cli_out_abort(cli_out *o);

/* A file's identity: device and inode, symbolic links followed. */
typedef struct {
	int exists, regular;
	dev_t dev;
	ino_t ino;
} cli_file_id;

/* Fills *id for path ("-": standard input); returns whether it exists. */
int cli_file_id_of(cli_file_id *id, const char *path);
/* Both exist and are one file. */
int cli_file_id_same(const cli_file_id *a, const cli_file_id *b);

/* A file named on the command line and the option that named it. */
typedef struct {
	const char *label; /* "-o", "--vi", "VI_FILE" */
	const char *path;  /* NULL: not given; "-": a standard stream */
} cli_named;

/* Refuses (one-line error, non-zero) an output that is one of the inputs
 * or another output, compared by identity (same_file.c); every command
 * calls it before it opens anything. Standard streams, devices and pipes
 * are not compared; an output that does not exist yet is no input. */
int cli_check_outputs(const char *cmd, const cli_named *inputs, size_t nin, const cli_named *outputs, size_t nout);
/* Refuses (reported, non-zero) to write path when it is one of inputs
 * (NULL-terminated; "-" never is). */
int cli_refuse_input(const char *path, const char *const *inputs);

/* --format moses (moses.c): the TSV records (vi, en, score[, id]) cut
 * into PREFIX.vi, PREFIX.en, PREFIX.scores[, PREFIX.ids], one line per
 * record in each, every file written whole or not at all. */
typedef struct {
	cli_out out[4];
	size_t files;
	cli_buf partial; /* a record cut between two writes */
} cli_moses;

int cli_moses_open(cli_moses *m, const char *prefix, int with_ids, const char *const *inputs);
/* The file k (0 to 3: .vi, .en, .scores, .ids) under prefix, malloc'd;
 * NULL when out of memory (reported). */
char *cli_moses_file(const char *prefix, size_t k);
/* The identities of the files under prefix (ids[4]: .vi, .en, .scores,
 * .ids; not there yet: none), which no input may be. */
void cli_moses_ids(cli_file_id *ids, const char *prefix);
int cli_moses_write(cli_moses *m, const char *data, size_t len);
int cli_moses_commit(cli_moses *m);
void cli_moses_abort(cli_moses *m);

/* Where the records of align and batch go (output.c). */
typedef struct {
	const char *path; /* -o/--output: a file, or the moses prefix */
	int moses;        /* --format moses (the records are made as TSV) */
	int header;       /* --header: TSV column names first */
} cli_output_opts;

typedef struct {
	int moses;
	cli_out file;
	cli_moses m;
} cli_output;

/* Usage errors of the output options: EXIT_USAGE (reported) or 0. */
int cli_output_check(const cli_output_opts *o, const vietalign_write_options *w, const char *cmd);
/* cli_check_outputs() for the output (with --format moses, each file under
 * the prefix) and one more output (may be NULL). */
int cli_output_check_files(const char *cmd, const cli_named *inputs, size_t nin, const cli_output_opts *o,
                           const cli_named *more);
/* Opens the output (with_ids: batch's records end with the pair's id),
 * refusing any file that is one of inputs; writes the header. */
int cli_output_open(cli_output *out, const cli_output_opts *o, int with_ids, const char *const *inputs);
int cli_output_write(cli_output *out, const char *data, size_t len);
int cli_output_commit(cli_output *out);
void cli_output_abort(cli_output *out);
/* For messages: the output's (first) file, or standard output. */
const char *cli_output_name(const cli_output *out);
int cli_output_failed(const cli_output *out);

/* --dict FILE (repeatable) and --dict-format FMT, which applies to the
 * --dict options after it (dicts.c). */
#define CLI_DICTS_MAX 64
typedef struct {
	size_t n;
	const char *path[CLI_DICTS_MAX];
	vietalign_dict_format format[CLI_DICTS_MAX];
	char *data[CLI_DICTS_MAX]; /* the files, once loaded */
	size_t len[CLI_DICTS_MAX];
	vietalign_dict_format next_format;
} cli_dicts;

/* 1 parsed, -1 bad value (or too many), 0 not --dict or --dict-format. */
int cli_parse_dict(cli_dicts *d, int argc, char **argv, int *i);
/* Reads the files and checks them; non-zero (reported: FILE:LINE:
 * problem) when one cannot be read or is malformed. */
int cli_dicts_load(cli_dicts *d);
/* Adds the loaded dictionaries to aligner a; non-zero (reported) on failure. */
int cli_dicts_apply(vietalign_aligner *a, const cli_dicts *d);
void cli_dicts_free(cli_dicts *d);

/* What `align` and `review` share (commands/align.c): the options,
 * reading the two texts (or one holding both) and aligning them; then
 * cmd->write writes the result into out, opened before the work began,
 * and commits it (a failed run leaves no output behind). */
typedef struct cli_align_args cli_align_args;
typedef struct {
	const char *name; /* in messages */
	const char *usage;
	int page; /* writes a page: -o required, not an input, no --format */
	int (*write)(vietalign_aligner *al, const vietalign_alignment *aln, cli_align_args *a, cli_output *out);
} cli_align_cmd;
struct cli_align_args {
	const cli_align_cmd *cmd;
	const char *vi_path, *en_path; /* en_path NULL: one file holds both */
	cli_output_opts out;           /* -o (the page of review), --format moses, --header */
	vietalign_options opts;
	vietalign_write_options wopts;
	cli_input_opts io;
	cli_dicts dicts;     /* --dict */
	int keep_unparallel; /* --not-parallel-ok */
};
int cli_align_command(int argc, char **argv, const cli_align_cmd *cmd);

int cmd_align(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_split(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_segment(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_merge(int argc, char **argv);

/* Units of a TMX file as records (io/units.c), appended to b: TSV
 * vi<TAB>en<TAB>score<TAB>doc (score with four decimals, empty when the
 * unit has none, as is doc; tabs and line breaks made spaces), or a JSON
 * object per line. Non-zero when out of memory. */
int cli_unit_tsv(cli_buf *b, const vietalign_tmx_unit *u);
int cli_unit_jsonl(cli_buf *b, const vietalign_tmx_unit *u);

int cmd_review(int argc, char **argv);

/* Option parsing shared by the commands (options.c). */
const char *cli_opt_value(int argc, char **argv, int *i, const char *name); /* "--o V", "--o=V" */
int cli_is_opt(const char *arg, const char *name);
/* Reports a bad option: argv[start] is the option, argv[i] (i > start)
 * the value it took. */
void cli_bad_option(const char *cmd, char **argv, int start, int i);
int cli_parse_double(double *out, const char *v, double lo, double hi); /* non-zero: bad */
int cli_parse_anchors(unsigned *out, const char *list);
/* --anchors, --skip-prior, --paragraph-weight, --anchor-weight: 1 parsed,
 * -1 bad value, 0 not one of them. */
int cli_parse_scoring(vietalign_options *o, int argc, char **argv, int *i);

/* The library's default options, with the allocator's free pages handed
 * back on long pairs (give_back_memory: the CLI owns its whole heap, and
 * the 1M-pair peak in the README relies on it). */
void cli_default_options(vietalign_options *o);
/* -o/--output, --format (tmx, tsv, jsonl, moses), --header, --srclang,
 * --min-score, --one-sided: the same convention. */
int cli_parse_output(vietalign_write_options *w, cli_output_opts *o, int argc, char **argv, int *i);
/* --replace-invalid, --any-language, --presplit, --no-presplit: 1 when arg
 * is one of them. */
int cli_parse_input(cli_input_opts *io, const char *arg);
/* --encoding NAME: 1 parsed, -1 bad value, 0 not it. */
int cli_parse_encoding(cli_input_opts *io, int argc, char **argv, int *i);
/* A whole number in [lo, hi]; non-zero when v is not one. */
int cli_parse_count(unsigned long *out, const char *v, unsigned long lo, unsigned long hi);
/* SOURCE_DATE_EPOCH, for a reproducible TMX creationdate; 0 when unset. */
time_t cli_source_date(void);

/* Online cores, 1 to 1024. */
unsigned cli_cores(void);

/* A glossary for `check --glossary` (io/glossary.c): terms pointing into
 * the file's text. */
typedef struct {
	vietalign_term *terms;
	size_t count;
	char *text;
} cli_glossary;
/* Loads FILE (EN<TAB>VI, or !<TAB>VI for a forbidden term); prints a
 * one-line error naming the file and line and returns 1 on failure. */
int cli_glossary_load(cli_glossary *g, const char *path);
void cli_glossary_free(cli_glossary *g);

#endif
