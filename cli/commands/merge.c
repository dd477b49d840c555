/* merge.c - `vietalign merge A.tmx B.tmx … -o OUT.tmx`: translation
 * memories joined into one, through the library's TMX reader and
 * many-document writer (units renumbered 1, 2, 3 …, their x-doc, file and
 * score props kept), a unit whose Vietnamese and English texts (as the
 * reader gives them: NFC, white space folded) are those of an earlier
 * unit left out. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "report/tmx_read.h"

/* The pairs seen so far: an open-addressing set of "vi\0en" keys. */
typedef struct {
	char **keys;
	size_t cap, n;
} seen_set;

static uint64_t hash(const char *vi, const char *en)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a over vi, a NUL, en */
	const char *s;
	for (s = vi; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	h *= 1099511628211ULL;
	for (s = en; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static int same(const char *key, const char *vi, const char *en)
{
	size_t n = strlen(vi);
	return memcmp(key, vi, n + 1) == 0 && strcmp(key + n + 1, en) == 0;
}

static int grow(seen_set *s);

/* 1 when (vi, en) was there already, 0 when added, -1 out of memory. */
static int seen_add(seen_set *s, const char *vi, const char *en)
{
	size_t i, nv = strlen(vi), ne = strlen(en);
	if ((s->n + 1) * 2 > s->cap && grow(s))
		return -1;
	for (i = hash(vi, en) & (s->cap - 1); s->keys[i]; i = (i + 1) & (s->cap - 1))
		if (same(s->keys[i], vi, en))
			return 1;
	if (!(s->keys[i] = malloc(nv + ne + 2)))
		return -1;
	memcpy(s->keys[i], vi, nv + 1);
	memcpy(s->keys[i] + nv + 1, en, ne + 1);
	s->n++;
	return 0;
}

static int grow(seen_set *s)
{
	size_t cap = s->cap ? s->cap * 2 : 1024, i, j;
	char **keys = calloc(cap, sizeof *keys);
	if (!keys)
		return 1;
	for (i = 0; i < s->cap; i++) {
		const char *k = s->keys[i];
		if (!k)
			continue;
		for (j = hash(k, k + strlen(k) + 1) & (cap - 1); keys[j]; j = (j + 1) & (cap - 1))
			;
		keys[j] = s->keys[i];
	}
	free(s->keys);
	s->keys = keys;
	s->cap = cap;
	return 0;
}

static void seen_free(seen_set *s)
{
	size_t i;
	for (i = 0; i < s->cap; i++)
		free(s->keys[i]);
	free(s->keys);
}

typedef struct {
	vietalign_tmx_writer *w;
	seen_set seen;
	size_t duplicates;
	int failed; /* 1: out of memory, 2: the writer failed */
} merge_run;

static int on_unit(const vietalign_tmx_unit *u, void *payload)
{
	merge_run *m = payload;
	int dup = seen_add(&m->seen, u->vi, u->en);
	if (dup < 0)
		return m->failed = 1;
	if (dup) {
		m->duplicates++;
		return 0;
	}
	return vietalign_tmx_writer_add_unit(m->w, u) ? (m->failed = 2) : 0;
}

static int out_write(const char *data, size_t len, void *payload)
{
	return cli_out_write(payload, data, len);
}

typedef struct {
	char **in;
	size_t nin;
	const char *out;
	vietalign_write_options w;
	int quiet;
} merge_args;

/* No input may be the output. */
static int refuse_clobber(const merge_args *a)
{
	cli_named out = {"-o", a->out}, *in = calloc(a->nin, sizeof *in);
	size_t i;
	int rc;
	if (!in)
		return 1;
	for (i = 0; i < a->nin; i++) {
		in[i].label = "INPUT";
		in[i].path = a->in[i];
	}
	rc = cli_check_outputs("merge", in, a->nin, &out, 1) ? EXIT_USAGE : 0;
	free(in);
	return rc;
}

static int parse_args(merge_args *a, int argc, char **argv)
{
	int i;
	if (!(a->in = calloc((size_t)argc, sizeof *a->in)))
		return 1;
	for (i = 1; i < argc; i++) {
		const char *v;
		if (cli_is_opt(argv[i], "-o") || cli_is_opt(argv[i], "--output")) {
			if (!(a->out = cli_opt_value(argc, argv, &i, argv[i][1] == 'o' ? "-o" : "--output")))
				goto bad;
		} else if (cli_is_opt(argv[i], "--srclang")) {
			if (!(v = cli_opt_value(argc, argv, &i, "--srclang")) || vietalign_lang_parse(&a->w.srclang, v))
				goto bad;
		} else if (strcmp(argv[i], "--quiet") == 0 || strcmp(argv[i], "-q") == 0) {
			a->quiet = 1;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			goto bad;
		} else {
			a->in[a->nin++] = argv[i];
		}
	}
	if (a->nin == 0) {
		cli_error("usage: vietalign merge A.tmx [B.tmx ...] [-o OUT.tmx] [--srclang vi|en] [--quiet]");
		return EXIT_USAGE;
	}
	return refuse_clobber(a);
bad:
	cli_error("merge: bad or incomplete option '%s'", argv[i]);
	return EXIT_USAGE;
}

static int run(merge_run *m, const merge_args *a, cli_out *out, vietalign_aligner *al)
{
	size_t i;
	tmx_stats stats;
	if (vietalign_tmx_writer_new(&m->w, al, &a->w, out_write, out)) {
		cli_error("%s: cannot start the TMX", a->out ? a->out : "standard output");
		return 1;
	}
	for (i = 0; i < a->nin; i++) {
		if (tmx_read(a->in[i], "merged", NULL, on_unit, m, &stats)) {
			if (m->failed)
				cli_error("%s: %s%s", a->out ? a->out : "standard output",
				          m->failed == 1 ? "out of memory" : "write error: ",
				          m->failed == 1 ? "" : strerror(out->failed ? out->failed : EIO));
			return 1;
		}
	}
	if (vietalign_tmx_writer_finish(m->w)) {
		cli_error("%s: write error: %s", a->out ? a->out : "standard output",
		          strerror(out->failed ? out->failed : EIO));
		return 1;
	}
	if (!a->quiet)
		cli_error("merge: %zu unit(s) from %zu file(s) written, %zu duplicate(s) left out",
		          vietalign_tmx_writer_unit_count(m->w), a->nin, m->duplicates);
	return 0;
}

int cmd_merge(int argc, char **argv)
{
	merge_args a;
	merge_run m;
	cli_out out;
	vietalign_aligner *al = NULL;
	int rc;
	memset(&a, 0, sizeof a);
	memset(&m, 0, sizeof m);
	memset(&out, 0, sizeof out);
	vietalign_write_options_init(&a.w, VIETALIGN_WRITE_OPTIONS_VERSION);
	a.w.creation_date = cli_source_date();
	if ((rc = parse_args(&a, argc, argv)) == 0) {
		rc = cli_plain_aligner(&al) || cli_out_open(&out, a.out, 0) || run(&m, &a, &out, al) ||
		     cli_out_commit(&out);
		if (rc)
			cli_out_abort(&out);
	}
	vietalign_tmx_writer_free(m.w);
	vietalign_aligner_free(al);
	seen_free(&m.seen);
	free(a.in);
	return rc;
}
