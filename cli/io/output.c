/* output.c - where a command's records go: one file (-o OUT, or standard
 * output), or with --format moses the line-aligned files of moses.c;
 * with --header, TSV column names first. */
#include <stdlib.h>
#include <string.h>
#include "cli.h"

int cli_output_check(const cli_output_opts *o, const vietalign_write_options *w, const char *cmd)
{
	if (o->moses && (!o->path || strcmp(o->path, "-") == 0)) {
		cli_error("%s: --format moses needs -o PREFIX (it writes PREFIX.vi, PREFIX.en, PREFIX.scores)", cmd);
		return EXIT_USAGE;
	}
	if (o->header && (o->moses || w->format != VIETALIGN_FORMAT_TSV)) {
		cli_error("%s: --header is for --format tsv", cmd);
		return EXIT_USAGE;
	}
	return 0;
}

int cli_output_check_files(const char *cmd, const cli_named *inputs, size_t nin, const cli_output_opts *o,
                           const cli_named *more)
{
	cli_named out[5] = {{"-o", o->path}};
	char *files[4] = {NULL, NULL, NULL, NULL};
	size_t nout = 1, k;
	int rc;
	if (o->moses && o->path)
		for (nout = 0, k = 0; k < 4; k++)
			if ((files[k] = cli_moses_file(o->path, k)) != NULL)
				out[nout++] = (cli_named){"-o", files[k]};
	if (more)
		out[nout++] = *more;
	rc = cli_check_outputs(cmd, inputs, nin, out, nout);
	for (k = 0; k < 4; k++)
		free(files[k]);
	return rc;
}

int cli_output_open(cli_output *out, const cli_output_opts *o, int with_ids, const char *const *inputs)
{
	static const char head[] = "vi\ten\tscore\tid\n";
	memset(out, 0, sizeof *out);
	out->moses = o->moses;
	if (o->moses)
		return cli_moses_open(&out->m, o->path, with_ids, inputs);
	if (cli_refuse_input(o->path, inputs) || cli_out_open(&out->file, o->path, 0))
		return 1;
	if (!o->header)
		return 0;
	/* "vi en score", and batch's id after them */
	if (with_ids ? cli_out_write(&out->file, head, sizeof head - 1)
	             : cli_out_write(&out->file, head, strlen("vi\ten\tscore")) || cli_out_write(&out->file, "\n", 1)) {
		cli_output_abort(out);
		return 1;
	}
	return 0;
}

int cli_output_write(cli_output *out, const char *data, size_t len)
{
	return out->moses ? cli_moses_write(&out->m, data, len) : cli_out_write(&out->file, data, len);
}

int cli_output_commit(cli_output *out)
{
	return out->moses ? cli_moses_commit(&out->m) : cli_out_commit(&out->file);
}

void cli_output_abort(cli_output *out)
{
	if (out->moses)
		cli_moses_abort(&out->m);
	else
		cli_out_abort(&out->file);
}

const char *cli_output_name(const cli_output *out)
{
	if (out->moses)
		return out->m.out[0].path ? out->m.out[0].path : "the moses files";
	return out->file.path ? out->file.path : "standard output";
}

int cli_output_failed(const cli_output *out)
{
	size_t k;
	if (!out->moses)
		return out->file.failed;
	for (k = 0; k < out->m.files; k++)
		if (out->m.out[k].failed)
			return out->m.out[k].failed; /* its errno */
	return 0;
}
