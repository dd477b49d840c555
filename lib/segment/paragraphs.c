/* paragraphs.c - splitting text into paragraphs at blank lines, list
 * bullets and headings. Lines inside a paragraph join it, so that a
 * hard-wrapped paragraph stays one paragraph. */
#include "segment/segment.h"

/* A line no longer than this (in code points) and without final
 * punctuation may be a heading; a longer one is taken for text (a long
 * title, or a hard-wrapped line whose sentence goes on). */
#define HEADING_MAX 60

/* One line of the input, line break excluded. */
typedef struct {
	size_t body, end; /* the trimmed text after any bullet */
	size_t bullet_off, bullet_len;
	size_t indent;     /* leading white space, in code points */
	size_t nchars;     /* code points of [body, end) */
	int blank;         /* only white space */
	int ends_sentence; /* ends with . ! ? … (and closers) */
	int bare;          /* ends with no punctuation at all */
	int lower_start;   /* begins with a lowercase letter */
	int hard_break;    /* ends with U+2029 PARAGRAPH SEPARATOR */
} line_info;

typedef enum { PARA_TEXT, PARA_HEADING, PARA_BULLET } para_kind;

/* The paragraph being built. */
typedef struct {
	int active;
	para_kind kind;
	size_t start, end, indent;
	size_t bullet_off, bullet_len;
} para_state;

/* clang-format off */
static int is_bullet_char(int32_t cp)
{
	switch (cp) {
	case '-': case '*': case '+': case 0x00B7: case 0x2013: case 0x2014:
	case 0x2022: case 0x2023: case 0x2043: case 0x2219: case 0x25AA:
	case 0x25AB: case 0x25A0: case 0x25A1: case 0x25B6: case 0x25BA:
	case 0x25CB: case 0x25CF: case 0x25E6: case 0x2192: case 0x2713:
	case 0x2714: case 0x2756: case 0x27A2: case 0x27A4: case 0xF0B7:
	case 0xF0A7: case 0xF0D8:
		return 1;
	default:
		return 0;
	}
}
/* clang-format on */

static int ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}
static int ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of a numbered-item marker at text[i, end): "1." "12)" "a)" "(3)"
 * "(b)"; 0 when there is none. */
static size_t number_marker(const char *text, size_t i, size_t end)
{
	size_t j = i, digits = 0;
	int paren = 0;
	if (j < end && text[j] == '(') {
		paren = 1;
		j++;
	}
	while (j < end && ascii_digit(text[j]) && digits < 4) {
		j++;
		digits++;
	}
	if (digits == 0 && j < end && ascii_letter(text[j])) {
		j++;
		if (j < end && text[j] == ')')
			return j + 1 - i;
		return 0;
	}
	if (digits == 0 || digits > 3 || j >= end)
		return 0;
	if (text[j] == ')' || (!paren && text[j] == '.'))
		return j + 1 - i;
	return 0;
}

/* Recognises a bullet at the start of the trimmed line [l->body, l->end):
 * a bullet character or number marker, then white space, then text. */
static void find_bullet(const char *text, line_info *l)
{
	size_t i = l->body, n, after;
	int32_t cp;
	vta_cp_next(text, l->end, i, &cp);
	n = is_bullet_char(cp) ? vta_cp_next(text, l->end, i, &cp) : number_marker(text, i, l->end);
	if (n == 0 || i + n >= l->end)
		return;
	after = i + n;
	vta_cp_next(text, l->end, after, &cp);
	if (!vta_is_space(cp))
		return;
	while (after < l->end) {
		size_t k = vta_cp_next(text, l->end, after, &cp);
		if (!vta_is_space(cp))
			break;
		after += k;
	}
	l->bullet_off = i;
	l->bullet_len = n;
	l->body = after;
}

/* Fills ends_sentence, bare, lower_start and nchars from the body;
 * trimmed: the code points of [first, end), which read_line() counted
 * (the body is that less the bullet). */
static void classify_line(const char *text, line_info *l, size_t first, size_t trimmed)
{
	size_t i = l->end;
	int32_t cp = 0;
	while (i > l->body) {
		i = vta_cp_prev(text, i, &cp);
		if (!vta_is_closer(cp))
			break;
	}
	l->ends_sentence = vta_is_terminator(cp);
	l->bare = !l->ends_sentence && cp != ':' && cp != ';' && cp != ',';
	vta_cp_next(text, l->end, l->body, &cp);
	l->lower_start = vta_is_lower(cp);
	for (l->nchars = trimmed, i = first; i < l->body; l->nchars--)
		i += vta_cp_next(text, l->end, i, &cp);
}

static inline int printable_ascii(char c)
{
	return (unsigned char)c > ' ' && (unsigned char)c < 0x80;
}

