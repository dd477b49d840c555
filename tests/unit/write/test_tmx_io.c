/* test_tmx_io.c - the many-document TMX writer and the TMX reader, on real
 * alignments and on TMX files made by hand as other tools write them
 * (tests/fixtures/tmx). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "vietalign.h"

#define FIX "tests/fixtures/tmx/"

static const char VI[] = "Hà Nội là thủ đô của Việt Nam. Thành phố có hơn 8 triệu dân.";
static const char EN[] = "Hanoi is the capital of Vietnam. The city has more than 8 million people.";
static const char VI2[] = "Tôi thích đọc sách vào buổi tối. Cuốn sách này có 300 trang.";
static const char EN2[] = "I like reading books in the evening. This book has 300 pages.";

typedef struct {
	char *data;
	size_t len;
} text;

static int collect(const char *data, size_t len, void *payload)
{
	text *t = payload;
	t->data = realloc(t->data, t->len + len + 1);
	memcpy(t->data + t->len, data, len);
	t->len += len;
	t->data[t->len] = '\0';
	return 0;
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (; (hay = strstr(hay, needle)); hay += strlen(needle))
		n++;
	return n;
}

static vietalign_write_options fixed_date(void)
{
	vietalign_write_options o = VIETALIGN_WRITE_OPTIONS_INIT;
	o.creation_date = 1700000000;
	return o;
}

/* ------------------------------------------------------------- writer */

START_TEST(test_writer_many_documents)
{
	run a, b;
	vietalign_tmx_writer *w = NULL;
	vietalign_write_options o = fixed_date();
	text t = {0};
	char *one = NULL;
	run_align(&a, NULL, VI, EN);
	run_align(&b, NULL, VI2, EN2);
	ck_assert_int_eq(vietalign_tmx_writer_new(&w, a.a, &o, collect, &t), 0);
	ck_assert_int_eq(vietalign_tmx_writer_add(w, a.al, "hanoi", "docs/hanoi.vi", "docs/hanoi.en"), 0);
	ck_assert_uint_eq(vietalign_tmx_writer_unit_count(w), 2);
	ck_assert_int_eq(vietalign_tmx_writer_add(w, b.al, "book & <pages>", NULL, NULL), 0);
	ck_assert_int_eq(vietalign_tmx_writer_finish(w), 0);
	ck_assert_uint_eq(vietalign_tmx_writer_unit_count(w), 4);
	/* tuids run through the file, props before the tuvs, ids escaped */
	ck_assert(strstr(t.data, "<tu tuid=\"1\">\n      <prop type=\"x-doc\">hanoi</prop>\n"
	                         "      <prop type=\"x-vi-file\">docs/hanoi.vi</prop>\n"
	                         "      <prop type=\"x-en-file\">docs/hanoi.en</prop>\n"
	                         "      <prop type=\"x-score\">"));
	ck_assert(strstr(t.data, "<tu tuid=\"3\">\n      <prop type=\"x-doc\">book &amp; &lt;pages&gt;</prop>\n"
	                         "      <prop type=\"x-score\">"));
	ck_assert(strstr(t.data, "<tu tuid=\"4\">"));
	ck_assert_uint_eq(count(t.data, "<tu "), 4);
	ck_assert_uint_eq(count(t.data, "x-vi-file"), 2);
	ck_assert(strstr(t.data, "<seg>This book has 300 pages.</seg>"));
	/* the header and the tail are those of the one-document writer */
	ck_assert_int_eq(vietalign_alignment_write_buffer(&one, NULL, a.a, a.al, &o), 0);
	ck_assert(strncmp(t.data, one, (size_t)(strstr(one, "<body>") - one)) == 0);
	ck_assert(strcmp(t.data + t.len - 17, "  </body>\n</tmx>\n") == 0);
	vietalign_buffer_free(one);
	vietalign_tmx_writer_free(w);
	free(t.data);
	run_free(&a);
	run_free(&b);
}
END_TEST

/* Output is buffered: the first call comes at finish, and fails. */
static int refuse_bytes(const char *data, size_t len, void *payload)
{
	int *calls = payload;
	(void)data, (void)len;
	++*calls;
	return 1;
}

