/* writer.c - the public writers: options, dispatch by format, and output to
 * a callback, a file (atomically) or a memory buffer. */
#define _GNU_SOURCE /* mkostemp, GNU strerror_r */
#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "segment/segment.h"
#include "common/common.h"
#include "write/write.h"

/* ------------------------------------------------------------ options */

int vietalign_format_parse(vietalign_format *out, const char *name)
{
	if (!out || !name)
		return VIETALIGN_EINVALID;
	if (!strcasecmp(name, "tmx"))
		*out = VIETALIGN_FORMAT_TMX;
	else if (!strcasecmp(name, "tsv"))
		*out = VIETALIGN_FORMAT_TSV;
	else if (!strcasecmp(name, "jsonl"))
		*out = VIETALIGN_FORMAT_JSONL;
	else
		return VIETALIGN_EINVALID;
	return VIETALIGN_OK;
}

/* The size of a version's struct: a program built against an older
 * header passes (and allocates) only the fields of its time. */
static size_t options_size(unsigned int version)
{
	switch (version) {
	case 1: return offsetof(vietalign_write_options, explain);
	case VIETALIGN_WRITE_OPTIONS_VERSION: return sizeof(vietalign_write_options);
	default: return 0;
	}
}

int vietalign_write_options_init(vietalign_write_options *opts, unsigned int version)
{
	const vietalign_write_options defaults = VIETALIGN_WRITE_OPTIONS_INIT;
	size_t size = options_size(version);
	if (!opts)
		return VIETALIGN_EINVALID;
	if (!size)
		return VIETALIGN_EVERSION;
	memcpy(opts, &defaults, size);
	opts->version = version;
	return VIETALIGN_OK;
}

int vta_write_options_read(vietalign_write_options *out, const vietalign_write_options *opts, vta_error *err)
{
	const vietalign_write_options defaults = VIETALIGN_WRITE_OPTIONS_INIT;
	size_t size;
	*out = defaults;
	if (!opts)
		return 0;
	if (!(size = options_size(opts->version)))
		return vta_error_set(err, VIETALIGN_EVERSION, "unknown write options version %u", opts->version);
	memcpy(out, opts, size); /* later fields keep their defaults */
	out->version = VIETALIGN_WRITE_OPTIONS_VERSION;
	return 0;
}

/* ------------------------------------------------- helpers for writers */

void vta_strbuf_free(vta_strbuf *buf)
{
	free(buf->data);
	buf->data = NULL;
	buf->len = buf->cap = 0;
}

int vta_strbuf_append(vta_strbuf *buf, const char *s, size_t len)
{
	if (len > SIZE_MAX - buf->len - 1 || vta_grow((void **)&buf->data, &buf->cap, buf->len + len + 1, 1))
		return VIETALIGN_ENOMEM;
	memcpy(buf->data + buf->len, s, len);
	buf->len += len;
	buf->data[buf->len] = '\0';
	return 0;
}

int vta_bead_side_text(vta_strbuf *buf, const vietalign_doc *doc, size_t first, size_t count, vta_error *err)
{
	size_t i, have = doc ? doc->nsents : 0;
	buf->len = 0;
	if (count > have || first > have - count)
		return vta_error_set(err, VIETALIGN_EINVALID, "bead refers to sentences %zu..%zu of a document of %zu",
		                     first, first + count, have);
	if (vta_strbuf_append(buf, "", 0))
		goto nomem;
	for (i = first; i < first + count; i++) {
		const vta_sentence *s = &doc->sents[i];
		if ((i > first && vta_strbuf_append(buf, " ", 1)) || vta_strbuf_append(buf, s->text, s->text_length))
			goto nomem;
	}
	return 0;
nomem:
	return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory while writing the alignment");
}

int vta_bead_sides(vta_strbuf *vi, vta_strbuf *en, const vietalign_alignment *al, const vta_bead *b, vta_error *err)
{
	int rc = vta_bead_side_text(vi, al->vi, b->vi_first, b->vi_count, err);
	return rc ? rc : vta_bead_side_text(en, al->en, b->en_first, b->en_count, err);
}

int vta_bead_wanted(const vta_bead *bead, const vietalign_write_options *opts, int one_sided)
{
	int vi = bead->vi_count > 0, en = bead->en_count > 0;
	if (bead->score < opts->min_score)
		return 0;
	return (vi && en) || (one_sided && (vi || en));
}

