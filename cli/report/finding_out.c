/* finding_out.c - text and JSON Lines for `check`, and its baseline. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "report/finding_out.h"

void finding_line_col(const char *text, size_t off, size_t *line, size_t *col)
{
	size_t i;
	*line = 1;
	*col = 1;
	for (i = 0; text && i < off && text[i]; i++) {
		if (text[i] == '\n') {
			(*line)++;
			*col = 1;
		} else if (((unsigned char)text[i] & 0xC0) != 0x80) {
			(*col)++;
		}
	}
}

const char *finding_severity_name(vietalign_severity s)
{
	return s == VIETALIGN_SEVERITY_ERROR ? "error" : s == VIETALIGN_SEVERITY_WARNING ? "warning" : "note";
}

static uint64_t fnv(uint64_t h, const char *s)
{
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return (h ^ 0xff) * 0x100000001b3ULL; /* a field separator */
}

void finding_key(char out[17], const vietalign_finding *f)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	h = fnv(h, f->kind);
	h = fnv(h, f->vi.item);
	h = fnv(h, f->en.item);
	h = fnv(h, f->vi.text);
	h = fnv(h, f->en.text);
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static void json_span(FILE *o, const char *s, size_t n)
{
	const char *end = s + n;
	fputc('"', o);
	for (; s < end; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(o, "\\%c", c);
		else if (c < 0x20)
			fprintf(o, "\\u%04x", c);
		else
			fputc(c, o);
	}
	fputc('"', o);
}

static void json_string(FILE *o, const char *s)
{
	json_span(o, s, strlen(s));
}

/* Whether a blank line ends at text[i] (a line break after only spaces
 * since the line break before). */
static int blank_line_at(const char *text, size_t i)
{
	if (text[i] != '\n')
		return 0;
	while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\r'))
		i--;
	return i > 0 && text[i - 1] == '\n';
}

#define CONTEXT_MAX 1500

/* The paragraph of the input holding offset (between blank lines), when
 * it holds more than the finding's text and is short enough to read. */
static int paragraph_of(const char *text, size_t offset, const char *shown, size_t *start, size_t *len)
{
	size_t n = strlen(text), a = offset < n ? offset : n, b = a;
	while (a > 0 && !blank_line_at(text, a - 1) && offset - a < CONTEXT_MAX)
		a--;
	while (b < n && !blank_line_at(text, b) && b - a < CONTEXT_MAX)
		b++;
	while (a < b && (text[a] == '\n' || text[a] == ' '))
		a++;
	while (b > a && (text[b - 1] == '\n' || text[b - 1] == ' ' || text[b - 1] == '\r'))
		b--;
	if (b - a >= CONTEXT_MAX || b - a <= strlen(shown) ||
	    (a > 0 && !blank_line_at(text, a - 1) && text[a - 1] != '\n'))
		return 0;
	*start = a;
	*len = b - a;
	return 1;
}

static void json_side(FILE *o, const vietalign_finding_side *s, const char *path, const char *text)
{
	size_t line, col, start, len;
	finding_line_col(text, s->offset, &line, &col);
	fputs("{\"file\":", o);
	json_string(o, path);
	fprintf(o, ",\"line\":%zu,\"column\":%zu,\"present\":%s,\"sentence\":%zu,\"item\":", line, col,
	        s->present ? "true" : "false", s->sentence);
	json_string(o, s->item);
	fputs(",\"text\":", o);
	json_string(o, s->text);
	if (s->present && text && paragraph_of(text, s->offset, s->text, &start, &len)) {
		fputs(",\"paragraph\":", o); /* context: the sentences around */
		json_span(o, text + start, len);
	}
	fputc('}', o);
}

void finding_print(FILE *o, const vietalign_finding *f, const finding_files *files, int json)
{
	size_t vl, vc, el, ec;
	char key[17];
	if (json) {
		finding_key(key, f);
		fputs("{\"kind\":", o);
		json_string(o, f->kind);
		fprintf(o, ",\"severity\":\"%s\",\"bead\":%zu,\"key\":\"%s\",\"message\":",
		        finding_severity_name(f->severity), f->bead, key);
		json_string(o, f->message);
		fputs(",\"vi\":", o);
		json_side(o, &f->vi, files->vi_path, files->vi_text);
		fputs(",\"en\":", o);
		json_side(o, &f->en, files->en_path, files->en_text);
		fputs("}\n", o);
		return;
	}
	finding_line_col(files->vi_text, f->vi.offset, &vl, &vc);
	finding_line_col(files->en_text, f->en.offset, &el, &ec);
	fprintf(o, "%s:%zu:%zu: %s:%zu:%zu: %s: %s: %s", files->vi_path, vl, vc, files->en_path, el, ec,
	        finding_severity_name(f->severity), f->kind, f->message);
	if (!f->vi.present || !f->en.present) /* a sentence alone: show it */
		fprintf(o, ": \"%s\"", f->vi.present ? f->vi.text : f->en.text);
	fputc('\n', o);
}

static int by_key(const void *a, const void *b)
{
	return memcmp(a, b, 17);
}

int baseline_load(char (**keys)[17], size_t *n, const char *path)
{
	char *text = NULL, *p;
	size_t len, cap = 0;
	*keys = NULL;
	*n = 0;
	if (cli_read_file(&text, &len, path, NULL))
		return 1; /* the error named the file */
	for (p = text; (p = strstr(p, "\"key\":\"")) != NULL; p += 7) {
		char(*k)[17];
		if (strspn(p + 7, "0123456789abcdef") != 16 || p[23] != '"')
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			if (!(k = realloc(*keys, cap * sizeof *k))) {
				cli_error("%s: out of memory", path);
				free(text);
				return 1;
			}
			*keys = k;
		}
		memcpy((*keys)[*n], p + 7, 16);
		(*keys)[(*n)++][16] = '\0';
	}
	free(text);
	if (*n)
		qsort(*keys, *n, 17, by_key);
	return 0;
}

int baseline_has(char (*keys)[17], size_t n, const char key[17])
{
	return n && bsearch(key, keys, n, 17, by_key) != NULL;
}
