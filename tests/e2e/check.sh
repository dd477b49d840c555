# `vietalign check` on the corpus pair: the clean pair reports only the real
# byline and credit; three Vietnamese sentences removed are reported as
# exactly those three English omissions; two numbers changed are reported
# as exactly those two pairs, one finding each naming both items where they
# are written; a misspelt name, an untranslated sentence and a sentence cut
# short are each reported once; --ignore and --baseline silence findings.
. "$(dirname "$0")/lib.sh"
VI=$SRC/corpus/deepseek.vi.txt; EN=$SRC/corpus/deepseek.en.txt

expect_status 3 "clean pair: problems found (byline, credit)" "$VA" check "$VI" "$EN"
grep -q "deepseek.vi.txt:3:1: .*deepseek.en.txt:3:1: error: omission:.*Analysis by Hasan Chowdhury" "$WORK/out" ||
  fail "byline reported with line:column on both sides"
grep -q "deepseek.vi.txt:63:1: .*deepseek.en.txt:63:182: error: addition:.*Dịch: Lê Trung Nghĩa" "$WORK/out" ||
  fail "credit reported as addition"
grep -q "^2 problem(s) found" "$WORK/out" || fail "clean pair: nothing else ($(tail -1 "$WORK/out"))"

python3 - "$VI" "$WORK" <<'PY'
import sys
vi = open(sys.argv[1], encoding='utf-8').read()
cut = vi
for s in ['Liệu thị trường có phản ứng thái quá không?\n\n',
          'Hàng nghìn tỷ đô la dự kiến sẽ được chi cho cơ sở hạ tầng AI, nhưng bước đột phá của DeepSeek đã thách thức giả định đó.\n\n',
          'Các nhà phát triển mô hình AI cũng đã rất rõ ràng về ý định mua thêm phần cứng AI trong tương lai gần. ']:
    assert s in cut, s
    cut = cut.replace(s, '', 1)
open(sys.argv[2] + '/cut.vi.txt', 'w', encoding='utf-8').write(cut)
num = vi
for a, b in [('gần 18%', 'gần 81%'), ('lên 65 tỷ USD', 'lên 56 tỷ USD')]:
    assert a in num, a
    num = num.replace(a, b, 1)
open(sys.argv[2] + '/num.vi.txt', 'w', encoding='utf-8').write(num)
PY

expect_status 3 "three sentences removed" "$VA" check "$WORK/cut.vi.txt" "$EN" --json
python3 - "$WORK/out" <<'PY' || fail "omissions are exactly the three English sentences (and the byline)"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
om = sorted(r['en']['text'][:40] for r in rows if r['kind'] == 'omission')
want = sorted(['Analysis by Hasan Chowdhury; Jan 28, 202', 'Did the market overreact?',
               'Trillions were expected to be spent on A', 'AI model developers have also been very '])
assert om == want, om
assert all(r['en']['present'] and not r['vi']['present'] and r['en']['line'] > 0 and r['en']['column'] == 1
           for r in rows if r['kind'] == 'omission')
PY

expect_status 3 "two numbers changed" "$VA" check "$WORK/num.vi.txt" "$EN" --json
python3 - "$WORK/out" <<'PY' || fail "number mismatches are exactly the two changed pairs"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
nm = [r for r in rows if r['kind'] == 'number']
assert len(nm) == 2, nm  # one finding per fault
got = sorted((r['vi']['item'], r['en']['item'], r['vi']['line'], r['vi']['column'], r['en']['line'], r['en']['column'])
             for r in nm)
# the items as written, where they are written (the number, not the sentence)
assert got == [('56 tỷ', '$65 billion', 43, 219, 45, 190), ('81%', '18%', 37, 33, 39, 32)], got
assert all(r['severity'] == 'error' for r in nm)
PY
# a changed name, an untranslated sentence and a sentence cut short
python3 - "$VI" "$EN" "$WORK" <<'PY'
import sys
vi = open(sys.argv[1], encoding='utf-8').read()
for a, b in [('Giám đốc điều hành Meta Mark Zuckerberg', 'Giám đốc điều hành Meta Mark Zuckerbreg'),
             ('Các nhà phát triển mô hình AI cũng đã rất rõ ràng về ý định mua thêm phần cứng AI trong tương lai gần.',
              'AI model developers have also been very clear about their intent to buy more AI hardware in the near future.'),
             ('Đối với những người khác, đợt bán tháo vì DeepSeek nên được coi là một đợt điều chỉnh hơn là bong bóng.',
              'Với người khác, đó là điều chỉnh.')]:
    assert a in vi, a
    vi = vi.replace(a, b, 1)
