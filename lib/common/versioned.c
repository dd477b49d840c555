/* versioned.c - filling a caller's versioned struct (vietalign.h, "Structs
 * and versions"): the fields of the caller's version and no more. */
#include <string.h>
#include "common/common.h"

int vta_version_known(const void *s, unsigned int versions)
{
	unsigned int v;
	memcpy(&v, s, sizeof v);
	return v >= 1 && v <= versions;
}

int vta_versioned_copy(void *out, const void *full, const size_t *sizes, unsigned int versions)
{
	unsigned int v;
	if (!vta_version_known(out, versions))
		return VIETALIGN_EVERSION;
	memcpy(&v, out, sizeof v);
	/* the caller's version stays: the bytes after it are the fields */
	memcpy((char *)out + sizeof v, (const char *)full + sizeof v, sizes[v - 1] - sizeof v);
	return VIETALIGN_OK;
}
