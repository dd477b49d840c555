#!/usr/bin/env python3
"""Speed and memory of the vietalign CLI at scale.

  bench/scale.py [--cli build/cli/vietalign] [--sizes 1000,10000,100000,1000000]
                 [--batch] [--keep DIR] [--shape PARAS:OMIT[:SET]]

For each size N, builds one document pair of about N sentences per side from
real text: the shared evaluation documents (TED, gnome-help, maint-guide),
concatenated in a shuffled order, repeated as often as needed, in paragraphs
of 1-6 units, with 1 % of the Vietnamese units left out (omissions, so the
path leaves the diagonal). It then runs `vietalign align VI EN -o OUT.tmx`
end to end (read, segment, align, write TMX) under /usr/bin/time and prints
wall seconds, sentences per second, MB/s of input, peak RSS and the strict f1
of the output against the known pairs. The text repeats, so f1 is computed
by position, not by text as ../shared/eval/score.py does: a pair is right
when both its sides lie inside one known pair whose text the output's pairs
cover exactly.

--shape says how the pair is built: PARAS `mixed` (the default: talks in
paragraphs of 1-6 units, manual units one per paragraph), `para` (every set
in paragraphs of 1-6 units) or `line` (every unit a paragraph of its own);
OMIT the percentage of Vietnamese units left out (0, 1, 5; default 1); SET
one shared set alone (ted-dev2010, gnome-help, ...) instead of all of them.
Each row then also gives the CPU seconds (user + system: on a machine shared
with other work, what the wall time cannot say), the search's corridor cells
per sentence and the time of each phase (reading and segmenting in wall
seconds, the alignment's phases in CPU seconds of all threads), from the
CLI's VIETALIGN_TRACE=1 line on stderr.

With --batch, it also prints the `vietalign batch` throughput on all the
shared sets (one document pair per evaluation document) with 1 and 2 threads.
"""
import argparse, bisect, json, os, random, re, subprocess, sys, tempfile, time, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
SETS = ['ted-dev2010', 'ted-tst2010', 'ted-tst2011', 'gnome-help', 'maint-guide']


