/* syllables.c - the shape of a Vietnamese syllable written without
 * diacritics, which tells a kept foreign word or an unaccented Vietnamese
 * word from English. */
#include <string.h>
#include "text/text.h"

/* The length of the onset w starts with (0 for none): the longest of
 * ngh, ng gh gi kh nh ph qu th tr ch and the single consonants b c d g h k
 * l m n p r s t v x. A switch on the first letter instead of a list tried
 * in turn: langid and the word anchors ask this of most syllables. */
static size_t onset(const char *w, size_t len)
{
	char b = len > 1 ? w[1] : 0;
	if (len == 0)
		return 0;
	switch (w[0]) {
	case 'n':
		if (b == 'g')
			return len > 2 && w[2] == 'h' ? 3 : 2;
		return b == 'h' ? 2 : 1;
	case 'g': return b == 'h' || b == 'i' ? 2 : 1;
	case 'k':
	case 'p':
	case 'c': return b == 'h' ? 2 : 1;
	case 't': return b == 'h' || b == 'r' ? 2 : 1;
	case 'q': return b == 'u' ? 2 : 0;
	case 'b':
	case 'd':
	case 'h':
	case 'l':
	case 'm':
	case 'r':
	case 's':
	case 'v':
	case 'x': return 1;
	default: return 0;
	}
}

/* Whether a syllable's rest (after its vowels) is one of the codas ch nh
 * ng c m n p t, or nothing. */
static int coda(const char *w, size_t len)
{
	if (len == 1)
		return w[0] == 'c' || w[0] == 'm' || w[0] == 'n' || w[0] == 'p' || w[0] == 't';
	if (len == 2)
		return (w[0] == 'c' && w[1] == 'h') || (w[0] == 'n' && (w[1] == 'h' || w[1] == 'g'));
	return len == 0;
}

/* A vowel of the syllable; the NUL byte counts as strchr("aeiouy", c)
 * counted it. */
static int vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 0;
}

int vta_vi_syllable_shape(const char *w, size_t len)
{
	size_t i = onset(w, len), v = 0;
	while (i + v < len && vowel(w[i + v]))
		v++;
	if (v == 0 || v > 3)
		return 0;
	i += v;
	return coda(w + i, len - i);
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
