/* numbers.c - numbers, dates, times and weekdays as anchors.
 *
 * A translation keeps its numbers but rewrites them: "65 tỷ USD" becomes
 * "$65 billion", "5,3%" becomes "5.3%", "28/01/2025" becomes "Jan 28, 2025".
 * Each is reduced to one canonical string, the same on both sides: a scaled
 * decimal ("65000000000"), a percentage ("5.3%"), a date ("D:2025-01-28"),
 * a time ("T:15:00") or a weekday ("W:1"). Digits are carried as strings so
 * that no value can overflow; anything unreadable keeps its written form. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#include "anchors/anchors.h"
#include "text/text.h"
#include "common/common.h"

#define NUM_DIGITS 48 /* longer digit runs are kept as written */
#define CANON_CAP 96

typedef struct ctx {
	vta_anchor_set *out;
	const char *t;
	size_t len;
	vietalign_lang lang;
} ctx;

/* A number as read: integer then fraction digits, without separators. */
typedef struct num {
	char d[NUM_DIGITS];
	size_t nint, nfrac;
	int decimal, literal;
} num;

typedef struct word_val {
	const char *w;
	int v;
} word_val;

/* The Vietnamese words a date or weekday starts with ("tháng 5", "thứ
 * Hai", "chủ nhật"); named, since the scan also asks what forms can start
 * with (firsts_init()). */
#define W_THANG "tháng"
#define W_THU "thứ"
#define W_SUNDAY "chủ nhật"

/* ---------------------------------------------------------- characters */

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline int32_t cp_at(const ctx *c, size_t i, size_t *n)
{
	int32_t cp = -1;
	int k;
	*n = 1;
	if (i >= c->len)
		return -1;
	if ((unsigned char)c->t[i] < 0x80)
		return (unsigned char)c->t[i];
	k = vta_utf8_decode(c->t + i, c->len - i, &cp);
	if (k <= 0)
		return -1;
	*n = (size_t)k;
	return cp;
}

/* Letters, marks and digits: what a word is made of. */
static inline int is_alnum_cp(int32_t cp)
{
	utf8proc_category_t k;
	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return vta_ascii_alnum(cp);
	k = vta_category(cp);
	return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO;
}

static inline int alnum_at(const ctx *c, size_t i)
{
	size_t n;
	return is_alnum_cp(cp_at(c, i, &n));
}

static int alnum_before(const ctx *c, size_t i)
{
	size_t j, n;
	if (i == 0 || i > c->len)
		return 0;
	j = i - 1;
	while (j > 0 && ((unsigned char)c->t[j] & 0xC0) == 0x80)
		j--;
	return is_alnum_cp(cp_at(c, j, &n));
}

static size_t count_digits(const ctx *c, size_t i)
{
	size_t j = i;
	while (j < c->len && is_digit(c->t[j]))
		j++;
	return j - i;
}

/* Value of n digits at t[i] (n small), or -1. */
static int small_value(const ctx *c, size_t i, size_t n)
{
	int v = 0;
	size_t k;
	if (n == 0 || n > 4 || i + n > c->len)
		return -1;
	for (k = 0; k < n; k++)
		v = v * 10 + (c->t[i + k] - '0');
	return v;
}

/* ---------------------------------------------------------------- words */

/* Length of word w (may hold spaces) at t[i], compared without case, when a
 * word boundary follows it; 0 otherwise. */
static int ascii_fold(int ch)
{
	return ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch;
}

static size_t word_ci(const ctx *c, size_t i, const char *w)
{
	size_t j = i, k = 0, n;
	while (w[k]) {
		unsigned char x = j < c->len ? (unsigned char)c->t[j] : 0, y = (unsigned char)w[k];
		int32_t a, b = -1;
		int r;
		if (x < 0x80 && y < 0x80) { /* ASCII lowercases alone: no decoding */
			if (j >= c->len || ascii_fold(x) != ascii_fold(y))
				return 0;
			j++;
			k++;
			continue;
		}
		/* w is one of our literals, valid UTF-8: its NUL ends any sequence */
		a = cp_at(c, j, &n);
		r = vta_utf8_decode(w + k, 4, &b);
		if (a < 0 || r <= 0 || vta_tolower(a) != vta_tolower(b))
			return 0;
		j += n;
		k += (size_t)r;
	}
	return alnum_at(c, j) ? 0 : j - i;
}

/* The same, with case: "May" the month, not "may" the verb. */
static size_t word_cs(const ctx *c, size_t i, const char *w)
{
	size_t wl;
	/* tried at every word: most fail on the first byte */
	if (i >= c->len || c->t[i] != w[0])
		return 0;
	wl = strlen(w);
	if (c->len - i < wl || memcmp(c->t + i, w, wl) != 0 || alnum_at(c, i + wl))
		return 0;
	return wl;
}

/* First word of table at t[i]; its length, and its value in *v. */
static size_t table_word(const ctx *c, size_t i, const word_val *tab, int ci, int *v)
{
	size_t k, n;
	unsigned char b;
	if (i >= c->len)
		return 0;
	b = (unsigned char)c->t[i];
	for (k = 0; tab[k].w; k++) {
		unsigned char w0 = (unsigned char)tab[k].w[0];
		/* tried at every word: skip entries whose first letter differs
		 * without a call (non-ASCII first letters take the full test) */
		if (b < 0x80 && w0 < 0x80 && (ci ? ascii_fold(b) != ascii_fold(w0) : b != w0))
			continue;
		n = ci ? word_ci(c, i, tab[k].w) : word_cs(c, i, tab[k].w);
		if (n) {
			*v = tab[k].v;
			return n;
		}
	}
	return 0;
}

/* Whether t[i] is A-Z: English month and day names begin so. */
static int is_upper_ascii(const ctx *c, size_t i)
{
	return i < c->len && c->t[i] >= 'A' && c->t[i] <= 'Z';
}

static size_t space(const ctx *c, size_t i)
{
	return i < c->len && c->t[i] == ' ' ? i + 1 : i;
}

/* Whether the word before t[i] (then one space) is w, or t[i] begins the
 * sentence. */
