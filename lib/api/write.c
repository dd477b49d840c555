/* write.c - the writing entry points: the aligner's error and threads
 * passed to the write stage. */
#include "api/api.h"
#include "write/write.h"

static vta_error *err_of(vietalign_aligner *aligner)
{
	return aligner ? &aligner->err : NULL;
}

/* The threads a long alignment is written on: the aligner's. */
static unsigned threads_of(const vietalign_aligner *aligner)
{
	return aligner && aligner->opts.threads ? aligner->opts.threads : 1;
}

int vietalign_alignment_write(vietalign_aligner *aligner, const vietalign_alignment *alignment,
                              const vietalign_write_options *opts, vietalign_write_fn fn, void *payload)
{
	return vta_alignment_write(err_of(aligner), threads_of(aligner), alignment, opts, fn, payload);
}

int vietalign_alignment_write_file(vietalign_aligner *aligner, const vietalign_alignment *alignment,
                                   const vietalign_write_options *opts, const char *path)
{
	return vta_alignment_write_file(err_of(aligner), threads_of(aligner), alignment, opts, path);
}

int vietalign_alignment_write_buffer(char **out, size_t *out_len, vietalign_aligner *aligner,
                                     const vietalign_alignment *alignment, const vietalign_write_options *opts)
{
	return vta_alignment_write_buffer(out, out_len, err_of(aligner), threads_of(aligner), alignment, opts);
}
