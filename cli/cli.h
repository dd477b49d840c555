/* cli.h - the vietalign command: a thin client of libvietalign. */
#ifndef VIETALIGN_CLI_H
#define VIETALIGN_CLI_H

#include <stddef.h>
#include "vietalign.h"

#define EXIT_USAGE 2
#define EXIT_PROBLEMS 3 /* `check` found problems */
#define EXIT_NOT_PARALLEL 4 /* the texts are not translations of each other */

/* Reads a whole file (or standard input for "-"); prints a one-line error
 * naming the file and returns non-zero on failure. */
int cli_read_file(char **out, size_t *len, const char *path);

/* Creates an aligner for commands that only segment or split: no anchors,
 * so neither the word tables nor each sentence's anchors are built. Prints
 * the error and returns non-zero on failure. */
int cli_plain_aligner(vietalign_aligner **out);

/* Prints "vietalign: " and the message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Converts UTF-16 with a byte order mark to UTF-8 and, when `replace`,
 * turns bytes that are not UTF-8 into U+FFFD; *text is replaced. */
int cli_prepare_text(char **text, size_t *len, const char *path, int replace);

/* How input files are read. */
typedef struct {
	int replace_invalid; /* --replace-invalid */
	int check_lang;      /* refuse a file in the other language */
} cli_input_opts;

/* Reads a file and prepares its text (cli_prepare_text). */
int cli_read_text(char **text, size_t *len, const char *path, const cli_input_opts *io);

/* Reads and segments a file into a document; prints the error naming the
 * file. With keep non-NULL, *keep and *keep_len receive the text the
 * document was made from (the caller frees it), else it is freed. */
int cli_load_doc(vietalign_doc **out, vietalign_aligner *a, const char *path, vietalign_lang lang,
                 const cli_input_opts *io, char **keep, size_t *keep_len);

/* Reads a file holding both languages and splits it (vietalign_text_split). */
int cli_split_file(char **vi, size_t *vlen, char **en, size_t *elen, vietalign_aligner *a, const char *path,
                   const cli_input_opts *io);

int cmd_align(int argc, char **argv);
int cmd_split(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_segment(int argc, char **argv);

#endif
