#!/usr/bin/env python3
"""Calibration guard: are the CLI's pair scores what they claim?

  calibration.py --cli build/cli/vietalign [--shared ../shared]
                 [--baseline tests/accuracy/calibration.tsv] [--jobs N] [--record]

Aligns every document of the shared sets as running text in one paragraph
with 5 % of its units dropped on one side (../shared/eval/bench.py's
`--para flat --drop 0.05`, the hardest case of trust.py; seed 1), writes
TMX, and counts a unit right as trust.py does (score.py: a run of whole
gold units). Two checks, per set family (TED, gnome-help, maint-guide):

- the precision of units scored >= 0.9 must not fall more than TOLERANCE
  below the figure in the baseline file;
- calibration: over all families, in every score bucket of a tenth from
  0.5 up holding at least MIN_BUCKET units, the share right must lie within
  GAP of the bucket's mean score.

Exit status: 0 when both hold, 1 when one fails, 77 when shared/ is missing
(a skip for ctest) unless the environment has CI=true, where it is a
failure. --record writes this run's precisions into the baseline file.
"""
import concurrent.futures as cf
import json
import os
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import accuracy  # noqa: E402  (the guards' options and skip)
SETS = ['ted-dev2010', 'ted-tst2010', 'ted-tst2011', 'gnome-help', 'maint-guide']
TOLERANCE = 0.005
GAP = 0.06
MIN_BUCKET = 100
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def family(s):
    return 'ted' if s.startswith('ted') else s


def units(path, norm):
    out = []
    for tu in ET.parse(path).getroot().iter('tu'):
        sc = next((float(p.text) for p in tu.iter('prop') if p.get('type') == 'x-score'), None)
        seg = {}
        for tuv in tu.iter('tuv'):
            s = tuv.find('seg')
            seg[(tuv.get(XML_LANG) or '')[:2].lower()] = ''.join(s.itertext()) if s is not None else ''
        out.append((norm(seg.get('vi', '')), norm(seg.get('en', '')), sc))
    return out


def one(cli, work, tag, vi, en, gold, score):
    pv, pe, po = (os.path.join(work, tag + x) for x in ('.vi', '.en', '.tmx'))
    with open(pv, 'w', encoding='utf-8') as f:
        f.write(vi)
    with open(pe, 'w', encoding='utf-8') as f:
        f.write(en)
    r = subprocess.run([cli, 'align', pv, pe, '-o', po], capture_output=True, text=True)
    if r.returncode or not os.path.exists(po):
        return []
    us = units(po, score.norm)
    _, wrong = score.score(gold, [(v, e) for v, e, _ in us])
    wrong = set(wrong)
    return [(sc, (v, e) not in wrong) for v, e, sc in us if v and e and sc is not None]


def main():
    a = accuracy.guard_args(__doc__, 'calibration.tsv').parse_args()
    st = accuracy.missing_status(a.shared, 'CALIBRATION')
    if st is not None:
        return st
    ev = os.path.join(a.shared, 'eval')
    sys.path.insert(0, ev)
    import bench
    import score

    rng = random.Random(1)
    work = tempfile.mkdtemp(prefix='calibration-')
    jobs = []
    with cf.ThreadPoolExecutor(a.jobs) as ex:
        for s in SETS:
            with open(os.path.join(ev, 'data', s + '.jsonl'), encoding='utf-8') as f:
                docs = [json.loads(l) for l in f if l.strip()]
            for i, d in enumerate(docs):
                vi, en, gold = bench.build(d, rng, 'flat', 0.05, True)
                jobs.append((family(s), ex.submit(one, os.path.abspath(a.cli), work, '%s-%d' % (s, i), vi, en, gold,
                                                  score)))
        per = {}
        for fam, fut in jobs:
            per.setdefault(fam, []).extend(fut.result())
    subprocess.run(['rm', '-rf', work])

    prec = {}
    for fam, us in sorted(per.items()):
        hi = [ok for sc, ok in us if sc >= 0.9]
        prec[fam] = (sum(hi) / len(hi) if hi else 1.0, len(hi), len(us))
    if a.record:
        with open(a.baseline, 'w', encoding='utf-8') as f:
            f.write('# Precision of units scored >= 0.9 per set family, --para flat --drop 0.05\n'
                    '# (tests/accuracy/calibration.py). Rewrite with --record only when a\n'
                    '# change raises it on purpose, and say so in the commit.\n')
            for fam, (p, n, _) in sorted(prec.items()):
                f.write('%s\t%.4f\n' % (fam, p))
        print('recorded in %s' % a.baseline)
        return 0
    base = {}
    with open(a.baseline, encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                k, _, v = line.rstrip('\n').partition('\t')
                base[k] = float(v)
    bad = 0
    print('precision of units scored >= 0.9 (a fall of more than %.3f fails)' % TOLERANCE)
    for fam, (p, n, total) in sorted(prec.items()):
        want = base.get(fam)
        fell = want is None or round((want - p) * 10000) > round(TOLERANCE * 10000)
        bad += fell
        print('  %-12s %.4f of %5d (of %5d units)  baseline %s%s' % (fam, p, n, total,
              '%.4f' % want if want is not None else 'none', '  FELL' if fell else ''))
    buckets = {}
    for us in per.values():
        for sc, ok in us:
            b = buckets.setdefault(min(9, int(sc * 10)), [0, 0, 0.0])
            b[0] += 1
            b[1] += ok
            b[2] += sc
    print('calibration (buckets from 0.5 with %d units or more must be within %.2f)' % (MIN_BUCKET, GAP))
    for k in sorted(buckets):
        n, ok, s = buckets[k]
        off = k >= 5 and n >= MIN_BUCKET and abs(ok / n - s / n) > GAP
        bad += off
        print('  %.1f-%.1f: %5d units, %.3f right, mean score %.3f%s' % (k / 10, k / 10 + 0.1, n, ok / n, s / n,
              '  OFF' if off else ''))
    print('%d check(s) failed' % bad if bad else 'scores hold their calibration')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
