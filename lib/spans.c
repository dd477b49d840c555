/* spans.c - the growable array of byte spans the segmenters return. */
#include <stdlib.h>
#include "segment.h"
#include "vec.h"

int vl_span_vec_push(vl_span_vec *v, vl_span s)
{
	if (v->count == v->cap &&
	    vl_grow((void **)&v->items, &v->cap, v->count + 1, sizeof *v->items))
		return VIETALIGN_ENOMEM;
	v->items[v->count++] = s;
	return VIETALIGN_OK;
}

void vl_span_vec_free(vl_span_vec *v)
{
	if (!v)
		return;
	free(v->items);
	v->items = NULL;
	v->count = v->cap = 0;
}
