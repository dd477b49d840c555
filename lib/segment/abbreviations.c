/* abbreviations.c - abbreviations and sentence-initial words of Vietnamese
 * and English, and the character classes the segmenters share. All tables
 * are const: no mutable state. */
#include <string.h>
#include <utf8proc.h>
#include "segment/segment.h"

#define VI 1u
#define EN 2u
#define BOTH (VI | EN)

typedef struct {
	const char *word;
	vta_abbr_kind kind;
	unsigned langs;
} abbr_entry;

/* Words ending in a period, matched exactly (case matters: "TS." is a
 * title, "ts." is not). Unlisted initialisms ("U.S.", "Th.S.") and single
 * capital initials ("W.") are recognised by shape in vta_abbr_lookup(). */
/* clang-format off */
static const abbr_entry ABBREVIATIONS[] = {
	/* English titles and Latin abbreviations: never sentence-final. */
	{"Mr.", VTA_ABBR_TITLE, BOTH}, {"Mrs.", VTA_ABBR_TITLE, BOTH},
	{"Ms.", VTA_ABBR_TITLE, BOTH}, {"Mx.", VTA_ABBR_TITLE, BOTH},
	{"Dr.", VTA_ABBR_TITLE, BOTH}, {"Prof.", VTA_ABBR_TITLE, BOTH},
	{"Messrs.", VTA_ABBR_TITLE, EN}, {"Gen.", VTA_ABBR_TITLE, EN},
	{"Lt.", VTA_ABBR_TITLE, EN}, {"Col.", VTA_ABBR_TITLE, EN},
	{"Capt.", VTA_ABBR_TITLE, EN}, {"Sgt.", VTA_ABBR_TITLE, EN},
	{"Adm.", VTA_ABBR_TITLE, EN}, {"Gov.", VTA_ABBR_TITLE, EN},
	{"Sen.", VTA_ABBR_TITLE, EN}, {"Rep.", VTA_ABBR_TITLE, EN},
	{"Rev.", VTA_ABBR_TITLE, EN}, {"Hon.", VTA_ABBR_TITLE, EN},
	{"Pres.", VTA_ABBR_TITLE, EN}, {"Fr.", VTA_ABBR_TITLE, EN},
	{"Mt.", VTA_ABBR_TITLE, EN}, {"Ft.", VTA_ABBR_TITLE, EN},
	{"e.g.", VTA_ABBR_TITLE, BOTH}, {"i.e.", VTA_ABBR_TITLE, BOTH},
	{"E.g.", VTA_ABBR_TITLE, BOTH}, {"I.e.", VTA_ABBR_TITLE, BOTH},
	{"cf.", VTA_ABBR_TITLE, BOTH}, {"Cf.", VTA_ABBR_TITLE, BOTH},
	{"vs.", VTA_ABBR_TITLE, BOTH}, {"viz.", VTA_ABBR_TITLE, EN},
	/* English: may end a sentence, but usually do not. */
	{"Inc.", VTA_ABBR_WEAK, BOTH}, {"Ltd.", VTA_ABBR_WEAK, BOTH},
	{"Co.", VTA_ABBR_WEAK, BOTH}, {"Corp.", VTA_ABBR_WEAK, BOTH},
	{"Plc.", VTA_ABBR_WEAK, BOTH}, {"Bros.", VTA_ABBR_WEAK, EN},
	{"Jr.", VTA_ABBR_WEAK, BOTH}, {"Sr.", VTA_ABBR_WEAK, BOTH},
	{"St.", VTA_ABBR_WEAK, BOTH}, {"Ave.", VTA_ABBR_WEAK, EN},
	{"Rd.", VTA_ABBR_WEAK, EN}, {"Blvd.", VTA_ABBR_WEAK, EN},
	{"Jan.", VTA_ABBR_WEAK, EN}, {"Feb.", VTA_ABBR_WEAK, EN},
	{"Mar.", VTA_ABBR_WEAK, EN}, {"Apr.", VTA_ABBR_WEAK, EN},
	{"Jun.", VTA_ABBR_WEAK, EN}, {"Jul.", VTA_ABBR_WEAK, EN},
	{"Aug.", VTA_ABBR_WEAK, EN}, {"Sep.", VTA_ABBR_WEAK, EN},
	{"Sept.", VTA_ABBR_WEAK, EN}, {"Oct.", VTA_ABBR_WEAK, EN},
	{"Nov.", VTA_ABBR_WEAK, EN}, {"Dec.", VTA_ABBR_WEAK, EN},
	{"approx.", VTA_ABBR_WEAK, EN}, {"est.", VTA_ABBR_WEAK, EN},
	/* English, lowercase: a period before a lowercase word is theirs,
	 * not a sentence's end (sentences.c). Units of measure are left out:
	 * before a capital their period mostly ends the sentence ("3,000
	 * ft. Imagine"). */
	{"al.", VTA_ABBR_WEAK, EN}, {"ca.", VTA_ABBR_WEAK, EN},
	{"incl.", VTA_ABBR_WEAK, EN}, {"esp.", VTA_ABBR_WEAK, EN},
	{"misc.", VTA_ABBR_WEAK, EN}, {"dept.", VTA_ABBR_WEAK, EN},
	/* Lists: end a sentence before a capitalised word. */
	{"etc.", VTA_ABBR_LIST, BOTH}, {"v.v.", VTA_ABBR_LIST, BOTH},
	{"v.v...", VTA_ABBR_LIST, BOTH}, {"vv.", VTA_ABBR_LIST, VI},
	/* Before numbers. */
	{"No.", VTA_ABBR_NUMBER, BOTH}, {"Nos.", VTA_ABBR_NUMBER, EN},
	{"no.", VTA_ABBR_NUMBER, BOTH}, {"Vol.", VTA_ABBR_NUMBER, EN},
	{"vol.", VTA_ABBR_NUMBER, EN}, {"Fig.", VTA_ABBR_NUMBER, EN},
	{"fig.", VTA_ABBR_NUMBER, EN}, {"p.", VTA_ABBR_NUMBER, EN},
	{"pp.", VTA_ABBR_NUMBER, EN}, {"Art.", VTA_ABBR_NUMBER, EN},
	{"Ch.", VTA_ABBR_NUMBER, EN}, {"Tel.", VTA_ABBR_NUMBER, BOTH},
	{"tr.", VTA_ABBR_NUMBER, VI}, {"Tr.", VTA_ABBR_NUMBER, VI},
	{"ĐT.", VTA_ABBR_NUMBER, VI}, {"Đt.", VTA_ABBR_NUMBER, VI},
	{"SĐT.", VTA_ABBR_NUMBER, VI}, {"Số.", VTA_ABBR_NUMBER, VI},
	/* Vietnamese titles and places: never sentence-final. */
	{"GS.", VTA_ABBR_TITLE, VI}, {"Gs.", VTA_ABBR_TITLE, VI},
	{"PGS.", VTA_ABBR_TITLE, VI}, {"Pgs.", VTA_ABBR_TITLE, VI},
	{"TS.", VTA_ABBR_TITLE, VI}, {"Ts.", VTA_ABBR_TITLE, VI},
	{"ThS.", VTA_ABBR_TITLE, VI}, {"Ths.", VTA_ABBR_TITLE, VI},
	{"TSKH.", VTA_ABBR_TITLE, VI}, {"BS.", VTA_ABBR_TITLE, VI},
	{"Bs.", VTA_ABBR_TITLE, VI}, {"BSCKI.", VTA_ABBR_TITLE, VI},
	{"BSCKII.", VTA_ABBR_TITLE, VI}, {"KS.", VTA_ABBR_TITLE, VI},
	{"CN.", VTA_ABBR_TITLE, VI}, {"LS.", VTA_ABBR_TITLE, VI},
	{"NS.", VTA_ABBR_TITLE, VI}, {"NSND.", VTA_ABBR_TITLE, VI},
	{"NSƯT.", VTA_ABBR_TITLE, VI}, {"NXB.", VTA_ABBR_TITLE, VI},
	{"Nxb.", VTA_ABBR_TITLE, VI}, {"TP.", VTA_ABBR_TITLE, VI},
	{"Tp.", VTA_ABBR_TITLE, VI}, {"tp.", VTA_ABBR_TITLE, VI},
	{"TT.", VTA_ABBR_TITLE, VI}, {"TX.", VTA_ABBR_TITLE, VI},
	{"ĐH.", VTA_ABBR_TITLE, VI}, {"ĐHQG.", VTA_ABBR_TITLE, VI},
	{"vd.", VTA_ABBR_TITLE, VI}, {"Vd.", VTA_ABBR_TITLE, VI},
	{"VD.", VTA_ABBR_TITLE, VI}, {"Th.S.", VTA_ABBR_TITLE, VI},
	{"PGS.TS.", VTA_ABBR_TITLE, VI}, {"GS.TS.", VTA_ABBR_TITLE, VI},
	{"GS.TSKH.", VTA_ABBR_TITLE, VI}, {"PGS.TSKH.", VTA_ABBR_TITLE, VI},
	{"TS.BS.", VTA_ABBR_TITLE, VI}, {"ThS.BS.", VTA_ABBR_TITLE, VI},
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

/* English words that go on with a clause (prepositions, conjunctions,
 * forms of "be"): after a period and a space, the period is an
 * abbreviation's ("an executive admin. on the team"). */
static const char *const CONTINUERS_EN[] = {
	"and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is",
	"nor", "of", "on", "or", "over", "per", "than", "to", "was", "were",
	"with",
};

/* clang-format on */
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
			i += vta_cp_next(w, len, i, &cp);
			if (!vta_is_letter(cp))
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
	size_t n = vta_cp_next(w, len, 0, &cp);
	return n + 1 == len && w[n] == '.' && vta_is_upper(cp);
}

