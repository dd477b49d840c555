/* stream_pairs.c - align many document pairs with one aligner and stream
 * their sentence pairs as JSON Lines, as a corpus builder would.
 *
 *   stream_pairs < manifest.tsv        (one "vi_path<TAB>en_path" a line)
 *
 * A pair that fails is reported on stderr and skipped; the exit status is
 * 1 when any failed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vietalign.h>

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;
	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)n + 1)) != NULL) {
		*len = fread(buf, 1, (size_t)n, f);
		buf[*len] = '\0';
	}
	fclose(f);
	return buf;
}

static int to_stdout(const char *data, size_t len, void *payload)
{
	(void)payload;
	return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

/* Aligns one pair and writes its pairs; returns 0 or prints why not. */
static int one_pair(vietalign_aligner *a, const char *vi_path, const char *en_path)
{
	vietalign_write_options wo = VIETALIGN_WRITE_OPTIONS_INIT;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	size_t vlen = 0, elen = 0;
	char *vt = slurp(vi_path, &vlen), *et = slurp(en_path, &elen);
	int rc = !vt || !et;
	wo.format = VIETALIGN_FORMAT_JSONL;
	if (rc)
		fprintf(stderr, "%s, %s: cannot read\n", vi_path, en_path);
	else if ((rc = vietalign_doc_new(&vi, a, vt, vlen, VIETALIGN_LANG_VI) ||
	               vietalign_doc_new(&en, a, et, elen, VIETALIGN_LANG_EN) || vietalign_align(&al, a, vi, en) ||
	               vietalign_alignment_write(a, al, &wo, to_stdout, NULL)) != 0)
		fprintf(stderr, "%s, %s: %s\n", vi_path, en_path, vietalign_aligner_last_error(a));
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	free(vt);
	free(et);
	return rc;
}

int main(void)
{
	vietalign_aligner *a = NULL;
	char line[8192];
	int failed = 0;
	if (vietalign_aligner_new(&a, NULL))
		return 1;
	while (fgets(line, sizeof line, stdin)) {
		char *tab = strchr(line, '\t'), *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (!tab) {
			fprintf(stderr, "skipped a line without a tab\n");
			failed = 1;
			continue;
		}
		*tab = '\0';
		failed |= one_pair(a, line, tab + 1);
	}
	vietalign_aligner_free(a);
	return failed;
}
