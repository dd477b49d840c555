# Bad input: a one-line error naming the file, a non-zero exit, no output file.
. "$(dirname "$0")/lib.sh"
VI=$SRC/corpus/deepseek.vi.txt; EN=$SRC/corpus/deepseek.en.txt

expect_status 1 "missing input" "$VA" align "$WORK/nope.txt" "$EN" -o "$WORK/o.tmx"
grep -q "nope.txt" "$WORK/err" || fail "missing input: error names the file"
[ "$(wc -l < "$WORK/err")" = 1 ] || fail "missing input: one line on stderr"
[ ! -e "$WORK/o.tmx" ] || fail "missing input: no output file"

printf 'Xin ch\xe0o c\xe1c b\xe1n.\n' > "$WORK/bad.txt"
expect_status 1 "invalid UTF-8" "$VA" align "$WORK/bad.txt" "$EN" -o "$WORK/o.tmx"
grep -q "bad.txt.*invalid UTF-8 at byte offset 6" "$WORK/err" || fail "invalid UTF-8: file and byte offset reported ($(cat "$WORK/err"))"
[ ! -e "$WORK/o.tmx" ] || fail "invalid UTF-8: no output file"

: > "$WORK/empty.txt"
expect_status 1 "empty input" "$VA" align "$VI" "$WORK/empty.txt"
grep -q "empty.txt" "$WORK/err" || fail "empty input: error names the file"

expect_status 1 "unwritable output" "$VA" align "$VI" "$EN" -o "$WORK/no/such/dir/out.tmx"
grep -q "out.tmx" "$WORK/err" || fail "unwritable output: error names the file"

if [ -w /dev/full ]; then
  expect_status 1 "full disk on stdout" sh -c "\"$VA\" align \"$VI\" \"$EN\" > /dev/full"
  expect_status 1 "full disk on -o" "$VA" align "$VI" "$EN" -o /dev/full
  grep -q "/dev/full: write error" "$WORK/err" || fail "full disk on -o: write error reported ($(cat "$WORK/err"))"
fi

# -o over an existing file: replaced whole on success, untouched on failure.
echo "previous" > "$WORK/keep.tmx"
expect_status 1 "failed run keeps the old output" "$VA" align "$WORK/bad.txt" "$EN" -o "$WORK/keep.tmx"
[ "$(cat "$WORK/keep.tmx")" = previous ] || fail "failed run must not touch the existing output"
ls "$WORK" | grep -q '\.tmp' && fail "temporary file left behind"

# split: an --en that cannot be written fails before the --vi is written
expect_status 1 "split into a missing directory" "$VA" split "$SRC/corpus/deepseek.page.txt" --vi "$WORK/s.vi" --en "$WORK/no/dir/s.en"
[ ! -e "$WORK/s.vi" ] || fail "split: no --vi output when the --en cannot be written"
ls "$WORK" | grep -q '\.tmp' && fail "split: temporary file left behind"

# a signal during the alignment leaves neither the output nor its
# temporary file, which is there from the start (Ctrl-C in a terminal; a
# background job ignores SIGINT, so TERM)
for k in $(seq 1000); do cat "$VI"; echo; done > "$WORK/long.vi"
for k in $(seq 1000); do cat "$EN"; echo; done > "$WORK/long.en"
term_leaves_nothing "$WORK/int.tmx" "align -o" "$VA" align "$WORK/long.vi" "$WORK/long.en" -o "$WORK/int.tmx"
finish
