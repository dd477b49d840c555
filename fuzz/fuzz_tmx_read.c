/* fuzz_tmx_read.c - libFuzzer harness for the TMX reader of `check
 * MEMORY.tmx` (cli/report/tmx_read.c): any bytes as a TMX file. Checks
 * that every unit handed over has both segments as strings no longer
 * than the input (no entity may expand a segment past the file: a DTD
 * that declares one is refused), numbered in order, and that the counts
 * agree with the calls. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "report/tmx_read.h"

typedef struct {
	size_t size; /* the input's */
	size_t calls;
	size_t last; /* the last unit number seen */
} seen;

static int on_unit(const char *vi, const char *en, long line, size_t number, void *payload)
{
	seen *s = payload;
	if (!vi || !en || number <= s->last || line < 0 || strlen(vi) > s->size || strlen(en) > s->size)
		abort();
	s->last = number;
	s->calls++;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	seen s = {size, 0, 0};
	tmx_stats st;
	int rc = tmx_read_memory((const char *)data, size, "fuzz.tmx", on_unit, &s, &st);
	if (st.pairs > st.units || s.calls != st.pairs || s.last > st.units || (rc == 0 && s.calls && !s.last))
		abort();
	return 0;
}
