# vietalign batch: a manifest of document pairs (the corpus pair, and a few
# documents of each shared evaluation set when ../shared is here) aligned on
# 1, 2 and 3 threads into one output; failing pairs reported and skipped;
# the Bitextor stream on standard input; TMX, JSON Lines, --min-score and
# the summary, all checked against `vietalign align` run pair by pair.
. "$(dirname "$0")/lib.sh"
export SOURCE_DATE_EPOCH=1700000000
D=$WORK/docs
mkdir -p "$D"
cp "$SRC/corpus/deepseek.vi.txt" "$SRC/corpus/deepseek.en.txt" "$D/"
# relative paths, an explicit id, then the default id (the vi path)
printf 'deepseek.vi.txt\tdeepseek.en.txt\tdeepseek\n# a comment\n\ndeepseek.vi.txt\t%s\n' "$D/deepseek.en.txt" > "$D/good.tsv"
if [ -d "$SHARED/eval/data" ] && command -v python3 > /dev/null; then
  python3 "$(dirname "$0")/batch_eval_docs.py" --max 1 "$D" "$D/eval.tsv" "$SHARED"/eval/data/*.jsonl
  cat "$D/eval.tsv" >> "$D/good.tsv"
else
  echo "note: ../shared/eval/data or python3 missing: corpus pair only"
fi
NDOCS=$(grep -c -v -e '^#' -e '^$' "$D/good.tsv")
cd "$WORK" || exit 1 # the manifest's paths must not depend on the directory

# ids and files of the manifest, one "id<TAB>vi<TAB>en" line each
grep -v -e '^#' -e '^$' "$D/good.tsv" | awk -F'\t' -v d="$D" '{ id = NF > 2 ? $3 : $1; v = $1 ~ /^\// ? $1 : d "/" $1; e = $2 ~ /^\// ? $2 : d "/" $2; print id "\t" v "\t" e }' > "$WORK/pairs.txt"

# --- threads: the same bytes whatever their number
for t in 1 2 3; do
  expect_status 0 "batch --threads $t" "$VA" batch "$D/good.tsv" --threads "$t" -o "$WORK/t$t.tsv"
  [ -s "$WORK/err" ] && fail "--threads $t: nothing on stderr when all is well and stderr is no terminal ($(head -c 200 "$WORK/err" | od -c | head -2))"
done
cmp -s "$WORK/t1.tsv" "$WORK/t2.tsv" || fail "--threads 1 and 2 give the same output"
cmp -s "$WORK/t1.tsv" "$WORK/t3.tsv" || fail "--threads 1 and 3 give the same output"
expect_status 0 "batch to standard output" "$VA" batch "$D/good.tsv" --threads 2
cmp -s "$WORK/out" "$WORK/t1.tsv" || fail "standard output holds what -o writes"

# --- each pair's records are exactly what `align` writes for it, then the id (TSV vi, en, score, id)
TOTAL=0
: > "$WORK/expect.tsv"
while IFS=$'\t' read -r id vi en; do
  "$VA" align "$vi" "$en" --format tsv > "$WORK/one.tsv" 2> /dev/null || fail "align $id"
  awk -F'\t' -v id="$id" '{ print $0 "\t" id }' "$WORK/one.tsv" >> "$WORK/expect.tsv"
  n=$(wc -l < "$WORK/one.tsv")
  TOTAL=$((TOTAL + n))
  printf '%s\t%s\n' "$id" "$n" >> "$WORK/counts.txt"
done < "$WORK/pairs.txt"
cmp -s "$WORK/expect.tsv" "$WORK/t1.tsv" || fail "batch TSV = align TSV pair by pair, with the id last ($(diff "$WORK/expect.tsv" "$WORK/t1.tsv" | head -3))"
[ "$TOTAL" -gt 40 ] || fail "the pairs hold sentence pairs ($TOTAL)"
[ "$(cut -f4 "$WORK/t1.tsv" | sort -u | wc -l)" = "$NDOCS" ] || fail "records of all $NDOCS pairs"
awk -F'\t' 'NF != 4 { bad = 1 } END { exit bad }' "$WORK/t1.tsv" || fail "four columns on every line"

# --- summary
expect_status 0 "--summary" "$VA" batch "$D/good.tsv" --summary "$WORK/sum.tsv" -o "$WORK/s.tsv"
head -1 "$WORK/sum.tsv" | grep -qx $'id\tstatus\tvi_sentences\ten_sentences\tpairs\tmean_score\tparallelism\terror' || fail "summary header"
[ "$(($(wc -l < "$WORK/sum.tsv") - 1))" = "$NDOCS" ] || fail "a summary row per pair"
tail -n +2 "$WORK/sum.tsv" | cut -f1,5 | cmp -s - "$WORK/counts.txt" || fail "summary pairs = align's count per pair ($(tail -n +2 "$WORK/sum.tsv" | cut -f1,5 | diff - "$WORK/counts.txt" | head -3))"
[ "$(tail -n +2 "$WORK/sum.tsv" | cut -f2 | sort -u)" = ok ] || fail "every pair ok"
nvi=$("$VA" segment "$D/deepseek.vi.txt" --lang vi | grep -c .)
grep -q "^deepseek"$'\t'"ok"$'\t'"$nvi"$'\t' "$WORK/sum.tsv" || fail "summary vi_sentences = segment's count ($nvi)"
awk -F'\t' -v id=deepseek '$4 == id { s += $3; n++ } END { printf "%.4f\n", s / n }' "$WORK/t1.tsv" > "$WORK/mean"
[ "$(awk -F'\t' '$1 == "deepseek" { print $6 }' "$WORK/sum.tsv")" = "$(cat "$WORK/mean")" ] || fail "summary mean score"
expect_status 0 "--summary -" "$VA" batch "$D/good.tsv" --summary - -o "$WORK/s2.tsv"
cmp -s "$WORK/err" "$WORK/sum.tsv" || fail "--summary - writes the summary to stderr"

# --- --min-score: only pairs scoring at least X, as align's --min-score
expect_status 0 "--min-score 0.9" "$VA" batch "$D/good.tsv" --min-score 0.9 -o "$WORK/min.tsv"
awk -F'\t' '$3 < 0.9 { bad = 1 } END { exit bad }' "$WORK/min.tsv" || fail "no score below 0.9"
awk -F'\t' '$3 >= 0.9' "$WORK/t1.tsv" | cmp -s - "$WORK/min.tsv" || fail "--min-score keeps exactly the pairs scoring >= 0.9"
[ "$(wc -l < "$WORK/min.tsv")" -lt "$TOTAL" ] || fail "--min-score 0.9 leaves some pairs out"

# --- JSON Lines: align's objects with the id first
expect_status 0 "--format jsonl" "$VA" batch "$D/good.tsv" --format jsonl --threads 3 -o "$WORK/b.jsonl"
[ "$(wc -l < "$WORK/b.jsonl")" = "$TOTAL" ] || fail "a JSON line per pair"
id1=$(head -1 "$WORK/pairs.txt" | cut -f1)
"$VA" align "$D/deepseek.vi.txt" "$D/deepseek.en.txt" --format jsonl | sed 's/^{/{"id":"deepseek",/' > "$WORK/one.jsonl"
grep '^{"id":"deepseek",' "$WORK/b.jsonl" | cmp -s - "$WORK/one.jsonl" || fail "JSON Lines = align's with an id member"
if command -v python3 > /dev/null; then
  python3 -c 'import json,sys; [json.loads(l)["id"] for l in open(sys.argv[1])]' "$WORK/b.jsonl" || fail "every JSON line parses and has an id"
fi

# --- TMX: one file for the whole batch, an x-doc prop on every unit
expect_status 0 "--format tmx" "$VA" batch "$D/good.tsv" --format tmx -o "$WORK/batch.tmx"
expect_status 0 "--format tmx --threads 1" "$VA" batch "$D/good.tsv" --format tmx --threads 1 -o "$WORK/batch1.tmx"
cmp -s "$WORK/batch.tmx" "$WORK/batch1.tmx" || fail "TMX: same bytes for any number of threads"
[ "$(grep -c '<tu ' "$WORK/batch.tmx")" = "$TOTAL" ] || fail "TMX: a unit per pair ($(grep -c '<tu ' "$WORK/batch.tmx") vs $TOTAL)"
[ "$(grep -c '<prop type="x-doc">' "$WORK/batch.tmx")" = "$TOTAL" ] || fail "TMX: an x-doc prop per unit"
[ "$(grep -c '<prop type="x-doc">deepseek</prop>' "$WORK/batch.tmx")" = "$(grep -c $'\t''deepseek$' "$WORK/t1.tsv")" ] || fail "TMX: the x-doc props name the pair"
[ "$(grep -o 'tuid="[0-9]*"' "$WORK/batch.tmx" | tr -dc '0-9\n' | tr '\n' ' ')" = "$(seq -s ' ' 1 "$TOTAL") " ] || fail "TMX: tuids 1, 2, 3 ... through the file"
# both of the manifest's first two pairs have the corpus pair's Vietnamese file
[ "$(grep -c "<prop type=\"x-vi-file\">$D/deepseek.vi.txt</prop>" "$WORK/batch.tmx")" = "$(grep -c $'\t''deepseek[.a-z]*$' "$WORK/t1.tsv")" ] || fail "TMX: x-vi-file props name the manifest's file"
[ "$(grep -c '<prop type="x-en-file">' "$WORK/batch.tmx")" = "$TOTAL" ] || fail "TMX: an x-en-file prop per unit"
grep -q 'creationdate="20231114T221320Z"' "$WORK/batch.tmx" || fail "TMX: SOURCE_DATE_EPOCH sets the creationdate"
"$VA" align "$D/deepseek.vi.txt" "$D/deepseek.en.txt" -o "$WORK/one.tmx"
diff <(sed -n '1,5p' "$WORK/one.tmx") <(sed -n '1,5p' "$WORK/batch.tmx") > /dev/null || fail "TMX: the header is align's"

# --- the Bitextor stream on standard input gives the same records
while IFS=$'\t' read -r id vi en; do
  printf '%s\t%s\t%s\t%s\n' "$id" "en:$id" "$(base64 -w0 "$vi")" "$(base64 -w0 "$en")"
done < "$WORK/pairs.txt" > "$WORK/stream.txt"
expect_status 0 "--stdin" "$VA" batch --stdin --threads 2 -o "$WORK/stdin.tsv" < "$WORK/stream.txt"
# the pair's id is both documents' ids joined by a space
awk -F'\t' -v OFS='\t' '{ $4 = $4 " en:" $4; print }' "$WORK/t1.tsv" | cmp -s - "$WORK/stdin.tsv" || fail "--stdin gives the manifest's records, ids joined"

# --- pairs that fail are reported with line and id, skipped; the rest is written
printf 'x\x80\xe0y nọ\n' > "$D/bad.vi.txt"
: > "$D/empty.en.txt"
{
  head -1 "$D/good.tsv"
  printf 'nothere.vi.txt\tdeepseek.en.txt\tmissing\n'
  printf 'bad.vi.txt\tdeepseek.en.txt\tbadutf8\n'
  printf 'deepseek.vi.txt\tempty.en.txt\tempty\n'
  printf 'just-one-field\n'
  printf 'deepseek.en.txt\tdeepseek.vi.txt\tswapped\n'
  tail -n +2 "$D/good.tsv"
} > "$D/mixed.tsv"
expect_status 5 "failing pairs: exit 5" "$VA" batch "$D/mixed.tsv" --threads 3 --summary "$WORK/msum.tsv" -o "$WORK/mixed.tsv"
cmp -s "$WORK/mixed.tsv" "$WORK/t1.tsv" || fail "the good pairs' records, all of them and only them"
for want in "mixed.tsv:2: missing: .*nothere.vi.txt: No such file" "mixed.tsv:3: badutf8: .*bad.vi.txt: invalid UTF-8 at byte offset 1" \
            "mixed.tsv:4: empty: .*empty.en.txt: " "mixed.tsv:5: just-one-field: malformed manifest line" \
            "mixed.tsv:6: swapped: .*deepseek.en.txt: this looks like English"; do
  grep -q "^vietalign: .*/$want" "$WORK/err" || fail "reported: $want ($(head -c 600 "$WORK/err"))"
