/* tmx_read.c - TMX files read through the library (vietalign_tmx_read_file:
 * libxml2, entity declarations refused, UTF-16, inline tags dropped), with
 * the CLI's messages. */
#include <string.h>
#include <strings.h>
#include "cli.h"
#include "report/tmx_read.h"

int tmx_path(const char *path)
{
	size_t n = strlen(path);
	return n > 4 && strcasecmp(path + n - 4, ".tmx") == 0;
}

static void warn(const char *path, const vietalign_tmx_info *info)
{
	if (info->swapped)
		cli_error("%s: warning: languages swapped: the Vietnamese text is labelled '%s' and the English '%s' "
		          "(as translate-toolkit's po2tmx writes by default); read the right way round",
		          path, info->vi_label, info->en_label);
	if (info->units > info->pairs)
		cli_error("%s: warning: %zu of %zu unit(s) skipped: no Vietnamese or no English segment", path,
		          info->units - info->pairs, info->units);
}

int tmx_read(const char *path, const char *verb, const vietalign_tmx_read_options *opts, tmx_unit_fn fn, void *payload,
             tmx_stats *stats)
{
	vietalign_aligner *a = NULL;
	vietalign_tmx_info info = VIETALIGN_TMX_INFO_INIT;
	int rc;
	memset(stats, 0, sizeof *stats);
	if (vietalign_aligner_new(&a, NULL)) {
		cli_error("out of memory");
		return 1;
	}
	rc = vietalign_tmx_read_file(&info, a, path, opts, fn, payload);
	stats->units = info.units;
	stats->pairs = info.pairs;
	/* a callback that stopped the reading has said why */
	if (rc && rc != VIETALIGN_ECALLBACK)
		cli_error("%s", vietalign_aligner_last_error(a));
	vietalign_aligner_free(a);
	if (rc)
		return 1;
	warn(path, &info);
	if (info.units == 0) {
		cli_error("%s: no translation unit (<tu>) in it: nothing %s", path, verb);
		return 1;
	}
	if (info.pairs == 0) {
		cli_error("%s: none of its %zu unit(s) holds both a Vietnamese and an English segment", path,
		          info.units);
		return 1;
	}
	return 0;
}
