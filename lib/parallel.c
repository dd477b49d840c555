/* parallel.c - running independent jobs on threads of their own. */
#include <pthread.h>
#include "parallel.h"

void vl_parallel(void *(*fn)(void *), void *jobs, size_t size, size_t n)
{
	pthread_t tid[VL_PARALLEL_MAX];
	char *job = jobs;
	size_t t, started = 1;
	if (n > VL_PARALLEL_MAX)
		n = VL_PARALLEL_MAX;
	while (started < n && !pthread_create(&tid[started], NULL, fn, job + started * size))
		started++;
	if (n)
		fn(job);
	for (t = 1; t < started; t++)
		pthread_join(tid[t], NULL);
	for (t = started; t < n; t++) /* a thread that could not start */
		fn(job + t * size);
}