static int after_word(const ctx *c, size_t i, const char *w)
{
	size_t wl = strlen(w);
	if (i < wl + 1 || c->t[i - 1] != ' ')
		return 0;
	return word_ci(c, i - 1 - wl, w) == wl && !alnum_before(c, i - 1 - wl);
}

/* ----------------------------------------------------------- emitting */

static int emit(ctx *c, const char *canon, size_t n, size_t off, size_t len)
{
	return vta_anchor_push(c->out, VTA_ANCHOR_NUMBER, 0, NULL, 1, canon, n, off, len);
}

static int emitf(ctx *c, size_t off, size_t len, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int emitf(ctx *c, size_t off, size_t len, const char *fmt, ...)
{
	char buf[32];
	va_list ap;
	int n;
	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n <= 0 || (size_t)n >= sizeof buf)
		return 0;
	return emit(c, buf, (size_t)n, off, len);
}

/* The decimal value of nm times 10^exp, without leading or trailing zeros;
 * 0 when it does not fit. */
static size_t canon_scaled(char *o, size_t cap, const num *nm, int exp, int pct)
{
	size_t nd = nm->nint + nm->nfrac, point = nm->nint + (size_t)exp, pos, k = 0, s = 0;
	int dot = 0;
	for (pos = 0; pos < point || pos < nd; pos++) {
		if (k + 3 >= cap)
			return 0;
		if (pos == point) {
			o[k++] = '.';
			dot = 1;
		}
		o[k++] = pos < nd ? nm->d[pos] : '0';
	}
	while (dot && k > 0 && o[k - 1] == '0')
		k--; /* 1.50 is 1.5 */
	if (dot && k > 0 && o[k - 1] == '.')
		k--;
	while (s + 1 < k && o[s] == '0' && o[s + 1] != '.')
		s++; /* 05 is 5 */
	if (s)
		memmove(o, o + s, k - s);
	k -= s;
	if (k == 0)
		return 0;
	if (pct)
		o[k++] = '%';
	return k;
}

/* A number: its scaled value, or its written form when unreadable. */
static int emit_num(ctx *c, const num *nm, int exp, int pct, size_t off, size_t len)
{
	char buf[CANON_CAP];
	size_t n = nm->literal ? 0 : canon_scaled(buf, sizeof buf, nm, exp, pct);
	if (n)
		return emit(c, buf, n, off, len);
	return emit(c, c->t + off, len, off, len);
}

static int emit_date(ctx *c, int y, int m, int d, size_t off, size_t len)
{
	int rc;
	if (y >= 0 && d > 0)
		rc = emitf(c, off, len, "D:%04d-%02d-%02d", y, m, d);
	else if (y >= 0)
		rc = emitf(c, off, len, "D:%04d-%02d", y, m);
	else if (d > 0)
		rc = emitf(c, off, len, "D:%02d-%02d", m, d);
	else
		rc = emitf(c, off, len, "M:%02d", m);
	/* the year alone too, for a side that gives only the year */
	if (rc == 0 && y >= 0)
		rc = emitf(c, off, len, "%d", y);
	return rc;
}

/* -------------------------------------------------------------- numbers */

static size_t take_digits(const ctx *c, size_t i, num *nm, int frac)
{
	for (; i < c->len && is_digit(c->t[i]); i++) {
		if (nm->nint + nm->nfrac >= NUM_DIGITS) {
			nm->literal = 1;
			continue;
		}
		nm->d[nm->nint + nm->nfrac] = c->t[i];
		if (frac)
			nm->nfrac++;
		else
			nm->nint++;
	}
	return i;
}

/* Digits with separators: a separator followed by exactly three digits
 * groups thousands ('.' in Vietnamese, ',' in English); otherwise it is the
 * decimal point (',' in Vietnamese, also '.' as English writes it). */
static size_t parse_number(const ctx *c, size_t i, num *nm)
{
	char thou = c->lang == VIETALIGN_LANG_VI ? '.' : ',';
	memset(nm, 0, sizeof *nm);
	i = take_digits(c, i, nm, 0);
	while (i + 1 < c->len && (c->t[i] == '.' || c->t[i] == ',') && is_digit(c->t[i + 1])) {
		size_t run = count_digits(c, i + 1);
		if (!nm->decimal && c->t[i] == thou && run == 3) {
			i = take_digits(c, i + 1, nm, 0);
		} else if (!nm->decimal && (c->t[i] != thou || c->lang == VIETALIGN_LANG_VI)) {
			nm->decimal = 1;
			i = take_digits(c, i + 1, nm, 1);
		} else {
			nm->literal = 1; /* 1.2.3, 1,2 in English */
			i += 1 + run;
		}
	}
	return i;
}

static const word_val SCALES[] = {{"nghìn", 3},   {"ngàn", 3},      {"triệu", 6},    {"tỷ", 9},
                                  {"tỉ", 9},      {"trăm", 2},      {"thousand", 3}, {"million", 6},
                                  {"billion", 9}, {"trillion", 12}, {"hundred", 2},  {NULL, 0}};

static const char *const PERCENT[] = {"%", "phần trăm", "percent", "per cent", NULL};

/* A percent sign or word after t[i] (one space allowed); its end, or i. */
static size_t percent_after(const ctx *c, size_t i)
{
	size_t j = space(c, i), k;
	if (i < c->len && c->t[i] == '%')
		return i + 1;
	if (j < c->len && c->t[j] == '%')
		return j + 1;
	for (k = 1; PERCENT[k]; k++) {
		size_t n = word_ci(c, j, PERCENT[k]);
		if (n)
			return j + n;
	}
	return i;
}

/* Scale words after t[i] ("nghìn tỷ" is 10^12); their end, or i. Skips the
 * gloss "(trillion)" a Vietnamese text may add. */
static size_t scale_after(const ctx *c, size_t i, int *exp)
{
	size_t j = i, n;
	int v, words = 0;
	*exp = 0;
	while (words < 3 && (n = table_word(c, space(c, j), SCALES, 1, &v)) != 0) {
		j = space(c, j) + n;
		*exp += v;
		words++;
	}
	if (words && j + 2 < c->len && c->t[j] == ' ' && c->t[j + 1] == '(' &&
	    (n = table_word(c, j + 2, SCALES, 1, &v)) != 0 && j + 2 + n < c->len && c->t[j + 2 + n] == ')')
		j += 3 + n;
	return j;
}