def load_docs(sets=SETS):
    docs = []
    for s in sets:
        with open(os.path.join(EVAL, 'data', s + '.jsonl'), encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                units = [(v.strip(), e.strip()) for v, e in zip(d['vi'], d['en']) if v.strip() and e.strip()]
                docs.append((s.startswith('ted'), units))
    return docs


def clean(t):
    return re.sub(r'\s+', ' ', t)


def norm(t):
    t = unicodedata.normalize('NFC', t)
    t = re.sub(r'^\s*[•·\-\*]\s+', '', t)
    return re.sub(r'\s+', ' ', t).strip()


class Stream:
    """One side's text as one string, with the span of each unit."""
    def __init__(self):
        self.parts, self.pos = [], 0

    def add(self, t):
        t = norm(t)
        span = (self.pos, self.pos + len(t))
        self.parts.append(t)
        self.pos += len(t) + 1
        return span

    def text(self):
        return ' '.join(self.parts)


def build(docs, units_wanted, vi_path, en_path, gold, paras='mixed', omit=0.01):
    """Writes about units_wanted units per side; appends the known pairs'
    spans to gold (and returns the unit count and the two streams)."""
    n = 0
    rep = 0
    sv, se = Stream(), Stream()
    with open(vi_path, 'w', encoding='utf-8') as fv, open(en_path, 'w', encoding='utf-8') as fe:
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
                    size = rng.randint(1, 6) if paras == 'para' or (paras == 'mixed' and running) else 1
                    para = units[k:k + size]
                    k += size
                    keep = [rng.random() >= omit for _ in para]
                    kept = [u for u, kk in zip(para, keep) if kk]
                    fe.write(' '.join(clean(e) for _, e in para) + '\n\n')
                    fv.write(' '.join(clean(v) for v, _ in kept) + '\n\n' if kept else '')
                    for (v, e), kk in zip(para, keep):
                        es = se.add(e)
                        if kk:
                            gold.append(sv.add(v) + es)
                    n += len(para)
                if n >= units_wanted:
                    break
            rep += 1
    return n, sv.text(), se.text()


def locate(stream, cur, t):
    """Span of t in stream at or after cur, or None."""
    if not t:
        return None
    p = stream.find(t, cur)
    return (p, p + len(t)) if p >= 0 else None


def positional_f1(gold, vtext, etext, tsv):
    starts_v, starts_e = [g[0] for g in gold], [g[2] for g in gold]

    def unit_of(starts, pos):
        return bisect.bisect_right(starts, pos) - 1

    inside = {}          # gold unit -> [vi chars, en chars, pieces]
    broken, nbeads, cv, ce = set(), 0, 0, 0
    with open(tsv, encoding='utf-8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            v, e = norm(cols[0]), norm(cols[1])
            if not v or not e:
                continue
            nbeads += 1
            sv, se = locate(vtext, cv, v), locate(etext, ce, e)
            if not sv or not se:
                continue
            cv, ce = sv[1], se[1]
            us = {unit_of(starts_v, sv[0]), unit_of(starts_v, sv[1] - 1)}
            ue = {unit_of(starts_e, se[0]), unit_of(starts_e, se[1] - 1)}
            u = next(iter(us))
            if len(us) == 1 and us == ue and u >= 0 and sv[1] <= gold[u][1] and se[1] <= gold[u][3]:
                acc = inside.setdefault(u, [0, 0, 0])
                acc[0] += sv[1] - sv[0]
                acc[1] += se[1] - se[0]
                acc[2] += 1
            else:
                broken.update(range(min(us | ue), max(us | ue) + 1))
    right_units, right_beads = 0, 0
    for u, (lv, le, k) in inside.items():
        g = gold[u]
        if u not in broken and lv + k - 1 >= g[1] - g[0] and le + k - 1 >= g[3] - g[2]:
            right_units += 1
            right_beads += k
    p = right_beads / nbeads if nbeads else 0.0
    r = right_units / len(gold) if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def count_sentences(cli, path, lang):
    out = subprocess.run([cli, 'segment', path, '--lang', lang], capture_output=True, check=True).stdout
    return sum(1 for line in out.split(b'\n') if line.strip())


TRACE = re.compile(r'read\+segment ([\d.]+) s, align [\d.]+ s \(anchors ([\d.]+), tables\+corridor ([\d.]+), '
                   r'costs ([\d.]+), sweeps ([\d.]+), repairs ([\d.]+)\); cells per sentence ([\d.]+)')
# the phases' CPU seconds (all threads), when the CLI gives them
TRACE_CPU = re.compile(r'CPU s: anchors ([\d.]+), tables\+corridor ([\d.]+), costs ([\d.]+), sweeps ([\d.]+), '
                       r'repairs ([\d.]+)')


def timed(cmd, trace=False, cpu=None):
    """Runs cmd under GNU time; returns (wall seconds, peak RSS in MB, the
    VIETALIGN_TRACE figures or None); cpu (a list), when given, receives
    the user + system CPU seconds: on a machine shared with other work the
    wall time says little, the CPU time more."""
    env = dict(os.environ, VIETALIGN_TRACE='1') if trace else None
    with tempfile.NamedTemporaryFile('r') as tf:
        t0 = time.monotonic()
        p = subprocess.run(['/usr/bin/time', '-f', '%U %S %M', '-o', tf.name] + cmd, check=True, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.monotonic() - t0
        user, system, rss_kb = tf.read().strip().splitlines()[-1].split()
        rss_kb = int(rss_kb)
    if cpu is not None:
        cpu.append(float(user) + float(system))
    err = p.stderr.decode('utf-8', 'replace')
    m, mc = TRACE.search(err), TRACE_CPU.search(err)
    if not m:
        return wall, rss_kb / 1024.0, None
    tr = [float(x) for x in m.groups()]
    if mc:  # CPU seconds in place of the phases' wall seconds
        tr[1:6] = [float(x) for x in mc.groups()]
    return wall, rss_kb / 1024.0, tr


def score(gold, tsv):
    out = subprocess.run([sys.executable, os.path.join(EVAL, 'score.py'), gold, tsv], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])['f1']


def batch_throughput(cli, tmp):
    """Documents per second of `vietalign batch` on every shared evaluation
    document, with 1 and 2 threads (the output must not change)."""
    docs = os.path.join(tmp, 'batch-docs')
    manifest = os.path.join(docs, 'manifest.tsv')
    helper = os.path.join(HERE, '..', 'tests', 'e2e', 'batch_eval_docs.py')
    subprocess.run([sys.executable, helper, docs, manifest] +
                   [os.path.join(EVAL, 'data', s + '.jsonl') for s in SETS], check=True)
    ndocs = sum(1 for _ in open(manifest, encoding='utf-8'))
    mb = sum(os.path.getsize(os.path.join(docs, f)) for f in os.listdir(docs) if f.endswith('.txt')) / 1e6
    print()
    print('| batch, %d document pairs (%.1f MB) | wall s | documents/s | pairs written | peak RSS MB |' % (ndocs, mb))
    print('|---|---|---|---|---|')
    outputs = []
    for threads in (1, 2):
        out = os.path.join(tmp, 'batch-%d.tsv' % threads)
        wall, rss, _ = timed([cli, 'batch', manifest, '--threads', str(threads), '--quiet', '-o', out])
        outputs.append(open(out, 'rb').read())
        pairs = outputs[-1].count(b'\n')
        print('| --threads %d | %.2f | %.1f | %d | %.0f |' % (threads, wall, ndocs / wall, pairs, rss), flush=True)
    if outputs[0] != outputs[1]:
        sys.exit('batch output differs between 1 and 2 threads')


RATIO_UNITS = 1000


def units_ratio(cli, docs, tmp, paras='mixed'):
    """English sentences per unit, measured on the text of RATIO_UNITS
    units, so that a size's pair is the same whatever --sizes holds."""
    vi, en = (os.path.join(tmp, 'ratio.%s' % x) for x in ('vi.txt', 'en.txt'))
    build(docs, RATIO_UNITS, vi, en, [], paras)
    ratio = count_sentences(cli, en, 'en') / RATIO_UNITS
    for f in (vi, en):
        os.remove(f)
    return ratio


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', default=os.path.join(HERE, '..', 'build', 'cli', 'vietalign'))
    ap.add_argument('--sizes', default='1000,10000,100000,1000000')
    ap.add_argument('--keep', help='directory for the generated files (default: a temporary one)')
    ap.add_argument('--no-f1', action='store_true', help='skip the accuracy column')
    ap.add_argument('--extra', default='', help='extra options for align')
    ap.add_argument('--batch', action='store_true', help='also the batch throughput on the shared sets')
    ap.add_argument('--shape', help='PARAS:OMIT[:SET]: mixed|para|line, percent omitted, one shared set')
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    paras, omit, sets = 'mixed', 0.01, SETS
    if a.shape:
        parts = a.shape.split(':')
        if parts[0] not in ('mixed', 'para', 'line') or len(parts) < 2 or len(parts) > 3 or \
                (len(parts) == 3 and parts[2] not in SETS):
            ap.error('--shape PARAS:OMIT[:SET], PARAS mixed|para|line, SET one of ' + ', '.join(SETS))
        paras, omit = parts[0], float(parts[1]) / 100
        sets = [parts[2]] if len(parts) == 3 else SETS
    docs = load_docs(sets)
    tmp = a.keep or tempfile.mkdtemp(prefix='vietalign-scale-')
    os.makedirs(tmp, exist_ok=True)
    ratio = units_ratio(cli, docs, tmp, paras)
    phases = ' CPU s | cells/sentence | segment wall s | anchors CPU s | tables+corridor CPU s | costs CPU s | ' \
        'sweeps CPU s | repairs CPU s |' \
        if a.shape else ''
    print('| sentences per side (vi / en) | input MB | wall s | sentences/s | MB/s | peak RSS MB | f1 |' + phases)
    print('|---|---|---|---|---|---|---|' + '---|' * (8 if a.shape else 0))
    for size in [int(s) for s in a.sizes.split(',')]:
        vi, en = (os.path.join(tmp, '%d.%s' % (size, x)) for x in ('vi.txt', 'en.txt'))
        units = int(size / ratio)
        gold = []
        _, vtext, etext = build(docs, units, vi, en, gold, paras, omit)
        nv, ne = count_sentences(cli, vi, 'vi'), count_sentences(cli, en, 'en')
        mb = (os.path.getsize(vi) + os.path.getsize(en)) / 1e6
        out = os.path.join(tmp, '%d.tmx' % size)
        extra = a.extra.split()
        cpu = []
        wall, rss, tr = timed([cli, 'align', vi, en, '-o', out] + extra, bool(a.shape), cpu)
        f1 = '-'
        if not a.no_f1:
            tsv = os.path.join(tmp, '%d.tsv' % size)
            subprocess.run([cli, 'align', vi, en, '--format', 'tsv', '-o', tsv] + extra, check=True)
            f1 = '%.3f' % positional_f1(gold, vtext, etext, tsv)
        del vtext, etext, gold
        row = '| %d / %d | %.1f | %.2f | %.0f | %.1f | %.0f | %s |' % (nv, ne, mb, wall, (nv + ne) / 2 / wall,
                                                                    mb / wall, rss, f1)
        if a.shape:
            row += ' %.2f |' % cpu[0]
            row += ' %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |' % ((tr[6], tr[0]) + tuple(tr[1:6])) \
                if tr else ' - |' * 7
        print(row, flush=True)
    if a.batch:
        batch_throughput(cli, tmp)


if __name__ == '__main__':
    main()
