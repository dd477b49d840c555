#!/usr/bin/env python3
"""qa.py's idea (../shared/eval/qa.py) for two more faults of `vietalign check`:

  bench/qa_more.py [--cli build/cli/vietalign] [--para flat] SET.jsonl ...

Per document (bench.py's build, seed 1):
- names: in up to 2 units whose two sides both write the same capitalised
  Latin word of 4+ letters (not the unit's first), one inner letter of the
  Vietnamese one is changed ("Zuckerberg" -> "Zuckerbreg"); each should be
  reported (kind containing "name");
- untranslated: one unit of 6+ English words has its Vietnamese replaced by
  the English; it should be reported (kind containing "untranslated").
Prints precision and recall per kind, matched as qa.py does (a finding's
text fields hold the start of either side of the faulty unit); JSON last.
Figures, not asserted: the machine's speed does not matter."""
import argparse, json, os, random, re, sys, tempfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
sys.path.insert(0, EVAL)
import bench, qa

NAME = re.compile(r'(?<=\s)[A-Z][a-z]{3,}\b')


def change_name(rng, v, e):
    """v with one inner letter of a name both sides write changed, or None."""
    names = [m for m in NAME.finditer(v) if re.search(r'\b%s\b' % m.group(0), e)]
    if not names:
        return None
    m = names[rng.randrange(len(names))]
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    c = rng.choice([x for x in 'aeiourstnl' if x != w[i]])
    return v[:m.start()] + w[:i] + c + w[i + 1:] + v[m.end():]


def score_kind(stats, fs, faulty):
    stats['planted'] += len(faulty)
    stats['found'] += sum(1 for t in faulty if any(qa.hits(f, t) for f in fs))
    stats['reported'] += len(fs)
    stats['right'] += sum(1 for f in fs if any(qa.hits(f, t) for t in faulty))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('sets', nargs='+')
    ap.add_argument('--cli', default=os.path.join(HERE, '..', 'build', 'cli', 'vietalign'))
    ap.add_argument('--para', default='flat')
    a = ap.parse_args()
    rng = random.Random(1)
    work = tempfile.mkdtemp(prefix='qa-more-')
    na = dict(planted=0, found=0, reported=0, right=0)
    un = dict(planted=0, found=0, reported=0, right=0)
    try:
        for s in a.sets:
            for i, d in enumerate(json.loads(l) for l in open(s, encoding='utf-8') if l.strip()):
                close = a.para != 'unit'
                vu, eu = bench.close_units(d['vi'], d['en']) if close else (list(d['vi']), list(d['en']))
                join = lambda units: '\n\n'.join(u for u in units if u.strip()) + '\n'
                cand = list(range(len(vu)))
                rng.shuffle(cand)
                vu2, faulty = list(vu), []
                for k in cand:
                    if len(faulty) == 2:
                        break
                    nv = change_name(rng, vu[k], eu[k])
                    if nv:
                        vu2[k] = nv
                        faulty.append([nv, eu[k]])
                if faulty:
                    fs = [f for f in qa.findings(a.cli, join(vu2), join(eu), work, 'n%d' % i)
                          if qa.is_kind(f, ('name',))]
                    score_kind(na, fs, faulty)
                long = [k for k in cand if len(eu[k].split()) >= 6 and vu[k].strip()]
                if long:
                    k = long[0]
                    vu3 = list(vu)
                    vu3[k] = eu[k]
                    fs = [f for f in qa.findings(a.cli, join(vu3), join(eu), work, 'u%d' % i)
                          if qa.is_kind(f, ('untranslated',))]
                    score_kind(un, fs, [[eu[k], eu[k]]])
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def pr(x):
        return (round(x['right'] / x['reported'], 3) if x['reported'] else 0.0,
                round(x['found'] / x['planted'], 3) if x['planted'] else 0.0)
    (np_, nr), (up, ur) = pr(na), pr(un)
    print(json.dumps(dict(name_precision=np_, name_recall=nr, names=na,
                          untranslated_precision=up, untranslated_recall=ur, untranslated=un)))


if __name__ == '__main__':
    main()
