# The corpus pair: TMX passes tmx-check and every unit matches the gold.
. "$(dirname "$0")/lib.sh"
VI=$SRC/corpus/deepseek.vi.txt; EN=$SRC/corpus/deepseek.en.txt; GOLD=$SRC/corpus/deepseek.gold.tsv
[ -x "$SHARED/tools/tmx-check" ] && [ -f "$SHARED/eval/score.py" ] || { echo "shared/ tools missing"; exit 77; }
# tmx-check needs xmllint and Debian's translate-toolkit (.ci/run installs them)
command -v xmllint > /dev/null && /usr/bin/python3 -c 'import translate' 2> /dev/null ||
    { echo "xmllint or translate-toolkit missing: apt-get install libxml2-utils python3-translate"; exit 77; }

expect_status 0 "align the corpus pair" "$VA" align "$VI" "$EN" -o "$WORK/pair.tmx"
expect_status 0 "tmx-check" "$SHARED/tools/tmx-check" "$WORK/pair.tmx" --expect-units "$(wc -l < "$GOLD")"
cat "$WORK/out"
python3 "$SHARED/eval/score.py" "$GOLD" "$WORK/pair.tmx" --show-wrong > "$WORK/score.txt"
cat "$WORK/score.txt"
grep -q '"f1": 1.0,' "$WORK/score.txt" || fail "strict f1 against the gold is 1.0"

# The same alignment as TSV and JSON Lines.
expect_status 0 "TSV output" "$VA" align "$VI" "$EN" --format tsv -o "$WORK/pair.tsv"
cut -f1,2 "$WORK/pair.tsv" > "$WORK/pair2.tsv"   # score.py reads vi<TAB>en
python3 "$SHARED/eval/score.py" "$GOLD" "$WORK/pair2.tsv" | grep -q '"f1": 1.0,' || fail "TSV f1 1.0"
awk -F'\t' 'NF != 3 || $3 < 0 || $3 > 1 { bad = 1 } END { exit bad }' "$WORK/pair.tsv" || fail "TSV has vi, en, score in [0,1]"
expect_status 0 "JSONL output" "$VA" align "$VI" "$EN" --format jsonl -o "$WORK/pair.jsonl"
python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) == int(sys.argv[2]), (len(rows), sys.argv[2])
assert all(r["vi"] and r["en"] and 0 <= r["score"] <= 1 for r in rows)
' "$WORK/pair.jsonl" "$(wc -l < "$GOLD")" || fail "JSONL rows parse, one per gold pair"

# English as the TMX source language: en tuv first, still valid. (tmx-check's
# translate-toolkit line expects Vietnamese as the source, so it alone fails.)
expect_status 0 "srclang en" "$VA" align "$VI" "$EN" --srclang en -o "$WORK/en.tmx"
"$SHARED/tools/tmx-check" "$WORK/en.tmx" > "$WORK/check.txt" 2>&1
grep -q "PASS *dtd" "$WORK/check.txt" || fail "srclang en: DTD-valid"
grep -q "PASS *tuv-order" "$WORK/check.txt" || fail "srclang en: en tuv first"
grep "FAIL" "$WORK/check.txt" | grep -v -e translate-toolkit -e RESULT && fail "srclang en: only the translate-toolkit source check may fail"
grep -q '<tuv xml:lang="en">' "$WORK/en.tmx" || fail "srclang en: en tuv present"
finish
