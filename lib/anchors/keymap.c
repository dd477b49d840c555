/* keymap.c - open addressing with linear probing, kept at most half full. */
#include <stdlib.h>
#include "anchors/anchors.h"

static uint64_t fix(uint64_t key)
{
	return key ? key : 1;
}

static size_t slot(uint64_t key, size_t cap)
{
	/* the keys are FNV hashes already; mix once more for the low bits */
	key ^= key >> 33;
	key *= 0xff51afd7ed558ccdULL;
	key ^= key >> 33;
	return (size_t)key & (cap - 1);
}

static int grow(vta_keymap *m)
{
	vta_keymap n = {0};
	size_t i;
	n.cap = m->cap ? m->cap * 2 : 64;
	if (n.cap > SIZE_MAX / sizeof *n.keys)
		return VIETALIGN_ENOMEM;
	n.keys = calloc(n.cap, sizeof *n.keys);
	n.values = calloc(n.cap, sizeof *n.values);
	if (!n.keys || !n.values) {
		vta_keymap_free(&n);
		return VIETALIGN_ENOMEM;
	}
	for (i = 0; i < m->cap; i++)
		if (m->keys[i] && vta_keymap_put(&n, m->keys[i], m->values[i])) {
			vta_keymap_free(&n);
			return VIETALIGN_ENOMEM;
		}
	vta_keymap_free(m);
	*m = n;
	return 0;
}

uint32_t *vta_keymap_value(vta_keymap *m, uint64_t key)
{
	size_t i;
	key = fix(key);
	if ((m->count + 1) * 2 > m->cap && grow(m))
		return NULL;
	for (i = slot(key, m->cap); m->keys[i] && m->keys[i] != key; i = (i + 1) & (m->cap - 1))
		;
	if (!m->keys[i]) {
		m->count++;
		m->keys[i] = key;
		m->values[i] = 0;
	}
	return &m->values[i];
}

int vta_keymap_put(vta_keymap *m, uint64_t key, uint32_t value)
{
	uint32_t *v = vta_keymap_value(m, key);
	if (!v)
		return VIETALIGN_ENOMEM;
	*v = value;
	return 0;
}

int vta_keymap_get(const vta_keymap *m, uint64_t key, uint32_t *value)
{
	size_t i;
	if (!m->cap)
		return 0;
	key = fix(key);
	for (i = slot(key, m->cap); m->keys[i]; i = (i + 1) & (m->cap - 1))
		if (m->keys[i] == key) {
			if (value)
				*value = m->values[i];
			return 1;
		}
	return 0;
}

void vta_keymap_free(vta_keymap *m)
{
	free(m->keys);
	free(m->values);
	m->keys = NULL;
	m->values = NULL;
	m->cap = m->count = 0;
}
