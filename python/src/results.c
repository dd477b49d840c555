/* results.c - pairs and sentences as Python objects (vietalign.Pair,
 * vietalign.Sentence), with spans in code points of the caller's str. */
#include "vapy.h"

static PyStructSequence_Field pair_fields[] = {
	{"vi", "the Vietnamese sentences of the pair, joined by a space"},
	{"en", "the English sentences of the pair, joined by a space"},
	{"score", "confidence in [0, 1] that the pair is right"},
	{"vi_sentences", "range of the Vietnamese sentences' indices"},
	{"en_sentences", "range of the English sentences' indices"},
	{"vi_span", "(start, end): the pair's Vietnamese text in the input, in characters"},
	{"en_span", "(start, end): the pair's English text in the input, in characters"},
	{"parts", "what its score is made of (a ScoreParts), with explain=True; else None"},
	{NULL, NULL}};

static PyStructSequence_Desc pair_desc = {"vietalign.Pair",
                                          "A bead of an alignment: Vietnamese sentences matched with English ones.\n\n"
                                          "vi and en hold the sentences as the library reads them (NFC, runs of\n"
                                          "white space folded to one space); vi_span and en_span slice the input\n"
                                          "strings, so that input[start:end] is the pair's text as written. A\n"
                                          "side without sentences (an omission or an addition, with one_sided)\n"
                                          "is '' with an empty range and an empty span. parts (an attribute,\n"
                                          "not an item: a Pair unpacks into its first seven fields) says what\n"
                                          "its score is made of when align() was asked to explain.",
                                          pair_fields, 7};

static PyStructSequence_Field parts_fields[] = {
	{"posterior", "the search's probability of the pair, before calibration"},
	{"prior", "the cost of its shape (1-1, 2-1 ...); costs are lower for a likelier pair"},
	{"length", "the cost of its lengths (the length model)"},
	{"anchors", "what missing anchors cost less what matched ones earn (negative: for the pair)"},
	{"paragraph", "the cost of the paragraph boundaries it crosses on one side only"},
	{"matched", "its anchors (numbers, names, identifiers, table words) found on both sides"},
	{"missed", "its anchors without counterpart whose absence is evidence"},
	{"lexical", "of the matched, those of the word tables and untranslated words"},
	{"calibrated", "True for a two-sided pair, whose score is the logistic of logit"},
	{"next_to_omission", "True when an omission or an addition lies beside it"},
	{"intercept", "the calibration's intercept"},
	{"logit", "intercept + sum(terms.values()); score = 1 / (1 + exp(-logit))"},
	{"features", "{name: value} of the calibration's features ({} when not calibrated)"},
	{"terms", "{name: value * coefficient}: what each feature adds to logit"},
	{"cut", "True when the pair is a piece of one the search found, cut inside its sentences"},
	{NULL, NULL}};

static PyStructSequence_Desc parts_desc = {"vietalign.ScoreParts",
                                           "What a pair's score is made of (the C library's\n"
                                           "vietalign_alignment_bead_score_parts() and _bead_feature(); the\n"
                                           "command line's --explain).",
                                           parts_fields, 15};

static PyStructSequence_Field sentence_fields[] = {
	{"text", "the sentence as NFC with runs of white space folded to one space"},
	{"span", "(start, end): the sentence in the input, in characters"},
	{"paragraph", "index of its paragraph"},
	{"bullet", "the list bullet before it ('•', '-', '3.'), or ''"},
	{NULL, NULL}};

static PyStructSequence_Desc sentence_desc = {"vietalign.Sentence", "One sentence of a segmented text.",
                                              sentence_fields, 4};

int vapy_result_types(vapy_state *st)
{
	st->pair = PyStructSequence_NewType(&pair_desc);
	if (!st->pair)
		return -1;
	st->sentence = PyStructSequence_NewType(&sentence_desc);
	if (!st->sentence)
		return -1;
	st->parts = PyStructSequence_NewType(&parts_desc);
	return st->parts ? 0 : -1;
}

/* Turns byte offsets into the UTF-8 of a str into code point offsets.
 * Offsets asked for mostly grow, so counting goes on from the last one. */
typedef struct {
	const char *utf8;
	size_t byte;
	Py_ssize_t chars;
} cursor;

