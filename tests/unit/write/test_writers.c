/* test_writers.c - TMX, TSV and JSON Lines writers, the sink and XML cleaning. */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vietalign.h"
#include "support.h"
#include "api/api.h"
#include "segment/segment.h"
#include "write/write.h"

/* shared/ sits beside the checkout; ctest runs from the source tree. */
#define DTD_DIR "../shared/tmx"
#define DTD DTD_DIR "/tmx14.dtd"
#define DATE_20250128 ((time_t)1738022400) /* 2025-01-28 00:00:00 UTC */

/* ------------------------------------------------------------ fixture */

/* Sentences from seed 000_8122ceabae3739ce, plus a few made-up ones that
 * carry characters XML forbids. */
static const char *const VI[] = {
	"Nvidia, công ty đã sụt giảm gần 18% trong đợt bán tháo thị trường vào thứ Hai, cho biết trong "
	"một tuyên bố vào thứ Hai rằng DeepSeek là một \"tiến bộ AI tuyệt vời\".",
	"Công ty nói thêm rằng suy luận, một kỹ thuật được DeepSeek sử dụng để phân tích thông tin mới "
	"bằng các mô hình đã được đào tạo, \"yêu cầu số lượng lớn GPU Nvidia và mạng hiệu suất cao\".",
	"\"Các mô hình hiệu quả hơn có nghĩa là những người có điện toán vẫn có thể sử dụng nó để phục vụ "
	"nhiều khách hàng và sản phẩm hơn với mức giá và tác động của năng lượng thấp hơn\".",
	"Thứ tư - 05/02/2025 05:49",
	"Giá < 5\x01 triệu\x0b đồng\xef\xbf\xbe.",
	"\x01\x0b",
};

static const char *const EN[] = {
	"Nvidia, which plummeted nearly 18% in Monday's market rout, said in a statement on Monday that "
	"DeepSeek is an \"excellent AI advancement.\"",
	"The company added that inference, a technique used by DeepSeek to analyze new information using "
	"trained models, \"requires significant numbers of Nvidia GPUs and high-performance networking.\"",
	"\"More efficient models mean those with compute will still be able to use it to serve more "
	"customers and products at lower prices & power impact.\"",
	"Analysis by Hasan Chowdhury; Jan 28, 2025, 3:00 PM GMT+7",
	" Price < 5 million\tdong. ",
	"Empty \\ on the other side.",
};

#define NSENT (sizeof VI / sizeof VI[0])

typedef struct fixture {
	struct vietalign_doc vi, en;
	vta_bead beads[8];
	struct vietalign_alignment al;
	struct vietalign_aligner aligner;
} fixture;

/* Fills a document with copies of texts, as vietalign_doc_new would. */
static void doc_fill(struct vietalign_doc *d, vietalign_lang lang, const char *const *texts, size_t n)
{
	size_t i;
	memset(d, 0, sizeof *d);
	d->lang = lang;
	d->sents = calloc(n, sizeof *d->sents);
	ck_assert_ptr_nonnull(d->sents);
	d->nsents = d->sents_cap = n;
	for (i = 0; i < n; i++) {
		d->sents[i].text = strdup(texts[i]);
		ck_assert_ptr_nonnull(d->sents[i].text);
		d->sents[i].text_length = strlen(texts[i]);
		d->sents[i].paragraph = i;
	}
}

static void doc_clear(struct vietalign_doc *d)
{
	size_t i;
	for (i = 0; i < d->nsents; i++)
		free(d->sents[i].text);
	free(d->sents);
}

static void add_bead(fixture *f, size_t vi_first, size_t vi_count, size_t en_first, size_t en_count, double score)
{
	vta_bead b = {vi_first, vi_count, en_first, en_count, score};
	f->beads[f->al.nbeads++] = b;
}

/* The alignment all tests share: a 2-2 bead, a 1-1, a 1-0, a 0-1, a 1-1
 * with XML-illegal characters, and a 1-1 whose vi side is only such
 * characters. */
static void fixture_init(fixture *f)
{
	memset(f, 0, sizeof *f);
	doc_fill(&f->vi, VIETALIGN_LANG_VI, VI, NSENT);
	doc_fill(&f->en, VIETALIGN_LANG_EN, EN, NSENT);
	f->al.vi = &f->vi;
	f->al.en = &f->en;
	f->al.beads = f->beads;
	add_bead(f, 0, 2, 0, 2, 0.87314);
	add_bead(f, 2, 1, 2, 1, 0.95);
	add_bead(f, 3, 1, 3, 0, 0.30);
	add_bead(f, 4, 0, 3, 1, 0.20);
	add_bead(f, 4, 1, 4, 1, 0.45);
	add_bead(f, 5, 1, 5, 1, 0.70);
}

static void fixture_clear(fixture *f)
{
	doc_clear(&f->vi);
	doc_clear(&f->en);
}

static vietalign_write_options opts_for(vietalign_format format)
{
	vietalign_write_options o = VIETALIGN_WRITE_OPTIONS_INIT;
	o.format = format;
	o.creation_date = DATE_20250128;
	return o;
}

