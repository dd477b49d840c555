/* test_presplit.c - documents whose segmentation is made already: one
 * segment per line, an array of segments, and telling such a file from
 * prose (presplit.c), on the corpus pair's gold units. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "segment/segment.h"

#define GOLD "corpus/deepseek.gold.tsv"
#define MAXU 64

/* The gold units of the corpus pair: side 0 Vietnamese, 1 English. */
typedef struct {
	char *buf;
	const char *u[2][MAXU];
	size_t n;
} gold;

static void gold_read(gold *g)
{
	char *p, *nl;
	memset(g, 0, sizeof *g);
	g->buf = read_file(GOLD, NULL);
	ck_assert_ptr_nonnull(g->buf);
	for (p = g->buf; *p && g->n < MAXU; p = nl + 1) {
		char *tab = strchr(p, '\t');
		nl = strchr(p, '\n');
		ck_assert(tab && nl && tab < nl);
		*tab = *nl = '\0';
		g->u[0][g->n] = p;
		g->u[1][g->n++] = tab + 1;
	}
	ck_assert_uint_ge(g->n, 40);
}

/* The units of one side, one per line, with `sep` (a blank line, "<p>")
 * before unit `brk` (0: none). */
static char *gold_lines(const gold *g, int side, size_t brk, const char *sep)
{
	size_t i, cap = 16;
	char *t;
	for (i = 0; i < g->n; i++)
		cap += strlen(g->u[side][i]) + strlen(sep) + 2;
	t = calloc(1, cap);
	for (i = 0; i < g->n; i++) {
		if (brk && i == brk)
			strcat(strcat(t, sep), "\n");
		strcat(strcat(t, g->u[side][i]), "\n");
	}
	return t;
}

/* Prose hard-wrapped as Python's textwrap.fill(width=72) does: words
 * joined by single spaces, a line broken before the word that would pass
 * the width (counted in code points). */
static char *wrap72(const char *text)
{
	size_t cap = strlen(text) * 2 + 16, o = 0, col = 0;
	char *out = calloc(1, cap), *copy = strdup(text), *save = NULL, *w;
	const char *para = copy;
	char *next;
	for (; para; para = next) {
		next = strstr(para, "\n\n");
		if (next) {
			*next = '\0';
			next += 2;
		}
		col = 0;
		for (w = strtok_r((char *)para, " \n", &save); w; w = strtok_r(NULL, " \n", &save)) {
			size_t cps = 0, k;
			for (k = 0; w[k]; k++)
				cps += ((unsigned char)w[k] & 0xC0) != 0x80;
			if (col && col + 1 + cps > 72) {
				out[o++] = '\n';
				col = 0;
			} else if (col) {
				out[o++] = ' ';
				col++;
			}
			memcpy(out + o, w, strlen(w));
			o += strlen(w);
			col += cps;
		}
		if (col)
			out[o++] = '\n';
		if (next)
			out[o++] = '\n';
	}
	free(copy);
	return out;
}

START_TEST(test_lines_one_sentence_each)
{
	gold g;
	vietalign_doc *d = NULL;
	vietalign_aligner *a = NULL;
	vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
	char *t;
	size_t i;
	gold_read(&g);
	t = gold_lines(&g, 0, 0, "");
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_int_eq(vietalign_doc_new_lines(&d, a, t, strlen(t), VIETALIGN_LANG_VI), 0);
	/* one sentence per unit, even "Getty Images" and units of two
	 * sentences, which prose reading would join or split */
	ck_assert_uint_eq(vietalign_doc_sentence_count(d), g.n);
	ck_assert_uint_eq(vietalign_doc_paragraph_count(d), 1);
	for (i = 0; i < g.n; i++) {
		vietalign_doc_sentence(&s, d, i);
		ck_assert_uint_eq(s.length, strlen(g.u[0][i]));
		ck_assert(memcmp(t + s.offset, g.u[0][i], s.length) == 0);
	}
	vietalign_doc_free(d);
	vietalign_aligner_free(a);
	free(t);
	free(g.buf);
}
END_TEST

START_TEST(test_lines_paragraph_marks)
{
	gold g;
	vietalign_doc *d = NULL;
	vietalign_aligner *a = NULL;
	vietalign_paragraph p = VIETALIGN_PARAGRAPH_INIT;
	vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
	char *blank, *mark;
	gold_read(&g);
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	blank = gold_lines(&g, 1, 5, "  \t");
	mark = gold_lines(&g, 1, 5, "<p>");
	ck_assert_int_eq(vietalign_doc_new_lines(&d, a, blank, strlen(blank), VIETALIGN_LANG_EN), 0);
	ck_assert_uint_eq(vietalign_doc_sentence_count(d), g.n);
	ck_assert_uint_eq(vietalign_doc_paragraph_count(d), 2);
	vietalign_doc_paragraph(&p, d, 1);
	ck_assert_uint_eq(p.first_sentence, 5);
	ck_assert_uint_eq(p.sentence_count, g.n - 5);
	vietalign_doc_free(d);
	ck_assert_int_eq(vietalign_doc_new_lines(&d, a, mark, strlen(mark), VIETALIGN_LANG_EN), 0);
	ck_assert_uint_eq(vietalign_doc_sentence_count(d), g.n); /* <p> is no sentence */
	ck_assert_uint_eq(vietalign_doc_paragraph_count(d), 2);
	vietalign_doc_sentence(&s, d, 5);
	ck_assert_uint_eq(s.paragraph, 1);
	ck_assert_str_eq(s.text, g.u[1][5]);
	vietalign_doc_free(d);
	vietalign_aligner_free(a);
	free(blank);
	free(mark);
	free(g.buf);
}
END_TEST

