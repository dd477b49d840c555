/* aligner.h - the aligner handle (internal layout). */
#ifndef VL_ALIGNER_H
#define VL_ALIGNER_H

#include "error.h"
#include "length_model.h"

struct vl_lexicon;

struct vietalign_aligner {
	vietalign_options opts;
	vl_error err;
	struct vl_lexicon *lex; /* the bilingual tables, when anchors use them */
	vl_erfc_table erfc;     /* for the length cost, made once per aligner */
};

struct vietalign_alignment {
	const vietalign_doc *vi, *en;
	vietalign_bead *beads;
	size_t nbeads;
};

#endif