static char *write_str(fixture *f, const vietalign_write_options *o)
{
	char *out = NULL;
	size_t len = 0;
	int rc = vietalign_alignment_write_buffer(&out, &len, &f->aligner, &f->al, o);
	ck_assert_msg(rc == 0, "write_buffer: %d %s", rc, f->aligner.err.msg);
	ck_assert_ptr_nonnull(out);
	ck_assert_uint_eq(len, strlen(out));
	return out;
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int has_xmllint(void)
{
	return access(DTD, R_OK) == 0 && system("command -v xmllint >/dev/null 2>&1") == 0;
}

/* Validates a TMX file against the DTD with xmllint (when available), as
 * tmx-check does: validity warnings fail too. */
static void check_dtd_valid(const char *path)
{
	char cmd[1024], out[4096];
	size_t n;
	FILE *p;
	if (!has_xmllint())
		return;
	snprintf(cmd, sizeof cmd, "xmllint --noout --nonet --path %s --dtdvalid %s %s 2>&1", DTD_DIR, DTD, path);
	p = popen(cmd, "r");
	ck_assert_ptr_nonnull(p);
	n = fread(out, 1, sizeof out - 1, p);
	out[n] = '\0';
	ck_assert_msg(pclose(p) == 0 && n == 0, "xmllint rejects %s: %s", path, out);
}

static char *slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;
	ck_assert_ptr_nonnull(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	rewind(fp);
	buf = calloc((size_t)n + 1, 1);
	ck_assert_ptr_nonnull(buf);
	ck_assert_uint_eq(fread(buf, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	return buf;
}

static char *make_tmpdir(void)
{
	char tmpl[] = "/tmp/vta_writers_XXXXXX";
	char *dir = mkdtemp(tmpl);
	ck_assert_ptr_nonnull(dir);
	return strdup(dir);
}

/* Number of directory entries other than . and .. */
static size_t dir_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;
	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

/* ------------------------------------------------------------ options */

START_TEST(test_format_parse)
{
	vietalign_format f = VIETALIGN_FORMAT_TMX;
	ck_assert_int_eq(vietalign_format_parse(&f, "tsv"), 0);
	ck_assert_int_eq(f, VIETALIGN_FORMAT_TSV);
	ck_assert_int_eq(vietalign_format_parse(&f, "JSONL"), 0);
	ck_assert_int_eq(f, VIETALIGN_FORMAT_JSONL);
	ck_assert_int_eq(vietalign_format_parse(&f, "tmx"), 0);
	ck_assert_int_eq(f, VIETALIGN_FORMAT_TMX);
	ck_assert_int_eq(vietalign_format_parse(&f, "xml"), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_format_parse(&f, ""), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_format_parse(&f, NULL), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_format_parse(NULL, "tmx"), VIETALIGN_EINVALID);
}
END_TEST

START_TEST(test_write_options_init)
{
	vietalign_write_options o;
	memset(&o, 0x5a, sizeof o);
	ck_assert_int_eq(vietalign_write_options_init(&o, VIETALIGN_WRITE_OPTIONS_VERSION), 0);
	ck_assert_uint_eq(o.version, VIETALIGN_WRITE_OPTIONS_VERSION);
	ck_assert_int_eq(o.format, VIETALIGN_FORMAT_TMX);
	ck_assert_int_eq(o.srclang, VIETALIGN_LANG_VI);
	ck_assert(o.min_score == 0.0);
	ck_assert_int_eq(o.one_sided, 0);
	ck_assert(o.creation_date == 0);
	ck_assert_int_eq(o.explain, 0);
	ck_assert_int_eq(vietalign_write_options_init(&o, 99), VIETALIGN_EVERSION);
	ck_assert_int_eq(vietalign_write_options_init(&o, 0), VIETALIGN_EVERSION);
	ck_assert_int_eq(vietalign_write_options_init(NULL, 1), VIETALIGN_EINVALID);
}
END_TEST

START_TEST(test_bad_options)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_TMX);
	char *out = (char *)"x";
	fixture_init(&f);
	o.version = 7;
	ck_assert_int_eq(vietalign_alignment_write_buffer(&out, NULL, &f.aligner, &f.al, &o), VIETALIGN_EVERSION);
	ck_assert_ptr_null(out);
	o = opts_for((vietalign_format)9);
	ck_assert_int_eq(vietalign_alignment_write_buffer(&out, NULL, &f.aligner, &f.al, &o), VIETALIGN_EINVALID);
	ck_assert(strstr(f.aligner.err.msg, "format"));
	o = opts_for(VIETALIGN_FORMAT_TMX);
	o.srclang = (vietalign_lang)5;
	ck_assert_int_eq(vietalign_alignment_write_buffer(&out, NULL, NULL, &f.al, &o), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_alignment_write_buffer(&out, NULL, NULL, NULL, NULL), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_alignment_write_buffer(NULL, NULL, NULL, &f.al, NULL), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_alignment_write(NULL, &f.al, NULL, NULL, NULL), VIETALIGN_EINVALID);
	ck_assert_int_eq(vietalign_alignment_write_file(NULL, &f.al, NULL, NULL), VIETALIGN_EINVALID);
	fixture_clear(&f);
}
END_TEST

/* A bead that points past the document is an error, not a crash. */
START_TEST(test_bead_out_of_range)
{
	fixture f;
	char *out = NULL;
	fixture_init(&f);
	add_bead(&f, NSENT - 1, 2, 0, 1, 0.9);
	ck_assert_int_eq(vietalign_alignment_write_buffer(&out, NULL, &f.aligner, &f.al, NULL), VIETALIGN_EINVALID);
	ck_assert_ptr_null(out);
	ck_assert(strstr(f.aligner.err.msg, "bead refers to sentences"));
	f.beads[f.al.nbeads - 1].vi_first = (size_t)-1; /* first + count overflows */
	ck_assert_int_eq(vietalign_alignment_write_buffer(&out, NULL, NULL, &f.al, NULL), VIETALIGN_EINVALID);
	fixture_clear(&f);
}
END_TEST

/* ------------------------------------------------------ score and XML */

START_TEST(test_format_score)
{
	char buf[32];
	const char *locales[] = {"de_DE.UTF-8", "fr_FR.UTF-8", "vi_VN.UTF-8", "C.UTF-8"};
	size_t i;
	/* under a locale whose decimal point is ',' the output must not change */
	for (i = 0; i < sizeof locales / sizeof locales[0]; i++)
		if (setlocale(LC_NUMERIC, locales[i]))
			break;
	vta_format_score(buf, sizeof buf, 0.87314);
	ck_assert_str_eq(buf, "0.8731");
	vta_format_score(buf, sizeof buf, 0.87315001);
	ck_assert_str_eq(buf, "0.8732");
	vta_format_score(buf, sizeof buf, 0.0);
	ck_assert_str_eq(buf, "0.0000");
	vta_format_score(buf, sizeof buf, 1.0);
	ck_assert_str_eq(buf, "1.0000");
	vta_format_score(buf, sizeof buf, 0.99996);
	ck_assert_str_eq(buf, "1.0000");
	vta_format_score(buf, sizeof buf, 0.05);
	ck_assert_str_eq(buf, "0.0500");
	vta_format_score(buf, sizeof buf, -3.0);
	ck_assert_str_eq(buf, "0.0000");
	vta_format_score(buf, sizeof buf, 7.5);
	ck_assert_str_eq(buf, "1.0000");
	vta_format_score(buf, sizeof buf, 0.0 / 0.0);
	ck_assert_str_eq(buf, "0.0000");
	setlocale(LC_NUMERIC, "C");
}
END_TEST

static void check_clean(const char *in, const char *want)
{
	char buf[256];
	size_t n = strlen(in);
	memcpy(buf, in, n + 1);
	n = vta_xml_clean(buf, n);
	ck_assert_str_eq(buf, want);
	ck_assert_uint_eq(n, strlen(want));
}

START_TEST(test_xml_clean)
{
	check_clean("Giá < 5\x01 triệu\x0b đồng\xef\xbf\xbe.", "Giá < 5 triệu đồng.");
	check_clean("a\x0c\x1f\x08"
	            "b\xef\xbf\xbf"
	            "c",
	            "abc");
	check_clean("  trim me\t\n ", "trim me");
	check_clean("\x01 hidden leading space", "hidden leading space");
	check_clean("trailing space hidden \x0b", "trailing space hidden");
	check_clean("tab\there\nnew\rline", "tab here new line");
	check_clean("\xc2\xa0\xe2\x80\x83nbsp and em space\xe3\x80\x80", "nbsp and em space");
	check_clean("line\xe2\x80\xa8sep", "line sep");
	check_clean("bad \xff\xc0\xaf utf-8 \xed\xa0\x80!", "bad  utf-8 !");
	check_clean("\x01\x0b\xef\xbf\xbe", "");
	check_clean("", "");
	check_clean("Tiếng Việt 😀 ₫", "Tiếng Việt 😀 ₫");
}
END_TEST

static int collect(const char *data, size_t len, void *payload)
{
	vta_strbuf *b = payload;
	b->data = realloc(b->data, b->len + len + 1);
	memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

START_TEST(test_xml_escape)
{
	vta_strbuf got = {0};
	vta_sink sink;
	const char *in = "lower prices & power <impact> \"quoted\" 'apos'";
	ck_assert_int_eq(vta_sink_init(&sink, collect, &got), 0);
	vta_xml_escape(&sink, in, strlen(in));
	ck_assert_int_eq(vta_sink_flush(&sink), 0);
	vta_sink_free(&sink);
	ck_assert_str_eq(got.data, "lower prices &amp; power &lt;impact&gt; &quot;quoted&quot; 'apos'");
	free(got.data);
}
END_TEST

/* --------------------------------------------------------------- sink */

typedef struct chunks {
	size_t calls, largest, total, fail_at;
} chunks;

static int count_chunks(const char *data, size_t len, void *payload)
{
	chunks *c = payload;
	(void)data;
	c->calls++;
	c->total += len;
	if (len > c->largest)
		c->largest = len;
	return c->fail_at && c->calls >= c->fail_at ? -1 : 0;
}

START_TEST(test_sink_chunks)
{
	chunks c = {0};
	vta_sink sink;
	size_t i;
	ck_assert_int_eq(vta_sink_init(&sink, count_chunks, &c), 0);
	for (i = 0; i < 100000; i++)
		vta_sink_puts(&sink, "abc");
	vta_sink_putc(&sink, '\n');
	ck_assert_int_eq(vta_sink_flush(&sink), 0);
	vta_sink_free(&sink);
	ck_assert_uint_eq(c.total, 300001);
	ck_assert_uint_eq(c.largest, VTA_SINK_CHUNK);
	ck_assert_uint_eq(c.calls, 5);
}
END_TEST

START_TEST(test_sink_first_error_sticks)
{
	chunks c = {0, 0, 0, 1};
	vta_sink sink;
	size_t i;
	ck_assert_int_eq(vta_sink_init(&sink, count_chunks, &c), 0);
	for (i = 0; i < 3 * VTA_SINK_CHUNK; i++)
		vta_sink_putc(&sink, 'x');
	ck_assert(vta_sink_failed(&sink));
	ck_assert_int_eq(vta_sink_flush(&sink), VIETALIGN_ECALLBACK);
	vta_sink_free(&sink);
	ck_assert_uint_eq(c.calls, 1); /* nothing more after the failure */
}
END_TEST

/* ---------------------------------------------------------------- TMX */

START_TEST(test_tmx_header)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_TMX);
	char *s, version[64];
	fixture_init(&f);
	s = write_str(&f, &o);
	ck_assert_msg(starts_with(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                             "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n  <header "),
	              "%s", s);
	ck_assert(strstr(s, " creationtool=\"vietalign\""));
	snprintf(version, sizeof version, " creationtoolversion=\"%s\"", vietalign_version());
	ck_assert(strstr(s, version));
	ck_assert(strstr(s, " segtype=\"sentence\""));
	ck_assert(strstr(s, " o-tmf=\"vietalign\""));
	ck_assert(strstr(s, " adminlang=\"en\""));
	ck_assert(strstr(s, " srclang=\"vi\""));
	ck_assert(strstr(s, " datatype=\"plaintext\""));
	ck_assert(strstr(s, " creationdate=\"20250128T000000Z\""));
	ck_assert(strstr(s, "<body>\n"));
	ck_assert(strstr(s, "</body>\n</tmx>\n"));
	vietalign_buffer_free(s);
	fixture_clear(&f);
}
END_TEST

