/* test_versions.c - the rule of vietalign.h's "Structs and versions": a
 * caller's struct is filled with the fields of its version and nothing
 * after them, a version the library does not know is refused with
 * VIETALIGN_EVERSION and the struct left alone; and a document needs an
 * aligner. On a sentence pair of the seed article. */
#include <check.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "vietalign.h"
#include "support.h"
#include "common/common.h"

#define GUARD 0xA5

static const char *VI = "Cổ phiếu của Nvidia giảm 17% vào thứ Hai.";
static const char *EN = "Nvidia's stock fell 17% on Monday.";

/* Each filler is called through one of these with a caller's struct `s`
 * of `size` bytes followed by guard bytes. */
typedef int (*filler)(void *s, const run *r);

static int fill_sentence(void *s, const run *r)
{
	return vietalign_doc_sentence(s, r->vi, 0);
}

static int fill_paragraph(void *s, const run *r)
{
	return vietalign_doc_paragraph(s, r->en, 0);
}

static int fill_bead(void *s, const run *r)
{
	return vietalign_alignment_bead(s, r->al, 0);
}

static int fill_stats(void *s, const run *r)
{
	return vietalign_alignment_stats(s, r->al);
}

static int fill_score_parts(void *s, const run *r)
{
	return vietalign_alignment_bead_score_parts(s, r->al, 0);
}

static int fill_score_feature(void *s, const run *r)
{
	return vietalign_alignment_bead_feature(s, r->al, 0, 0);
}

static int fill_anchor(void *s, const run *r)
{
	return vietalign_doc_anchor(s, r->vi, 0, 0);
}

static int fill_report_line(void *s, const run *r)
{
	vietalign_anchor_report *rep = NULL;
	vietalign_anchor other = VIETALIGN_ANCHOR_INIT;
	int rc;
	ck_assert_int_eq(vietalign_alignment_bead_anchors(&rep, r->al, 0), 0);
	ck_assert_uint_gt(vietalign_anchor_report_count(rep), 0);
	rc = vietalign_anchor_report_get(s, &other, rep, 0);
	vietalign_anchor_report_free(rep);
	return rc;
}

static int on_unit(const vietalign_tmx_unit *u, void *payload)
{
	/* the library hands its callback units of its own version */
	ck_assert_uint_eq(u->version, VIETALIGN_TMX_UNIT_VERSION);
	++*(int *)payload;
	return 0;
}

static int fill_tmx_info(void *s, const run *r)
{
	static const char tmx[] = "<tmx version=\"1.4\"><header srclang=\"vi\"/><body><tu>"
				  "<tuv xml:lang=\"vi\"><seg>Cổ phiếu của Nvidia giảm.</seg></tuv>"
				  "<tuv xml:lang=\"en\"><seg>Nvidia's stock fell.</seg></tuv></tu></body></tmx>";
	int units = 0, rc;
	rc = vietalign_tmx_read_buffer(s, r->a, tmx, sizeof tmx - 1, "t.tmx", NULL, on_unit, &units);
	ck_assert_int_eq(units, rc == 0 && vietalign_tmx_read_supported());
	return rc;
}

static const struct {
	const char *name;
	filler fill;
	size_t size;
	unsigned int version;
} FILLERS[] = {
	{"sentence", fill_sentence, sizeof(vietalign_sentence), VIETALIGN_SENTENCE_VERSION},
	{"paragraph", fill_paragraph, sizeof(vietalign_paragraph), VIETALIGN_PARAGRAPH_VERSION},
	{"bead", fill_bead, sizeof(vietalign_bead), VIETALIGN_BEAD_VERSION},
	{"align_stats", fill_stats, sizeof(vietalign_align_stats), VIETALIGN_ALIGN_STATS_VERSION},
	{"score_parts", fill_score_parts, sizeof(vietalign_score_parts), VIETALIGN_SCORE_PARTS_VERSION},
	{"score_feature", fill_score_feature, sizeof(vietalign_score_feature), VIETALIGN_SCORE_FEATURE_VERSION},
	{"anchor", fill_anchor, sizeof(vietalign_anchor), VIETALIGN_ANCHOR_VERSION},
	{"anchor report line", fill_report_line, sizeof(vietalign_anchor), VIETALIGN_ANCHOR_VERSION},
	{"tmx_info", fill_tmx_info, sizeof(vietalign_tmx_info), VIETALIGN_TMX_INFO_VERSION},
};

