/* tmx_writer.c - the entry points of the many-document TMX writer: the
 * aligner's error passed to the write stage. */
#include "api/api.h"
#include "write/write.h"

int vietalign_tmx_writer_new(vietalign_tmx_writer **out, vietalign_aligner *aligner,
                             const vietalign_write_options *opts, vietalign_write_fn fn, void *payload)
{
	return vta_tmx_writer_new(out, aligner ? &aligner->err : NULL, opts, fn, payload);
}

int vietalign_tmx_writer_add(vietalign_tmx_writer *writer, const vietalign_alignment *alignment, const char *doc_id,
                             const char *vi_name, const char *en_name)
{
	return vta_tmx_writer_add(writer, alignment, doc_id, vi_name, en_name);
}

int vietalign_tmx_writer_add_unit(vietalign_tmx_writer *writer, const vietalign_tmx_unit *unit)
{
	if (unit && !vta_version_known(unit, VIETALIGN_TMX_UNIT_VERSION))
		return VIETALIGN_EVERSION;
	return vta_tmx_writer_add_unit(writer, unit);
}

size_t vietalign_tmx_writer_unit_count(const vietalign_tmx_writer *writer)
{
	return vta_tmx_writer_count(writer);
}

int vietalign_tmx_writer_finish(vietalign_tmx_writer *writer)
{
	return vta_tmx_writer_finish(writer);
}

void vietalign_tmx_writer_free(vietalign_tmx_writer *writer)
{
	vta_tmx_writer_free(writer);
}