START_TEST(test_tmx_creationdate_now)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_TMX);
	char *s, *p;
	size_t i;
	fixture_init(&f);
	o.creation_date = 0;
	s = write_str(&f, &o);
	p = strstr(s, "creationdate=\"");
	ck_assert_ptr_nonnull(p);
	p += strlen("creationdate=\"");
	for (i = 0; i < 16; i++)
		ck_assert(i == 8 ? p[i] == 'T' : i == 15 ? p[i] == 'Z' : (p[i] >= '0' && p[i] <= '9'));
	ck_assert(p[16] == '"');
	ck_assert(strncmp(p, "2025", 4) >= 0); /* now, not 1970 */
	vietalign_buffer_free(s);
	fixture_clear(&f);
}
END_TEST

START_TEST(test_tmx_units)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_TMX);
	char *s;
	fixture_init(&f);
	s = write_str(&f, &o);
	/* 2-2, 1-1 and the cleaned 1-1; not 1-0, 0-1 or the all-illegal side */
	ck_assert_uint_eq(count(s, "<tu "), 3);
	ck_assert_uint_eq(count(s, "</tu>"), 3);
	ck_assert(strstr(s, "<tu tuid=\"1\">\n      <prop type=\"x-score\">0.8731</prop>\n"
	                    "      <tuv xml:lang=\"vi\"><seg>Nvidia, công ty đã sụt giảm gần 18%"));
	/* sides of a 2-2 bead are joined with one space */
	ck_assert(strstr(s, "&quot;tiến bộ AI tuyệt vời&quot;. Công ty nói thêm"));
	ck_assert(strstr(s, "<tu tuid=\"2\">\n      <prop type=\"x-score\">0.9500</prop>\n"));
	ck_assert(strstr(s, "<seg>&quot;More efficient models mean those with compute will still be able to use it "
	                    "to serve more customers and products at lower prices &amp; power impact.&quot;</seg>"));
	ck_assert(strstr(s, "<tu tuid=\"5\">"));
	ck_assert(strstr(s, "<tuv xml:lang=\"vi\"><seg>Giá &lt; 5 triệu đồng.</seg></tuv>\n"
	                    "      <tuv xml:lang=\"en\"><seg>Price &lt; 5 million dong.</seg></tuv>\n"));
	ck_assert(!strstr(s, "Thứ tư - 05/02/2025"));
	ck_assert(!strstr(s, "Hasan Chowdhury"));
	ck_assert(!strstr(s, "Empty"));
	ck_assert(!strchr(s, '\x01') && !strchr(s, '\x0b') && !strchr(s, '\t'));
	ck_assert(!strstr(s, "\xef\xbf\xbe"));
	vietalign_buffer_free(s);
	fixture_clear(&f);
}
END_TEST

