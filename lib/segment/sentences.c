/* sentences.c - splitting a paragraph into sentences: ICU's sentence break
 * iterator proposes the breaks (with a few it misses added), and rules for
 * what it does not know (abbreviations, links, lowercase after ! and ?,
 * dashes, line breaks inside a paragraph) veto some of them. Breaks fall
 * between the pieces, which are only trimmed of white space, so every
 * character stays in exactly one sentence. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include "segment/segment.h"
#include "text/text.h"
#include "common/common.h"

/* Candidate break offsets (absolute, in bytes). */
typedef struct {
	size_t *items;
	size_t count, cap;
} cut_vec;

/* The paragraph being split. */
typedef struct {
	const char *text;
	size_t start, end;
	vietalign_lang lang;
} para_ctx;

/* How far the rules look around a break, so that a pathological paragraph
 * costs linear time: no abbreviation, sentence-initial word or run of
 * closing quotes is longer than this many bytes. */
#define WORD_MAX 32

/* A colon ends a sentence only after at least this many words (since the
 * last terminator): a shorter lead is a label ("Narrator:",
 * "Người dẫn:") that the other side often lacks, and cut off it is an
 * orphan the search glues to the wrong neighbour. Chosen by hand on the
 * shared sets as running text: with 4 the TED talks (speaker labels are
 * common there) keep their strict f1 within 0.003; with 3 one set loses
 * 0.004, and with no minimum all three lose up to 0.008. */
#define CLAUSE_MIN_WORDS 4

/* How the text after a break begins. */
typedef enum { NEXT_OTHER, NEXT_LOWER, NEXT_UPPER, NEXT_DIGIT, NEXT_DASH } next_kind;

typedef struct {
	next_kind kind;
	size_t word, word_len; /* the leading run of letters, for starters */
} next_info;

static int push_cut(cut_vec *v, size_t at)
{
	if (v->count == v->cap && vta_grow((void **)&v->items, &v->cap, v->count + 1, sizeof *v->items))
		return VIETALIGN_ENOMEM;
	v->items[v->count++] = at;
	return VIETALIGN_OK;
}

struct vta_breaker {
	UBreakIterator *bi;
	UChar *u16;     /* the paragraph in UTF-16, which ICU reads */
	size_t u16_cap; /* faster than through a UTF-8 UText */
	vietalign_lang lang;
};

int vta_breaker_new(vta_breaker **out, vietalign_lang lang, vta_error *err)
{
	UErrorCode st = U_ZERO_ERROR;
	vta_breaker *b = calloc(1, sizeof *b);
	*out = NULL;
	if (!b)
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	b->lang = lang;
	b->bi = ubrk_open(UBRK_SENTENCE, lang == VIETALIGN_LANG_VI ? "vi" : "en", NULL, 0, &st);
	if (U_FAILURE(st)) {
		vta_breaker_free(b);
		return vta_error_set(err, VIETALIGN_EICU, "sentence break iterator: %s", u_errorName(st));
	}
	*out = b;
	return VIETALIGN_OK;
}

void vta_breaker_free(vta_breaker *b)
{
	if (!b)
		return;
	ubrk_close(b->bi);
	free(b->u16);
	free(b);
}

/* The paragraph (valid UTF-8) into the breaker's UTF-16 buffer; returns
 * its length in UTF-16 units, or -1 when out of memory. */
static int32_t to_utf16(vta_breaker *br, const para_ctx *c)
{
	size_t i = c->start, o = 0;
	if (vta_grow((void **)&br->u16, &br->u16_cap, c->end - c->start + 1, sizeof *br->u16))
		return -1; /* UTF-16 takes no more units than UTF-8 takes bytes */
	while (i < c->end) {
		int32_t cp;
		i += vta_cp_next(c->text, c->end, i, &cp);
		if (cp >= 0x10000) {
			br->u16[o++] = (UChar)(0xD7C0 + (cp >> 10));
			br->u16[o++] = (UChar)(0xDC00 | (cp & 0x3FF));
		} else {
			br->u16[o++] = (UChar)cp;
		}
	}
	return (int32_t)o;
}

