/* identify.c - naming the language of a text with the aligner's language
 * fingerprints, read on first use (an aligner that never asks pays
 * nothing). */
#include "api/api.h"
#include "text/text.h"

#ifndef VIETALIGN_TEXTCAT_DIR
#define VIETALIGN_TEXTCAT_DIR "/usr/share/libexttextcat"
#endif

int vietalign_lang_identify(const char **code, const char **name, vietalign_aligner *aligner, const char *text,
                            size_t len)
{
	size_t lang;
	int rc;
	if (!code || !aligner || (!text && len))
		return vta_error_set(aligner ? &aligner->err : NULL, VIETALIGN_EINVALID, "invalid argument");
	vta_error_clear(&aligner->err);
	if (!aligner->langid) {
		rc = vta_langid_load(&aligner->langid, VIETALIGN_TEXTCAT_DIR, &aligner->err);
		if (rc)
			return rc;
	}
	rc = vta_lang_identify(&lang, aligner->langid, text, len);
	if (rc)
		return vta_error_set(&aligner->err, rc,
		                     rc == VIETALIGN_EEMPTY ? "too few letters to tell the language" : "out of memory");
	*code = vta_langid_code(lang);
	if (name)
		*name = vta_langid_name(lang);
	return VIETALIGN_OK;
}
