/* align_files.c - align two text files and print the pairs with their scores.
 *
 *   align_files VI_FILE EN_FILE
 */
#include <stdio.h>
#include <stdlib.h>
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

static void print_side(const vietalign_doc *doc, size_t first, size_t count)
{
	size_t k;
	for (k = 0; k < count; k++) {
		vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
		vietalign_doc_sentence(&s, doc, first + k);
		printf("%s%s", k ? " " : "", s.text);
	}
}

int main(int argc, char **argv)
{
	vietalign_aligner *aligner = NULL;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	char *vtext, *etext;
	size_t vlen = 0, elen = 0, i;
	int rc = 1;

	if (argc != 3) {
		fprintf(stderr, "usage: %s VI_FILE EN_FILE\n", argv[0]);
		return 2;
	}
	vtext = slurp(argv[1], &vlen);
	etext = slurp(argv[2], &elen);
	if (!vtext || !etext) {
		fprintf(stderr, "cannot read the input files\n");
		goto out;
	}
	if (vietalign_aligner_new(&aligner, NULL) || vietalign_doc_new(&vi, aligner, vtext, vlen, VIETALIGN_LANG_VI) ||
	    vietalign_doc_new(&en, aligner, etext, elen, VIETALIGN_LANG_EN) || vietalign_align(&al, aligner, vi, en)) {
		fprintf(stderr, "vietalign: %s\n", aligner ? vietalign_aligner_last_error(aligner) : "no memory");
		goto out;
	}
	for (i = 0; i < vietalign_alignment_bead_count(al); i++) {
		vietalign_bead b = VIETALIGN_BEAD_INIT;
		vietalign_alignment_bead(&b, al, i);
		printf("%zu-%zu %.3f\t", b.vi_count, b.en_count, b.score);
		print_side(vi, b.vi_first, b.vi_count);
		putchar('\t');
		print_side(en, b.en_first, b.en_count);
		putchar('\n');
	}
	rc = 0;
out:
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(aligner);
	free(vtext);
	free(etext);
	return rc;
}