#define NFILLERS (sizeof FILLERS / sizeof FILLERS[0])

/* A caller's struct as the library sees it: its bytes, then guard bytes
 * that must stay as they are. */
typedef struct {
	unsigned char bytes[256];
} buffer;

static void prepare(buffer *b, size_t size, unsigned int version)
{
	memset(b->bytes, GUARD, sizeof b->bytes);
	memset(b->bytes, 0, size);
	memcpy(b->bytes, &version, sizeof version);
}

static int guard_intact(const buffer *b, size_t from)
{
	size_t k;
	for (k = from; k < sizeof b->bytes; k++)
		if (b->bytes[k] != GUARD)
			return 0;
	return 1;
}

START_TEST(test_current_version_fills_its_fields_only)
{
	run r;
	size_t k;
	run_align(&r, NULL, VI, EN);
	for (k = 0; k < NFILLERS; k++) {
		buffer b;
		unsigned int version;
		ck_assert_uint_le(FILLERS[k].size, sizeof b.bytes);
		prepare(&b, FILLERS[k].size, FILLERS[k].version);
		if (FILLERS[k].fill(b.bytes, &r) == VIETALIGN_EUNSUPPORTED)
			continue; /* no libxml2: no TMX reading */
		memcpy(&version, b.bytes, sizeof version);
		ck_assert_msg(version == FILLERS[k].version, "%s: the caller's version stays", FILLERS[k].name);
		ck_assert_msg(guard_intact(&b, FILLERS[k].size), "%s: nothing written after the struct",
		              FILLERS[k].name);
	}
	run_free(&r);
}
END_TEST

START_TEST(test_unknown_versions_are_refused)
{
	run r;
	size_t k;
	unsigned int v;
	run_align(&r, NULL, VI, EN);
	for (k = 0; k < NFILLERS; k++)
		for (v = 0; v <= FILLERS[k].version + 1; v += FILLERS[k].version + 1) {
			buffer b, before;
			prepare(&b, FILLERS[k].size, v);
			before = b;
			ck_assert_msg(FILLERS[k].fill(b.bytes, &r) == VIETALIGN_EVERSION, "%s: version %u refused",
			              FILLERS[k].name, v);
			ck_assert_msg(memcmp(&b, &before, sizeof b) == 0, "%s: left as it was", FILLERS[k].name);
		}
	ck_assert_str_eq(vietalign_error_name(VIETALIGN_EVERSION), "unknown struct version");
	run_free(&r);
}
END_TEST

/* The values the fillers give are those of the document and alignment. */
START_TEST(test_filled_values)
{
	run r;
	vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
	vietalign_bead b = VIETALIGN_BEAD_INIT;
	vietalign_anchor a = VIETALIGN_ANCHOR_INIT;
	vietalign_align_stats st = VIETALIGN_ALIGN_STATS_INIT;
	run_align(&r, NULL, VI, EN);
	ck_assert_int_eq(vietalign_doc_sentence(&s, r.en, 0), 0);
	ck_assert_str_eq(s.text, EN);
	ck_assert_uint_eq(s.length, strlen(EN));
	ck_assert_int_eq(vietalign_alignment_bead(&b, r.al, 0), 0);
	ck_assert_uint_eq(b.vi_count, 1);
	ck_assert_uint_eq(b.en_count, 1);
	ck_assert_double_gt(b.score, 0.9);
	ck_assert_int_eq(vietalign_doc_anchor(&a, r.vi, 0, 0), 0);
	ck_assert_uint_ne(a.kind, 0);
	ck_assert_ptr_nonnull(a.value);
	ck_assert_int_eq(vietalign_alignment_stats(&st, r.al), 0);
	ck_assert_uint_gt(st.final_cells, 0);
	run_free(&r);
}
END_TEST

/* The mechanism under every filler, with a struct that has two versions:
 * a caller built against version 1 gets version 1's fields and not a byte
 * more; one built against version 2 gets both. */
typedef struct {
	unsigned int version;
	int a;
} old_caller;

typedef struct {
	unsigned int version;
	int a;
	double b; /* version 2 */
} new_caller;

