/* tmx_reader.c - the entry points of the TMX reader: options checked, a
 * file loaded within its size bound, the aligner's error passed down. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "api/api.h"
#include "write/write.h"

static vta_error *err_of(vietalign_aligner *aligner)
{
	return aligner ? &aligner->err : NULL;
}

/* Fills *o from opts (NULL: defaults); VIETALIGN_EVERSION for a version
 * this library does not know. */
static int read_options(vietalign_tmx_read_options *o, const vietalign_tmx_read_options *opts, vta_error *err)
{
	const vietalign_tmx_read_options defaults = VIETALIGN_TMX_READ_OPTIONS_INIT;
	*o = opts ? *opts : defaults;
	if (o->version != VIETALIGN_TMX_READ_OPTIONS_VERSION)
		return vta_error_set(err, VIETALIGN_EVERSION, "unknown TMX read options version %u", o->version);
	if ((unsigned)o->tags > VIETALIGN_TMX_TAGS_KEEP || (unsigned)o->swap > VIETALIGN_TMX_SWAP_REFUSE)
		return vta_error_set(err, VIETALIGN_EINVALID, "unknown TMX read option value");
	if (!o->max_bytes)
		o->max_bytes = VTA_TMX_MAX_BYTES;
	return 0;
}

/* The sizes of the versions of vietalign_tmx_info, oldest first. */
static const size_t info_sizes[] = {sizeof(vietalign_tmx_info)};

/* Checks the caller's info (NULL allowed) and clears its fields, so that
 * it says nothing was read when the reading fails early. */
static int start_info(vietalign_tmx_info *info, vta_error *err)
{
	vietalign_tmx_info none;
	if (!info)
		return 0;
	if (!vta_version_known(info, VIETALIGN_TMX_INFO_VERSION))
		return vta_error_set(err, VIETALIGN_EVERSION, "unknown TMX info version %u", info->version);
	memset(&none, 0, sizeof none);
	return vta_versioned_copy(info, &none, info_sizes, VIETALIGN_TMX_INFO_VERSION);
}

int vietalign_tmx_read_buffer(vietalign_tmx_info *info, vietalign_aligner *aligner, const char *data, size_t len,
                              const char *name, const vietalign_tmx_read_options *opts, vietalign_tmx_unit_fn fn,
                              void *payload)
{
	vietalign_tmx_read_options o;
	vietalign_tmx_info full;
	vta_error *err = err_of(aligner);
	int rc;
	if ((rc = start_info(info, err)))
		return rc;
	if (!data || !fn)
		return vta_error_set(err, VIETALIGN_EINVALID, "no TMX data or no callback");
	if ((rc = read_options(&o, opts, err)))
		return rc;
	memset(&full, 0, sizeof full);
	rc = vta_tmx_read(&full, err, data, len, name ? name : "TMX", &o, fn, payload);
	if (info)
		vta_versioned_copy(info, &full, info_sizes, VIETALIGN_TMX_INFO_VERSION);
	return rc;
}

/* Reads path whole into *out, refusing it as soon as it passes max bytes
 * (a regular file's size is known first; a pipe's only while reading). */
static int load(char **out, size_t *len, const char *path, size_t max, vta_error *err)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	size_t cap = 65536, n = 0;
	char *buf = NULL;
	int rc = 0;
	*out = NULL;
	if (!f)
		return vta_error_set(err, VIETALIGN_EIO, "%s: %s", path, strerror(errno));
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
		if ((unsigned long long)st.st_size > max) {
			fclose(f);
			return vta_error_set(err, VIETALIGN_EPARSE,
			                     "%s: %lld bytes, over the limit of %zu bytes for a TMX file", path,
			                     (long long)st.st_size, max);
		}
		cap = (size_t)st.st_size + 1;
	}
	for (;;) {
		char *grown;
		if (n == cap && (n > max || !(cap = cap * 2)))
			break;
		if (!(grown = realloc(buf, cap))) {
			rc = vta_error_set(err, VIETALIGN_ENOMEM, "%s: out of memory", path);
			break;
		}
		buf = grown;
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break; /* the end, or an error */
	}
	if (!rc && ferror(f))
		rc = vta_error_set(err, VIETALIGN_EIO, "%s: read error", path);
	else if (!rc && n > max)
		rc = vta_error_set(err, VIETALIGN_EPARSE, "%s: over the limit of %zu bytes for a TMX file", path, max);
	fclose(f);
	if (rc)
		free(buf);
	else
		*out = buf, *len = n;
	return rc;
}

int vietalign_tmx_read_file(vietalign_tmx_info *info, vietalign_aligner *aligner, const char *path,
                            const vietalign_tmx_read_options *opts, vietalign_tmx_unit_fn fn, void *payload)
{
	vietalign_tmx_read_options o;
	vta_error *err = err_of(aligner);
	char *data;
	size_t len = 0;
	int rc;
	if ((rc = start_info(info, err)))
		return rc;
	if (!path || !fn)
		return vta_error_set(err, VIETALIGN_EINVALID, "no TMX path or no callback");
	if ((rc = read_options(&o, opts, err)))
		return rc;
	if (!vietalign_tmx_read_supported())
		return vta_error_set(err, VIETALIGN_EUNSUPPORTED,
		                     "%s: cannot read TMX: this vietalign was built without libxml2", path);
	if ((rc = load(&data, &len, path, o.max_bytes, err)))
		return rc;
	rc = vietalign_tmx_read_buffer(info, aligner, data, len, path, &o, fn, payload);
	free(data);
	return rc;
}
