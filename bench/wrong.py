#!/usr/bin/env python3
"""Shows the units an aligner got wrong on an evaluation set, with their gold
neighbourhood: a tool for error analysis, not a score (use bench.py for that).

  bench/wrong.py KEEP_DIR SET.jsonl --para P --drop D [--limit N]
KEEP_DIR is the --keep directory of a bench.py run with the same options."""
import argparse, json, os, random, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', '..', 'shared', 'eval'))
import bench, score

ap = argparse.ArgumentParser()
ap.add_argument('keep'); ap.add_argument('sets', nargs='+')
ap.add_argument('--para', default='1-6'); ap.add_argument('--drop', type=float, default=0)
ap.add_argument('--limit', type=int, default=60); ap.add_argument('--ext', default='tmx')
a = ap.parse_args()
rng = random.Random(1)
docs = [json.loads(l) for s in a.sets for l in open(s, encoding='utf-8') if l.strip()]
shown = 0
for k, doc in enumerate(docs):
    vi, en, gold = bench.build(doc, rng, a.para, a.drop, a.para != 'unit')
    path = os.path.join(a.keep, 'doc%04d.out.%s' % (k, a.ext))
    if not os.path.exists(path):
        continue
    res, wrong = score.score(gold, score.read_system(path))
    for v, e in wrong:
        if shown < a.limit:
            print('%d\tVI: %s\n\tEN: %s' % (k, v[:150], e[:150]))
        shown += 1
print('wrong units:', shown)
