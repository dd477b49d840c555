/* messages.c - errors and warnings reported the same way everywhere, and
 * the text buffer that holds them while a worker thread runs. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("vietalign: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void cli_say(cli_buf *msgs, const char *fmt, ...)
{
	char line[2048];
	va_list ap;
	va_start(ap, fmt);
	if (!msgs) {
		fputs("vietalign: ", stderr);
		vfprintf(stderr, fmt, ap);
		fputc('\n', stderr);
	} else {
		/* a message lost to a full memory is no reason to fail more */
		vsnprintf(line, sizeof line, fmt, ap);
		if (cli_buf_puts(msgs, line) == 0)
			(void)cli_buf_append(msgs, "\n", 1);
	}
	va_end(ap);
}

int cli_buf_append(cli_buf *b, const char *s, size_t len)
{
	if (len >= SIZE_MAX / 2 - b->len)
		return 1;
	if (b->len + len + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		char *p;
		while (cap < b->len + len + 1)
			cap *= 2;
		if (!(p = realloc(b->data, cap)))
			return 1;
		b->data = p;
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

int cli_buf_puts(cli_buf *b, const char *s)
{
	return cli_buf_append(b, s, strlen(s));
}

void cli_buf_free(cli_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

int cli_stdout_done(void)
{
	errno = 0;
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	cli_error("standard output: write error: %s", strerror(errno ? errno : EIO));
	return 1;
}