void vta_format_score(char *buf, size_t size, double score)
{
	long long units;
	if (!(score >= 0.0)) /* also NaN */
		score = 0.0;
	if (score > 1.0)
		score = 1.0;
	/* integers only: %f would follow LC_NUMERIC and could print "0,8731" */
	units = (long long)(score * 10000.0 + 0.5);
	snprintf(buf, size, "%lld.%04lld", units / 10000, units % 10000);
}

void vta_format_fixed(char *buf, size_t size, double x)
{
	long long units;
	if (!(x == x)) /* NaN */
		x = 0.0;
	x = x < -1e12 ? -1e12 : x > 1e12 ? 1e12 : x;
	/* integers only, as vta_format_score() */
	units = (long long)((x < 0 ? -x : x) * 1000.0 + 0.5);
	snprintf(buf, size, "%s%lld.%03lld", x < 0 && units ? "-" : "", units / 1000, units % 1000);
}

/* ------------------------------------------------- beads on threads */

/* Appends to a vta_strbuf; the only way that fails is memory. */
static int mem_write(const char *data, size_t len, void *payload)
{
	return vta_strbuf_append(payload, data, len) ? -1 : 0;
}

static int beads_to(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                    vta_bead_writer write_bead, size_t first, size_t end, vta_strbuf *vi, vta_strbuf *en,
                    vta_error *err)
{
	size_t i;
	int rc = 0;
	for (i = first; !rc && i < end && !vta_sink_failed(sink); i++)
		rc = write_bead(sink, al, opts, i, vi, en, err);
	return rc;
}

/* Beads per chunk on several threads: enough that starting the threads
 * costs little, few enough that a chunk's text stays small. */
#define CHUNK_BEADS 2048

/* One thread's chunk: beads [first, end) into out. */
typedef struct {
	const vietalign_alignment *al;
	const vietalign_write_options *opts;
	vta_bead_writer write_bead;
	size_t first, end;
	vta_sink sink; /* into out */
	vta_strbuf out, vi, en;
	vta_error err;
	int rc;
} chunk_job;

static void *write_chunk(void *arg)
{
	chunk_job *j = arg;
	int flushed;
	j->out.len = 0;
	j->rc = beads_to(&j->sink, j->al, j->opts, j->write_bead, j->first, j->end, &j->vi, &j->en, &j->err);
	flushed = vta_sink_flush(&j->sink); /* what came before an error, too */
	if (!j->rc && flushed)
		j->rc = vta_error_set(&j->err, VIETALIGN_ENOMEM, "out of memory while writing the alignment");
	return NULL;
}

static void chunks_free(chunk_job *jobs, unsigned n)
{
	unsigned t;
	for (t = 0; t < n; t++) {
		vta_sink_free(&jobs[t].sink);
		vta_strbuf_free(&jobs[t].out);
		vta_strbuf_free(&jobs[t].vi);
		vta_strbuf_free(&jobs[t].en);
	}
}

/* Rounds of n chunks, one per thread, passed on in order. */
static int write_chunks(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                        vta_bead_writer write_bead, unsigned n, vta_error *err)
{
	chunk_job jobs[VTA_PARALLEL_MAX];
	size_t next = 0;
	unsigned t;
	int rc = 0;
	memset(jobs, 0, n * sizeof *jobs);
	for (t = 0; t < n; t++) {
		jobs[t].al = al;
		jobs[t].opts = opts;
		jobs[t].write_bead = write_bead;
		if (vta_sink_init(&jobs[t].sink, mem_write, &jobs[t].out))
			rc = vta_error_set(err, VIETALIGN_ENOMEM, "out of memory while writing the alignment");
	}
	while (!rc && next < al->nbeads && !vta_sink_failed(sink)) {
		for (t = 0; t < n; t++) {
			jobs[t].first = next < al->nbeads ? next : al->nbeads;
			next = al->nbeads - jobs[t].first > CHUNK_BEADS ? jobs[t].first + CHUNK_BEADS : al->nbeads;
			jobs[t].end = next;
		}
		vta_parallel(write_chunk, jobs, sizeof *jobs, n);
		for (t = 0; t < n && !rc; t++) {
			vta_sink_write(sink, jobs[t].out.data, jobs[t].out.len);
			if ((rc = jobs[t].rc) && err)
				*err = jobs[t].err;
		}
	}
	chunks_free(jobs, n);
	return rc;
}