START_TEST(test_tmx_srclang_order)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_TMX);
	char *s, *vi, *en;
	fixture_init(&f);
	s = write_str(&f, &o);
	vi = strstr(s, "<tuv xml:lang=\"vi\">");
	en = strstr(s, "<tuv xml:lang=\"en\">");
	ck_assert(vi && en && vi < en);
	vietalign_buffer_free(s);

	o.srclang = VIETALIGN_LANG_EN;
	s = write_str(&f, &o);
	ck_assert(strstr(s, " srclang=\"en\""));
	vi = strstr(s, "<tuv xml:lang=\"vi\">");
	en = strstr(s, "<tuv xml:lang=\"en\">");
	ck_assert(vi && en && en < vi);
	ck_assert(strstr(s, "<prop type=\"x-score\">0.8731</prop>\n      <tuv xml:lang=\"en\">"));
	vietalign_buffer_free(s);
	fixture_clear(&f);
}
END_TEST

START_TEST(test_tmx_min_score)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_TMX);
	char *s;
	fixture_init(&f);
	o.min_score = 0.5;
	s = write_str(&f, &o);
	ck_assert_uint_eq(count(s, "<tu "), 2);
	ck_assert(!strstr(s, "Giá"));
	vietalign_buffer_free(s);
	o.min_score = 0.95; /* a bead scoring exactly min_score stays */
	s = write_str(&f, &o);
	ck_assert_uint_eq(count(s, "<tu "), 1);
	ck_assert(strstr(s, "<tu tuid=\"2\">"));
	vietalign_buffer_free(s);
	o.min_score = 0.99;
	s = write_str(&f, &o);
	ck_assert_uint_eq(count(s, "<tu "), 0);
	ck_assert(strstr(s, "<body>\n  </body>\n"));
	vietalign_buffer_free(s);
	fixture_clear(&f);
}
END_TEST

