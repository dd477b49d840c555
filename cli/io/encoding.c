/* encoding.c - Vietnamese in the legacy 8-bit encodings (Windows-1258,
 * VISCII, TCVN3, VNI) and VNI saved as UTF-8 through Windows-1252: told
 * apart by decoding the bytes each way and keeping the reading whose
 * words are Vietnamese syllables, converted to UTF-8 in NFC. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <utf8proc.h>
#include "cli.h"

static const char *const NAMES[] = {"auto", "utf-8", "windows-1258", "viscii", "tcvn3", "vni", "VNI saved as UTF-8"};

/* Other spellings users write (any case). */
static const struct {
	const char *name;
	cli_encoding enc;
} ALIASES[] = {{"utf8", CLI_ENC_UTF8},
               {"cp1258", CLI_ENC_CP1258},
               {"windows1258", CLI_ENC_CP1258},
               {"tcvn", CLI_ENC_TCVN3},
               {"abc", CLI_ENC_TCVN3}};

int cli_encoding_parse(cli_encoding *out, const char *name)
{
	size_t k;
	for (k = CLI_ENC_AUTO; k <= CLI_ENC_VNI; k++)
		if (strcasecmp(name, NAMES[k]) == 0) {
			*out = (cli_encoding)k;
			return 0;
		}
	for (k = 0; k < sizeof ALIASES / sizeof *ALIASES; k++)
		if (strcasecmp(name, ALIASES[k].name) == 0) {
			*out = ALIASES[k].enc;
			return 0;
		}
	return 1;
}

const char *cli_encoding_name(cli_encoding enc)
{
	return NAMES[enc];
}

/* ---- VNI: a letter, then a byte for its marks ---- */

