/* clock.c - a monotonic clock for the figures of where time went. */
#include <time.h>
#include "common/common.h"

double vta_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
