/* base64.c - base64 (RFC 4648, standard alphabet) decoding for the
 * Bitextor stream of `batch --stdin`. */
#include <stdlib.h>
#include "batch/batch.h"

/* The 6-bit value of c, or -1. */
static int b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* Length without its padding; padding is only allowed to complete the last
 * group of four, so "QQ==" and "QQ" are fine and "Q===" is not. */
static size_t strip_padding(const char *in, size_t len, size_t *bad)
{
	size_t n = len;
	while (n > 0 && in[n - 1] == '=' && len - n < 2)
		n--;
	if (n < len && len % 4 != 0) {
		*bad = n;
		return (size_t)-1;
	}
	return n;
}

int batch_base64_decode(char **out, size_t *out_len, const char *in, size_t len, size_t *bad)
{
	size_t n = strip_padding(in, len, bad), i, o = 0;
	unsigned acc = 0;
	int bits = 0;
	char *buf;
	if (n == (size_t)-1)
		return 1;
	if (n % 4 == 1) { /* one character left over holds no whole byte */
		*bad = n - 1;
		return 1;
	}
	if (!(buf = malloc(n / 4 * 3 + 3))) {
		*bad = 0;
		return -1;
	}
	for (i = 0; i < n; i++) {
		int v = b64_value((unsigned char)in[i]);
		if (v < 0) {
			free(buf);
			*bad = i;
			return 1;
		}
		acc = (acc << 6 | (unsigned)v) & 0xFFFFFF;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			buf[o++] = (char)(acc >> bits & 0xFF);
		}
	}
	buf[o] = '\0';
	*out = buf;
	*out_len = o;
	return 0;
}
