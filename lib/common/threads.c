/* threads.c - running independent jobs on threads of their own. */
#include <pthread.h>
#include "common/common.h"

void vta_parallel(void *(*fn)(void *), void *jobs, size_t size, size_t n)
{
	pthread_t tid[VTA_PARALLEL_MAX];
	char *job = jobs;
	size_t t, started = 1;
	if (n > VTA_PARALLEL_MAX)
		n = VTA_PARALLEL_MAX;
	while (started < n && !pthread_create(&tid[started], NULL, fn, job + started * size))
		started++;
	if (n)
		fn(job);
	for (t = 1; t < started; t++)
		pthread_join(tid[t], NULL);
	for (t = started; t < n; t++) /* a thread that could not start */
		fn(job + t * size);
}

void vta_parallel_split(size_t *first, size_t n, size_t count, size_t (*weight)(const void *ctx, size_t i),
                        const void *ctx)
{
	size_t i, t, total = 0, done = 0;
	for (i = 0; i < count; i++)
		total += weight(ctx, i);
	for (t = 0, i = 0; t < n; t++) {
		size_t part = 0;
		first[t] = i;
		while (i < count && (t + 1 == n || done + part < total / n * (t + 1)))
			part += weight(ctx, i++);
		done += part;
	}
	first[n] = count;
}
