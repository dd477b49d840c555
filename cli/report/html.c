/* html.c - `check --html`: one self-contained page a reviewer opens
 * in a browser. */
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "report/html.h"

#define PLOT 440 /* the SVG plot's size in pixels */
#define M 44     /* its margin, for the axes' ticks and labels */

static const char *const legend[][2] = {
	{"omission", "a sentence of the original with no translation"},
	{"addition", "a sentence of the translation with no original"},
	{"number", "a number that differs between the two sides"},
	{"name", "a name that differs"},
	{"identifier", "a URL, file name or identifier that differs"},
	{"untranslated", "English left in the Vietnamese"},
	{"length", "a pair far longer or shorter than the rest"},
	{"term", "a glossary term not translated as the glossary says"},
	{"forbidden-term", "a term the glossary forbids"},
	{"inconsistent", "one sentence translated two ways, or two with one translation"},
	{"punctuation", "final punctuation that differs"},
	{"quotes", "quotes or brackets unpaired on one side"},
	{"spaces", "double, leading or trailing spaces"},
	{"repeated-word", "a word written twice in a row"},
};

static void head(FILE *f, const finding_files *files)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>vietalign check: ", f);
	cli_html_escape(f, files->vi_path);
	fputs(" / ", f);
	cli_html_escape(f, files->en_path);
	fputs("</title>\n<style>\n"
	      "body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#222}\n"
	      "h1{font-size:20px} table{border-collapse:collapse;width:100%}\n"
	      "td,th{border-bottom:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}\n"
	      "td.s{width:4em;color:#666;font-variant-numeric:tabular-nums}\n"
	      "tr.omission td,tr.addition td{background:#fde2e2} tr.mismatch td{background:#fff3c4}\n"
	      "tr.low td{background:#ece4fb} .k{font-weight:600} .wrap{display:flex;gap:32px;flex-wrap:wrap}\n"
	      "mark{background:#ffd54f;border-bottom:2px solid #e65100;padding:0 1px}\n"
	      "tr.current td{outline:2px solid #1565c0} svg{border:1px solid #ccc;background:#fafafa}\n"
	      "dl#legend{display:grid;grid-template-columns:max-content auto;gap:2px 12px;margin:0}\n"
	      "dl#legend dt{font-weight:600}\n"
	      "</style></head><body>\n",
	      f);
	fputs("<h1>vietalign check</h1>\n<p>Vietnamese: <b>", f);
	cli_html_escape(f, files->vi_path);
	fputs("</b> &middot; English: <b>", f);
	cli_html_escape(f, files->en_path);
	fputs("</b> &middot; keys: <kbd>j</kbd> next finding, <kbd>k</kbd> previous</p>\n", f);
}

/* The counts per kind, then what each kind means. */
static void summary(FILE *f, const vietalign_findings *found, const size_t *shown, size_t n)
{
	size_t k, i;
	fputs("<div><h2>Counts</h2>\n<table id=\"counts\"><tr><th>kind</th><th>findings</th></tr>\n", f);
	for (k = 0; k < sizeof legend / sizeof *legend; k++) {
		size_t c = 0;
		for (i = 0; i < n; i++)
			c += strcmp(vietalign_findings_get(found, shown[i])->kind, legend[k][0]) == 0;
		if (c)
			fprintf(f, "<tr><td class=\"k\">%s</td><td>%zu</td></tr>\n", legend[k][0], c);
	}
	fprintf(f, "<tr><td class=\"k\">all</td><td id=\"total\">%zu</td></tr></table>\n", n);
	fputs("<h2>Legend</h2>\n<dl id=\"legend\">\n", f);
	for (k = 0; k < sizeof legend / sizeof *legend; k++)
		fprintf(f, "<dt>%s</dt><dd>%s</dd>\n", legend[k][0], legend[k][1]);
	fputs("<dt><mark>item</mark></dt><dd>the item a finding is about, marked in its sentence</dd>\n"
	      "<dt style=\"color:#d62728\">red path</dt><dd>sentences of one side only</dd>\n"
	      "<dt style=\"color:#7b3fd1\">purple path</dt><dd>pairs scoring below 0.5</dd>\n</dl></div>\n",
	      f);
}

static void ticks(FILE *f, size_t n, double scale, int vertical)
{
	size_t step = n <= 10 ? 1 : n <= 50 ? 5 : n <= 100 ? 10 : n <= 500 ? 50 : n <= 1000 ? 100 : 500, t;
	for (t = 0; t <= n; t += step) {
		double p = M + scale * (double)t;
		if (vertical)
			fprintf(f,
			        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\"/><text x=\"%d\" y=\"%.1f\" "
			        "font-size=\"10\" text-anchor=\"end\">%zu</text>\n",
			        M - 4, p, M, p, M - 6, p + 3, t);
		else
			fprintf(f,
			        "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\"/><text x=\"%.1f\" y=\"%d\" "
			        "font-size=\"10\" text-anchor=\"middle\">%zu</text>\n",
			        p, M - 4, p, M, p, M - 8, t);
	}
}

