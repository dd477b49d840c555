#!/usr/bin/env python3
"""Fits the calibration of bead scores (VTA_PARAMS.calibration in
lib/score/params.c) on part of the shared sets, and reports it on all.

  bench/calibrate.py --cli build/cli/vietalign [--data rows.jsonl] [--collect]

--collect runs `vietalign align --format jsonl --explain` on every document
of the shared sets as running text, at --para 1-6 and --para flat with 5 %
of the units dropped (bench.py's build, seed 7: other omissions than
trust.py's), labels each two-sided unit right or wrong as trust.py does
(../shared/eval/score.py: a run of whole gold units) and writes one row per
unit (its set, document, condition, features, label) to --data. Without it,
the rows are read from --data.

The fit: logistic regression (Newton's method, a small L2 penalty) on the
documents of even index of each set; the documents of odd index are held
out. Each set weighs the same in the fit (a set's rows are weighted by the
inverse of their count), so TED's 3,500 units do not outvote maint-guide's
1,000. Prints the coefficients in params.c's order and, per set and
condition, the precision of units scored >= 0.9, on held-out and all
documents, then the calibration table.
"""
import argparse, json, math, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
sys.path.insert(0, EVAL)
import bench, score  # noqa: E402

SETS = ['ted-dev2010', 'ted-tst2010', 'ted-tst2011', 'gnome-help', 'maint-guide']
FEATS = ['posterior', 'anchors', 'length', 'merge', 'omission', 'neighbours', 'chars', 'boundary', 'parallelism',
         'merge_near', 'doc_merge', 'para_ends', 'cut']
CONDS = ['1-6', 'flat']


def family(s):
    return 'ted' if s.startswith('ted') else s


def collect(cli, out):
    rng = random.Random(7)
    work = tempfile.mkdtemp(prefix='calib-')
    rows = []
    for s in SETS:
        docs = [json.loads(l) for l in open(os.path.join(EVAL, 'data', s + '.jsonl'), encoding='utf-8') if l.strip()]
        for cond in CONDS:
            for i, d in enumerate(docs):
                vi, en, gold = bench.build(d, rng, cond, 0.05, True)
                pv, pe, po = (os.path.join(work, 'x' + x) for x in ('.vi', '.en', '.jsonl'))
                open(pv, 'w', encoding='utf-8').write(vi)
                open(pe, 'w', encoding='utf-8').write(en)
                r = subprocess.run([cli, 'align', pv, pe, '-o', po, '--format', 'jsonl', '--explain'],
                                   capture_output=True, text=True)
                if r.returncode:
                    continue
                units = [json.loads(l) for l in open(po, encoding='utf-8')]
                pairs = [(score.norm(u['vi']), score.norm(u['en'])) for u in units]
                _, wrong = score.score(gold, pairs)
                wrong = set(wrong)
                for u, p in zip(units, pairs):
                    if not p[0] or not p[1]:
                        continue
                    rows.append(dict(set=s, doc=i, cond=cond, y=int(p not in wrong), score=u['score'],
                                     f=[u['explain']['features'][k] for k in FEATS]))
    with open(out, 'w') as f:
        for r in rows:
            f.write(json.dumps(r) + '\n')
    return rows


def sigmoid(z):
    return 1 / (1 + math.exp(-z)) if z > -700 else 0.0


def solve(a, b):
    """Gaussian elimination with partial pivoting: a x = b."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                k = m[r][c] / m[c][c]
                for j in range(c, n + 1):
                    m[r][j] -= k * m[c][j]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def fit(rows, use, l2=1.0, iters=30):
    """Weighted logistic regression on features `use` (indices); returns
    coefficients per feature (0 for unused) and the intercept."""
    counts = {}
    for r in rows:
        counts[family(r['set'])] = counts.get(family(r['set']), 0) + 1
    total = len(rows)
    wts = [total / (len(counts) * counts[family(r['set'])]) for r in rows]
    xs = [[r['f'][k] for k in use] + [1.0] for r in rows]
    n = len(use) + 1
    w = [0.0] * n
    for _ in range(iters):
        g = [0.0] * n
        h = [[0.0] * n for _ in range(n)]
        for x, r, c in zip(xs, rows, wts):
            p = sigmoid(sum(a * b for a, b in zip(w, x)))
            d = (r['y'] - p) * c
            q = p * (1 - p) * c
            for i in range(n):
                g[i] += d * x[i]
                for j in range(n):
                    h[i][j] += q * x[i] * x[j]
        for i in range(n - 1):
            g[i] -= l2 * w[i]
            h[i][i] += l2
        step = solve(h, g)
        w = [a + b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    coef = [0.0] * len(FEATS)
    for k, i in enumerate(use):
        coef[i] = w[k]
    return coef, w[-1]


def predict(coef, b, r):
    return sigmoid(b + sum(c * f for c, f in zip(coef, r['f'])))


def report(rows, coef, b, label):
    print('--', label)
    groups = {}
    for r in rows:
        groups.setdefault((r['set'], r['cond']), []).append(r)
    for key in sorted(groups):
        rs = groups[key]
        hi = [r for r in rs if predict(coef, b, r) >= 0.9]
        old = [r for r in rs if r['score'] >= 0.9]
        print('%-12s %-5s units %5d  >=0.9: %5d right %.4f (score written %5d right %.4f)' % (
            key[0], key[1], len(rs), len(hi), sum(r['y'] for r in hi) / max(1, len(hi)),
            len(old), sum(r['y'] for r in old) / max(1, len(old))))
    buckets = {}
    for r in rows:
        k = min(9, int(predict(coef, b, r) * 10))
        buckets.setdefault(k, [0, 0, 0.0])
        buckets[k][0] += 1
        buckets[k][1] += r['y']
        buckets[k][2] += predict(coef, b, r)
    for k in sorted(buckets):
        n, ok, sp = buckets[k]
        print('  score %.1f-%.1f: %5d units, %.3f right (mean score %.3f)' % (k / 10, k / 10 + 0.1, n, ok / n, sp / n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', default=os.path.join(HERE, '..', 'build', 'cli', 'vietalign'))
    ap.add_argument('--data', default=os.path.join(tempfile.gettempdir(), 'vietalign-calibration.jsonl'))
    ap.add_argument('--collect', action='store_true')
    ap.add_argument('--use', default='posterior,length,merge,omission,neighbours,boundary,merge_near,doc_merge,para_ends',
                    help='features to fit, comma-separated (the others get 0)')
    ap.add_argument('--l2', type=float, default=1.0)
    a = ap.parse_args()
    rows = collect(a.cli, a.data) if a.collect else [json.loads(l) for l in open(a.data)]
    use = [FEATS.index(u) for u in a.use.split(',') if u]
    train = [r for r in rows if r['doc'] % 2 == 0]
    held = [r for r in rows if r['doc'] % 2 == 1]
    coef, b = fit(train, use, a.l2)
    print('calibration = {%s, %s}' % (', '.join('%.4g' % c for c in coef), '%.4g' % b))
    report(held, coef, b, 'held out (odd documents)')
    report(rows, coef, b, 'all documents')


if __name__ == '__main__':
    main()