/* "AM"/"PM" after t[i]: its end, and *pm; i when absent. */
static size_t ampm_after(const ctx *c, size_t i, int *pm)
{
	static const word_val AMPM[] = {{"a.m.", 0}, {"p.m.", 1}, {"am", 0}, {"pm", 1}, {NULL, 0}};
	size_t j = space(c, i), n = table_word(c, j, AMPM, 1, pm);
	return n ? j + n : i;
}

/* Vietnamese "96, 4%" and "20, 1 tỷ": a broken decimal comma, only before a
 * percent or scale word ("năm 2024, 5 người" is two numbers). */
static size_t broken_decimal(const ctx *c, size_t i, num *nm)
{
	size_t run, k;
	int exp;
	if (c->lang != VIETALIGN_LANG_VI || nm->decimal || nm->literal || i + 2 >= c->len || c->t[i] != ',' ||
	    c->t[i + 1] != ' ')
		return i;
	run = count_digits(c, i + 2);
	k = i + 2 + run;
	if (run == 0 || run > 3 || alnum_at(c, k) || (percent_after(c, k) == k && scale_after(c, k, &exp) == k))
		return i;
	nm->decimal = 1;
	return take_digits(c, i + 2, nm, 1);
}

/* --------------------------------------------------------------- dates */

static const word_val EN_MONTHS[] = {
	{"January", 1}, {"February", 2},  {"March", 3},    {"April", 4},     {"May", 5},       {"June", 6}, {"July", 7},
	{"August", 8},  {"September", 9}, {"October", 10}, {"November", 11}, {"December", 12}, {NULL, 0}};
static const word_val EN_MONTH_ABBR[] = {{"Jan", 1},  {"Feb", 2},  {"Mar", 3},  {"Apr", 4}, {"Jun", 6},
                                         {"Jul", 7},  {"Aug", 8},  {"Sept", 9}, {"Sep", 9}, {"Oct", 10},
                                         {"Nov", 11}, {"Dec", 12}, {NULL, 0}};
/* "tháng Năm" is May, "tháng năm" is "months and years": only capitalised */
static const word_val VI_MONTHS[] = {{"Mười Một", 11}, {"Mười Hai", 12}, {"Giêng", 1}, {"Chạp", 12},
                                     {"Một", 1},       {"Hai", 2},       {"Ba", 3},    {"Tư", 4},
                                     {"Bốn", 4},       {"Năm", 5},       {"Sáu", 6},   {"Bảy", 7},
                                     {"Tám", 8},       {"Chín", 9},      {"Mười", 10}, {NULL, 0}};

/* A four-digit year at t[i]: its value, *end set; -1 otherwise. */
static int year_at(const ctx *c, size_t i, size_t *end)
{
	if (count_digits(c, i) != 4 || alnum_at(c, i + 4))
		return -1;
	*end = i + 4;
	return small_value(c, i, 4);
}

/* An English month name (with "Jan." abbreviations) at t[i]: its length. */
static size_t en_month(const ctx *c, size_t i, int *m, int *abbr)
{
	size_t n;
	*abbr = 0;
	if (!is_upper_ascii(c, i)) /* the tables are capitalised ASCII */
		return 0;
	n = table_word(c, i, EN_MONTHS, 0, m);
	if (n)
		return n;
	n = table_word(c, i, EN_MONTH_ABBR, 0, m);
	*abbr = n != 0;
	if (n && i + n < c->len && c->t[i + n] == '.')
		n++;
	return n;
}

/* A Vietnamese month after "tháng": digits 1-12 or a month word. */
static size_t vi_month(const ctx *c, size_t i, int *m)
{
	size_t run = count_digits(c, i);
	if (run) {
		*m = small_value(c, i, run);
		return run <= 2 && *m >= 1 && *m <= 12 && !alnum_at(c, i + run) ? run : 0;
	}
	return table_word(c, i, VI_MONTHS, 0, m);
}

/* A year after a Vietnamese month: "/2023" or " năm 2023". */
static int vi_year_after(const ctx *c, size_t i, size_t *end)
{
	size_t n;
	if (i + 1 < c->len && c->t[i] == '/')
		return year_at(c, i + 1, end);
	if (i < c->len && c->t[i] == ' ' && (n = word_ci(c, i + 1, "năm")) != 0)
		return year_at(c, space(c, i + 1 + n), end);
	return -1;
}

/* "tháng 5", "tháng Giêng", "tháng 5/2023", "tháng 1 năm 2025". */
static int m_vi_month(ctx *c, size_t i, size_t *end)
{
	size_t n = word_ci(c, i, W_THANG), j, e;
	int m, y;
	if (!n || !(n = vi_month(c, (j = space(c, i + n)), &m)))
		return 0;
	j += n;
	y = vi_year_after(c, j, &e);
	*end = y >= 0 ? e : j;
	return emit_date(c, y, m, 0, i, *end - i);
}

/* "Jan 28, 2025", "January 20", "May 2023", "Jan. 27"; in English a full
 * month name alone (not "May") gives the month. */
static int m_en_month(ctx *c, size_t i, size_t *end)
{
	size_t j, e, run;
	int m, abbr, d = 0, y = -1;
	size_t n = en_month(c, i, &m, &abbr);
	if (!n)
		return 0;
	j = i + n;
	run = j < c->len && c->t[j] == ' ' ? count_digits(c, j + 1) : 0;
	if (run >= 1 && run <= 2) {
		d = small_value(c, j + 1, run);
		e = j + 1 + run;
		if (word_cs(c, e, "st") || word_cs(c, e, "nd") || word_cs(c, e, "rd") || word_cs(c, e, "th"))
			e += 2;
		if (d < 1 || d > 31 || alnum_at(c, e))
			return 0;
		j = e;
		e = j < c->len && c->t[j] == ',' ? j + 1 : j;
		if (e < c->len && c->t[e] == ' ' && (y = year_at(c, e + 1, &e)) >= 0)
			j = e;
	} else if (run == 4 && (y = year_at(c, j + 1, &e)) >= 0) {
		j = e;
	} else if (abbr || m == 5 || c->lang == VIETALIGN_LANG_VI) {
		return 0; /* "May" the verb; a Vietnamese text's English names */
	}
	*end = j;
	return emit_date(c, y, m, d, i, j - i);
}

