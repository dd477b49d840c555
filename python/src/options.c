/* options.c - Aligner(**options) keyword arguments <-> vietalign_options,
 * with the ranges the command line accepts. */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "vapy.h"

typedef enum { NUMBER, COUNT, FLAG } kind;

/* The plain fields and their ranges (vietalign.h): a number in [min, max],
 * or in (min, max) when open; an int; True or False. */
static const struct {
	const char *name;
	kind kind;
	size_t offset;
	double min, max;
	int open;
} fields[] = {
	{"length_ratio", NUMBER, offsetof(vietalign_options, length_ratio), 0, HUGE_VAL, 0},
	{"length_variance", NUMBER, offsetof(vietalign_options, length_variance), 0, HUGE_VAL, 0},
	{"skip_prior", NUMBER, offsetof(vietalign_options, skip_prior), 0, 1, 1},
	{"paragraph_weight", NUMBER, offsetof(vietalign_options, paragraph_weight), 0, HUGE_VAL, 0},
	{"anchor_weight", NUMBER, offsetof(vietalign_options, anchor_weight), 0, HUGE_VAL, 0},
	{"parallel_threshold", NUMBER, offsetof(vietalign_options, parallel_threshold), 0, 1, 0},
	{"margin", COUNT, offsetof(vietalign_options, margin), 1, 1e15, 0},
	{"threads", COUNT, offsetof(vietalign_options, threads), 1, 1024, 0},
	{"give_back_memory", FLAG, offsetof(vietalign_options, give_back_memory), 0, 1, 0},
	{"cut_sentences", FLAG, offsetof(vietalign_options, cut_sentences), 0, 1, 0},
};

static const struct {
	const char *name;
	unsigned bit;
} anchor_names[] = {
	{"numbers", VIETALIGN_ANCHOR_NUMBERS}, {"names", VIETALIGN_ANCHOR_NAMES},
	{"punct", VIETALIGN_ANCHOR_PUNCT},     {"words", VIETALIGN_ANCHOR_WORDS},
	{"lexicon", VIETALIGN_ANCHOR_LEXICON}, {"learned", VIETALIGN_ANCHOR_LEARNED},
};

static const char *search_names[] = {"auto", "full", "corridor"};

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static int in_range(size_t k, double v)
{
	if (fields[k].open)
		return v > fields[k].min && v < fields[k].max;
	return v >= fields[k].min && v <= fields[k].max; /* NaN is neither */
}

static int set_field(vietalign_options *opts, size_t k, PyObject *value)
{
	char *at = (char *)opts + fields[k].offset;
	int type_ok = fields[k].kind == FLAG    ? PyBool_Check(value)
	              : fields[k].kind == COUNT ? PyLong_Check(value) && !PyBool_Check(value)
	                                        : PyNumber_Check(value) && !PyBool_Check(value);
	double v;
	if (!type_ok) {
		PyErr_Format(PyExc_TypeError, "option %s must be %s, not %.100s", fields[k].name,
		             fields[k].kind == FLAG    ? "True or False"
		             : fields[k].kind == COUNT ? "an int"
		                                       : "a number",
		             Py_TYPE(value)->tp_name);
		return -1;
	}
	v = PyFloat_AsDouble(value);
	if (v == -1.0 && PyErr_Occurred())
		return -1;
	if (!in_range(k, v)) {
		char range[64];
		snprintf(range, sizeof range, "%s%g, %g%s", fields[k].open ? "(" : "[", fields[k].min, fields[k].max,
		         fields[k].open ? ")" : "]");
		PyErr_Format(PyExc_ValueError, "option %s must be in %s, not %R", fields[k].name, range, value);
		return -1;
	}
	if (fields[k].kind == FLAG)
		*(int *)at = v != 0;
	else if (fields[k].offset == offsetof(vietalign_options, threads))
		*(unsigned *)at = (unsigned)v;
	else if (fields[k].kind == COUNT)
		*(size_t *)at = (size_t)v;
	else
		*(double *)at = v;
	return 0;
}

