/* jsonl.c - JSON Lines output: one object per bead, with what its score
 * is made of when asked (the write options' explain). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "write/write.h"
#include "anchors/anchors.h"

/* Writes a JSON string: quote and backslash escaped, control characters as
 * \u00XX; other UTF-8 passes through unchanged (JSON allows it). */
static void write_string(vta_sink *sink, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, start = 0;
	vta_sink_putc(sink, '"');
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[7];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		vta_sink_write(sink, s + start, i - start);
		if (c == '"' || c == '\\') {
			esc[0] = '\\', esc[1] = (char)c, esc[2] = '\0';
		} else {
			snprintf(esc, sizeof esc, "\\u00%c%c", hex[c >> 4], hex[c & 0xF]);
		}
		vta_sink_puts(sink, esc);
		start = i + 1;
	}
	vta_sink_write(sink, s + start, len - start);
	vta_sink_putc(sink, '"');
}

/* Writes the sentence indices [first, first + count) as a JSON array. */
static void write_indices(vta_sink *sink, size_t first, size_t count)
{
	char buf[32];
	size_t i;
	vta_sink_putc(sink, '[');
	for (i = 0; i < count; i++) {
		snprintf(buf, sizeof buf, i ? ",%zu" : "%zu", first + i);
		vta_sink_puts(sink, buf);
	}
	vta_sink_putc(sink, ']');
}

/* ,"key":number with three decimals */
static void write_fixed(vta_sink *sink, const char *key, double x)
{
	char buf[32];
	vta_format_fixed(buf, sizeof buf, x);
	vta_sink_puts(sink, ",\"");
	vta_sink_puts(sink, key);
	vta_sink_puts(sink, "\":");
	vta_sink_puts(sink, buf);
}

static const char *kind_name(unsigned kind)
{
	switch (kind) {
	case VIETALIGN_ANCHOR_NUMBERS: return "number";
	case VIETALIGN_ANCHOR_NAMES: return "name";
	case VIETALIGN_ANCHOR_PUNCT: return "punct";
	case VIETALIGN_ANCHOR_WORDS: return "word";
	case VIETALIGN_ANCHOR_LEXICON: return "lexicon";
	default: return "other";
	}
}

/* The anchor's text as its sentence writes it. */
static void write_anchor_text(vta_sink *sink, const vietalign_doc *d, const vietalign_anchor *a)
{
	const vta_sentence *s = &d->sents[a->sentence];
	size_t off = a->offset < s->text_length ? a->offset : s->text_length;
	size_t len = a->length < s->text_length - off ? a->length : s->text_length - off;
	write_string(sink, s->text + off, len);
}

/* The anchor's key, what it matches by ("65000000000" for "65 tỷ"). */
static void write_anchor_key(vta_sink *sink, const vietalign_anchor *a)
{
	const char *v = a->value ? a->value : "";
	vta_sink_puts(sink, ",\"key\":");
	write_string(sink, v, strlen(v));
}

/* "matched":[{"kind","vi","en","key"}...],
 * "missed":[{"kind","lang","text","key"}...] and "lexical": the matches
 * of the word tables (translation evidence beyond what both languages
 * write alike), as counted in the score parts. */
static void write_anchors(vta_sink *sink, const vietalign_alignment *al, const vta_anchor_line *m, size_t n,
                          size_t lexical)
{
	size_t x;
	int first = 1;
	char buf[32];
	vta_sink_puts(sink, ",\"matched\":[");
	for (x = 0; x < n; x++)
		if (m[x].vi.kind && m[x].en.kind) {
			vta_sink_puts(sink, first ? "{\"kind\":" : ",{\"kind\":");
			write_string(sink, kind_name(m[x].vi.kind), strlen(kind_name(m[x].vi.kind)));
			vta_sink_puts(sink, ",\"vi\":");
			write_anchor_text(sink, al->vi, &m[x].vi);
			vta_sink_puts(sink, ",\"en\":");
			write_anchor_text(sink, al->en, &m[x].en);
			write_anchor_key(sink, &m[x].vi);
			vta_sink_putc(sink, '}');
			first = 0;
		}
	vta_sink_puts(sink, "],\"missed\":[");
	first = 1;
	for (x = 0; x < n; x++)
		if (!m[x].vi.kind != !m[x].en.kind) {
			const vietalign_anchor *a = m[x].vi.kind ? &m[x].vi : &m[x].en;
			vta_sink_puts(sink, first ? "{\"kind\":" : ",{\"kind\":");
			write_string(sink, kind_name(a->kind), strlen(kind_name(a->kind)));
			vta_sink_puts(sink, m[x].vi.kind ? ",\"lang\":\"vi\",\"text\":" : ",\"lang\":\"en\",\"text\":");
			write_anchor_text(sink, m[x].vi.kind ? al->vi : al->en, a);
			write_anchor_key(sink, a);
			vta_sink_putc(sink, '}');
			first = 0;
		}
	snprintf(buf, sizeof buf, "],\"lexical\":%zu", lexical);
	vta_sink_puts(sink, buf);
}

