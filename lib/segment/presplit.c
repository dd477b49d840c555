/* presplit.c - documents whose segmentation is already made: one segment
 * per line (hunalign's, bleualign's and Moses' input), or an array of
 * segments (a CAT tool's, after its SRX rules). A segment is one sentence
 * of the document as it stands: never merged with its neighbours, never
 * split again. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "segment/segment.h"

/* The document being filled, and whether its last paragraph is open. */
typedef struct {
	vietalign_doc *doc;
	int para_open;
	vta_error *err;
} builder;

/* Opens a paragraph at the next segment, if none is open. */
static int open_paragraph(builder *b, size_t offset)
{
	vietalign_doc *doc = b->doc;
	vta_paragraph *p;
	if (b->para_open)
		return 0;
	if (vta_grow((void **)&doc->paras, &doc->paras_cap, doc->nparas + 1, sizeof *doc->paras))
		return vta_error_set(b->err, VIETALIGN_ENOMEM, "out of memory");
	p = &doc->paras[doc->nparas++];
	memset(p, 0, sizeof *p);
	p->offset = offset;
	p->first_sentence = doc->nsents;
	b->para_open = 1;
	return 0;
}

/* Appends doc->input[off, off + len) as one sentence of the open paragraph
 * (opened if need be); white space alone is no sentence. */
static int add_segment(builder *b, size_t off, size_t len)
{
	vietalign_doc *doc = b->doc;
	vta_paragraph *p;
	vta_sentence *x;
	size_t nchars;
	int rc = vta_grow((void **)&doc->sents, &doc->sents_cap, doc->nsents + 1, sizeof *doc->sents);
	if (rc)
		return vta_error_set(b->err, rc, "out of memory");
	x = &doc->sents[doc->nsents];
	memset(x, 0, sizeof *x);
	x->offset = off;
	x->length = len;
	rc = vta_text_fold(&x->text, &x->text_length, &nchars, doc->input + off, len);
	if (rc == VIETALIGN_ENOMEM)
		return vta_error_set(b->err, rc, "out of memory");
	if (rc)
		return vta_error_set(b->err, rc, "cannot normalise the segment at byte offset %zu", off);
	if (x->text_length == 0) {
		free(x->text);
		return 0;
	}
	if ((rc = open_paragraph(b, off))) {
		free(x->text);
		return rc;
	}
	if (!vta_sentence_fits(x->text_length, doc->nparas - 1, 0)) {
		free(x->text);
		return vta_error_set(b->err, VIETALIGN_EINVALID, "the segment at byte offset %zu is too long", off);
	}
	x->nchars = (uint32_t)nchars;
	p = &doc->paras[doc->nparas - 1];
	p->length = off + len - p->offset;
	p->sentence_count++;
	x->paragraph = (uint32_t)(doc->nparas - 1);
	doc->nsents++;
	return 0;
}

/* hunalign's paragraph mark: a line holding only <p>. */
static int paragraph_mark(const char *text, size_t s, size_t e)
{
	return e - s == 3 && strncasecmp(text + s, "<p>", 3) == 0;
}

/* The end of the line starting at pos (its break excluded), and in *next
 * where the following line starts. */
static size_t line_end(const char *text, size_t len, size_t pos, size_t *next)
{
	size_t i = pos;
	int32_t cp;
	while (i < len) {
		size_t n;
		if ((unsigned char)text[i] >= ' ' && (unsigned char)text[i] < 0x80) {
			i++;
			continue;
		}
		n = vta_cp_next(text, len, i, &cp);
		if (vta_is_newline(cp)) {
			*next = i + n + (cp == '\r' && i + n < len && text[i + n] == '\n');
			return i;
		}
		i += n;
	}
	*next = len;
	return len;
}

static int lines_segment(builder *b, size_t skip)
{
	const char *text = b->doc->input;
	size_t len = b->doc->input_len, pos = skip, next;
	int rc = 0;
	while (!rc && pos < len) {
		size_t s = pos, e = line_end(text, len, pos, &next);
		vta_span_trim(text, &s, &e);
		if (s == e || paragraph_mark(text, s, e))
			b->para_open = 0;
		else
			rc = add_segment(b, s, e - s);
		pos = next;
	}
	return rc;
}

int vta_doc_new_lines(vietalign_doc **out, const char *text, size_t len, vietalign_lang lang, vta_error *err)
{
	builder b = {NULL, 0, err};
	size_t skip;
	int rc = vta_doc_start(&b.doc, text, len, lang, &skip, err);
	if (rc)
		return rc;
	b.doc->fixed = 1;
	return vta_doc_end(out, b.doc, lines_segment(&b, skip), err);
}

/* The segments joined, each followed by '\n': the text offsets count in.
 * Each is checked first, so that an error names the segment. */
static int join_segments(char **out, size_t *out_len, const char *const *segs, const size_t *lens, size_t n,
                         vta_error *err)
{
	size_t i, total = 0, o = 0;
	char *buf;
	for (i = 0; i < n; i++) {
		size_t l = !segs[i] ? 0 : lens ? lens[i] : strlen(segs[i]);
		vta_error e = {0};
		if (l && vta_utf8_check(segs[i], l, &e))
			return vta_error_set(err, e.code, "segment %zu: %s", i, e.msg);
		if (total + l + 1 < total)
			return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
		total += l + 1;
	}
	if (!(buf = malloc(total + 1)))
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	for (i = 0; i < n; i++) {
		size_t l = !segs[i] ? 0 : lens ? lens[i] : strlen(segs[i]);
		if (l)
			memcpy(buf + o, segs[i], l);
		o += l;
		buf[o++] = '\n';
	}
	buf[o] = '\0';
	*out = buf;
	*out_len = o;
	return 0;
}

