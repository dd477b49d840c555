/* give_back.c - handing freed memory back to the system (give_back.h). */
#include <stdlib.h> /* defines __GLIBC__ with glibc */
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "give_back.h"

void vl_give_back(void)
{
#if defined(__GLIBC__)
	malloc_trim(0);
#endif
}
