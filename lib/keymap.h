/* keymap.h - an open-addressing map from 64-bit keys to 32-bit values. */
#ifndef VL_KEYMAP_H
#define VL_KEYMAP_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"

typedef struct vl_keymap {
	uint64_t *keys;   /* 0 marks an empty slot: key 0 is stored as 1 */
	uint32_t *values;
	size_t cap, count; /* cap is a power of two */
} vl_keymap;

/* Sets key to value (replacing an old value). Returns 0 or ENOMEM. */
VL_HIDDEN int vl_keymap_put(vl_keymap *m, uint64_t key, uint32_t value);
/* Finds key; returns 1 and sets *value when present. */
VL_HIDDEN int vl_keymap_get(const vl_keymap *m, uint64_t key, uint32_t *value);
VL_HIDDEN void vl_keymap_free(vl_keymap *m);

#endif