int vta_doc_new_segments(vietalign_doc **out, const char *const *segs, const size_t *lens, size_t n,
                         vietalign_lang lang, vta_error *err)
{
	builder b = {NULL, 0, err};
	char *joined = NULL;
	size_t len = 0, skip, i, pos = 0;
	int rc;
	*out = NULL;
	if ((rc = join_segments(&joined, &len, segs, lens, n, err)))
		return rc;
	rc = vta_doc_start(&b.doc, joined, len, lang, &skip, err);
	free(joined);
	if (rc)
		return rc;
	b.doc->fixed = 1;
	for (i = 0; !rc && i < n; i++) {
		size_t l = !segs[i] ? 0 : lens ? lens[i] : strlen(segs[i]);
		size_t s = i == 0 ? skip : pos, e = pos + l;
		vta_span_trim(b.doc->input, &s, &e);
		if (s == e)
			b.para_open = 0; /* an empty segment: a paragraph break */
		else
			rc = add_segment(&b, s, e - s);
		pos += l + 1;
	}
	return vta_doc_end(out, b.doc, rc, err);
}

/* ------------------------------------------------------------ detection */

/* What one line tells about the file's layout. */
typedef struct {
	size_t lines;    /* non-blank lines */
	size_t adjacent; /* followed at once by another non-blank line */
	size_t ends;     /* ending a sentence: . ! ? … (closers allowed) */
	size_t cut;      /* not ending one, and the next line goes on with
	                      a lowercase letter: a sentence cut at the wrap */
	size_t several;  /* holding a sentence end inside */
} layout;

/* Whether [s, e) ends with a sentence terminator (closing quotes and
 * brackets skipped). */
static int ends_sentence(const char *text, size_t s, size_t e)
{
	int32_t cp = 0;
	while (e > s) {
		e = vta_cp_prev(text, e, &cp);
		if (!vta_is_closer(cp))
			break;
	}
	return vta_is_terminator(cp);
}

/* Whether [s, e) holds a sentence end inside: a lowercase word of two
 * letters or more, a terminator, a space and a capital ("… here. The …");
 * "Mr. Smith", "U.S. Army" and "3.5 GHz" do not count. */
static int inner_end(const char *text, size_t s, size_t e)
{
	size_t i = s, lower_run = 0;
	while (i < e) {
		int32_t cp, nx;
		size_t n = vta_cp_next(text, e, i, &cp);
		if (vta_is_terminator(cp) && lower_run >= 2 && i + n + 1 < e && text[i + n] == ' ') {
			vta_cp_next(text, e, i + n + 1, &nx);
			if (vta_is_upper(nx))
				return 1;
		}
		lower_run = vta_is_lower(cp) ? lower_run + 1 : 0;
		i += n;
	}
	return 0;
}

static int starts_lower(const char *text, size_t s, size_t e)
{
	int32_t cp;
	vta_cp_next(text, e, s, &cp);
	return vta_is_lower(cp);
}

/* The layout of text; the sentence ends inside lines (several), the
 * dearest count (a look at every character), only when asked. */
static void read_layout(layout *l, const char *text, size_t len, int several)
{
	size_t pos = 0, next, ps = 0, pe = 0;
	int prev = 0; /* the line before was non-blank: [ps, pe) */
	memset(l, 0, sizeof *l);
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	while (pos < len) {
		size_t s = pos, e = line_end(text, len, pos, &next);
		vta_span_trim(text, &s, &e);
		if (s == e || paragraph_mark(text, s, e)) {
			prev = 0;
		} else {
			l->lines++;
			l->ends += (size_t)ends_sentence(text, s, e);
			if (several)
				l->several += (size_t)inner_end(text, s, e);
			if (prev) {
				l->adjacent++;
				l->cut += (size_t)(!ends_sentence(text, ps, pe) && starts_lower(text, s, e));
			}
			prev = 1;
			ps = s;
			pe = e;
		}
		pos = next;
	}
}

/* Plainly one sentence per line: enough lines, mostly next to each other
 * (blank lines between them already say where units end), nearly all
 * ending a sentence (hard-wrapped prose ends few: its lines stop near a
 * fixed width, mid-sentence), next to none cut mid-sentence, and few
 * holding more than one sentence (a paragraph per line is prose). The
 * last is counted only for a text that passes the others: most prose
 * fails them, and is read once. */
int vta_text_is_line_segmented(const char *text, size_t len)
{
	layout l;
	if (!text || vta_utf8_check(text, len, NULL))
		return 0;
	read_layout(&l, text, len, 0);
	if (!(l.lines >= 3 && l.adjacent * 2 >= l.lines && l.ends * 10 >= l.lines * 8 && l.cut * 20 <= l.lines))
		return 0;
	read_layout(&l, text, len, 1);
	return l.several * 4 <= l.lines;
}
