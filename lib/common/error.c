/* error.c - error codes, names and per-handle messages. */
#include <stdarg.h>
#include <stdio.h>
#include "common/common.h"

int vta_error_set(vta_error *err, int code, const char *fmt, ...)
{
	va_list ap;
	if (!err)
		return code;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return code;
}

void vta_error_clear(vta_error *err)
{
	if (!err)
		return;
	err->code = 0;
	err->msg[0] = '\0';
}

const char *vietalign_error_name(int code)
{
	switch (code) {
	case VIETALIGN_OK: return "success";
	case VIETALIGN_EINVALID: return "invalid argument";
	case VIETALIGN_ENOMEM: return "out of memory";
	case VIETALIGN_EUTF8: return "invalid UTF-8";
	case VIETALIGN_EIO: return "input/output error";
	case VIETALIGN_EEMPTY: return "no text";
	case VIETALIGN_EVERSION: return "unknown struct version";
	case VIETALIGN_EICU: return "ICU error";
	case VIETALIGN_ECALLBACK: return "write callback failed";
	case VIETALIGN_EPARSE: return "malformed file";
	case VIETALIGN_EUNSUPPORTED: return "not supported by this build";
	case VIETALIGN_ECANCELED: return "canceled";
	default: return "error";
	}
}
