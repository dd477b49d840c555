#!/usr/bin/env python3
"""Planted faults for `vietalign check`: ../shared/eval/qa.py's benchmark
(same documents, same seed, same figures) and two more kinds.

  bench/qa_bench.py [--cli build/cli/vietalign] [--para flat] [--show]
                    [--kinds omission,number,name,untranslated] SET.jsonl ...

Per document (bench.py's build):
- clean: the unchanged gold translation; every finding is a false alarm;
- omission, number: as qa.py plants them (5 % of units dropped on one side;
  one digit of the Vietnamese of up to 2 units changed), same random draws;
- name: in up to 2 units whose two sides both write the same capitalised
  Latin word of 4+ letters (not the unit's first), one inner letter of the
  Vietnamese one is changed ("Zuckerberg" -> "Zuckerbreg");
- untranslated: one unit of 6+ English words has its Vietnamese replaced
  by the English.
The last two draw from their own generator (seed 1), so qa.py's figures
stay comparable. A wrong finding of the kind that the unchanged translation also gets in
the same gold unit is a fault the gold translation itself has ("Maragret
Mead" for "Margaret Mead", an English sentence its translator left out):
it is charged once, as a false alarm of the clean run; precision counts
it as qa.py does, "net" leaves it out. A finding matches a planted fault as in qa.py (one of its
text fields holds the start of either side of the faulty unit). --show
prints every false alarm, missed fault and wrong finding (to find causes).
Prints one line per kind, then the figures as JSON."""
import argparse, json, os, random, re, sys, tempfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
sys.path.insert(0, EVAL)
import bench, qa

KINDS = {'omission': ('omission', 'addition', 'missing'), 'number': ('number',), 'name': ('name',),
         'untranslated': ('untranslated',)}
NAME = re.compile(r'(?<=\s)[A-Z][a-z]{3,}\b')


def join(units):
    return '\n\n'.join(u for u in units if u.strip()) + '\n'


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


def word_at(s, pos):
    """The blank-delimited word of s holding s[pos]."""
    a, b = s.rfind(' ', 0, pos) + 1, s.find(' ', pos)
    return s[a:b if b >= 0 else len(s)]


def lines_of(units):
    """Per unit index, the (first, last) line it takes in join(units), or None."""
    out, line = [], 1
    for u in units:
        if not u.strip():
            out.append(None)
            continue
        n = u.count('\n')
        out.append((line, line + n))
        line += n + 2
    return out


def at_line(f, where):
    """Whether finding f points into one of where's (side, first, last)."""
    for side, a, b in where:
        x = f.get(side) or {}
        if x.get('present') and a <= x.get('line', 0) <= b:
            return True
    return False


def units_of(f, vu, eu):
    """The gold units (indices) one of f's sentences lies in, by side."""
    out = set()
    for side, units in (('vi', vu), ('en', eu)):
        t = ' '.join(((f.get(side) or {}).get('text') or '').split())
        if len(t) < 6:
            continue
        out.update(k for k, u in enumerate(units) if t in ' '.join(u.split()))
    return out


def brief(f):
    return '%s [%s] vi=%r en=%r' % (f.get('kind'), f.get('message'), (f.get('vi') or {}).get('text', '')[:70],
                                    (f.get('en') or {}).get('text', '')[:70])