/* one_sided concerns TSV and JSONL only. */
START_TEST(test_tmx_one_sided_ignored)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_TMX);
	char *s;
	fixture_init(&f);
	o.one_sided = 1;
	s = write_str(&f, &o);
	ck_assert_uint_eq(count(s, "<tu "), 3);
	ck_assert(!strstr(s, "Hasan Chowdhury"));
	vietalign_buffer_free(s);
	fixture_clear(&f);
}
END_TEST

START_TEST(test_tmx_dtd_valid)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_TMX);
	char *dir = make_tmpdir(), path[512];
	fixture_init(&f);
	if (!has_xmllint())
		fprintf(stderr, "test_tmx_dtd_valid: xmllint or %s missing, DTD check skipped\n", DTD);
	snprintf(path, sizeof path, "%s/out.tmx", dir);
	ck_assert_int_eq(vietalign_alignment_write_file(&f.aligner, &f.al, &o, path), 0);
	check_dtd_valid(path);
	o.srclang = VIETALIGN_LANG_EN;
	o.min_score = 2.0; /* an empty body is valid too */
	ck_assert_int_eq(vietalign_alignment_write_file(&f.aligner, &f.al, &o, path), 0);
	check_dtd_valid(path);
	unlink(path);
	rmdir(dir);
	free(dir);
	fixture_clear(&f);
}
END_TEST

/* ---------------------------------------------------------------- TSV */

START_TEST(test_tsv)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_TSV);
	char *s, want[1024];
	fixture_init(&f);
	s = write_str(&f, &o);
	ck_assert_uint_eq(count(s, "\n"), 4); /* two-sided beads only */
	snprintf(want, sizeof want, "%s %s\t%s %s\t0.8731\n", VI[0], VI[1], EN[0], EN[1]);
	ck_assert(starts_with(s, want));
	/* tab inside text becomes a space; control characters and U+FFFE are
	 * dropped, as TMX drops them; TSV keeps the text otherwise as is */
	ck_assert(strstr(s, "\nGiá < 5 triệu đồng.\t Price < 5 million dong. \t0.4500\n"));
	ck_assert(strstr(s, "\n\tEmpty \\ on the other side.\t0.7000\n"));
	ck_assert(!strstr(s, "Hasan"));
	vietalign_buffer_free(s);

	o.one_sided = 1;
	o.min_score = 0.25;
	s = write_str(&f, &o);
	ck_assert(strstr(s, "\nThứ tư - 05/02/2025 05:49\t\t0.3000\n"));
	ck_assert(!strstr(s, "Hasan")); /* 0.20 < min_score */
	vietalign_buffer_free(s);
	o.min_score = 0;
	s = write_str(&f, &o);
	ck_assert(strstr(s, "\n\tAnalysis by Hasan Chowdhury; Jan 28, 2025, 3:00 PM GMT+7\t0.2000\n"));
	ck_assert_uint_eq(count(s, "\n"), 6);
	vietalign_buffer_free(s);
	fixture_clear(&f);
}
END_TEST

/* -------------------------------------------------------------- JSONL */

