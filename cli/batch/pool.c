/* pool.c - the threads of `vietalign batch`. The calling thread
 * reads pairs into a ring of `window` slots and emits finished slots
 * oldest first; worker threads, each with its own aligner (an aligner must
 * not be shared by threads), take the slots in order. The output is thus
 * the same for any number of threads, and memory holds at most `window`
 * pairs whatever the input's size. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "batch/batch.h"

typedef struct {
	batch_job job;
	batch_result res;
	int done;
} slot;

typedef struct {
	const batch_pool_config *pc;
	pthread_mutex_t mu;
	pthread_cond_t work; /* a slot to take, or closing */
	pthread_cond_t done; /* a slot finished */
	slot *slots;
	size_t head;   /* number of the oldest pair not yet emitted */
	size_t filled; /* pairs read so far */
	size_t taken;  /* pairs handed to workers */
	int closing;
} pool;

static slot *slot_of(pool *p, size_t n)
{
	return &p->slots[n % p->pc->window];
}

/* Takes the next pair to align, or returns NULL when closing. */
static slot *take(pool *p, size_t *n)
{
	slot *s = NULL;
	pthread_mutex_lock(&p->mu);
	while (p->taken == p->filled && !p->closing)
		pthread_cond_wait(&p->work, &p->mu);
	if (p->taken < p->filled) {
		*n = p->taken++;
		s = slot_of(p, *n);
	}
	pthread_mutex_unlock(&p->mu);
	return s;
}

static void *worker(void *arg)
{
	pool *p = arg;
	vietalign_aligner *a = NULL;
	int ok = vietalign_aligner_new(&a, p->pc->opts) == 0 && cli_dicts_apply(a, p->pc->cfg->dicts) == 0 &&
	         vietalign_aligner_use_learner(a, p->pc->cfg->learner) == 0;
	size_t n;
	slot *s;
	while ((s = take(p, &n)) != NULL) {
		if (ok) {
			batch_align_pair(&s->res, &s->job, a, p->pc->cfg);
		} else {
			memset(&s->res, 0, sizeof s->res);
			s->res.status = BATCH_FAILED;
			s->res.parallelism = -1;
			cli_say(&s->res.msgs, "cannot create an aligner");
		}
		pthread_mutex_lock(&p->mu);
		s->done = 1;
		pthread_cond_signal(&p->done);
		pthread_mutex_unlock(&p->mu);
	}
	vietalign_aligner_free(a);
	return NULL;
}

/* Waits for a slot to finish; with a tick, wakes ten times a second. */
static void wait_done(pool *p)
{
	struct timespec ts;
	if (!p->pc->tick) {
		pthread_cond_wait(&p->done, &p->mu);
		return;
	}
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += 100000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	pthread_cond_timedwait(&p->done, &p->mu, &ts);
}

/* Emits the finished pairs at the head, in order; after a failed emit
 * they are only freed. Called and returns with the lock held. */
static void emit_ready(pool *p, int *failed)
{
	while (p->head < p->filled && slot_of(p, p->head)->done) {
		slot *s = slot_of(p, p->head);
		pthread_mutex_unlock(&p->mu);
		if (!*failed && p->pc->emit(p->pc->ctx, &s->job, &s->res))
			*failed = 1;
		batch_job_free(&s->job);
		batch_result_free(&s->res);
		pthread_mutex_lock(&p->mu);
		s->done = 0;
		p->head++;
	}
}

/* Reads one more pair into the free slot after the last; 0 at the end. */
static int read_one(pool *p, int *failed)
{
	batch_job job;
	int rc = batch_reader_next(p->pc->reader, &job);
	if (rc < 0)
		*failed = 1;
	if (rc <= 0)
		return 0;
	pthread_mutex_lock(&p->mu);
	slot_of(p, p->filled)->job = job;
	p->filled++;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
	return 1;
}

static void drive(pool *p, int *failed)
{
	int more = 1;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		emit_ready(p, failed);
		if (*failed)
			more = 0; /* stop reading; let the workers finish what they hold */
		if (more && p->filled - p->head < p->pc->window) {
			pthread_mutex_unlock(&p->mu);
			more = read_one(p, failed);
			pthread_mutex_lock(&p->mu);
			continue;
		}
		if (!more && p->head == p->filled)
			break;
		wait_done(p);
		if (p->pc->tick) {
			pthread_mutex_unlock(&p->mu);
			p->pc->tick(p->pc->ctx);
			pthread_mutex_lock(&p->mu);
		}
	}
	p->closing = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
}

static int start_workers(pool *p, pthread_t *tids, size_t *started)
{
	for (*started = 0; *started < p->pc->threads; ++*started) {
		int e = pthread_create(&tids[*started], NULL, worker, p);
		if (e) {
			if (*started)
				cli_error("batch: cannot start thread %zu of %zu (%s): running with %zu", *started + 1,
				          p->pc->threads, strerror(e), *started);
			else
				cli_error("batch: cannot start a thread: %s", strerror(e));
			return 1;
		}
	}
	return 0;
}

int batch_pool_run(const batch_pool_config *pc, size_t *read)
{
	pool p;
	pthread_t *tids = calloc(pc->threads, sizeof *tids);
	size_t started = 0, i;
	int failed = 0;
	*read = 0;
	memset(&p, 0, sizeof p);
	p.pc = pc;
	p.slots = calloc(pc->window, sizeof *p.slots);
	if (!tids || !p.slots) {
		cli_error("out of memory");
		free(tids);
		free(p.slots);
		return 1;
	}
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.work, NULL);
	pthread_cond_init(&p.done, NULL);
	if (start_workers(&p, tids, &started) == 0 || started > 0)
		drive(&p, &failed);
	else
		failed = 1;
	pthread_mutex_lock(&p.mu);
	p.closing = 1;
	pthread_cond_broadcast(&p.work);
	pthread_mutex_unlock(&p.mu);
	for (i = 0; i < started; i++)
		pthread_join(tids[i], NULL);
	pthread_cond_destroy(&p.done);
	pthread_cond_destroy(&p.work);
	pthread_mutex_destroy(&p.mu);
	free(p.slots);
	free(tids);
	*read = p.filled;
	return failed;
}
