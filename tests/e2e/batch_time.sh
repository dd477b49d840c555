# batch --max-doc-seconds: a document that takes longer than the limit is
# stopped, reported with its id and the reason, and skipped; the others
# are written and the exit status says some failed (5, as for the size
# limits). No test here depends on how fast the machine is: a document
# trips the limit because it cannot have been done sooner (a file read
# blocks until its writer has waited longer than the limit; a limit of a
# microsecond is over before the first progress call), and the documents
# that must pass have a limit of seconds for a page of text.
. "$(dirname "$0")/lib.sh"
cp "$SRC/corpus/deepseek.vi.txt" "$WORK/v.txt"
cp "$SRC/corpus/deepseek.en.txt" "$WORK/e.txt"
cd "$WORK" || exit 1

# a limit of a microsecond: every document is canceled by the library at
# its first progress call (while it is segmented), reported and skipped
printf 'v.txt\te.txt\tfirst\nv.txt\te.txt\tsecond\n' > m.tsv
expect_status 5 "--max-doc-seconds 0.000001 stops every document" "$VA" batch m.tsv --max-doc-seconds 0.000001 --summary sum.tsv -o out.tsv
for id in first second; do
  grep -q "^vietalign: m.tsv:[12]: $id: stopped after [0-9.e-]* s, over the limit of 1e-06 s (--max-doc-seconds): skipped$" "$WORK/err" \
    || fail "$id: reported with its id and the reason ($(cat "$WORK/err"))"
  grep -q "^$id	failed	.*over the limit of 1e-06 s (--max-doc-seconds): skipped$" sum.tsv || fail "$id: the summary says why ($(cat sum.tsv))"
done
grep -q "canceled" "$WORK/err" && fail "the library's 'canceled' gives way to the reason ($(cat "$WORK/err"))"
[ -e out.tsv ] && [ ! -s out.tsv ] || fail "an empty output when every document is skipped"
grep -q "2 document pair(s): 0 ok, 2 failed" "$WORK/err" || fail "the tally counts both ($(tail -1 "$WORK/err"))"
# the same through --stdin
one=$(base64 -w0 < v.txt); onee=$(base64 -w0 < e.txt)
printf 'a\tb\t%s\t%s\n' "$one" "$onee" > s.txt
expect_status 5 "--stdin --max-doc-seconds" sh -c "\"$VA\" batch --stdin --max-doc-seconds 0.000001 < s.txt"
grep -q "^vietalign: -:1: a b: stopped after .*(--max-doc-seconds): skipped$" "$WORK/err" || fail "--stdin: reported ($(cat "$WORK/err"))"

# one document whose file is a pipe that its writer holds open for 6 s
# before writing the page: with a limit of 5 s it is skipped, and the
# documents around it (a few milliseconds each, 5 s allowed) are written
mkfifo slow.vi
timeout 60 sh -c 'exec 3> slow.vi; sleep 6; cat v.txt >&3' &
writer=$!
printf 'v.txt\te.txt\tfirst\nslow.vi\te.txt\tslow\nv.txt\te.txt\tlast\n' > m2.tsv
expect_status 5 "a document over --max-doc-seconds is skipped" "$VA" batch m2.tsv --threads 3 --max-doc-seconds 5 --summary sum2.tsv -o out2.tsv
wait "$writer"
grep -q "^vietalign: m2.tsv:2: slow: stopped after [0-9.]* s, over the limit of 5 s (--max-doc-seconds): skipped$" "$WORK/err" \
  || fail "the slow document: reported with its id and the reason ($(cat "$WORK/err"))"
[ "$(grep -c "stopped after" "$WORK/err")" = 1 ] || fail "only the slow document is stopped ($(cat "$WORK/err"))"
[ "$(cut -f4 out2.tsv | sort -u | tr '\n' ' ')" = "first last " ] || fail "the others are written ($(cut -f4 out2.tsv | sort -u | tr '\n' ' '))"
"$VA" align v.txt e.txt --format tsv > one.tsv 2> /dev/null
[ "$(grep -c '	first$' out2.tsv)" = "$(wc -l < one.tsv)" ] || fail "the first document is written whole"
[ "$(cut -f1,2 sum2.tsv | tr '\t\n' ' |')" = "id status|first ok|slow failed|last ok|" ] || fail "the summary's statuses ($(cut -f1,2 sum2.tsv | tr '\t\n' ' |'))"

# 0: no limit; the value is a number of seconds, not negative
expect_status 0 "--max-doc-seconds 0: no limit" "$VA" batch m.tsv --max-doc-seconds 0 -o out3.tsv
[ "$(cut -f4 out3.tsv | sort -u | tr '\n' ' ')" = "first second " ] || fail "--max-doc-seconds 0: both written"
expect_status 2 "--max-doc-seconds -1 refused" "$VA" batch m.tsv --max-doc-seconds -1
grep -q "batch: bad value '-1' for --max-doc-seconds" "$WORK/err" || fail "-1: named ($(cat "$WORK/err"))"
expect_status 2 "--max-doc-seconds x refused" "$VA" batch m.tsv --max-doc-seconds x
expect_status 2 "--max-doc-seconds without a value refused" "$VA" batch m.tsv --max-doc-seconds
finish
