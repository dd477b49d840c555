/* review_page.c - fills the editor's template: review.html holds @@NAME@@
 * markers where the title, the style, the data and the script go. */
#define _GNU_SOURCE /* memmem */
#include <string.h>
#include "cli.h"
#include "report/review_json.h"
#include "report/review_page.h"

/* cmake/embed.cmake turns the assets into these byte arrays */
extern const unsigned char cli_asset_review_html[], cli_asset_review_css[], cli_asset_review_js[];
extern const size_t cli_asset_review_html_len, cli_asset_review_css_len, cli_asset_review_js_len;

/* Writes what the marker `name` (len bytes) stands for; 0 when it names
 * nothing, and the marker is then copied as it is. */
static int fill(FILE *f, const char *name, size_t len, const vietalign_alignment *al, const review_page *p)
{
	if (len == 5 && !memcmp(name, "TITLE", 5)) {
		cli_html_escape(f, p->vi_path);
		fputs(" / ", f);
		cli_html_escape(f, p->en_path);
	} else if (len == 5 && !memcmp(name, "STYLE", 5)) {
		fwrite(cli_asset_review_css, 1, cli_asset_review_css_len, f);
	} else if (len == 6 && !memcmp(name, "SCRIPT", 6)) {
		fwrite(cli_asset_review_js, 1, cli_asset_review_js_len, f);
	} else if (len == 4 && !memcmp(name, "DATA", 4)) {
		review_json_write(f, al, p);
	} else {
		return 0;
	}
	return 1;
}

void review_page_write(FILE *f, const vietalign_alignment *al, const review_page *p)
{
	const char *t = (const char *)cli_asset_review_html, *end = t + cli_asset_review_html_len;
	while (t < end) {
		const char *m = memmem(t, (size_t)(end - t), "@@", 2), *close;
		if (!m) {
			fwrite(t, 1, (size_t)(end - t), f);
			return;
		}
		close = memmem(m + 2, (size_t)(end - m - 2), "@@", 2);
		fwrite(t, 1, (size_t)(m - t), f);
		if (close && fill(f, m + 2, (size_t)(close - m - 2), al, p)) {
			t = close + 2;
		} else {
			fwrite(m, 1, 2, f);
			t = m + 2;
		}
	}
}
