/* check_numwords.c - numbers written as words ("an explosion", "ba mươi",
 * "twenty-five"), so that "1 vụ nổ" against "an explosion" is no fault. */
#include <ctype.h>
#include <string.h>
#include "api/api.h"

typedef struct {
	const char *w;
	double v;
	int op; /* 0 adds, 1 multiplies the current group (hundred, mươi),
	           2 closes a group (thousand, nghìn), 3 a word alone (a, half) */
} numword;

static const numword en_words[] = {
	{"a", 1, 3},          {"an", 1, 3},          {"one", 1, 0},        {"single", 1, 3},     {"once", 1, 3},
	{"first", 1, 3},      {"two", 2, 0},         {"twice", 2, 3},      {"double", 2, 3},     {"couple", 2, 3},
	{"pair", 2, 3},       {"both", 2, 3},        {"second", 2, 3},     {"three", 3, 0},      {"third", 3, 3},
	{"thrice", 3, 3},     {"four", 4, 0},        {"fourth", 4, 3},     {"five", 5, 0},       {"fifth", 5, 3},
	{"six", 6, 0},        {"sixth", 6, 3},       {"seven", 7, 0},      {"seventh", 7, 3},    {"eight", 8, 0},
	{"eighth", 8, 3},     {"nine", 9, 0},        {"ninth", 9, 3},      {"ten", 10, 0},       {"tenth", 10, 3},
	{"eleven", 11, 0},    {"twelve", 12, 0},     {"dozen", 12, 3},     {"thirteen", 13, 0},  {"fourteen", 14, 0},
	{"fifteen", 15, 0},   {"sixteen", 16, 0},    {"seventeen", 17, 0}, {"eighteen", 18, 0},  {"nineteen", 19, 0},
	{"twenty", 20, 0},    {"thirty", 30, 0},     {"forty", 40, 0},     {"fifty", 50, 0},     {"sixty", 60, 0},
	{"seventy", 70, 0},   {"eighty", 80, 0},     {"ninety", 90, 0},    {"hundred", 100, 1},  {"hundreds", 100, 3},
	{"thousand", 1e3, 2}, {"thousands", 1e3, 3}, {"million", 1e6, 2},  {"millions", 1e6, 3}, {"billion", 1e9, 2},
	{"billions", 1e9, 3}, {"half", 0.5, 3},      {"zero", 0, 0},       {"none", 0, 3},       {"no", 0, 3},
	{"monday", 2, 3},     {"tuesday", 3, 3},     {"wednesday", 4, 3},  {"thursday", 5, 3},   {"friday", 6, 3},
	{"saturday", 7, 3},   {NULL, 0, 0}};

static const numword vi_words[] = {
	{"một", 1, 0},   {"mốt", 1, 0},   {"nhất", 1, 3},   {"đầu", 1, 3},     {"hai", 2, 0},    {"đôi", 2, 3},
	{"cặp", 2, 3},   {"ba", 3, 0},    {"bốn", 4, 0},    {"tư", 4, 0},      {"năm", 5, 0},    {"lăm", 5, 0},
	{"sáu", 6, 0},   {"bảy", 7, 0},   {"bẩy", 7, 0},    {"tám", 8, 0},     {"chín", 9, 0},   {"mười", 10, 0},
	{"mươi", 10, 1}, {"chục", 10, 1}, {"trăm", 100, 1}, {"nghìn", 1e3, 2}, {"ngàn", 1e3, 2}, {"triệu", 1e6, 2},
	{"tỷ", 1e9, 2},  {"tỉ", 1e9, 2},  {"nửa", 0.5, 3},  {"rưỡi", 0.5, 3},  {"không", 0, 0},  {"linh", 0, 0},
	{"lẻ", 0, 0},    {"mỗi", 1, 3},   {"từng", 1, 3},   {"cả", 2, 3},      {NULL, 0, 0}};

static const numword *lookup(const numword *t, const char *w, size_t n)
{
	for (; t->w; t++)
		if (strlen(t->w) == n && memcmp(t->w, w, n) == 0)
			return t;
	return NULL;
}

/* The next word of text from *i: ASCII letters lowered into buf, other
 * bytes (Vietnamese letters) kept; 0 at the end. */
static size_t next_word(const char *text, size_t len, size_t *i, char *buf, size_t cap)
{
	size_t n = 0;
	while (*i < len && !isalpha((unsigned char)text[*i]) && (unsigned char)text[*i] < 0x80)
		(*i)++;
	while (*i < len && (isalpha((unsigned char)text[*i]) || (unsigned char)text[*i] >= 0x80)) {
		if (n + 1 < cap)
			buf[n++] = (char)tolower((unsigned char)text[*i]);
		(*i)++;
	}
	return n;
}

/* Adds number word x to a run's value: total of closed groups ("thirty
 * thousand"), the group being read ("five hundred") and its last part. */
static void add_word(const numword *x, double *total, double *group, double *cur)
{
	if (x->op == 0)
		*cur += x->v;
	else if (x->op == 1 && x->v == 100) {
		*group += (*cur ? *cur : 1) * 100;
		*cur = 0;
	} else if (x->op == 1)
		*cur = (*cur ? *cur : 1) * x->v;
	else {
		*total += (*group + *cur ? *group + *cur : 1) * x->v;
		*group = *cur = 0;
	}
}

int vta_number_in_words(double v, const char *text, size_t len, vietalign_lang lang)
{
	const numword *t = lang == VIETALIGN_LANG_VI ? vi_words : en_words;
	double total = 0, group = 0, cur = 0;
	int run = 0;
	size_t i = 0;
	char w[32];
	for (;;) {
		size_t n = next_word(text, len, &i, w, sizeof w);
		const numword *x = n ? lookup(t, w, n) : NULL;
		if (!x || x->op == 3) { /* a run of number words ends */
			if (run && total + group + cur == v)
				return 1;
			total = group = cur = 0;
			run = 0;
			if (x && x->v == v)
				return 1;
			if (!n)
				return 0;
			continue;
		}
		if (x->v == v)
			return 1;
		run = 1;
		add_word(x, &total, &group, &cur);
	}
}

/* Whether word w[0, n) of a number run may follow the others (not "a",
 * "half": words alone). */
static const numword *run_word(const numword *t, const char *w, size_t n)
{
	const numword *x = lookup(t, w, n);
	return x && x->op != 3 ? x : NULL;
}

int vta_words_value(double *v, const char *text, size_t len, vietalign_lang lang)
{
	const numword *t = lang == VIETALIGN_LANG_VI ? vi_words : en_words;
	double total = 0, group = 0, cur = 0;
	size_t i = 0, words = 0, n;
	char w[32];
	while ((n = next_word(text, len, &i, w, sizeof w)) > 0) {
		const numword *x = run_word(t, w, n);
		if (!x) {
			if (words || !(x = lookup(t, w, n)) || i < len)
				return 0;
			*v = x->v; /* "a year", "half a percent" read as one */
			return 1;
		}
		words++;
		if (x->op == 0 && cur && !(cur >= 20 && cur < 100 && x->v < 10))
			return 0; /* "two nine" is two numbers; "twenty five" one */
		add_word(x, &total, &group, &cur);
	}
	*v = total + group + cur;
	return words > 0;
}
