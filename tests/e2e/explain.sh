# Explained scores (issue 20): `align --format jsonl --explain` gives each
# object an "explain" member: the terms of the bead's cost, its posterior,
# its anchors matched and missed with their kinds, and the calibration's
# features and terms, whose logistic function is the score. Checked on the
# corpus pair (real text): every field present, the score equal to the
# logistic of the logit to the rounding, the logit the intercept plus the
# terms, each matched anchor's text found on its side of the pair ("65
# tỷ" matched with its English by the key 65000000000), and the
# output without --explain the same objects less the member.
. "$(dirname "$0")/lib.sh"
VI=$SRC/corpus/deepseek.vi.txt; EN=$SRC/corpus/deepseek.en.txt
cd "$WORK" || exit 1

expect_status 0 "align --format jsonl --explain" "$VA" align "$VI" "$EN" --format jsonl --explain --one-sided -o ex.jsonl
expect_status 0 "align --format jsonl" "$VA" align "$VI" "$EN" --format jsonl --one-sided -o plain.jsonl
expect_status 2 "--explain takes no value" "$VA" align "$VI" "$EN" --explain=yes -o x.jsonl
python3 - ex.jsonl plain.jsonl <<'PY' || fail "explained JSON Lines"
import json, math, sys
ex = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
plain = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
bad = []
if len(ex) != len(plain) or len(ex) < 30:
    bad.append('%d explained objects, %d plain' % (len(ex), len(plain)))
FEATS = ['posterior', 'anchors', 'length', 'merge', 'omission', 'neighbours', 'chars', 'boundary', 'parallelism',
         'merge_near', 'doc_merge', 'para_ends', 'cut']
numbers = 0
for e, p in zip(ex, plain):
    x = e.pop('explain', None)
    if e != p:
        bad.append('without explain, not the plain object: %s' % e['vi'][:40])
    if x is None:
        bad.append('no explain: %s' % e['vi'][:40])
        continue
    for k in ('shape', 'posterior', 'prior', 'length', 'anchors', 'paragraph', 'matched', 'missed', 'lexical'):
        if k not in x:
            bad.append('no %s in %s' % (k, e['vi'][:40]))
    two = bool(e['vi']) and bool(e['en'])
    if x['shape'] != '%d-%d' % (len(e['vi_sentences']), len(e['en_sentences'])):
        bad.append('shape %s for %s' % (x['shape'], e['vi'][:40]))
    if not two:
        if abs(x['posterior'] - e['score']) > 1e-4:
            bad.append('a one-sided bead keeps its posterior')
        continue
    if sorted(x['features']) != sorted(FEATS) or sorted(x['terms']) != sorted(FEATS):
        bad.append('features %s' % sorted(x['features']))
        continue
    z = x['intercept'] + sum(x['terms'].values())
    if abs(z - x['logit']) > 0.01:
        bad.append('logit %.3f, intercept + terms %.3f' % (x['logit'], z))
    if abs(1 / (1 + math.exp(-x['logit'])) - e['score']) > 0.002:
        bad.append('score %.4f, logistic of logit %.3f' % (e['score'], x['logit']))
    for m in x['matched']:
        if m['kind'] not in ('number', 'name', 'punct', 'word', 'lexicon') or not m['vi'] or not m['en']:
            bad.append('matched %r' % m)
        if m['vi'] not in e['vi'] or m['en'] not in e['en']:
            bad.append('matched %r not in its pair' % m)
        # 65 billion <-> 65 tỷ, by one key
        numbers += m['kind'] == 'number' and m['key'] == '65000000000' and '65' in m['vi'] and '65' in m['en']
    for m in x['missed']:
        if m['lang'] not in ('vi', 'en') or m['text'] not in e[m['lang']] or not m['key']:
            bad.append('missed %r' % m)
    if x['lexical'] != sum(m['kind'] in ('word', 'lexicon') for m in x['matched']):
        bad.append('lexical %d' % x['lexical'])
if numbers < 1:
    bad.append('65 tỷ and its English not shown as a matched number')
print('\n'.join(bad[:10]) or 'explained objects hold')
sys.exit(1 if bad else 0)
PY
finish