START_TEST(test_older_caller_gets_the_fields_it_knows)
{
	static const size_t sizes[] = {sizeof(old_caller), sizeof(new_caller)};
	new_caller full = {2, 7, 2.5};
	buffer b;
	new_caller n = {2, 0, 0.0};
	prepare(&b, sizeof(old_caller), 1);
	ck_assert_int_eq(vta_versioned_copy(b.bytes, &full, sizes, 2), 0);
	ck_assert_int_eq(((old_caller *)(void *)b.bytes)->a, 7);
	ck_assert_uint_eq(((old_caller *)(void *)b.bytes)->version, 1);
	ck_assert(guard_intact(&b, sizeof(old_caller)));
	ck_assert_int_eq(vta_versioned_copy(&n, &full, sizes, 2), 0);
	ck_assert_int_eq(n.a, 7);
	ck_assert_double_eq(n.b, 2.5);
	n.version = 3;
	ck_assert_int_eq(vta_versioned_copy(&n, &full, sizes, 2), VIETALIGN_EVERSION);
}
END_TEST

/* Options of an older version (1: before search and threads) are still
 * accepted, read for their fields alone: the old rule of their time. */
typedef struct {
	unsigned int version;
	unsigned int anchors;
	double length_ratio, length_variance, skip_prior, paragraph_weight, anchor_weight;
	size_t margin;
} options_v1;

START_TEST(test_options_of_version_1)
{
	struct {
		options_v1 o;
		unsigned char guard[64];
	} old;
	vietalign_aligner *a = NULL;
	memset(&old, GUARD, sizeof old);
	ck_assert_int_eq(vietalign_options_init((vietalign_options *)(void *)&old.o, 1), 0);
	ck_assert_uint_eq(old.o.version, 1);
	ck_assert_uint_eq(old.o.anchors, VIETALIGN_ANCHOR_ALL);
	ck_assert_uint_eq(old.guard[0], GUARD); /* only version 1's fields */
	ck_assert_int_eq(vietalign_aligner_new(&a, (const vietalign_options *)(const void *)&old.o), 0);
	vietalign_aligner_free(a);
}
END_TEST

/* A finding the library hands out carries the library's version. */
START_TEST(test_finding_carries_the_library_version)
{
	run r;
	vietalign_findings *f = NULL;
	run_align(&r, NULL, "Cổ phiếu của Nvidia giảm 17% vào thứ Hai.", "Nvidia's stock fell 71% on Monday.");
	ck_assert_int_eq(vietalign_check(&f, r.al, NULL), 0);
	ck_assert_uint_gt(vietalign_findings_count(f), 0);
	ck_assert_uint_eq(vietalign_findings_get(f, 0)->version, VIETALIGN_FINDING_VERSION);
	vietalign_findings_free(f);
	run_free(&r);
}
END_TEST

/* Every document constructor refuses a NULL aligner. */
START_TEST(test_doc_needs_an_aligner)
{
	vietalign_doc *d = (vietalign_doc *)1;
	const char *segs[] = {VI};
	ck_assert_int_eq(vietalign_doc_new(&d, NULL, VI, strlen(VI), VIETALIGN_LANG_VI), VIETALIGN_EINVALID);
	ck_assert_ptr_null(d);
	d = (vietalign_doc *)1;
	ck_assert_int_eq(vietalign_doc_new_lines(&d, NULL, VI, strlen(VI), VIETALIGN_LANG_VI), VIETALIGN_EINVALID);
	ck_assert_ptr_null(d);
	d = (vietalign_doc *)1;
	ck_assert_int_eq(vietalign_doc_new_segments(&d, NULL, segs, NULL, 1, VIETALIGN_LANG_VI), VIETALIGN_EINVALID);
	ck_assert_ptr_null(d);
	ck_assert_int_eq(vietalign_doc_new(NULL, NULL, VI, strlen(VI), VIETALIGN_LANG_VI), VIETALIGN_EINVALID);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("versions");
	TCase *t = tcase_create("versions");
	tcase_add_test(t, test_current_version_fills_its_fields_only);
	tcase_add_test(t, test_unknown_versions_are_refused);
	tcase_add_test(t, test_filled_values);
	tcase_add_test(t, test_older_caller_gets_the_fields_it_knows);
	tcase_add_test(t, test_options_of_version_1);
	tcase_add_test(t, test_finding_carries_the_library_version);
	tcase_add_test(t, test_doc_needs_an_aligner);
	suite_add_tcase(s, t);
	return run_suite(s);
}