class Bench:
    def __init__(self, cli, show, keep=None):
        self.cli, self.show, self.keep = cli, show, keep
        if keep:
            os.makedirs(keep, exist_ok=True)
        self.work = keep or tempfile.mkdtemp(prefix='qa-bench-')
        self.stats = {k: dict(planted=0, found=0, reported=0, right=0, found_at=0, right_at=0, already=0)
                      for k in KINDS}
        self.clean = []  # the current document's clean-run findings: (finding, its gold units)
        self.units = self.false_alarms = 0

    def findings(self, vi, en, tag):
        return qa.findings(self.cli, vi, en, self.work, tag)

    def score(self, kind, vi, en, tag, faulty, what=None, where=None):
        """faulty: per planted fault, the texts a finding must hold one of;
        what: per fault, what was planted (shown by --show)."""
        fs = [f for f in self.findings(vi, en, tag) if qa.is_kind(f, KINDS[kind])]
        s = self.stats[kind]
        s['planted'] += len(faulty)
        s['reported'] += len(fs)
        if where:  # by line: the finding points into the faulty unit
            s['found_at'] += sum(1 for w in where if any(at_line(f, w) for f in fs))
            s['right_at'] += sum(1 for f in fs if any(at_line(f, w) for w in where))
        for n, t in enumerate(faulty):
            by_text = any(qa.hits(f, t) for f in fs)
            by_line = where and any(at_line(f, where[n]) for f in fs)
            s['found'] += by_text
            if self.show and not by_text:
                print('%s %s %s: %s %r' % ('UNCREDITED' if by_line else 'MISS', kind, tag, what[n] if what else '',
                                           [x[:90] for x in t]))
        for f in fs:
            by_text = any(qa.hits(f, t) for t in faulty)
            s['right'] += by_text
            already = not by_text and self.known(f, kind)
            s['already'] += already
            if self.show and not by_text and not (where and any(at_line(f, w) for w in where)):
                print('%s %s %s: %s' % ('ALREADY' if already else 'WRONG', kind, tag, brief(f)))

    def known(self, f, kind):
        """Whether the clean run found this fault: one of its kind in one of
        f's gold units, or one with the same quoted item."""
        units = units_of(f, *self.units_now)
        m = f.get('message') or ''
        # a message quoting its item ("Refrence" for "Reference") names
        # the same fault wherever the document repeats it
        return any(qa.is_kind(g, KINDS[kind]) and (units & gu or '"' in m and g.get('message') == m)
                   for g, gu in self.clean)

    def qa_doc(self, d, i, rng, para, kinds):
        """qa.py's three runs on document d, drawing from rng as it does."""
        close = para != 'unit'
        vi, en, gold = bench.build(d, rng, para, 0, close)
        self.units += len(gold)
        clean = self.findings(vi, en, 'c%s' % i)
        self.false_alarms += len(clean)
        if self.show:
            for f in clean:
                print('FALSE %s: %s' % (d.get('doc_id', i), brief(f)))
        vu, eu = bench.close_units(d['vi'], d['en']) if close else (list(d['vi']), list(d['en']))
        self.units_now = (vu, eu)
        self.clean = [(f, units_of(f, vu, eu)) for f in clean]
        keep_v, keep_e, lost = [True] * len(vu), [True] * len(eu), []
        for k in range(len(vu)):
            if vu[k].strip() and eu[k].strip() and rng.random() < 0.05:
                if rng.random() < 0.5:
                    keep_v[k] = False
                    lost.append([eu[k]])
                else:
                    keep_e[k] = False
                    lost.append([vu[k]])
        if lost and 'omission' in kinds:
            lv = lines_of([v if kk else '' for v, kk in zip(vu, keep_v)])
            le = lines_of([e if kk else '' for e, kk in zip(eu, keep_e)])
            where = [[('en', *le[k])] if not keep_v[k] else [('vi', *lv[k])]
                     for k in range(len(vu)) if not (keep_v[k] and keep_e[k])]
            self.score('omission', join(v for v, kk in zip(vu, keep_v) if kk),
                       join(e for e, kk in zip(eu, keep_e) if kk), 'o%s' % i, lost, None, where)
        cand = [k for k in range(len(vu)) if re.search(r'\d', vu[k]) and re.search(r'\d', eu[k])]
        rng.shuffle(cand)
        changed = cand[:2]
        if changed:
            vu2, what = list(vu), []
            for k in changed:
                m = list(re.finditer(r'\d', vu2[k]))
                pos = m[rng.randrange(len(m))].start()
                dgt = vu2[k][pos]
                vu2[k] = vu2[k][:pos] + str((int(dgt) + rng.randint(1, 8)) % 10) + vu2[k][pos + 1:]
                what.append(word_at(vu[k], pos) + '->' + word_at(vu2[k], pos))
            if 'number' in kinds:
                lv, le = lines_of(vu2), lines_of(eu)
                self.score('number', join(vu2), join(eu), 'n%s' % i, [[vu2[k], eu[k]] for k in changed], what,
                           [[('vi', *lv[k]), ('en', *le[k])] for k in changed])
        return vu, eu

    def more_doc(self, vu, eu, i, rng, kinds):
        cand = list(range(len(vu)))
        rng.shuffle(cand)
        vu2, faulty, what, ks = list(vu), [], [], []
        for k in cand:
            if len(faulty) == 2:
                break
            nv = change_name(rng, vu[k], eu[k])
            if nv:
                vu2[k] = nv
                faulty.append([nv, eu[k]])
                what.append(' '.join(set(nv.split()) - set(vu[k].split())))
                ks.append(k)
        if faulty and 'name' in kinds:
            lv, le = lines_of(vu2), lines_of(eu)
            self.score('name', join(vu2), join(eu), 'm%s' % i, faulty, what,
                       [[('vi', *lv[k]), ('en', *le[k])] for k in ks])
        long = [k for k in cand if len(eu[k].split()) >= 6 and vu[k].strip()]
        if long and 'untranslated' in kinds:
            k = long[0]
            vu3 = list(vu)
            vu3[k] = eu[k]
            lv = lines_of(vu3)
            self.score('untranslated', join(vu3), join(eu), 'u%s' % i, [[eu[k]]], None, [[('vi', *lv[k])]])

    def figures(self):
        out = dict(units=self.units, false_alarms=self.false_alarms,
                   false_alarms_per_100=round(100 * self.false_alarms / max(1, self.units), 2))
        for k, s in self.stats.items():
            out[k + '_precision'] = round(s['right'] / s['reported'], 3) if s['reported'] else 0.0
            out[k + '_recall'] = round(s['found'] / s['planted'], 3) if s['planted'] else 0.0
            net = s['reported'] - s['already']
            out[k + '_precision_net'] = round(s['right'] / net, 3) if net else 0.0
            out[k + '_precision_by_line'] = round(s['right_at'] / s['reported'], 3) if s['reported'] else 0.0
            out[k + '_recall_by_line'] = round(s['found_at'] / s['planted'], 3) if s['planted'] else 0.0
            out[k] = s
        return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('sets', nargs='+')
    ap.add_argument('--cli', default=os.path.join(HERE, '..', 'build', 'cli', 'vietalign'))
    ap.add_argument('--para', default='flat')
    ap.add_argument('--kinds', default=','.join(KINDS))
    ap.add_argument('--show', action='store_true')
    ap.add_argument('--keep', metavar='DIR', help='keep the checked files in DIR')
    a = ap.parse_args()
    kinds = set(a.kinds.split(','))
    b = Bench(a.cli, a.show, a.keep)
    rng, rng_more = random.Random(1), random.Random(1)
    try:
        for s in a.sets:
            for i, d in enumerate(json.loads(l) for l in open(s, encoding='utf-8') if l.strip()):
                tag = '%s.%d' % (os.path.basename(s).split('.')[0], i)
                vu, eu = b.qa_doc(d, tag, rng, a.para, kinds)
                b.more_doc(vu, eu, tag, rng_more, kinds)
    finally:
        if not a.keep:
            shutil.rmtree(b.work, ignore_errors=True)
    f = b.figures()
    print('false alarms: %d on %d units, %.2f per 100' % (f['false_alarms'], f['units'], f['false_alarms_per_100']))
    for k in KINDS:
        if k in kinds:
            print('%-13s precision %.3f recall %.3f (%d planted, %d reported); by line %.3f %.3f; '
                  'net of %d the gold has %.3f' %
                  (k, f[k + '_precision'], f[k + '_recall'], f[k]['planted'], f[k]['reported'],
                   f[k + '_precision_by_line'], f[k + '_recall_by_line'], f[k]['already'], f[k + '_precision_net']))
    print(json.dumps(f))


if __name__ == '__main__':
    main()
