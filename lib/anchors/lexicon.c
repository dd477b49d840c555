/* lexicon.c - parsing the bilingual TSV tables into look-up maps. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "anchors/anchors.h"
#include "common/common.h"

extern const unsigned char vta_data_lexicon[];
extern const size_t vta_data_lexicon_len;
extern const unsigned char vta_data_places[];
extern const size_t vta_data_places_len;

/* One Vietnamese entry: its English keys are keys[first, first + count). */
typedef struct {
	uint32_t first, count;
} entry;

typedef struct {
	vta_keymap vi;       /* hash of the Vietnamese phrase -> entry index */
	vta_keymap first;    /* hash of a phrase's first syllable -> bit n set when
	                     some phrase of n syllables starts with it */
	vta_keymap en;       /* English keys present in the table */
	vta_keymap en_first; /* places: hash of an English name's first word
	                        -> bit n set when some name of n words starts
	                        with it (see add_en_first()) */
	entry *entries;
	size_t nentries, entries_cap;
} table;

struct vta_lexicon {
	table t[2];
	/* first bytes of the places' phrases (Vietnamese, English): most
	 * words cannot start a place, and are not looked up */
	uint8_t place_first[2][32];
	uint64_t *keys;
	size_t nkeys, keys_cap;
	size_t en_words;            /* the most words of a words-table rendering */
	atomic_size_t refs;         /* the aligner and each document it made */
	const vta_learned *learned; /* an alignment's table, or NULL */
	int borrowed;               /* the tables are another lexicon's */
};

#define STEM_MAX 128

uint64_t vta_lexicon_en_key(int tab, const char *phrase, size_t len)
{
	char buf[STEM_MAX];
	size_t n;
	if (tab == VTA_TABLE_PLACES)
		return vta_anchor_hash(0x100u, phrase, len);
	n = vta_en_stem(buf, sizeof buf, phrase, len);
	return n ? vta_anchor_hash(0x200u, buf, n) : 0;
}

static unsigned vi_seed(int tab)
{
	return tab == VTA_TABLE_PLACES ? 0x300u : 0x400u;
}

uint64_t vta_lexicon_vi_key(int tab, const char *phrase, size_t len)
{
	return vta_anchor_hash(vi_seed(tab), phrase, len);
}

static void mark_first(uint8_t *set, const char *phrase)
{
	unsigned char b = (unsigned char)phrase[0];
	set[b >> 3] |= (uint8_t)(1u << (b & 7));
}

int vta_lexicon_may_start_place(const vta_lexicon *lex, vietalign_lang lang, unsigned char b)
{
	return (lex->place_first[lang == VIETALIGN_LANG_EN][b >> 3] >> (b & 7)) & 1;
}

/* Adds a rendering's key to the entry being made; a user's entry, whose
 * keys start at `first`, holds each once (it may repeat the table's). */
static int add_key(vta_lexicon *lex, table *t, int user, uint32_t first, uint64_t key)
{
	size_t k;
	if (!key)
		return 0;
	for (k = first; user && k < lex->nkeys; k++)
		if (lex->keys[k] == key)
			return 0;
	if (vta_grow((void **)&lex->keys, &lex->keys_cap, lex->nkeys + 1, sizeof *lex->keys))
		return VIETALIGN_ENOMEM;
	lex->keys[lex->nkeys++] = key;
	return vta_keymap_put(&t->en, key, 0);
}

/* Records in t->first how many syllables (pieces between single spaces)
 * the phrase has, under the key of its first syllable. */
static int add_first(table *t, int tab, const char *s, size_t len)
{
	const char *sp = memchr(s, ' ', len);
	size_t i, n = 1;
	uint32_t mask = 0;
	uint64_t key = vta_lexicon_vi_key(tab, s, sp ? (size_t)(sp - s) : len);
	for (i = 0; i < len; i++)
		n += s[i] == ' ';
	if (n > VTA_LEX_MAX_SYLLABLES)
		return 0; /* never looked up */
	vta_keymap_get(&t->first, key, &mask);
	return vta_keymap_put(&t->first, key, mask | 1u << n);
}

/* Copies the keys of the entry the table has for the Vietnamese phrase
 * s[0, len), if any, to the end of the keys (where the new entry's start):
 * a user's entry adds to the tables' renderings. */
static int keep_old_keys(vta_lexicon *lex, table *t, int tab, const char *s, size_t len)
{
	uint32_t idx, k;
	entry old;
	if (!vta_keymap_get(&t->vi, vta_lexicon_vi_key(tab, s, len), &idx))
		return 0;
	old = t->entries[idx];
	for (k = 0; k < old.count; k++) {
		if (vta_grow((void **)&lex->keys, &lex->keys_cap, lex->nkeys + 1, sizeof *lex->keys))
			return VIETALIGN_ENOMEM;
		lex->keys[lex->nkeys++] = lex->keys[old.first + k];
	}
	return 0;
}

