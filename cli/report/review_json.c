/* review_json.c - the alignment as JSON for the review page. */
#include "report/review_json.h"

void review_json_string(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	fputc('"', f);
	for (; *p; p++) {
		if (*p == '"' || *p == '\\') {
			fputc('\\', f);
			fputc(*p, f);
		} else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&') {
			fprintf(f, "\\u%04x", *p);
		} else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
			fprintf(f, "\\u%04x", p[2] == 0xA8 ? 0x2028 : 0x2029);
			p += 2;
		} else {
			fputc(*p, f);
		}
	}
	fputc('"', f);
}

/* A score in ten-thousandths, rounded as the library's writers print it:
 * an integer, so that no locale can turn the point into a comma. */
static long score_units(double score)
{
	if (!(score >= 0.0)) /* also NaN */
		return 0;
	return score > 1.0 ? 10000 : (long)(score * 10000.0 + 0.5);
}

static void sentences(FILE *f, const char *name, const vietalign_doc *d)
{
	size_t i, n = vietalign_doc_sentence_count(d);
	fprintf(f, ",\n\"%s\":[", name);
	for (i = 0; i < n; i++) {
		vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
		vietalign_doc_sentence(&s, d, i);
		if (i)
			fputs(",\n", f);
		review_json_string(f, s.text);
	}
	fputc(']', f);
}

/* The last of a bead's numbers is 1 when its score is below --min-score,
 * compared as the library's writers do, before any rounding. */
static void beads(FILE *f, const vietalign_alignment *al, double min_score)
{
	size_t i, n = vietalign_alignment_bead_count(al);
	fputs(",\n\"beads\":[", f);
	for (i = 0; i < n; i++) {
		vietalign_bead b = VIETALIGN_BEAD_INIT;
		vietalign_alignment_bead(&b, al, i);
		fprintf(f, "%s[%zu,%zu,%zu,%zu,%ld,%d]", i ? ",\n" : "", b.vi_first, b.vi_count, b.en_first, b.en_count,
		        score_units(b.score), b.score < min_score);
	}
	fputc(']', f);
}

void review_json_write(FILE *f, const vietalign_alignment *al, const review_page *p)
{
	fputs("{\"tool\":\"vietalign\",\"version\":", f);
	review_json_string(f, vietalign_version());
	fputs(",\"vi_path\":", f);
	review_json_string(f, p->vi_path);
	fputs(",\"en_path\":", f);
	review_json_string(f, p->en_path);
	fputs(",\"save_name\":", f);
	review_json_string(f, p->save_name);
	fprintf(f,
	        ",\"srclang\":\"%s\",\"one_sided\":%s,\"min_score\":%ld,\"parallelism\":%ld,\"parallel\":%s,"
	        "\"parallel_threshold\":%ld",
	        vietalign_lang_code(p->srclang), p->one_sided ? "true" : "false", score_units(p->min_score),
	        score_units(vietalign_alignment_parallelism(al)), p->parallel ? "true" : "false",
	        score_units(p->parallel_threshold));
	sentences(f, "vi", vietalign_alignment_vi(al));
	sentences(f, "en", vietalign_alignment_en(al));
	beads(f, al, p->min_score);
	fputs("}\n", f);
}
