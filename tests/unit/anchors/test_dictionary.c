/* test_dictionary.c - users' dictionaries and glossaries (dictionary.c,
 * tbx.c, the aligner's entry points): the three formats read into table
 * lines, errors naming the file and line, and an entry that decides how
 * real sentences of the corpus pair are grouped. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"

#include "anchors/anchors.h"

/* Reads text as a dictionary of format fmt; returns its table lines (to
 * free) or NULL, with the error in *err. */
static char *parse(const char *text, int fmt, vta_error *err)
{
	vta_dict_buf b = {0};
	memset(err, 0, sizeof *err);
	if (vta_dict_parse(&b, text, strlen(text), fmt, "terms", err)) {
		vta_dict_buf_free(&b);
		return NULL;
	}
	return b.data;
}

static void parses_to(const char *text, int fmt, const char *want)
{
	vta_error err;
	char *got = parse(text, fmt, &err);
	ck_assert_msg(got != NULL, "%s", err.msg);
	ck_assert_str_eq(got, want);
	free(got);
}

static void fails_with(const char *text, int fmt, const char *msg)
{
	vta_error err;
	char *got = parse(text, fmt, &err);
	ck_assert_ptr_null(got);
	ck_assert_int_eq(err.code, VIETALIGN_EPARSE);
	ck_assert_str_eq(err.msg, msg);
}

START_TEST(test_tsv_glossary)
{
	/* a comment, CRLF, a third column of notes, a list of renderings,
	 * capitals and spacing folded on the Vietnamese side */
	parses_to("# finance terms\r\nBi  Quan\tbearish\r\n\nđợt bán tháo\tsell-off, rout\tnote\n", VIETALIGN_DICT_AUTO,
	          "bi quan\tbearish\nđợt bán tháo\tsell-off,rout\n");
	/* NFD input becomes NFC, as the folded sentences are */
	parses_to("bi qua\xCC\x82n\tbearish\n", VIETALIGN_DICT_TSV, "bi quân\tbearish\n");
}
END_TEST

START_TEST(test_hunalign_dictionary)
{
	parses_to("bearish @ bi quan\nmarket rout @ đợt bán tháo\n", VIETALIGN_DICT_AUTO,
	          "bi quan\tbearish\nđợt bán tháo\tmarket rout\n");
	/* hunalign's terms hold commas as text: one rendering */
	parses_to("rout, sell-off @ bán tháo\n", VIETALIGN_DICT_HUNALIGN, "bán tháo\trout sell-off\n");
}
END_TEST

START_TEST(test_text_errors_name_the_line)
{
	fails_with("bi quan\tbearish\nbán tháo sell-off\n", VIETALIGN_DICT_TSV,
	           "terms:2: expected 'vietnamese<TAB>english[,english...]'");
	fails_with("# c\nbi quan\t \n", VIETALIGN_DICT_AUTO, "terms:2: empty English term");
	fails_with("bi quan\tbearish,\n", VIETALIGN_DICT_TSV, "terms:1: empty English term");
	fails_with("\tbearish\n", VIETALIGN_DICT_TSV, "terms:1: empty Vietnamese term");
	fails_with("bearish @ bi quan\nbullish - lạc quan\n", VIETALIGN_DICT_AUTO,
	           "terms:2: expected 'english phrase @ vietnamese phrase'");
	fails_with("bi quan\tbearish\nbi qu\xE1n\tx\n", VIETALIGN_DICT_TSV, "terms:2: invalid UTF-8");
	fails_with("# only comments\n\n", VIETALIGN_DICT_TSV, "terms: no entry");
}
END_TEST

#define TBX_HEAD \
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" " \
	"xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<text><body>\n"

START_TEST(test_tbx)
{
	vta_error err;
	/* TBX 3 (conceptEntry/langSec/termSec) and TBX 2 (termEntry/langSet/
	 * tig): every Vietnamese term gets every English one; a concept with
	 * one language gives nothing */
	parses_to(
		TBX_HEAD "<conceptEntry id=\"c1\">\n<langSec xml:lang=\"en-US\"><termSec><term>bearish</term>"
			 "</termSec><termSec><term>Bearish market</term></termSec></langSec>\n<langSec xml:lang=\"vi\">"
			 "<termSec><term>bi quan</term></termSec><termSec><term>Thị trường giá xuống</term></termSec>"
			 "</langSec></conceptEntry>\n<conceptEntry id=\"c2\"><langSec xml:lang=\"en\"><termSec><term>"
			 "orphan</term></termSec></langSec></conceptEntry>\n</body></text></tbx>\n",
		VIETALIGN_DICT_AUTO, "bi quan\tbearish,Bearish market\nthị trường giá xuống\tbearish,Bearish market\n");
	parses_to("<martif type=\"TBX\"><text><body><termEntry><langSet xml:lang=\"vi-VN\"><tig><term>bán tháo</term>"
	          "</tig></langSet><langSet xml:lang=\"en\"><tig><term>sell-off</term></tig></langSet></termEntry>"
	          "</body></text></martif>",
	          VIETALIGN_DICT_TBX, "bán tháo\tsell-off\n");
	/* not well-formed: the line of the problem */
	ck_assert_ptr_null(parse(TBX_HEAD "<conceptEntry>\n<langSec xml:lang=\"vi\">\n<term>bi quan</langSec>\n",
	                         VIETALIGN_DICT_AUTO, &err));
	ck_assert_int_eq(err.code, VIETALIGN_EPARSE);
	ck_assert_msg(strncmp(err.msg, "terms:6: not well-formed XML: Opening and ending tag mismatch", 61) == 0, "%s",
	              err.msg);
	fails_with("<?xml version=\"1.0\"?><html><body/></html>", VIETALIGN_DICT_AUTO,
	           "terms: no termEntry or conceptEntry: not TBX");
	/* a bad term names its line */
	fails_with(TBX_HEAD
	           "<termEntry>\n<langSet xml:lang=\"vi\"><tig><term> </term></tig></langSet>\n"
	           "<langSet xml:lang=\"en\"><tig><term>x</term></tig></langSet></termEntry></body></text></tbx>",
	           VIETALIGN_DICT_AUTO, "terms:5: empty Vietnamese term");
}
END_TEST