/* Windows-1252 at 0x80-0x9F (what VNI leaves there; 0 where undefined). */
static const uint16_t CP1252_HIGH[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                         0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                         0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                         0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* The marks a VNI byte after a vowel stands for (small-letter bytes; a
 * capital's byte is 0x20 less): tone, circumflex and tone, breve and tone. */
static int vni_marks(UChar m[2], unsigned char b)
{
	static const struct {
		unsigned char b;
		UChar m0, m1;
	} MARKS[] = {
		{0xF8, 0x300, 0},     {0xF9, 0x301, 0},     {0xFB, 0x309, 0},     {0xF5, 0x303, 0},
		{0xEF, 0x323, 0},     {0xE2, 0x302, 0},     {0xE0, 0x302, 0x300}, {0xE1, 0x302, 0x301},
		{0xE5, 0x302, 0x309}, {0xE3, 0x302, 0x303}, {0xE4, 0x302, 0x323}, {0xEA, 0x306, 0},
		{0xE8, 0x306, 0x300}, {0xE9, 0x306, 0x301}, {0xFA, 0x306, 0x309}, {0xFC, 0x306, 0x303},
		{0xEB, 0x306, 0x323},
	};
	size_t k;
	for (k = 0; k < sizeof MARKS / sizeof *MARKS; k++)
		if (MARKS[k].b == b || MARKS[k].b - 0x20 == b) {
			m[0] = MARKS[k].m0;
			m[1] = MARKS[k].m1;
			return m[1] ? 2 : 1;
		}
	return 0;
}

/* The letters VNI writes in one byte: ơ ư đ and the i and ỵ forms. */
static UChar vni_letter(unsigned char b)
{
	static const unsigned char BYTES[] = {0xF4, 0xF6, 0xF1, 0xEC, 0xED, 0xE6, 0xF3, 0xF2, 0xEE,
	                                      0xD4, 0xD6, 0xD1, 0xCC, 0xCD, 0xC6, 0xD3, 0xD2, 0xCE};
	static const UChar LETTERS[] = {0x01A1, 0x01B0, 0x0111, 0x00EC, 0x00ED, 0x1EC9, 0x0129, 0x1ECB, 0x1EF5,
	                                0x01A0, 0x01AF, 0x0110, 0x00CC, 0x00CD, 0x1EC8, 0x0128, 0x1ECA, 0x1EF4};
	size_t k;
	for (k = 0; k < sizeof BYTES; k++)
		if (BYTES[k] == b)
			return LETTERS[k];
	return 0;
}

/* Whether a VNI mark byte may follow c. */
static int takes_marks(UChar c)
{
	return c && (strchr("aeouyAEOUY", c < 0x80 ? (char)c : '#') || c == 0x01A1 || c == 0x01B0 || c == 0x01A0 ||
	             c == 0x01AF);
}

static size_t decode_vni(UChar *out, const unsigned char *in, size_t n)
{
	size_t i, o = 0;
	UChar prev = 0;
	for (i = 0; i < n; i++) {
		unsigned char b = in[i];
		UChar m[2], c;
		int nm;
		if (b >= 0x80 && takes_marks(prev) && (nm = vni_marks(m, b))) {
			out[o++] = m[0];
			if (nm == 2)
				out[o++] = m[1];
			prev = 0; /* one mark byte per letter */
			continue;
		}
		if (b < 0x80)
			c = b;
		else if ((c = vni_letter(b)) == 0)
			c = b < 0xA0 ? (CP1252_HIGH[b - 0x80] ? CP1252_HIGH[b - 0x80] : 0xFFFD) : b;
		out[o++] = prev = c;
	}
	return o;
}

static size_t decode_table(UChar *out, const unsigned char *in, size_t n, const uint16_t *t)
{
	size_t i;
	for (i = 0; i < n; i++)
		out[i] = t[in[i]];
	return n;
}

/* Windows-1258 by ICU's converter (its tones are combining marks). */
static long decode_cp1258(UChar *out, size_t cap, const char *in, size_t n)
{
	UErrorCode e = U_ZERO_ERROR;
	UConverter *c = ucnv_open("windows-1258", &e);
	int32_t got;
	if (U_FAILURE(e))
		return -1;
	got = ucnv_toUChars(c, out, (int32_t)cap, in, (int32_t)n, &e);
	ucnv_close(c);
	return U_FAILURE(e) ? -1 : got;
}

/* VNI bytes back from their Windows-1252 reading saved as UTF-8; -1 when
 * the text holds a character Windows-1252 lacks (then it is not that). */
static long unreadable_as_1252(unsigned char *out, const char *text, size_t len)
{
	size_t i = 0, o = 0;
	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n =
			utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &cp);
		int k;
		if (n <= 0)
			return -1;
		i += (size_t)n;
		if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
			out[o++] = (unsigned char)cp;
			continue;
		}
		for (k = 0; k < 32 && CP1252_HIGH[k] != cp; k++)
			;
		if (k == 32 || cp == 0)
			return -1;
		out[o++] = (unsigned char)(0x80 + k);
	}
	return (long)o;
}

/* ---- telling Vietnamese ---- */

static int tone_mark(utf8proc_int32_t m)
{
	return m == 0x300 || m == 0x301 || m == 0x303 || m == 0x309 || m == 0x323;
}

/* What letter c tells of a word: 1 a Vietnamese letter (a mark Vietnamese
 * puts there, or đ), 0 a plain letter, -1 a letter Vietnamese does not
 * write (ü, ç, ø...); *tones counts its tone marks. */
static int letter_kind(UChar c, int *tones)
{
	utf8proc_int32_t d[4];
	utf8proc_ssize_t n, k;
	int base, viet = 0;
	if (c < 0x80)
		return 0;
	if (c == 0x0110 || c == 0x0111)
		return 1;
	n = utf8proc_decompose_char(c, d, 4, UTF8PROC_DECOMPOSE, NULL);
	if (n < 2 || d[0] >= 0x80)
		return -1;
	base = (int)(d[0] | 0x20);
	for (k = 1; k < n; k++) {
		if (tone_mark(d[k]) && strchr("aeiouy", base))
			(*tones)++;
		else if (d[k] == 0x302 && strchr("aeo", base))
			;
		else if (d[k] == 0x306 && base == 'a')
			;
		else if (d[k] == 0x31B && strchr("ou", base))
			;
		else
			return -1;
		viet = 1;
	}
	return viet;
}

