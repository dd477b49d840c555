/* fuzz_tmx_read.c - libFuzzer harness for the library's TMX reader
 * (vietalign_tmx_read_buffer(), behind `check MEMORY.tmx`, `convert` and
 * `merge`): any bytes as a TMX file. Checks that every unit handed over
 * has both segments as strings of bounded length (no entity may expand a
 * segment past the file: a DTD that declares one is refused; UTF-16 and
 * NFC may grow the text at most threefold), and that the counts agree
 * with the calls. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "vietalign.h"

typedef struct {
	size_t size; /* the input's */
	size_t calls;
} seen;

static int on_unit(const vietalign_tmx_unit *u, void *payload)
{
	seen *s = payload;
	if (!u->vi || !u->en || u->line < 0 || strlen(u->vi) > 3 * s->size || strlen(u->en) > 3 * s->size ||
	    (u->score != -1 && !(u->score >= 0 && u->score <= 1)))
		abort();
	s->calls++;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	seen s = {size, 0};
	vietalign_tmx_info info = VIETALIGN_TMX_INFO_INIT;
	int rc = vietalign_tmx_read_buffer(&info, NULL, (const char *)data, size, "fuzz.tmx", NULL, on_unit, &s);
	if (info.pairs > info.units || s.calls != info.pairs || (rc == 0 && info.swapped > 1))
		abort();
	return 0;
}
