/* aligner.c - the aligner handle: options, last error, version. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "api/api.h"
#include "anchors/anchors.h"

const char *vietalign_version(void)
{
	return VIETALIGN_VERSION;
}

int vietalign_options_init(vietalign_options *opts, unsigned int version)
{
	vietalign_options def = VIETALIGN_OPTIONS_INIT;
	if (!opts)
		return VIETALIGN_EINVALID;
	if (version != VIETALIGN_OPTIONS_VERSION)
		return VIETALIGN_EVERSION;
	*opts = def;
	return VIETALIGN_OK;
}

int vietalign_aligner_new(vietalign_aligner **out, const vietalign_options *opts)
{
	vietalign_aligner *a;
	if (!out)
		return VIETALIGN_EINVALID;
	*out = NULL;
	if (opts && opts->version != VIETALIGN_OPTIONS_VERSION && opts->version != 1)
		return VIETALIGN_EVERSION;
	if (opts && opts->version == VIETALIGN_OPTIONS_VERSION && opts->search > VIETALIGN_SEARCH_CORRIDOR)
		return VIETALIGN_EINVALID;
	a = calloc(1, sizeof *a);
	if (!a)
		return VIETALIGN_ENOMEM;
	vietalign_options_init(&a->opts, VIETALIGN_OPTIONS_VERSION);
	if (opts && opts->version == 1) /* a program built before `search` */
		memcpy(&a->opts, opts, offsetof(vietalign_options, search));
	else if (opts)
		a->opts = *opts;
	a->opts.version = VIETALIGN_OPTIONS_VERSION;
	vta_erfc_table_init(&a->erfc);
	/* each aligner parses its own copy of the tables: no shared state */
	if ((a->opts.anchors & (VIETALIGN_ANCHOR_NAMES | VIETALIGN_ANCHOR_LEXICON)) && vta_lexicon_new(&a->lex)) {
		free(a);
		return VIETALIGN_ENOMEM;
	}
	*out = a;
	return VIETALIGN_OK;
}

void vietalign_aligner_free(vietalign_aligner *aligner)
{
	if (aligner)
		vta_lexicon_free(aligner->lex);
	free(aligner);
}

const char *vietalign_aligner_last_error(const vietalign_aligner *aligner)
{
	return aligner ? aligner->err.msg : "no aligner";
}

const char *vietalign_lang_code(vietalign_lang lang)
{
	switch (lang) {
	case VIETALIGN_LANG_VI: return "vi";
	case VIETALIGN_LANG_EN: return "en";
	default: return NULL;
	}
}

int vietalign_lang_parse(vietalign_lang *out, const char *code)
{
	if (!out || !code)
		return VIETALIGN_EINVALID;
	/* "vi", "vi-VN", "vi_VN": only the primary subtag matters. */
	if (strncasecmp(code, "vi", 2) == 0 && (code[2] == '\0' || code[2] == '-' || code[2] == '_'))
		*out = VIETALIGN_LANG_VI;
	else if (strncasecmp(code, "en", 2) == 0 && (code[2] == '\0' || code[2] == '-' || code[2] == '_'))
		*out = VIETALIGN_LANG_EN;
	else
		return VIETALIGN_EINVALID;
	return VIETALIGN_OK;
}