int vta_write_beads(vta_sink *sink, const vietalign_alignment *al, const vietalign_write_options *opts,
                    vta_bead_writer write_bead, unsigned threads, vta_error *err)
{
	vta_strbuf vi = {0}, en = {0};
	unsigned n = threads < VTA_PARALLEL_MAX ? threads : VTA_PARALLEL_MAX;
	int rc;
	if (n >= 2 && al->nbeads >= 2 * CHUNK_BEADS)
		return write_chunks(sink, al, opts, write_bead, n, err);
	rc = beads_to(sink, al, opts, write_bead, 0, al->nbeads, &vi, &en, err);
	vta_strbuf_free(&vi);
	vta_strbuf_free(&en);
	return rc;
}

/* ------------------------------------------------------------ dispatch */

static int check_args(const vietalign_alignment *al, const vietalign_write_options *opts, vta_error *err)
{
	if (!al)
		return vta_error_set(err, VIETALIGN_EINVALID, "no alignment to write");
	if (opts->format != VIETALIGN_FORMAT_TMX && opts->format != VIETALIGN_FORMAT_TSV &&
	    opts->format != VIETALIGN_FORMAT_JSONL)
		return vta_error_set(err, VIETALIGN_EINVALID, "unknown output format %d", (int)opts->format);
	if (!vietalign_lang_code(opts->srclang))
		return vta_error_set(err, VIETALIGN_EINVALID, "unknown source language %d", (int)opts->srclang);
	return 0;
}

/* Writes through fn. A failing callback yields VIETALIGN_ECALLBACK with no
 * message set, so that each caller can word it (a file, a buffer …). */
static int write_to(vta_error *err, const vietalign_alignment *al, const vietalign_write_options *given,
                    unsigned threads, vietalign_write_fn fn, void *payload)
{
	vietalign_write_options o;
	const vietalign_write_options *opts = &o;
	vta_sink sink;
	int rc = vta_write_options_read(&o, given, err);
	if (!rc)
		rc = check_args(al, opts, err);
	if (rc)
		return rc;
	if (vta_sink_init(&sink, fn, payload))
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory while writing the alignment");
	switch (opts->format) {
	case VIETALIGN_FORMAT_TSV: rc = vta_tsv_write(&sink, al, opts, threads, err); break;
	case VIETALIGN_FORMAT_JSONL: rc = vta_jsonl_write(&sink, al, opts, threads, err); break;
	default: rc = vta_tmx_write(&sink, al, opts, threads, err); break;
	}
	if (!rc)
		rc = vta_sink_flush(&sink);
	vta_sink_free(&sink);
	return rc;
}

int vta_alignment_write(vta_error *err, unsigned threads, const vietalign_alignment *alignment,
                        const vietalign_write_options *opts, vietalign_write_fn fn, void *payload)
{
	int rc;
	if (!fn)
		return vta_error_set(err, VIETALIGN_EINVALID, "no write callback");
	rc = write_to(err, alignment, opts, threads, fn, payload);
	if (rc == VIETALIGN_ECALLBACK)
		vta_error_set(err, rc, "the write callback reported an error");
	return rc;
}

/* ---------------------------------------------------------------- file */

typedef struct fd_out {
	int fd;
	int errnum; /* errno of the failed call */
} fd_out;

static int fd_fail(fd_out *o, int errnum)
{
	o->errnum = errnum ? errnum : EIO;
	return VIETALIGN_ECALLBACK;
}