START_TEST(test_writer_units_and_errors)
{
	vietalign_tmx_writer *w = NULL;
	vietalign_write_options o = fixed_date();
	vietalign_tmx_unit u = {VIETALIGN_TMX_UNIT_VERSION, "  Xin\tchào\x01 ", "Hello", "77", "d", NULL, NULL, -1, 0};
	vietalign_tmx_unit empty = {VIETALIGN_TMX_UNIT_VERSION, "\x02", "Hi", NULL, NULL, NULL, NULL, 0.5, 0};
	vietalign_tmx_unit future = u;
	text t = {0};
	int calls = 0;
	ck_assert_int_eq(vietalign_tmx_writer_new(&w, NULL, &o, NULL, NULL), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_tmx_writer_new(&w, NULL, &o, collect, &t), 0);
	/* a unit of a version the library does not know: refused, and the
	 * writer goes on */
	future.version = VIETALIGN_TMX_UNIT_VERSION + 1;
	ck_assert_int_eq(vietalign_tmx_writer_add_unit(w, &future), VIETALIGN_EVERSION);
	ck_assert_int_eq(vietalign_tmx_writer_add_unit(w, &u), 0);
	ck_assert_int_eq(vietalign_tmx_writer_add_unit(w, &empty), 0); /* skipped */
	ck_assert_int_eq(vietalign_tmx_writer_finish(w), 0);
	ck_assert_uint_eq(vietalign_tmx_writer_unit_count(w), 1);
	/* the writer numbers the unit itself; no score prop for -1 */
	ck_assert(strstr(t.data, "<tu tuid=\"1\">\n      <prop type=\"x-doc\">d</prop>\n"
	                         "      <tuv xml:lang=\"vi\"><seg>Xin chào</seg></tuv>\n"));
	ck_assert(!strstr(t.data, "x-score") && !strstr(t.data, "Hi<"));
	vietalign_tmx_writer_free(w);
	free(t.data);
	/* a failing callback: the error sticks */
	ck_assert_int_eq(vietalign_tmx_writer_new(&w, NULL, &o, refuse_bytes, &calls), 0);
	ck_assert_int_eq(vietalign_tmx_writer_add_unit(w, &u), 0);
	ck_assert_int_eq(vietalign_tmx_writer_finish(w), VIETALIGN_ECALLBACK);
	ck_assert_int_eq(vietalign_tmx_writer_add_unit(w, &u), VIETALIGN_ECALLBACK);
	ck_assert_int_eq(calls, 1);
	vietalign_tmx_writer_free(w);
	vietalign_tmx_writer_free(NULL);
}
END_TEST

/* ------------------------------------------------------------- reader */

#define MAX_UNITS 8

typedef struct {
	size_t n;
	char vi[MAX_UNITS][256], en[MAX_UNITS][256], tuid[MAX_UNITS][16], doc[MAX_UNITS][32];
	double score[MAX_UNITS];
	long line[MAX_UNITS];
} units;

static int keep(const vietalign_tmx_unit *u, void *payload)
{
	units *us = payload;
	ck_assert_uint_lt(us->n, MAX_UNITS);
	snprintf(us->vi[us->n], sizeof us->vi[0], "%s", u->vi);
	snprintf(us->en[us->n], sizeof us->en[0], "%s", u->en);
	snprintf(us->tuid[us->n], sizeof us->tuid[0], "%s", u->tuid ? u->tuid : "-");
	snprintf(us->doc[us->n], sizeof us->doc[0], "%s", u->doc ? u->doc : "-");
	us->score[us->n] = u->score;
	us->line[us->n] = u->line;
	us->n++;
	return 0;
}

static int read_fixture(units *us, vietalign_tmx_info *info, vietalign_aligner *a, const char *name,
                        const vietalign_tmx_read_options *o)
{
	memset(us, 0, sizeof *us);
	return vietalign_tmx_read_file(info, a, name, o, keep, us);
}

/* inline.tmx and its UTF-16 copy read the same */
static void check_inline(const char *path)
{
	units us;
	vietalign_tmx_info info = VIETALIGN_TMX_INFO_INIT;
	vietalign_aligner *a = NULL;
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_msg(read_fixture(&us, &info, a, path, NULL) == 0, "%s", vietalign_aligner_last_error(a));
	ck_assert_uint_eq(info.units, 5);
	ck_assert_uint_eq(info.pairs, 4); /* not the French one */
	ck_assert_int_eq(info.swapped, 0);
	ck_assert_str_eq(info.vi_label, "vi-VN");
	ck_assert_str_eq(info.en_label, "en-US");
	ck_assert_uint_eq(us.n, 4);
	/* bpt/ept dropped with their codes; white space folded */
	ck_assert_str_eq(us.vi[0], "Nhấn Lưu để giữ tệp.");
	ck_assert_str_eq(us.en[0], "Click Save to keep the file.");
	ck_assert_str_eq(us.tuid[0], "a7");
	ck_assert_str_eq(us.doc[0], "guide");
	ck_assert(us.score[0] > 0.8124 && us.score[0] < 0.8126);
	ck_assert_int_eq(us.line[0], 6);
	/* CDATA is text */
	ck_assert_str_eq(us.vi[1], "Giá < 5 triệu & không đổi.");
	ck_assert_str_eq(us.en[1], "Price < 5 million & unchanged.");
	ck_assert(us.score[1] < 0);
	ck_assert_str_eq(us.tuid[1], "-");
	/* lang (TMX 1.1) in capitals; ph, it, ut dropped, hi's text kept */
	ck_assert_str_eq(us.vi[2], "Xem trang chủ.");
	ck_assert_str_eq(us.en[2], "See the home page.");
	/* character references */
	ck_assert_str_eq(us.vi[3], "Mũi tên → phải.");
	ck_assert_str_eq(us.en[3], "Arrow → right.");
	vietalign_aligner_free(a);
}

