/* trace.c - VIETALIGN_TRACE=1: where an alignment's time went, how large
 * its search was and on how many threads it ran, one line per alignment
 * (bench/scale.py --shape reads it from `align`; `batch` gives one per
 * pair, after the pair's other messages). */
#include <stdlib.h>
#include <string.h>
#include "cli.h"

int cli_tracing(void)
{
	const char *t = getenv("VIETALIGN_TRACE");
	return t && strcmp(t, "1") == 0;
}

void cli_trace(cli_buf *msgs, const vietalign_alignment *aln, double load, double align)
{
	vietalign_align_stats st = VIETALIGN_ALIGN_STATS_INIT;
	size_t n = vietalign_doc_sentence_count(vietalign_alignment_vi(aln)) +
	           vietalign_doc_sentence_count(vietalign_alignment_en(aln));
	if (!cli_tracing() || vietalign_alignment_stats(&st, aln))
		return;
	cli_say(msgs,
	        "trace: read+segment %.3f s, align %.3f s (anchors %.3f, tables+corridor %.3f, costs %.3f, "
	        "sweeps %.3f, repairs %.3f); cells per sentence %.1f (corridor %zu, after repairs %zu, repair "
	        "windows %zu); threads %u; CPU s: anchors %.3f, tables+corridor %.3f, costs %.3f, sweeps %.3f, "
	        "repairs %.3f",
	        load, align, st.anchors_s, st.prepare_s, st.costs_s, st.sweeps_s, st.repairs_s,
	        n ? (double)st.final_cells / ((double)n / 2) : 0.0, st.corridor_cells, st.final_cells, st.window_cells,
	        st.threads, st.anchors_cpu_s, st.prepare_cpu_s, st.costs_cpu_s, st.sweeps_cpu_s, st.repairs_cpu_s);
}
