/* langid.c - the language of a text: Vietnamese or English by its letters
 * (about a third of the letters of Vietnamese text carry a diacritic, ă â đ
 * ê ô ơ ư and the five tone marks; English text has next to none; without
 * its marks, Vietnamese is still made of syllables), any other language by
 * the fingerprints of fingerprints.c. */
#include <string.h>
#include "common/common.h"
#include "text/text.h"

/* Chosen on the bad-input tests when the CLI began refusing swapped and
 * same-language files (22ee556): Vietnamese prose has about a third of its
 * letters marked, English next to none, so any share between is safe and
 * 0.05 keeps English with a few Vietnamese names; 20 letters is a short
 * sentence, below which a heading or a number line says nothing. */
const vta_langid_params VTA_LANGID_PARAMS = {
	.min_letters = 20,
	.vi_share = 0.05,
	/* Vietnamese typed without its marks: over 0.85 of the ASCII words of
	 * the shared sets' Vietnamese stripped of them are shaped like
	 * syllables (0.65 for the maint-guide's index page, full of package
	 * names), English below 0.40 */
	.vi_syllable_share = 0.6,
	/* a third language is named from 200 letters on (shorter texts, a
	 * title or a command line, mislead the fingerprints: on the shared
	 * sets every miss was under 100 bytes) and when its fingerprint is
	 * 5 % closer than both Vietnamese's and English's (the maint-guide's
	 * German, French, Spanish and Italian chapters: 7.5 % and more; no
	 * shared-set text of 200 letters closer to another language at all) */
	.other_min_letters = 200,
	.other_margin = 1.05,
};

/* Whether cp is a Latin letter, and whether it bears a Vietnamese mark. */
static int latin_letter(utf8proc_int32_t cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F) ||
	       (cp >= 0x1E00 && cp <= 0x1EFF);
}

static int vietnamese_mark(utf8proc_int32_t cp)
{
	return (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1EA0 && cp <= 0x1EF9) || (cp >= 0x300 && cp <= 0x323);
}

/* Past the rest of the white-space separated token holding byte i. */
static size_t skip_link(const char *text, size_t len, size_t i)
{
	while (i < len && text[i] != ' ' && text[i] != '\n' && text[i] != '\t' && text[i] != '\r')
		i++;
	return i;
}

/* What the letters of a text say about its language. */
typedef struct {
	size_t latin;    /* Latin letters */
	size_t marked;   /* of them, those bearing a Vietnamese mark */
	size_t letters;  /* letters of any script */
	size_t words;    /* words written in ASCII letters only */
	size_t syllable; /* of them, those shaped like a Vietnamese syllable */
} letter_counts;

/* Ends the word [w, end) of text: an ASCII word is tested for the shape of
 * a Vietnamese syllable written without its marks. */
static void end_word(letter_counts *c, const char *text, size_t w, size_t end, int ascii)
{
	char low[16];
	size_t k, n = end - w;
	if (!ascii || n == 0)
		return;
	c->words++;
	if (n >= sizeof low)
		return; /* longer than any syllable */
	for (k = 0; k < n; k++)
		low[k] = (char)(text[w + k] | 0x20);
	c->syllable += vta_vi_syllable_shape(low, n) != 0;
}

/* Adds the letters of text[0, len) to c. */
static void add_letters(letter_counts *c, const char *text, size_t len)
{
	size_t i = 0, w = 0;
	int in_word = 0, ascii = 1;
	while (i < len) {
		unsigned char b = (unsigned char)text[i];
		int32_t cp = b;
		int n = 1, letter;
		if (b >= 0x80 || b == '@' || b == ':') {
			n = vta_utf8_decode(text + i, len - i, &cp);
			if (n <= 0) {
				n = 1;
				cp = ' '; /* a stray byte says nothing about the language */
			}
			if (cp == '@' || (cp == ':' && i + 2 < len && text[i + 1] == '/' && text[i + 2] == '/')) {
				end_word(c, text, w, i, 0);
				in_word = 0;
				i = skip_link(text, len, i);
				continue; /* addresses are not written in any language */
			}
		}
		letter = cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
		                   : (vta_is_letter(cp) || (cp >= 0x300 && cp <= 0x323));
		if (letter) {
			if (!in_word) {
				in_word = 1;
				ascii = 1;
				w = i;
			}
			ascii &= cp < 0x80;
			c->letters += cp < 0x300 || cp > 0x36F;
			c->latin += latin_letter(cp);
			c->marked += cp >= 0x80 && vietnamese_mark(cp);
		} else if (in_word) {
			end_word(c, text, w, i, ascii);
			in_word = 0;
		}
		i += (size_t)n;
	}
	if (in_word)
		end_word(c, text, w, len, ascii);
}

