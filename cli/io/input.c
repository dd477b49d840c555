/* input.c - preparing a file's bytes for the library, which takes UTF-8:
 * UTF-16 with a byte order mark is converted, and with --replace-invalid
 * bytes that are not UTF-8 (and NUL bytes) become U+FFFD. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

static size_t put_utf8(char *o, uint32_t cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static uint32_t unit16(const unsigned char *p, int big)
{
	return big ? (uint32_t)(p[0] << 8 | p[1]) : (uint32_t)(p[1] << 8 | p[0]);
}

/* Converts UTF-16 (after its BOM) to UTF-8; returns the byte offset of the
 * first bad unit (a lone surrogate, U+0000, an odd last byte), -1 when all
 * is well, -2 when out of memory. A bad unit is bad wherever it stands,
 * the last one included. */
static long utf16_to_utf8(char **out, size_t *olen, const unsigned char *in, size_t len, int big)
{
	size_t i = 2, o = 0;
	char *buf = malloc(len / 2 * 3 + 4);
	if (!buf)
		return -2;
	for (; i + 1 < len; i += 2) {
		uint32_t u = unit16(in + i, big);
		if (u >= 0xD800 && u <= 0xDBFF) {
			uint32_t lo = i + 3 < len ? unit16(in + i + 2, big) : 0;
			if (lo < 0xDC00 || lo > 0xDFFF)
				break; /* a high surrogate alone, or the file's last unit */
			u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
			i += 2;
		} else if ((u >= 0xDC00 && u <= 0xDFFF) || u == 0) {
			break;
		}
		o += put_utf8(buf + o, u);
	}
	if (i < len) { /* stopped on a bad unit, or one byte is left over */
		free(buf);
		return (long)i;
	}
	buf[o] = '\0';
	*out = buf;
	*olen = o;
	return -1;
}

/* Length of a valid UTF-8 sequence at p (at most n bytes), 0 when invalid. */
static size_t utf8_seq(const unsigned char *p, size_t n)
{
	size_t k, need;
	uint32_t cp;
	if (p[0] < 0x80)
		return p[0] ? 1 : 0;
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		need = 2, cp = p[0] & 0x1F;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF)
		need = 3, cp = p[0] & 0x0F;
	else if (p[0] >= 0xF0 && p[0] <= 0xF4)
		need = 4, cp = p[0] & 0x07;
	else
		return 0;
	if (need > n)
		return 0;
	for (k = 1; k < need; k++) {
		if ((p[k] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (p[k] & 0x3F);
	}
	if ((need == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
	    (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return need;
}

int cli_replace_invalid(char **text, size_t *len, size_t *replaced)
{
	const unsigned char *in = (const unsigned char *)*text;
	size_t i = 0, o = 0;
	char *buf = malloc(*len * 3 + 1);
	if (!buf)
		return 1;
	*replaced = 0;
	while (i < *len) {
		size_t n = utf8_seq(in + i, *len - i);
		if (n) {
			memcpy(buf + o, in + i, n);
			o += n;
			i += n;
		} else {
			o += put_utf8(buf + o, 0xFFFD);
			i++;
			(*replaced)++;
		}
	}
	buf[o] = '\0';
	free(*text);
	*text = buf;
	*len = o;
	return 0;
}

int cli_prepare_text(char **text, size_t *len, const char *path, int replace, cli_buf *msgs)
{
	const unsigned char *p = (const unsigned char *)*text;
	if (*len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		char *u8 = NULL;
		size_t u8len = 0;
		long bad = utf16_to_utf8(&u8, &u8len, p, *len, p[0] == 0xFE);
		if (bad == -2) {
			cli_say(msgs, "%s: out of memory", path);
			return 1;
		}
		if (bad >= 0) {
			cli_say(msgs, "%s: invalid UTF-16 at byte offset %ld", path, bad);
			return 1;
		}
		free(*text);
		*text = u8;
		*len = u8len;
	}
	if (replace) {
		size_t n = 0;
		if (cli_replace_invalid(text, len, &n)) {
			cli_say(msgs, "%s: out of memory", path);
			return 1;
		}
		if (n)
			cli_say(msgs, "%s: warning: %zu invalid byte(s) replaced with U+FFFD", path, n);
	}
	return 0;
}