static int anchor_bit(unsigned *bits, PyObject *name)
{
	size_t k;
	if (!PyUnicode_Check(name)) {
		PyErr_Format(PyExc_TypeError, "anchor kinds are names, not %.100s", Py_TYPE(name)->tp_name);
		return -1;
	}
	if (PyUnicode_CompareWithASCIIString(name, "all") == 0) {
		*bits |= VIETALIGN_ANCHOR_ALL;
		return 0;
	}
	if (PyUnicode_CompareWithASCIIString(name, "none") == 0)
		return 0;
	for (k = 0; k < COUNT_OF(anchor_names); k++)
		if (PyUnicode_CompareWithASCIIString(name, anchor_names[k].name) == 0) {
			*bits |= anchor_names[k].bit;
			return 0;
		}
	PyErr_Format(PyExc_ValueError, "unknown anchor kind %R (all, none, numbers, names, punct, words, lexicon)",
	             name);
	return -1;
}

/* anchors: an int of VIETALIGN_ANCHOR_* bits, a string like the command
 * line's ("all", "none", "numbers,names"), or an iterable of such names. */
static int set_anchors(vietalign_options *opts, PyObject *value)
{
	unsigned bits = 0;
	PyObject *names, *it, *name;
	int rc = 0;
	if (PyLong_Check(value) && !PyBool_Check(value)) {
		unsigned long v = PyLong_AsUnsignedLong(value);
		if (PyErr_Occurred() || v > VIETALIGN_ANCHOR_ALL) {
			PyErr_Format(PyExc_ValueError, "anchors must be bits of ANCHOR_ALL (0x%x), not %R",
			             VIETALIGN_ANCHOR_ALL, value);
			return -1;
		}
		opts->anchors = (unsigned)v;
		return 0;
	}
	if (PyUnicode_Check(value)) {
		PyObject *sep = PyUnicode_FromString(",");
		names = sep ? PyUnicode_Split(value, sep, -1) : NULL;
		Py_XDECREF(sep);
	} else {
		Py_INCREF(value);
		names = value;
	}
	it = names ? PyObject_GetIter(names) : NULL;
	Py_XDECREF(names);
	if (!it) {
		if (PyErr_ExceptionMatches(PyExc_TypeError)) {
			PyErr_Clear();
			PyErr_Format(PyExc_TypeError, "anchors must be an int, a str or names, not %.100s",
			             Py_TYPE(value)->tp_name);
		}
		return -1;
	}
	while (rc == 0 && (name = PyIter_Next(it)) != NULL) {
		rc = anchor_bit(&bits, name);
		Py_DECREF(name);
	}
	Py_DECREF(it);
	if (rc || PyErr_Occurred())
		return -1;
	opts->anchors = bits;
	return 0;
}

static int set_search(vietalign_options *opts, PyObject *value)
{
	size_t k;
	for (k = 0; PyUnicode_Check(value) && k < COUNT_OF(search_names); k++)
		if (PyUnicode_CompareWithASCIIString(value, search_names[k]) == 0) {
			opts->search = (unsigned)k;
			return 0;
		}
	PyErr_Format(PyUnicode_Check(value) ? PyExc_ValueError : PyExc_TypeError,
	             "option search must be 'auto', 'full' or 'corridor', not %R", value);
	return -1;
}

/* dictionaries: an iterable of paths (str, bytes or os.PathLike), kept as
 * os.fspath() gives them; one str or bytes is refused, not read as a list
 * of one-letter paths. */
static int set_dictionaries(PyObject **out, PyObject *value)
{
	PyObject *list, *it, *item;
	if (PyUnicode_Check(value) || PyBytes_Check(value) || PyObject_HasAttrString(value, "__fspath__")) {
		PyErr_Format(PyExc_TypeError, "dictionaries must be an iterable of paths, not one path (%R)", value);
		return -1;
	}
	if (!(it = PyObject_GetIter(value)))
		return -1;
	if (!(list = PyList_New(0))) {
		Py_DECREF(it);
		return -1;
	}
	while ((item = PyIter_Next(it)) != NULL) {
		PyObject *path = PyOS_FSPath(item);
		Py_DECREF(item);
		if (!path || PyList_Append(list, path)) {
			Py_XDECREF(path);
			break;
		}
		Py_DECREF(path);
	}
	Py_DECREF(it);
	if (PyErr_Occurred()) {
		Py_DECREF(list);
		return -1;
	}
	Py_XSETREF(*out, PyList_AsTuple(list));
	Py_DECREF(list);
	return *out ? 0 : -1;
}