/* Whether base letters w[0, n) (small, marks left out, đ as d), with a
 * tone on letter tone_at (or none: -1), form a Vietnamese syllable: an
 * initial consonant, one to three vowels, a final consonant (the spelling
 * rules, not the dictionary). A nucleus that closes on a glide (ai, ao, au,
 * eo, ui, the end of oai or iêu...) takes no final consonant, nor the tone
 * on its last vowel. */
static int syllable(const char *w, size_t n, long tone_at)
{
	static const char *const ONSETS[] = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu",
	                                     "th",  "tr", "b",  "c",  "d",  "g",  "h",  "k",  "l",
	                                     "m",   "n",  "p",  "r",  "s",  "t",  "v",  "x",  ""};
	static const char *const CODAS[] = {"ng", "nh", "ch", "c", "m", "n", "p", "t", ""};
	static const char *const CLOSING[] = {"ai", "ao", "au", "ay", "eo", "eu", "iu", "oi", "ui", "uu"};
	size_t k, at = 0, v;
	for (k = 0; k < sizeof ONSETS / sizeof *ONSETS; k++)
		if (strlen(ONSETS[k]) <= n && !strncmp(w, ONSETS[k], strlen(ONSETS[k]))) {
			at = strlen(ONSETS[k]);
			break;
		}
	for (v = 0; at + v < n && strchr("aeiouy", w[at + v]); v++)
		;
	if (v < 1 || v > 3)
		return 0;
	for (k = 0; v >= 2 && k < sizeof CLOSING / sizeof *CLOSING; k++)
		if (!strncmp(w + at + v - 2, CLOSING[k], 2))
			return at + v == n && tone_at != (long)(at + v - 1);
	at += v;
	for (k = 0; k < sizeof CODAS / sizeof *CODAS; k++)
		if (n - at == strlen(CODAS[k]) && !strncmp(w + at, CODAS[k], n - at))
			return 1;
	return 0;
}

/* The base letter of c, small (marks left out, đ as d), or 0. */
static char base_letter(UChar c)
{
	utf8proc_int32_t d[4];
	if (c < 0x80)
		return (char)(c | 0x20);
	if (c == 0x0110 || c == 0x0111)
		return 'd';
	if (utf8proc_decompose_char(c, d, 4, UTF8PROC_DECOMPOSE, NULL) < 1 || d[0] >= 0x80)
		return 0;
	return (char)(d[0] | 0x20);
}