vta_abbr_kind vta_abbr_lookup(const char *word, size_t len, vietalign_lang lang)
{
	unsigned bit = lang_bit(lang);
	size_t i;
	if (len < 2)
		return VTA_ABBR_NONE;
	for (i = 0; i < COUNT(ABBREVIATIONS); i++) {
		const abbr_entry *e = &ABBREVIATIONS[i];
		/* the first byte rules out nearly all entries without strlen() */
		if (e->word[0] == word[0] && (e->langs & bit) && strlen(e->word) == len &&
		    memcmp(e->word, word, len) == 0)
			return e->kind;
	}
	if (is_initial(word, len) || is_initialism(word, len))
		return VTA_ABBR_WEAK;
	return VTA_ABBR_NONE;
}

static int in_list(const char *const *list, size_t n, const char *word, size_t len)
{
	size_t i;
	for (i = 0; i < n; i++) {
		/* the first byte rules out nearly all entries without strlen()
		 * (asked of a word at every soft boundary's capital) */
		if (len && list[i][0] != word[0])
			continue;
		if (strlen(list[i]) == len && memcmp(list[i], word, len) == 0)
			return 1;
	}
	return 0;
}

/* Both lists serve both languages: Vietnamese text quotes English and the
 * reverse, and no word of one list is a likely name in the other. */
int vta_sentence_starter(const char *word, size_t len, vietalign_lang lang)
{
	(void)lang;
	return in_list(STARTERS_EN, COUNT(STARTERS_EN), word, len) ||
	       in_list(STARTERS_VI, COUNT(STARTERS_VI), word, len);
}

int vta_clause_continuer(const char *word, size_t len)
{
	return in_list(CONTINUERS_EN, COUNT(CONTINUERS_EN), word, len);
}