START_TEST(test_jsonl)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_JSONL);
	char *s;
	fixture_init(&f);
	s = write_str(&f, &o);
	ck_assert_uint_eq(count(s, "\n"), 4);
	ck_assert(starts_with(s, "{\"vi\":\"Nvidia, công ty đã sụt giảm gần 18%"));
	ck_assert(strstr(s, "là một \\\"tiến bộ AI tuyệt vời\\\". Công ty nói thêm"));
	ck_assert(strstr(s, "\"score\":0.8731,\"vi_sentences\":[0,1],\"en_sentences\":[0,1]}\n"));
	ck_assert(strstr(s, "{\"vi\":\"Giá < 5\\u0001 triệu\\u000b đồng\xef\xbf\xbe.\","
	                    "\"en\":\" Price < 5 million\\u0009dong. \",\"score\":0.4500,"
	                    "\"vi_sentences\":[4],\"en_sentences\":[4]}\n"));
	ck_assert(strstr(s, "{\"vi\":\"\\u0001\\u000b\",\"en\":\"Empty \\\\ on the other side.\",\"score\":0.7000,"));
	ck_assert(!strstr(s, "Hasan") && !strstr(s, "Thứ tư"));
	vietalign_buffer_free(s);

	o.one_sided = 1;
	s = write_str(&f, &o);
	ck_assert_uint_eq(count(s, "\n"), 6);
	ck_assert(strstr(s, "{\"vi\":\"Thứ tư - 05/02/2025 05:49\",\"en\":\"\",\"score\":0.3000,"
	                    "\"vi_sentences\":[3],\"en_sentences\":[]}\n"));
	ck_assert(strstr(s, "{\"vi\":\"\",\"en\":\"Analysis by Hasan Chowdhury; Jan 28, 2025, 3:00 PM GMT+7\","
	                    "\"score\":0.2000,\"vi_sentences\":[],\"en_sentences\":[3]}\n"));
	vietalign_buffer_free(s);
	fixture_clear(&f);
}
END_TEST

/* ------------------------------------------------- callback and buffer */

START_TEST(test_write_callback_matches_buffer)
{
	fixture f;
	vta_strbuf got = {0};
	char *s;
	fixture_init(&f);
	ck_assert_int_eq(vietalign_alignment_write(&f.aligner, &f.al, NULL, collect, &got), 0);
	s = write_str(&f, NULL); /* NULL options: TMX */
	ck_assert_str_eq(got.data, s);
	ck_assert(strstr(s, "<tmx version=\"1.4\">"));
	vietalign_buffer_free(s);
	free(got.data);
	fixture_clear(&f);
}
END_TEST

/* Enough beads for several 64 KiB chunks. */
static void fixture_big(fixture *f, vta_bead **beads, size_t n)
{
	size_t i;
	fixture_init(f);
	*beads = calloc(n, sizeof **beads);
	ck_assert_ptr_nonnull(*beads);
	for (i = 0; i < n; i++) {
		vta_bead b = {i % 3, 1, i % 3, 1, 0.5};
		(*beads)[i] = b;
	}
	f->al.beads = *beads;
	f->al.nbeads = n;
}

START_TEST(test_callback_fails_midway)
{
	fixture f;
	vta_bead *beads;
	chunks c = {0, 0, 0, 2};
	fixture_big(&f, &beads, 2000);
	ck_assert_int_eq(vietalign_alignment_write(&f.aligner, &f.al, NULL, count_chunks, &c), VIETALIGN_ECALLBACK);
	ck_assert_uint_eq(c.calls, 2);
	ck_assert_int_eq(f.aligner.err.code, VIETALIGN_ECALLBACK);
	ck_assert(strstr(f.aligner.err.msg, "callback"));
	c.calls = 0;
	ck_assert_int_eq(vietalign_alignment_write(NULL, &f.al, NULL, count_chunks, &c), VIETALIGN_ECALLBACK);
	/* a healthy callback sees chunks of at most 64 KiB */
	memset(&c, 0, sizeof c);
	ck_assert_int_eq(vietalign_alignment_write(NULL, &f.al, NULL, count_chunks, &c), 0);
	ck_assert_uint_ge(c.calls, 3);
	ck_assert_uint_eq(c.largest, VTA_SINK_CHUNK);
	free(beads);
	fixture_clear(&f);
}
END_TEST

/* What a write through the callback gives, on `threads` threads: the
 * bytes, and the return code with the aligner's message. */
static int write_collected(vta_strbuf *got, fixture *f, const vietalign_write_options *o, unsigned threads)
{
	int rc;
	memset(got, 0, sizeof *got);
	f->aligner.opts.threads = threads;
	vta_error_clear(&f->aligner.err);
	rc = vietalign_alignment_write(&f->aligner, &f->al, o, collect, got);
	f->aligner.opts.threads = 0;
	return rc;
}

/* A long alignment is written in chunks on several threads: every format
 * gives the bytes one thread gives, with some beads left out by score and
 * shape, and a bead that points past the document stops both at the same
 * byte with the same error. */