static int is_letter(UChar c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

/* Fewer Vietnamese syllables than this tell no encoding: a line or two
 * reads as Vietnamese in more than one (and "Xin ch\xe0o" may be a
 * Latin-1 slip as well as Windows-1258). */
#define MIN_SYLLABLES 8

/* How Vietnamese text u[0, n) (NFC) reads: per word, the Vietnamese
 * syllables (a Vietnamese letter, at most one tone, spelt as a syllable)
 * less three times the words no Vietnamese could write (two tones, a
 * foreign letter, a Vietnamese letter in a word that is no syllable: the
 * umlauts of German read as VISCII; or in a word whose case changes from
 * small to capital: TCVN3 read as VISCII), over all words of letters. Vietnamese text scores 0.3-0.6; English, French
 * or German text, or Vietnamese read in the wrong encoding, near 0 or
 * below. */
static double vietnamese_score(const UChar *u, size_t n)
{
	size_t i = 0, words = 0;
	long good = 0, bad = 0;
	while (i < n) {
		int tones = 0, viet = 0, foreign = 0, mixed = 0;
		char w[8];
		size_t len = 0;
		long tone_at = -1;
		if (!is_letter(u[i])) {
			i++;
			continue;
		}
		for (; i < n && is_letter(u[i]); i++, len++) {
			int before = tones, k = letter_kind(u[i], &tones);
			if (tones > before)
				tone_at = (long)len;
			viet |= k > 0;
			foreign |= k < 0;
			if (len < sizeof w)
				w[len] = base_letter(u[i]);
			mixed |= len && u_isupper(u[i]) && u_islower(u[i - 1]);
		}
		words++;
		if (foreign || tones > 1 || (viet && (len > 7 || mixed || !syllable(w, len, tone_at))))
			bad++;
		else if (viet)
			good++;
	}
	if (good < MIN_SYLLABLES)
		return 0.0; /* too little to tell */
	return (double)(good - 3 * bad) / (double)words;
}

/* A reading Vietnamese text scores at least this (see vietnamese_score). */
#define VIETNAMESE_SCORE 0.2

/* ---- converting ---- */

/* u[0, n) in NFC as new UTF-8 (*out, *olen); non-zero on failure. */
static int nfc_utf8(char **out, size_t *olen, const UChar *u, size_t n)
{
	const UNormalizer2 *nfc;
	UErrorCode e = U_ZERO_ERROR;
	UChar *norm;
	int32_t nn, cap = (int32_t)(2 * n + 16), ulen;
	char *s;
	nfc = unorm2_getNFCInstance(&e);
	if (U_FAILURE(e) || !(norm = malloc((size_t)cap * sizeof *norm)))
		return 1;
	nn = unorm2_normalize(nfc, u, (int32_t)n, norm, cap, &e);
	if (U_FAILURE(e) || !(s = malloc((size_t)nn * 3 + 1))) {
		free(norm);
		return 1;
	}
	u_strToUTF8(s, nn * 3 + 1, &ulen, norm, nn, &e);
	free(norm);
	if (U_FAILURE(e)) {
		free(s);
		return 1;
	}
	*out = s;
	*olen = (size_t)ulen;
	return 0;
}

/* Text decoded from encoding enc into UTF-16 (NFC not yet applied). */
typedef struct {
	UChar *u;
	size_t n;
} decoded;

static int decode(decoded *d, const char *text, size_t len, cli_encoding enc)
{
	const unsigned char *in = (const unsigned char *)text;
	unsigned char *bytes = NULL;
	long got;
	if (len > (size_t)INT32_MAX / 3)
		return 1;
	if (!(d->u = malloc((2 * len + 1) * sizeof *d->u)))
		return 1;
	switch (enc) {
	case CLI_ENC_CP1258: got = decode_cp1258(d->u, 2 * len + 1, text, len); break;
	case CLI_ENC_VISCII: got = (long)decode_table(d->u, in, len, cli_viscii_table); break;
	case CLI_ENC_TCVN3: got = (long)decode_table(d->u, in, len, cli_tcvn3_table); break;
	case CLI_ENC_VNI: got = (long)decode_vni(d->u, in, len); break;
	case CLI_ENC_VNI_UTF8:
		if (!(bytes = malloc(len + 1)) || (got = unreadable_as_1252(bytes, text, len)) < 0)
			got = -1;
		else
			got = (long)decode_vni(d->u, bytes, (size_t)got);
		free(bytes);
		break;
	default: got = -1;
	}
	if (got < 0) {
		free(d->u);
		d->u = NULL;
		return 1;
	}
	d->n = (size_t)got;
	return 0;
}

/* How Vietnamese text reads in encoding enc (NFC'd), or -1e9 when it
 * cannot be read so. Judged on the first MB: enough to tell. */
static double score_as(const char *text, size_t len, cli_encoding enc)
{
	decoded d;
	char *u8;
	size_t n8;
	double s = -1e9;
	int32_t nu;
	UChar *u;
	UErrorCode e = U_ZERO_ERROR;
	if (len > (1u << 20))
		len = 1u << 20;
	if (decode(&d, text, len, enc))
		return s;
	if (!nfc_utf8(&u8, &n8, d.u, d.n)) {
		if ((u = malloc((n8 + 1) * sizeof *u))) {
			u_strFromUTF8(u, (int32_t)n8 + 1, &nu, u8, (int32_t)n8, &e);
			if (U_SUCCESS(e))
				s = vietnamese_score(u, (size_t)nu);
			free(u);
		}
		free(u8);
	}
	free(d.u);
	return s;
}

static int valid_utf8(const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i = 0;
	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n;
		if (p[i] < 0x80) { /* ASCII, most bytes even of Vietnamese: no call */
			i++;
			continue;
		}
		n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0)
			return 0;
		i += (size_t)n;
	}
	return 1;
}

