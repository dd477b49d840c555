# `vietalign check MEMORY.tmx` compares the units with each other: the same
# English translated two ways, two English sentences with one translation,
# one warning each, naming the unit met first. On a small memory written
# here, then on a real one: the gold pairs of the shared TED sets written as
# a TMX, whose repeated sentences ("Thank you.") the translators rendered in
# several ways; the findings must be exactly the units Python finds.
. "$(dirname "$0")/lib.sh"

cat > "$WORK/small.tmx" <<'TMX'
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="vi" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
<body>
<tu><tuv xml:lang="vi"><seg>Lưu tập tin trước khi đóng.</seg></tuv><tuv xml:lang="en"><seg>Save the file before you close it.</seg></tuv></tu>
<tu><tuv xml:lang="vi"><seg>Mở cửa sổ Thiết lập.</seg></tuv><tuv xml:lang="en"><seg>Open the Settings window.</seg></tuv></tu>
<tu><tuv xml:lang="vi"><seg>Hãy lưu tập tin trước khi đóng nó.</seg></tuv><tuv xml:lang="en"><seg>Save the file  before you close it.</seg></tuv></tu>
<tu><tuv xml:lang="vi"><seg>Mở cửa sổ Thiết lập.</seg></tuv><tuv xml:lang="en"><seg>Open the Preferences window.</seg></tuv></tu>
<tu><tuv xml:lang="vi"><seg>Mở cửa sổ Thiết lập.</seg></tuv><tuv xml:lang="en"><seg>Open the Settings window.</seg></tuv></tu>
</body></tmx>
TMX
expect_status 3 "small memory: problems found" "$VA" check "$WORK/small.tmx"
grep -q "small.tmx:6: tu 3 vi:1:1: .*small.tmx:6: tu 3 en:1:1: warning: inconsistent: the same original as in tu 1 (line 4), translated differently" "$WORK/out" ||
  fail "the same English translated two ways: tu 3 names tu 1"
grep -q "small.tmx:7: tu 4 vi:1:1: .*warning: inconsistent: the same translation as in tu 2 (line 5), translated from another original" "$WORK/out" ||
  fail "one translation for two English sentences: tu 4 names tu 2"
[ "$(grep -c 'inconsistent' "$WORK/out")" = 2 ] || fail "small memory: two findings, tu 5 repeats tu 2 ($(grep -c inconsistent "$WORK/out"))"
expect_status 0 "--ignore inconsistent" "$VA" check "$WORK/small.tmx" --ignore inconsistent

[ -d "$SHARED/eval/data" ] || { echo "shared/ missing: the real memory skipped"; finish; }
python3 - "$SHARED/eval/data" "$WORK" <<'PY'
import json, re, sys, unicodedata
from xml.sax.saxutils import escape
def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()
units = []
for name in ('ted-dev2010', 'ted-tst2010', 'ted-tst2011'):
    for line in open('%s/%s.jsonl' % (sys.argv[1], name), encoding='utf-8'):
        d = json.loads(line)
        units += [(norm(v), norm(e)) for v, e in zip(d['vi'], d['en']) if norm(v) and norm(e)]
with open(sys.argv[2] + '/ted.tmx', 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="vi" datatype="plaintext" '
            'segtype="sentence" adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="none"/>\n<body>\n')
    for v, e in units:
        f.write('<tu><tuv xml:lang="vi"><seg>%s</seg></tuv><tuv xml:lang="en"><seg>%s</seg></tuv></tu>\n'
                % (escape(e), escape(v)))
    f.write('</body></tmx>\n')
want = set()
for key, other in ((1, 0), (0, 1)):  # by English, then by Vietnamese
    first = {}
    for n, u in enumerate(units, 1):
        if u[key] in first and units[first[u[key]] - 1][other] != u[other]:
            want.add((n, 'original' if key == 1 else 'translation'))
        first.setdefault(u[key], n)
open(sys.argv[2] + '/want.txt', 'w').write(''.join('%d %s\n' % w for w in sorted(want)))
print(len(units), 'units,', len(want), 'inconsistent')
PY
[ -s "$WORK/want.txt" ] || fail "the TED memory holds sentences translated two ways"
"$VA" check "$WORK/ted.tmx" --json --ignore omission,addition,number,name,untranslated,length,punctuation,quotes,brackets,spaces,repeated-word,identifier \
  > "$WORK/ted.jsonl" 2> "$WORK/err"
python3 - "$WORK" <<'PY' || fail "TED memory: the inconsistent units are exactly those Python finds"
import json, sys
got = set()
for line in open(sys.argv[1] + '/ted.jsonl', encoding='utf-8'):
    r = json.loads(line)
    assert r['kind'] == 'inconsistent', r
    n = int(r['vi']['file'].split(' tu ')[1].split()[0])
    got.add((n, 'original' if 'same original' in r['message'] else 'translation'))
want = {(int(a), b) for a, b in (l.split() for l in open(sys.argv[1] + '/want.txt'))}
assert got == want, (sorted(got - want)[:5], sorted(want - got)[:5])
print('ok:', len(got), 'inconsistent units')
PY
finish
