/* langid.c - telling Vietnamese from English by its letters: about a third
 * of the letters of Vietnamese text carry a diacritic (ă â đ ê ô ơ ư and the
 * five tone marks); English text has next to none. */
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

int vietalign_lang_detect(vietalign_lang *out, double *share, const char *text, size_t len)
{
	size_t i = 0, letters = 0, marked = 0;
	double r;
	if (!out || (!text && len))
		return VIETALIGN_EINVALID;
	while (i < len) {
		unsigned char b = (unsigned char)text[i];
		int32_t cp;
		int n;
		if (b < 0x80 && b != '@' && b != ':') { /* most bytes: a letter or not, no mark */
			letters += (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
			i++;
			continue;
		}
		n = vta_utf8_decode(text + i, len - i, &cp);
		if (n <= 0) {
			i++;
			continue; /* a stray byte says nothing about the language */
		}
		if (cp == '@' || (cp == ':' && i + 2 < len && text[i + 1] == '/' && text[i + 2] == '/')) {
			i = skip_link(text, len, i);
			continue; /* addresses are not written in either language */
		}
		if (latin_letter(cp) || (cp >= 0x300 && cp <= 0x323)) {
			letters += latin_letter(cp);
			marked += vietnamese_mark(cp);
		}
		i += (size_t)n;
	}
	if (letters < VTA_LANGID_PARAMS.min_letters)
		return VIETALIGN_EEMPTY; /* too little to tell */
	r = (double)marked / (double)letters;
	if (share)
		*share = r;
	*out = r >= VTA_LANGID_PARAMS.vi_share ? VIETALIGN_LANG_VI : VIETALIGN_LANG_EN;
	return VIETALIGN_OK;
}
