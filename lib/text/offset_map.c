/* offset_map.c - where a spot of the folded sentence text lies in the
 * input, so that reports point at the item itself in the caller's file. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "text/text.h"

/* End of the cluster starting at s[i]: the code point and the combining
 * marks after it, which NFC may fold into fewer bytes. */
static size_t cluster_end(const char *s, size_t n, size_t i)
{
	int32_t cp;
	i += vta_cp_next(s, n, i, &cp);
	while (i < n) {
		size_t k = vta_cp_next(s, n, i, &cp);
		if (cp < 0x300 || utf8proc_get_property(cp)->combining_class == 0)
			break;
		i += k;
	}
	return i;
}

static int push(size_t **map, size_t *count, size_t *cap, size_t t, size_t in)
{
	if (*count && (*map)[2 * (*count - 1)] == t) { /* a later point wins */
		(*map)[2 * (*count - 1) + 1] = in;
		return 0;
	}
	if (*count == *cap) {
		size_t c = *cap ? *cap * 2 : 4;
		size_t *p = realloc(*map, 2 * c * sizeof *p);
		if (!p)
			return VIETALIGN_ENOMEM;
		*map = p;
		*cap = c;
	}
	(*map)[2 * *count] = t;
	(*map)[2 * *count + 1] = in;
	(*count)++;
	return 0;
}

int vta_text_offset_map(size_t **out, size_t *count, const char *in, size_t len, const char *text, size_t tlen)
{
	size_t i = 0, o = 0, cap = 0, last_shift = 0;
	*out = NULL;
	*count = 0;
	if (len == tlen && memcmp(in, text, len) == 0)
		return 0; /* the usual case: nothing folded */
	while (i < len && o <= tlen) {
		int32_t cp;
		size_t k = vta_cp_next(in, len, i, &cp);
		if (vta_is_space(cp)) {
			while (i < len && (k = vta_cp_next(in, len, i, &cp), vta_is_space(cp)))
				i += k;
			if (o < tlen && text[o] == ' ' && o > 0)
				o++;
		} else if (o + k <= tlen && memcmp(in + i, text + o, k) == 0) {
			i += k;
			o += k;
			continue;
		} else { /* NFC changed the cluster: both sides' clusters match */
			i = cluster_end(in, len, i);
			o = o < tlen ? cluster_end(text, tlen, o) : tlen;
		}
		if (i - o != last_shift || *count == 0) {
			if (push(out, count, &cap, o, i)) {
				free(*out);
				*out = NULL;
				*count = 0;
				return VIETALIGN_ENOMEM;
			}
			last_shift = i - o;
		}
	}
	return 0;
}

size_t vta_text_input_offset(const size_t *map, size_t count, size_t t)
{
	size_t lo = 0, hi = count;
	if (!map || !count || t < map[0])
		return t;
	while (hi - lo > 1) { /* the last point at or before t */
		size_t mid = (lo + hi) / 2;
		if (map[2 * mid] <= t)
			lo = mid;
		else
			hi = mid;
	}
	return map[2 * lo + 1] + (t - map[2 * lo]);
}
