/* memory.c - growable arrays with overflow-checked sizes, and freed memory
 * handed back to the system. */
#include <stdint.h>
#include <stdlib.h> /* defines __GLIBC__ with glibc */
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "common/common.h"

int vta_grow(void **items, size_t *cap, size_t need, size_t size)
{
	size_t ncap;
	void *p;
	if (need <= *cap)
		return 0;
	ncap = *cap ? *cap : 16;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return VIETALIGN_ENOMEM;
		ncap *= 2;
	}
	if (size && ncap > SIZE_MAX / size)
		return VIETALIGN_ENOMEM;
	p = realloc(*items, ncap * size);
	if (!p)
		return VIETALIGN_ENOMEM;
	*items = p;
	*cap = ncap;
	return 0;
}

void vta_give_back(void)
{
#if defined(__GLIBC__)
	malloc_trim(0);
#endif
}
