#!/usr/bin/env python3
"""Where the orphans of omissions go (issue 21): the documents built as
../shared/eval/bench.py builds them with units dropped from one side (same
seed, same draws), each dropped unit's counterpart on the other side (the
orphan) looked up in `vietalign align`'s output (JSON Lines):

  alone   the orphan is in one-sided beads: what a reviewer and a corpus
          builder want;
  glued   it sits in a two-sided bead beside sentences of its own side
          (joined to a neighbour's pair, which that pair then holds
          wrongly);
  paired  it is the whole of its side of a two-sided bead (paired with a
          neighbour's translation, or with the orphan of another omission
          next to it);

and the pairs next to an orphan, right or shifted: the gold units just
before and just after it (kept on both sides) found as a right unit of
the output (score.py's strict rule) or not.

    python3 bench/orphans.py --cli build/cli/vietalign [--para flat] [--drop 0.05] SETS...
"""
import argparse, json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, '..', '..', 'shared', 'eval')
sys.path.insert(0, EVAL)
import bench, score  # noqa: E402


def dropped(doc, rng, para, drop):
    """bench.build's document, and its units with which side was dropped
    (None: kept), drawing from rng exactly as bench.build does."""
    state = rng.getstate()
    vi, en, gold = bench.build(doc, rng, para, drop, para != 'unit')
    after = rng.getstate()
    rng.setstate(state)
    vu, eu = list(doc['vi']), list(doc['en'])
    if para != 'unit':
        vu, eu = bench.close_units(vu, eu)
    sides = []
    for _ in range(len(vu)):
        side = None
        if drop and rng.random() < drop:
            side = 'vi' if rng.random() < 0.5 else 'en'
        sides.append(side)
    rng.setstate(after)
    return vi, en, gold, list(zip(vu, eu, sides))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('sets', nargs='+')
    ap.add_argument('--cli', required=True)
    ap.add_argument('--para', default='flat')
    ap.add_argument('--drop', type=float, default=0.05)
    a = ap.parse_args()
    rng = random.Random(1)
    n = alone = glued = paired = near = near_right = 0
    work = tempfile.mkdtemp(prefix='orphans-')
    k = 0
    for path in a.sets:
        for line in open(path, encoding='utf-8'):
            if not line.strip():
                continue
            doc = json.loads(line)
            vi, en, gold, units = dropped(doc, rng, a.para, a.drop)
            pv, pe = os.path.join(work, '%d.vi' % k), os.path.join(work, '%d.en' % k)
            k += 1
            open(pv, 'w', encoding='utf-8').write(vi)
            open(pe, 'w', encoding='utf-8').write(en)
            r = subprocess.run([a.cli, 'align', pv, pe, '--format', 'jsonl', '--one-sided'], capture_output=True,
                               text=True)
            objs = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
            beads = [(score.norm(o['vi']), score.norm(o['en'])) for o in objs]
            res, wrong = score.score(gold, [b for b in beads if b[0] and b[1]])
            right = [b for b in beads if b[0] and b[1] and b not in set(wrong)]
            right_text = (' '.join(b[0] for b in right), ' '.join(b[1] for b in right))
            for i, (v, e, side) in enumerate(units):
                if side is None or not v.strip() or not e.strip():
                    continue
                orphan = score.norm(e if side == 'vi' else v)
                col = 1 if side == 'vi' else 0
                n += 1
                where = [b[col] for b in beads if b[0] and b[1] and orphan[:30] in b[col]]
                if not where:
                    alone += 1
                elif len(where[0]) > len(orphan) + 2:
                    glued += 1
                else:
                    paired += 1
                for j in (i - 1, i + 1):
                    if 0 <= j < len(units) and units[j][2] is None and units[j][0].strip():
                        near += 1
                        near_right += score.norm(units[j][0])[:30] in right_text[0]
    print('orphans: %d; alone %d (%.3f), glued to a neighbour %d, paired %d' % (n, alone, alone / max(n, 1), glued,
                                                                               paired))
    print('units next to an orphan: %d; in a right pair %d (%.3f)' % (near, near_right, near_right / max(near, 1)))


if __name__ == '__main__':
    main()
