/* xml_escape.c - dropping XML-illegal characters and escaping markup. */
#include <stdint.h>
#include <string.h>
#include "write/write.h"

/* Decodes one UTF-8 sequence at s (n bytes left) into *cp; returns its
 * length, or 0 when the bytes are not well-formed UTF-8 (overlong forms,
 * surrogates and values past U+10FFFF included). */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t len, i;
	uint32_t c = s[0], min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2, c &= 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3, c &= 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, c &= 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

/* The characters XML 1.0 allows (production [2] Char). */
static int xml_char_ok(uint32_t c)
{
	return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
	       (c >= 0x10000 && c <= 0x10FFFF);
}

/* Line breaks, which a one-line <seg> turns into spaces. */
static int is_break(uint32_t c)
{
	return c == 0x9 || c == 0xA || c == 0xD || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* White space as TMX readers trim it (Python's str.isspace(), which the
 * checkers use): ASCII space and breaks, NBSP and the Unicode spaces. */
static int is_space(uint32_t c)
{
	return c == 0x20 || (c >= 0x9 && c <= 0xD) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 ||
	       c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
	       c == 0x205F || c == 0x3000;
}

size_t vta_xml_clean(char *s, size_t len)
{
	const unsigned char *in = (const unsigned char *)s;
	size_t i = 0, out = 0, end = 0; /* end: just past the last non-space */
	while (i < len) {
		uint32_t c;
		size_t n;
		if (in[i] >= 0x20 && in[i] < 0x7F) { /* printable ASCII, most of it */
			if (in[i] != ' ')
				end = out + 1;
			if (in[i] != ' ' || out > 0)
				s[out++] = (char)in[i];
			i++;
			continue;
		}
		n = utf8_decode(in + i, len - i, &c);
		if (n == 0) {
			i++; /* not UTF-8: drop the byte */
			continue;
		}
		if (!xml_char_ok(c)) {
			i += n;
			continue;
		}
		if (is_space(c) && out == 0) {
			i += n; /* leading white space */
			continue;
		}
		if (is_break(c)) {
			s[out++] = ' ';
		} else {
			memmove(s + out, s + i, n);
			out += n;
		}
		if (!is_space(c))
			end = out;
		i += n;
	}
	s[end] = '\0';
	return end;
}

void vta_xml_escape(vta_sink *sink, const char *s, size_t len)
{
	size_t i, start = 0;
	for (i = 0; i < len; i++) {
		const char *rep;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		default: continue;
		}
		vta_sink_write(sink, s + start, i - start);
		vta_sink_puts(sink, rep);
		start = i + 1;
	}
	vta_sink_write(sink, s + start, len - start);
}
