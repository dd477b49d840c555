/* fingerprints.c - naming the language of a text with libexttextcat's
 * character n-gram fingerprints (Cavnar and Trenkle's out-of-place
 * distance), among Vietnamese, English and the languages a document put
 * beside them by mistake is most likely written in. The fingerprints are
 * read once into a set the caller owns; a guess only reads them, so one set
 * serves any number of threads. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libexttextcat/fingerprint.h>
#include "common/common.h"
#include "text/text.h"

/* The fingerprints read: Vietnamese and English first (their indices are
 * VTA_LANGID_VI and VTA_LANGID_EN), then the languages a crawler or a
 * mix-up most often puts in their place. Files are libexttextcat's names. */
static const struct {
	const char *file, *code, *name;
} langs[] = {
	{"vi", "vi", "Vietnamese"},   {"en", "en", "English"},   {"de", "de", "German"},
	{"fr", "fr", "French"},       {"es", "es", "Spanish"},   {"it", "it", "Italian"},
	{"pt", "pt", "Portuguese"},   {"nl", "nl", "Dutch"},     {"id", "id", "Indonesian"},
	{"ms", "ms", "Malay"},        {"tl", "tl", "Tagalog"},   {"zh-Hans", "zh", "Chinese"},
	{"zh-Hant", "zh", "Chinese"}, {"ja", "ja", "Japanese"},  {"ko", "ko", "Korean"},
	{"th", "th", "Thai"},         {"km", "km", "Khmer"},     {"lo", "lo", "Lao"},
	{"ru", "ru", "Russian"},      {"uk", "uk", "Ukrainian"}, {"pl", "pl", "Polish"},
	{"cs", "cs", "Czech"},        {"ro", "ro", "Romanian"},  {"hu", "hu", "Hungarian"},
	{"tr", "tr", "Turkish"},      {"sv", "sv", "Swedish"},   {"da", "da", "Danish"},
	{"nb", "no", "Norwegian"},    {"fi", "fi", "Finnish"},   {"el", "el", "Greek"},
	{"ar", "ar", "Arabic"},       {"hi", "hi", "Hindi"},
};
#define NLANGS (sizeof langs / sizeof langs[0])

/* The n-grams of a fingerprint, as libexttextcat's own tables hold. */
#define MAX_NGRAMS 400

/* At most this many bytes of a text are read, from up to three places
 * (start, middle, end), so that a long document costs no more than a page. */
#define SAMPLE_BYTES 4096

struct vta_langid {
	void *fp[NLANGS];
};

void vta_langid_free(vta_langid *set)
{
	size_t i;
	if (!set)
		return;
	for (i = 0; i < NLANGS; i++)
		if (set->fp[i])
			fp_Done(set->fp[i]);
	free(set);
}

int vta_langid_load(vta_langid **out, const char *dir, vta_error *err)
{
	vta_langid *set = calloc(1, sizeof *set);
	char path[4096];
	size_t i;
	*out = NULL;
	if (!set)
		return vta_error_set(err, VIETALIGN_ENOMEM, "out of memory");
	for (i = 0; i < NLANGS; i++) {
		FILE *f;
		snprintf(path, sizeof path, "%s/%s.lm", dir, langs[i].file);
		/* fp_Read() would print its own message on a missing file */
		f = fopen(path, "r");
		if (f)
			fclose(f);
		set->fp[i] = f ? fp_Init(langs[i].code) : NULL;
		if (!set->fp[i] || !fp_Read(set->fp[i], path, MAX_NGRAMS)) {
			vta_langid_free(set);
			return vta_error_set(err, VIETALIGN_EIO, "%s: cannot read this language fingerprint", path);
		}
	}
	*out = set;
	return VIETALIGN_OK;
}

const char *vta_langid_code(size_t lang)
{
	return lang < NLANGS ? langs[lang].code : NULL;
}

const char *vta_langid_name(size_t lang)
{
	return lang < NLANGS ? langs[lang].name : NULL;
}

/* Back from p to the start of the UTF-8 character holding it. */
static size_t char_start(const char *text, size_t p)
{
	while (p > 0 && ((unsigned char)text[p] & 0xC0) == 0x80)
		p--;
	return p;
}

/* Up to three windows of the text, cut at character starts, one after
 * the other in buf; returns the bytes written. */
static size_t sample(char *buf, const char *text, size_t len)
{
	size_t starts[3], n = 0, k;
	if (len <= 3 * SAMPLE_BYTES) {
		memcpy(buf, text, len);
		return len;
	}
	starts[0] = 0;
	starts[1] = char_start(text, len / 2 - SAMPLE_BYTES / 2);
	starts[2] = char_start(text, len - SAMPLE_BYTES);
	for (k = 0; k < 3; k++) {
		size_t end = char_start(text, starts[k] + SAMPLE_BYTES);
		memcpy(buf + n, text + starts[k], end - starts[k]);
		n += end - starts[k];
		buf[n++] = ' ';
	}
	return n;
}

/* fp_Create() does not check its allocations (about 1 MB for a sample:
 * the n-gram table, its pool, the cleaned copy) and crashes when one
 * fails. Under an address-space limit with the other document read on
 * another thread at the same time (as the CLI does), it was seen to; so
 * room well beyond what it takes is asked for first, given back at
 * once, and its absence reported as out of memory. This narrows the
 * window to fp_Create()'s own few milliseconds; it cannot close it. */
#define FINGERPRINT_ROOM ((size_t)16 << 20)

static int room_for_fingerprint(void)
{
	void *volatile p = malloc(FINGERPRINT_ROOM); /* volatile: not elided */
	int ok = p != NULL;
	free(p);
	return ok;
}

int vta_langid_distances(long *dist, const vta_langid *set, const char *text, size_t len)
{
	/* calloc: libexttextcat reads a byte past the text's end */
	char *buf = calloc(1, 3 * SAMPLE_BYTES + 8);
	void *unknown;
	size_t n, i;
	int rc = VIETALIGN_OK;
	if (!buf)
		return VIETALIGN_ENOMEM;
	n = sample(buf, text, len);
	unknown = fp_Init(NULL);
	if (!unknown || !room_for_fingerprint()) {
		if (unknown)
			fp_Done(unknown);
		free(buf);
		return VIETALIGN_ENOMEM;
	}
	if (!fp_Create(unknown, buf, (uint4)n, MAX_NGRAMS))
		rc = VIETALIGN_EEMPTY; /* no n-gram at all: nothing to compare */
	for (i = 0; rc == VIETALIGN_OK && i < NLANGS; i++)
		dist[i] = fp_Compare(set->fp[i], unknown, INT_MAX);
	fp_Done(unknown);
	free(buf);
	return rc;
}

size_t vta_langid_count(void)
{
	return NLANGS;
}
