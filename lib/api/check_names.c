/* check_names.c - names a translation kept but misspelt ("Geore" for
 * "George", "Debiun" for "Debian"): the capitalised Latin words of each
 * side of a pair, counted; those written alike on both sides cancel one
 * for one, and a word left on each side within a slip of the pen of each
 * other is one finding naming both. Names translated rather than kept
 * ("Universal Access" as "Truy cập toàn cục") leave words on one side
 * only and are no fault; so are Vietnamese syllables written without
 * diacritics ("Anh", "Con") and a people's name for its country's. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "api/api.h"
#include "search/search.h"
#include "text/text.h"

#define NAMES_MAX 192

typedef struct {
	size_t sentence, off, len;
	int done;
	int weak; /* Vietnamese: could be a syllable ("Anh", "Sao"); English:
	             lowercase or its sentence's first word ("And") */
} name_word;

typedef struct {
	name_word w[NAMES_MAX];
	size_t n;
} name_list;

static int ascii_letter(unsigned char ch)
{
	return ch < 0x80 && isalpha(ch);
}

/* Whether nothing but punctuation comes before t[a] in its sentence. */
static int first_word(const char *t, size_t a)
{
	size_t i;
	for (i = 0; i < a; i++)
		if (isalnum((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80)
			return 0;
	return 1;
}

/* The words of 3+ ASCII letters of one side of a bead, capitalised ones
 * only on the Vietnamese side; whole words only (not part of "Nguyễn",
 * "WPA2", "e-mail"). */
static void name_words(name_list *l, const vietalign_doc *d, size_t first, size_t count, int vi)
{
	size_t k;
	l->n = 0;
	for (k = 0; k < count; k++) {
		const char *t = d->sents[first + k].text;
		size_t len = d->sents[first + k].text_length, i = 0;
		while (i < len) {
			size_t a = i;
			unsigned char before = a ? (unsigned char)t[a - 1] : ' ';
			if (!ascii_letter((unsigned char)t[i])) {
				i++;
				continue;
			}
			while (i < len && ascii_letter((unsigned char)t[i]))
				i++;
			if (i - a < 3 || (vi && !isupper((unsigned char)t[a])) || before >= 0x80 || isalnum(before) ||
			    before == '-' || before == '_' || before == '/' || before == '.' ||
			    (i < len && ((unsigned char)t[i] >= 0x80 || isdigit((unsigned char)t[i]) || t[i] == '_')))
				continue;
			if (l->n < NAMES_MAX) {
				name_word *w = &l->w[l->n++];
				w->sentence = first + k;
				w->off = a;
				w->len = i - a;
				w->done = 0;
				w->weak = vi ? vta_vi_plain_syllable(t + a, i - a)
				             : !isupper((unsigned char)t[a]) || first_word(t, a);
			}
		}
	}
}

static const char *word_text(const vietalign_doc *d, const name_word *w)
{
	return d->sents[w->sentence].text + w->off;
}

/* Edit distance of a[0, n) and b[0, m), capped at 9. */
static size_t distance(const char *a, size_t n, const char *b, size_t m)
{
	size_t row[65], i, j;
	if (n > 64 || m > 64)
		return 9;
	for (j = 0; j <= m; j++)
		row[j] = j;
	for (i = 1; i <= n; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (j = 1; j <= m; j++) {
			size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[m] > 9 ? 9 : row[m];
}

/* Whether name b is derived from name a by an English ending, as a
 * people from its country ("Hondurans", "Canadian", "Chinese"). */
static int derived(const char *a, size_t n, const char *b, size_t m)
{
	static const char *const ends[] = {"ns", "n", "ian", "ians", "an", "ans", "ese", "ish", "i", "is", "s"};
	size_t k;
	if (n < 4 || m <= n - 1 || strncasecmp(a, b, n - 1) != 0)
		return 0;
	for (k = 0; k < sizeof ends / sizeof *ends; k++) {
		size_t e = strlen(ends[k]);
		if (m >= e && m - e >= n - 1 && m - e <= n && strncasecmp(b + m - e, ends[k], e) == 0)
			return 1;
	}
	return 0;
}

int vta_name_changed(const char *a, size_t n, const char *b, size_t m)
{
	size_t d;
	if (!n || !m || (n == m && strncasecmp(a, b, n) == 0))
		return 0;
	if ((n < m && strncasecmp(a, b, n) == 0) || (m < n && strncasecmp(a, b, m) == 0))
		return 0; /* a prefix: a derived form, or part of a longer name */
	if (derived(a, n, b, m) || derived(b, m, a, n))
		return 0;
	d = distance(a, n, b, m);
	return d <= VTA_PARAMS.check_name_edits_max && VTA_PARAMS.check_name_letters_per_edit * d <= (n < m ? n : m);
}

int vta_check_names(vta_check *c, size_t bead)
{
	const vta_bead *b = &c->al->beads[bead];
	const vietalign_doc *dv = c->al->vi, *de = c->al->en;
	name_list *v = malloc(2 * sizeof *v), *e;
	size_t i, j;
	int found = 0;
	if (!v) {
		c->rc = VIETALIGN_ENOMEM;
		return 0;
	}
	e = v + 1;
	name_words(v, dv, b->vi_first, b->vi_count, 1);
	name_words(e, de, b->en_first, b->en_count, 0);
	for (i = 0; i < v->n; i++) /* written alike */
		for (j = 0; j < e->n; j++)
			if (!e->w[j].done && e->w[j].len == v->w[i].len &&
			    strncasecmp(word_text(dv, &v->w[i]), word_text(de, &e->w[j]), v->w[i].len) == 0) {
				v->w[i].done = e->w[j].done = 1;
				break;
			}
	for (i = 0; i < v->n; i++) /* written twice here, once there: "Debian (Debian)" */
		for (j = 0; !v->w[i].done && j < e->n; j++)
			if (e->w[j].len == v->w[i].len &&
			    strncasecmp(word_text(dv, &v->w[i]), word_text(de, &e->w[j]), v->w[i].len) == 0)
				v->w[i].done = 1;
	for (i = 0; i < v->n; i++) {
		name_word *x = &v->w[i];
		int pass;
		for (pass = 0; pass < 2; pass++) /* a word left over first, then any */
			for (j = 0; !x->done && j < e->n; j++) {
				name_word *y = &e->w[j];
				vta_spot sv = {1, x->sentence, x->off, x->len}, se = {1, y->sentence, y->off, y->len};
				char msg[256];
				if ((y->done && !pass) || (x->weak && y->weak) ||
				    !vta_name_changed(word_text(dv, x), x->len, word_text(de, y), y->len))
					continue; /* "Anh" for "And" is another word */
				x->done = y->done = 1;
				found = 1;
				snprintf(msg, sizeof msg,
				         "name differs: \"%.*s\" in the Vietnamese, \"%.*s\" in the English",
				         (int)x->len, word_text(dv, x), (int)y->len, word_text(de, y));
				vta_check_add(c, "name", VIETALIGN_SEVERITY_ERROR, bead, &sv, &se, msg);
			}
	}
	free(v);
	return found;
}
