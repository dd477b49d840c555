/* api/api.h - the aligner handle behind the vietalign_* entry points: the stage's contract (internal). */
#ifndef VTA_API_H
#define VTA_API_H

#include "common/common.h"
#include "score/score.h"

/* ---- aligner ---- */
/* The aligner handle (internal layout): what every entry point works
 * with. Lower stages never see it: they get its options, tables and
 * error one by one. */
struct vta_lexicon;

struct vietalign_aligner {
	vietalign_options opts;
	vta_error err;
	struct vta_lexicon *lex; /* the bilingual tables, when anchors use them */
	vta_erfc_table erfc;     /* for the length cost, made once per aligner */
	vietalign_progress_cb progress; /* told the progress of long calls, or NULL */
	void *progress_payload;
};

#endif
