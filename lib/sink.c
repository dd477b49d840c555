/* sink.c - buffered output over a caller's write callback. */
#include <stdlib.h>
#include <string.h>
#include "sink.h"

int vl_sink_init(vl_sink *sink, vietalign_write_fn fn, void *payload)
{
	sink->fn = fn;
	sink->payload = payload;
	sink->len = 0;
	sink->status = 0;
	sink->buf = malloc(VL_SINK_CHUNK);
	return sink->buf ? 0 : VIETALIGN_ENOMEM;
}

int vl_sink_flush(vl_sink *sink)
{
	if (sink->status == 0 && sink->len > 0 && sink->fn(sink->buf, sink->len, sink->payload) != 0)
		sink->status = VIETALIGN_ECALLBACK;
	sink->len = 0;
	return sink->status;
}

void vl_sink_write(vl_sink *sink, const char *data, size_t len)
{
	while (len > 0 && sink->status == 0) {
		size_t room = VL_SINK_CHUNK - sink->len;
		size_t n = len < room ? len : room;
		memcpy(sink->buf + sink->len, data, n);
		sink->len += n;
		data += n;
		len -= n;
		if (sink->len == VL_SINK_CHUNK)
			vl_sink_flush(sink);
	}
}

void vl_sink_puts(vl_sink *sink, const char *str)
{
	vl_sink_write(sink, str, strlen(str));
}

void vl_sink_putc(vl_sink *sink, char c)
{
	vl_sink_write(sink, &c, 1);
}

int vl_sink_failed(const vl_sink *sink)
{
	return sink->status != 0;
}

void vl_sink_free(vl_sink *sink)
{
	free(sink->buf);
	sink->buf = NULL;
	sink->len = 0;
}