static int set_option(vietalign_options *opts, PyObject **dictionaries, PyObject *key, PyObject *value)
{
	size_t k;
	if (PyUnicode_CompareWithASCIIString(key, "anchors") == 0)
		return set_anchors(opts, value);
	if (PyUnicode_CompareWithASCIIString(key, "search") == 0)
		return set_search(opts, value);
	if (PyUnicode_CompareWithASCIIString(key, "dictionaries") == 0)
		return set_dictionaries(dictionaries, value);
	for (k = 0; k < COUNT_OF(fields); k++)
		if (PyUnicode_CompareWithASCIIString(key, fields[k].name) == 0)
			return set_field(opts, k, value);
	PyErr_Format(PyExc_TypeError, "unknown option %R", key);
	return -1;
}

int vapy_options_parse(vietalign_options *opts, PyObject **dictionaries, PyObject *kwargs)
{
	Py_ssize_t pos = 0;
	PyObject *key, *value;
	vietalign_options_init(opts, VIETALIGN_OPTIONS_VERSION);
	/* as the command line: each Pair carries its texts, so the pieces'
	 * documents need not be the caller's */
	opts->cut_sentences = 1;
	if (!(*dictionaries = PyTuple_New(0)))
		return -1;
	while (kwargs && PyDict_Next(kwargs, &pos, &key, &value))
		if (set_option(opts, dictionaries, key, value)) {
			Py_CLEAR(*dictionaries);
			return -1;
		}
	return 0;
}

static PyObject *anchors_str(unsigned bits)
{
	char buf[64] = "";
	size_t k;
	if (bits == VIETALIGN_ANCHOR_ALL)
		return PyUnicode_FromString("all");
	if (bits == 0)
		return PyUnicode_FromString("none");
	for (k = 0; k < COUNT_OF(anchor_names); k++)
		if (bits & anchor_names[k].bit) {
			if (buf[0])
				strcat(buf, ",");
			strcat(buf, anchor_names[k].name);
		}
	return PyUnicode_FromString(buf);
}

PyObject *vapy_options_dict(const vietalign_options *opts, PyObject *dictionaries)
{
	size_t k;
	PyObject *d = PyDict_New(), *v;
	if (!d)
		return NULL;
	v = anchors_str(opts->anchors);
	if (!v || PyDict_SetItemString(d, "anchors", v))
		goto fail;
	Py_DECREF(v);
	for (k = 0; k < COUNT_OF(fields); k++) {
		const char *at = (const char *)opts + fields[k].offset;
		if (fields[k].kind == FLAG)
			v = PyBool_FromLong(*(const int *)at);
		else if (fields[k].offset == offsetof(vietalign_options, threads))
			v = PyLong_FromUnsignedLong(*(const unsigned *)at);
		else if (fields[k].kind == COUNT)
			v = PyLong_FromSize_t(*(const size_t *)at);
		else
			v = PyFloat_FromDouble(*(const double *)at);
		if (!v || PyDict_SetItemString(d, fields[k].name, v))
			goto fail;
		Py_DECREF(v);
	}
	v = PyUnicode_FromString(search_names[opts->search < COUNT_OF(search_names) ? opts->search : 0]);
	if (!v || PyDict_SetItemString(d, "search", v))
		goto fail;
	Py_DECREF(v);
	if (PyDict_SetItemString(d, "dictionaries", dictionaries))
		goto fail_d;
	return d;
fail:
	Py_XDECREF(v);
fail_d:
	Py_DECREF(d);
	return NULL;
}
