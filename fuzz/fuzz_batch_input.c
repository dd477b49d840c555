/* fuzz_batch_input.c - libFuzzer harness for the input of `vietalign
 * batch` (cli/batch/input.c, base64.c): any bytes read as a manifest and
 * as a Bitextor --stdin stream. Every pair read must carry an id fit for
 * every output (valid UTF-8, no control character), a line number that
 * grows, and either an error or its fields (never '-' as a manifest
 * document); every base64 field decodes or names an offset inside it,
 * and decodes to no more than 3 bytes per 4 characters. */
#define _GNU_SOURCE /* fmemopen */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "batch/batch.h"

static void check_id(const char *id)
{
	char *copy;
	size_t len, replaced = 0, i;
	if (!id)
		abort();
	len = strlen(id);
	for (i = 0; i < len; i++)
		if ((unsigned char)id[i] < 0x20 || id[i] == 0x7F)
			abort();
	/* valid UTF-8: replacing the invalid bytes replaces none */
	if (!(copy = strdup(id)))
		return;
	if (cli_replace_invalid(&copy, &len, &replaced) == 0 && replaced)
		abort();
	free(copy);
}

static void check_b64(const char *b64)
{
	char *out = NULL;
	size_t n = strlen(b64), len = 0, bad = 0;
	int rc = batch_base64_decode(&out, &len, b64, n, &bad);
	if (rc == 0 && (len > n / 4 * 3 + 2 || out[len] != '\0'))
		abort();
	if (rc > 0 && bad > n)
		abort();
	free(out);
}

static void read_all(const uint8_t *data, size_t size, int stream)
{
	FILE *f = fmemopen((void *)data, size, "rb");
	batch_reader r;
	batch_job job;
	size_t last = 0;
	if (!f)
		return;
	batch_reader_from(&r, f, "fuzz", stream);
	while (batch_reader_next(&r, &job) == 1) {
		check_id(job.id);
		if (job.line <= last)
			abort();
		last = job.line;
		if (!job.error && stream && (!job.vi_b64 || !job.en_b64))
			abort();
		if (!job.error && !stream &&
		    (!job.vi_path || !job.en_path || strcmp(job.vi_path, "-") == 0 || strcmp(job.en_path, "-") == 0))
			abort();
		if (!job.error && stream) {
			check_b64(job.vi_b64);
			check_b64(job.en_b64);
		}
		batch_job_free(&job);
	}
	batch_reader_close(&r);
	fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	read_all(data, size, 0);
	read_all(data, size, 1);
	/* the whole input as one base64 field too */
	{
		char *s = malloc(size + 1);
		if (s) {
			memcpy(s, data, size);
			s[size] = '\0';
			check_b64(s);
			free(s);
		}
	}
	return 0;
}
