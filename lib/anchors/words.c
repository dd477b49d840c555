/* words.c - anchors made of words both texts write the same way: identifiers
 * (dh_make, package.cron.daily, /etc/cron.daily), URLs and e-mail addresses,
 * and foreign words a Vietnamese text keeps (dpkg, jessie, debhelper). */
#include <stdlib.h>
#include <string.h>
#include "anchors/anchors.h"
#include "text/text.h"
#include "common/common.h"

static int is_alnum(char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

/* An identifier joins letters or digits with . _ / @ : # + (dh_make,
 * debian/rules, 1.2.3-1, foo@bar.org, C++): no language translates it. */
static int is_identifier(const char *w, size_t len)
{
	size_t i;
	int letters = 0, joined = 0;
	if (len >= 4 && (memcmp(w, "http", 4) == 0 || memcmp(w, "www.", 4) == 0))
		return 1;
	/* one pass for both tests: most tokens are plain words */
	for (i = 0; i < len; i++) {
		char c = w[i];
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
			letters = 1;
			continue;
		}
		if ((c == '_' || c == '/' || c == '@' || c == '#' || c == '+') && len > 1)
			joined = 1;
		else if ((c == '.' || c == ':') && i > 0 && i + 1 < len && is_alnum(w[i - 1]) && is_alnum(w[i + 1]))
			joined = 1;
	}
	/* numbers are their own kind */
	return letters && joined;
}

static int push_word(vta_anchor_set *out, unsigned flags, const char *w, size_t len, size_t off)
{
	return vta_anchor_push_folded(out, VTA_ANCHOR_WORD, flags, w, len, off, len);
}

/* A lowercase ASCII word, possibly hyphenated ("build-arch"), whose parts
 * are not all Vietnamese syllables: a word the translation kept. */
static int is_foreign_word(const char *w, size_t len)
{
	size_t i = 0;
	int foreign = 0;
	while (i < len) {
		size_t j = i;
		while (j < len && is_lower(w[j]))
			j++;
		if (j == i || (j < len && w[j] != '-'))
			return 0;
		if (!vta_vi_syllable_shape(w + i, j - i))
			foreign = 1;
		i = j + 1;
	}
	return foreign && len >= 2;
}

static int plain_word(const char *w, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++)
		if (!is_lower(w[i]) && w[i] != '-')
			return 0;
	return len >= 3;
}

static int chunk_anchor(vta_anchor_set *out, const char *w, size_t len, size_t off, vietalign_lang lang)
{
	/* a closing bracket glued to the next word by a missing space
	 * ("(see perlre 1 )gentoo-(.+)") closes the words before it */
	while (len > 1 && (*w == ')' || *w == ']' || *w == '}')) {
		w++;
		len--;
		off++;
	}
	if (is_identifier(w, len))
		return push_word(out, 0, w, len, off);
	if (lang == VIETALIGN_LANG_VI && is_foreign_word(w, len))
		return push_word(out, 0, w, len, off);
	if (lang == VIETALIGN_LANG_EN && plain_word(w, len))
		return push_word(out, VTA_ANCHOR_F_WEAK, w, len, off);
	return 0;
}

int vta_words_extract(vta_anchor_set *out, const char *text, const vta_token_vec *tv, vietalign_lang lang)
{
	size_t k;
	int rc = 0;
	for (k = 0; !rc && k < tv->count; k++)
		rc = chunk_anchor(out, text + tv->items[k].offset, tv->items[k].length, tv->items[k].offset, lang);
	return rc;
}
