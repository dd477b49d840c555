#!/usr/bin/env python3
"""Accuracy guard: strict f1 of the CLI on the shared evaluation sets must not
fall more than TOLERANCE below the baseline recorded per set.

  accuracy.py --cli build/cli/vietalign [--shared ../shared]
              [--baseline tests/accuracy/baseline.tsv] [--jobs N]
              [--extra 'ALIGN OPTIONS'] [--record]

The sets and their conditions (paragraph grouping, omissions) are those of
bench/eval.py, run through ../shared/eval/bench.py and score.py. Every set's
f1 is printed next to its baseline. Exit status: 0 when no set fell, 1 when
one did (or a set has no baseline), 77 when shared/ is missing (a skip for
ctest) unless the environment has CI=true, where a missing shared/ is a
failure. VIETALIGN_ACCURACY_EXTRA_FLAGS (or --extra) passes more options to
`vietalign align`, to show that a mis-set constant makes the test fail, e.g.
VIETALIGN_ACCURACY_EXTRA_FLAGS='--skip-prior 0.05'. --record writes the
figures of this run into the baseline file instead of comparing (see the
file's header for when to do that).
"""
import argparse
import concurrent.futures as cf
import importlib.util
import os
import shlex
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, '..', '..'))
TOLERANCE = 0.003


def load_eval(shared):
    """bench/eval.py, the one place that says which sets and conditions the
    project's accuracy figures use, pointed at this shared/."""
    spec = importlib.util.spec_from_file_location('bench_eval', os.path.join(SRC, 'bench', 'eval.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.EVAL = os.path.join(shared, 'eval')
    return mod


def read_baseline(path, keys=1, want='SET<TAB>F1'):
    """Returns (header lines, {key: value}): a line's `keys` first columns
    (one: the string, more: a tuple) and its last, a number."""
    header, rows = [], {}
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if line.startswith('#') or not line.strip():
                if not rows:
                    header.append(line)
                continue
            cols = line.rstrip('\n').split('\t', keys)
            try:
                if len(cols) != keys + 1:
                    raise ValueError
                rows[cols[0] if keys == 1 else tuple(cols[:keys])] = float(cols[keys])
            except ValueError:
                sys.exit('%s:%d: want "%s", got %r' % (path, n, want, line.rstrip('\n')))
    return header, rows


def shared_missing(shared):
    need = [os.path.join(shared, 'eval', f) for f in ('bench.py', 'score.py')]
    return [p for p in need if not os.path.isfile(p)]


def guard_args(doc, baseline):
    """The options both guards take (this one and calibration.py)."""
    ap = argparse.ArgumentParser(description=doc.split('\n')[0])
    ap.add_argument('--cli', required=True)
    ap.add_argument('--shared', default=os.path.join(SRC, '..', 'shared'))
    ap.add_argument('--baseline', default=os.path.join(HERE, baseline))
    ap.add_argument('--jobs', type=int, default=max(2, os.cpu_count() or 1))
    ap.add_argument('--record', action='store_true', help='write this run\'s figures as the baseline')
    return ap


def missing_status(shared, what):
    """None when shared/ holds the kit, else the exit status (77: skip;
    1 under CI=true) after saying so."""
    missing = shared_missing(shared)
    if not missing:
        return None
    ci = os.environ.get('CI', '').lower() == 'true'
    print('*' * 72)
    print('%s NOT CHECKED: the shared evaluation kit is missing (%s).' % (what, ', '.join(missing)))
    print('Put shared/ beside the checkout, or configure with -DVIETALIGN_SHARED_DIR=PATH.')
    print('CI=true: a missing shared/ is a failure.' if ci else 'Skipped (exit 77).')
    print('*' * 72)
    return 1 if ci else 77


def main():
    ap = guard_args(__doc__, 'baseline.tsv')
    ap.add_argument('--extra', default=os.environ.get('VIETALIGN_ACCURACY_EXTRA_FLAGS', ''))
    a = ap.parse_args()

    st = missing_status(a.shared, 'ACCURACY')
    if st is not None:
        return st
    if a.record and a.extra:
        sys.exit('--record with extra align options would record a baseline the default build does not reach')

    ev = load_eval(os.path.abspath(a.shared))
    cli = shlex.quote(os.path.abspath(a.cli))
    with cf.ThreadPoolExecutor(a.jobs) as ex:
        futures = [(name, ex.submit(ev.run, cli, sets, para, drop, None, a.extra))
                   for name, sets, para, drop, _ in ev.CONFIGS]
        results = [(name, f.result()) for name, f in futures]

    header, base = read_baseline(a.baseline)
    if a.record:
        with open(a.baseline, 'w', encoding='utf-8') as f:
            f.writelines(header)
            for name, r in results:
                f.write('%s\t%.4f\n' % (name, r['f1']))
        for name, r in results:
            old = base.get(name)
            print('%-40s f1 %.4f  (was %s)' % (name, r['f1'], '%.4f' % old if old is not None else 'none'))
        print('recorded in %s: review the diff before committing it' % a.baseline)
        return 0

    print('strict f1 per set against %s (a fall of more than %.3f fails)%s' %
          (os.path.relpath(a.baseline, SRC), TOLERANCE, '; extra align options: ' + a.extra if a.extra else ''))
    bad = 0
    for name, r in results:
        want = base.get(name)
        if want is None:
            print('%-40s f1 %.4f  NO BASELINE: record it with --record' % (name, r['f1']))
            bad += 1
            continue
        # bench.py rounds to 4 decimals: compare in tenths of a thousandth
        fell = round((want - r['f1']) * 10000) > round(TOLERANCE * 10000)
        bad += fell
        print('%-40s f1 %.4f  baseline %.4f  (%+.4f)%s%s' % (
            name, r['f1'], want, r['f1'] - want, '  %d document(s) failed' % r['failed'] if r['failed'] else '',
            '  FELL' if fell else ''))
    for name in sorted(set(base) - {n for n, _ in results}):
        print('%-40s in the baseline but not in bench/eval.py: remove it' % name)
        bad += 1
    print('%d set(s) fell or are out of step with the baseline' % bad if bad else 'accuracy holds on every set')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