/* A long text's letters are counted in LETTER_WINDOWS windows of
 * LETTER_WINDOW bytes spread evenly through it, 1 MB in all: its share of
 * marked letters and of syllable-shaped words is then known to well under
 * a point (the thresholds lie 5 and 20 points from either language's
 * share), and the check of a 100 MB file takes what one of 1 MB takes
 * instead of a second of CPU (it ran before the segmentation, on one
 * thread per file). */
#define LETTER_WINDOWS 64
#define LETTER_WINDOW ((size_t)16 << 10)

/* Past the white space at or after p (within [0, end)), or end. */
static size_t after_space(const char *text, size_t p, size_t end)
{
	while (p < end && text[p] != ' ' && text[p] != '\n' && text[p] != '\t')
		p++;
	return p < end ? p + 1 : end;
}

static void count_letters(letter_counts *c, const char *text, size_t len)
{
	size_t k;
	memset(c, 0, sizeof *c);
	if (len <= (size_t)LETTER_WINDOWS * LETTER_WINDOW * 2) {
		add_letters(c, text, len);
		return;
	}
	for (k = 0; k < LETTER_WINDOWS; k++) {
		/* each window from a word's start to a word's end: no word
		 * cut in two, no UTF-8 sequence either */
		size_t from = len / LETTER_WINDOWS * k, to = from + LETTER_WINDOW;
		size_t a = k ? after_space(text, from, to) : 0, z = after_space(text, to, to + LETTER_WINDOW);
		if (z > len)
			z = len;
		add_letters(c, text + a, z - a);
	}
}

/* Vietnamese when a twentieth of its Latin letters bear a Vietnamese mark
 * (about a third do in Vietnamese, next to none in English), or when most
 * of its ASCII words are shaped like Vietnamese syllables (Vietnamese typed
 * without its marks: over 0.85 on the shared sets' texts stripped of them,
 * English below 0.40). */

static int looks_vietnamese(const letter_counts *c)
{
	return (c->latin && (double)c->marked / (double)c->latin >= VTA_LANGID_PARAMS.vi_share) ||
	       (c->words >= 10 && (double)c->syllable / (double)c->words >= VTA_LANGID_PARAMS.vi_syllable_share);
}

int vietalign_lang_detect(vietalign_lang *out, double *share, const char *text, size_t len)
{
	letter_counts c;
	double r;
	if (!out || (!text && len))
		return VIETALIGN_EINVALID;
	count_letters(&c, text, len);
	if (c.latin < VTA_LANGID_PARAMS.min_letters)
		return VIETALIGN_EEMPTY; /* too little to tell */
	r = (double)c.marked / (double)c.latin;
	if (share)
		*share = r;
	*out = r >= VTA_LANGID_PARAMS.vi_share ? VIETALIGN_LANG_VI : VIETALIGN_LANG_EN;
	return VIETALIGN_OK;
}

int vta_lang_identify(size_t *lang, const vta_langid *set, const char *text, size_t len)
{
	letter_counts c;
	count_letters(&c, text, len);
	if (c.letters < VTA_LANGID_PARAMS.min_letters)
		return VIETALIGN_EEMPTY;
	if (set && c.letters >= VTA_LANGID_PARAMS.other_min_letters &&
	    !(c.words >= 10 && (double)c.syllable / (double)c.words >= VTA_LANGID_PARAMS.vi_syllable_share)) {
		long dist[64];
		size_t i, best = VTA_LANGID_EN + 1;
		int rc = vta_langid_distances(dist, set, text, len);
		if (rc == VIETALIGN_ENOMEM)
			return rc;
		if (rc == VIETALIGN_OK) {
			long ours =
				dist[VTA_LANGID_VI] < dist[VTA_LANGID_EN] ? dist[VTA_LANGID_VI] : dist[VTA_LANGID_EN];
			for (i = best + 1; i < vta_langid_count(); i++)
				if (dist[i] < dist[best])
					best = i;
			if ((double)ours >= VTA_LANGID_PARAMS.other_margin * (double)dist[best]) {
				*lang = best;
				return VIETALIGN_OK;
			}
		}
	}
	*lang = looks_vietnamese(&c) ? VTA_LANGID_VI : VTA_LANGID_EN;
	return VIETALIGN_OK;
}