/* ,"key":{"name":x,...} over the calibration's features: f[k] times
 * scale[k] (the features themselves with scale NULL). */
static void write_features(vta_sink *sink, const char *key, const double *f, const double *scale)
{
	char buf[32];
	int k;
	vta_sink_puts(sink, ",\"");
	vta_sink_puts(sink, key);
	vta_sink_puts(sink, "\":{");
	for (k = 0; k < VTA_NFEATS; k++) {
		vta_format_fixed(buf, sizeof buf, scale ? scale[k] * f[k] : f[k]);
		vta_sink_puts(sink, k ? ",\"" : "\"");
		vta_sink_puts(sink, vta_feature_name(k));
		vta_sink_puts(sink, "\":");
		vta_sink_puts(sink, buf);
	}
	vta_sink_putc(sink, '}');
}

/* The "explain" object of bead i: the terms of its cost, its posterior,
 * its calibration features and what each adds to the logit of its score
 * (score = 1 / (1 + e^-logit), logit = intercept + the sum of "terms"),
 * and its anchors: the score parts (explain.c) spelled out. */
static int write_explain(vta_sink *sink, const vietalign_alignment *al, size_t i)
{
	const vta_bead *b = &al->beads[i];
	vietalign_score_parts p;
	vta_anchor_line *m = NULL;
	size_t n = 0;
	double f[VTA_NFEATS];
	char buf[64];
	int rc = vta_score_parts(&p, &m, &n, al, i);
	if (rc)
		return rc;
	snprintf(buf, sizeof buf, ",\"explain\":{\"shape\":\"%zu-%zu\"", b->vi_count, b->en_count);
	vta_sink_puts(sink, buf);
	vta_format_score(buf, sizeof buf, p.posterior);
	vta_sink_puts(sink, ",\"posterior\":");
	vta_sink_puts(sink, buf);
	write_fixed(sink, "prior", p.prior);
	write_fixed(sink, "length", p.length);
	write_fixed(sink, "anchors", p.anchors);
	write_fixed(sink, "paragraph", p.paragraph);
	if (p.cut)
		vta_sink_puts(sink, ",\"cut\":true");
	write_anchors(sink, al, m, n, p.lexical);
	free(m);
	if (p.calibrated && vta_score_features(f, al, i)) {
		vta_sink_puts(sink, p.next_to_omission ? ",\"next_to_omission\":true" : ",\"next_to_omission\":false");
		write_features(sink, "features", f, NULL);
		write_features(sink, "terms", f, VTA_PARAMS.calibration);
		write_fixed(sink, "intercept", p.intercept);
		write_fixed(sink, "logit", p.logit);
	}
	vta_sink_putc(sink, '}');
	return 0;
}

static int write_object(vta_sink *sink, const vietalign_alignment *al, size_t i, const vta_strbuf *vi,
                        const vta_strbuf *en, int explain)
{
	const vta_bead *b = &al->beads[i];
	int rc = 0;
	char score[32];
	vta_format_score(score, sizeof score, b->score);
	vta_sink_puts(sink, "{\"vi\":");
	write_string(sink, vi->data, vi->len);
	vta_sink_puts(sink, ",\"en\":");
	write_string(sink, en->data, en->len);
	vta_sink_puts(sink, ",\"score\":");
	vta_sink_puts(sink, score);
	vta_sink_puts(sink, ",\"vi_sentences\":");
	write_indices(sink, b->vi_first, b->vi_count);
	vta_sink_puts(sink, ",\"en_sentences\":");
	write_indices(sink, b->en_first, b->en_count);
	if (explain && al->parts)
		rc = write_explain(sink, al, i);
	vta_sink_puts(sink, "}\n");
	return rc;
}

static int write_bead(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts, size_t i,
                      vta_strbuf *vi, vta_strbuf *en, vta_error *err)
{
	const vta_bead *b = &al->beads[i];
	int rc;
	if (!vta_bead_wanted(b, opts, opts->one_sided))
		return 0;
	rc = vta_bead_sides(vi, en, al, b, err);
	if (!rc && write_object(sink, al, i, vi, en, opts->explain))
		rc = vta_error_set(err, VIETALIGN_ENOMEM, "out of memory for the anchors of bead %zu", i);
	return rc;
}

int vta_jsonl_write(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                    unsigned threads, vta_error *err)
{
	return vta_write_beads(sink, al, opts, write_bead, threads, err);
}
