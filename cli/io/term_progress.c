/* term_progress.c - a long call's progress on the terminal: "label [###...]
 * 42%" fitted to the width of the terminal, redrawn with \r at most ten
 * times a second; never drawn when stderr is not a terminal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"

double cli_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The terminal's width: the tty's own, else $COLUMNS, else 80. */
static size_t term_cols(void)
{
	struct winsize ws;
	const char *c = getenv("COLUMNS");
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	if (c && atoi(c) > 0)
		return (size_t)atoi(c);
	return 80;
}

void cli_progress_line(char *buf, size_t cols, const char *label, double f)
{
	char pct[8];
	size_t room, bar, full, k, n;
	if (!cols)
		return;
	snprintf(pct, sizeof pct, "%3d%%", (int)(f * 100));
	/* "label [" bar "] 100%" in cols - 1 */
	n = strlen(label) + 2 + 2 + strlen(pct);
	room = cols - 1;
	if (n + 4 > room) { /* no room for a bar: the figure alone */
		snprintf(buf, cols, "%s %s", label, pct);
		return;
	}
	bar = room - n;
	bar = bar > 40 ? 40 : bar;
	full = (size_t)(f * (double)bar);
	k = (size_t)snprintf(buf, cols, "%s [", label);
	for (n = 0; n < bar; n++)
		buf[k++] = n < full ? '#' : '.';
	snprintf(buf + k, cols - k, "] %s", pct);
}

void cli_progress_start(cli_progress *p, const char *label)
{
	p->label = label;
	p->on = isatty(STDERR_FILENO);
	p->drawn = 0;
	p->last = 0;
}

int cli_progress_cb(double fraction, void *payload)
{
	cli_progress *p = payload;
	double t;
	if (p->on && (t = cli_seconds()) - p->last >= 0.1) {
		size_t cols = term_cols();
		char *line = malloc(cols + 1);
		if (line) {
			cli_progress_line(line, cols, p->label, fraction);
			fprintf(stderr, "\r%s\033[K", line);
			fflush(stderr);
			free(line);
			p->drawn = 1;
			p->last = t;
		}
	}
	return cli_interrupted();
}

void cli_progress_stop(cli_progress *p)
{
	if (p->on && p->drawn) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
	p->drawn = 0;
}
