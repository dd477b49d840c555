/* module.c - the vietalign._vietalign extension module: its state, its
 * exception and its constants. */
#include "vapy.h"

PyObject *vapy_raise(vapy_state *st, int code, const char *what, const char *message)
{
	PyObject *exc, *value;
	if (!message || !*message)
		message = vietalign_error_name(code);
	exc = what ? PyUnicode_FromFormat("%s: %s", what, message) : PyUnicode_FromString(message);
	value = exc ? PyObject_CallOneArg(st->error, exc) : NULL;
	Py_XDECREF(exc);
	if (!value)
		return NULL;
	exc = PyLong_FromLong(code);
	if (exc && PyObject_SetAttrString(value, "code", exc) == 0)
		PyErr_SetObject(st->error, value);
	Py_XDECREF(exc);
	Py_DECREF(value);
	return NULL;
}

static int add_type(PyObject *module, const char *name, PyTypeObject *type)
{
	Py_INCREF(type);
	if (PyModule_AddObject(module, name, (PyObject *)type)) {
		Py_DECREF(type);
		return -1;
	}
	return 0;
}

static int module_exec(PyObject *module)
{
	vapy_state *st = PyModule_GetState(module);
	vietalign_options defaults;
	st->error = PyErr_NewExceptionWithDoc(
		"vietalign.Error",
		"An error of libvietalign; str() is its message, .code its code (VIETALIGN_E*, negative).", NULL, NULL);
	if (!st->error || vapy_result_types(st) || !(st->aligner = vapy_aligner_type(module)) ||
	    !(st->learner = vapy_learner_type(module)))
		return -1;
	Py_INCREF(st->error);
	if (PyModule_AddObject(module, "Error", st->error)) {
		Py_DECREF(st->error);
		return -1;
	}
	if (add_type(module, "Pair", st->pair) || add_type(module, "Sentence", st->sentence) ||
	    add_type(module, "ScoreParts", st->parts) || add_type(module, "Aligner", st->aligner) ||
	    add_type(module, "Learner", st->learner))
		return -1;
	vietalign_options_init(&defaults, VIETALIGN_OPTIONS_VERSION);
	if (PyModule_AddStringConstant(module, "__version__", vietalign_version()) ||
	    PyModule_AddObject(module, "PARALLEL_THRESHOLD", PyFloat_FromDouble(defaults.parallel_threshold)) ||
	    PyModule_AddIntConstant(module, "ANCHOR_NUMBERS", VIETALIGN_ANCHOR_NUMBERS) ||
	    PyModule_AddIntConstant(module, "ANCHOR_NAMES", VIETALIGN_ANCHOR_NAMES) ||
	    PyModule_AddIntConstant(module, "ANCHOR_PUNCT", VIETALIGN_ANCHOR_PUNCT) ||
	    PyModule_AddIntConstant(module, "ANCHOR_WORDS", VIETALIGN_ANCHOR_WORDS) ||
	    PyModule_AddIntConstant(module, "ANCHOR_LEXICON", VIETALIGN_ANCHOR_LEXICON) ||
	    PyModule_AddIntConstant(module, "ANCHOR_LEARNED", VIETALIGN_ANCHOR_LEARNED) ||
	    PyModule_AddIntConstant(module, "ANCHOR_ALL", VIETALIGN_ANCHOR_ALL))
		return -1;
	return 0;
}

static int module_traverse(PyObject *module, visitproc visit, void *arg)
{
	vapy_state *st = PyModule_GetState(module);
	Py_VISIT(st->error);
	Py_VISIT(st->pair);
	Py_VISIT(st->sentence);
	Py_VISIT(st->parts);
	Py_VISIT(st->aligner);
	Py_VISIT(st->learner);
	return 0;
}

static int module_clear(PyObject *module)
{
	vapy_state *st = PyModule_GetState(module);
	Py_CLEAR(st->error);
	Py_CLEAR(st->pair);
	Py_CLEAR(st->sentence);
	Py_CLEAR(st->parts);
	Py_CLEAR(st->aligner);
	Py_CLEAR(st->learner);
	return 0;
}

static void module_free(void *module)
{
	module_clear(module);
}

static PyModuleDef_Slot module_slots[] = {{Py_mod_exec, module_exec}, {0, NULL}};

static struct PyModuleDef module_def = {
	PyModuleDef_HEAD_INIT,
	"vietalign._vietalign",
	"libvietalign for Python: the C part of the vietalign package.",
	sizeof(vapy_state),
	NULL,
	module_slots,
	module_traverse,
	module_clear,
	module_free,
};

PyMODINIT_FUNC PyInit__vietalign(void)
{
	return PyModuleDef_Init(&module_def);
}