/* The corpus pair's units 32 and 33 joined on the Vietnamese side (the
 * heading "Tín hiệu bi quan" run into the paragraph before it), each on
 * its own English line: by length alone "Bearish signals" goes with the
 * sentence after it; the glossary's "bearish" for "bi quan" brings it
 * back to its translation. */
static const char *const case_vi[] = {
	"Tổng hợp lại, những sáng kiến này báo hiệu sự sẵn sàng nghiêm túc từ những công ty AI hàng đầu tại Thung "
	"lũng Silicon trong việc tiếp tục chi tiêu cho các sản phẩm do các công ty đang ở thế yếu trong đợt bán "
	"tháo thị trường do DeepSeek gây ra. Tín hiệu bi quan",
	"Tuy nhiên, đối với những người theo dõi khác trong ngành, vẫn còn một lý do đáng lo ngại đằng sau đợt "
	"bán tháo thị trường vào thứ Hai."};
static const char *const case_en[] = {
	"Taken together, these initiatives signal a serious willingness from top AI players in Silicon Valley to "
	"continue spending on the products sold by the companies on the negative end of the market rout triggered "
	"by DeepSeek.",
	"Bearish signals",
	"However, for other industry watchers, there remains a sobering rationale behind Monday's market sell-off."};

/* How many English sentences the first bead holds. */
static size_t first_bead_en(vietalign_aligner *a)
{
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	vietalign_bead b = VIETALIGN_BEAD_INIT;
	ck_assert_int_eq(vietalign_doc_new_segments(&vi, a, case_vi, NULL, 2, VIETALIGN_LANG_VI), 0);
	ck_assert_int_eq(vietalign_doc_new_segments(&en, a, case_en, NULL, 3, VIETALIGN_LANG_EN), 0);
	ck_assert_int_eq(vietalign_align(&al, a, vi, en), 0);
	ck_assert_int_eq(vietalign_alignment_bead(&b, al, 0), 0);
	ck_assert_uint_eq(b.vi_count, 1);
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	return b.en_count;
}

START_TEST(test_entry_decides_grouping)
{
	vietalign_aligner *a = NULL;
	const char bad[] = "bullish @ lạc quan\nbearish\n", multi[] = "tín hiệu bi quan\tbearish signal\n";
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_uint_eq(first_bead_en(a), 1); /* the built-in tables: wrong */
	/* a bad file leaves the aligner as it was */
	ck_assert_int_eq(vietalign_aligner_add_dictionary_buffer(a, bad, strlen(bad), "fin.txt", VIETALIGN_DICT_AUTO),
	                 VIETALIGN_EPARSE);
	ck_assert_str_eq(vietalign_aligner_last_error(a), "fin.txt:2: expected 'english phrase @ vietnamese phrase'");
	ck_assert_uint_eq(first_bead_en(a), 1);
	ck_assert_int_eq(
		vietalign_aligner_add_dictionary_buffer(a, "bearish @ bi quan\n", 18, "fin.txt", VIETALIGN_DICT_AUTO),
		0);
	ck_assert_uint_eq(first_bead_en(a), 2); /* the heading with its translation */
	vietalign_aligner_free(a);
	/* a multi-word term on both sides does the same */
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_int_eq(vietalign_aligner_add_dictionary_buffer(a, multi, strlen(multi), NULL, VIETALIGN_DICT_TSV), 0);
	ck_assert_uint_eq(first_bead_en(a), 2);
	vietalign_aligner_free(a);
}
END_TEST

START_TEST(test_builtin_tables_read_back)
{
	vietalign_aligner *a = NULL;
	size_t len = 0;
	const char *t = vietalign_lexicon_builtin(VIETALIGN_LEXICON_WORDS, &len);
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_gt(len, 10000);
	ck_assert_ptr_null(vietalign_lexicon_builtin(7, &len));
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	t = vietalign_lexicon_builtin(VIETALIGN_LEXICON_WORDS, &len);
	ck_assert_msg(vietalign_aligner_add_dictionary_buffer(a, t, len, "words", VIETALIGN_DICT_AUTO) == 0, "%s",
	              vietalign_aligner_last_error(a));
	t = vietalign_lexicon_builtin(VIETALIGN_LEXICON_PLACES, &len);
	ck_assert_msg(vietalign_aligner_add_dictionary_buffer(a, t, len, "places", VIETALIGN_DICT_TSV) == 0, "%s",
	              vietalign_aligner_last_error(a));
	ck_assert_int_eq(vietalign_aligner_add_dictionary(a, "/nonexistent/terms.tsv", VIETALIGN_DICT_AUTO),
	                 VIETALIGN_EIO);
	ck_assert_ptr_nonnull(strstr(vietalign_aligner_last_error(a), "/nonexistent/terms.tsv: "));
	vietalign_aligner_free(a);
}
END_TEST

static Suite *dictionary_suite(void)
{
	Suite *s = suite_create("dictionary");
	TCase *t = tcase_create("dictionary");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, test_tsv_glossary);
	tcase_add_test(t, test_hunalign_dictionary);
	tcase_add_test(t, test_text_errors_name_the_line);
	tcase_add_test(t, test_tbx);
	tcase_add_test(t, test_entry_decides_grouping);
	tcase_add_test(t, test_builtin_tables_read_back);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(dictionary_suite());
}
