# Messages say what is wrong: the option named, the vietalign: prefix on
# every line, the reason of a write error.
. "$(dirname "$0")/lib.sh"
VI=$SRC/corpus/deepseek.vi.txt; EN=$SRC/corpus/deepseek.en.txt
# one_line_says STATUS PATTERN DESCRIPTION CMD...: exit STATUS, one line
# on stderr matching PATTERN
one_line_says() {
  local st=$1 pat=$2 what=$3; shift 3
  expect_status "$st" "$what" "$@"
  [ "$(wc -l < "$WORK/err")" = 1 ] || fail "$what: one line on stderr ($(cat "$WORK/err"))"
  grep -q -- "$pat" "$WORK/err" || fail "$what: says '$pat' ($(cat "$WORK/err"))"
}
one_line_says 2 "^vietalign: align: bad value '0' for --threads$" "--threads 0 names the option" "$VA" align "$VI" "$EN" --threads 0
one_line_says 2 "bad value '0' for --threads" "--threads=0 names the option" "$VA" align "$VI" "$EN" --threads=0
one_line_says 2 "bad value '0' for --threads" "batch --threads 0 names the option" "$VA" batch m.tsv --threads 0
one_line_says 2 "no value after it: '-o'" "-o --format tsv: the value is missing" "$VA" align "$VI" "$EN" -o --format tsv
[ ! -e ./--format ] || fail "-o --format: no file named --format"
one_line_says 2 "bad value ',,' for --anchors" "--anchors ,, refused" "$VA" align "$VI" "$EN" --anchors ,,
one_line_says 2 "bad value 'numbers,' for --anchors" "--anchors numbers, refused" "$VA" align "$VI" "$EN" --anchors numbers,
one_line_says 2 "bad value '' for --anchors" "--anchors= refused" "$VA" align "$VI" "$EN" --anchors=
expect_status 0 "--anchors none still works" "$VA" align "$VI" "$EN" --anchors none
one_line_says 2 "no value after it: '--vi'" "split --vi --en x: the value is missing" "$VA" split "$SRC/corpus/deepseek.page.txt" --vi --en "$WORK/x"
one_line_says 2 "no value after it: '--html'" "check --html with no value" "$VA" check "$VI" "$EN" --html
one_line_says 2 "bad value 'fr' for --lang" "segment --lang fr" "$VA" segment "$VI" --lang fr
# the English file is read on a thread of its own: its errors carry the
# prefix all the same
one_line_says 1 "^vietalign: $WORK/none.txt: No such file or directory$" "the English side's error has the prefix" \
  "$VA" align "$VI" "$WORK/none.txt" --threads 2
one_line_says 1 "^vietalign: $VI: this looks like Vietnamese, not English" "the English side's language error has the prefix" \
  "$VA" align "$VI" "$VI" --threads 2
# write errors say why
if [ -w /dev/full ]; then
  one_line_says 1 "^vietalign: standard output: write error: No space left on device$" "check > /dev/full" \
    sh -c "\"$VA\" check \"$VI\" \"$EN\" > /dev/full"
  one_line_says 1 "^vietalign: standard output: write error: No space left on device$" "check --json > /dev/full" \
    sh -c "\"$VA\" check \"$VI\" \"$EN\" --json > /dev/full"
  one_line_says 1 "write error: No space left on device" "segment > /dev/full" \
    sh -c "\"$VA\" segment \"$VI\" --lang vi > /dev/full"
  one_line_says 1 "write error: No space left on device" "align > /dev/full" \
    sh -c "\"$VA\" align \"$VI\" \"$EN\" > /dev/full"
  printf '%s\t%s\n' "$VI" "$EN" > "$WORK/m.tsv"
  one_line_says 1 "/dev/full: write error: No space left on device" "batch -o /dev/full" \
    "$VA" batch "$WORK/m.tsv" -o /dev/full
  one_line_says 1 "standard output: write error: No space left on device" "batch > /dev/full" \
    sh -c "\"$VA\" batch \"$WORK/m.tsv\" > /dev/full"
  one_line_says 1 "/dev/full: write error: No space left on device" "batch --summary /dev/full" \
    "$VA" batch "$WORK/m.tsv" -o "$WORK/b.tsv" --summary /dev/full
  "$VA" align "$VI" "$EN" -o "$WORK/ok.tmx" 2> /dev/null
  for to in tsv tmx; do
    one_line_says 1 "^vietalign: standard output: write error: No space left on device$" "convert --format $to > /dev/full" \
      sh -c "\"$VA\" convert \"$WORK/ok.tmx\" --format $to > /dev/full"
  done
  one_line_says 1 "^vietalign: /dev/full: write error: No space left on device$" "convert -o /dev/full" \
    "$VA" convert "$WORK/ok.tmx" --format jsonl -o /dev/full
  one_line_says 1 "^vietalign: standard output: write error: No space left on device$" "merge > /dev/full" \
    sh -c "\"$VA\" merge \"$WORK/ok.tmx\" --quiet > /dev/full"
  one_line_says 1 "^vietalign: standard output: write error: No space left on device$" "lexicon > /dev/full" \
    sh -c "\"$VA\" lexicon > /dev/full"
fi
# out of memory is called so, whatever stage runs out (segmenting,
# folding a sentence, reading anchors): align under falling limits of
# address space (skipped under valgrind and the sanitizers)
if [ -z "${VIETALIGN_VALGRIND:-}" ] && (ulimit -v 120000 && exec "$VA" --version) > /dev/null 2>&1; then
  for k in $(seq 300); do cat "$VI"; done > "$WORK/big.vi"
  for k in $(seq 300); do cat "$EN"; done > "$WORK/big.en"
  oom_seen=0
  for lim in 60000 80000 90000 110000; do
    (ulimit -v $lim && exec "$VA" align "$WORK/big.vi" "$WORK/big.en" --format tsv -o "$WORK/big.tsv") > /dev/null 2> "$WORK/lim.err"
    st=$?
    [ "$st" = 127 ] || [ "$st" = 0 ] && continue
    [ "$st" = 1 ] || fail "limit $lim: exit $st ($(head -c 200 "$WORK/lim.err"))"
    grep -v "out of memory" "$WORK/lim.err" | grep -q . && fail "limit $lim: out of memory called something else ($(cat "$WORK/lim.err"))"
    oom_seen=1
  done
  [ "$oom_seen" = 1 ] && pass "out of memory is reported as out of memory" || echo "note: no limit ran out of memory here"
fi
finish
