/* vec.h - a growable array of fixed-size items. */
#ifndef VL_VEC_H
#define VL_VEC_H

#include <stddef.h>
#include "error.h"

/* Grows *items (each of size `size`) so that it can hold at least `need`
 * items; *cap is updated. Checks the multiplication for overflow.
 * Returns 0 or VIETALIGN_ENOMEM. */
VL_HIDDEN int vl_grow(void **items, size_t *cap, size_t need, size_t size);

#endif
