#!/usr/bin/env python3
"""Merges the TMX files of `vietalign batch --format tmx` shards into one.

usage: merge_tmx.py OUT.tmx SHARD.tmx...

The header is the first shard's (the shards were written with one
SOURCE_DATE_EPOCH, so their headers are the same), then every shard's
<tu> elements in shard order with their tuid numbered on from 1, as one
`vietalign batch` run numbers them, then the closing tags. vietalign writes
one element per line, which this relies on; it checks the shape and fails
rather than write a broken file. Written to a temporary file, then renamed.
"""
import os
import re
import sys
import tempfile

TU = re.compile(rb'^    <tu tuid="\d+">\n$')


def split(path):
    with open(path, 'rb') as f:
        data = f.read()
    start = data.find(b'<body>\n')
    end = data.rfind(b'  </body>')
    if start < 0 or end < start:
        sys.exit('merge_tmx: %s: not a TMX file written by vietalign' % path)
    start += len(b'<body>\n')
    return data[:start], data[start:end], data[end:]


def main():
    out, shards = sys.argv[1], sys.argv[2:]
    parts = [split(p) for p in shards]
    head, tail = parts[0][0], parts[0][2]
    tuid = 0
    fd, tmp = tempfile.mkstemp(prefix=os.path.basename(out) + '.', dir=os.path.dirname(os.path.abspath(out)))
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(head)
            for _, body, _ in parts:
                for line in body.splitlines(keepends=True):
                    if TU.match(line):
                        tuid += 1
                        line = b'    <tu tuid="%d">\n' % tuid
                    f.write(line)
            f.write(tail)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        os.unlink(tmp)
        raise


if __name__ == '__main__':
    main()