START_TEST(test_threads_same_bytes)
{
	static const vietalign_format formats[] = {VIETALIGN_FORMAT_TMX, VIETALIGN_FORMAT_TSV, VIETALIGN_FORMAT_JSONL};
	fixture f;
	vta_bead *beads;
	size_t k, i, n = 10000;
	fixture_big(&f, &beads, n);
	for (i = 0; i < n; i++) {
		beads[i].score = (double)(i % 10) / 10.0;
		beads[i].en_count = i % 7 == 0 ? 0 : 1;
	}
	for (k = 0; k < 3; k++) {
		vietalign_write_options o = opts_for(formats[k]);
		vta_strbuf one, three;
		char msg[sizeof f.aligner.err.msg];
		o.min_score = 0.25;
		ck_assert_int_eq(write_collected(&one, &f, &o, 1), 0);
		ck_assert_int_eq(write_collected(&three, &f, &o, 3), 0);
		ck_assert_uint_gt(one.len, 100000);
		ck_assert_uint_eq(three.len, one.len);
		ck_assert(memcmp(one.data, three.data, one.len) == 0);
		free(one.data);
		free(three.data);
		beads[7778].vi_first = NSENT; /* past the end */
		ck_assert_int_eq(write_collected(&one, &f, &o, 1), VIETALIGN_EINVALID);
		snprintf(msg, sizeof msg, "%s", f.aligner.err.msg);
		ck_assert_int_eq(write_collected(&three, &f, &o, 3), VIETALIGN_EINVALID);
		ck_assert_str_eq(f.aligner.err.msg, msg);
		ck_assert_uint_eq(three.len, one.len);
		ck_assert(memcmp(one.data, three.data, one.len) == 0);
		beads[7778].vi_first = 7778 % 3;
		free(one.data);
		free(three.data);
	}
	free(beads);
	fixture_clear(&f);
}
END_TEST

START_TEST(test_buffer_empty_output)
{
	fixture f;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_TSV);
	char *s = NULL;
	size_t len = 99;
	fixture_init(&f);
	f.al.nbeads = 0;
	ck_assert_int_eq(vietalign_alignment_write_buffer(&s, &len, NULL, &f.al, &o), 0);
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s, "");
	ck_assert_uint_eq(len, 0);
	vietalign_buffer_free(s);
	vietalign_buffer_free(NULL);
	fixture_clear(&f);
}
END_TEST

/* --------------------------------------------------------------- file */

START_TEST(test_file_write)
{
	fixture f;
	vta_bead *beads;
	vietalign_write_options o = opts_for(VIETALIGN_FORMAT_JSONL);
	char *dir = make_tmpdir(), path[512], *got, *want;
	struct stat st;
	mode_t old = umask(022);
	fixture_big(&f, &beads, 3000);
	snprintf(path, sizeof path, "%s/out.jsonl", dir);
	ck_assert_int_eq(vietalign_alignment_write_file(&f.aligner, &f.al, &o, path), 0);
	got = slurp(path);
	want = write_str(&f, &o);
	ck_assert_str_eq(got, want);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0644);
	ck_assert_uint_eq(dir_entries(dir), 1); /* no temporary file left */
	free(got);
	vietalign_buffer_free(want);

	/* overwrite with a shorter output, under a stricter umask: the file
	 * keeps its own mode, the umask is for new files */
	umask(077);
	f.al.nbeads = 1;
	ck_assert_int_eq(vietalign_alignment_write_file(NULL, &f.al, &o, path), 0);
	got = slurp(path);
	ck_assert_uint_eq(count(got, "\n"), 1);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0644);
	ck_assert_uint_eq(dir_entries(dir), 1);
	free(got);
	/* a file made private stays private when rewritten */
	umask(022);
	ck_assert_int_eq(chmod(path, 0600), 0);
	ck_assert_int_eq(vietalign_alignment_write_file(NULL, &f.al, &o, path), 0);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 07777, 0600);
	ck_assert_int_eq(chmod(path, 0640), 0);
	ck_assert_int_eq(vietalign_alignment_write_file(NULL, &f.al, &o, path), 0);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 07777, 0640);
	/* a new file under umask 077 */
	unlink(path);
	umask(077);
	ck_assert_int_eq(vietalign_alignment_write_file(NULL, &f.al, &o, path), 0);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	umask(old);
	unlink(path);
	rmdir(dir);
	free(dir);
	free(beads);
	fixture_clear(&f);
}
END_TEST