/* Appends ICU's sentence boundaries inside the paragraph to cuts, turning
 * ICU's UTF-16 offsets (increasing) back into byte offsets on the way. */
static int icu_breaks(cut_vec *cuts, vta_breaker *br, const para_ctx *c, vta_error *err)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t b, n16, at16 = 0;
	size_t n = c->end - c->start, at = c->start;
	if (n > (size_t)INT32_MAX)
		return vta_error_set(err, VIETALIGN_EINVALID, "paragraph of %zu bytes is too long", n);
	if ((n16 = to_utf16(br, c)) < 0)
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory splitting sentences");
	ubrk_setText(br->bi, br->u16, n16, &st);
	if (U_FAILURE(st))
		return vta_error_set(err, VIETALIGN_EICU, "sentence break iterator: %s", u_errorName(st));
	for (b = ubrk_first(br->bi); b != UBRK_DONE; b = ubrk_next(br->bi)) {
		if (b <= 0 || b >= n16)
			continue;
		while (at16 < b) {
			int32_t cp;
			at += vta_cp_next(c->text, c->end, at, &cp);
			at16 += cp >= 0x10000 ? 2 : 1;
		}
		if (push_cut(cuts, at))
			return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory splitting sentences");
	}
	return VIETALIGN_OK;
}

/* Where a break may follow a terminator that ICU passes over: a period
 * before a digit ("… thành tro bụi. 1,2 triệu người …", which ICU joins
 * because a lowercase word follows the number), and an ellipsis "…"
 * (not a terminator to ICU, unlike "...") before a capital or a digit.
 * Returns the offset of the next sentence, or 0 for none. */
static size_t extra_break_after(const para_ctx *c, size_t i, int32_t term)
{
	size_t j = i, n;
	int32_t cp = 0;
	int space = 0;
	while (j < c->end) {
		n = vta_cp_next(c->text, c->end, j, &cp);
		if (!vta_is_closer(cp))
			break;
		j += n;
	}
	while (j < c->end) {
		n = vta_cp_next(c->text, c->end, j, &cp);
		if (!vta_is_space(cp))
			break;
		j += n;
		space = 1;
	}
	if (!space || j >= c->end)
		return 0;
	if (vta_is_digit(cp) || (term == 0x2026 && vta_is_upper(cp)))
		return j;
	if (term == '.' && vta_is_lower(cp))
		return j; /* keep_break() judges it */
	return 0;
}

static int is_ascii_space(char ch)
{
	return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
}

/* A candidate break after a colon at i - 1 followed by white space
 * (keep_break() judges it): the offset of the next word, or 0. */
static size_t clause_break_after(const para_ctx *c, size_t i)
{
	size_t j = i;
	while (j < c->end && is_ascii_space(c->text[j]))
		j++;
	return j > i && j < c->end ? j : 0;
}

/* The terminators extra_break_after() looks behind, found byte by byte
 * (valid UTF-8: a '.' byte is a period, and E2 80 A6 is "…"): no code
 * point need be decoded on the way. */