/* Counts the words of an English rendering p[0, n) (single spaces). */
static size_t en_words(const char *p, size_t n)
{
	size_t i, w = 1;
	for (i = 0; i < n; i++)
		w += p[i] == ' ';
	return w;
}

static uint64_t en_first_key(const char *w, size_t n)
{
	return vta_anchor_hash(0x500u, w, n);
}

static int or_mask(vta_keymap *m, uint64_t key, uint32_t bit)
{
	uint32_t mask = 0;
	vta_keymap_get(m, key, &mask);
	return vta_keymap_put(m, key, mask | bit);
}

/* Records in t->en_first how many words the English place name p[0, n)
 * has, under the key of its first word: a phrase of the text can be the
 * name only if it starts with that word and has as many. A one-word name
 * ending in a dot ("U.S.") also under itself without the dot, the token
 * the text's phrase starts with (en_match() adds the dot back). */
static int add_en_first(table *t, const char *p, size_t n)
{
	const char *sp = memchr(p, ' ', n);
	size_t w = en_words(p, n);
	uint32_t bit = w < 32 ? 1u << w : 0; /* longer ones are never looked up */
	if (!bit)
		return 0;
	if (or_mask(&t->en_first, en_first_key(p, sp ? (size_t)(sp - p) : n), bit))
		return VIETALIGN_ENOMEM;
	if (!sp && n > 1 && p[n - 1] == '.')
		return or_mask(&t->en_first, en_first_key(p, n - 1), bit);
	return 0;
}

/* One line: "vi<TAB>en1,en2,...". Malformed lines are skipped: the tables
 * are ours and checked by tests, users' lines by vta_dict_parse(). */
static int add_line(vta_lexicon *lex, int tab, int user, const char *s, size_t len)
{
	table *t = &lex->t[tab];
	const char *tabc = memchr(s, '\t', len), *p, *end = s + len;
	entry *e;
	uint32_t first = (uint32_t)lex->nkeys;
	if (!tabc || tabc == s || len == 0 || s[0] == '#')
		return 0;
	if (vta_grow((void **)&t->entries, &t->entries_cap, t->nentries + 1, sizeof *t->entries) ||
	    keep_old_keys(lex, t, tab, s, (size_t)(tabc - s)))
		return VIETALIGN_ENOMEM;
	e = &t->entries[t->nentries];
	e->first = first;
	for (p = tabc + 1; p < end;) {
		const char *q = memchr(p, ',', (size_t)(end - p));
		if (!q)
			q = end;
		if (q > p && add_key(lex, t, user, first, vta_lexicon_en_key(tab, p, (size_t)(q - p))))
			return VIETALIGN_ENOMEM;
		if (q > p && tab == VTA_TABLE_PLACES)
			mark_first(lex->place_first[1], p);
		if (q > p && tab == VTA_TABLE_PLACES && add_en_first(t, p, (size_t)(q - p)))
			return VIETALIGN_ENOMEM;
		if (q > p && tab == VTA_TABLE_WORDS && en_words(p, (size_t)(q - p)) > lex->en_words)
			lex->en_words = en_words(p, (size_t)(q - p));
		p = q + 1;
	}
	e->count = (uint32_t)(lex->nkeys - e->first);
	if (vta_keymap_put(&t->vi, vta_lexicon_vi_key(tab, s, (size_t)(tabc - s)), (uint32_t)t->nentries) ||
	    add_first(t, tab, s, (size_t)(tabc - s)))
		return VIETALIGN_ENOMEM;
	if (tab == VTA_TABLE_PLACES)
		mark_first(lex->place_first[0], s);
	t->nentries++;
	return 0;
}

static int load(vta_lexicon *lex, int tab, int user, const char *data, size_t len)
{
	size_t i = 0;
	while (i < len) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t n = nl ? (size_t)(nl - (data + i)) : len - i;
		size_t m = n;
		if (m && data[i + m - 1] == '\r')
			m--;
		if (add_line(lex, tab, user, data + i, m))
			return VIETALIGN_ENOMEM;
		i += n + 1;
	}
	return 0;
}

int vta_lexicon_from_tsv(vta_lexicon **out, const char *words, size_t words_len, const char *places, size_t places_len)
{
	vta_lexicon *lex = calloc(1, sizeof *lex);
	*out = NULL;
	if (!lex)
		return VIETALIGN_ENOMEM;
	atomic_init(&lex->refs, 1);
	if (load(lex, VTA_TABLE_WORDS, 0, words, words_len) || load(lex, VTA_TABLE_PLACES, 0, places, places_len)) {
		vta_lexicon_free(lex);
		return VIETALIGN_ENOMEM;
	}
	*out = lex;
	return 0;
}

