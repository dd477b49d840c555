#!/usr/bin/env python3
"""Precision and recall of `vietalign check` omissions and additions on the
shared sets: every unit bench.py drops from one side should be reported
(its counterpart's sentences as an omission or an addition), and nothing
else.

  bench/check_eval.py [--cli build/cli/vietalign] [--drop 0.05] SET.jsonl ...

A reported sentence counts as right when it lies inside the text of a
dropped unit's surviving side; a dropped unit counts as found when at least
one of its sentences was reported."""
import argparse, json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
sys.path.insert(0, EVAL)
import bench, score


def dropped_units(doc, rng, para, drop):
    """Rebuilds bench.py's document and the units it dropped."""
    state = rng.getstate()
    vi, en, gold = bench.build(doc, rng, para, drop, para != 'unit')
    rng2 = random.Random()
    rng2.setstate(state)
    v_units, e_units = bench.close_units(list(doc['vi']), list(doc['en'])) if para != 'unit' else (doc['vi'], doc['en'])
    lost = []
    for i in range(len(v_units)):
        if drop and rng2.random() < drop:
            side = 'vi' if rng2.random() < 0.5 else 'en'
            kept = e_units[i] if side == 'vi' else v_units[i]
            if kept.strip():
                lost.append(score.norm(kept))
    return vi, en, lost


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('sets', nargs='+')
    ap.add_argument('--cli', default=os.path.join(HERE, '..', 'build', 'cli', 'vietalign'))
    ap.add_argument('--para', default='1-6')
    ap.add_argument('--drop', type=float, default=0.05)
    a = ap.parse_args()
    rng = random.Random(1)
    docs = [json.loads(l) for s in a.sets for l in open(s, encoding='utf-8') if l.strip()]
    reported = right = units = found = 0
    with tempfile.TemporaryDirectory() as work:
        for k, doc in enumerate(docs):
            vi, en, lost = dropped_units(doc, rng, a.para, a.drop)
            pv, pe = os.path.join(work, 'v.txt'), os.path.join(work, 'e.txt')
            open(pv, 'w', encoding='utf-8').write(vi)
            open(pe, 'w', encoding='utf-8').write(en)
            out = subprocess.run([a.cli, 'check', pv, pe, '--json'], capture_output=True, text=True).stdout
            rows = [json.loads(l) for l in out.splitlines() if l.strip()]
            one = [score.norm((r['en'] if r['en']['present'] else r['vi'])['text']) for r in rows
                   if r['kind'] in ('omission', 'addition')]
            if doc.get('title_vi') and doc.get('title_en'):
                pass
            reported += len(one)
            right += sum(1 for t in one if any(t in u for u in lost))
            units += len(lost)
            found += sum(1 for u in lost if any(t in u for t in one))
    p = right / reported if reported else 0
    r = found / units if units else 0
    print(json.dumps(dict(docs=len(docs), dropped_units=units, reported=reported, precision=round(p, 4),
                          recall=round(r, 4), f1=round(2 * p * r / (p + r), 4) if p + r else 0)))


if __name__ == '__main__':
    main()
