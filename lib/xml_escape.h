/* xml_escape.h - making text safe for XML 1.0 (internal). */
#ifndef VL_XML_ESCAPE_H
#define VL_XML_ESCAPE_H

#include <stddef.h>
#include "error.h"
#include "sink.h"

/*
 * Rewrites s[0, len) in place into text that may stand in an XML 1.0
 * element and that TMX accepts as <seg> content: characters XML 1.0 forbids
 * even as references (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE,
 * U+FFFF) and bytes that are not UTF-8 are dropped; tab, line feed, carriage
 * return and the Unicode line breaks (U+0085, U+2028, U+2029) become spaces;
 * white space at both ends is trimmed (after dropping, so a dropped character
 * cannot hide it). s must have room for len + 1 bytes: the result is
 * NUL-terminated. Returns the new length.
 */
VL_HIDDEN size_t vl_xml_clean(char *s, size_t len);

/* Writes s[0, len) with & < > " escaped, usable in text and in attribute
 * values (callers pass text that vl_xml_clean has made legal). */
VL_HIDDEN void vl_xml_escape(vl_sink *sink, const char *s, size_t len);

#endif
