/* give_back.h - handing freed memory back to the system. */
#ifndef VL_GIVE_BACK_H
#define VL_GIVE_BACK_H

#include "error.h"

/* Returns the free pages of the allocator's heaps to the system. glibc
 * keeps the pages of blocks freed in the middle of its heaps (and blocks
 * of a few MB land there once larger ones have come and gone), so a long
 * pair's peak would count memory it no longer uses. Walks the heaps: for
 * long documents only. Does nothing with other C libraries. */
VL_HIDDEN void vl_give_back(void);

#endif