/* After a day number at t[i]: " tháng 1 [năm 2025]" or " January [2025]". */
static int day_month(ctx *c, size_t start, size_t i, int d, size_t *end)
{
	size_t n, j, e;
	int m, y = -1, abbr;
	if (d < 1 || d > 31 || i >= c->len || c->t[i] != ' ')
		return 0;
	if ((n = word_ci(c, i + 1, "tháng")) != 0) {
		j = space(c, i + 1 + n);
		if (!(n = vi_month(c, j, &m)))
			return 0;
		j += n;
		y = vi_year_after(c, j, &e);
	} else if ((n = en_month(c, i + 1, &m, &abbr)) != 0) {
		j = i + 1 + n;
		if (j < c->len && c->t[j] == ' ')
			y = year_at(c, j + 1, &e);
	} else {
		return 0;
	}
	*end = y >= 0 ? e : j;
	return emit_date(c, y, m, d, start, *end - start);
}

static int valid_dm(int d, int m)
{
	return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/* "28/01/2025", "27/1", "5/2023" (day first in Vietnamese; month first in
 * English unless the first part cannot be a month). Other slash chains stay
 * as written. */
static int m_slash(ctx *c, size_t i, size_t *end)
{
	size_t pos[3], run[3], j = i, parts = 0;
	int a, b, y, d, m;
	for (;;) {
		pos[parts] = j;
		run[parts] = count_digits(c, j);
		j += run[parts++];
		if (!(j + 1 < c->len && c->t[j] == '/' && is_digit(c->t[j + 1])))
			break;
		if (parts == 3) { /* a longer chain: keep it as written */
			while (j + 1 < c->len && c->t[j] == '/' && is_digit(c->t[j + 1]))
				j += 1 + count_digits(c, j + 1);
			parts = 4;
			break;
		}
		j++;
	}
	*end = j;
	if (alnum_at(c, j) || parts < 2 || parts > 3 || run[0] > 2 || (run[1] > 2 && (parts == 3 || run[1] != 4)) ||
	    (parts == 3 && run[2] != 4))
		return emit(c, c->t + i, j - i, i, j - i);
	a = small_value(c, pos[0], run[0]);
	b = small_value(c, pos[1], run[1]);
	if (run[1] == 4)
		return a >= 1 && a <= 12 ? emit_date(c, b, a, 0, i, j - i) : emit(c, c->t + i, j - i, i, j - i);
	y = parts == 3 ? small_value(c, pos[2], 4) : -1;
	d = a;
	m = b;
	if (c->lang == VIETALIGN_LANG_EN && a <= 12) {
		d = b;
		m = a;
	}
	if (!valid_dm(d, m))
		return emit(c, c->t + i, j - i, i, j - i);
	return emit_date(c, y, m, d, i, j - i);
}

/* "05:49", "3:00 PM" (seconds ignored). */
static int m_time(ctx *c, size_t i, size_t *end)
{
	size_t hr = count_digits(c, i), j = i + hr + 1, e;
	int h = small_value(c, i, hr), mi, pm = -1;
	if (hr > 2 || count_digits(c, j) != 2)
		return 0;
	mi = small_value(c, j, 2);
	j += 2;
	if (j + 2 < c->len && c->t[j] == ':' && count_digits(c, j + 1) == 2)
		j += 3;
	if (h > 23 || mi > 59 || alnum_at(c, j))
		return 0;
	e = ampm_after(c, j, &pm);
	if (e != j && h >= 1 && h <= 12) {
		h = (h % 12) + (pm ? 12 : 0);
		j = e;
	}
	*end = j;
	return emitf(c, i, j - i, "T:%02d:%02d", h, mi);
}

/* A number at a digit: a time, a date, or a value with its suffixes. */
static int m_digits(ctx *c, size_t i, size_t *end)
{
	size_t run = count_digits(c, i), j, k;
	int rc, exp = 0, pct, v, pm;
	num nm;
	if (i + run + 1 < c->len && c->t[i + run] == ':' && (rc = m_time(c, i, end)) != 0)
		return rc;
	if (*end > i)
		return 0;
	if (i + run + 1 < c->len && c->t[i + run] == '/' && is_digit(c->t[i + run + 1]))
		return m_slash(c, i, end);
	j = parse_number(c, i, &nm);
	v = !nm.literal && !nm.decimal && nm.nint <= 4 ? small_value(c, i, j - i) : -1;
	if (v >= 0 && (word_cs(c, j, "st") || word_cs(c, j, "nd") || word_cs(c, j, "rd") || word_cs(c, j, "th")))
		j += 2; /* 3rd */
	else if (word_cs(c, j, "bn") || word_cs(c, j, "tn")) {
		exp = c->t[j] == 'b' ? 9 : 12; /* $1.5bn */
		j += 2;
	}
	if (alnum_at(c, j))
		return 0; /* 5G, 3D: a name */
	j = broken_decimal(c, j, &nm);
	if (v >= 1 && v <= 31 && !nm.decimal && (rc = day_month(c, i, j, v, end)) != 0)
		return rc;
	if (*end > i)
		return 0;
	if (v >= 1 && v <= 12 && !nm.decimal && (k = ampm_after(c, j, &pm)) != j) {
		*end = k;
		return emitf(c, i, k - i, "T:%02d:00", (v % 12) + (pm ? 12 : 0));
	}
	if (!exp && (k = scale_after(c, j, &exp)) != j)
		j = k;
	k = percent_after(c, j);
	pct = k != j;
	*end = k;
	return emit_num(c, &nm, exp, pct, i, k - i);
}

/* ------------------------------------------------------- word numbers */

static const word_val VI_NUMS[] = {{"hai", 2}, {"ba", 3},  {"bốn", 4},  {"năm", 5},   {"sáu", 6},
                                   {"bảy", 7}, {"tám", 8}, {"chín", 9}, {"mười", 10}, {NULL, 0}};
static const word_val EN_NUMS[] = {
	{"two", 2},       {"three", 3},     {"four", 4},      {"five", 5},     {"six", 6},      {"seven", 7},
	{"eight", 8},     {"nine", 9},      {"ten", 10},      {"third", 3},    {"fourth", 4},   {"fifth", 5},
	{"sixth", 6},     {"seventh", 7},   {"eighth", 8},    {"ninth", 9},    {"tenth", 10},   {"eleven", 11},
	{"twelve", 12},   {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
	{"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},  {"forty", 40},   {"fifty", 50},
	{"sixty", 60},    {"seventy", 70},  {"eighty", 80},   {"ninety", 90},  {NULL, 0}};
/* What a Vietnamese number word counts; without one, "năm" is a year and
 * "ba" a father. */
static const char *const VI_NOUNS[] = {"năm",  "tháng",  "ngày",    "tuần",     "giờ",   "phút",    "giây",   "người",
                                       "lần",  "thế hệ", "công ty", "quốc gia", "nước",  "thập kỷ", "thế kỷ", "điểm",
                                       "bước", "loại",   "mô hình", "chiếc",    "cái",   "con",     "đứa",    "quý",
                                       "phần", "triệu",  "tỷ",      "tỉ",       "nghìn", "ngàn",    "trăm",   NULL};

static size_t vi_noun_after(const ctx *c, size_t i)
{
	size_t k, n;
	if (i >= c->len || c->t[i] != ' ')
		return 0;
	for (k = 0; VI_NOUNS[k]; k++)
		if ((n = word_ci(c, i + 1, VI_NOUNS[k])) != 0)
			return n;
	return 0;
}

/* Numbers written out in words over several words: "thirty-five thousand
 * eight hundred thirty", "a hundred", "ba mươi lăm nghìn", "một trăm lẻ
 * năm". Each word of a language's vocabulary has a role; the rules below
 * accept a word only where a number can hold it, so that a word that is
 * also an ordinary one ("năm" year, "ba" father, "một"/"a"/"one" the
 * article) is read as a number only inside a compound. */
enum {
	NW_UNIT,      /* 1-9 */
	NW_UNIT_TAIL, /* 1-9 only after a ten: "mốt", "tư", "lăm" */
	NW_TEEN,      /* 10-19 (English), "mười" (Vietnamese) */
	NW_TENS,      /* twenty..ninety */
	NW_TENS_MUL,  /* "mươi": the unit before it times ten */
	NW_HUNDRED,   /* the unit before it times a hundred */
	NW_SCALE,     /* thousand and up: value is the exponent */
	NW_FILL,      /* "linh", "lẻ": a zero ten ("một trăm lẻ năm", 105) */
	NW_AND,       /* "one hundred and five" */
	NW_A          /* "a hundred" */
};

typedef struct nw_word {
	const char *w;
	int role, v;
} nw_word;

static const nw_word VI_NW[] = {{"một", NW_UNIT, 1},
                                {"mốt", NW_UNIT_TAIL, 1},
                                {"hai", NW_UNIT, 2},
                                {"ba", NW_UNIT, 3},
                                {"bốn", NW_UNIT, 4},
                                {"tư", NW_UNIT_TAIL, 4},
                                {"năm", NW_UNIT, 5},
                                {"lăm", NW_UNIT_TAIL, 5},
                                {"sáu", NW_UNIT, 6},
                                {"bảy", NW_UNIT, 7},
                                {"tám", NW_UNIT, 8},
                                {"chín", NW_UNIT, 9},
                                {"mười", NW_TEEN, 10},
                                {"mươi", NW_TENS_MUL, 0},
                                {"trăm", NW_HUNDRED, 2},
                                {"linh", NW_FILL, 0},
                                {"lẻ", NW_FILL, 0},
                                {"nghìn", NW_SCALE, 3},
                                {"ngàn", NW_SCALE, 3},
                                {"triệu", NW_SCALE, 6},
                                {"tỷ", NW_SCALE, 9},
                                {"tỉ", NW_SCALE, 9},
                                {NULL, 0, 0}};
static const nw_word EN_NW[] = {{"a", NW_A, 1},
                                {"one", NW_UNIT, 1},
                                {"two", NW_UNIT, 2},
                                {"three", NW_UNIT, 3},
                                {"four", NW_UNIT, 4},
                                {"five", NW_UNIT, 5},
                                {"six", NW_UNIT, 6},
                                {"seven", NW_UNIT, 7},
                                {"eight", NW_UNIT, 8},
                                {"nine", NW_UNIT, 9},
                                {"ten", NW_TEEN, 10},
                                {"eleven", NW_TEEN, 11},
                                {"twelve", NW_TEEN, 12},
                                {"thirteen", NW_TEEN, 13},
                                {"fourteen", NW_TEEN, 14},
                                {"fifteen", NW_TEEN, 15},
                                {"sixteen", NW_TEEN, 16},
                                {"seventeen", NW_TEEN, 17},
                                {"eighteen", NW_TEEN, 18},
                                {"nineteen", NW_TEEN, 19},
                                {"twenty", NW_TENS, 20},
                                {"thirty", NW_TENS, 30},
                                {"forty", NW_TENS, 40},
                                {"fifty", NW_TENS, 50},
                                {"sixty", NW_TENS, 60},
                                {"seventy", NW_TENS, 70},
                                {"eighty", NW_TENS, 80},
                                {"ninety", NW_TENS, 90},
                                {"hundred", NW_HUNDRED, 2},
                                {"thousand", NW_SCALE, 3},
                                {"million", NW_SCALE, 6},
                                {"billion", NW_SCALE, 9},
                                {"trillion", NW_SCALE, 12},
                                {"and", NW_AND, 0},
                                {NULL, 0, 0}};

/* The most words a written-out number is read over. */
#define NW_MAX 16

typedef struct nw_tok {
	const nw_word *w;
	size_t end; /* where the word ends in the text */
} nw_tok;

/* The vocabulary word at t[i], or NULL. */
static const nw_word *nw_at(const ctx *c, size_t i, size_t *n)
{
	const nw_word *w = c->lang == VIETALIGN_LANG_VI ? VI_NW : EN_NW;
	unsigned char b = i < c->len ? (unsigned char)c->t[i] : 0;
	for (; w->w; w++)
		if (ascii_fold(b) == ascii_fold((unsigned char)w->w[0]) && (*n = word_ci(c, i, w->w)) != 0)
			return w;
	return NULL;
}

/* The run of vocabulary words from t[i], joined by a space (or a hyphen in
 * English: "thirty-five"); how many, at most NW_MAX. */
static size_t nw_run(const ctx *c, size_t i, nw_tok *tok)
{
	size_t k = 0, n;
	while (k < NW_MAX && (tok[k].w = nw_at(c, i, &n)) != NULL) {
		tok[k].end = i + n;
		k++;
		i += n;
		if (i + 1 >= c->len || !(c->t[i] == ' ' || (c->t[i] == '-' && c->lang == VIETALIGN_LANG_EN)))
			break;
		i++;
	}
	return k;
}

/* The reading of a run: the value of its first *used words (0 when fewer
 * than two make a number). Values stay below 10^18. */
typedef struct nw_state {
	uint64_t total, cur; /* finished groups, the group being read (< 1000) */
	int last;            /* role of the last word taken; -1 at the start */
	int unit;            /* value of the last unit taken */
	int top;             /* exponent of the last scale, 99 before any */
} nw_state;

static int nw_next_is(const nw_tok *tok, size_t n, size_t k, int role1, int role2, int role3)
{
	int r;
	if (k + 1 >= n)
		return 0;
	r = tok[k + 1].w->role;
	return r == role1 || r == role2 || r == role3;
}

/* Whether the group being read has nothing yet (start, after a scale). */
static int nw_fresh(const nw_state *s)
{
	return s->last < 0 || s->last == NW_SCALE;
}

/* Takes word k of the run into s; 0 when the number cannot hold it there. */
static int nw_take(nw_state *s, const ctx *c, const nw_tok *tok, size_t n, size_t k)
{
	const nw_word *w = tok[k].w;
	int vi = c->lang == VIETALIGN_LANG_VI, after_ten = s->last == NW_TEEN || s->last == NW_TENS_MUL;
	uint64_t m = 1;
	int e;
	switch (w->role) {
	case NW_A:
		if (k != 0 || !nw_next_is(tok, n, k, NW_HUNDRED, NW_SCALE, NW_SCALE))
			return 0;
		s->cur = 1;
		s->unit = 1;
		s->last = NW_UNIT;
		return 1;
	case NW_UNIT:
		if (vi) {
			/* "hai mươi năm" is twenty years, twenty-five "hai mươi lăm" */
			if (after_ten || s->last == NW_FILL) {
				if (w->v == 5 && after_ten)
					return 0;
			} else if (!((nw_fresh(s) && nw_next_is(tok, n, k, NW_TENS_MUL, NW_HUNDRED, NW_SCALE)) ||
			             (s->last == NW_HUNDRED && nw_next_is(tok, n, k, NW_TENS_MUL, -1, -1)))) {
				return 0;
			}
		} else if (!(nw_fresh(s) || s->last == NW_HUNDRED || s->last == NW_AND || s->last == NW_TENS)) {
			return 0;
		}
		s->cur += (uint64_t)w->v;
		s->unit = w->v;
		s->last = after_ten || s->last == NW_TENS || s->last == NW_FILL ? NW_UNIT_TAIL : NW_UNIT;
		return 1;
	case NW_UNIT_TAIL:
		if (!after_ten)
			return 0;
		s->cur += (uint64_t)w->v;
		s->last = NW_UNIT_TAIL;
		return 1;
	case NW_TEEN:
	case NW_TENS:
		if (!(nw_fresh(s) || s->last == NW_HUNDRED || s->last == NW_AND))
			return 0;
		s->cur += (uint64_t)w->v;
		s->unit = w->v;
		s->last = w->role;
		return 1;
	case NW_TENS_MUL:
		if (s->last != NW_UNIT || s->unit < 2)
			return 0;
		s->cur += (uint64_t)s->unit * 9;
		s->last = NW_TENS_MUL;
		return 1;
	case NW_HUNDRED:
		/* "five hundred", "fifteen hundred": the group's first number */
		if (!((s->last == NW_UNIT || (!vi && s->last == NW_TEEN)) && s->cur == (uint64_t)s->unit))
			return 0;
		s->cur *= 100;
		s->last = NW_HUNDRED;
		return 1;
	case NW_FILL:
		if (s->last != NW_HUNDRED || !nw_next_is(tok, n, k, NW_UNIT, -1, -1))
			return 0;
		s->last = NW_FILL;
		return 1;
	case NW_AND:
		if (!(s->last == NW_HUNDRED || s->last == NW_SCALE) ||
		    !nw_next_is(tok, n, k, NW_UNIT, NW_TEEN, NW_TENS))
			return 0;
		s->last = NW_AND;
		return 1;
	default: /* NW_SCALE */
		for (e = 0; e < w->v; e++)
			m *= 10;
		if (s->cur > 0 && w->v < s->top) {
			s->total += s->cur * m;
			s->top = w->v;
		} else if (s->cur == 0 && s->last == NW_SCALE && s->total < 1000000) {
			s->total *= m; /* "nghìn tỷ": 10^12 */
			s->top = s->top + w->v;
		} else {
			return 0;
		}
		s->cur = 0;
		s->last = NW_SCALE;
		return 1;
	}
}

/* A number written over two words or more at t[i]: its end (0 when none)
 * and its value. */
static size_t nw_compound(const ctx *c, size_t i, uint64_t *value)
{
	nw_tok tok[NW_MAX];
	nw_state s = {0, 0, -1, 0, 99};
	size_t n = nw_run(c, i, tok), k, used = 0, end = 0;
	for (k = 0; k < n && nw_take(&s, c, tok, n, k); k++) {
		if (s.last != NW_AND && s.last != NW_FILL) {
			used++;
			end = tok[k].end;
		}
	}
	*value = s.total + s.cur;
	return used >= 2 && *value > 0 ? end : 0;
}

/* "hai năm", "ba thế hệ", "two years", "three million", "thirty-five
 * thousand eight hundred thirty", "ba mươi lăm nghìn". */
static int m_word_number(ctx *c, size_t i, size_t *end)
{
	int v = 0, exp;
	size_t n, j, k;
	uint64_t value;
	num nm;
	memset(&nm, 0, sizeof nm);
	if ((j = nw_compound(c, i, &value)) != 0) {
		nm.nint = (size_t)snprintf(nm.d, sizeof nm.d, "%llu", (unsigned long long)value);
		k = percent_after(c, j);
		*end = k;
		return emit_num(c, &nm, 0, k != j, i, k - i);
	}
	if (c->lang == VIETALIGN_LANG_VI)
		n = table_word(c, i, VI_NUMS, 1, &v);
	else
		n = table_word(c, i, EN_NUMS, 1, &v);
	if (!n || (c->lang == VIETALIGN_LANG_VI && !vi_noun_after(c, i + n)))
		return 0;
	nm.nint = (size_t)snprintf(nm.d, sizeof nm.d, "%d", v);
	j = scale_after(c, i + n, &exp);
	k = percent_after(c, j);
	*end = k;
	return emit_num(c, &nm, exp, k != j, i, k - i);
}

/* --------------------------------------------------------------- weekdays */

static const word_val VI_WEEKDAYS[] = {{"Hai", 1}, {"Ba", 2}, {"Tư", 3}, {"Năm", 4}, {"Sáu", 5}, {"Bảy", 6}, {NULL, 0}};
static const word_val EN_WEEKDAYS[] = {{"Monday", 1}, {"Tuesday", 2},  {"Wednesday", 3}, {"Thursday", 4},
                                       {"Friday", 5}, {"Saturday", 6}, {"Sunday", 7},    {NULL, 0}};
static const word_val VI_ORDINALS[] = {{"ba", 3},  {"tư", 4},   {"năm", 5},   {"sáu", 6}, {"bảy", 7},
                                       {"tám", 8}, {"chín", 9}, {"mười", 10}, {NULL, 0}};

/* Whether "thứ" at t[i] names a day: the sentence starts with it, or a word
 * of time comes before it ("vào thứ 2"), not "lần thứ 3". */
static int weekday_context(const ctx *c, size_t i)
{
	static const char *const before[] = {"vào",  "hôm", "ngày", "sáng", "chiều", "tối",
	                                     "trưa", "đêm", "từ",   "đến",  NULL};
	size_t k;
	if (!alnum_before(c, i) && (i == 0 || c->t[i - 1] != ' '))
		return 1;
	for (k = 0; before[k]; k++)
		if (after_word(c, i, before[k]))
			return 1;
	return 0;
}

/* "thứ Hai", "thứ 2", "Chủ nhật"; "lần thứ 3" is an ordinal. */
static int m_vi_weekday(ctx *c, size_t i, size_t *end)
{
	size_t n = word_ci(c, i, W_SUNDAY), j, run;
	int v, ctxt;
	if (n) {
		*end = i + n;
		return emitf(c, i, n, "W:7");
	}
	if (!(n = word_ci(c, i, W_THU)) || i + n >= c->len || c->t[i + n] != ' ')
		return 0;
	j = i + n + 1;
	ctxt = weekday_context(c, i);
	if ((n = table_word(c, j, VI_WEEKDAYS, 0, &v)) == 0 && ctxt)
		n = table_word(c, j, VI_WEEKDAYS, 1, &v);
	if (n) {
		*end = j + n;
		return emitf(c, i, *end - i, "W:%d", v);
	}
	run = count_digits(c, j);
	if (run == 1 && !alnum_at(c, j + 1)) {
		v = c->t[j] - '0';
		*end = j + 1;
		if (ctxt && v >= 2 && v <= 7)
			return emitf(c, i, *end - i, "W:%d", v - 1);
		return emitf(c, i, *end - i, "%d", v);
	}
	if ((n = table_word(c, j, VI_ORDINALS, 0, &v)) != 0) {
		*end = j + n;
		return emitf(c, i, *end - i, "%d", v);
	}
	return 0;
}

static int m_en_weekday(ctx *c, size_t i, size_t *end)
{
	int v;
	size_t n = is_upper_ascii(c, i) ? table_word(c, i, EN_WEEKDAYS, 0, &v) : 0;
	if (!n)
		return 0;
	*end = i + n;
	return emitf(c, i, n, "W:%d", v);
}

/* ------------------------------------------------------------ starting */

/* The first words of the forms match_at() tries besides digits, each
 * code point lowercased as word_ci() compares them (word_cs()'s forms
 * too: what matches with case matches without). Both compares want the
 * text's word to end where the form's first word ends, so a form can
 * start only at a word that is one of these, whole; any other word,
 * most words of a sentence, is passed over at one lookup. Built once
 * per language (the scan runs on the aligner's threads). */
#define FIRST_CPS 10    /* code points kept of a first word */
#define FIRST_SLOTS 256 /* a power of two, over twice the words */

typedef struct first_word {
	int32_t cp[FIRST_CPS];
	size_t n; /* 0: an empty slot */
} first_word;

typedef struct firsts {
	first_word slot[FIRST_SLOTS];
	int any_long; /* some first word is longer than FIRST_CPS */
} firsts;

static firsts FIRSTS_VI, FIRSTS_EN;
static pthread_once_t firsts_once = PTHREAD_ONCE_INIT;

static size_t first_hash(const int32_t *cp, size_t n)
{
	uint32_t h = (uint32_t)n;
	size_t k;
	for (k = 0; k < n; k++)
		h = h * 31u + (uint32_t)cp[k];
	return (size_t)((h * 2654435761u) >> 24) & (FIRST_SLOTS - 1);
}

/* cp lowercased as word_ci() compares: ASCII by its own fold. */
static int32_t first_fold(int32_t cp)
{
	return cp < 0x80 ? ascii_fold(cp) : vta_tolower(cp);
}

static int first_has(const firsts *f, const int32_t *cp, size_t n)
{
	size_t h = first_hash(cp, n);
	for (; f->slot[h].n; h = (h + 1) & (FIRST_SLOTS - 1))
		if (f->slot[h].n == n && memcmp(f->slot[h].cp, cp, n * sizeof *cp) == 0)
			return 1;
	return 0;
}

/* Adds the first word of w (up to its first space or other character
 * that is not a letter or digit). */
static void first_add(firsts *f, const char *w)
{
	int32_t cp[FIRST_CPS], x;
	size_t n = 0, h;
	int r;
	while (*w && (r = vta_utf8_decode(w, 4, &x)) > 0 && is_alnum_cp(x)) {
		if (n == FIRST_CPS) {
			f->any_long = 1;
			return;
		}
		cp[n++] = first_fold(x);
		w += r;
	}
	if (n == 0 || first_has(f, cp, n))
		return;
	for (h = first_hash(cp, n); f->slot[h].n; h = (h + 1) & (FIRST_SLOTS - 1))
		;
	memcpy(f->slot[h].cp, cp, n * sizeof *cp);
	f->slot[h].n = n;
}

static void first_table(firsts *f, const word_val *t)
{
	for (; t->w; t++)
		first_add(f, t->w);
}

/* The words a number written in words may start with: a unit, a ten or
 * "a"; nw_take() refuses the others first (a tail, a multiplier,
 * "hundred", a scale, a filler, "and"). */
static void first_nw(firsts *f, const nw_word *t)
{
	for (; t->w; t++)
		if (t->role == NW_A || t->role == NW_UNIT || t->role == NW_TEEN || t->role == NW_TENS)
			first_add(f, t->w);
}

/* What match_at() tries for each language, form by form. */
static void firsts_init(void)
{
	first_add(&FIRSTS_VI, W_SUNDAY);
	first_add(&FIRSTS_VI, W_THU);
	first_add(&FIRSTS_VI, W_THANG);
	first_table(&FIRSTS_VI, VI_NUMS);
	first_nw(&FIRSTS_VI, VI_NW);
	first_table(&FIRSTS_VI, EN_MONTHS); /* a page's English dateline */
	first_table(&FIRSTS_VI, EN_MONTH_ABBR);
	first_table(&FIRSTS_EN, EN_WEEKDAYS);
	first_table(&FIRSTS_EN, EN_NUMS);
	first_nw(&FIRSTS_EN, EN_NW);
	first_table(&FIRSTS_EN, EN_MONTHS);
	first_table(&FIRSTS_EN, EN_MONTH_ABBR);
}

/* Whether some form may start at t[i], a word's start: a digit, or the
 * word is a form's first word. *seen: how far the word was read (its
 * letters and digits up to there), for the scan to go on from. */
static int may_start(const ctx *c, const firsts *f, size_t i, size_t *seen)
{
	int32_t cp[FIRST_CPS], x;
	size_t n = 0, k;
	*seen = i;
	if (is_digit(c->t[i]))
		return 1;
	while (is_alnum_cp(x = cp_at(c, i, &k))) {
		if (n == FIRST_CPS)
			return f->any_long;
		cp[n++] = first_fold(x);
		*seen = i += k;
	}
	return n && first_has(f, cp, n);
}

/* ------------------------------------------------------------ scanning */

/* Tries every form at the start of a word; *end stays i when none fits. */
static int match_at(ctx *c, size_t i, size_t *end)
{
	int rc;
	*end = i;
	if (is_digit(c->t[i]))
		return m_digits(c, i, end);
	if (c->lang == VIETALIGN_LANG_VI) {
		if ((rc = m_vi_weekday(c, i, end)) != 0 || *end > i)
			return rc;
		if ((rc = m_vi_month(c, i, end)) != 0 || *end > i)
			return rc;
		/* a page's English dateline: "Jan 28, 2025" */
		if ((rc = m_en_month(c, i, end)) != 0 || *end > i)
			return rc;
	} else {
		if ((rc = m_en_weekday(c, i, end)) != 0 || *end > i)
			return rc;
		if ((rc = m_en_month(c, i, end)) != 0 || *end > i)
			return rc;
	}
	return m_word_number(c, i, end);
}

/* What joins two parts of one word: "R1.5", "GPT-4", "a/b". */
static int is_joiner(char ch)
{
	return ch == '.' || ch == ',' || ch == '/' || ch == ':' || ch == '_' || ch == '-';
}

/* Past the rest of a word and what joins it ("GPT-4", "R1.5",
 * "Covid-19") from t[i], a letter or digit of it or the end of those
 * read so far. */
static size_t word_rest(const ctx *c, size_t i)
{
	size_t n;
	while (i < c->len) {
		if (is_alnum_cp(cp_at(c, i, &n))) {
			i += n;
		} else if (is_joiner(c->t[i]) && alnum_at(c, i + 1)) {
			i++;
		} else {
			break;
		}
	}
	return i;
}

/* Past a word and what joins it, or one character. */
static size_t skip_word(const ctx *c, size_t i)
{
	size_t n;
	if (!is_alnum_cp(cp_at(c, i, &n)))
		return i + n;
	return word_rest(c, i);
}

int vta_numbers_extract(vta_anchor_set *out, const char *text, size_t len, vietalign_lang lang)
{
	ctx c;
	const firsts *f = lang == VIETALIGN_LANG_VI ? &FIRSTS_VI : &FIRSTS_EN;
	size_t i = 0, end;
	int rc;
	c.out = out;
	c.t = text;
	c.len = len;
	c.lang = lang;
	pthread_once(&firsts_once, firsts_init);
	while (i < len) {
		size_t seen = i;
		if ((unsigned char)text[i] < 0x80 && !is_alnum_cp((unsigned char)text[i])) {
			i++; /* no form starts at a space or ASCII punctuation */
			continue;
		}
		end = i;
		if (!alnum_before(&c, i) && may_start(&c, f, i, &seen) && (rc = match_at(&c, i, &end)) != 0)
			return rc;
		/* a word read by may_start() is not read again from its start */
		i = end > i ? end : seen > i ? word_rest(&c, seen) : skip_word(&c, i);
	}
	return 0;
}