done
[ "$(grep -c $'\tfailed\t' "$WORK/msum.tsv")" = 5 ] || fail "five failed rows in the summary"
grep -q "^missing"$'\t'"failed"$'\t'"0"$'\t'"0"$'\t'"0"$'\t\t\t'".*No such file" "$WORK/msum.tsv" || fail "summary row of a missing file"
grep -q "5 failed" "$WORK/err" || fail "a tally at the end"
expect_status 5 "--replace-invalid: still the others" "$VA" batch "$D/mixed.tsv" --replace-invalid --summary "$WORK/rsum.tsv" -o "$WORK/r.tsv"
grep -q "^badutf8"$'\t'"\(ok\|not-parallel\)"$'\t'"1"$'\t' "$WORK/rsum.tsv" || fail "--replace-invalid: the bad bytes no longer fail the pair ($(grep ^badutf8 "$WORK/rsum.tsv"))"
grep -q "mixed.tsv:3: badutf8: .*bad.vi.txt: warning: 2 invalid byte(s) replaced" "$WORK/err" || fail "--replace-invalid: warned in order"
[ "$(grep -c $'\tfailed\t' "$WORK/rsum.tsv")" = 4 ] || fail "--replace-invalid: four failed rows"
printf 'good\tgood\t%s\t%s\nbad\tbad\t@@not base64\t%s\n' "$(base64 -w0 "$D/deepseek.vi.txt")" "$(base64 -w0 "$D/deepseek.en.txt")" "$(base64 -w0 "$D/deepseek.en.txt")" > "$WORK/badstream.txt"
printf 'short\tline\n' >> "$WORK/badstream.txt"
expect_status 5 "--stdin: bad base64" "$VA" batch --stdin -o "$WORK/bs.tsv" < "$WORK/badstream.txt"
grep -q "^vietalign: -:2: bad bad: Vietnamese text: invalid base64 at character 0" "$WORK/err" || fail "bad base64 reported ($(cat "$WORK/err"))"
grep -q "^vietalign: -:3: short line: malformed line" "$WORK/err" || fail "short stream line reported"
[ "$(cut -f4 "$WORK/bs.tsv" | sort -u)" = "good good" ] || fail "the good stream pair written"

