/* fold.c - UTF-8 validation and the folded (NFC, single-spaced) sentence text. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "text/text.h"

int vta_utf8_check(const char *text, size_t len, vta_error *err)
{
	size_t i = 0;
	while (i < len) {
		int32_t cp;
		int n;
		if ((unsigned char)text[i] < 0x80) {
			if (text[i] == '\0')
				return vta_error_set(err, VIETALIGN_EUTF8, "NUL byte at byte offset %zu", i);
			i++;
			continue;
		}
		n = vta_utf8_decode(text + i, len - i, &cp);
		if (n < 0)
			return vta_error_set(err, VIETALIGN_EUTF8, "invalid UTF-8 at byte offset %zu (byte 0x%02X)", i,
			                     (unsigned)(unsigned char)text[i]);
		i += (size_t)n;
	}
	return VIETALIGN_OK;
}

/* Whether NFC leaves code point cp alone whatever surrounds it: ASCII,
 * Latin-1 and Latin Extended-A/B letters, the precomposed Vietnamese
 * letters (U+1E00-U+1EFF) and common punctuation neither decompose nor
 * combine with a neighbour. Combining marks (U+0300 and up) do. */
static inline int nfc_inert(int32_t cp)
{
	return cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2010 && cp <= 0x2027) ||
	       (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x20A0 && cp <= 0x20BF);
}

int vta_nfc_inert(int32_t cp)
{
	return nfc_inert(cp);
}

/* Copies src[0, n) into res (n + 1 bytes) with runs of white space made
 * one space and the leading and trailing ones dropped; *chars receives the
 * code points other than spaces. With `check`, gives up (SIZE_MAX) at the
 * first code point NFC might change, or at bytes it cannot decode: the
 * text must be normalised first. That check rides along with the folding,
 * as nearly all real text is NFC already. */
static size_t fold_spaces(char *res, size_t *chars, const char *src, size_t n, int check)
{
	size_t i = 0, o = 0;
	int pending_space = 0;
	*chars = 0;
	while (i < n) {
		int32_t cp;
		int k;
		unsigned char b = (unsigned char)src[i];
		if (b > 0x20 && b < 0x80) { /* printable ASCII, most of a text */
			if (pending_space) {
				res[o++] = ' ';
				pending_space = 0;
			}
			res[o++] = (char)b;
			(*chars)++;
			i++;
			continue;
		}
		if (b < 0x80) { /* other ASCII: no decoding needed */
			cp = (unsigned char)src[i];
			k = 1;
		} else if ((k = vta_utf8_decode(src + i, n - i, &cp)) <= 0 || (check && !nfc_inert(cp))) {
			if (check)
				return SIZE_MAX;
			break;
		}
		if (vta_is_space(cp)) { /* what Python's \s matches, as readers fold */
			pending_space = o > 0;
		} else {
			if (pending_space) {
				res[o++] = ' ';
				pending_space = 0;
			}
			while (k-- > 0) /* a few bytes: a call to memcpy() costs more */
				res[o++] = src[i++];
			(*chars)++;
			continue;
		}
		i += (size_t)k;
	}
	res[o] = '\0';
	return o;
}

int vta_text_fold(char **out, size_t *out_len, size_t *nchars, const char *text, size_t len)
{
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t n;
	size_t o, chars;
	char *res = malloc(len + 1);

	*out = NULL;
	if (!res)
		return VIETALIGN_ENOMEM;
	o = fold_spaces(res, &chars, text, len, 1);
	if (o == SIZE_MAX) {
		free(res);
		n = utf8proc_map((const utf8proc_uint8_t *)text, (utf8proc_ssize_t)len, &nfc,
		                 UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		if (n < 0)
			return n == UTF8PROC_ERROR_NOMEM ? VIETALIGN_ENOMEM : VIETALIGN_EUTF8;
		if (!(res = malloc((size_t)n + 1))) {
			free(nfc);
			return VIETALIGN_ENOMEM;
		}
		o = fold_spaces(res, &chars, (const char *)nfc, (size_t)n, 0);
		free(nfc);
	}
	*out = res;
	if (out_len)
		*out_len = o;
	if (nchars)
		*nchars = chars;
	return VIETALIGN_OK;
}
