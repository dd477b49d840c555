/* abbreviations.c - abbreviations and sentence-initial words of Vietnamese
 * and English, and the character classes the segmenters share. All tables
 * are const: no mutable state. */
#include <string.h>
#include <utf8proc.h>
#include "abbreviations.h"

#define VI 1u
#define EN 2u
#define BOTH (VI | EN)

typedef struct {
	const char *word;
	vl_abbr_kind kind;
	unsigned langs;
} abbr_entry;

/* Words ending in a period, matched exactly (case matters: "TS." is a
 * title, "ts." is not). Unlisted initialisms ("U.S.", "Th.S.") and single
 * capital initials ("W.") are recognised by shape in vl_abbr_lookup(). */
static const abbr_entry ABBREVIATIONS[] = {
	/* English titles and Latin abbreviations: never sentence-final. */
	{"Mr.", VL_ABBR_TITLE, BOTH}, {"Mrs.", VL_ABBR_TITLE, BOTH},
	{"Ms.", VL_ABBR_TITLE, BOTH}, {"Mx.", VL_ABBR_TITLE, BOTH},
	{"Dr.", VL_ABBR_TITLE, BOTH}, {"Prof.", VL_ABBR_TITLE, BOTH},
	{"Messrs.", VL_ABBR_TITLE, EN}, {"Gen.", VL_ABBR_TITLE, EN},
	{"Lt.", VL_ABBR_TITLE, EN}, {"Col.", VL_ABBR_TITLE, EN},
	{"Capt.", VL_ABBR_TITLE, EN}, {"Sgt.", VL_ABBR_TITLE, EN},
	{"Adm.", VL_ABBR_TITLE, EN}, {"Gov.", VL_ABBR_TITLE, EN},
	{"Sen.", VL_ABBR_TITLE, EN}, {"Rep.", VL_ABBR_TITLE, EN},
	{"Rev.", VL_ABBR_TITLE, EN}, {"Hon.", VL_ABBR_TITLE, EN},
	{"Pres.", VL_ABBR_TITLE, EN}, {"Fr.", VL_ABBR_TITLE, EN},
	{"Mt.", VL_ABBR_TITLE, EN}, {"Ft.", VL_ABBR_TITLE, EN},
	{"e.g.", VL_ABBR_TITLE, BOTH}, {"i.e.", VL_ABBR_TITLE, BOTH},
	{"E.g.", VL_ABBR_TITLE, BOTH}, {"I.e.", VL_ABBR_TITLE, BOTH},
	{"cf.", VL_ABBR_TITLE, BOTH}, {"Cf.", VL_ABBR_TITLE, BOTH},
	{"vs.", VL_ABBR_TITLE, BOTH}, {"viz.", VL_ABBR_TITLE, EN},
	/* English: may end a sentence, but usually do not. */
	{"Inc.", VL_ABBR_WEAK, BOTH}, {"Ltd.", VL_ABBR_WEAK, BOTH},
	{"Co.", VL_ABBR_WEAK, BOTH}, {"Corp.", VL_ABBR_WEAK, BOTH},
	{"Plc.", VL_ABBR_WEAK, BOTH}, {"Bros.", VL_ABBR_WEAK, EN},
	{"Jr.", VL_ABBR_WEAK, BOTH}, {"Sr.", VL_ABBR_WEAK, BOTH},
	{"St.", VL_ABBR_WEAK, BOTH}, {"Ave.", VL_ABBR_WEAK, EN},
	{"Rd.", VL_ABBR_WEAK, EN}, {"Blvd.", VL_ABBR_WEAK, EN},
	{"Jan.", VL_ABBR_WEAK, EN}, {"Feb.", VL_ABBR_WEAK, EN},
	{"Mar.", VL_ABBR_WEAK, EN}, {"Apr.", VL_ABBR_WEAK, EN},
	{"Jun.", VL_ABBR_WEAK, EN}, {"Jul.", VL_ABBR_WEAK, EN},
	{"Aug.", VL_ABBR_WEAK, EN}, {"Sep.", VL_ABBR_WEAK, EN},
	{"Sept.", VL_ABBR_WEAK, EN}, {"Oct.", VL_ABBR_WEAK, EN},
	{"Nov.", VL_ABBR_WEAK, EN}, {"Dec.", VL_ABBR_WEAK, EN},
	{"approx.", VL_ABBR_WEAK, EN}, {"est.", VL_ABBR_WEAK, EN},
	/* Lists: end a sentence before a capitalised word. */
	{"etc.", VL_ABBR_LIST, BOTH}, {"v.v.", VL_ABBR_LIST, BOTH},
	{"v.v...", VL_ABBR_LIST, BOTH}, {"vv.", VL_ABBR_LIST, VI},
	/* Before numbers. */
	{"No.", VL_ABBR_NUMBER, BOTH}, {"Nos.", VL_ABBR_NUMBER, EN},
	{"no.", VL_ABBR_NUMBER, BOTH}, {"Vol.", VL_ABBR_NUMBER, EN},
	{"vol.", VL_ABBR_NUMBER, EN}, {"Fig.", VL_ABBR_NUMBER, EN},
	{"fig.", VL_ABBR_NUMBER, EN}, {"p.", VL_ABBR_NUMBER, EN},
	{"pp.", VL_ABBR_NUMBER, EN}, {"Art.", VL_ABBR_NUMBER, EN},
	{"Ch.", VL_ABBR_NUMBER, EN}, {"Tel.", VL_ABBR_NUMBER, BOTH},
	{"tr.", VL_ABBR_NUMBER, VI}, {"Tr.", VL_ABBR_NUMBER, VI},
	{"ĐT.", VL_ABBR_NUMBER, VI}, {"Đt.", VL_ABBR_NUMBER, VI},
	{"SĐT.", VL_ABBR_NUMBER, VI}, {"Số.", VL_ABBR_NUMBER, VI},
	/* Vietnamese titles and places: never sentence-final. */
	{"GS.", VL_ABBR_TITLE, VI}, {"Gs.", VL_ABBR_TITLE, VI},
	{"PGS.", VL_ABBR_TITLE, VI}, {"Pgs.", VL_ABBR_TITLE, VI},
	{"TS.", VL_ABBR_TITLE, VI}, {"Ts.", VL_ABBR_TITLE, VI},
	{"ThS.", VL_ABBR_TITLE, VI}, {"Ths.", VL_ABBR_TITLE, VI},
	{"TSKH.", VL_ABBR_TITLE, VI}, {"BS.", VL_ABBR_TITLE, VI},
	{"Bs.", VL_ABBR_TITLE, VI}, {"BSCKI.", VL_ABBR_TITLE, VI},
	{"BSCKII.", VL_ABBR_TITLE, VI}, {"KS.", VL_ABBR_TITLE, VI},
	{"CN.", VL_ABBR_TITLE, VI}, {"LS.", VL_ABBR_TITLE, VI},
	{"NS.", VL_ABBR_TITLE, VI}, {"NSND.", VL_ABBR_TITLE, VI},
	{"NSƯT.", VL_ABBR_TITLE, VI}, {"NXB.", VL_ABBR_TITLE, VI},
	{"Nxb.", VL_ABBR_TITLE, VI}, {"TP.", VL_ABBR_TITLE, VI},
	{"Tp.", VL_ABBR_TITLE, VI}, {"tp.", VL_ABBR_TITLE, VI},
	{"TT.", VL_ABBR_TITLE, VI}, {"TX.", VL_ABBR_TITLE, VI},
	{"ĐH.", VL_ABBR_TITLE, VI}, {"ĐHQG.", VL_ABBR_TITLE, VI},
	{"vd.", VL_ABBR_TITLE, VI}, {"Vd.", VL_ABBR_TITLE, VI},
	{"VD.", VL_ABBR_TITLE, VI}, {"Th.S.", VL_ABBR_TITLE, VI},
	{"PGS.TS.", VL_ABBR_TITLE, VI}, {"GS.TS.", VL_ABBR_TITLE, VI},
	{"GS.TSKH.", VL_ABBR_TITLE, VI}, {"PGS.TSKH.", VL_ABBR_TITLE, VI},
	{"TS.BS.", VL_ABBR_TITLE, VI}, {"ThS.BS.", VL_ABBR_TITLE, VI},
};

