/* dictionary.c - users' dictionaries and glossaries, read into lines of
 * the words table ("vi<TAB>en1,en2\n": Vietnamese folded to lowercase,
 * both sides NFC with single spaces), which the lexicon then loads after
 * its own tables. Formats: a TSV glossary (vi<TAB>en1,en2,...: what
 * `vietalign lexicon` prints), hunalign's dictionary (english @
 * vietnamese) and TBX (tbx.c). A bad line is an error naming it. */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "anchors/anchors.h"
#include "text/text.h"

int vta_dict_put(vta_dict_buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 < b->len || vta_grow((void **)&b->data, &b->cap, b->len + n + 1, 1))
		return VIETALIGN_ENOMEM;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

void vta_dict_buf_free(vta_dict_buf *b)
{
	free(b->data);
	memset(b, 0, sizeof *b);
}

/* One side of an entry, folded (NFC, single spaces, trimmed; Vietnamese
 * also lowercase), appended to b; what is wrong with it in *why. */
static int put_side(vta_dict_buf *b, const char *s, size_t n, int vi, const char **why)
{
	char *fold = NULL;
	utf8proc_uint8_t *low = NULL;
	size_t flen = 0, nchars;
	int rc;
	if (vta_utf8_check(s, n, NULL)) {
		*why = "invalid UTF-8";
		return VIETALIGN_EPARSE;
	}
	if ((rc = vta_text_fold(&fold, &flen, &nchars, s, n)))
		return rc;
	if (!vi) { /* a comma separates renderings in the table's lines */
		size_t k;
		for (k = 0; k < flen; k++)
			if (fold[k] == ',')
				fold[k] = ' ';
		if (strstr(fold, "  ")) { /* "rout, sell-off" */
			char *again = NULL;
			size_t n2;
			if ((rc = vta_text_fold(&again, &n2, &nchars, fold, flen))) {
				free(fold);
				return rc;
			}
			free(fold);
			fold = again;
			flen = n2;
		}
	}
	if (vi && flen) {
		utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)fold, (utf8proc_ssize_t)flen, &low,
		                                  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
		if (m < 0) {
			free(fold);
			return VIETALIGN_ENOMEM;
		}
		free(fold);
		fold = (char *)low;
		flen = (size_t)m;
	}
	if (flen == 0)
		*why = vi ? "empty Vietnamese term" : "empty English term";
	else if (memchr(fold, '\t', flen))
		*why = "a tab inside a term";
	else
		rc = vta_dict_put(b, fold, flen);
	free(fold);
	return rc ? rc : *why ? VIETALIGN_EPARSE : 0;
}

/* The English renderings of en[0, n), separated by commas when `list`,
 * appended after a tab and each but the first after a comma. */
static int put_english(vta_dict_buf *b, const char *en, size_t n, int list, const char **why)
{
	const char *p = en, *end = en + n;
	int first = 1, rc;
	if ((rc = vta_dict_put(b, "\t", 1)))
		return rc;
	while (p <= end) {
		const char *q = list ? memchr(p, ',', (size_t)(end - p)) : NULL;
		size_t len;
		if (!q)
			q = end;
		len = (size_t)(q - p);
		if (!first && (rc = vta_dict_put(b, ",", 1)))
			return rc;
		if ((rc = put_side(b, p, len, 0, why)))
			return rc;
		first = 0;
		p = q + 1;
	}
	return 0;
}

int vta_dict_entry(vta_dict_buf *b, const char *vi, size_t vlen, const char *en, size_t elen, int list,
                   const char **why)
{
	size_t mark = b->len;
	int rc = put_side(b, vi, vlen, 1, why);
	if (!rc)
		rc = put_english(b, en, elen, list, why);
	if (!rc)
		rc = vta_dict_put(b, "\n", 1);
	if (rc && b->data) { /* no half entry */
		b->len = mark;
		b->data[mark] = '\0';
	}
	return rc;
}

