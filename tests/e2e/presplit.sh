# One segment per line (issue 19): the corpus pair's gold units one per
# line are read as segments, by --presplit or because the files plainly
# are so (said on stderr), and align unit for unit; the same prose
# hard-wrapped at 72 columns (Python's textwrap) is still joined; <p> and
# blank lines end paragraphs; batch and check take --presplit too.
. "$(dirname "$0")/lib.sh"
GOLD=$SRC/corpus/deepseek.gold.tsv
[ -f "$SHARED/eval/score.py" ] && command -v python3 > /dev/null || { echo "shared/eval/score.py or python3 missing"; exit 77; }
cut -f1 "$GOLD" > "$WORK/vi.txt"
cut -f2 "$GOLD" > "$WORK/en.txt"
N=$(wc -l < "$GOLD")
# f1 FILE.tsv: strict f1 of a TSV (vi, en, score) against the gold
f1() {
  cut -f1,2 "$1" > "$WORK/score-in.tsv"
  python3 -c 'import json,sys; print(json.load(sys.stdin)["f1"])' < <(python3 "$SHARED/eval/score.py" "$GOLD" "$WORK/score-in.tsv")
}

# --- detected: both files said to be read one segment per line
expect_status 0 "align units one per line" "$VA" align "$WORK/vi.txt" "$WORK/en.txt" --format tsv -o "$WORK/auto.tsv"
grep -q "vi.txt: one sentence per line: each line read as one segment" "$WORK/err" || fail "the Vietnamese reading is said"
grep -q "^vietalign: .*en.txt: one sentence per line" "$WORK/err" || fail "the English reading is said"
[ "$(wc -l < "$WORK/auto.tsv")" = "$N" ] || fail "one pair per line ($(wc -l < "$WORK/auto.tsv"), wanted $N)"
[ "$(f1 "$WORK/auto.tsv")" = 1.0 ] || fail "detected reading: strict f1 1.0 (got $(f1 "$WORK/auto.tsv"))"
expect_status 0 "--presplit" "$VA" align "$WORK/vi.txt" "$WORK/en.txt" --format tsv -o "$WORK/forced.tsv" --presplit
[ -s "$WORK/err" ] && fail "--presplit says nothing: the reading was asked for"
cmp -s "$WORK/auto.tsv" "$WORK/forced.tsv" || fail "--presplit gives what detection gave"
# --no-presplit: lines joined into a paragraph and split again, coarser
expect_status 0 "--no-presplit" "$VA" align "$WORK/vi.txt" "$WORK/en.txt" --format tsv -o "$WORK/prose.tsv" --no-presplit
grep -q "one sentence per line" "$WORK/err" && fail "--no-presplit: no reading said"
[ "$(f1 "$WORK/prose.tsv")" != 1.0 ] || fail "lines read as prose lose units (the case --presplit is for)"

# --- hard-wrapped prose is still joined
for s in vi en; do
  python3 -c '
import sys, textwrap
t = open(sys.argv[1], encoding="utf-8").read()
paras = [" ".join(p.split()) for p in t.split("\n\n") if p.strip()]
sys.stdout.write("\n\n".join(textwrap.fill(p, 72) for p in paras) + "\n")' "$SRC/corpus/deepseek.$s.txt" > "$WORK/wrapped.$s.txt"
done
awk 'length > 80 { bad = 1 } END { exit bad }' "$WORK/wrapped.en.txt" || fail "textwrap made lines of at most 72 columns"
expect_status 0 "align hard-wrapped prose" "$VA" align "$WORK/wrapped.vi.txt" "$WORK/wrapped.en.txt" --format tsv -o "$WORK/wrapped.tsv"
grep -q "one sentence per line" "$WORK/err" && fail "hard-wrapped prose is not taken for lines"
[ "$(f1 "$WORK/wrapped.tsv")" = 1.0 ] || fail "hard-wrapped prose joined: strict f1 1.0 (got $(f1 "$WORK/wrapped.tsv"))"
expect_status 0 "hard-wrapped prose with --presplit" "$VA" segment "$WORK/wrapped.en.txt" --lang en --presplit
[ "$(grep -c . "$WORK/out")" = "$(grep -c . "$WORK/wrapped.en.txt")" ] || fail "--presplit: every wrapped line is one segment"

# --- paragraph marks: a blank line or <p> ends a paragraph, <p> is no segment
{ head -3 "$WORK/en.txt"; echo '<p>'; sed -n 4,5p "$WORK/en.txt"; echo; sed -n 6p "$WORK/en.txt"; } > "$WORK/marks.txt"
expect_status 0 "segment <p> marks" "$VA" segment "$WORK/marks.txt" --lang en --presplit
{ head -3 "$WORK/en.txt"; echo; sed -n 4,5p "$WORK/en.txt"; echo; sed -n 6p "$WORK/en.txt"; } | tr -s ' ' > "$WORK/marks.want"
tr -s ' ' < "$WORK/out" | cmp -s - "$WORK/marks.want" || fail "<p> and a blank line end paragraphs ($(diff "$WORK/out" "$WORK/marks.want" | head -3))"

# --- batch and check
printf '%s\t%s\tlines\n' "$WORK/vi.txt" "$WORK/en.txt" > "$WORK/manifest.tsv"
expect_status 0 "batch --presplit" "$VA" batch "$WORK/manifest.tsv" --presplit -o "$WORK/batch.tsv"
[ "$(wc -l < "$WORK/batch.tsv")" = "$N" ] || fail "batch --presplit: one pair per unit"
expect_status 0 "batch detects lines" "$VA" batch "$WORK/manifest.tsv" -o "$WORK/batch2.tsv"
grep -q "lines: Vietnamese\|lines: .*vi.txt: one sentence per line" "$WORK/err" || fail "batch says the reading, with the pair ($(head -c 300 "$WORK/err"))"
cmp -s "$WORK/batch.tsv" "$WORK/batch2.tsv" || fail "batch: detection gives what --presplit gives"
"$VA" check "$WORK/vi.txt" "$WORK/en.txt" --presplit --json > "$WORK/check.json" 2> "$WORK/err"
[ $? -le 3 ] || fail "check --presplit runs ($(head -c 200 "$WORK/err"))"
finish
