/* split.c - the entry point that splits a page holding both languages. */
#include "api/api.h"
#include "segment/segment.h"

int vietalign_text_split(char **vi, size_t *vi_len, char **en, size_t *en_len, vietalign_aligner *aligner,
                         const char *text, size_t len)
{
	return vta_text_split(vi, vi_len, en, en_len, text, len, aligner ? &aligner->err : NULL);
}
