#!/usr/bin/env python3
"""Writes the documents of shared evaluation sets as text files and a batch
manifest listing them.

usage: batch_eval_docs.py [--max N] OUT_DIR MANIFEST SET.jsonl...

Each JSON line (doc_id, vi[], en[]) becomes OUT_DIR/SET-K.vi.txt and
SET-K.en.txt, one unit per paragraph (blank line between), and a manifest
line `SET-K.vi.txt<TAB>SET-K.en.txt<TAB>SET:doc_id` with paths relative to
the manifest, which must be in OUT_DIR. --max N takes only the first N
documents of each set.
"""
import json
import os
import sys


def main():
    args = sys.argv[1:]
    limit = None
    if args[:1] == ['--max']:
        limit, args = int(args[1]), args[2:]
    out, manifest, sets = args[0], args[1], args[2:]
    os.makedirs(out, exist_ok=True)
    rows = []
    for path in sets:
        name = os.path.basename(path).rsplit('.', 1)[0]
        with open(path, encoding='utf-8') as f:
            for k, line in enumerate(f):
                if limit is not None and k >= limit:
                    break
                d = json.loads(line)
                base = '%s-%d' % (name, k)
                for lang in ('vi', 'en'):
                    with open(os.path.join(out, '%s.%s.txt' % (base, lang)), 'w', encoding='utf-8') as t:
                        t.write('\n\n'.join(d[lang]) + '\n')
                doc_id = str(d['doc_id']).replace('\t', ' ')
                rows.append('%s.vi.txt\t%s.en.txt\t%s:%s\n' % (base, base, name, doc_id))
    with open(manifest, 'w', encoding='utf-8') as m:
        m.writelines(rows)


if __name__ == '__main__':
    main()