/* The alignment path: one segment per bead in (Vietnamese, English)
 * sentence positions, with both axes numbered; one-sided beads in red,
 * pairs scoring below 0.5 in purple. */
static void plot(FILE *f, const vietalign_alignment *al)
{
	size_t nv = vietalign_doc_sentence_count(vietalign_alignment_vi(al));
	size_t ne = vietalign_doc_sentence_count(vietalign_alignment_en(al)), i;
	double sx = (double)(PLOT - M - 10) / (double)(nv ? nv : 1),
	       sy = (double)(PLOT - M - 10) / (double)(ne ? ne : 1);
	fprintf(f,
	        "<svg id=\"path\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
	        "aria-label=\"alignment path\">\n",
	        PLOT, PLOT, PLOT, PLOT);
	fprintf(f,
	        "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>"
	        "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>\n",
	        M, M, PLOT - 10, M, M, M, M, PLOT - 10);
	ticks(f, nv, sx, 0);
	ticks(f, ne, sy, 1);
	fprintf(f,
	        "<text x=\"%d\" y=\"14\" font-size=\"11\" text-anchor=\"middle\">Vietnamese sentence &#8594;</text>\n",
	        (PLOT + M) / 2);
	fprintf(f,
	        "<text x=\"12\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 12 %d)\">"
	        "&#8592; English sentence</text>\n",
	        (PLOT + M) / 2, (PLOT + M) / 2);
	for (i = 0; i < vietalign_alignment_bead_count(al); i++) {
		vietalign_bead b = VIETALIGN_BEAD_INIT;
		int one_sided;
		vietalign_alignment_bead(&b, al, i);
		one_sided = !b.vi_count || !b.en_count;
		fprintf(f,
		        "<a href=\"#b%zu\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
		        "stroke-width=\"%d\"><title>bead %zu: %zu-%zu",
		        i, M + sx * (double)b.vi_first, M + sy * (double)b.en_first,
		        M + sx * (double)(b.vi_first + b.vi_count), M + sy * (double)(b.en_first + b.en_count),
		        one_sided       ? "#d62728"
		        : b.score < 0.5 ? "#7b3fd1"
		                        : "#1f77b4",
		        (one_sided || b.score < 0.5) ? 4 : 2, i, b.vi_count, b.en_count);
		if (!one_sided)
			fprintf(f, ", score %.2f", b.score);
		fputs("</title></line></a>\n", f);
	}
	fputs("</svg>\n", f);
}

static void findings(FILE *f, const vietalign_findings *found, const size_t *shown, size_t n,
                     const finding_files *files)
{
	size_t i;
	fprintf(f,
	        "<div><h2>%zu problem(s)</h2>\n<table id=\"problems\"><tr><th>kind</th><th>severity</th>"
	        "<th>Vietnamese</th><th>English</th><th>detail</th></tr>\n",
	        n);
	for (i = 0; i < n; i++) {
		const vietalign_finding *x = vietalign_findings_get(found, shown[i]);
		size_t vl, vc, el, ec;
		finding_line_col(files->vi_text, x->vi.offset, &vl, &vc);
		finding_line_col(files->en_text, x->en.offset, &el, &ec);
		fprintf(f,
		        "<tr class=\"finding\" id=\"f%zu\" data-bead=\"%zu\"><td class=\"k\"><a href=\"#b%zu\">%s</a></td>"
		        "<td>%s</td><td>",
		        i, x->bead, x->bead, x->kind, finding_severity_name(x->severity));
		cli_html_escape(f, files->vi_path);
		fprintf(f, ":%zu:%zu</td><td>", vl, vc);
		cli_html_escape(f, files->en_path);
		fprintf(f, ":%zu:%zu</td><td>", el, ec);
		cli_html_escape(f, x->message);
		fputs("</td></tr>\n", f);
	}
	fputs("</table></div>\n", f);
}

