#!/usr/bin/env python3
"""Strict f1 of `vietalign batch` with and without --learn (issue 21: a word
table learned from all the batch's documents), on the conditions of
bench/eval.py: each set's documents built as ../shared/eval/bench.py builds
them (same seed, same draws), one manifest per condition, the TSV output
split by the pair's id and each document scored with score.py; totals as
bench.py sums them.

    python3 bench/batch_learn.py --cli build/cli/vietalign [--threads 2]
"""
import argparse, collections, json, os, random, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, '..', '..', 'shared', 'eval')
sys.path.insert(0, EVAL)
sys.path.insert(0, HERE)
import bench, score  # noqa: E402
from eval import CONFIGS  # noqa: E402


def build(sets, para, drop, work):
    rng = random.Random(1)
    docs = []
    for s in sets:
        docs += [json.loads(l) for l in open(os.path.join(EVAL, 'data', s + '.jsonl'), encoding='utf-8') if l.strip()]
    gold, lines = {}, []
    for k, d in enumerate(docs):
        vi, en, g = bench.build(d, rng, para, drop, para != 'unit')
        base = os.path.join(work, 'doc%04d' % k)
        with open(base + '.vi.txt', 'w', encoding='utf-8') as f:
            f.write(vi)
        with open(base + '.en.txt', 'w', encoding='utf-8') as f:
            f.write(en)
        gold['d%04d' % k] = g
        lines.append('%s.vi.txt\t%s.en.txt\td%04d\n' % (base, base, k))
    manifest = os.path.join(work, 'manifest.tsv')
    with open(manifest, 'w', encoding='utf-8') as f:
        f.writelines(lines)
    return manifest, gold


def run(cli, manifest, gold, extra, threads):
    out = manifest + '.out.tsv'
    t0 = time.monotonic()
    subprocess.run([cli, 'batch', manifest, '-o', out, '--threads', str(threads), '-q'] + extra, check=False,
                   capture_output=True)
    wall = time.monotonic() - t0
    units = collections.defaultdict(list)
    for line in open(out, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if len(f) >= 4:
            units[f[3]].append((score.norm(f[0]), score.norm(f[1])))
    tot = collections.Counter()
    for doc, g in gold.items():
        tot['gold'] += len(g)
        if not units[doc]:
            continue
        res, _ = score.score(g, units[doc])
        tot['units'] += res['units']
        tot['correct'] += round(res['precision'] * res['units'])
        tot['covered'] += round(res['recall'] * res['gold'])
    p = tot['correct'] / tot['units'] if tot['units'] else 0
    r = tot['covered'] / tot['gold'] if tot['gold'] else 0
    return (2 * p * r / (p + r) if p + r else 0), wall


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cli', required=True)
    ap.add_argument('--threads', type=int, default=2)
    a = ap.parse_args()
    print('| set | batch f1 | with --learn | wall s | with --learn |')
    print('|---|---|---|---|---|')
    for name, sets, para, drop, _ in CONFIGS:
        with tempfile.TemporaryDirectory(prefix='batch-learn-') as work:
            manifest, gold = build(sets, para, drop, work)
            f0, w0 = run(a.cli, manifest, gold, [], a.threads)
            f1, w1 = run(a.cli, manifest, gold, ['--learn'], a.threads)
        print('| %s | %.4f | %.4f | %.1f | %.1f |' % (name, f0, f1, w0, w1), flush=True)


if __name__ == '__main__':
    main()