open(sys.argv[3] + '/more.vi.txt', 'w', encoding='utf-8').write(vi)
PY
expect_status 3 "name, untranslated, length" "$VA" check "$WORK/more.vi.txt" "$EN" --json
python3 - "$WORK/out" <<'PY' || fail "name mismatch, untranslated sentence and length ratio reported"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
kinds = {}
for r in rows:
    kinds.setdefault(r['kind'], []).append(r)
nm = kinds.get('name', [])
assert [(r['vi']['item'], r['en']['item']) for r in nm] == [('Zuckerbreg', 'Zuckerberg')], nm
un = kinds.get('untranslated', [])
assert len(un) == 1 and un[0]['vi']['text'].startswith('AI model developers'), un
ln = kinds.get('length', [])
assert len(ln) == 1 and ln[0]['vi']['text'] == 'Với người khác, đó là điều chỉnh.', ln
PY
# reviewing an existing translation memory: the TMX of the changed pair
expect_status 0 "TMX of the changed pair" "$VA" align "$WORK/num.vi.txt" "$EN" -o "$WORK/num.tmx"
expect_status 3 "check a TMX" "$VA" check "$WORK/num.tmx" --json
python3 - "$WORK/out" <<'PY' || fail "TMX check: exactly the two changed units"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
assert all(r['kind'] == 'number' for r in rows), rows
units = sorted({r['vi']['file'].split(': tu ')[1].split()[0] for r in rows})
assert len(units) == 2 and len(rows) == 2, (units, rows)
assert all('.tmx:' in r['vi']['file'] and '.tmx:' in r['en']['file'] for r in rows)
PY
printf '<tmx version="1.4"><body><tu>' > "$WORK/broken.tmx"
expect_status 1 "broken TMX" "$VA" check "$WORK/broken.tmx"
grep -q "broken.tmx:[0-9]*: not well-formed XML" "$WORK/err" || fail "broken TMX: clear error naming the line"
printf '<html><body/></html>' > "$WORK/not.tmx"
expect_status 1 "not a TMX" "$VA" check "$WORK/not.tmx"
grep -q "not a TMX file" "$WORK/err" || fail "not a TMX: clear error"
expect_status 2 "check needs two files" "$VA" check "$VI"
# form, glossary and consistency on the corpus pair with planted faults
python3 - "$VI" "$EN" "$WORK" <<'PY'
import sys
vi = open(sys.argv[1], encoding='utf-8').read()
en = open(sys.argv[2], encoding='utf-8').read()
for a, b in [('Liệu thị trường có phản ứng thái quá không?', 'Liệu thị trường có phản ứng thái quá không.'),
             ('một "tiến bộ AI tuyệt vời".', 'một "tiến bộ AI tuyệt vời.'),
             ('Nhà sản xuất ChatGPT đã công bố', 'Nhà sản xuất  ChatGPT đã công bố'),
             ('trong đợt bán tháo', 'trong trong đợt bán tháo')]:
    assert a in vi, a
    vi = vi.replace(a, b, 1)
open(sys.argv[3] + '/form.vi.txt', 'w', encoding='utf-8').write(vi)
# the same English sentence twice, translated two ways
open(sys.argv[3] + '/twice.en.txt', 'w', encoding='utf-8').write(
    'The market fell sharply on Monday morning.\n\nInvestors sold their shares.\n\n'
    'The market fell sharply on Monday morning.\n')
open(sys.argv[3] + '/twice.vi.txt', 'w', encoding='utf-8').write(
    'Thị trường giảm mạnh vào sáng thứ Hai.\n\nCác nhà đầu tư đã bán cổ phiếu.\n\n'
    'Thị trường sụt giảm nghiêm trọng vào sáng thứ Hai.\n')
