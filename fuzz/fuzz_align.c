/* fuzz_align.c - libFuzzer harness: two random texts (split at the first NUL
 * byte, or in the middle) aligned and written in every format. The beads
 * must cover both documents exactly once, in order, with scores in [0, 1],
 * and the TMX must hold no XML-illegal control character. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include "vietalign.h"

/* The TMX must parse as XML (libxml2, no network, no entities loaded). */
static void check_well_formed(const char *buf, size_t len)
{
	xmlDoc *d = xmlReadMemory(buf, (int)len, "fuzz.tmx", NULL,
	                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!d)
		abort();
	xmlFreeDoc(d);
}

static void check_beads(const vietalign_alignment *al, size_t nv, size_t ne)
{
	size_t i, v = 0, e = 0, n = vietalign_alignment_bead_count(al);
	for (i = 0; i < n; i++) {
		vietalign_bead b = VIETALIGN_BEAD_INIT;
		if (vietalign_alignment_bead(&b, al, i) || b.vi_first != v || b.en_first != e ||
		    b.vi_count + b.en_count == 0 || !(b.score >= 0.0 && b.score <= 1.0))
			abort();
		v += b.vi_count;
		e += b.en_count;
	}
	if (v != nv || e != ne)
		abort();
}

static void check_writers(vietalign_aligner *a, const vietalign_alignment *al)
{
	vietalign_write_options wo = VIETALIGN_WRITE_OPTIONS_INIT;
	int f;
	wo.creation_date = 1738022400;
	for (f = 0; f < 3; f++) {
		char *buf = NULL;
		size_t len = 0, k;
		wo.format = (vietalign_format)f;
		wo.one_sided = f != 0;
		if (vietalign_alignment_write_buffer(&buf, &len, a, al, &wo))
			abort();
		for (k = 0; f == 0 && k < len; k++)
			if ((unsigned char)buf[k] < 0x20 && buf[k] != '\n' && buf[k] != '\t' && buf[k] != '\r')
				abort();
		if (f == 0)
			check_well_formed(buf, len);
		vietalign_buffer_free(buf);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t cut = nul ? (size_t)(nul - data) : size / 2;
	size_t rest = nul ? cut + 1 : cut;
	/* one aligner for the whole run: building its tables per input would
	 * spend the fuzzing time there */
	static vietalign_aligner *a = NULL;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	if (!a && vietalign_aligner_new(&a, NULL))
		return 0;
	if (vietalign_doc_new(&vi, a, (const char *)data, cut, VIETALIGN_LANG_VI) == 0 &&
	    vietalign_doc_new(&en, a, (const char *)data + rest, size - rest, VIETALIGN_LANG_EN) == 0 &&
	    vietalign_align(&al, a, vi, en) == 0) {
		check_beads(al, vietalign_doc_sentence_count(vi), vietalign_doc_sentence_count(en));
		check_writers(a, al);
	}
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	return 0;
}