int vta_lexicon_new(vta_lexicon **out)
{
	return vta_lexicon_with(out, NULL, 0);
}

int vta_lexicon_with(vta_lexicon **out, const char *user, size_t user_len)
{
	int rc = vta_lexicon_from_tsv(out, (const char *)vta_data_lexicon, vta_data_lexicon_len,
	                              (const char *)vta_data_places, vta_data_places_len);
	if (!rc && user_len && load(*out, VTA_TABLE_WORDS, 1, user, user_len)) {
		vta_lexicon_free(*out);
		*out = NULL;
		rc = VIETALIGN_ENOMEM;
	}
	return rc;
}

size_t vta_lexicon_en_words(const vta_lexicon *lex)
{
	/* longer renderings are kept but never looked up */
	return !lex->en_words ? 1 : lex->en_words < VTA_LEX_MAX_EN_WORDS ? lex->en_words : VTA_LEX_MAX_EN_WORDS;
}

const char *vta_lexicon_builtin(int table, size_t *len)
{
	*len = table == VTA_TABLE_PLACES ? vta_data_places_len : vta_data_lexicon_len;
	return (const char *)(table == VTA_TABLE_PLACES ? vta_data_places : vta_data_lexicon);
}

vta_lexicon *vta_lexicon_ref(vta_lexicon *lex)
{
	if (lex)
		atomic_fetch_add_explicit(&lex->refs, 1, memory_order_relaxed);
	return lex;
}

int vta_lexicon_with_learned(vta_lexicon **out, const vta_lexicon *lex, const vta_learned *l)
{
	vta_lexicon *x = calloc(1, sizeof *x);
	*out = NULL;
	if (!x)
		return VIETALIGN_ENOMEM;
	if (lex) {
		memcpy(x->t, lex->t, sizeof x->t);
		memcpy(x->place_first, lex->place_first, sizeof x->place_first);
		x->keys = lex->keys;
		x->nkeys = lex->nkeys;
		x->en_words = lex->en_words;
	}
	atomic_init(&x->refs, 1);
	x->learned = l;
	x->borrowed = 1;
	*out = x;
	return 0;
}

const vta_learned *vta_lexicon_learned(const vta_lexicon *lex)
{
	return lex ? lex->learned : NULL;
}

void vta_lexicon_free(vta_lexicon *lex)
{
	int k;
	/* the last holder frees; acq_rel so that its reads are done first */
	if (!lex || atomic_fetch_sub_explicit(&lex->refs, 1, memory_order_acq_rel) != 1)
		return;
	if (lex->borrowed) {
		free(lex);
		return;
	}
	for (k = 0; k < 2; k++) {
		vta_keymap_free(&lex->t[k].vi);
		vta_keymap_free(&lex->t[k].first);
		vta_keymap_free(&lex->t[k].en);
		vta_keymap_free(&lex->t[k].en_first);
		free(lex->t[k].entries);
	}
	free(lex->keys);
	free(lex);
}

const uint64_t *vta_lexicon_vi(const vta_lexicon *lex, int tab, const char *phrase, size_t len, size_t *n)
{
	return vta_lexicon_vi_by_key(lex, tab, vta_lexicon_vi_key(tab, phrase, len), n);
}

uint64_t vta_lexicon_vi_seed(int tab)
{
	return vta_lexicon_vi_key(tab, "", 0);
}

const uint64_t *vta_lexicon_vi_by_key(const vta_lexicon *lex, int tab, uint64_t key, size_t *n)
{
	uint32_t idx;
	const entry *e;
	if (!vta_keymap_get(&lex->t[tab].vi, key, &idx))
		return NULL;
	e = &lex->t[tab].entries[idx];
	*n = e->count;
	return lex->keys + e->first;
}

unsigned vta_lexicon_vi_lengths(const vta_lexicon *lex, int tab, uint64_t first_key)
{
	uint32_t mask = 0;
	vta_keymap_get(&lex->t[tab].first, first_key, &mask);
	return mask;
}

unsigned vta_lexicon_en_place_lengths(const vta_lexicon *lex, const char *word, size_t len)
{
	uint32_t mask = 0;
	vta_keymap_get(&lex->t[VTA_TABLE_PLACES].en_first, en_first_key(word, len), &mask);
	return mask;
}

uint64_t vta_lexicon_en(const vta_lexicon *lex, int tab, const char *phrase, size_t len)
{
	uint64_t key = vta_lexicon_en_key(tab, phrase, len);
	return key && vta_keymap_get(&lex->t[tab].en, key, NULL) ? key : 0;
}
