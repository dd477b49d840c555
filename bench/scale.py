#!/usr/bin/env python3
"""Speed and memory of the vietalign CLI at scale.

  bench/scale.py [--cli build/cli/vietalign] [--sizes 1000,10000,100000,1000000]
                 [--batch] [--keep DIR]

For each size N, builds one document pair of about N sentences per side from
real text: the shared evaluation documents (TED, gnome-help, maint-guide),
concatenated in a shuffled order, repeated as often as needed, in paragraphs
of 1-6 units, with 1 % of the Vietnamese units left out (omissions, so the
path leaves the diagonal). It then runs `vietalign align VI EN -o OUT.tmx`
end to end (read, segment, align, write TMX) under /usr/bin/time and prints
wall seconds, sentences per second, MB/s of input, peak RSS and the strict f1
of the output against the known pairs (../shared/eval/score.py).

With --batch, it also prints the `vietalign batch` throughput on all the
shared sets (one document pair per evaluation document) with 1 and 2 threads.
"""
import argparse, json, os, random, re, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
SETS = ['ted-dev2010', 'ted-tst2010', 'ted-tst2011', 'gnome-help', 'maint-guide']


def load_docs():
    docs = []
    for s in SETS:
        with open(os.path.join(EVAL, 'data', s + '.jsonl'), encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                units = [(v.strip(), e.strip()) for v, e in zip(d['vi'], d['en']) if v.strip() and e.strip()]
                docs.append((s.startswith('ted'), units))
    return docs


def clean(t):
    return re.sub(r'\s+', ' ', t)


def build(docs, units_wanted, vi_path, en_path, gold_path):
    """Writes about units_wanted units per side; returns the unit count."""
    n = 0
    rep = 0
    with open(vi_path, 'w', encoding='utf-8') as fv, open(en_path, 'w', encoding='utf-8') as fe, \
            open(gold_path, 'w', encoding='utf-8') as fg:
        while n < units_wanted:
            rng = random.Random(rep)
            order = list(range(len(docs)))
            rng.shuffle(order)
            for di in order:
                running, units = docs[di]
                k = 0
                while k < len(units) and n < units_wanted:
                    # talks are running text; manual units are titles and
                    # list items without final stops: one per line
                    size = rng.randint(1, 6) if running else 1
                    para = units[k:k + size]
                    k += size
                    kept = [u for u in para if rng.random() >= 0.01]
                    fe.write(' '.join(clean(e) for _, e in para) + '\n\n')
                    fv.write(' '.join(clean(v) for v, _ in kept) + '\n\n' if kept else '')
                    for v, e in kept:
                        fg.write('%s\t%s\n' % (clean(v), clean(e)))
                    n += len(para)
                if n >= units_wanted:
                    break
            rep += 1
    return n


def count_sentences(cli, path, lang):
    out = subprocess.run([cli, 'segment', path, '--lang', lang], capture_output=True, check=True).stdout
    return sum(1 for line in out.split(b'\n') if line.strip())


def timed(cmd):
    """Runs cmd under GNU time; returns (wall seconds, peak RSS in MB)."""
    with tempfile.NamedTemporaryFile('r') as tf:
        t0 = time.monotonic()
        subprocess.run(['/usr/bin/time', '-f', '%M', '-o', tf.name] + cmd, check=True,
                       stdout=subprocess.DEVNULL)
        wall = time.monotonic() - t0
        rss_kb = int(tf.read().strip().splitlines()[-1])
    return wall, rss_kb / 1024.0


def score(gold, tsv):
    out = subprocess.run([sys.executable, os.path.join(EVAL, 'score.py'), gold, tsv], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])['f1']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', default=os.path.join(HERE, '..', 'build', 'cli', 'vietalign'))
    ap.add_argument('--sizes', default='1000,10000,100000,1000000')
    ap.add_argument('--keep', help='directory for the generated files (default: a temporary one)')
    ap.add_argument('--no-f1', action='store_true', help='skip the accuracy column')
    ap.add_argument('--extra', default='', help='extra options for align')
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    docs = load_docs()
    tmp = a.keep or tempfile.mkdtemp(prefix='vietalign-scale-')
    os.makedirs(tmp, exist_ok=True)
    # sentences per unit, measured once on the first size's text
    print('| sentences per side (vi / en) | input MB | wall s | sentences/s | MB/s | peak RSS MB | f1 |')
    print('|---|---|---|---|---|---|---|')
    ratio = None
    for size in [int(s) for s in a.sizes.split(',')]:
        vi, en, gold = (os.path.join(tmp, '%d.%s' % (size, x)) for x in ('vi.txt', 'en.txt', 'gold.tsv'))
        units = size if ratio is None else int(size / ratio)
        build(docs, units, vi, en, gold)
        nv, ne = count_sentences(cli, vi, 'vi'), count_sentences(cli, en, 'en')
        if ratio is None:
            ratio = ne / units
            units = int(size / ratio)
            build(docs, units, vi, en, gold)
            nv, ne = count_sentences(cli, vi, 'vi'), count_sentences(cli, en, 'en')
        mb = (os.path.getsize(vi) + os.path.getsize(en)) / 1e6
        out = os.path.join(tmp, '%d.tmx' % size)
        extra = a.extra.split()
        wall, rss = timed([cli, 'align', vi, en, '-o', out] + extra)
        f1 = '-' if a.no_f1 else '%.3f' % score(gold, out)
        print('| %d / %d | %.1f | %.2f | %.0f | %.1f | %.0f | %s |' % (nv, ne, mb, wall, (nv + ne) / 2 / wall,
                                                                     mb / wall, rss, f1), flush=True)


if __name__ == '__main__':
    main()
