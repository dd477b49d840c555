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
[ "$(cut -f1 out.tsv | sort -u | tr '\n' ' ')" = "first last " ] || fail "the first and last pairs are written ($(cut -f1 out.tsv | sort -u | tr '\n' ' '))"
grep -q "304 document pair(s): 2 ok, 302 failed" "$WORK/err" || fail "the tally counts all 304 ($(tail -1 "$WORK/err"))"
# /dev/stdin named in a manifest read from standard input
printf 'v.txt\te.txt\tfirst\n/dev/stdin\te.txt\tstdin\nv.txt\te.txt\tlast\n' > m2.tsv
expect_status 5 "batch - with /dev/stdin as a document" sh -c "\"$VA\" batch - -o out2.tsv < m2.tsv"
grep -q "stdin: /dev/stdin is standard input, which holds the manifest: refused" "$WORK/err" || fail "/dev/stdin: refused ($(cat "$WORK/err"))"
[ "$(cut -f1 out2.tsv | sort -u | tr '\n' ' ')" = "first last " ] || fail "/dev/stdin: the other pairs are written"
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
