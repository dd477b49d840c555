# batch against hostile manifests: '-' as a document, a document that is
# standard input, threads that cannot start, documents over the limits;
# every pair read is written or reported.
. "$(dirname "$0")/lib.sh"
cp "$SRC/corpus/deepseek.vi.txt" "$WORK/v.txt"
cp "$SRC/corpus/deepseek.en.txt" "$WORK/e.txt"
cd "$WORK" || exit 1

# '-' inside a manifest read from standard input: refused line by line,
# the rest of the manifest is not swallowed
{ printf 'v.txt\te.txt\tfirst\n-\te.txt\tdash-vi\nv.txt\t-\tdash-en\n'
  for k in $(seq 300); do printf 'nope%d.txt\te.txt\tmissing%d\n' "$k" "$k"; done
  printf 'v.txt\te.txt\tlast\n'; } > m.tsv
expect_status 5 "batch - with '-' documents" sh -c "\"$VA\" batch - --summary sum.tsv -o out.tsv < m.tsv"
grep -q "^vietalign: -:2: dash-vi: '-' (standard input) cannot be a document of a manifest" "$WORK/err" || fail "'-' as vi: reported with its line ($(head -3 "$WORK/err"))"
grep -q "^vietalign: -:3: dash-en: '-' (standard input) cannot be a document" "$WORK/err" || fail "'-' as en: reported"
[ "$(tail -n +2 sum.tsv | wc -l)" = 304 ] || fail "every one of the 304 pairs has a summary row ($(tail -n +2 sum.tsv | wc -l))"
[ "$(cut -f4 out.tsv | sort -u | tr '\n' ' ')" = "first last " ] || fail "the first and last pairs are written ($(cut -f4 out.tsv | sort -u | tr '\n' ' '))"
grep -q "304 document pair(s): 2 ok, 302 failed" "$WORK/err" || fail "the tally counts all 304 ($(tail -1 "$WORK/err"))"
# /dev/stdin named in a manifest read from standard input
printf 'v.txt\te.txt\tfirst\n/dev/stdin\te.txt\tstdin\nv.txt\te.txt\tlast\n' > m2.tsv
expect_status 5 "batch - with /dev/stdin as a document" sh -c "\"$VA\" batch - -o out2.tsv < m2.tsv"
grep -q "stdin: /dev/stdin is standard input, which holds the manifest: refused" "$WORK/err" || fail "/dev/stdin: refused ($(cat "$WORK/err"))"
[ "$(cut -f4 out2.tsv | sort -u | tr '\n' ' ')" = "first last " ] || fail "/dev/stdin: the other pairs are written"
# limits per document: a document over them is reported and skipped, the
# others are written
printf 'v.txt\te.txt\tfirst\nbig.vi\te.txt\tbig\nv.txt\te.txt\tlast\n' > m4.tsv
for k in $(seq 30); do cat v.txt; done > big.vi
SIZE=$(wc -c < big.vi)
expect_status 5 "--max-doc-bytes skips a longer document" "$VA" batch m4.tsv --max-doc-bytes 100000 -o out4.tsv
grep -q "big: big.vi: longer than 100000 bytes (--max-doc-bytes): skipped" "$WORK/err" || fail "--max-doc-bytes: reported ($(cat "$WORK/err"))"
[ "$(cut -f4 out4.tsv | sort -u | tr '\n' ' ')" = "first last " ] || fail "--max-doc-bytes: the others are written"
expect_status 0 "--max-doc-bytes 0: no limit" "$VA" batch m4.tsv --max-doc-bytes 0 --not-parallel-ok -o out4.tsv
expect_status 5 "--max-doc-sentences skips a longer document" "$VA" batch m4.tsv --max-doc-sentences 100 -o out4.tsv
nbig=$("$VA" segment big.vi --lang vi | grep -c .)
grep -q "big: big.vi: $nbig sentences, over the limit of 100 (--max-doc-sentences): skipped" "$WORK/err" || fail "--max-doc-sentences: reported ($(cat "$WORK/err"))"
[ "$(cut -f4 out4.tsv | sort -u | tr '\n' ' ')" = "first last " ] || fail "--max-doc-sentences: the others are written"
one=$(base64 -w0 < v.txt); onee=$(base64 -w0 < e.txt); bigb=$(base64 -w0 < big.vi)
printf 'a\tb\t%s\t%s\nc\td\t%s\t%s\n' "$one" "$onee" "$bigb" "$onee" > s.txt
expect_status 5 "--stdin --max-doc-bytes" sh -c "\"$VA\" batch --stdin --max-doc-bytes $((SIZE - 1000)) < s.txt"
grep -q "c d: Vietnamese text: about [0-9]* bytes, over the limit of $((SIZE - 1000)) (--max-doc-bytes): skipped" "$WORK/err" || fail "--stdin --max-doc-bytes: reported ($(cat "$WORK/err"))"
expect_status 2 "--max-doc-bytes -1 refused" "$VA" batch m4.tsv --max-doc-bytes -1
expect_status 2 "--max-doc-sentences x refused" "$VA" batch m4.tsv --max-doc-sentences x
# the default: 32 MiB (a 40 MB file is not read whole)
truncate -s 40M huge.vi
printf 'v.txt\te.txt\tfirst\nhuge.vi\te.txt\thuge\n' > m5.tsv
expect_status 5 "the default --max-doc-bytes is 32 MiB" "$VA" batch m5.tsv -o out5.tsv
grep -q "huge: huge.vi: longer than 33554432 bytes (--max-doc-bytes): skipped" "$WORK/err" || fail "default limit: reported ($(cat "$WORK/err"))"
rm -f huge.vi

# threads that cannot start (1 GB stacks in 3 GB of address space): the
# batch says it runs with fewer, and does. Skipped where the limit stops
# the program from running at all (the sanitizers' shadow memory).
printf 'v.txt\te.txt\tone\n' > m3.tsv
(ulimit -s 1048576 && ulimit -v 3000000 && exec "$VA" batch m3.tsv --threads 16 -o out3.tsv) > /dev/null 2> "$WORK/err"
st=$?
if grep -q "cannot start thread" "$WORK/err"; then
  [ "$st" = 0 ] || fail "threads that cannot start: the batch still succeeds (exit $st)"
  grep -q "batch: cannot start thread [0-9]* of 16 (.*): running with [0-9]*" "$WORK/err" || fail "threads: says it runs with fewer ($(cat "$WORK/err"))"
  [ "$(wc -l < out3.tsv)" -gt 30 ] || fail "threads: the pair is written with fewer threads"
  pass "threads that cannot start are reported, the batch runs with fewer"
else
  echo "note: the address-space limit did not bite here (exit $st): thread start check skipped"
fi
finish