# --- texts that are not translations: reported and left out, exit 0
OTHER=$(ls "$SHARED"/seeds/002_*.txt 2> /dev/null | head -1)
if [ -n "$OTHER" ]; then
  printf 'deepseek.vi.txt\tdeepseek.en.txt\tdeepseek\n%s\tdeepseek.en.txt\tother\n' "$OTHER" > "$D/np.tsv"
  expect_status 0 "not parallel: exit 0" "$VA" batch "$D/np.tsv" --summary "$WORK/npsum.tsv" -o "$WORK/np.tsv"
  grep -q "^vietalign: .*np.tsv:2: other: not translations of each other" "$WORK/err" || fail "not parallel reported"
  grep -q "^other"$'\t'"not-parallel"$'\t'".*"$'\t'"0"$'\t\t'"0\.[0-2]" "$WORK/npsum.tsv" || fail "summary: not-parallel, no pairs ($(cat "$WORK/npsum.tsv"))"
  grep -q $'\t'"other$" "$WORK/np.tsv" && fail "no pairs of the other article"
  expect_status 0 "--not-parallel-ok" "$VA" batch "$D/np.tsv" --not-parallel-ok -o "$WORK/npok.tsv"
  grep -q $'\t'"other$" "$WORK/npok.tsv" || fail "--not-parallel-ok writes its pairs"
