/* aligner.c - vietalign.Aligner: a C aligner with its options, used with
 * the GIL released. */
#include <stdio.h>
#include "vapy.h"
#include "pythread.h"

typedef struct {
	PyObject_HEAD vietalign_aligner *aligner;
	vietalign_options opts;
	PyObject *dictionaries; /* the paths given, a tuple (Aligner.options) */
	/* The C aligner serves one thread at a time (it holds the last error
	 * message); the lock lets Python threads share one Aligner safely,
	 * taking turns. Threads that want to run at once use one each. */
	PyThread_type_lock lock;
	PyObject *learner; /* the Learner in use (kept alive), or NULL */
} vapy_aligner;

/* What align() takes besides the two texts. */
typedef struct {
	int presplit;
	double min_score;
	int one_sided;
	int explain;
} align_args;

static int check_align_args(const align_args *a)
{
	(void)a; /* every combination is valid */
	return 0;
}

/* A document of the text: one segment per line (vietalign_doc_new_lines())
 * when presplit, else segmented by the library. */
static int new_doc(vietalign_doc **out, vietalign_aligner *al, const char *text, size_t len, vietalign_lang lang,
                   int presplit)
{
	return presplit ? vietalign_doc_new_lines(out, al, text, len, lang)
	                : vietalign_doc_new(out, al, text, len, lang);
}

/* Adds each dictionary file to the C aligner, in order, as the command
 * line's --dict does (format detected: TSV, hunalign's or TBX). */
static int add_dictionaries(vapy_aligner *self, vapy_state *st)
{
	Py_ssize_t k;
	char msg[512];
	for (k = 0; k < PyTuple_GET_SIZE(self->dictionaries); k++) {
		PyObject *bytes = NULL;
		int rc;
		if (!PyUnicode_FSConverter(PyTuple_GET_ITEM(self->dictionaries, k), &bytes))
			return -1;
		Py_BEGIN_ALLOW_THREADS rc =
			vietalign_aligner_add_dictionary(self->aligner, PyBytes_AS_STRING(bytes), VIETALIGN_DICT_AUTO);
		Py_END_ALLOW_THREADS if (rc)
		{
			snprintf(msg, sizeof msg, "%s", vietalign_aligner_last_error(self->aligner));
			Py_DECREF(bytes);
			vapy_raise(st, rc, NULL, msg);
			return -1;
		}
		Py_DECREF(bytes);
	}
	return 0;
}

static PyObject *aligner_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
	vapy_state *st = PyType_GetModuleState(type);
	vietalign_options opts;
	PyObject *dictionaries;
	vapy_aligner *self;
	int rc;
	if (PyTuple_GET_SIZE(args) != 0) {
		PyErr_SetString(PyExc_TypeError, "Aligner() takes keyword arguments only");
		return NULL;
	}
	if (vapy_options_parse(&opts, &dictionaries, kwargs))
		return NULL;
	self = (vapy_aligner *)type->tp_alloc(type, 0);
	if (!self) {
		Py_DECREF(dictionaries);
		return NULL;
	}
	self->opts = opts;
	self->dictionaries = dictionaries;
	self->lock = PyThread_allocate_lock();
	if (!self->lock) {
		Py_DECREF(self);
		return PyErr_NoMemory();
	}
	Py_BEGIN_ALLOW_THREADS rc = vietalign_aligner_new(&self->aligner, &opts);
	Py_END_ALLOW_THREADS if (rc)
	{
		Py_DECREF(self);
		return vapy_raise(st, rc, NULL, "");
	}
	if (add_dictionaries(self, st)) {
		Py_DECREF(self);
		return NULL;
	}
	return (PyObject *)self;
}

static void aligner_dealloc(vapy_aligner *self)
{
	PyTypeObject *type = Py_TYPE(self);
	vietalign_aligner_free(self->aligner);
	Py_XDECREF(self->dictionaries);
	Py_XDECREF(self->learner);
	if (self->lock)
		PyThread_free_lock(self->lock);
	type->tp_free(self);
	Py_DECREF(type);
}

/* Makes the two documents and aligns them, GIL released; returns the pairs,
 * the parallelism score and whether it reaches the aligner's
 * parallel_threshold, or raises vietalign.Error. */
