# `check --dict FILE`: the dictionaries align reads are the reviewer's
# glossary, in each format (TSV, hunalign's, TBX): on the corpus pair, the
# English "chips" rendered "chip" (5 pairs) is reported where the glossary
# says "bộ vi xử lý", and nowhere when it allows "chip" too; a TSV line
# marked forbidden reports its Vietnamese term, and so does a TBX term
# whose status is deprecatedTerm-admn-sts (tests/e2e/data: TBX-Basic in
# TBX 2 and TBX 3); --glossary still works; a bad line is an error naming
# file and line.
. "$(dirname "$0")/lib.sh"
VI=$SRC/corpus/deepseek.vi.txt; EN=$SRC/corpus/deepseek.en.txt
count() { grep -c "$1" "$WORK/out"; }

printf 'bộ vi xử lý\tchips\n' > "$WORK/g.tsv"
expect_status 3 "TSV glossary" "$VA" check "$VI" "$EN" --dict "$WORK/g.tsv"
[ "$(count 'warning: term: "chips" is not translated as the glossary says: "bộ vi xử lý"')" = 5 ] ||
  fail "TSV: the five pairs rendering chips as chip ($(count 'warning: term'))"
grep -q 'deepseek.vi.txt:[0-9]*:[0-9]*: .*deepseek.en.txt:11:41: warning: term' "$WORK/out" ||
  fail "TSV: the finding points at the English term"

printf 'chips @ bộ vi xử lý\n' > "$WORK/g.txt"
expect_status 3 "hunalign glossary" "$VA" check "$VI" "$EN" --dict "$WORK/g.txt"
[ "$(count 'warning: term')" = 5 ] || fail "hunalign: five pairs ($(count 'warning: term'))"

printf 'chips @ bộ vi xử lý\nchips @ chip\n' > "$WORK/two.txt"
"$VA" check "$VI" "$EN" --dict "$WORK/two.txt" > "$WORK/out" 2> "$WORK/err"
[ "$(count 'term')" = 0 ] || fail "two renderings: either one is enough ($(count term))"

cat > "$WORK/g.tbx" <<'TBX'
<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="c1"><langSet xml:lang="en"><tig><term>chips</term></tig></langSet>
<langSet xml:lang="vi"><tig><term>bộ vi xử lý</term></tig></langSet></termEntry>
</body></text></martif>
TBX
if "$VA" align "$VI" "$EN" --dict "$WORK/g.tbx" -o "$WORK/a.tsv" 2> "$WORK/err" || ! grep -q libxml2 "$WORK/err"; then
  expect_status 3 "TBX glossary" "$VA" check "$VI" "$EN" --dict "$WORK/g.tbx"
  [ "$(count 'warning: term')" = 5 ] || fail "TBX: five pairs ($(count 'warning: term'))"
fi

printf 'chip\tchips\tforbidden\n' > "$WORK/f.tsv"
expect_status 3 "forbidden term" "$VA" check "$VI" "$EN" --dict "$WORK/f.tsv"
[ "$(count 'error: forbidden-term: "chip" is a forbidden term')" = 6 ] ||
  fail "forbidden: the six pairs writing chip ($(count forbidden-term))"
[ "$(count 'warning: term')" = 0 ] || fail "forbidden: no required translation from that line"

# TBX: "chip" deprecated beside the preferred "bộ vi xử lý" (TBX-Basic,
# TBX 2 tig and ntig, and TBX 3 termSec); "chứng khoán", superseded, is
# not in the text.
for tbx in deepseek-terms.tbx deepseek-terms-tbx3.tbx; do
  if "$VA" align "$VI" "$EN" --dict "$SRC/tests/e2e/data/$tbx" -o "$WORK/a.tsv" 2> "$WORK/err" ||
     ! grep -q libxml2 "$WORK/err"; then
    expect_status 3 "TBX forbidden term ($tbx)" "$VA" check "$VI" "$EN" --dict "$SRC/tests/e2e/data/$tbx"
    [ "$(count 'error: forbidden-term: "chip" is a forbidden term')" = 6 ] ||
      fail "$tbx: the six places writing the deprecated chip ($(count forbidden-term))"
    [ "$(count 'forbidden-term')" = 6 ] || fail "$tbx: only chip is forbidden ($(count forbidden-term))"
    [ "$(count 'warning: term: "chips" is not translated as the glossary says: "bộ vi xử lý"')" = 5 ] ||
      fail "$tbx: a deprecated term is no accepted rendering ($(count 'warning: term'))"
    grep -q 'deepseek.vi.txt:9:43: .*deepseek.en.txt:11:5: error: forbidden-term' "$WORK/out" ||
      fail "$tbx: the finding points at the Vietnamese term"
  fi
done
"$VA" check "$VI" "$EN" --dict "$WORK/g.tbx" > "$WORK/out" 2> "$WORK/err"
[ "$(count 'forbidden-term')" = 0 ] || fail "TBX without a status: nothing forbidden"

printf 'chips\tbộ vi xử lý\n' > "$WORK/old.tsv"
expect_status 3 "--glossary EN<TAB>VI still read" "$VA" check "$VI" "$EN" --glossary "$WORK/old.tsv"
[ "$(count 'warning: term')" = 5 ] || fail "--glossary: five pairs ($(count 'warning: term'))"

printf 'no tab here\n' > "$WORK/bad.tsv"
expect_status 1 "bad glossary line" "$VA" check "$VI" "$EN" --dict "$WORK/bad.tsv"
grep -q "bad.tsv:1: expected" "$WORK/err" || fail "bad line: error names file and line"
finish
