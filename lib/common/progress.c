/* progress.c - a call's progress, told to the caller's callback at a
 * bounded rate from whichever thread made it, and its cancel. */
#include <math.h>
#include "common/common.h"

void vta_progress_init(vta_progress *p, vietalign_progress_cb fn, void *payload)
{
	p->fn = fn;
	p->payload = payload;
	pthread_mutex_init(&p->lock, NULL);
	p->base = p->span = 0;
	p->total = 0;
	atomic_init(&p->done, 0);
	atomic_init(&p->next, SIZE_MAX);
	p->shown = -1;
	atomic_init(&p->stop, 0);
}

void vta_progress_free(vta_progress *p)
{
	pthread_mutex_destroy(&p->lock);
}

/* The units of the running phase at which the fraction reaches f. */
static size_t units_at(const vta_progress *p, double f)
{
	double u;
	if (p->span <= 0 || !p->total)
		return SIZE_MAX;
	u = ceil((f - p->base) / p->span * (double)p->total);
	return u <= 0 ? 0 : u >= (double)p->total ? p->total : (size_t)u;
}

/* Tells fraction f when it has grown enough since the last one told (or
 * is the end), under the lock: one call of the callback at a time, and
 * the fractions it sees never go down. */
static int tell(vta_progress *p, double f, int force)
{
	pthread_mutex_lock(&p->lock);
	f = f > 1 ? 1 : f;
	if (!atomic_load(&p->stop) && f > p->shown && (force || f >= p->shown + VTA_PROGRESS_STEP || f >= 1)) {
		p->shown = f;
		if (p->fn(f, p->payload))
			atomic_store(&p->stop, 1);
	}
	atomic_store(&p->next, units_at(p, p->shown + VTA_PROGRESS_STEP));
	pthread_mutex_unlock(&p->lock);
	return atomic_load(&p->stop);
}

int vta_progress_phase(vta_progress *p, double upto, size_t total)
{
	if (!p || !p->fn)
		return 0;
	pthread_mutex_lock(&p->lock);
	p->base += p->span;
	p->span = upto > p->base ? upto - p->base : 0;
	p->total = total;
	atomic_store(&p->done, 0);
	pthread_mutex_unlock(&p->lock);
	return tell(p, p->base, 0);
}

int vta_progress_add(vta_progress *p, size_t units)
{
	size_t done;
	if (!p || !p->fn)
		return 0;
	done = atomic_fetch_add_explicit(&p->done, units, memory_order_relaxed) + units;
	if (done < atomic_load_explicit(&p->next, memory_order_relaxed))
		return vta_progress_stopped(p);
	if (done > p->total) /* a phase whose units were guessed */
		done = p->total;
	return tell(p, p->base + p->span * (p->total ? (double)done / (double)p->total : 1.0), 0);
}

int vta_progress_finish(vta_progress *p)
{
	if (!p || !p->fn)
		return 0;
	return tell(p, 1.0, 1);
}
