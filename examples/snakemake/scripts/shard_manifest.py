#!/usr/bin/env python3
"""Cuts a `vietalign batch` manifest into N shards, in order.

usage: shard_manifest.py MANIFEST SHARD_0 ... SHARD_N-1

Shard k gets the k-th run of consecutive pairs (the runs differ in length by
one at most), so that the shards' outputs, concatenated in shard order, are
the output of one `vietalign batch MANIFEST` run. Each line is rewritten so
that it means the same wherever the shard sits: paths made absolute
(relative paths are relative to the manifest's directory, as vietalign
reads them), and the id made explicit (vietalign's default id is the vi
path as written in the manifest). Blank lines and # comments are dropped.
"""
import os
import sys


def pairs(manifest):
    base = os.path.dirname(os.path.abspath(manifest))
    with open(manifest, 'rb') as f:
        for raw in f:
            line = raw.rstrip(b'\r\n')
            if not line or line.startswith(b'#'):
                continue
            fields = line.split(b'\t')
            if len(fields) in (2, 3) and fields[0] and fields[1]:
                pair_id = fields[2] if len(fields) == 3 and fields[2] else fields[0]
                paths = [f if f.startswith(b'/') else os.path.join(base.encode(), f) for f in fields[:2]]
                line = b'\t'.join(paths + [pair_id])
            # a malformed line is passed on as it is: vietalign reports it
            yield line + b'\n'


def main():
    manifest, shards = sys.argv[1], sys.argv[2:]
    lines = list(pairs(manifest))
    n = len(shards)
    for k, path in enumerate(shards):
        lo, hi = len(lines) * k // n, len(lines) * (k + 1) // n
        with open(path, 'wb') as out:
            out.writelines(lines[lo:hi])


if __name__ == '__main__':
    main()
