# The corpus pair: every output format holds exactly the gold pairs
# (corpus/deepseek.gold.tsv, checked by gold_pairs.py: nothing outside the
# repository), and the TMX passes tmx-check when shared/ and its tools are
# here.
. "$(dirname "$0")/lib.sh"
VI=$SRC/corpus/deepseek.vi.txt; EN=$SRC/corpus/deepseek.en.txt; GOLD=$SRC/corpus/deepseek.gold.tsv
gold_pairs() { python3 "$(dirname "$0")/gold_pairs.py" "$GOLD" "$1"; }
# tmx-check needs shared/, xmllint and Debian's translate-toolkit (.ci/run installs them)
TMX_CHECK=""
if [ -x "$SHARED/tools/tmx-check" ] && command -v xmllint > /dev/null && /usr/bin/python3 -c 'import translate' 2> /dev/null; then
  TMX_CHECK=$SHARED/tools/tmx-check
else
  echo "note: tmx-check parts skipped (needs $SHARED/tools/tmx-check, xmllint, python3-translate)"
fi

expect_status 0 "align the corpus pair" "$VA" align "$VI" "$EN" -o "$WORK/pair.tmx"
gold_pairs "$WORK/pair.tmx" || fail "TMX pairs are the gold pairs"
if [ -n "$TMX_CHECK" ]; then
  expect_status 0 "tmx-check" "$TMX_CHECK" "$WORK/pair.tmx" --expect-units "$(wc -l < "$GOLD")"
  cat "$WORK/out"
fi

# The same alignment as TSV and JSON Lines.
expect_status 0 "TSV output" "$VA" align "$VI" "$EN" --format tsv -o "$WORK/pair.tsv"
gold_pairs "$WORK/pair.tsv" || fail "TSV pairs are the gold pairs"
awk -F'\t' 'NF != 3 || $3 < 0 || $3 > 1 { bad = 1 } END { exit bad }' "$WORK/pair.tsv" || fail "TSV has vi, en, score in [0,1]"
expect_status 0 "JSONL output" "$VA" align "$VI" "$EN" --format jsonl -o "$WORK/pair.jsonl"
gold_pairs "$WORK/pair.jsonl" || fail "JSONL pairs are the gold pairs"
python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert all(0 <= r["score"] <= 1 for r in rows)
' "$WORK/pair.jsonl" || fail "JSONL scores in [0,1]"

# English as the TMX source language: en tuv first, same pairs, still valid.
# (tmx-check's translate-toolkit line expects Vietnamese as the source, so
# it alone fails.)
expect_status 0 "srclang en" "$VA" align "$VI" "$EN" --srclang en -o "$WORK/en.tmx"
gold_pairs "$WORK/en.tmx" || fail "srclang en: TMX pairs are the gold pairs"
python3 -c '
import sys, xml.etree.ElementTree as ET
lang = "{http://www.w3.org/XML/1998/namespace}lang"
firsts = [tu.find("tuv").get(lang) for tu in ET.parse(sys.argv[1]).getroot().iter("tu")]
assert firsts and set(firsts) == {"en"}, firsts
' "$WORK/en.tmx" || fail "srclang en: en tuv first in every unit"
grep -q 'srclang="en"' "$WORK/en.tmx" || fail "srclang en: header srclang"
if [ -n "$TMX_CHECK" ]; then
  "$TMX_CHECK" "$WORK/en.tmx" > "$WORK/check.txt" 2>&1
  grep -q "PASS *dtd" "$WORK/check.txt" || fail "srclang en: DTD-valid"
  grep -q "PASS *tuv-order" "$WORK/check.txt" || fail "srclang en: en tuv first"
  grep "FAIL" "$WORK/check.txt" | grep -v -e translate-toolkit -e RESULT && fail "srclang en: only the translate-toolkit source check may fail"
fi
finish
