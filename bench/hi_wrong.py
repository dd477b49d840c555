#!/usr/bin/env python3
"""What makes pairs scored >= 0.9 wrong: trust.py's true pairs of each set
(the same documents, omissions and paragraphs: its seed and its order of
draws, each set run alone), aligned with `--format jsonl --explain`, and
each wrong pair scored >= 0.9 put in one of these classes:

  consistent  its two sides start in one gold unit and end in one gold
              unit, at about the same place on both sides (within a fifth
              of the units' lengths): a right sentence pair that the gold,
              made of whole units (paragraphs), cannot credit because
              another bead of the same unit runs across a unit boundary
  crossing    (among the consistent) the pair itself runs across a unit
              boundary on both sides alike: a sentence the splitter did not
              cut where the unit ends
  misaligned  the rest: its sides in different places

and the unit boundaries that beads run across, by how the unit before ends
and the unit after starts ("ends with ., starts lower": a list item run
into the next one).

  bench/hi_wrong.py --cli build/cli/vietalign [--para 1-6] [--drop 0.05]
                    [--show N] SET.jsonl...
"""
import argparse, collections, json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
sys.path.insert(0, EVAL)
import bench, score  # noqa: E402


def align(cli, vi, en, work, tag):
    pv, pe, po = (os.path.join(work, tag + x) for x in ('.vi.txt', '.en.txt', '.jsonl'))
    with open(pv, 'w', encoding='utf-8') as f:
        f.write(vi)
    with open(pe, 'w', encoding='utf-8') as f:
        f.write(en)
    r = subprocess.run([cli, 'align', pv, pe, '--format', 'jsonl', '--explain', '-o', po], capture_output=True,
                       text=True)
    if r.returncode != 0 or not os.path.exists(po):
        return []
    with open(po, encoding='utf-8') as f:
        return [json.loads(line) for line in f]


def unit_spans(gold, side):
    """The gold units of one side joined by spaces, and each unit's span."""
    text, spans = '', []
    for g in gold:
        if text:
            text += ' '
        spans.append((len(text), len(text) + len(g[side])))
        text += g[side]
    return text, spans


def places(text, spans, sides):
    """Each bead's side found in order in text, as (start, end) in units
    (unit index + the share of it before the point), or None."""
    out, cur = [], 0

    def at(p):
        for i, (a, b) in enumerate(spans):
            if a <= p <= b:
                return i + (p - a) / max(1, b - a)
        return None

    for s in sides:
        k = text.find(s, cur) if s else -1
        if k < 0:
            out.append(None)
            continue
        cur = k + len(s)
        out.append((at(k), at(k + len(s))))
    return out


def crossed(text, spans, sides):
    """The indices of the unit boundaries that a bead's side runs across."""
    out, cur = set(), 0
    for s in sides:
        k = text.find(s, cur) if s else -1
        if k < 0:
            continue
        cur = k + len(s)
        out.update(i for i in range(len(spans) - 1) if k < spans[i][1] < k + len(s) - 1)
    return out


def boundary_kind(before, after):
    last, first = before.rstrip()[-1:], after.lstrip()[:1]
    end = 'ends without punctuation' if last.isalnum() else 'ends with ' + last
    return '%s, starts %s' % (end, 'lower' if first.islower() else 'upper' if first.isupper() else 'other')


def classify(v, e):
    if not v or not e or None in v + e:
        return 'misaligned'
    same = int(v[0]) == int(e[0]) and int(v[1] - 1e-9) == int(e[1] - 1e-9)
    if not (same and abs(v[0] - e[0]) < 0.2 and abs(v[1] - e[1]) < 0.2):
        return 'misaligned'
    return 'crossing' if int(v[0]) != int(v[1] - 1e-9) else 'consistent'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('sets', nargs='+')
    ap.add_argument('--cli', required=True)
    ap.add_argument('--para', default='1-6')
    ap.add_argument('--drop', type=float, default=0.05)
    ap.add_argument('--show', type=int, default=3, help='examples per class')
    ap.add_argument('--boundaries', action='store_true', help='also --show examples of each boundary kind')
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix='hi-wrong-')
    for path in a.sets:
        rng = random.Random(1)  # trust.py's seed, its draws in its order
        docs = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
        hi = hi_ok = 0
        kinds, bounds, shown = collections.Counter(), collections.Counter(), collections.defaultdict(list)
        examples = collections.defaultdict(list)
        for i, d in enumerate(docs):
            vi, en, gold = bench.build(d, rng, a.para, a.drop, a.para != 'unit')
            objs = align(a.cli, vi, en, work, 't%d' % i)
            units = [(score.norm(o['vi']), score.norm(o['en'])) for o in objs]
            wrong = set(score.score(gold, units)[1]) if units else set()
            (tv, sv), (te, se) = unit_spans(gold, 0), unit_spans(gold, 1)
            pv, pe = places(tv, sv, [u[0] for u in units]), places(te, se, [u[1] for u in units])
            for side, (text, spans) in enumerate(((tv, sv), (te, se))):
                for k in crossed(text, spans, [u[side] for u in units]):
                    kind = ('vi ' if side == 0 else 'en ') + boundary_kind(gold[k][side], gold[k + 1][side])
                    bounds[kind] += 1
                    if len(examples[kind]) < a.show:
                        examples[kind].append('%s ... %s' % (gold[k][side][-50:], gold[k + 1][side][:40]))
            for k, (o, u) in enumerate(zip(objs, units)):
                if not u[0] or not u[1] or o['score'] < 0.9:
                    continue
                hi += 1
                if u not in wrong:
                    hi_ok += 1
                    continue
                c = classify(pv[k], pe[k])
                kinds[c] += 1
                if len(shown[c]) < a.show:
                    shown[c].append('%s %.3f | %s | %s' % (d.get('doc_id'), o['score'], u[0][:90], u[1][:90]))
            other = docs[(i + 1) % len(docs)]
            if len(docs) > 1 and min(len(d['vi']), len(other['en'])) >= 5:  # trust.py's wrong pair: its draws
                bench.build(d, rng, a.para, 0, a.para != 'unit')
                bench.build(other, rng, a.para, 0, a.para != 'unit')
        name = os.path.basename(path).rsplit('.', 1)[0]
        uncredited = kinds['consistent'] + kinds['crossing']
        print('== %s, --para %s --drop %g: %d pairs scored >= 0.9, %d right (%.3f); of the %d wrong: %s' % (
            name, a.para, a.drop, hi, hi_ok, hi_ok / max(1, hi), hi - hi_ok,
            ', '.join('%d %s' % (n, c) for c, n in kinds.most_common())))
        print('   counting consistent and crossing pairs right: %.3f' % ((hi_ok + uncredited) / max(1, hi)))
        for c, rows in shown.items():
            for r in rows:
                print('   %-10s %s' % (c, r))
        print('   unit boundaries beads run across: %d' % sum(bounds.values()))
        for b, n in bounds.most_common(6):
            print('   %5d %s' % (n, b))
            for x in examples[b] if a.boundaries else []:
                print('           %s' % x)


if __name__ == '__main__':
    main()
