/* tokens.c - splitting a folded sentence into punctuation-trimmed words. */
#include <stdlib.h>
#include "text/text.h"
#include "common/common.h"

static int is_open(unsigned char c)
{
	return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '<';
}

static int is_close(unsigned char c)
{
	return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '>' || c == '.' || c == ',' ||
	       c == ';' || c == ':' || c == '!' || c == '?';
}

/* Curly quotes (U+2018, U+2019, U+201C, U+201D) around a word. */
static int curly_at(const char *t, size_t i, size_t end)
{
	return i + 3 <= end && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
	       (unsigned char)t[i + 2] >= 0x98 && (unsigned char)t[i + 2] <= 0x9D;
}

static void trim(const char *t, size_t *s, size_t *e)
{
	for (;;) {
		if (*s < *e && is_open((unsigned char)t[*s]))
			(*s)++;
		else if (curly_at(t, *s, *e))
			*s += 3;
		else
			break;
	}
	for (;;) {
		if (*e > *s && is_close((unsigned char)t[*e - 1]))
			(*e)--;
		else if (*e >= *s + 3 && curly_at(t, *e - 3, *e))
			*e -= 3;
		else
			break;
	}
	/* the English possessive is not part of the word */
	if (*e - *s > 2 && t[*e - 2] == '\'' && t[*e - 1] == 's')
		*e -= 2;
	else if (*e - *s > 4 && curly_at(t, *e - 4, *e) && t[*e - 1] == 's')
		*e -= 4;
}

int vta_tokens_split(vta_token_vec *out, const char *text, size_t len)
{
	size_t i = 0;
	while (i < len) {
		size_t s, e;
		while (i < len && text[i] == ' ')
			i++;
		s = i;
		e = i = vta_space_from(text, i, len);
		trim(text, &s, &e);
		if (e <= s)
			continue;
		/* grown only when full: the vector is reused sentence after sentence */
		if (out->count == out->cap &&
		    vta_grow((void **)&out->items, &out->cap, out->count + 1, sizeof *out->items))
			return VIETALIGN_ENOMEM;
		out->items[out->count].offset = s;
		out->items[out->count].length = e - s;
		out->count++;
	}
	return 0;
}

void vta_token_vec_free(vta_token_vec *v)
{
	free(v->items);
	v->items = NULL;
	v->count = v->cap = 0;
}