START_TEST(test_segments_array)
{
	gold g;
	vietalign_aligner *a = NULL;
	vietalign_doc *d = NULL;
	vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
	const char *segs[MAXU + 2];
	size_t i, n = 0, off = 0;
	char joined[] = "Cổ phiếu của Nvidia đã giảm mạnh.\nGetty Images";
	gold_read(&g);
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	for (i = 0; i < 10; i++)
		segs[n++] = g.u[0][i];
	segs[n++] = "";     /* a paragraph break */
	segs[n++] = joined; /* a line break inside: still one segment */
	ck_assert_int_eq(vietalign_doc_new_segments(&d, a, segs, NULL, n, VIETALIGN_LANG_VI), 0);
	ck_assert_uint_eq(vietalign_doc_sentence_count(d), 11);
	ck_assert_uint_eq(vietalign_doc_paragraph_count(d), 2);
	for (i = 0; i < 10; i++) {
		vietalign_doc_sentence(&s, d, i);
		ck_assert_uint_eq(s.offset, off);
		ck_assert_uint_eq(s.length, strlen(segs[i]));
		off += strlen(segs[i]) + 1;
	}
	vietalign_doc_sentence(&s, d, 10);
	ck_assert_uint_eq(s.offset, off + 1); /* after the empty segment's '\n' */
	ck_assert_uint_eq(s.paragraph, 1);
	ck_assert_str_eq(s.text, "Cổ phiếu của Nvidia đã giảm mạnh. Getty Images");
	vietalign_doc_free(d);
	/* a bad segment is named */
	segs[3] = "Nvidia \xC3\x28";
	ck_assert_int_eq(vietalign_doc_new_segments(&d, a, segs, NULL, n, VIETALIGN_LANG_VI), VIETALIGN_EUTF8);
	ck_assert_ptr_null(d);
	ck_assert_ptr_nonnull(strstr(vietalign_aligner_last_error(a), "segment 3"));
	segs[0] = segs[1] = "";
	ck_assert_int_eq(vietalign_doc_new_segments(&d, a, segs, NULL, 2, VIETALIGN_LANG_VI), VIETALIGN_EEMPTY);
	vietalign_aligner_free(a);
	free(g.buf);
}
END_TEST

START_TEST(test_detect_lines_against_prose)
{
	gold g;
	char *lines, *vi, *wrapped;
	size_t len;
	gold_read(&g);
	lines = gold_lines(&g, 0, 0, "");
	vi = read_file("corpus/deepseek.vi.txt", &len);
	ck_assert_ptr_nonnull(vi);
	wrapped = wrap72(vi);
	ck_assert_int_eq(vietalign_text_is_line_segmented(lines, strlen(lines)), 1);
	/* prose with a blank line between paragraphs: not lines */
	ck_assert_int_eq(vietalign_text_is_line_segmented(vi, len), 0);
	/* the same prose hard-wrapped at 72 columns: lines cut mid-sentence */
	ck_assert_ptr_nonnull(strchr(wrapped, '\n'));
	ck_assert_int_eq(vietalign_text_is_line_segmented(wrapped, strlen(wrapped)), 0);
	free(lines);
	free(vi);
	free(wrapped);
	free(g.buf);
}
END_TEST

/* Units one per line on both sides align unit for unit. */
START_TEST(test_lines_align_to_gold)
{
	gold g;
	vietalign_aligner *a = NULL;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	size_t i, right = 0;
	char *tv, *te;
	gold_read(&g);
	tv = gold_lines(&g, 0, 0, "");
	te = gold_lines(&g, 1, 0, "");
	ck_assert_int_eq(vietalign_aligner_new(&a, NULL), 0);
	ck_assert_int_eq(vietalign_doc_new_lines(&vi, a, tv, strlen(tv), VIETALIGN_LANG_VI), 0);
	ck_assert_int_eq(vietalign_doc_new_lines(&en, a, te, strlen(te), VIETALIGN_LANG_EN), 0);
	ck_assert_int_eq(vietalign_align(&al, a, vi, en), 0);
	for (i = 0; i < vietalign_alignment_bead_count(al); i++) {
		vietalign_bead b = VIETALIGN_BEAD_INIT;
		vietalign_alignment_bead(&b, al, i);
		right += b.vi_count == 1 && b.en_count == 1 && b.vi_first == b.en_first;
	}
	ck_assert_uint_ge(right, g.n - 1);
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(a);
	free(tv);
	free(te);
	free(g.buf);
}
END_TEST

static Suite *presplit_suite(void)
{
	Suite *s = suite_create("presplit");
	TCase *t = tcase_create("presplit");
	tcase_add_test(t, test_lines_one_sentence_each);
	tcase_add_test(t, test_lines_paragraph_marks);
	tcase_add_test(t, test_segments_array);
	tcase_add_test(t, test_detect_lines_against_prose);
	tcase_add_test(t, test_lines_align_to_gold);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(presplit_suite());
}