/* Capitalised words that often begin an English sentence: after a weak
 * abbreviation they signal that the period did end one. */
static const char *const STARTERS_EN[] = {
	"A", "After", "All", "Also", "An", "And", "As", "At", "Before", "But",
	"By", "Each", "For", "From", "He", "Her", "His", "How", "However", "I",
	"If", "In", "It", "Its", "Last", "Many", "Meanwhile", "More", "Most",
	"My", "No", "Not", "Now", "Of", "On", "One", "Or", "Our", "She",
	"Since", "So", "Some", "Still", "That", "The", "Their", "Then",
	"There", "These", "They", "This", "Those", "To", "We", "What", "When",
	"Where", "While", "Who", "Why", "With", "Yet", "You",
};

/* The same for Vietnamese. */
static const char *const STARTERS_VI[] = {
	"Anh", "Bà", "Bên", "Cả", "Các", "Chị", "Chúng", "Có", "Còn", "Cũng",
	"Do", "Đây", "Để", "Điều", "Đó", "Hiện", "Họ", "Khi", "Không", "Mặc",
	"Một", "Ngày", "Ngoài", "Nhưng", "Những", "Như", "Nếu", "Năm", "Ông",
	"Sau", "Tại", "Theo", "Thế", "Tôi", "Trong", "Trước", "Tuy", "Từ",
	"Và", "Vì", "Với", "Vậy",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static unsigned lang_bit(vietalign_lang lang)
{
	return lang == VIETALIGN_LANG_VI ? VI : EN;
}

/* "U.S.", "Th.S.", "a.m.": two or more runs of one or two letters, each
 * followed by a period. */
static int is_initialism(const char *w, size_t len)
{
	size_t i = 0, runs = 0;
	while (i < len) {
		size_t letters = 0;
		int32_t cp;
		while (i < len && w[i] != '.') {
			i += vl_cp_next(w, len, i, &cp);
			if (!vl_is_letter(cp))
				return 0;
			letters++;
		}
		if (i >= len || letters == 0 || letters > 2)
			return 0;
		i++; /* the period */
		runs++;
	}
	return runs >= 2;
}

/* "W.", "J.", "Đ.": one capital letter and a period. */
static int is_initial(const char *w, size_t len)
{
	int32_t cp;
	size_t n = vl_cp_next(w, len, 0, &cp);
	return n + 1 == len && w[n] == '.' && vl_is_upper(cp);
}

vl_abbr_kind vl_abbr_lookup(const char *word, size_t len, vietalign_lang lang)
{
	unsigned bit = lang_bit(lang);
	size_t i;
	if (len < 2)
		return VL_ABBR_NONE;
	for (i = 0; i < COUNT(ABBREVIATIONS); i++) {
		const abbr_entry *e = &ABBREVIATIONS[i];
		/* the first byte rules out nearly all entries without strlen() */
		if (e->word[0] == word[0] && (e->langs & bit) && strlen(e->word) == len &&
		    memcmp(e->word, word, len) == 0)
			return e->kind;
	}
	if (is_initial(word, len) || is_initialism(word, len))
		return VL_ABBR_WEAK;
	return VL_ABBR_NONE;
}

static int in_list(const char *const *list, size_t n, const char *word, size_t len)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], word, len) == 0)
			return 1;
	return 0;
}

/* Both lists serve both languages: Vietnamese text quotes English and the
 * reverse, and no word of one list is a likely name in the other. */
int vl_sentence_starter(const char *word, size_t len, vietalign_lang lang)
{
	(void)lang;
	return in_list(STARTERS_EN, COUNT(STARTERS_EN), word, len) ||
	       in_list(STARTERS_VI, COUNT(STARTERS_VI), word, len);
}