START_TEST(test_read_inline_cdata_all)
{
	check_inline(FIX "inline.tmx");
}
END_TEST

START_TEST(test_read_utf16)
{
	check_inline(FIX "utf16.tmx");
}
END_TEST

START_TEST(test_read_tags_kept)
{
	units us;
	vietalign_tmx_read_options o = VIETALIGN_TMX_READ_OPTIONS_INIT;
	o.tags = VIETALIGN_TMX_TAGS_KEEP;
	ck_assert_int_eq(read_fixture(&us, NULL, NULL, FIX "inline.tmx", &o), 0);
	ck_assert_str_eq(us.en[0], "Click <b>Save</b> to keep the file.");
	ck_assert_str_eq(us.en[2], "See<br/> the home page.<i>{\\b}");
}
END_TEST

START_TEST(test_read_swapped)
{
	units us;
	vietalign_tmx_info info = VIETALIGN_TMX_INFO_INIT;
	vietalign_tmx_read_options o = VIETALIGN_TMX_READ_OPTIONS_INIT;
	vietalign_aligner *a = NULL;
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	/* fixed by default: each side read as the language of its text */
	ck_assert_int_eq(read_fixture(&us, &info, a, FIX "swapped.tmx", NULL), 0);
	ck_assert_int_eq(info.swapped, 1);
	ck_assert_str_eq(info.vi_label, "en");
	ck_assert_str_eq(info.en_label, "vi");
	ck_assert_uint_eq(us.n, 2);
	ck_assert_str_eq(us.vi[0], "Mở tệp đã lưu gần đây nhất trên máy tính của bạn.");
	ck_assert_str_eq(us.en[0], "Open the most recently saved file on your computer.");
	/* kept as labelled */
	o.swap = VIETALIGN_TMX_SWAP_KEEP;
	ck_assert_int_eq(read_fixture(&us, &info, a, FIX "swapped.tmx", &o), 0);
	ck_assert_int_eq(info.swapped, 1);
	ck_assert_str_eq(us.vi[0], "Open the most recently saved file on your computer.");
	/* refused */
	o.swap = VIETALIGN_TMX_SWAP_REFUSE;
	ck_assert_int_eq(read_fixture(&us, &info, a, FIX "swapped.tmx", &o), VIETALIGN_EPARSE);
	ck_assert_uint_eq(us.n, 0);
	ck_assert(strstr(vietalign_aligner_last_error(a), "swapped.tmx: its languages are mislabelled"));
	/* a correct file is not taken for a swapped one */
	o.swap = VIETALIGN_TMX_SWAP_REFUSE;
	ck_assert_int_eq(read_fixture(&us, &info, a, FIX "inline.tmx", &o), 0);
	vietalign_aligner_free(a);
}
END_TEST

START_TEST(test_read_same_label)
{
	units us;
	vietalign_tmx_info info = VIETALIGN_TMX_INFO_INIT;
	vietalign_tmx_read_options o = VIETALIGN_TMX_READ_OPTIONS_INIT;
	ck_assert_int_eq(read_fixture(&us, &info, NULL, FIX "same_label.tmx", NULL), 0);
	ck_assert_int_eq(info.swapped, 1);
	ck_assert_uint_eq(us.n, 2);
	ck_assert_str_eq(us.vi[1], "Đóng cửa sổ hiện tại mà không lưu thay đổi.");
	ck_assert_str_eq(us.en[1], "Close the current window without saving changes.");
	/* trusting the labels, no unit has Vietnamese */
	o.swap = VIETALIGN_TMX_SWAP_KEEP;
	ck_assert_int_eq(read_fixture(&us, &info, NULL, FIX "same_label.tmx", &o), 0);
	ck_assert_uint_eq(info.units, 2);
	ck_assert_uint_eq(us.n, 0);
}
END_TEST

