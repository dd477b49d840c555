/* fuzz_segment.c - libFuzzer harness: any bytes through document creation
 * (UTF-8 check, paragraphs, sentences, anchors) in both languages. Checks
 * the invariants a caller relies on: spans inside the input, in order. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "vietalign.h"

static void check_doc(const vietalign_doc *d, size_t len)
{
	size_t i, n = vietalign_doc_sentence_count(d), end = 0;
	for (i = 0; i < n; i++) {
		vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
		if (vietalign_doc_sentence(&s, d, i) || s.offset < end || s.offset + s.length > len ||
		    s.text_length != strlen(s.text) || s.text_length == 0)
			abort();
		end = s.offset + s.length;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* one aligner for the whole run: building its tables per input would
	 * spend the fuzzing time there */
	static vietalign_aligner *a = NULL;
	int lang;
	if (!a && vietalign_aligner_new(&a, NULL))
		return 0;
	for (lang = 0; lang < 2; lang++) {
		vietalign_doc *d = NULL;
		if (vietalign_doc_new(&d, a, (const char *)data, size, (vietalign_lang)lang) == 0) {
			check_doc(d, size);
			vietalign_doc_free(d);
		} else if (vietalign_aligner_last_error(a)[0] == '\0') {
			abort(); /* every failure says why */
		}
	}
	return 0;
}