/* Sentence s of one side, with the findings' items on it marked. */
static void sentence_html(FILE *f, const char *text, size_t s, int vi, const vietalign_findings *found,
                          const size_t *shown, size_t n)
{
	size_t pos = 0, i;
	for (;;) {
		const char *best = NULL;
		const char *kind = NULL;
		size_t blen = 0;
		for (i = 0; i < n; i++) {
			const vietalign_finding *x = vietalign_findings_get(found, shown[i]);
			const vietalign_finding_side *sd = vi ? &x->vi : &x->en;
			const char *hit;
			if (!sd->present || sd->sentence != s || !*sd->item)
				continue;
			hit = strstr(text + pos, sd->item);
			if (hit && (!best || hit < best)) {
				best = hit;
				blen = strlen(sd->item);
				kind = x->kind;
			}
		}
		if (!best)
			break;
		cli_html_escape_n(f, text + pos, (size_t)(best - (text + pos)));
		fprintf(f, "<mark class=\"%s\" title=\"%s\">", kind, kind);
		cli_html_escape_n(f, best, blen);
		fputs("</mark>", f);
		pos = (size_t)(best - text) + blen;
	}
	cli_html_escape(f, text + pos);
}

static void side_text(FILE *f, const vietalign_doc *d, size_t first, size_t count, int vi,
                      const vietalign_findings *found, const size_t *shown, size_t n)
{
	size_t k;
	for (k = 0; k < count; k++) {
		vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
		vietalign_doc_sentence(&s, d, first + k);
		if (k)
			fputc(' ', f);
		sentence_html(f, s.text, first + k, vi, found, shown, n);
	}
}

/* The class of a bead's row: its worst problem. */
static const char *row_class(const vietalign_bead *b, size_t i, const vietalign_findings *found, const size_t *shown,
                             size_t n)
{
	size_t k;
	if (!b->vi_count)
		return "addition";
	if (!b->en_count)
		return "omission";
	for (k = 0; k < n; k++)
		if (vietalign_findings_get(found, shown[k])->bead == i)
			return "mismatch";
	return b->score < 0.5 ? "low" : "";
}

static void texts(FILE *f, const vietalign_alignment *al, const vietalign_findings *found, const size_t *shown,
                  size_t n)
{
	size_t i;
	fputs("<h2>The two texts, bead by bead</h2>\n<table id=\"texts\"><tr><th>#</th><th>Vietnamese</th>"
	      "<th>English</th><th>score</th></tr>\n",
	      f);
	for (i = 0; i < vietalign_alignment_bead_count(al); i++) {
		vietalign_bead b = VIETALIGN_BEAD_INIT;
		vietalign_alignment_bead(&b, al, i);
		fprintf(f, "<tr id=\"b%zu\" class=\"%s\"><td class=\"s\">%zu</td><td>", i,
		        row_class(&b, i, found, shown, n), i);
		side_text(f, vietalign_alignment_vi(al), b.vi_first, b.vi_count, 1, found, shown, n);
		fputs("</td><td>", f);
		side_text(f, vietalign_alignment_en(al), b.en_first, b.en_count, 0, found, shown, n);
		/* a one-sided bead's score says nothing of the translation */
		if (!b.vi_count || !b.en_count)
			fputs("</td><td class=\"s\">&ndash;</td></tr>\n", f);
		else
			fprintf(f, "</td><td class=\"s\">%.2f</td></tr>\n", b.score);
	}
	fputs("</table>\n", f);
}

/* j and k: the next and previous finding, its row and bead in view. */
static void keys(FILE *f)
{
	fputs("<script>\n(function(){\n"
	      "var rows=[].slice.call(document.querySelectorAll('tr.finding')),cur=-1;\n"
	      "function go(i){if(!rows.length)return;if(cur>=0){rows[cur].classList.remove('current');"
	      "var o=document.getElementById('b'+rows[cur].dataset.bead);if(o)o.classList.remove('current');}\n"
	      "cur=(i+rows.length)%rows.length;rows[cur].classList.add('current');"
	      "var b=document.getElementById('b'+rows[cur].dataset.bead);if(b){b.classList.add('current');"
	      "b.scrollIntoView({block:'center'});}document.body.dataset.current=String(cur);}\n"
	      "document.addEventListener('keydown',function(e){if(e.target.tagName==='INPUT')return;"
	      "if(e.key==='j')go(cur+1);else if(e.key==='k')go(cur<0?rows.length-1:cur-1);});\n"
	      "})();\n</script>\n</body></html>\n",
	      f);
}

int html_write(const char *path, const vietalign_alignment *al, const finding_files *files,
               const vietalign_findings *found, const size_t *shown, size_t nshown)
{
	cli_out out;
	FILE *f;
	if (cli_out_open(&out, path, 0))
		return 1;
	f = out.f;
	head(f, files);
	fputs("<div class=\"wrap\">\n", f);
	plot(f, al);
	summary(f, found, shown, nshown);
	findings(f, found, shown, nshown, files);
	fputs("</div>\n", f);
	texts(f, al, found, shown, nshown);
	keys(f);
	return cli_out_commit(&out); /* checks the stream's errors, then renames */
}