static PyObject *run_align(vapy_aligner *self, PyObject *vi, PyObject *en, const align_args *a, double *parallelism,
                           int *parallel)
{
	vapy_state *st = PyType_GetModuleState(Py_TYPE(self));
	Py_ssize_t vlen, elen;
	const char *vtext = PyUnicode_AsUTF8AndSize(vi, &vlen), *etext;
	vietalign_doc *vdoc = NULL, *edoc = NULL;
	vietalign_alignment *al = NULL;
	const char *side = NULL;
	char msg[512] = "";
	PyObject *pairs = NULL;
	int rc;
	if (!vtext || !(etext = PyUnicode_AsUTF8AndSize(en, &elen)))
		return NULL;
	Py_BEGIN_ALLOW_THREADS PyThread_acquire_lock(self->lock, WAIT_LOCK);
	rc = new_doc(&vdoc, self->aligner, vtext, (size_t)vlen, VIETALIGN_LANG_VI, a->presplit);
	if (rc)
		side = "Vietnamese text";
	else if ((rc = new_doc(&edoc, self->aligner, etext, (size_t)elen, VIETALIGN_LANG_EN, a->presplit)) != 0)
		side = "English text";
	else if ((rc = vietalign_align(&al, self->aligner, vdoc, edoc)) == 0)
		*parallel = vietalign_alignment_is_parallel(self->aligner, al);
	if (rc)
		snprintf(msg, sizeof msg, "%s", vietalign_aligner_last_error(self->aligner));
	PyThread_release_lock(self->lock);
	Py_END_ALLOW_THREADS if (rc == 0)
	{
		pairs = vapy_pairs(st, al, vi, en, a->min_score, a->one_sided, a->explain);
		*parallelism = vietalign_alignment_parallelism(al);
	}
	else
	{
		vapy_raise(st, rc, side, msg);
	}
	Py_BEGIN_ALLOW_THREADS vietalign_alignment_free(al);
	vietalign_doc_free(vdoc);
	vietalign_doc_free(edoc);
	Py_END_ALLOW_THREADS return pairs;
}

static int parse_align(align_args *a, PyObject **vi, PyObject **en, PyObject *args, PyObject *kwargs,
                       const char *format)
{
	static char *kwlist[] = {"vi", "en", "presplit", "min_score", "one_sided", "explain", NULL};
	a->presplit = 0;
	a->min_score = 0.0;
	a->one_sided = 0;
	a->explain = 0;
	if (!PyArg_ParseTupleAndKeywords(args, kwargs, format, kwlist, vi, en, &a->presplit, &a->min_score,
	                                 &a->one_sided, &a->explain))
		return -1;
	return check_align_args(a);
}

static PyObject *aligner_align(vapy_aligner *self, PyObject *args, PyObject *kwargs)
{
	align_args a;
	PyObject *vi, *en;
	double parallelism;
	int parallel;
	if (parse_align(&a, &vi, &en, args, kwargs, "UU|$pdpp:align"))
		return NULL;
	return run_align(self, vi, en, &a, &parallelism, &parallel);
}

static PyObject *aligner_align_scored(vapy_aligner *self, PyObject *args, PyObject *kwargs)
{
	align_args a;
	PyObject *vi, *en, *pairs, *result;
	double parallelism = 0.0;
	int parallel = 0;
	if (parse_align(&a, &vi, &en, args, kwargs, "UU|$pdpp:_align"))
		return NULL;
	pairs = run_align(self, vi, en, &a, &parallelism, &parallel);
	if (!pairs)
		return NULL;
	result = Py_BuildValue("(OdO)", pairs, parallelism, parallel ? Py_True : Py_False);
	Py_DECREF(pairs);
	return result;
}

/* align()'s keyword arguments alone: batch() checks them before it starts. */
static PyObject *aligner_check_align(vapy_aligner *self, PyObject *args, PyObject *kwargs)
{
	static char *kwlist[] = {"presplit", "min_score", "one_sided", "explain", NULL};
	align_args a = {0, 0.0, 0, 0};
	(void)self;
	if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|$pdpp:_check_align", kwlist, &a.presplit, &a.min_score,
	                                 &a.one_sided, &a.explain) ||
	    check_align_args(&a))
		return NULL;
	Py_RETURN_NONE;
}

/* _learn(learner, vi, en, *, presplit=False) -> bool: aligns the pair, GIL
 * released, and when it is parallel adds its sure sentence pairs to the
 * learner; returns whether it was. */
