/* dictionary.c - users' dictionaries and glossaries added to an aligner,
 * and the built-in tables they start from. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "api/api.h"

int vietalign_dict_format_parse(vietalign_dict_format *out, const char *name)
{
	static const char *const names[] = {"auto", "tsv", "hunalign", "tbx"};
	int k;
	if (!out || !name)
		return VIETALIGN_EINVALID;
	for (k = 0; k < 4; k++)
		if (strcasecmp(name, names[k]) == 0) {
			*out = (vietalign_dict_format)k;
			return VIETALIGN_OK;
		}
	return VIETALIGN_EINVALID;
}

int vietalign_aligner_add_dictionary_buffer(vietalign_aligner *a, const char *data, size_t len, const char *name,
                                            vietalign_dict_format format)
{
	vta_dict_buf all = {0};
	vta_lexicon *lex = NULL;
	int rc;
	if (!a || (!data && len))
		return a ? vta_error_set(&a->err, VIETALIGN_EINVALID, "invalid argument") : VIETALIGN_EINVALID;
	vta_error_clear(&a->err);
	if (!name)
		name = "dictionary";
	/* the entries so far and the new ones: the aligner is unchanged
	 * unless all of them load */
	rc = a->user.len ? vta_dict_put(&all, a->user.data, a->user.len) : 0;
	if (rc)
		return vta_error_set(&a->err, rc, "out of memory");
	rc = vta_dict_parse(&all, data ? data : "", len, (int)format, name, &a->err);
	/* a new lexicon: documents made before keep the one they hold */
	if (!rc && a->lex && (rc = vta_lexicon_with(&lex, all.data, all.len)))
		vta_error_set(&a->err, rc, "out of memory");
	if (rc) {
		vta_dict_buf_free(&all);
		return rc;
	}
	if (lex) {
		vta_lexicon_free(a->lex);
		a->lex = lex;
	}
	vta_dict_buf_free(&a->user);
	a->user = all;
	return VIETALIGN_OK;
}

int vietalign_aligner_add_dictionary(vietalign_aligner *a, const char *path, vietalign_dict_format format)
{
	FILE *f;
	char *buf = NULL;
	size_t len = 0, cap = 0, got;
	int rc;
	if (!a || !path)
		return a ? vta_error_set(&a->err, VIETALIGN_EINVALID, "invalid argument") : VIETALIGN_EINVALID;
	if (!(f = fopen(path, "rb")))
		return vta_error_set(&a->err, VIETALIGN_EIO, "%s: %s", path, strerror(errno));
	do {
		if (len + 65536 > cap) {
			char *p = realloc(buf, cap = cap ? cap * 2 : 65536 * 2);
			if (!p) {
				free(buf);
				fclose(f);
				return vta_error_set(&a->err, VIETALIGN_ENOMEM, "%s: out of memory", path);
			}
			buf = p;
		}
		got = fread(buf + len, 1, cap - len, f);
		len += got;
	} while (got);
	if (ferror(f)) {
		free(buf);
		fclose(f);
		return vta_error_set(&a->err, VIETALIGN_EIO, "%s: read error", path);
	}
	fclose(f);
	rc = vietalign_aligner_add_dictionary_buffer(a, buf, len, path, format);
	free(buf);
	return rc;
}

const char *vietalign_lexicon_builtin(unsigned table, size_t *len)
{
	size_t n = 0;
	const char *t = table <= VIETALIGN_LEXICON_PLACES
	                        ? vta_lexicon_builtin(
					  table == VIETALIGN_LEXICON_PLACES ? VTA_TABLE_PLACES : VTA_TABLE_WORDS, &n)
	                        : NULL;
	if (len)
		*len = t ? n : 0;
	return t;
}
