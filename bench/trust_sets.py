#!/usr/bin/env python3
"""../shared/eval/trust.py per set family and on all sets at once, as the
issue 20 targets read it: pairs scored >= 0.9 right >= 99 % on every set.

  bench/trust_sets.py --cli build/cli/vietalign [--para 1-6,flat] [--drop 0.05]
                      [--jobs 2] [--buckets]

Runs trust.py (its own seed and draws: a set run alone gets other
omissions than the same set among all) on TED (its three files in one
run), gnome-help, maint-guide and all five files, for each --para, and
prints one line per run: pairs scored >= 0.9 and the share right, true
pairs refused, wrong pairs accepted and their units scored >= 0.9; with
--buckets also trust.py's calibration table of each run.
"""
import argparse
import concurrent.futures as cf
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
DATA = os.path.join(EVAL, 'data')
GROUPS = [('TED', ['ted-dev2010', 'ted-tst2010', 'ted-tst2011']), ('gnome-help', ['gnome-help']),
          ('maint-guide', ['maint-guide']),
          ('all', ['gnome-help', 'maint-guide', 'ted-dev2010', 'ted-tst2010', 'ted-tst2011'])]


def run(cli, para, drop, files):
    cmd = [sys.executable, os.path.join(EVAL, 'trust.py'), '--cli', cli, '--para', para, '--drop', str(drop)]
    out = subprocess.run(cmd + [os.path.join(DATA, f + '.jsonl') for f in files], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    return json.loads(out[-1]), [l for l in out[:-1] if l.startswith('score ')]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cli', required=True)
    ap.add_argument('--para', default='1-6,flat')
    ap.add_argument('--drop', type=float, default=0.05)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--buckets', action='store_true')
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    runs = [(p, name, files) for p in a.para.split(',') for name, files in GROUPS]
    with cf.ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(lambda r: run(cli, r[0], a.drop, r[2]), runs))
    print('%-12s %-5s %8s %7s %9s %11s %9s' % ('set', 'para', '>=0.9', 'right', 'refused', 'wrong acc.', 'wrong>=.9'))
    for (para, name, _), (d, buckets) in zip(runs, results):
        print('%-12s %-5s %8d %7.4f %4d/%-4d %5d/%-5d %9d%s' % (
            name, para, d['units_ge_0_9'], d['precision_ge_0_9'], d['true_refused'], d['true_pairs'],
            d['wrong_accepted'], d['wrong_pairs'], d['wrong_units_ge_0_9'],
            '' if d['precision_ge_0_9'] >= 0.99 else '  < 0.99'))
        for b in buckets if a.buckets else []:
            print('    ' + b)
    return 0


if __name__ == '__main__':
    sys.exit(main())
