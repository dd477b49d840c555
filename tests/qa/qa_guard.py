#!/usr/bin/env python3
"""QA guard: `vietalign check` on planted faults (bench/qa_bench.py, which
mirrors ../shared/eval/qa.py) must not fall below the figures recorded per
set in baseline.tsv: precision and recall per kind may not drop by more
than TOLERANCE, false alarms per 100 units on the unchanged translations
may not rise by more than FA_TOLERANCE.

  qa_guard.py --cli build/cli/vietalign [--shared ../shared]
              [--baseline tests/qa/baseline.tsv] [--record]

Exit status: 0 when nothing fell, 1 when a figure did (or has no baseline),
77 when shared/ is missing (a skip for ctest) unless CI=true, where that is
a failure. --record rewrites the figures (keeping the file's header).
"""
import argparse
import concurrent.futures as cf
import importlib.util
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'accuracy'))
import accuracy  # noqa: E402  (the guards' baseline reader)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, '..', '..'))
TOLERANCE = 0.005
FA_TOLERANCE = 0.05
# set name: the shared data files it is made of, read as running text
SETS = {'ted-tst2010': ['ted-tst2010'], 'ted-tst2011': ['ted-tst2011'], 'docs': ['gnome-help', 'maint-guide']}


def load_bench(shared):
    sys.path.insert(0, os.path.join(shared, 'eval'))
    spec = importlib.util.spec_from_file_location('qa_bench', os.path.join(SRC, 'bench', 'qa_bench.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_set(mod, cli, shared, files):
    import json, random, shutil
    b = mod.Bench(cli, False)
    rng, rng_more = random.Random(1), random.Random(1)
    kinds = set(mod.KINDS)
    try:
        for name in files:
            path = os.path.join(shared, 'eval', 'data', name + '.jsonl')
            with open(path, encoding='utf-8') as f:
                docs = [json.loads(l) for l in f if l.strip()]
            for i, d in enumerate(docs):
                tag = '%s.%d' % (name, i)
                vu, eu = b.qa_doc(d, tag, rng, 'flat', kinds)
                b.more_doc(vu, eu, tag, rng_more, kinds)
    finally:
        shutil.rmtree(b.work, ignore_errors=True)
    f = b.figures()
    out = {'false_alarms_per_100': f['false_alarms_per_100']}
    for k in mod.KINDS:
        out[k + '_precision'] = f[k + '_precision']
        out[k + '_recall'] = f[k + '_recall']
    return out




def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--shared', default=os.path.join(SRC, '..', 'shared'))
    ap.add_argument('--baseline', default=os.path.join(HERE, 'baseline.tsv'))
    ap.add_argument('--record', action='store_true')
    a = ap.parse_args()
    need = [os.path.join(a.shared, 'eval', 'qa.py')] + \
        [os.path.join(a.shared, 'eval', 'data', n + '.jsonl') for fs in SETS.values() for n in fs]
    missing = [p for p in need if not os.path.exists(p)]
    if missing:
        print('shared evaluation kit missing: %s' % missing[0])
        return 1 if os.environ.get('CI') == 'true' else 77
    mod = load_bench(a.shared)
    with cf.ThreadPoolExecutor(max_workers=2) as ex:
        futs = {s: ex.submit(run_set, mod, a.cli, a.shared, fs) for s, fs in SETS.items()}
        got = {s: f.result() for s, f in futs.items()}
    header, base = accuracy.read_baseline(a.baseline, 2, 'SET<TAB>FIGURE<TAB>VALUE')
    if a.record:
        with open(a.baseline, 'w', encoding='utf-8') as f:
            f.writelines(header)
            for s in SETS:
                for k, v in got[s].items():
                    f.write('%s\t%s\t%.3f\n' % (s, k, v))
        print('recorded %s' % a.baseline)
        return 0
    bad = 0
    for s in SETS:
        for k, v in got[s].items():
            b = base.get((s, k))
            if b is None:
                print('%-12s %-26s %.3f  no baseline' % (s, k, v))
                bad = 1
                continue
            worse = v > b + FA_TOLERANCE if k.startswith('false_alarms') else v < b - TOLERANCE
            print('%-12s %-26s %.3f  baseline %.3f%s' % (s, k, v, b, '  FELL' if worse else ''))
            bad |= worse
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