/* Whether UTF-8 text shows VNI read as Windows-1252: a vowel followed by
 * one of VNI's mark bytes read as a Latin-1 letter (Vieät, ñöôøng), at
 * least 3 times. */
static int vni_telltales(const char *text, size_t len)
{
	size_t i, hits = 0;
	for (i = 0; i + 2 < len && hits < 3; i++) {
		const unsigned char *p = (const unsigned char *)text + i;
		UChar m[2];
		if (p[1] == 0xC3 && p[0] && strchr("aeouyAEOUY", p[0]) && vni_marks(m, (unsigned char)(0x40 + p[2])))
			hits++;
	}
	return hits >= 3;
}

cli_encoding cli_detect_encoding(const char *text, size_t len)
{
	static const cli_encoding LEGACY[] = {CLI_ENC_CP1258, CLI_ENC_VISCII, CLI_ENC_TCVN3, CLI_ENC_VNI};
	cli_encoding best = CLI_ENC_UTF8;
	double top = VIETNAMESE_SCORE;
	size_t k;
	if (valid_utf8(text, len)) {
		/* VNI mojibake: the reading as VNI must be Vietnamese, and much
		 * more so than the text as it stands */
		if (vni_telltales(text, len) && score_as(text, len, CLI_ENC_VNI_UTF8) >= VIETNAMESE_SCORE)
			return CLI_ENC_VNI_UTF8;
		return CLI_ENC_UTF8;
	}
	for (k = 0; k < sizeof LEGACY / sizeof *LEGACY; k++) {
		double s = score_as(text, len, LEGACY[k]);
		if (s > top) {
			top = s;
			best = LEGACY[k];
		}
	}
	return best;
}

static int has_bom(const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text;
	return (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) ||
	       (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)));
}

int cli_convert_encoding(char **text, size_t *len, const char *path, cli_encoding enc, cli_buf *msgs)
{
	cli_encoding found = enc;
	decoded d;
	char *u8;
	size_t n8;
	/* a legacy encoding named for all the files of a command: the one in
	 * UTF-8 (the English side, as a rule), which Vietnamese in an 8-bit
	 * encoding never is, is read as what it is */
	if (enc != CLI_ENC_UTF8 && enc != CLI_ENC_AUTO && (has_bom(*text, *len) || valid_utf8(*text, *len)))
		enc = CLI_ENC_AUTO;
	if (enc == CLI_ENC_AUTO || enc == CLI_ENC_UTF8) {
		if (has_bom(*text, *len))
			return 0; /* declared Unicode */
		found = cli_detect_encoding(*text, *len);
		if (found == CLI_ENC_UTF8)
			return 0;
		if (enc == CLI_ENC_UTF8) {
			cli_say(msgs, "%s: this is not UTF-8 but Vietnamese in %s; use --encoding auto to convert it",
			        path, cli_encoding_name(found));
			return 1;
		}
	}
	if (decode(&d, *text, *len, found)) {
		cli_say(msgs, "%s: cannot be read as %s", path, cli_encoding_name(found));
		return 1;
	}
	if (nfc_utf8(&u8, &n8, d.u, d.n)) {
		free(d.u);
		cli_say(msgs, "%s: out of memory", path);
		return 1;
	}
	free(d.u);
	if (enc == CLI_ENC_AUTO)
		cli_say(msgs, "%s: note: read as %s (converted to UTF-8)", path, cli_encoding_name(found));
	free(*text);
	*text = u8;
	*len = n8;
	return 0;
}