open(sys.argv[3] + '/terms.tsv', 'w', encoding='utf-8').write(
    '# EN<TAB>VI; !<TAB>VI forbids\nNvidia\tNvidia\nmarket\tthị trường chứng khoán\n!\tbong bóng\n')
PY
expect_status 3 "form" "$VA" check "$WORK/form.vi.txt" "$EN" --json --severity note
python3 - "$WORK/out" <<'PY' || fail "form: punctuation, quotes, double space, repeated word, each once"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
k = {}
for r in rows:
    k.setdefault(r['kind'], []).append(r)
p = k.get('punctuation', [])
assert [r['vi']['text'] for r in p] == ['Liệu thị trường có phản ứng thái quá không.'], p
assert len(k.get('quotes', [])) == 1 and 'tuyệt vời.' in k['quotes'][0]['vi']['text'], k.get('quotes')
assert len(k.get('spaces', [])) == 1 and k['spaces'][0]['vi']['line'] == 43, k.get('spaces')
rw = k.get('repeated-word', [])
assert [(r['vi']['item'], r['vi']['line']) for r in rw] == [('trong', 37)], rw
assert all(r['severity'] == 'note' for r in p + rw)
PY
expect_status 3 "form notes hidden by default" "$VA" check "$WORK/form.vi.txt" "$EN"
grep -q "punctuation\|repeated-word\|spaces" "$WORK/out" && fail "notes only with --severity note"
expect_status 3 "glossary" "$VA" check "$VI" "$EN" --json --glossary "$WORK/terms.tsv"
python3 - "$WORK/out" <<'PY' || fail "glossary: the term not translated so, the forbidden term"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
terms = [r for r in rows if r['kind'] == 'term']
assert terms and all('market' in r['en']['text'].lower() and 'thị trường chứng khoán' not in r['vi']['text']
                     for r in terms), terms
assert all(r['en']['item'].lower() == 'market' for r in terms), terms
fb = [r for r in rows if r['kind'] == 'forbidden-term']
assert [(r['vi']['item'], r['vi']['line']) for r in fb] == [('bong bóng', 57)], fb
assert not [r for r in rows if r['kind'] == 'term' and 'Nvidia' in r['message']]
PY
printf 'no tab here\n' > "$WORK/bad.tsv"
expect_status 1 "bad glossary" "$VA" check "$VI" "$EN" --glossary "$WORK/bad.tsv"
grep -q "bad.tsv:1: " "$WORK/err" || fail "bad glossary: file and line named"
expect_status 3 "consistency" "$VA" check "$WORK/twice.vi.txt" "$WORK/twice.en.txt" --json --severity note
python3 - "$WORK/out" <<'PY' || fail "one English sentence translated two ways"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
inc = [r for r in rows if r['kind'] == 'inconsistent']
assert len(inc) == 1 and inc[0]['vi']['text'].startswith('Thị trường sụt giảm'), rows
PY
# a reviewer silences what is accepted: by kind, or once with a baseline
expect_status 3 "--ignore omission" "$VA" check "$VI" "$EN" --ignore omission
grep -q "omission" "$WORK/out" && fail "--ignore omission: no omission left"
grep -q "^1 problem(s) found, 1 more ignored" "$WORK/out" || fail "--ignore: counted ($(tail -1 "$WORK/out"))"
"$VA" check "$VI" "$EN" --json > "$WORK/accepted.jsonl"
expect_status 3 "changed numbers against a baseline" "$VA" check "$WORK/num.vi.txt" "$EN" --baseline "$WORK/accepted.jsonl"
grep -q "^2 problem(s) found, 2 more ignored" "$WORK/out" || fail "--baseline: only the new faults ($(tail -1 "$WORK/out"))"
grep -q "omission\|addition" "$WORK/out" && fail "--baseline: accepted findings silenced"
expect_status 1 "missing baseline" "$VA" check "$VI" "$EN" --baseline "$WORK/nope.jsonl"
grep -q "nope.jsonl" "$WORK/err" || fail "missing baseline: error names the file"
expect_status 2 "bad severity" "$VA" check "$VI" "$EN" --severity loud
finish
