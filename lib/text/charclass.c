/* charclass.c - character classes by code point and Unicode category. */
#include "text/text.h"

/* The class of each ASCII byte: VTA_ASCII_ALNUM for 0-9, A-Z and a-z,
 * with VTA_ASCII_UPPER for A-Z and VTA_ASCII_DIGIT for 0-9: one load
 * where three range tests ran for every ASCII byte of the anchors' scans. */
const unsigned char vta_ascii_class_table[128] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0, 0,
	0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
};

size_t vta_cp_prev(const char *text, size_t i, int32_t *cp)
{
	size_t s = i - 1;
	/* back over continuation bytes, at most three */
	while (s > 0 && i - s < 4 && ((unsigned char)text[s] & 0xC0) == 0x80)
		s--;
	vta_cp_next(text, i, s, cp);
	return s;
}

int vta_is_exclamation(int32_t cp)
{
	switch (cp) {
	case '!':
	case '?':
	case 0x203C:
	case 0x203D:
	case 0x2047:
	case 0x2048:
	case 0x2049:
	case 0xFF01:
	case 0xFF1F:
	case 0x061F: return 1;
	default: return 0;
	}
}

int vta_is_terminator(int32_t cp)
{
	return cp == '.' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF0E || vta_is_exclamation(cp);
}

int vta_is_closer(int32_t cp)
{
	switch (cp) {
	case '"':
	case '\'':
	case ')':
	case ']':
	case '}':
	case 0x00BB:
	case 0x2019:
	case 0x201D:
	case 0x203A:
	case 0x300D:
	case 0x300F:
	case 0xFF09: return 1;
	default: {
		/* ASCII's closers are all named above; ask the table once */
		utf8proc_category_t c = cp < 0x80 ? UTF8PROC_CATEGORY_LL : vta_category(cp);
		return c == UTF8PROC_CATEGORY_PE || c == UTF8PROC_CATEGORY_PF;
	}
	}
}

int vta_is_opener(int32_t cp)
{
	switch (cp) {
	case '"':
	case '\'':
	case '(':
	case '[':
	case '{':
	case 0x00AB:
	case 0x2018:
	case 0x201C:
	case 0x201E:
	case 0x2039:
	case 0x300C:
	case 0x300E:
	case 0xFF08: return 1;
	default: {
		/* ASCII's openers are all named above; ask the table once */
		utf8proc_category_t c = cp < 0x80 ? UTF8PROC_CATEGORY_LL : vta_category(cp);
		return c == UTF8PROC_CATEGORY_PS || c == UTF8PROC_CATEGORY_PI;
	}
	}
}

int vta_is_dash(int32_t cp)
{
	return cp == 0x2013 || cp == 0x2014 || cp == 0x2015;
}

/* ASCII answers without the Unicode tables (the calls add up). */
static int ascii_upper(int32_t cp)
{
	return cp >= 'A' && cp <= 'Z';
}

static int ascii_lower(int32_t cp)
{
	return cp >= 'a' && cp <= 'z';
}

int vta_is_upper(int32_t cp)
{
	utf8proc_category_t c;
	if (cp < 0x80)
		return ascii_upper(cp);
	c = vta_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int vta_is_lower(int32_t cp)
{
	if (cp < 0x80)
		return ascii_lower(cp);
	return vta_category(cp) == UTF8PROC_CATEGORY_LL;
}

int vta_is_letter(int32_t cp)
{
	utf8proc_category_t c;
	if (cp < 0x80)
		return ascii_upper(cp) || ascii_lower(cp);
	c = vta_category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int vta_is_digit(int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	return vta_category(cp) == UTF8PROC_CATEGORY_ND;
}
