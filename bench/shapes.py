#!/usr/bin/env python3
"""Gold beads of the rare shapes (1-4, 4-1, 2-3, 3-2 and beyond) on the
shared sets, and how many the CLI gets right.

  bench/shapes.py [--cli build/cli/vietalign] [--extra '...']

For each of bench/eval.py's eight conditions, the documents are built as
../shared/eval/bench.py builds them (same seed), each gold bead's sides are
segmented by `vietalign segment` to give its shape in sentences, and the
CLI's units (JSON Lines: their own shapes) are matched to the gold: a gold bead is right when one unit
equals it, or a run of units concatenates to it (bench.py's strict rule).
Prints per condition: gold beads of each rare shape, right ones, and the
units the CLI made of a rare shape that are wrong. SHAPES_SHOW=1 prints the
1-4 and 4-1 gold beads missed, with the units near them.
"""
import argparse, collections, json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
sys.path.insert(0, EVAL)
sys.path.insert(0, HERE)
import bench as shared_bench, score  # noqa: E402
from eval import CONFIGS  # noqa: E402

SHOW = os.environ.get('SHAPES_SHOW')
RARE = {(1, 4), (4, 1), (2, 3), (3, 2)}


def counts(cli, texts, lang, work):
    """Sentences of each text, as the CLI's segmenter cuts it."""
    path = os.path.join(work, 'seg.' + lang)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(t if t else '.' for t in texts) + '\n')
    out = subprocess.run([cli, 'segment', path, '--lang', lang], capture_output=True, text=True,
                         check=True).stdout
    paras = [p for p in out.split('\n\n')]
    n = [len([s for s in p.split('\n') if s.strip()]) for p in paras]
    n = [x for x in n if x] if len(n) != len(texts) else n
    return [0 if not t else c for t, c in zip(texts, n)] if len(n) == len(texts) else None


def right_golds(gold, units):
    """Indices of gold beads a unit or a run of units makes exactly."""
    right = set()
    at = {}
    for k, (v, e) in enumerate(units):
        at.setdefault(v.split(' ', 1)[0], []).append(k)
    for g, (gv, ge) in enumerate(gold):
        for k in at.get(gv.split(' ', 1)[0], []):
            jv, je, m = '', '', k
            while m < len(units):
                jv = (jv + ' ' + units[m][0]).strip()
                je = (je + ' ' + units[m][1]).strip()
                m += 1
                if not (gv.startswith(jv) and ge.startswith(je)):
                    break
                if jv == gv and je == ge:
                    right.add(g)
                    break
            if g in right:
                break
    return right


def run_config(cli, sets, para, drop, extra, work):
    rng = random.Random(1)
    docs = [json.loads(l) for s in sets for l in open(os.path.join(EVAL, 'data', s + '.jsonl'), encoding='utf-8')
            if l.strip()]
    golds, outs = [], []
    for k, doc in enumerate(docs):
        vi, en, gold = shared_bench.build(doc, rng, para, drop, para != 'unit')
        base = os.path.join(work, 'doc%04d' % k)
        open(base + '.vi', 'w', encoding='utf-8').write(vi)
        open(base + '.en', 'w', encoding='utf-8').write(en)
        subprocess.run('%s align %s.vi %s.en -o %s.jsonl --format jsonl %s' % (cli, base, base, base, extra),
                       shell=True, capture_output=True)
        units = []
        if os.path.exists(base + '.jsonl'):
            for line in open(base + '.jsonl', encoding='utf-8'):
                u = json.loads(line)
                units.append((score.norm(u['vi']), score.norm(u['en']), len(u['vi_sentences']),
                              len(u['en_sentences'])))
        golds.append(gold)
        outs.append(units)
    allg = [g for gold in golds for g in gold]
    gv, ge = counts(cli, [g[0] for g in allg], 'vi', work), counts(cli, [g[1] for g in allg], 'en', work)
    gshape = list(zip(gv, ge))
    res = collections.Counter()
    at = 0
    for gold, units in zip(golds, outs):
        right = right_golds(gold, [u[:2] for u in units])
        gset = set(gold)
        for g in range(len(gold)):
            sh = gshape[at + g]
            if sh in RARE:
                res['gold %d-%d' % sh] += 1
                res['right %d-%d' % sh] += g in right
                if SHOW and g not in right and sh in {(1, 4), (4, 1)}:
                    print('GOLD %d-%d\t%s\t%s' % (sh + (gold[g][0][:150], gold[g][1][:300])))
                    for u in units:
                        if u[0] and (u[0][:20] in gold[g][0] or gold[g][0][:20] in u[0]) or u[1] and (u[1][:20] in gold[g][1]):
                            print('   SYS %d-%d\t%s\t%s' % (u[2], u[3], u[0][:100], u[1][:100]))
        at += len(gold)
        for u in units:
            if u[0] and u[1] and u[2:] in RARE:
                res['made %d-%d' % u[2:]] += 1
                res['wrong %d-%d' % u[2:]] += u[:2] not in gset
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', default=os.path.join(HERE, '..', 'build', 'cli', 'vietalign'))
    ap.add_argument('--extra', default='')
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    total = collections.Counter()
    print('| condition | gold rare beads | right | rare units made | wrong |')
    print('|---|---|---|---|---|')
    for name, sets, para, drop, _ in CONFIGS:
        with tempfile.TemporaryDirectory() as work:
            r = run_config(cli, sets, para, drop, a.extra, work)
        total.update(r)
        g = sum(v for k, v in r.items() if k.startswith('gold'))
        ok = sum(v for k, v in r.items() if k.startswith('right'))
        made = sum(v for k, v in r.items() if k.startswith('made'))
        bad = sum(v for k, v in r.items() if k.startswith('wrong'))
        print('| %s | %d | %d | %d | %d |' % (name, g, ok, made, bad), flush=True)
    print(json.dumps(dict(sorted(total.items()))))


if __name__ == '__main__':
    main()
