/* html.c - `check --html`: one self-contained page a reviewer opens
 * in a browser. */
#include <stdio.h>
#include "cli.h"
#include "report/html.h"

#define PLOT 420 /* the SVG plot's size in pixels */

static void head(FILE *f, const char *vi_path, const char *en_path)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>vietalign check: ", f);
	cli_html_escape(f, vi_path);
	fputs(" / ", f);
	cli_html_escape(f, en_path);
	fputs("</title>\n<style>\n"
	      "body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#222}\n"
	      "h1{font-size:20px} table{border-collapse:collapse;width:100%}\n"
	      "td,th{border-bottom:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}\n"
	      "td.s{width:4em;color:#666;font-variant-numeric:tabular-nums}\n"
	      "tr.omission td,tr.addition td{background:#fde2e2} tr.mismatch td{background:#fff3c4}\n"
	      "tr.low td{background:#ece4fb} .k{font-weight:600} .wrap{display:flex;gap:32px;flex-wrap:wrap}\n"
	      "svg{border:1px solid #ccc;background:#fafafa}\n"
	      "</style></head><body>\n", f);
	fputs("<h1>vietalign check</h1>\n<p>Vietnamese: <b>", f);
	cli_html_escape(f, vi_path);
	fputs("</b> &middot; English: <b>", f);
	cli_html_escape(f, en_path);
	fputs("</b></p>\n", f);
}

/* The alignment path: one segment per bead from its start to its end in
 * (Vietnamese, English) sentence positions; one-sided beads in red, pairs
 * scoring below 0.5 in purple. */
static void plot(FILE *f, const vietalign_alignment *al)
{
	size_t nv = vietalign_doc_sentence_count(vietalign_alignment_vi(al));
	size_t ne = vietalign_doc_sentence_count(vietalign_alignment_en(al)), i;
	double sx = (double)(PLOT - 40) / (double)(nv ? nv : 1), sy = (double)(PLOT - 40) / (double)(ne ? ne : 1);
	fprintf(f, "<svg id=\"path\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
	           "aria-label=\"alignment path\">\n", PLOT, PLOT, PLOT, PLOT);
	fprintf(f, "<line x1=\"30\" y1=\"10\" x2=\"30\" y2=\"%d\" stroke=\"#888\"/><line x1=\"30\" y1=\"%d\" "
	           "x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>\n", PLOT - 10, PLOT - 10, PLOT - 10, PLOT - 10);
	fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">Vietnamese sentence &#8594;</text>\n",
	        PLOT - 10, PLOT - 14);
	fprintf(f, "<text x=\"14\" y=\"20\" font-size=\"11\" transform=\"rotate(90 14 20)\">English sentence "
	           "&#8594;</text>\n");
	for (i = 0; i < vietalign_alignment_bead_count(al); i++) {
		vietalign_bead b;
		const char *color;
		vietalign_alignment_bead(&b, al, i);
		color = (!b.vi_count || !b.en_count) ? "#d62728" : b.score < 0.5 ? "#7b3fd1" : "#1f77b4";
		fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\">"
		           "<title>bead %zu: %zu-%zu, score %.2f</title></line>\n",
		        30 + sx * (double)b.vi_first, 10 + sy * (double)b.en_first,
		        30 + sx * (double)(b.vi_first + b.vi_count), 10 + sy * (double)(b.en_first + b.en_count), color,
		        (!b.vi_count || !b.en_count || b.score < 0.5) ? 4 : 2, i, b.vi_count, b.en_count, b.score);
	}
	fputs("</svg>\n", f);
}

static void findings(FILE *f, const finding *found, size_t n, const char *vi_path, const char *en_path)
{
	size_t i;
	fprintf(f, "<div><h2>%zu problem(s)</h2>\n<table id=\"problems\"><tr><th>kind</th><th>where</th>"
	           "<th>detail</th></tr>\n", n);
	for (i = 0; i < n; i++) {
		fprintf(f, "<tr><td class=\"k\"><a href=\"#b%zu\">%s</a></td><td>", found[i].bead, found[i].kind);
		cli_html_escape(f, found[i].side == VIETALIGN_LANG_VI ? vi_path : en_path);
		fprintf(f, ":%zu:%zu</td><td>", found[i].line, found[i].column);
		cli_html_escape(f, found[i].detail);
		fputs("</td></tr>\n", f);
	}
	fputs("</table></div>\n", f);
}

static void side_text(FILE *f, const vietalign_doc *d, size_t first, size_t count)
{
	size_t k;
	for (k = 0; k < count; k++) {
		vietalign_sentence s;
		vietalign_doc_sentence(&s, d, first + k);
		if (k)
			fputc(' ', f);
		cli_html_escape(f, s.text);
	}
}

/* The class of a bead's row: its worst problem. */
static const char *row_class(const vietalign_bead *b, size_t i, const finding *found, size_t n)
{
	size_t k;
	if (!b->vi_count)
		return "addition";
	if (!b->en_count)
		return "omission";
	for (k = 0; k < n; k++)
		if (found[k].bead == i)
			return "mismatch";
	return b->score < 0.5 ? "low" : "";
}

static void texts(FILE *f, const vietalign_alignment *al, const finding *found, size_t n)
{
	size_t i;
	fputs("<h2>The two texts, bead by bead</h2>\n<table id=\"texts\"><tr><th>#</th><th>Vietnamese</th>"
	      "<th>English</th><th>score</th></tr>\n", f);
	for (i = 0; i < vietalign_alignment_bead_count(al); i++) {
		vietalign_bead b;
		vietalign_alignment_bead(&b, al, i);
		fprintf(f, "<tr id=\"b%zu\" class=\"%s\"><td class=\"s\">%zu</td><td>", i, row_class(&b, i, found, n), i);
		side_text(f, vietalign_alignment_vi(al), b.vi_first, b.vi_count);
		fputs("</td><td>", f);
		side_text(f, vietalign_alignment_en(al), b.en_first, b.en_count);
		fprintf(f, "</td><td class=\"s\">%.2f</td></tr>\n", b.score);
	}
	fputs("</table>\n</body></html>\n", f);
}

int html_write(const char *path, const vietalign_alignment *al, const char *vi_path, const char *en_path,
               const finding *found, size_t nfound)
{
	cli_out out;
	FILE *f;
	if (cli_out_open(&out, path, 0))
		return 1;
	f = out.f;
	head(f, vi_path, en_path);
	fputs("<div class=\"wrap\">\n", f);
	plot(f, al);
	findings(f, found, nfound, vi_path, en_path);
	fputs("</div>\n", f);
	texts(f, al, found, nfound);
	return cli_out_commit(&out); /* checks the stream's errors, then renames */
}
