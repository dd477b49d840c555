/* review.c - `vietalign review VI_FILE EN_FILE -o review.html`: aligns
 * as `align` does and writes the editor page where a person corrects the
 * alignment and saves it as TMX and TSV from the browser. */
#include <string.h>
#include "cli.h"
#include "report/review_page.h"

/* The saved files' name: the page's own without its directory and its
 * .html, so that review.html saves review.tmx and review.tsv. */
static void save_name(char *buf, size_t size, const char *out_path)
{
	const char *base = strrchr(out_path, '/');
	size_t n;
	base = base ? base + 1 : out_path;
	if (strcmp(out_path, "-") == 0 || !*base)
		base = "review";
	snprintf(buf, size, "%s", base);
	n = strlen(buf);
	if (n > 5 && strcmp(buf + n - 5, ".html") == 0)
		buf[n - 5] = '\0';
	else if (n > 4 && strcmp(buf + n - 4, ".htm") == 0)
		buf[n - 4] = '\0';
}

/* Texts that are not translations of each other still get their page (a
 * person may want to see why), with a warning on it; the exit status says
 * so unless --not-parallel-ok. */
static int parallel_status(const vietalign_alignment *aln, const cli_align_args *a, int parallel)
{
	double p = vietalign_alignment_parallelism(aln);
	if (parallel || a->keep_unparallel)
		return 0;
	cli_error("%s%s%s: not translations of each other (parallelism %.2f, below %.2f): the page says so; "
	          "--not-parallel-ok accepts them",
	          a->vi_path, a->en_path ? ", " : "", a->en_path ? a->en_path : "", p, a->opts.parallel_threshold);
	return EXIT_NOT_PARALLEL;
}

static int write_page(vietalign_aligner *al, const vietalign_alignment *aln, cli_align_args *a, cli_output *out)
{
	char name[256];
	review_page p;
	save_name(name, sizeof name, a->out.path);
	p.vi_path = a->vi_path;
	p.en_path = a->en_path ? a->en_path : a->vi_path; /* one file holding both */
	p.save_name = name;
	p.srclang = a->wopts.srclang;
	p.min_score = a->wopts.min_score;
	p.one_sided = a->wopts.one_sided;
	p.parallel = vietalign_alignment_is_parallel(al, aln);
	p.parallel_threshold = a->opts.parallel_threshold;
	review_page_write(out->file.f, aln, &p);
	return cli_output_commit(out) ? 1 : parallel_status(aln, a, p.parallel); /* commit reports a failed write */
}

int cmd_review(int argc, char **argv)
{
	static const cli_align_cmd review = {
		"review", "vietalign review VI_FILE EN_FILE -o REVIEW.html [align's options]", 1, write_page};
	return cli_align_command(argc, argv, &review);
}
