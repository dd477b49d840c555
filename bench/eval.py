#!/usr/bin/env python3
"""Accuracy figures of the vietalign CLI on the shared gold-aligned sets.

  bench/eval.py [--cli build/cli/vietalign] [--ablation] [--jobs 2]

Runs ../shared/eval/bench.py on the TED sets (paragraphs of 1-6 units and
flat, without and with 5 % omissions) and on gnome-help and maint-guide (one
unit per line, 10 % omissions), and prints a Markdown table of strict f1 next
to a regex splitter + hunalign (no dictionary) on the same sets. With
--ablation, the same with the anchors switched on one kind at a time. With
--search, strict f1 of the search over the whole lattice next to the
corridor search (forced even on short documents), which must not lose.
"""
import argparse, concurrent.futures as cf, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
TED = ['ted-dev2010', 'ted-tst2010', 'ted-tst2011']
CONFIGS = [  # name, sets, para, drop, hunalign's strict f1
    ('TED, paragraphs of 1-6', TED, '1-6', 0.0, 0.941),
    ('TED, paragraphs of 1-6, 5 % omitted', TED, '1-6', 0.05, 0.909),
    ('TED, flat', TED, 'flat', 0.0, 0.910),
    ('TED, flat, 5 % omitted', TED, 'flat', 0.05, 0.875),
    ('gnome-help, 10 % omitted', ['gnome-help'], 'unit', 0.1, 0.927),
    ('maint-guide, 10 % omitted', ['maint-guide'], 'unit', 0.1, 0.962),
    ('gnome-help, flat, 10 % omitted', ['gnome-help'], 'flat', 0.1, None),
    ('maint-guide, flat, 10 % omitted', ['maint-guide'], 'flat', 0.1, None),
]
ABLATION = [('length only', 'none'), ('+ numbers', 'numbers'), ('+ names', 'numbers,names'),
            ('+ punctuation, identifiers', 'numbers,names,punct,words'),
            ('+ word table', 'numbers,names,punct,words,lexicon'), ('+ learned word table (all)', 'all'),
            ('all but numbers', 'names,punct,words,lexicon,learned'),
            ('all but names', 'numbers,punct,words,lexicon,learned'),
            ('all but punctuation, identifiers', 'numbers,names,lexicon,learned'),
            ('all but the word table', 'numbers,names,punct,words,learned')]


def run(cli, sets, para, drop, anchors=None, extra=''):
    cmd = '%s align {vi} {en} -o {out} %s' % (cli, extra)
    if anchors:
        cmd += ' --anchors ' + anchors
    args = [sys.executable, os.path.join(EVAL, 'bench.py'), '--cmd', cmd, '--para', para,
            '--drop', str(drop)] + [os.path.join(EVAL, 'data', s + '.jsonl') for s in sets]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', default=os.path.join(HERE, '..', 'build', 'cli', 'vietalign'))
    ap.add_argument('--ablation', action='store_true')
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--extra', default='', help='more align options, e.g. "--search corridor"')
    ap.add_argument('--search', action='store_true', help='full search against the corridor search')
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    if a.search:
        with cf.ThreadPoolExecutor(a.jobs) as ex:
            full = [ex.submit(run, cli, s, p, d, None, '--search full') for _, s, p, d, _ in CONFIGS]
            corr = [ex.submit(run, cli, s, p, d, None, '--search corridor') for _, s, p, d, _ in CONFIGS]
            print('| set | full search f1 | corridor search f1 |')
            print('|---|---|---|')
            for (name, _, _, _, _), f, c in zip(CONFIGS, full, corr):
                print('| %s | %.4f | %.4f |' % (name, f.result()['f1'], c.result()['f1']))
        return
    with cf.ThreadPoolExecutor(a.jobs) as ex:
        res = [ex.submit(run, cli, s, p, d, None, a.extra) for _, s, p, d, _ in CONFIGS]
        print('| set | units | vietalign f1 | precision | recall | hunalign f1 |')
        print('|---|---|---|---|---|---|')
        for (name, _, _, _, hun), f in zip(CONFIGS, res):
            r = f.result()
            print('| %s | %d | **%.3f** | %.3f | %.3f | %s |' % (name, r['gold'], r['f1'], r['precision'],
                                                            r['recall'], '%.3f' % hun if hun else 'not run'))
        if not a.ablation:
            return
        print()
        print('| anchors | ' + ' | '.join(c[0] for c in CONFIGS) + ' |')
        print('|---|' + '---|' * len(CONFIGS))
        for label, anchors in ABLATION:
            fs = [ex.submit(run, cli, s, p, d, anchors, a.extra + ' --not-parallel-ok') for _, s, p, d, _ in CONFIGS]
            print('| %s | ' % label + ' | '.join('%.3f' % f.result()['f1'] for f in fs) + ' |')


if __name__ == '__main__':
    main()