static int cursor_init(cursor *c, PyObject *text, size_t *len)
{
	Py_ssize_t n;
	c->utf8 = PyUnicode_AsUTF8AndSize(text, &n);
	c->byte = 0;
	c->chars = 0;
	if (len)
		*len = (size_t)n;
	return c->utf8 ? 0 : -1;
}

static Py_ssize_t cursor_at(cursor *c, size_t byte)
{
	if (byte < c->byte) {
		c->byte = 0;
		c->chars = 0;
	}
	for (; c->byte < byte; c->byte++)
		if (((unsigned char)c->utf8[c->byte] & 0xC0) != 0x80)
			c->chars++;
	return c->chars;
}

static PyObject *span(cursor *c, size_t start, size_t end)
{
	Py_ssize_t s = cursor_at(c, start);
	return Py_BuildValue("(nn)", s, cursor_at(c, end));
}

static PyObject *index_range(size_t first, size_t count)
{
	return PyObject_CallFunction((PyObject *)&PyRange_Type, "nn", (Py_ssize_t)first, (Py_ssize_t)(first + count));
}

/* One side of a bead: its text, its range of sentences, its span. */
static int bead_side(PyObject **text, PyObject **range, PyObject **where, const vietalign_doc *doc, cursor *c,
                     size_t len, size_t first, size_t count)
{
	vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
	size_t i, start = len, end = len;
	PyObject *parts = PyList_New((Py_ssize_t)count), *sep;
	if (!parts)
		return -1;
	for (i = 0; i < count; i++) {
		PyObject *t;
		vietalign_doc_sentence(&s, doc, first + i);
		if (i == 0)
			start = s.offset;
		end = s.offset + s.length;
		t = PyUnicode_DecodeUTF8(s.text, (Py_ssize_t)s.text_length, "strict");
		if (!t) {
			Py_DECREF(parts);
			return -1;
		}
		PyList_SET_ITEM(parts, (Py_ssize_t)i, t);
	}
	/* an empty side sits where its next sentence starts */
	if (count == 0 && vietalign_doc_sentence(&s, doc, first) == VIETALIGN_OK)
		start = end = s.offset;
	sep = PyUnicode_FromString(" ");
	*text = sep ? PyUnicode_Join(sep, parts) : NULL;
	Py_XDECREF(sep);
	Py_DECREF(parts);
	if (!*text || !(*range = index_range(first, count)) || !(*where = span(c, start, end)))
		return -1;
	return 0;
}

/* A struct sequence holding f[0..n-1], which it takes over; when ok is 0
 * (making a field failed, an error is set) the fields are released. */
static PyObject *struct_seq(PyTypeObject *type, PyObject **f, int n, int ok)
{
	PyObject *seq = ok ? PyStructSequence_New(type) : NULL;
	int i;
	for (i = 0; i < n; i++) {
		if (seq)
			PyStructSequence_SET_ITEM(seq, i, f[i]);
		else
			Py_XDECREF(f[i]);
	}
	return seq;
}

/* The calibration's features of bead i: {name: value} and {name: term}. */
static int features(PyObject **values, PyObject **terms, const vietalign_alignment *al, size_t i, int calibrated)
{
	size_t k, n = calibrated ? vietalign_score_feature_count() : 0;
	if (!(*values = PyDict_New()) || !(*terms = PyDict_New()))
		return -1;
	for (k = 0; k < n; k++) {
		vietalign_score_feature f = VIETALIGN_SCORE_FEATURE_INIT;
		PyObject *v, *t;
		int rc;
		if (vietalign_alignment_bead_feature(&f, al, i, k))
			continue;
		v = PyFloat_FromDouble(f.value);
		t = PyFloat_FromDouble(f.term);
		rc = v && t && !PyDict_SetItemString(*values, f.name, v) && !PyDict_SetItemString(*terms, f.name, t);
		Py_XDECREF(v);
		Py_XDECREF(t);
		if (!rc)
			return -1;
	}
	return 0;
}