/* Through a symbolic link the file it points to is replaced, not the link. */
START_TEST(test_file_through_symlink)
{
	fixture f;
	char *dir = make_tmpdir(), target[512], link[512];
	struct stat st;
	fixture_init(&f);
	snprintf(target, sizeof target, "%s/real.tmx", dir);
	snprintf(link, sizeof link, "%s/link.tmx", dir);
	ck_assert_int_eq(close(open(target, O_WRONLY | O_CREAT, 0644)), 0);
	ck_assert_int_eq(symlink("real.tmx", link), 0);
	ck_assert_int_eq(vietalign_alignment_write_file(NULL, &f.al, NULL, link), 0);
	ck_assert_int_eq(lstat(link, &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	ck_assert_int_eq(stat(target, &st), 0);
	ck_assert_int_gt(st.st_size, 100);
	ck_assert_uint_eq(dir_entries(dir), 2);
	unlink(link);
	unlink(target);
	rmdir(dir);
	free(dir);
	fixture_clear(&f);
}
END_TEST

START_TEST(test_file_missing_dir)
{
	fixture f;
	char *dir = make_tmpdir(), path[600], sub[512];
	fixture_init(&f);
	snprintf(sub, sizeof sub, "%s/no-such-dir", dir);
	snprintf(path, sizeof path, "%s/out.tmx", sub);
	ck_assert_int_eq(vietalign_alignment_write_file(&f.aligner, &f.al, NULL, path), VIETALIGN_EIO);
	ck_assert_int_eq(f.aligner.err.code, VIETALIGN_EIO);
	ck_assert_msg(strstr(f.aligner.err.msg, "no-such-dir"), "%s", f.aligner.err.msg);
	ck_assert_int_eq(access(sub, F_OK), -1);
	ck_assert_uint_eq(dir_entries(dir), 0);
	ck_assert_int_eq(vietalign_alignment_write_file(NULL, &f.al, NULL, path), VIETALIGN_EIO);
	rmdir(dir);
	free(dir);
	fixture_clear(&f);
}
END_TEST

/* A full disk: /dev/full is written in place (never renamed over) and the
 * ENOSPC surfaces as VIETALIGN_EIO. */
START_TEST(test_file_dev_full)
{
	fixture f;
	struct stat st;
	if (stat("/dev/full", &st) || !S_ISCHR(st.st_mode)) {
		fprintf(stderr, "test_file_dev_full: no /dev/full, skipped\n");
		return;
	}
	fixture_init(&f);
	ck_assert_int_eq(vietalign_alignment_write_file(&f.aligner, &f.al, NULL, "/dev/full"), VIETALIGN_EIO);
	ck_assert_msg(strstr(f.aligner.err.msg, "/dev/full"), "%s", f.aligner.err.msg);
	ck_assert_int_eq(stat("/dev/full", &st), 0);
	ck_assert(S_ISCHR(st.st_mode));
	fixture_clear(&f);
}
END_TEST

/* A failure in the middle (a bad bead) removes the temporary file and keeps
 * the old content at path. */
START_TEST(test_file_failure_keeps_old)
{
	fixture f;
	char *dir = make_tmpdir(), path[512], *got;
	FILE *fp;
	fixture_init(&f);
	snprintf(path, sizeof path, "%s/out.tsv", dir);
	fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs("old\n", fp);
	fclose(fp);
	add_bead(&f, 0, 1, NSENT, 1, 0.9);
	ck_assert_int_eq(vietalign_alignment_write_file(&f.aligner, &f.al, NULL, path), VIETALIGN_EINVALID);
	got = slurp(path);
	ck_assert_str_eq(got, "old\n");
	ck_assert_uint_eq(dir_entries(dir), 1);
	free(got);
	unlink(path);
	rmdir(dir);
	free(dir);
	fixture_clear(&f);
}
END_TEST

START_TEST(test_file_is_directory)
{
	fixture f;
	char *dir = make_tmpdir();
	fixture_init(&f);
	ck_assert_int_eq(vietalign_alignment_write_file(&f.aligner, &f.al, NULL, dir), VIETALIGN_EIO);
	ck_assert_uint_eq(dir_entries(dir), 0);
	rmdir(dir);
	free(dir);
	fixture_clear(&f);
}
END_TEST

/* ---------------------------------------------------------------- main */

static Suite *writers_suite(void)
{
	Suite *s = suite_create("writers");
	TCase *t = tcase_create("options");
	tcase_add_test(t, test_format_parse);
	tcase_add_test(t, test_write_options_init);
	tcase_add_test(t, test_bad_options);
	tcase_add_test(t, test_bead_out_of_range);
	suite_add_tcase(s, t);
	t = tcase_create("text");
	tcase_add_test(t, test_format_score);
	tcase_add_test(t, test_xml_clean);
	tcase_add_test(t, test_xml_escape);
	tcase_add_test(t, test_sink_chunks);
	tcase_add_test(t, test_sink_first_error_sticks);
	suite_add_tcase(s, t);
	t = tcase_create("formats");
	tcase_add_test(t, test_tmx_header);
	tcase_add_test(t, test_tmx_creationdate_now);
	tcase_add_test(t, test_tmx_units);
	tcase_add_test(t, test_tmx_srclang_order);
	tcase_add_test(t, test_tmx_min_score);
	tcase_add_test(t, test_tmx_one_sided_ignored);
	tcase_add_test(t, test_tmx_dtd_valid);
	tcase_add_test(t, test_tsv);
	tcase_add_test(t, test_jsonl);
	suite_add_tcase(s, t);
	t = tcase_create("output");
	tcase_set_timeout(t, 30);
	tcase_add_test(t, test_write_callback_matches_buffer);
	tcase_add_test(t, test_callback_fails_midway);
	tcase_add_test(t, test_threads_same_bytes);
	tcase_add_test(t, test_buffer_empty_output);
	tcase_add_test(t, test_file_write);
	tcase_add_test(t, test_file_through_symlink);
	tcase_add_test(t, test_file_missing_dir);
	tcase_add_test(t, test_file_dev_full);
	tcase_add_test(t, test_file_failure_keeps_old);
	tcase_add_test(t, test_file_is_directory);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(writers_suite());
}