static int extra_breaks(cut_vec *cuts, const para_ctx *c)
{
	const unsigned char *t = (const unsigned char *)c->text;
	size_t i, b;
	for (i = c->start; i < c->end; i++) {
		int32_t term;
		if (t[i] == ':') {
			b = clause_break_after(c, i + 1);
			if (b && push_cut(cuts, b))
				return VIETALIGN_ENOMEM;
			continue;
		}
		if (t[i] == '.') {
			term = '.';
		} else if (t[i] == 0xE2 && i + 2 < c->end && t[i + 1] == 0x80 && t[i + 2] == 0xA6) {
			term = 0x2026;
			i += 2;
		} else {
			continue;
		}
		b = extra_break_after(c, i + 1, term);
		if (b && push_cut(cuts, b))
			return VIETALIGN_ENOMEM;
	}
	return VIETALIGN_OK;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* Sorts the candidate breaks and drops duplicates. */
static void sort_unique(cut_vec *v)
{
	size_t i, o = 0;
	if (v->count == 0)
		return;
	qsort(v->items, v->count, sizeof *v->items, cmp_size);
	for (i = 1; i < v->count; i++)
		if (v->items[i] != v->items[o])
			v->items[++o] = v->items[i];
	v->count = o + 1;
}

/* Whether text[at, e) holds byte c followed by the bytes of rest. */
static int holds_after(const char *t, size_t at, size_t e, char c, const char *rest, size_t n)
{
	const char *p = t + at, *end = t + e;
	/* memchr() scans whole paragraphs several bytes at a time */
	while ((p = memchr(p, c, (size_t)(end - p))) != NULL) {
		if ((size_t)(end - p) > n && memcmp(p + 1, rest, n) == 0)
			return 1;
		p++;
	}
	return 0;
}

static int holds_link(const char *t, size_t s, size_t e)
{
	return memchr(t + s, '@', e - s) || holds_after(t, s, e, ':', "//", 2) || holds_after(t, s, e, 'w', "ww.", 3);
}

/* Appends to links the [start, end) pairs of the white-space-delimited
 * tokens that hold a URL or an e-mail address, which no break may cut. */
static int find_links(cut_vec *links, const para_ctx *c)
{
	size_t i = c->start, s, n;
	int32_t cp;
	if (!holds_link(c->text, c->start, c->end))
		return VIETALIGN_OK; /* most paragraphs: no token to look at */
	while (i < c->end) {
		n = vta_cp_next(c->text, c->end, i, &cp);
		if (vta_is_space(cp)) {
			i += n;
			continue;
		}
		for (s = i; i < c->end; i += n) {
			n = vta_cp_next(c->text, c->end, i, &cp);
			if (vta_is_space(cp))
				break;
		}
		if (holds_link(c->text, s, i) && (push_cut(links, s) || push_cut(links, i)))
			return VIETALIGN_ENOMEM;
	}
	return VIETALIGN_OK;
}

/* Looks at the text from b on: skips opening quotes and brackets and tells
 * what the next word begins with. */
static next_info look_ahead(const para_ctx *c, size_t b)
{
	next_info nx = {NEXT_OTHER, b, 0};
	size_t i = b, n;
	int32_t cp = 0;
	if (i < c->end) {
		vta_cp_next(c->text, c->end, i, &cp);
		if (vta_is_dash(cp))
			return (next_info){NEXT_DASH, b, 0};
	}
	while (i < c->end) {
		n = vta_cp_next(c->text, c->end, i, &cp);
		if (!vta_is_opener(cp))
			break;
		i += n;
	}
	if (i >= c->end)
		return nx;
	nx.kind = vta_is_lower(cp)   ? NEXT_LOWER
	          : vta_is_upper(cp) ? NEXT_UPPER
	          : vta_is_digit(cp) ? NEXT_DIGIT
	                             : NEXT_OTHER;
	nx.word = i;
	while (i < c->end && i - nx.word < WORD_MAX) {
		n = vta_cp_next(c->text, c->end, i, &cp);
		if (!vta_is_letter(cp))
			break;
		i += n;
	}
	nx.word_len = i - nx.word;
	return nx;
}

/* The kind of abbreviation the word ending with the period at dot is. */
static vta_abbr_kind word_before(const para_ctx *c, size_t dot)
{
	size_t s = dot, end = dot + 1;
	int32_t cp;
	while (s > c->start) {
		size_t p = vta_cp_prev(c->text, s, &cp);
		if (vta_is_space(cp))
			break;
		if (dot - p > WORD_MAX)
			return VTA_ABBR_NONE;
		s = p;
	}
	while (s < dot) { /* "(GS." is "GS." */
		size_t n = vta_cp_next(c->text, end, s, &cp);
		if (!vta_is_opener(cp))
			break;
		s += n;
	}
	return vta_abbr_lookup(c->text + s, end - s, c->lang);
}

/* Whether a period after an abbreviation of this kind ends the sentence,
 * given what follows. */
static int abbr_ends(const para_ctx *c, vta_abbr_kind kind, const next_info *nx)
{
	switch (kind) {
	case VTA_ABBR_TITLE: return 0;
	case VTA_ABBR_NUMBER: return nx->kind != NEXT_DIGIT;
	case VTA_ABBR_LIST: return nx->kind == NEXT_UPPER;
	case VTA_ABBR_WEAK:
		return nx->kind == NEXT_UPPER && vta_sentence_starter(c->text + nx->word, nx->word_len, c->lang);
	default: return 1;
	}
}

/* Whether text[start, r) ends with at least CLAUSE_MIN_WORDS words after
 * the last terminator, colon or semicolon. Looks back no further than that
 * one, so all the colons of a paragraph cost linear time. */
static int long_clause(const para_ctx *c, size_t r)
{
	size_t i = r, words = 0;
	int in_word = 0;
	while (i > c->start && words < CLAUSE_MIN_WORDS) {
		char ch = c->text[i - 1];
		if (ch == '.' || ch == '?' || ch == '!' || ch == ':' || ch == ';')
			break;
		if (is_ascii_space(ch)) {
			words += in_word;
			in_word = 0;
		} else {
			in_word = 1;
		}
		i--;
	}
	return words + (size_t)in_word >= CLAUSE_MIN_WORDS;
}

/* Whether a colon (its text ends at r) ends a sentence before b. In
 * documentation read as one paragraph it ends a unit ("… as follows:
 * Install the package"), and in running text both sides mostly
 * share it, a finer split the search may still join. It stands when a
 * capital follows the white space at once (not a quotation, 'he said:
 * "We…', a lowercase clause, nor a value: "ngày: 28/01/2025") and the lead
 * is not a label. A semicolon is left alone: a byline "Analysis by Hasan
 * Chowdhury; Jan 28" is one unit whose other side has no semicolon. */
static int clause_ends(const para_ctx *c, size_t b, size_t r)
{
	next_info nx = look_ahead(c, b);
	/* a bracket may open the next sentence ("… created for us: (I've
	 * added the line numbers.)"), a quote opens a quotation */
	int bracket = nx.word == b + 1 && c->text[b] == '(';
	if ((nx.word != b && !bracket) || nx.kind != NEXT_UPPER)
		return 0;
	return long_clause(c, r - 1);
}

/* Whether the word before the period at dot is a plain English word of
 * EN_PLAIN_MIN lowercase letters or more ("a." is a list mark), a closing
 * bracket after it allowed ("(see info automake). autotools-dev"). */
#define EN_PLAIN_MIN 2
static int en_plain_word(const para_ctx *c, size_t dot)
{
	size_t s = dot, letters = 0;
	int32_t cp;
	while (s > c->start && dot - s <= WORD_MAX) {
		s = vta_cp_prev(c->text, s, &cp);
		if (vta_is_space(cp) || (vta_is_opener(cp) && letters))
			break;
		if (vta_is_closer(cp) && !letters)
			continue;
		if (!vta_is_lower(cp))
			return 0;
		letters++;
	}
	return letters >= EN_PLAIN_MIN;
}

/* Whether a period before a lowercase word ends the sentence.
 * Vietnamese translators, subtitlers above all, often begin a sentence in
 * lowercase after a period ("… cuối cùng. và rồi …"), where English has a
 * capital; a period that ends a word which is no abbreviation ("v.v.",
 * "TP.") nor part of an ellipsis ends the sentence. In English a
 * lowercase word after a period follows an abbreviation ICU does not know
 * far more often ("100 lbs. on", "Robert Downey Jr. acting", "admin.
 * on"), so there only a plain lowercase word that is no abbreviation,
 * or a closing bracket (no abbreviation ends in one: "(see foo 1 )."),
 * ends one, before a word that does not go on with a clause:
 * manuals start list items with a command's name ("… the original
 * program. upstream maintainer: …"), which their translations cut. */
static int period_ends(const para_ctx *c, size_t b, size_t r, size_t q, const next_info *nx)
{
	if (r != q || nx->word != b || r - c->start < 2)
		return 0;
	if (c->text[r - 1] != '.' || c->text[r - 2] == '.')
		return 0;
	if (c->lang == VIETALIGN_LANG_EN && (!(en_plain_word(c, r - 1) || c->text[r - 2] == ')') ||
	                                     vta_clause_continuer(c->text + nx->word, nx->word_len)))
		return 0;
	return word_before(c, r - 1) == VTA_ABBR_NONE;
}

/* Whether the terminator at t starts its word: white space, an opening
 * bracket or quote, or the paragraph's start before it. A break right
 * after it with no white space falls inside a token that opens with a
 * terminator, a file name or an operator (".Z", ".EX", "(.+)", "?="):
 * cut there, neither piece is a sentence. */
static int token_head(const para_ctx *c, size_t t)
{
	int32_t cp;
	if (t <= c->start)
		return 1;
	vta_cp_prev(c->text, t, &cp);
	return vta_is_space(cp) || vta_is_opener(cp);
}

/* Whether a break at b, right after a terminator with no white space,
 * falls before a symbol that glues it into a token: a glob, a path or an
 * operator ("cron.*", "?=", ".+", "<?>"). No sentence starts there. */
static int token_tail(const para_ctx *c, size_t b)
{
	return b < c->end && c->text[b] != '\0' && strchr("*>/\\=|~^&%#+_@$", c->text[b]) != NULL;
}

/* Whether the word ending at e starts with a lowercase letter. */
static int word_starts_lower(const para_ctx *c, size_t e)
{
	int32_t cp, first = 0;
	size_t s = e;
	while (s > c->start && e - s <= WORD_MAX) {
		size_t p = vta_cp_prev(c->text, s, &cp);
		if (!vta_is_letter(cp))
			break;
		first = cp;
		s = p;
	}
	return first && vta_is_lower(first);
}

/* Whether the one capital letter before the period at dot follows a
 * lowercase word: a label ("bệnh nhân B.", "cột E.", "brand X."), not a
 * name's initial ("John F. Kennedy"), so a capital after it starts a
 * sentence. */
static int label_letter(const para_ctx *c, size_t dot)
{
	int32_t cp;
	size_t p;
	if (dot <= c->start)
		return 0;
	p = vta_cp_prev(c->text, dot, &cp);
	if (!vta_is_upper(cp) || p <= c->start)
		return 0;
	p = vta_cp_prev(c->text, p, &cp);
	if (!vta_is_space(cp))
		return 0;
	return word_starts_lower(c, p);
}

/* Whether the candidate break at b stands; q is where the text before it
 * ends (b minus the white space before it). */
static int keep_break(const para_ctx *c, size_t b, size_t q)
{
	size_t r = q, t;
	int32_t cp = 0, term = 0;
	next_info nx;
	while (r > c->start) { /* back over closing quotes and brackets */
		size_t p = vta_cp_prev(c->text, r, &cp);
		if (!vta_is_closer(cp))
			break;
		if (q - p > WORD_MAX)
			return 0;
		r = p;
	}
	if (r == c->start)
		return 0;
	/* Without a terminator the break is a line break of the paragraph. */
	t = vta_cp_prev(c->text, r, &term);
	if (b == q && (token_head(c, t) || token_tail(c, b)))
		return 0;
	if (term == ':' && r == q)
		return clause_ends(c, b, r);
	if (!vta_is_terminator(term))
		return 0;
	nx = look_ahead(c, b);
	if (nx.kind == NEXT_LOWER && period_ends(c, b, r, q, &nx))
		return 1;
	if (nx.kind == NEXT_LOWER || nx.kind == NEXT_DASH)
		return 0;
	if (term == '.' && r == q)
		return (nx.kind == NEXT_UPPER && label_letter(c, r - 1)) || abbr_ends(c, word_before(c, r - 1), &nx);
	return 1;
}

static int has_alnum(const char *text, size_t s, size_t e)
{
	int32_t cp;
	while (s < e) {
		s += vta_cp_next(text, e, s, &cp);
		if (vta_is_letter(cp) || vta_is_digit(cp))
			return 1;
	}
	return 0;
}

void vta_span_trim(const char *text, size_t *s, size_t *e)
{
	int32_t cp;
	while (*s < *e) {
		size_t n = vta_cp_next(text, *e, *s, &cp);
		if (!vta_is_space(cp))
			break;
		*s += n;
	}
	while (*e > *s) {
		size_t p = vta_cp_prev(text, *e, &cp);
		if (!vta_is_space(cp))
			break;
		*e = p;
	}
}

/* Emits the pieces between the kept cuts, trimmed. A piece with no letter
 * or digit (a stray `".` or `…`) joins its neighbour instead. */
static int emit(vta_span_vec *out, const para_ctx *c, const cut_vec *cuts, vta_error *err)
{
	size_t i, from = c->start, first = out->count;
	size_t carry = SIZE_MAX, carry_end = 0;
	for (i = 0; i <= cuts->count; i++) {
		size_t s = from, e = i < cuts->count ? cuts->items[i] : c->end;
		from = e;
		vta_span_trim(c->text, &s, &e);
		if (s == e)
			continue;
		if (!has_alnum(c->text, s, e)) {
			if (out->count > first) {
				vta_span *last = &out->items[out->count - 1];
				last->length = e - last->offset;
			} else {
				carry = carry == SIZE_MAX ? s : carry;
				carry_end = e;
			}
			continue;
		}
		if (carry != SIZE_MAX)
			s = carry;
		carry = SIZE_MAX;
		if (vta_span_vec_push(out, (vta_span){s, e - s, 0, 0}))
			return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory splitting sentences");
	}
	if (carry != SIZE_MAX && vta_span_vec_push(out, (vta_span){carry, carry_end - carry, 0, 0}))
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory splitting sentences");
	return VIETALIGN_OK;
}

int vta_sentences_split_with(vta_breaker *br, vta_span_vec *out, const char *text, size_t start, size_t end,
                             vta_error *err)
{
	para_ctx c = {text, start, end, br ? br->lang : VIETALIGN_LANG_VI};
	cut_vec icu = {0}, kept = {0}, links = {0};
	size_t i, li = 0, q;
	int rc;
	if (!br || !out || !text || start > end)
		return vta_error_set(err, VIETALIGN_EINVALID, "vta_sentences_split: bad argument");
	if (start == end)
		return VIETALIGN_OK;
	rc = icu_breaks(&icu, br, &c, err);
	if (!rc && extra_breaks(&icu, &c))
		rc = vta_error_set(err, VIETALIGN_ENOMEM, "out of memory splitting sentences");
	if (!rc && find_links(&links, &c))
		rc = vta_error_set(err, VIETALIGN_ENOMEM, "out of memory splitting sentences");
	if (!rc)
		sort_unique(&icu);
	for (i = 0; !rc && i < icu.count; i++) {
		size_t b = icu.items[i];
		int32_t cp;
		/* q: the end of the last non-space before b (or start), found
		 * from b back: a break follows little or no white space */
		for (q = b; q > start;) {
			size_t p = vta_cp_prev(text, q, &cp);
			if (!vta_is_space(cp))
				break;
			q = p;
		}
		while (li < links.count && links.items[li + 1] <= b)
			li += 2;
		if (li < links.count && links.items[li] < b)
			continue; /* inside a link */
		if (keep_break(&c, b, q) && push_cut(&kept, b))
			rc = vta_error_set(err, VIETALIGN_ENOMEM, "out of memory splitting sentences");
	}
	if (!rc)
		rc = emit(out, &c, &kept, err);
	free(icu.items);
	free(kept.items);
	free(links.items);
	return rc;
}

int vta_sentences_split(vta_span_vec *out, const char *text, size_t start, size_t end, vietalign_lang lang,
                        vta_error *err)
{
	vta_breaker *br;
	int rc;
	if (!out || !text || start > end)
		return vta_error_set(err, VIETALIGN_EINVALID, "vta_sentences_split: bad argument");
	if (start == end)
		return VIETALIGN_OK;
	if ((rc = vta_breaker_new(&br, lang, err)) != 0)
		return rc;
	rc = vta_sentences_split_with(br, out, text, start, end, err);
	vta_breaker_free(br);
	return rc;
}