START_TEST(test_read_refuses)
{
	units us;
	vietalign_aligner *a = NULL;
	vietalign_tmx_read_options o = VIETALIGN_TMX_READ_OPTIONS_INIT;
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_int_eq(read_fixture(&us, NULL, a, FIX "entity_bomb.tmx", NULL), VIETALIGN_EPARSE);
	ck_assert_str_eq(vietalign_aligner_last_error(a),
	                 FIX "entity_bomb.tmx: its DTD declares entities, which a TMX file "
	                     "does not need: refused (they can expand without bound; line 3)");
	ck_assert_uint_eq(us.n, 0);
	ck_assert_int_eq(read_fixture(&us, NULL, a, FIX "not_tmx.xml", NULL), VIETALIGN_EPARSE);
	ck_assert(strstr(vietalign_aligner_last_error(a), "not a TMX file"));
	ck_assert_int_eq(read_fixture(&us, NULL, a, FIX "broken.tmx", NULL), VIETALIGN_EPARSE);
	ck_assert(strstr(vietalign_aligner_last_error(a), FIX "broken.tmx:"));
	ck_assert(strstr(vietalign_aligner_last_error(a), "not well-formed XML"));
	ck_assert(!strchr(vietalign_aligner_last_error(a), '\n'));
	ck_assert_int_eq(read_fixture(&us, NULL, a, FIX "missing.tmx", NULL), VIETALIGN_EIO);
	o.max_bytes = 1000;
	ck_assert_int_eq(read_fixture(&us, NULL, a, FIX "inline.tmx", &o), VIETALIGN_EPARSE);
	ck_assert(strstr(vietalign_aligner_last_error(a), "over the limit of 1000 bytes"));
	o.max_bytes = 0;
	o.version = 99;
	ck_assert_int_eq(read_fixture(&us, NULL, a, FIX "inline.tmx", &o), VIETALIGN_EVERSION);
	vietalign_aligner_free(a);
}
END_TEST

static int stop_at_first(const vietalign_tmx_unit *u, void *payload)
{
	(void)u;
	++*(int *)payload;
	return 1;
}

START_TEST(test_read_buffer_and_stop)
{
	size_t len = 0;
	char *data = read_file(FIX "inline.tmx", &len);
	int calls = 0;
	ck_assert_ptr_nonnull(data);
	ck_assert_int_eq(vietalign_tmx_read_buffer(NULL, NULL, data, len, "mem", NULL, stop_at_first, &calls),
	                 VIETALIGN_ECALLBACK);
	ck_assert_int_eq(calls, 1);
	free(data);
}
END_TEST

/* What the writer writes, the reader reads back. */
START_TEST(test_round_trip)
{
	run a;
	vietalign_tmx_writer *w = NULL;
	vietalign_write_options o = fixed_date();
	text t = {0};
	units us;
	memset(&us, 0, sizeof us);
	run_align(&a, NULL, VI, EN);
	ck_assert_int_eq(vietalign_tmx_writer_new(&w, a.a, &o, collect, &t), 0);
	ck_assert_int_eq(vietalign_tmx_writer_add(w, a.al, "hanoi", NULL, NULL), 0);
	ck_assert_int_eq(vietalign_tmx_writer_finish(w), 0);
	ck_assert_int_eq(vietalign_tmx_read_buffer(NULL, a.a, t.data, t.len, "rt", NULL, keep, &us), 0);
	ck_assert_uint_eq(us.n, 2);
	ck_assert_str_eq(us.vi[0], "Hà Nội là thủ đô của Việt Nam.");
	ck_assert_str_eq(us.en[1], "The city has more than 8 million people.");
	ck_assert_str_eq(us.tuid[1], "2");
	ck_assert_str_eq(us.doc[1], "hanoi");
	ck_assert(us.score[0] >= 0 && us.score[0] <= 1);
	vietalign_tmx_writer_free(w);
	free(t.data);
	run_free(&a);
}
END_TEST

/* Built without libxml2: reading says so, writing still works. */
START_TEST(test_read_unsupported)
{
	units us;
	vietalign_aligner *a = NULL;
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_int_eq(read_fixture(&us, NULL, a, FIX "inline.tmx", NULL), VIETALIGN_EUNSUPPORTED);
	ck_assert(strstr(vietalign_aligner_last_error(a), "built without libxml2"));
	ck_assert_int_eq(vietalign_tmx_read_buffer(NULL, a, "<tmx/>", 6, "m", NULL, keep, &us), VIETALIGN_EUNSUPPORTED);
	ck_assert_uint_eq(us.n, 0);
	vietalign_aligner_free(a);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("tmx_io");
	TCase *tc = tcase_create("tmx_io");
	tcase_add_test(tc, test_writer_many_documents);
	tcase_add_test(tc, test_writer_units_and_errors);
	if (vietalign_tmx_read_supported()) {
		tcase_add_test(tc, test_read_inline_cdata_all);
		tcase_add_test(tc, test_read_utf16);
		tcase_add_test(tc, test_read_tags_kept);
		tcase_add_test(tc, test_read_swapped);
		tcase_add_test(tc, test_read_same_label);
		tcase_add_test(tc, test_read_refuses);
		tcase_add_test(tc, test_read_buffer_and_stop);
		tcase_add_test(tc, test_round_trip);
	} else {
		tcase_add_test(tc, test_read_unsupported);
	}
	suite_add_tcase(s, tc);
	return run_suite(s);
}