static PyObject *aligner_learn(vapy_aligner *self, PyObject *args, PyObject *kwargs)
{
	static char *kwlist[] = {"learner", "vi", "en", "presplit", NULL};
	vapy_state *st = PyType_GetModuleState(Py_TYPE(self));
	PyObject *learner, *vi, *en;
	const char *vtext, *etext;
	Py_ssize_t vlen, elen;
	vietalign_doc *vdoc = NULL, *edoc = NULL;
	vietalign_alignment *al = NULL;
	int presplit = 0, parallel = 0, rc;
	char msg[512] = "";
	if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O!UU|$p:_learn", kwlist, st->learner, &learner, &vi, &en,
	                                 &presplit) ||
	    !(vtext = PyUnicode_AsUTF8AndSize(vi, &vlen)) || !(etext = PyUnicode_AsUTF8AndSize(en, &elen)))
		return NULL;
	Py_BEGIN_ALLOW_THREADS PyThread_acquire_lock(self->lock, WAIT_LOCK);
	rc = new_doc(&vdoc, self->aligner, vtext, (size_t)vlen, VIETALIGN_LANG_VI, presplit);
	if (!rc)
		rc = new_doc(&edoc, self->aligner, etext, (size_t)elen, VIETALIGN_LANG_EN, presplit);
	if (!rc)
		rc = vietalign_align(&al, self->aligner, vdoc, edoc);
	if (!rc && (parallel = vietalign_alignment_is_parallel(self->aligner, al)) != 0)
		rc = vapy_learner_add((vapy_learner *)learner, al);
	if (rc)
		snprintf(msg, sizeof msg, "%s", vietalign_aligner_last_error(self->aligner));
	PyThread_release_lock(self->lock);
	vietalign_alignment_free(al);
	vietalign_doc_free(vdoc);
	vietalign_doc_free(edoc);
	Py_END_ALLOW_THREADS if (rc) return vapy_raise(st, rc, NULL, msg);
	return PyBool_FromLong(parallel);
}

/* use_learner(learner): a finished Learner, or None. */
static PyObject *aligner_use_learner(vapy_aligner *self, PyObject *learner)
{
	vapy_state *st = PyType_GetModuleState(Py_TYPE(self));
	const vietalign_learner *l = NULL;
	PyObject *old;
	if (learner != Py_None) {
		if (!PyObject_TypeCheck(learner, st->learner)) {
			PyErr_Format(PyExc_TypeError, "use_learner() takes a Learner or None, not %.100s",
			             Py_TYPE(learner)->tp_name);
			return NULL;
		}
		if (!((vapy_learner *)learner)->finished) {
			PyErr_SetString(PyExc_ValueError, "use_learner(): call the Learner's finish() first");
			return NULL;
		}
		l = ((vapy_learner *)learner)->learner;
	}
	Py_BEGIN_ALLOW_THREADS PyThread_acquire_lock(self->lock, WAIT_LOCK);
	(void)vietalign_aligner_use_learner(self->aligner, l); /* checked above */
	PyThread_release_lock(self->lock);
	Py_END_ALLOW_THREADS old = self->learner;
	self->learner = learner == Py_None ? NULL : Py_NewRef(learner);
	Py_XDECREF(old);
	Py_RETURN_NONE;
}

static PyObject *aligner_segment(vapy_aligner *self, PyObject *args, PyObject *kwargs)
{
	static char *kwlist[] = {"text", "lang", NULL};
	vapy_state *st = PyType_GetModuleState(Py_TYPE(self));
	PyObject *text, *sentences = NULL;
	const char *code, *utf8;
	Py_ssize_t len;
	vietalign_lang lang;
	vietalign_doc *doc = NULL;
	char msg[512] = "";
	int rc;
	if (!PyArg_ParseTupleAndKeywords(args, kwargs, "Us:segment", kwlist, &text, &code))
		return NULL;
	if (vietalign_lang_parse(&lang, code)) {
		PyErr_Format(PyExc_ValueError, "lang must be 'vi' or 'en', not '%s'", code);
		return NULL;
	}
	if (!(utf8 = PyUnicode_AsUTF8AndSize(text, &len)))
		return NULL;
	Py_BEGIN_ALLOW_THREADS PyThread_acquire_lock(self->lock, WAIT_LOCK);
	rc = vietalign_doc_new(&doc, self->aligner, utf8, (size_t)len, lang);
	if (rc)
		snprintf(msg, sizeof msg, "%s", vietalign_aligner_last_error(self->aligner));
	PyThread_release_lock(self->lock);
	Py_END_ALLOW_THREADS if (rc) return vapy_raise(st, rc, NULL, msg);
	sentences = vapy_sentences(st, doc, text);
	vietalign_doc_free(doc);
	return sentences;
}

