/* syllables.c - the shape of a Vietnamese syllable written without
 * diacritics, which tells a kept foreign word or an unaccented Vietnamese
 * word from English. */
#include <string.h>
#include "text/text.h"

static size_t match_any(const char *w, size_t len, const char *const *set)
{
	size_t k;
	for (k = 0; set[k]; k++) {
		size_t n = strlen(set[k]);
		if (n <= len && memcmp(w, set[k], n) == 0)
			return n;
	}
	return 0;
}

int vta_vi_syllable_shape(const char *w, size_t len)
{
	/* longest first, so that "ngh" wins over "ng" and "n" */
	static const char *const onsets[] = {"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th",
	                                     "tr",  "ch", "b",  "c",  "d",  "g",  "h",  "k",  "l",
	                                     "m",   "n",  "p",  "r",  "s",  "t",  "v",  "x",  NULL};
	static const char *const codas[] = {"ch", "nh", "ng", "c", "m", "n", "p", "t", NULL};
	size_t i = match_any(w, len, onsets), v = 0, c;
	while (i + v < len && strchr("aeiouy", w[i + v]))
		v++;
	if (v == 0 || v > 3)
		return 0;
	i += v;
	if (i == len)
		return 1;
	c = match_any(w + i, len - i, codas);
	return c && i + c == len;
}

size_t vta_ascii_letters(const char *w, size_t n)
{
	size_t i = 0;
	while (i < n && ((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' && w[i] <= 'Z')))
		i++;
	return i;
}

int vta_vi_plain_syllable(const char *w, size_t n)
{
	char low[32];
	size_t i;
	if (n >= sizeof low || vta_ascii_letters(w, n) != n)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)(w[i] | 0x20);
	return vta_vi_syllable_shape(low, n);
}
