/* vapy.h - declarations shared by the files of the vietalign extension
 * module (vietalign._vietalign), which wraps libvietalign for Python. */
#ifndef VAPY_H
#define VAPY_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <vietalign.h>
#include "pythread.h"

/* Everything the module owns lives here, not in C globals, so that the
 * module can be loaded into several interpreters. */
typedef struct {
	PyObject *error;        /* vietalign.Error */
	PyTypeObject *pair;     /* vietalign.Pair */
	PyTypeObject *sentence; /* vietalign.Sentence */
	PyTypeObject *parts;    /* vietalign.ScoreParts */
	PyTypeObject *aligner;  /* vietalign.Aligner */
	PyTypeObject *learner;  /* vietalign.Learner */
} vapy_state;

/* Raises vietalign.Error with the library's message (or the code's name
 * when the message is empty), prefixed by `what` when not NULL; returns
 * NULL. */
PyObject *vapy_raise(vapy_state *st, int code, const char *what, const char *message);

/* options.c: keyword arguments <-> vietalign_options. The dictionaries
 * option is not a field: *dictionaries receives a new tuple of its paths
 * (str or bytes, as os.fspath() gives them), empty by default, which
 * vapy_options_dict() gives back. */
int vapy_options_parse(vietalign_options *opts, PyObject **dictionaries, PyObject *kwargs);
PyObject *vapy_options_dict(const vietalign_options *opts, PyObject *dictionaries);

/* results.c: documents and alignments as Python objects. Offsets become
 * code point offsets into the str the caller gave (text). With explain,
 * each pair's parts say what its score is made of (else None). */
PyObject *vapy_pairs(vapy_state *st, const vietalign_alignment *al, PyObject *vi, PyObject *en, double min_score,
                     int one_sided, int explain);
PyObject *vapy_sentences(vapy_state *st, const vietalign_doc *doc, PyObject *text);
int vapy_result_types(vapy_state *st);

/* aligner.c: the Aligner type. */
PyTypeObject *vapy_aligner_type(PyObject *module);

/* learner.c: the Learner type. */
typedef struct {
	PyObject_HEAD vietalign_learner *learner;
	PyThread_type_lock lock; /* adds from several threads take turns */
	int finished;
} vapy_learner;

PyTypeObject *vapy_learner_type(PyObject *module);
/* Adds al's sure pairs (a finished learner ignores them); callable with
 * the GIL released. */
int vapy_learner_add(vapy_learner *self, const vietalign_alignment *al);

#endif
