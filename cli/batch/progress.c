/* progress.c - the batch's progress bar on a terminal: pairs done (of how
 * many, when known), sentence pairs a second, time left. Drawn with \r at
 * most ten times a second; never drawn when stderr is not a terminal. */
#include <stdio.h>
#include <time.h>
#include "batch/batch.h"

void progress_init(batch_progress *p, int on, size_t total)
{
	p->on = on;
	p->total = total;
	p->done = p->pairs = 0;
	p->start = p->last = cli_seconds();
	p->drawn = 0;
}

static void format_eta(char *buf, size_t size, double seconds)
{
	long s = (long)(seconds + 0.5);
	if (s >= 3600)
		snprintf(buf, size, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
	else
		snprintf(buf, size, "%ld:%02ld", s / 60, s % 60);
}

static void draw(batch_progress *p, double t)
{
	double elapsed = t - p->start, rate = elapsed > 0 ? (double)p->pairs / elapsed : 0;
	char eta[32] = "?";
	if (p->total) {
		int i, width = 24, full = (int)((double)width * (double)p->done / (double)p->total);
		if (p->done > 0 && p->done <= p->total)
			format_eta(eta, sizeof eta, elapsed / (double)p->done * (double)(p->total - p->done));
		fputs("\r[", stderr);
		for (i = 0; i < width; i++)
			fputc(i < full ? '#' : '.', stderr);
		fprintf(stderr, "] %zu/%zu documents, %.0f pairs/s, ETA %s\033[K", p->done, p->total, rate, eta);
	} else {
		fprintf(stderr, "\r%zu documents, %.0f pairs/s\033[K", p->done, rate);
	}
	fflush(stderr);
	p->drawn = 1;
	p->last = t;
}

void progress_draw(batch_progress *p, int force)
{
	double t;
	if (!p->on)
		return;
	t = cli_seconds();
	if (force || t - p->last >= 0.1)
		draw(p, t);
}

void progress_clear(batch_progress *p)
{
	if (p->on && p->drawn) {
		fputs("\r\033[K", stderr);
		p->drawn = 0;
	}
}

void progress_end(batch_progress *p)
{
	if (!p->on)
		return;
	draw(p, cli_seconds());
	fputc('\n', stderr);
	p->drawn = 0;
}
