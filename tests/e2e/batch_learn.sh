# vietalign batch --learn: a word table learned from every pair of the
# manifest, then each pair aligned again with it (issue 21). Gnome help
# pages of the shared sets (short: too few pairs to learn from alone) when
# ../shared is here, the corpus pair otherwise; the output is the same on
# 1 and 2 threads, pages differ from the plain batch's, a bad pair is still
# reported, and standard input is refused.
. "$(dirname "$0")/lib.sh"
D=$WORK/docs
mkdir -p "$D"
cp "$SRC/corpus/deepseek.vi.txt" "$SRC/corpus/deepseek.en.txt" "$D/"
printf 'deepseek.vi.txt\tdeepseek.en.txt\tdeepseek\n' > "$D/m.tsv"
GNOME=0
if [ -f "$SHARED/eval/data/gnome-help.jsonl" ] && command -v python3 > /dev/null; then
  python3 "$(dirname "$0")/batch_eval_docs.py" --max 60 "$D" "$D/eval.tsv" "$SHARED/eval/data/gnome-help.jsonl"
  cat "$D/eval.tsv" >> "$D/m.tsv"
  GNOME=1
else
  echo "note: ../shared/eval/data or python3 missing: corpus pair only"
fi
printf 'missing.vi.txt\tdeepseek.en.txt\tmissing\n' >> "$D/m.tsv"

expect_status 5 "batch" "$VA" batch "$D/m.tsv" -o "$WORK/plain.tsv"
for t in 1 2; do
  expect_status 5 "batch --learn --threads $t" "$VA" batch "$D/m.tsv" --learn --threads "$t" -o "$WORK/l$t.tsv"
  grep -q "missing.vi.txt" "$WORK/err" || fail "--learn: the missing file is reported ($(head -c 300 "$WORK/err"))"
  [ "$(grep -c 'missing.vi.txt' "$WORK/err")" = 1 ] || fail "--learn: the missing file is reported once, not per pass"
done
cmp -s "$WORK/l1.tsv" "$WORK/l2.tsv" || fail "--learn: the same output on 1 and 2 threads"
cut -f4 "$WORK/plain.tsv" | sort -u > "$WORK/ids.plain"
cut -f4 "$WORK/l1.tsv" | sort -u > "$WORK/ids.learn"
cmp -s "$WORK/ids.plain" "$WORK/ids.learn" || fail "--learn: the same pairs written as without"
if [ "$GNOME" = 1 ]; then
  cmp -s "$WORK/plain.tsv" "$WORK/l1.tsv" && fail "--learn: some page aligns otherwise with the batch's table"
fi

# the manifest is read twice: standard input is refused with a message
expect_status 2 "batch --learn on standard input" "$VA" batch - --learn < "$D/m.tsv"
grep -q -- "--learn reads the manifest twice" "$WORK/err" || fail "--learn -: says why ($(head -c 200 "$WORK/err"))"
expect_status 2 "batch --stdin --learn" "$VA" batch --stdin --learn < /dev/null
finish
