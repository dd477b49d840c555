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

/* The size of a version's struct: a program built against an older
 * header passes (and allocates) only the fields of its time. */
static size_t options_size(unsigned int version)
{
	switch (version) {
	case 1: return offsetof(vietalign_options, search);
	case 2: return offsetof(vietalign_options, parallel_threshold);
	case 3: return offsetof(vietalign_options, cut_sentences);
	case VIETALIGN_OPTIONS_VERSION: return sizeof(vietalign_options);
	default: return 0;
	}
}

/* Versions 1 and 2 asked for a default with 0 (skip_prior, margin,
 * threads) or a negative value (the weights), and for a fitted length
 * model with any value <= 0: those become this version's values. */
static void upgrade(vietalign_options *o, unsigned int version, const vietalign_options *def)
{
	if (version >= 3)
		return;
	if (o->length_ratio <= 0)
		o->length_ratio = VIETALIGN_LENGTH_FIT;
	if (o->length_variance <= 0)
		o->length_variance = VIETALIGN_LENGTH_FIT;
	if (o->skip_prior <= 0)
		o->skip_prior = def->skip_prior;
	if (o->paragraph_weight < 0)
		o->paragraph_weight = def->paragraph_weight;
	if (o->anchor_weight < 0)
		o->anchor_weight = def->anchor_weight;
	if (o->margin == 0)
		o->margin = def->margin;
	if (o->threads == 0)
		o->threads = 1;
}

int vietalign_options_init(vietalign_options *opts, unsigned int version)
{
	/* versions 1 and 2: VIETALIGN_OPTIONS_INIT of their time (version 3:
	 * this version's, its struct shorter) */
	vietalign_options old = {0, VIETALIGN_ANCHOR_ALL,  0.0, 0.0, 0.0, -1.0, -1.0,
	                         0, VIETALIGN_SEARCH_AUTO, 0,   0.0, 0,   0};
	size_t size = options_size(version);
	if (!opts)
		return VIETALIGN_EINVALID;
	if (!size)
		return VIETALIGN_EVERSION;
	old.version = version;
	memcpy(opts, version >= 3 ? &VTA_PARAMS.options : &old, size);
	opts->version = version;
	return VIETALIGN_OK;
}

/* Whether every field lies in its range (vietalign.h). */
static int options_valid(const vietalign_options *o)
{
	return !(o->anchors & ~VIETALIGN_ANCHOR_ALL) && o->length_ratio >= 0 && o->length_variance >= 0 &&
	       o->skip_prior > 0 && o->skip_prior < 1 && o->paragraph_weight >= 0 && o->anchor_weight >= 0 &&
	       o->margin >= 1 && o->search <= VIETALIGN_SEARCH_CORRIDOR && o->threads >= 1 &&
	       o->parallel_threshold >= 0 && o->parallel_threshold <= 1 &&
	       (o->cut_sentences == 0 || o->cut_sentences == 1);
}

int vietalign_aligner_set_progress(vietalign_aligner *aligner, vietalign_progress_cb fn, void *payload)
{
	if (!aligner)
		return VIETALIGN_EINVALID;
	aligner->progress = fn;
	aligner->progress_payload = payload;
	return VIETALIGN_OK;
}

int vietalign_aligner_new(vietalign_aligner **out, const vietalign_options *opts)
{
	vietalign_options o = VTA_PARAMS.options;
	vietalign_aligner *a;
	size_t size;
	if (!out)
		return VIETALIGN_EINVALID;
	*out = NULL;
	if (opts) {
		if (!(size = options_size(opts->version)))
			return VIETALIGN_EVERSION;
		memcpy(&o, opts, size); /* later fields keep their defaults */
		upgrade(&o, opts->version, &VTA_PARAMS.options);
		o.version = VIETALIGN_OPTIONS_VERSION;
	}
	if (!options_valid(&o))
		return VIETALIGN_EINVALID;
	a = calloc(1, sizeof *a);
	if (!a)
		return VIETALIGN_ENOMEM;
	a->opts = o;
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
	if (aligner) {
		vta_lexicon_free(aligner->lex);
		vta_dict_buf_free(&aligner->user);
		vta_langid_free(aligner->langid);
	}
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
