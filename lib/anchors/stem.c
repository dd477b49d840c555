/* stem.c - a light English stemmer for lexicon look-ups. It only has to be
 * consistent: the table's English words go through it too. */
#include <string.h>
#include "anchors/anchors.h"

static int ends(const char *w, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	return n > k && memcmp(w + n - k, suf, k) == 0;
}

static int vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int has_vowel(const char *w, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (vowel(w[i]) || w[i] == 'y')
			return 1;
	return 0;
}

/* "running" -> "runn" -> "run": undo a doubled final consonant. */
static size_t undouble(const char *w, size_t n)
{
	if (n >= 3 && w[n - 1] == w[n - 2] && !vowel(w[n - 1]) && w[n - 1] != 'l' && w[n - 1] != 's' && w[n - 1] != 'z')
		return n - 1;
	return n;
}

size_t vta_en_stem(char *out, size_t cap, const char *word, size_t len)
{
	size_t n = 0, i;
	if (len + 1 > cap)
		return 0;
	for (i = 0; i < len; i++) {
		char c = word[i];
		out[n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	if (n > 2 && out[n - 2] == '\'' && out[n - 1] == 's')
		n -= 2;
	if (n > 4 && ends(out, n, "ies")) {
		n -= 3;
		out[n++] = 'y';
	} else if (n > 4 &&
	           (ends(out, n, "sses") || ends(out, n, "shes") || ends(out, n, "ches") || ends(out, n, "xes"))) {
		n -= 2;
	} else if (n > 3 && out[n - 1] == 's' && out[n - 2] != 's' && out[n - 2] != 'u' && out[n - 2] != 'i') {
		n -= 1;
	}
	if (n > 5 && ends(out, n, "ing") && has_vowel(out, n - 3))
		n = undouble(out, n - 3);
	else if (n > 4 && ends(out, n, "ied"))
		n -= 2, out[n - 1] = 'y';
	else if (n > 4 && ends(out, n, "ed") && has_vowel(out, n - 2))
		n = undouble(out, n - 2);
	/* "made"/"make" and "hope"/"hoped" meet at "mak"/"hop" */
	if (n > 3 && out[n - 1] == 'e')
		n--;
	out[n] = '\0';
	return n;
}
