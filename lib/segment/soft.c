/* soft.c - soft sentence boundaries: places inside a sentence where its
 * translation may well start a new one (". " before a lowercase word, ":"
 * and ";", a clause ending in a dash or a bracket, a capitalised word
 * after a lowercase one in text without punctuation). The splitter does
 * not cut there; the alignment may, where the other side agrees. */
#include "segment/segment.h"

/* The last code point of text[a, b) that is not a closer (quote,
 * bracket), and whether one was skipped. */
static int32_t last_core(const char *text, size_t a, size_t b, int *closed)
{
	int32_t cp = 0;
	*closed = 0;
	while (b > a) {
		b = vta_cp_prev(text, b, &cp);
		if (!vta_is_closer(cp))
			return cp;
		*closed = 1;
	}
	return 0;
}

/* The first code point of text[a, b) that is not an opener. */
static int32_t first_core(const char *text, size_t a, size_t b)
{
	int32_t cp = 0;
	while (a < b) {
		a += vta_cp_next(text, b, a, &cp);
		if (!vta_is_opener(cp))
			return cp;
	}
	return 0;
}

static int32_t last_cp(const char *text, size_t a, size_t b)
{
	int32_t cp = 0;
	if (b > a)
		vta_cp_prev(text, b, &cp);
	return cp;
}

static int32_t first_cp(const char *text, size_t a, size_t b)
{
	int32_t cp = 0;
	if (a < b)
		vta_cp_next(text, b, a, &cp);
	return cp;
}

/* Whether a word ending in cp ends a clause in writing. */
static int punct_end(int32_t cp)
{
	return cp == ',' || cp == ':' || cp == ';' || vta_is_terminator(cp) || vta_is_closer(cp);
}

/* Whether the word text[a, b) is a dash standing alone ("--", "—"). */
static int all_dashes(const char *text, size_t a, size_t b)
{
	int32_t cp;
	while (a < b) {
		a += vta_cp_next(text, b, a, &cp);
		if (cp != '-' && !vta_is_dash(cp))
			return 0;
	}
	return 1;
}

/* Whether a period ending the word text[a, b) (closers trimmed) is an
 * abbreviation's or a number's rather than a sentence end. */
static int period_of_abbreviation(const char *text, size_t a, size_t b, vietalign_lang lang)
{
	int32_t cp;
	size_t e = b;
	vta_abbr_kind k;
	while (e > a) {
		size_t p = vta_cp_prev(text, e, &cp);
		if (!vta_is_closer(cp))
			break;
		e = p;
	}
	if (e - a == 1 || (e < b && e - a < 3))
		return 0; /* a period standing alone ("see foo 1 ."), or closing
		             a bracket ("(see foo 1.)"): no list mark does */
	if (e - a < 3)
		return 1; /* "a.", "3.": a list mark or an initial */
	/* "etc." ends a list, and the sentence often with it ("dh-make-php,
	 * etc. debhelper and dh-make - ..."): where the other side agrees */
	k = vta_abbr_lookup(text + a, e - a, lang);
	return k != VTA_ABBR_NONE && k != VTA_ABBR_LIST;
}

/* Words without punctuation before a capitalised word from which
 * Vietnamese reads as unpunctuated (subtitle style: "... tại kích cỡ 5cm
 * Đã có ..."), where any capitalised word may start a sentence; elsewhere
 * only a word that typically starts one does (a name does not). */
#define RUNON_WORDS 8

/* The kind of the boundary between the words text[a, b) and text[c, d)
 * (c = b + 1), or VTA_SOFT_NONE; bare: words since the last punctuation. */
/* Whether a boundary after cp is a capital's: a lowercase word, then a
 * capitalised one (text[c, d), head its first code point) that starts a
 * sentence. */
static int capital_after(int32_t tail, int32_t head, const char *text, size_t c, size_t d, vietalign_lang lang,
                         size_t bare)
{
	return vta_is_lower(tail) && vta_is_upper(head) && !(lang == VIETALIGN_LANG_EN && d - c == 1 && head == 'I') &&
	       (vta_sentence_starter(text + c, d - c, lang) || (lang == VIETALIGN_LANG_VI && bare >= RUNON_WORDS));
}

/* Whether the lone mark text[a] is written a space after a word of two
 * bytes or more ("Example : Let's assume", as some manuals' markup leaves
 * it; not the permission letters of "r : Read permission"). */
static int spaced_mark(const char *text, size_t a)
{
	return a >= 3 && text[a - 1] == ' ' && text[a - 2] != ' ' && text[a - 3] != ' ';
}

static vta_soft_kind classify(const char *text, size_t a, size_t b, size_t c, size_t d, vietalign_lang lang,
                              size_t bare)
{
	int closed;
	int32_t end = last_core(text, a, b, &closed), next = first_core(text, c, d);
	int32_t tail = last_cp(text, a, b), head = first_cp(text, c, d);
	if (vta_is_terminator(end) && vta_is_lower(next)) {
		if (vta_is_exclamation(end) || end == 0x2026 || !period_of_abbreviation(text, a, b, lang))
			return VTA_SOFT_STOP;
		return VTA_SOFT_NONE;
	}
	/* a colon before a quotation introduces it: the quote is the
	 * sentence's */
	if ((tail == ':' || tail == ';') && (b - a > 1 || spaced_mark(text, a)) &&
	    !(tail == ':' && vta_is_opener(head)))
		return VTA_SOFT_COLON;
	if (tail == ')' || all_dashes(text, a, b))
		return VTA_SOFT_CLAUSE;
	if (capital_after(tail, head, text, c, d, lang, bare))
		return VTA_SOFT_CAPITAL;
	return VTA_SOFT_NONE;
}

/* Whether cp, ending a word, ends it in a letter or a digit: no closer,
 * terminator, colon, bracket or dash, so that only a capital can follow
 * (most words of a sentence). */
static int plain_end(int32_t cp)
{
	return vta_is_letter(cp) || vta_is_digit(cp);
}

size_t vta_soft_boundaries(vta_soft *out, size_t max, const char *text, size_t len, vietalign_lang lang)
{
	/* b: the end of the token at a; each token's end found once, as the
	 * next token of one pair and the first of the next */
	size_t n = 0, a = 0, b = vta_space_from(text, 0, len), bare = 0;
	while (a < len && n < max) {
		size_t c, d;
		if (b >= len)
			break;
		c = b + 1;
		d = vta_space_from(text, c, len); /* the end of the token at c */
		if (d > c) {
			int32_t tail = last_cp(text, a, b);
			vta_soft_kind k;
			++bare;
			/* a word ending in a letter or digit: the other tests
			 * cannot hold, nor can punct_end() */
			if (plain_end(tail))
				k = capital_after(tail, first_cp(text, c, d), text, c, d, lang, bare) ? VTA_SOFT_CAPITAL
				                                                                      : VTA_SOFT_NONE;
			else
				k = classify(text, a, b, c, d, lang, bare);
			if (k != VTA_SOFT_NONE) {
				out[n].at = c;
				out[n].kind = k;
				n++;
			}
			if (k != VTA_SOFT_NONE || (!plain_end(tail) && punct_end(tail)))
				bare = 0;
		}
		a = c;
		b = d;
	}
	return n;
}

const char *vta_soft_kind_name(vta_soft_kind k)
{
	switch (k) {
	case VTA_SOFT_STOP: return "stop";
	case VTA_SOFT_COLON: return "colon";
	case VTA_SOFT_CLAUSE: return "clause";
	case VTA_SOFT_CAPITAL: return "capital";
	default: return "none";
	}
}