fi

# --- progress bar only on a terminal
if command -v script > /dev/null; then
  script -qec "$VA batch $D/good.tsv -o $WORK/tty.tsv" /dev/null > "$WORK/tty.txt" 2>&1
  grep -q "$NDOCS/$NDOCS documents" "$WORK/tty.txt" || fail "a progress bar on a terminal ($(head -c 200 "$WORK/tty.txt"))"
  script -qec "$VA batch $D/good.tsv --quiet -o $WORK/tty.tsv" /dev/null > "$WORK/tty.txt" 2>&1
  [ -s "$WORK/tty.txt" ] && fail "--quiet: no progress bar"
fi

# --- output written whole or not at all
echo keep > "$WORK/keep.tsv"
expect_status 1 "missing manifest" "$VA" batch "$WORK/nothere.tsv" -o "$WORK/keep.tsv"
[ "$(cat "$WORK/keep.tsv")" = keep ] || fail "the old output is left as it was"
if [ -w /dev/full ]; then
  expect_status 1 "write error" "$VA" batch "$D/good.tsv" -o /dev/full
  grep -q "write error" "$WORK/err" || fail "write error reported"
fi
expect_status 1 "output in a missing directory" "$VA" batch "$D/good.tsv" -o "$WORK/no/such/dir.tsv"
# a manifest that fails to read after the output was opened (a directory)
expect_status 1 "unreadable manifest" "$VA" batch "$D" -o "$WORK/dirout.tsv"
grep -q "read error" "$WORK/err" || fail "read error reported"
ls "$WORK" | grep -q 'dirout' && fail "no output and no temporary file left behind"