/* Reads the line starting at pos into *l; returns where the next one starts. */
static size_t read_line(const char *text, size_t len, size_t pos, line_info *l)
{
	size_t i = pos, first = len, last = pos;
	size_t cps = 0, cps_first = 0, cps_last = 0; /* code points from pos */
	int32_t cp = 0;
	*l = (line_info){0};
	while (i < len) {
		size_t n;
		if (printable_ascii(text[i])) {
			/* printable ASCII, most of the text: neither space nor line
			 * break; a run of it read at once, one byte a code point */
			size_t run = i;
			if (first == len) {
				first = i;
				cps_first = cps;
			}
			while (++i < len && printable_ascii(text[i]))
				;
			last = i;
			cps_last = cps += i - run;
			continue;
		}
		n = vta_cp_next(text, len, i, &cp);
		if (vta_is_newline(cp))
			break;
		if (!vta_is_space(cp)) {
			if (first == len) {
				first = i;
				cps_first = cps;
			}
			last = i + n;
			cps_last = cps + 1;
		} else if (first == len) {
			l->indent++;
		}
		i += n;
		cps++;
	}
	if (i < len) {
		i += vta_cp_next(text, len, i, &cp);
		if (cp == '\r' && i < len && text[i] == '\n')
			i++;
		l->hard_break = cp == 0x2029;
	}
	if (first == len) {
		l->blank = 1;
		return i;
	}
	l->body = first;
	l->end = last;
	find_bullet(text, l);
	classify_line(text, l, first, cps_last - cps_first);
	return i;
}

/* Whether the line after prev (a line of a text paragraph) continues its
 * sentence for sure: prev ends with a comma, colon or semicolon. (A long
 * line without punctuation is not enough: on web pages it is mostly a
 * title, and the short line after it a by-line.) */
static int continues(const line_info *prev)
{
	return !prev->ends_sentence && !prev->bare;
}

/* A heading or caption: short, capitalised, no final punctuation, not the
 * tail of the previous line's sentence, and not continued by a lowercase
 * next line. */
static int is_heading(const line_info *l, const line_info *prev, const line_info *next)
{
	if (l->nchars > HEADING_MAX || !l->bare || l->lower_start)
		return 0;
	if (prev && continues(prev))
		return 0;
	return !next || next->blank || next->bullet_len || !next->lower_start;
}

static int flush(vta_span_vec *out, para_state *p, vta_error *err)
{
	vta_span s;
	if (!p->active)
		return VIETALIGN_OK;
	p->active = 0;
	s.offset = p->start;
	s.length = p->end - p->start;
	s.bullet_offset = p->bullet_len ? p->bullet_off : 0;
	s.bullet_length = p->bullet_len;
	if (vta_span_vec_push(out, s))
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory splitting paragraphs");
	return VIETALIGN_OK;
}

static void start(para_state *p, const line_info *l, para_kind kind)
{
	p->active = 1;
	p->kind = kind;
	p->start = l->body;
	p->end = l->end;
	p->indent = l->indent;
	p->bullet_off = l->bullet_off;
	p->bullet_len = l->bullet_len;
}

/* Whether line l, following the active paragraph p, joins it. */
static int joins(const para_state *p, const line_info *l, const line_info *prev, const line_info *next)
{
	if (!p->active || l->bullet_len)
		return 0;
	switch (p->kind) {
	case PARA_HEADING: return 0;
	case PARA_BULLET: /* an indented line continues a list item */ return l->indent > p->indent;
	default: return !is_heading(l, prev, next);
	}
}

/* Handles one non-blank line. */
static int take_line(vta_span_vec *out, para_state *p, const line_info *l, const line_info *prev, const line_info *next,
                     vta_error *err)
{
	int rc;
	if (joins(p, l, prev, next)) {
		p->end = l->end;
		return VIETALIGN_OK;
	}
	if ((rc = flush(out, p, err)))
		return rc;
	if (l->bullet_len)
		start(p, l, PARA_BULLET);
	else
		start(p, l, is_heading(l, NULL, next) ? PARA_HEADING : PARA_TEXT);
	return VIETALIGN_OK;
}

int vta_paragraphs_split(vta_span_vec *out, const char *text, size_t len, vta_error *err)
{
	para_state p = {0};
	line_info cur, next, prev = {0};
	size_t pos, npos;
	int have_prev = 0, rc;
	if (!out || (!text && len))
		return vta_error_set(err, VIETALIGN_EINVALID, "vta_paragraphs_split: NULL argument");
	pos = read_line(text, len, 0, &cur);
	if (len == 0)
		return VIETALIGN_OK;
	for (;;) {
		int last = pos >= len;
		npos = last ? pos : read_line(text, len, pos, &next);
		if (cur.blank) {
			if ((rc = flush(out, &p, err)))
				return rc;
		} else {
			rc = take_line(out, &p, &cur, have_prev && p.kind == PARA_TEXT ? &prev : NULL,
			               last ? NULL : &next, err);
			if (rc)
				return rc;
			if (cur.hard_break && (rc = flush(out, &p, err)))
				return rc;
		}
		prev = cur;
		have_prev = !cur.blank;
		if (last)
			break;
		cur = next;
		pos = npos;
	}
	return flush(out, &p, err);
}

/* The growable array of byte spans the segmenters return. */
int vta_span_vec_push(vta_span_vec *v, vta_span s)
{
	if (v->count == v->cap && vta_grow((void **)&v->items, &v->cap, v->count + 1, sizeof *v->items))
		return VIETALIGN_ENOMEM;
	v->items[v->count++] = s;
	return VIETALIGN_OK;
}

void vta_span_vec_free(vta_span_vec *v)
{
	if (!v)
		return;
	free(v->items);
	v->items = NULL;
	v->count = v->cap = 0;
}
