/* score_parts.c - what a bead's score is made of, for callers: the parts
 * JSON Lines' explain writes (write/explain.c), one bead and one feature
 * at a time. */
#include "api/api.h"
#include "write/write.h"

/* The sizes of the versions of the two structs, oldest first. */
static const size_t parts_sizes[] = {sizeof(vietalign_score_parts)};
static const size_t feature_sizes[] = {sizeof(vietalign_score_feature)};

int vietalign_alignment_bead_score_parts(vietalign_score_parts *out, const vietalign_alignment *alignment, size_t i)
{
	vietalign_score_parts full;
	int rc;
	if (!out || !alignment || i >= alignment->nbeads)
		return VIETALIGN_EINVALID;
	if (!vta_version_known(out, VIETALIGN_SCORE_PARTS_VERSION))
		return VIETALIGN_EVERSION;
	if ((rc = vta_score_parts(&full, NULL, NULL, alignment, i)) != 0)
		return rc;
	return vta_versioned_copy(out, &full, parts_sizes, VIETALIGN_SCORE_PARTS_VERSION);
}

size_t vietalign_score_feature_count(void)
{
	return VTA_NFEATS;
}

int vietalign_alignment_bead_feature(vietalign_score_feature *out, const vietalign_alignment *alignment, size_t i,
                                     size_t k)
{
	vietalign_score_feature full = VIETALIGN_SCORE_FEATURE_INIT;
	double f[VTA_NFEATS];
	if (!out || !alignment || i >= alignment->nbeads || k >= VTA_NFEATS)
		return VIETALIGN_EINVALID;
	if (!vta_version_known(out, VIETALIGN_SCORE_FEATURE_VERSION))
		return VIETALIGN_EVERSION;
	if (!vta_score_features(f, alignment, i))
		return VIETALIGN_EINVALID; /* a one-sided bead: no calibration */
	full.name = vta_feature_name((int)k);
	full.value = f[k];
	full.coefficient = VTA_PARAMS.calibration[k];
	full.term = full.coefficient * full.value;
	return vta_versioned_copy(out, &full, feature_sizes, VIETALIGN_SCORE_FEATURE_VERSION);
}
