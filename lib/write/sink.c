/* sink.c - buffered output over a caller's write callback. */
#include <stdlib.h>
#include <string.h>
#include "write/write.h"

int vta_sink_init(vta_sink *sink, vietalign_write_fn fn, void *payload)
{
	sink->fn = fn;
	sink->payload = payload;
	sink->len = 0;
	sink->status = 0;
	sink->buf = malloc(VTA_SINK_CHUNK);
	return sink->buf ? 0 : VIETALIGN_ENOMEM;
}

int vta_sink_flush(vta_sink *sink)
{
	if (sink->status == 0 && sink->len > 0 && sink->fn(sink->buf, sink->len, sink->payload) != 0)
		sink->status = VIETALIGN_ECALLBACK;
	sink->len = 0;
	return sink->status;
}

void vta_sink_write(vta_sink *sink, const char *data, size_t len)
{
	while (len > 0 && sink->status == 0) {
		size_t room = VTA_SINK_CHUNK - sink->len;
		size_t n = len < room ? len : room;
		memcpy(sink->buf + sink->len, data, n);
		sink->len += n;
		data += n;
		len -= n;
		if (sink->len == VTA_SINK_CHUNK)
			vta_sink_flush(sink);
	}
}

void vta_sink_puts(vta_sink *sink, const char *str)
{
	vta_sink_write(sink, str, strlen(str));
}

void vta_sink_putc(vta_sink *sink, char c)
{
	vta_sink_write(sink, &c, 1);
}

int vta_sink_failed(const vta_sink *sink)
{
	return sink->status != 0;
}

void vta_sink_free(vta_sink *sink)
{
	free(sink->buf);
	sink->buf = NULL;
	sink->len = 0;
}