static PyObject *aligner_options(vapy_aligner *self, void *closure)
{
	(void)closure;
	return vapy_options_dict(&self->opts, self->dictionaries);
}

static PyMethodDef aligner_methods[] = {
	{"align", (PyCFunction)(void (*)(void))aligner_align, METH_VARARGS | METH_KEYWORDS,
         "align(vi, en, *, presplit=False, min_score=0.0, one_sided=False, explain=False) -> list[Pair]\n--\n\n"
         "Aligns a Vietnamese text with its English translation. Pairs scoring\n"
         "below min_score are left out; one_sided=True also returns omissions\n"
         "and additions (pairs with one side empty); explain=True gives each\n"
         "pair's .parts, what its score is made of (a ScoreParts). Raises\n"
         "vietalign.Error when a text cannot be read (no sentence in it, for one)."},
	{"_align", (PyCFunction)(void (*)(void))aligner_align_scored, METH_VARARGS | METH_KEYWORDS,
         "align() returning (pairs, parallelism, parallel) for batch()."},
	{"_check_align", (PyCFunction)(void (*)(void))aligner_check_align, METH_VARARGS | METH_KEYWORDS,
         "Checks align()'s keyword arguments."},
	{"_learn", (PyCFunction)(void (*)(void))aligner_learn, METH_VARARGS | METH_KEYWORDS,
         "_learn(learner, vi, en, *, presplit=False) -> bool\n--\n\n"
         "Aligns the pair and, when it is parallel, adds the sentence pairs it is\n"
         "sure of to the Learner; returns whether it was parallel."},
	{"use_learner", (PyCFunction)aligner_use_learner, METH_O,
         "use_learner($self, learner, /)\n--\n\n"
         "Has this aligner use a finished Learner's word table after each pair's\n"
         "own (None: no longer)."},
	{"segment", (PyCFunction)(void (*)(void))aligner_segment, METH_VARARGS | METH_KEYWORDS,
         "segment(text, lang) -> list[Sentence]\n--\n\n"
         "Splits text into sentences; lang is 'vi' or 'en'."},
	{NULL, NULL, 0, NULL}};

static PyGetSetDef aligner_getset[] = {
	{"options", (getter)aligner_options, NULL, "the aligner's options, as a dict of keyword arguments", NULL},
	{NULL, NULL, NULL, NULL, NULL}};

static PyType_Slot aligner_slots[] = {{Py_tp_new, aligner_new},
                                      {Py_tp_dealloc, aligner_dealloc},
                                      {Py_tp_methods, aligner_methods},
                                      {Py_tp_getset, aligner_getset},
                                      {Py_tp_doc,
                                       "Aligner(**options)\n--\n\n"
                                       "A reusable aligner. Options (all optional): anchors ('all', 'none',\n"
                                       "'numbers,names,punct,words,lexicon', an iterable of those names or\n"
                                       "ANCHOR_* bits), skip_prior, paragraph_weight, anchor_weight,\n"
                                       "length_ratio, length_variance, search ('auto', 'full', 'corridor'),\n"
                                       "margin, threads, parallel_threshold, give_back_memory, and\n"
                                       "dictionaries: an iterable of paths of dictionary or glossary files\n"
                                       "(TSV, hunalign's or TBX, told apart as by the command line's --dict)\n"
                                       "added in order; a malformed or unreadable one raises vietalign.Error\n"
                                       "naming the file (and the line).\n"
                                       "Unknown options raise TypeError, values out of range ValueError.\n\n"
                                       "One Aligner may be shared by threads, which then take turns; give\n"
                                       "each thread its own Aligner to align in parallel."},
                                      {0, NULL}};

static PyType_Spec aligner_spec = {"vietalign.Aligner", sizeof(vapy_aligner), 0, Py_TPFLAGS_DEFAULT, aligner_slots};

PyTypeObject *vapy_aligner_type(PyObject *module)
{
	return (PyTypeObject *)PyType_FromModuleAndSpec(module, &aligner_spec, NULL);
}
