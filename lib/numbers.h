/* numbers.h - numbers, dates, times and weekdays as anchors, read the
 * Vietnamese way or the English way so that both give the same key
 * ("65 tỷ USD" and "$65 billion", "28/01/2025" and "Jan 28, 2025"). */
#ifndef VL_NUMBERS_H
#define VL_NUMBERS_H

#include <stddef.h>
#include "anchors.h"

/* Appends to out one VL_ANCHOR_NUMBER anchor per number, date, time or
 * weekday of a sentence (NFC, single spaces) in lang. Each anchor is its own
 * group. Canonical values: scaled decimal digits ("65000000000"), "5.3%",
 * "D:2025-01-28", "D:01-28", "D:2025-05", "T:15:00", "W:1" (Monday).
 * Returns 0 or VIETALIGN_ENOMEM. */
VL_HIDDEN int vl_numbers_extract(vl_anchor_set *out, const char *text, size_t len, vietalign_lang lang);

#endif