# --- a long document inside a batch is aligned as `align` aligns it: on
# the batch's threads (a short pair stays on its worker's one), with the
# same output (VIETALIGN_TRACE=1 names each pair's threads)
for k in $(seq 80); do cat "$D/deepseek.vi.txt"; echo; done > "$D/big.vi.txt"
for k in $(seq 80); do cat "$D/deepseek.en.txt"; echo; done > "$D/big.en.txt"
printf 'big.vi.txt\tbig.en.txt\tbig\ndeepseek.vi.txt\tdeepseek.en.txt\tsmall\n' > "$D/big.tsv"
for t in 1 2; do
  VIETALIGN_TRACE=1 expect_status 0 "a long document in a batch, --threads $t" "$VA" batch "$D/big.tsv" --threads "$t" -o "$WORK/big$t.tsv"
  grep -q ": big: trace: .*; threads $t;" "$WORK/err" || fail "the long pair runs on the batch's $t threads ($(grep -c . "$WORK/err") lines: $(grep ': big:' "$WORK/err" | tail -c 120))"
  grep -q ": small: trace: .*; threads 1;" "$WORK/err" || fail "a short pair runs on one thread with --threads $t"
done
cmp -s "$WORK/big1.tsv" "$WORK/big2.tsv" || fail "a long document: --threads 1 and 2 give the same output"
"$VA" align "$D/big.vi.txt" "$D/big.en.txt" --format tsv 2> /dev/null | awk -F'\t' '{ print $0 "\tbig" }' > "$WORK/big-align.tsv"
[ "$(wc -l < "$WORK/big-align.tsv")" -gt 3000 ] || fail "the long pair holds over 3,000 sentence pairs"
grep $'\tbig$' "$WORK/big2.tsv" | cmp -s - "$WORK/big-align.tsv" || fail "a long document: batch = align"

# --- usage errors
expect_status 2 "no manifest" "$VA" batch
expect_status 2 "manifest and --stdin" "$VA" batch "$D/good.tsv" --stdin
expect_status 2 "--threads 0" "$VA" batch "$D/good.tsv" --threads 0
expect_status 2 "--format xml" "$VA" batch "$D/good.tsv" --format xml
expect_status 2 "--min-score 2" "$VA" batch "$D/good.tsv" --min-score 2
# --- a signal ending the batch leaves neither the output nor its temporary
# file (Ctrl-C in a terminal; a background job ignores SIGINT, so TERM)
for k in $(seq 2000); do printf 'deepseek.vi.txt\tdeepseek.en.txt\tcopy%d\n' "$k"; done > "$D/long.tsv"
term_leaves_nothing "$WORK/int.tsv" batch "$VA" batch "$D/long.tsv" --threads 2 -o "$WORK/int.tsv"

finish
