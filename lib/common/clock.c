/* clock.c - a monotonic clock and the process's CPU time, for the figures
 * of where time went. */
#include <time.h>
#include "common/common.h"

double vta_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

vta_instant vta_now(void)
{
	struct timespec ts;
	vta_instant t;
	t.wall = vta_seconds();
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	t.cpu = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
	return t;
}

void vta_lap(double *wall, double *cpu, vta_instant since)
{
	vta_instant now = vta_now();
	*wall += now.wall - since.wall;
	*cpu += now.cpu - since.cpu;
}