/* A ScoreParts of bead i. */
static PyObject *parts_new(vapy_state *st, const vietalign_alignment *al, size_t i)
{
	vietalign_score_parts p = VIETALIGN_SCORE_PARTS_INIT;
	PyObject *f[15] = {NULL};
	int rc = vietalign_alignment_bead_score_parts(&p, al, i), ok;
	if (rc)
		return vapy_raise(st, rc, NULL, "");
	ok = (f[0] = PyFloat_FromDouble(p.posterior)) && (f[1] = PyFloat_FromDouble(p.prior)) &&
	     (f[2] = PyFloat_FromDouble(p.length)) && (f[3] = PyFloat_FromDouble(p.anchors)) &&
	     (f[4] = PyFloat_FromDouble(p.paragraph)) && (f[5] = PyLong_FromSize_t(p.matched)) &&
	     (f[6] = PyLong_FromSize_t(p.missed)) && (f[7] = PyLong_FromSize_t(p.lexical)) &&
	     (f[8] = PyBool_FromLong(p.calibrated)) && (f[9] = PyBool_FromLong(p.next_to_omission)) &&
	     (f[10] = PyFloat_FromDouble(p.intercept)) && (f[11] = PyFloat_FromDouble(p.logit)) &&
	     features(&f[12], &f[13], al, i, p.calibrated) == 0 && (f[14] = PyBool_FromLong(p.cut));
	return struct_seq(st->parts, f, 15, ok);
}

static PyObject *pair_new(vapy_state *st, const vietalign_alignment *al, size_t i, const vietalign_bead *b, cursor *vc,
                          size_t vlen, cursor *ec, size_t elen, int explain)
{
	PyObject *f[8] = {NULL};
	int ok = bead_side(&f[0], &f[3], &f[5], vietalign_alignment_vi(al), vc, vlen, b->vi_first, b->vi_count) == 0 &&
	         bead_side(&f[1], &f[4], &f[6], vietalign_alignment_en(al), ec, elen, b->en_first, b->en_count) == 0 &&
	         (f[2] = PyFloat_FromDouble(b->score)) != NULL;
	if (ok && explain)
		ok = (f[7] = parts_new(st, al, i)) != NULL;
	else if (ok) {
		Py_INCREF(Py_None);
		f[7] = Py_None;
	}
	return struct_seq(st->pair, f, 8, ok);
}

PyObject *vapy_pairs(vapy_state *st, const vietalign_alignment *al, PyObject *vi, PyObject *en, double min_score,
                     int one_sided, int explain)
{
	size_t i, n = vietalign_alignment_bead_count(al), vlen, elen;
	cursor vc, ec;
	PyObject *list;
	if (cursor_init(&vc, vi, &vlen) || cursor_init(&ec, en, &elen))
		return NULL;
	list = PyList_New(0);
	for (i = 0; list && i < n; i++) {
		vietalign_bead b = VIETALIGN_BEAD_INIT;
		PyObject *pair;
		vietalign_alignment_bead(&b, al, i);
		/* the writers' rule: two-sided beads, one-sided ones on request */
		if (b.score < min_score || (!one_sided && (b.vi_count == 0 || b.en_count == 0)))
			continue;
		pair = pair_new(st, al, i, &b, &vc, vlen, &ec, elen, explain);
		if (!pair || PyList_Append(list, pair)) {
			Py_XDECREF(pair);
			Py_CLEAR(list);
			break;
		}
		Py_DECREF(pair);
	}
	return list;
}

static PyObject *sentence_new(vapy_state *st, const vietalign_sentence *s, const char *input, cursor *c)
{
	PyObject *f[4] = {NULL};
	int ok =
		(f[0] = PyUnicode_DecodeUTF8(s->text, (Py_ssize_t)s->text_length, "strict")) != NULL &&
		(f[1] = span(c, s->offset, s->offset + s->length)) != NULL &&
		(f[2] = PyLong_FromSize_t(s->paragraph)) != NULL &&
		(f[3] = PyUnicode_DecodeUTF8(input + s->bullet_offset, (Py_ssize_t)s->bullet_length, "strict")) != NULL;
	return struct_seq(st->sentence, f, 4, ok);
}

PyObject *vapy_sentences(vapy_state *st, const vietalign_doc *doc, PyObject *text)
{
	size_t i, n = vietalign_doc_sentence_count(doc);
	cursor c;
	PyObject *list;
	if (cursor_init(&c, text, NULL))
		return NULL;
	list = PyList_New((Py_ssize_t)n);
	for (i = 0; list && i < n; i++) {
		vietalign_sentence s = VIETALIGN_SENTENCE_INIT;
		PyObject *sent;
		vietalign_doc_sentence(&s, doc, i);
		sent = sentence_new(st, &s, c.utf8, &c);
		if (!sent) {
			Py_CLEAR(list);
			break;
		}
		PyList_SET_ITEM(list, (Py_ssize_t)i, sent);
	}
	return list;
}
