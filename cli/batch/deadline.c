/* deadline.c - batch's time limit per document (--max-doc-seconds): the
 * worker's own aligner gets a progress callback that cancels the running
 * call once the document's time is up, and the worker asks between the
 * stages of the pair. Each worker owns its aligner and its deadline, so no
 * state is shared between threads. */
#include "batch/batch.h"

/* The progress callback: nonzero (cancel) once the time is up. Called by
 * one thread of the call at a time (vietalign_aligner_set_progress()). */
static int deadline_cb(double fraction, void *payload)
{
	(void)fraction;
	return batch_deadline_passed(payload);
}

void batch_deadline_start(batch_deadline *d, vietalign_aligner *a, double limit)
{
	d->limit = limit;
	d->start = cli_seconds();
	d->expired = 0;
	d->aligner = a;
	if (limit > 0)
		vietalign_aligner_set_progress(a, deadline_cb, d);
}

int batch_deadline_passed(batch_deadline *d)
{
	if (!d->expired && d->limit > 0 && cli_seconds() - d->start > d->limit)
		d->expired = 1;
	return d->expired;
}

void batch_deadline_stop(batch_deadline *d)
{
	if (d->limit > 0)
		vietalign_aligner_set_progress(d->aligner, NULL, NULL);
}
