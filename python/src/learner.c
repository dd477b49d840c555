/* learner.c - vietalign.Learner: a word table learned across many pairs
 * (vietalign_learner_*), for batch(learn=True): Aligner._learn() adds a
 * pair's sure sentence pairs, finish() counts the table, and
 * Aligner.use_learner() has an aligner use it after each pair's own. */
#include "vapy.h"
#include "pythread.h"

static PyObject *learner_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
	vapy_learner *self;
	if (PyTuple_GET_SIZE(args) != 0 || (kwargs && PyDict_GET_SIZE(kwargs) != 0)) {
		PyErr_SetString(PyExc_TypeError, "Learner() takes no arguments");
		return NULL;
	}
	if (!(self = (vapy_learner *)type->tp_alloc(type, 0)))
		return NULL;
	if (!(self->lock = PyThread_allocate_lock()) || vietalign_learner_new(&self->learner)) {
		Py_DECREF(self);
		return PyErr_NoMemory();
	}
	return (PyObject *)self;
}

static void learner_dealloc(vapy_learner *self)
{
	PyTypeObject *type = Py_TYPE(self);
	vietalign_learner_free(self->learner);
	if (self->lock)
		PyThread_free_lock(self->lock);
	type->tp_free(self);
	Py_DECREF(type);
}

int vapy_learner_add(vapy_learner *self, const vietalign_alignment *al)
{
	int rc;
	PyThread_acquire_lock(self->lock, WAIT_LOCK);
	rc = self->finished ? 0 : vietalign_learner_add(self->learner, al);
	PyThread_release_lock(self->lock);
	return rc;
}

static PyObject *learner_finish(vapy_learner *self, PyObject *unused)
{
	vapy_state *st = PyType_GetModuleState(Py_TYPE(self));
	int rc;
	(void)unused;
	Py_BEGIN_ALLOW_THREADS PyThread_acquire_lock(self->lock, WAIT_LOCK);
	rc = vietalign_learner_finish(self->learner);
	if (!rc)
		self->finished = 1;
	PyThread_release_lock(self->lock);
	Py_END_ALLOW_THREADS if (rc) return vapy_raise(st, rc, "Learner.finish()", "");
	Py_RETURN_NONE;
}

static PyObject *learner_pairs(vapy_learner *self, void *closure)
{
	(void)closure;
	return PyLong_FromSize_t(vietalign_learner_pair_count(self->learner));
}

static PyObject *learner_entries(vapy_learner *self, void *closure)
{
	(void)closure;
	return PyLong_FromSize_t(vietalign_learner_entry_count(self->learner));
}

static PyObject *learner_finished(vapy_learner *self, void *closure)
{
	(void)closure;
	return PyBool_FromLong(self->finished);
}

static PyMethodDef learner_methods[] = {
	{"finish", (PyCFunction)learner_finish, METH_NOARGS,
         "finish($self, /)\n--\n\nCounts the table from the pairs added; the learner then takes no more."},
	{NULL, NULL, 0, NULL}};

static PyGetSetDef learner_getset[] = {
	{"pair_count", (getter)learner_pairs, NULL, "the sentence pairs gathered", NULL},
	{"entry_count", (getter)learner_entries, NULL, "the table's entries (0 until finished)", NULL},
	{"finished", (getter)learner_finished, NULL, "whether finish() was called", NULL},
	{NULL, NULL, NULL, NULL, NULL}};

static PyType_Slot learner_slots[] = {{Py_tp_new, learner_new},
                                      {Py_tp_dealloc, learner_dealloc},
                                      {Py_tp_methods, learner_methods},
                                      {Py_tp_getset, learner_getset},
                                      {Py_tp_doc,
                                       "Learner()\n--\n\n"
                                       "A word table learned across many pairs of texts, as batch(learn=True)\n"
                                       "and the command line's `batch --learn` use it: Aligner._learn() adds\n"
                                       "the sentence pairs an alignment is sure of (at most 200,000 in all),\n"
                                       "finish() counts the table, Aligner.use_learner() has an aligner use it\n"
                                       "after each pair's own. Adding is safe from several threads."},
                                      {0, NULL}};

static PyType_Spec learner_spec = {"vietalign.Learner", sizeof(vapy_learner), 0, Py_TPFLAGS_DEFAULT, learner_slots};

PyTypeObject *vapy_learner_type(PyObject *module)
{
	return (PyTypeObject *)PyType_FromModuleAndSpec(module, &learner_spec, NULL);
}
