/* feature_names.c - the names of the calibration's features, the keys
 * under which users see them (JSON Lines' explain, the score parts of the
 * API and the Python package): one list, in vta_feature's order. */
#include "score/score.h"

static const char *const NAMES[VTA_NFEATS] = {
	"posterior", "anchors",     "length",     "merge",     "omission",  "neighbours", "chars",
	"boundary",  "parallelism", "merge_near", "doc_merge", "para_ends", "cut",
};

const char *vta_feature_name(int k)
{
	return k >= 0 && k < VTA_NFEATS ? NAMES[k] : NULL;
}
