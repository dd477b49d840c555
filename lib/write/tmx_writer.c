/* tmx_writer.c - one TMX file for many documents: each unit carries its
 * document's id and file names as props, tuids run 1, 2, 3 … through the
 * file. Written on the calling thread: a batch aligns its documents on
 * many threads but adds them here one after the other, in order. */
#include <stdlib.h>
#include <string.h>
#include "write/write.h"

struct vietalign_tmx_writer {
	vta_sink sink;
	vta_error *err;
	vietalign_write_options opts;
	vta_strbuf vi, en; /* reused from unit to unit */
	size_t units;      /* the last tuid written */
	int status;        /* the first error: the writer then refuses more */
};

int vta_tmx_writer_new(vta_tmx_writer **out, vta_error *err, const vietalign_write_options *opts, vietalign_write_fn fn,
                       void *payload)
{
	vietalign_write_options o;
	vta_tmx_writer *w;
	int rc;
	if (!out || !fn)
		return vta_error_set(err, VIETALIGN_EINVALID, "no writer or no write callback");
	*out = NULL;
	if ((rc = vta_write_options_read(&o, opts, err)) != 0)
		return rc;
	if (!(w = calloc(1, sizeof *w)) || vta_sink_init(&w->sink, fn, payload)) {
		free(w);
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory for the TMX writer");
	}
	w->err = err;
	w->opts = o;
	rc = vta_tmx_head(&w->sink, &w->opts, err);
	if (!rc && vta_sink_failed(&w->sink))
		rc = vta_error_set(err, VIETALIGN_ECALLBACK, "the write callback failed");
	if (rc) {
		vta_tmx_writer_free(w);
		return rc;
	}
	*out = w;
	return 0;
}

/* The writer's state after a step: the sink's failure becomes its error. */
static int settle(vta_tmx_writer *w, int rc)
{
	if (!rc && vta_sink_failed(&w->sink))
		rc = vta_error_set(w->err, VIETALIGN_ECALLBACK, "the write callback failed");
	if (rc && !w->status)
		w->status = rc;
	return rc;
}

static int refused(const vta_tmx_writer *w)
{
	return vta_error_set(w->err, w->status, "the TMX writer stopped at an earlier error");
}

/* One <tu> of texts already in w->vi and w->en, cleaned; empty sides skip. */
static void put_unit(vta_tmx_writer *w, const char *doc, const char *vi_file, const char *en_file, double score)
{
	vta_tmx_tu_info tu;
	if (w->vi.len == 0 || w->en.len == 0)
		return;
	tu.tuid = ++w->units;
	tu.doc = doc;
	tu.vi_file = vi_file;
	tu.en_file = en_file;
	tu.score = score;
	vta_tmx_tu(&w->sink, &tu, &w->vi, &w->en, w->opts.srclang);
}

int vta_tmx_writer_add(vta_tmx_writer *w, const vietalign_alignment *al, const char *doc_id, const char *vi_name,
                       const char *en_name)
{
	size_t i;
	int rc = 0;
	if (!w || !al)
		return vta_error_set(w ? w->err : NULL, VIETALIGN_EINVALID, "no writer or no alignment");
	if (w->status)
		return refused(w);
	for (i = 0; i < al->nbeads && !rc && !vta_sink_failed(&w->sink); i++) {
		const vta_bead *b = &al->beads[i];
		if (!vta_bead_wanted(b, &w->opts, 0))
			continue;
		rc = vta_tmx_bead_texts(&w->vi, &w->en, al, b, w->err);
		if (!rc)
			put_unit(w, doc_id, vi_name, en_name, b->score);
	}
	return settle(w, rc);
}

/* Copies text into buf, cleaned for a <seg>. */
static int clean_into(vta_strbuf *buf, const char *text)
{
	buf->len = 0;
	if (vta_strbuf_append(buf, text ? text : "", text ? strlen(text) : 0))
		return VIETALIGN_ENOMEM;
	buf->len = vta_xml_clean(buf->data, buf->len);
	return 0;
}

int vta_tmx_writer_add_unit(vta_tmx_writer *w, const vietalign_tmx_unit *unit)
{
	if (!w || !unit)
		return vta_error_set(w ? w->err : NULL, VIETALIGN_EINVALID, "no writer or no unit");
	if (w->status)
		return refused(w);
	if (clean_into(&w->vi, unit->vi) || clean_into(&w->en, unit->en))
		return settle(w, vta_error_set(w->err, VIETALIGN_ENOMEM, "out of memory while writing a TMX unit"));
	put_unit(w, unit->doc, unit->vi_file, unit->en_file, unit->score);
	return settle(w, 0);
}

size_t vta_tmx_writer_count(const vta_tmx_writer *w)
{
	return w ? w->units : 0;
}

int vta_tmx_writer_finish(vta_tmx_writer *w)
{
	if (!w)
		return VIETALIGN_EINVALID;
	if (w->status)
		return refused(w);
	vta_tmx_tail(&w->sink);
	vta_sink_flush(&w->sink);
	return settle(w, 0);
}

void vta_tmx_writer_free(vta_tmx_writer *w)
{
	if (!w)
		return;
	vta_sink_free(&w->sink);
	vta_strbuf_free(&w->vi);
	vta_strbuf_free(&w->en);
	free(w);
}
