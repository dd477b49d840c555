/* fuzz_anchors.c - libFuzzer harness: anchor extraction (numbers, dates,
 * names, identifiers, table words) on any UTF-8 sentence, in both languages.
 * Every anchor's span must lie inside the sentence and its value be a
 * NUL-terminated string. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "vietalign.h"

static void check_anchors(const vietalign_doc *d)
{
	size_t s, i;
	for (s = 0; s < vietalign_doc_sentence_count(d); s++) {
		vietalign_sentence sent = VIETALIGN_SENTENCE_INIT;
		vietalign_doc_sentence(&sent, d, s);
		for (i = 0; i < vietalign_doc_anchor_count(d, s); i++) {
			vietalign_anchor a = VIETALIGN_ANCHOR_INIT;
			if (vietalign_doc_anchor(&a, d, s, i) || a.sentence != s ||
			    a.offset + a.length > sent.text_length || !a.value || strlen(a.value) > 4096)
				abort();
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* one aligner for the run: its tables take longer to build than an
	 * input takes to check */
	static vietalign_aligner *a = NULL;
	int lang;
	if (!a && vietalign_aligner_new(&a, NULL))
		return 0;
	for (lang = 0; lang < 2; lang++) {
		vietalign_doc *d = NULL;
		if (vietalign_doc_new(&d, a, (const char *)data, size, (vietalign_lang)lang) == 0) {
			check_anchors(d);
			vietalign_doc_free(d);
		}
	}
	return 0;
}