static int fd_write(const char *data, size_t len, void *payload)
{
	fd_out *o = payload;
	while (len > 0) {
		ssize_t n = write(o->fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return fd_fail(o, n < 0 ? errno : EIO);
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

static int io_error(vta_error *err, const char *what, const char *path, int errnum)
{
	char buf[128];
	return vta_error_set(err, VIETALIGN_EIO, "%s '%s': %s", what, path, strerror_r(errnum, buf, sizeof buf));
}

/* The process umask, read without changing it (umask() would have to set it,
 * racing other threads); Linux shows it in /proc/self/status. */
static mode_t current_umask(void)
{
	char line[128];
	unsigned int mask;
	mode_t m = 022;
	FILE *f = fopen("/proc/self/status", "re");
	if (!f)
		return m;
	while (fgets(line, sizeof line, f)) {
		if (sscanf(line, "Umask: %o", &mask) == 1) {
			m = (mode_t)(mask & 0777);
			break;
		}
	}
	fclose(f);
	return m;
}

/* Makes the rename durable; best effort, as some file systems refuse to
 * fsync a directory. */
static void sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
	int fd = dir ? open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

/* A device, pipe or socket (/dev/stdout, a FIFO) is written in place:
 * renaming a file over it would replace the device node itself. */
static int write_in_place(vta_error *err, unsigned threads, const vietalign_alignment *al,
                          const vietalign_write_options *opts, const char *path)
{
	fd_out o = {open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY), 0};
	int rc;
	if (o.fd < 0)
		return io_error(err, "cannot open", path, errno);
	rc = write_to(err, al, opts, threads, fd_write, &o);
	if (close(o.fd) && !rc)
		rc = fd_fail(&o, errno);
	return rc == VIETALIGN_ECALLBACK ? io_error(err, "cannot write", path, o.errnum) : rc;
}

/* The mode for the file replacing path: the old file's own (an output
 * made private stays private), or a new file's (0644 less the umask). */
static mode_t target_mode(const char *path)
{
	struct stat st;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 07777;
	return 0644 & ~current_umask();
}

/* Writes into path.tmpXXXXXX beside path, syncs it and renames it over path;
 * on any failure the temporary file is removed and path is left as it was. */
static int write_atomic(vta_error *err, unsigned threads, const vietalign_alignment *al,
                        const vietalign_write_options *opts, const char *path)
{
	static const char suffix[] = ".tmpXXXXXX";
	size_t n = strlen(path);
	char *tmp = malloc(n + sizeof suffix);
	fd_out o = {-1, 0};
	int rc;
	if (!tmp)
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory while writing '%s'", path);
	memcpy(tmp, path, n);
	memcpy(tmp + n, suffix, sizeof suffix);
	o.fd = mkostemp(tmp, O_CLOEXEC);
	if (o.fd < 0) {
		rc = io_error(err, "cannot create a temporary file beside", path, errno);
		free(tmp);
		return rc;
	}
	/* mkstemp creates the file 0600; give it the mode path has or would get */
	rc = fchmod(o.fd, target_mode(path)) ? fd_fail(&o, errno) : 0;
	if (!rc)
		rc = write_to(err, al, opts, threads, fd_write, &o);
	if (!rc && fsync(o.fd))
		rc = fd_fail(&o, errno);
	if (close(o.fd) && !rc)
		rc = fd_fail(&o, errno);
	if (!rc && rename(tmp, path))
		rc = fd_fail(&o, errno);
	if (rc)
		unlink(tmp);
	else
		sync_dir(path);
	free(tmp);
	return rc == VIETALIGN_ECALLBACK ? io_error(err, "cannot write", path, o.errnum) : rc;
}

int vta_alignment_write_file(vta_error *err, unsigned threads, const vietalign_alignment *alignment,
                             const vietalign_write_options *opts, const char *path)
{
	struct stat st;
	char *target;
	int rc;
	if (!path || !*path)
		return vta_error_set(err, VIETALIGN_EINVALID, "no output file name");
	/* through a symbolic link, replace the file it points to, not the link */
	target = realpath(path, NULL);
	if (!target)
		target = strdup(path);
	if (!target)
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory while writing '%s'", path);
	if (stat(target, &st) == 0 && !S_ISREG(st.st_mode))
		rc = write_in_place(err, threads, alignment, opts, target);
	else
		rc = write_atomic(err, threads, alignment, opts, target);
	free(target);
	return rc;
}

/* -------------------------------------------------------------- buffer */

int vta_alignment_write_buffer(char **out, size_t *out_len, vta_error *err, unsigned threads,
                               const vietalign_alignment *alignment, const vietalign_write_options *opts)
{
	vta_strbuf buf = {NULL, 0, 0};
	int rc;
	if (!out)
		return vta_error_set(err, VIETALIGN_EINVALID, "no place to put the buffer");
	*out = NULL;
	rc = write_to(err, alignment, opts, threads, mem_write, &buf);
	/* the append also gives an empty output its NUL (a failed write here
	 * can only be memory: mem_write()) */
	if (rc == VIETALIGN_ECALLBACK || (!rc && vta_strbuf_append(&buf, "", 0)))
		rc = vta_error_set(err, VIETALIGN_ENOMEM, "out of memory while writing the alignment");
	if (rc) {
		vta_strbuf_free(&buf);
		return rc;
	}
	*out = buf.data;
	if (out_len)
		*out_len = buf.len;
	return VIETALIGN_OK;
}

void vietalign_buffer_free(char *buffer)
{
	free(buffer);
}