/* Which text format the first line holding an entry is in. */
static int sniff(const char *data, size_t len)
{
	size_t i = 0;
	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - data) - i : len - i;
		const char *line = data + i;
		if (n && line[0] != '#' && strspn(line, " \t\r") < n) {
			if (memchr(line, '\t', n))
				return VIETALIGN_DICT_TSV;
			if (n >= 3 && memmem(line, n, " @ ", 3))
				return VIETALIGN_DICT_HUNALIGN;
			return VIETALIGN_DICT_TSV; /* and its error names the line */
		}
		i += n + 1;
	}
	return VIETALIGN_DICT_TSV;
}

/* One line of a text format: an entry, a comment or nothing. */
static int text_line(vta_dict_buf *b, const char *line, size_t n, int fmt, const char **why)
{
	const char *sep;
	if (n && line[n - 1] == '\r')
		n--;
	if (n == 0 || line[0] == '#' || strspn(line, " \t") >= n)
		return 0;
	if (fmt == VIETALIGN_DICT_HUNALIGN) { /* english @ vietnamese */
		if (!(sep = memmem(line, n, " @ ", 3))) {
			*why = "expected 'english phrase @ vietnamese phrase'";
			return VIETALIGN_EPARSE;
		}
		return vta_dict_entry(b, sep + 3, (size_t)(line + n - sep - 3), line, (size_t)(sep - line), 0, why);
	}
	if (!(sep = memchr(line, '\t', n))) {
		*why = "expected 'vietnamese<TAB>english[,english...]'";
		return VIETALIGN_EPARSE;
	}
	/* columns after the second (a glossary's notes) are left alone */
	{
		const char *en = sep + 1, *tab2 = memchr(en, '\t', (size_t)(line + n - en));
		size_t elen = tab2 ? (size_t)(tab2 - en) : (size_t)(line + n - en);
		return vta_dict_entry(b, line, (size_t)(sep - line), en, elen, 1, why);
	}
}

static int parse_text(vta_dict_buf *b, const char *data, size_t len, int fmt, const char *name, vta_error *err)
{
	size_t i = 0, lineno = 0;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	if (fmt == VIETALIGN_DICT_AUTO)
		fmt = sniff(data + i, len - i);
	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - data) - i : len - i;
		const char *why = NULL;
		int rc = text_line(b, data + i, n, fmt, &why);
		lineno++;
		if (rc == VIETALIGN_ENOMEM)
			return vta_error_set(err, rc, "%s: out of memory", name);
		if (rc)
			return vta_error_set(err, rc, "%s:%zu: %s", name, lineno, why ? why : "bad entry");
		i += n + 1;
	}
	return 0;
}

/* A TBX file begins with markup, after any byte order mark and space. */
int vta_dict_is_xml(const char *data, size_t len)
{
	size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
		i++;
	return i < len && data[i] == '<';
}

int vta_dict_parse(vta_dict_buf *out, const char *data, size_t len, int fmt, const char *name, vta_error *err)
{
	size_t mark = out->len;
	int rc;
	if (fmt == VIETALIGN_DICT_TBX || (fmt == VIETALIGN_DICT_AUTO && vta_dict_is_xml(data, len)))
		rc = vta_tbx_parse(out, data, len, name, err);
	else if (fmt == VIETALIGN_DICT_AUTO || fmt == VIETALIGN_DICT_TSV || fmt == VIETALIGN_DICT_HUNALIGN)
		rc = parse_text(out, data, len, fmt, name, err);
	else
		rc = vta_error_set(err, VIETALIGN_EINVALID, "%s: unknown dictionary format %d", name, fmt);
	if (!rc && out->len == mark)
		rc = vta_error_set(err, VIETALIGN_EPARSE, "%s: no entry", name);
	if (rc && out->data) { /* all of a file or nothing */
		out->len = mark;
		out->data[mark] = '\0';
	}
	return rc;
}
