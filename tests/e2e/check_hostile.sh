# check MEMORY.tmx against hostile translation memories (fuzz/corpus/hostile):
# entity bombs refused, and a TMX that could not be checked whole never
# ends in "0 problem(s) found" with exit status 0.
. "$(dirname "$0")/lib.sh"
H=$SRC/fuzz/corpus/hostile
# refused_tmx FILE PATTERN DESCRIPTION: exit 1, the reason on stderr,
# nothing on standard output
refused_tmx() {
  expect_status 1 "$3" "$VA" check "$H/$1"
  grep -q -- "$2" "$WORK/err" || fail "$3: says '$2' ($(head -c 300 "$WORK/err"))"
  grep -q "problem(s) found" "$WORK/out" && fail "$3: no problem count"
}
# an 8 KB entity used 20,000 times in one segment: refused at once (it
# expanded to gigabytes when the segment's text was taken)
refused_tmx entity_bomb.tmx "entity_bomb.tmx: its DTD declares entities.*refused" "entity bomb refused"
refused_tmx entity_small.tmx "its DTD declares entities" "any entity declaration refused"
refused_tmx xxe.tmx "its DTD declares entities" "external entity refused"
grep -q "root:" "$WORK/out" "$WORK/err" && fail "external entity: /etc/passwd not read"
refused_tmx no_unit.tmx "no translation unit (<tu>) in it: nothing checked" "TMX with no unit"
refused_tmx no_vi_en.tmx "none of its 2 unit(s) holds both a Vietnamese and an English segment" "TMX with no vi/en unit"
refused_tmx unit_fails.tmx "unit_fails.tmx: 1 of 2 unit(s) could not be checked" "TMX with a unit that fails"
grep -q "unit_fails.tmx:4: tu 2: the text holds no sentence" "$WORK/err" || fail "the failed unit is named with its line"
grep -q "warning: 1 of 3 unit(s) skipped: no Vietnamese or no English segment" "$WORK/err" || fail "the unit with one side is a warning"
expect_status 1 "check --json of a TMX with a unit that fails" "$VA" check "$H/unit_fails.tmx" --json
# a whole TMX checked as before
"$VA" align "$SRC/corpus/deepseek.vi.txt" "$SRC/corpus/deepseek.en.txt" -o "$WORK/ok.tmx"
expect_status 0 "a sound TMX" "$VA" check "$WORK/ok.tmx"
grep -qx "0 problem(s) found" "$WORK/out" || fail "a sound TMX: its count ($(cat "$WORK/out"))"
if [ -w /dev/full ]; then
  expect_status 1 "check TMX > /dev/full" sh -c "\"$VA\" check \"$WORK/ok.tmx\" > /dev/full"
  grep -q "standard output: write error: No space left on device" "$WORK/err" || fail "check TMX > /dev/full: reason given"
fi

# under memory pressure: one big unit beside a small one, checked under
# falling limits of address space. Each run either counts the problems of
# every unit (as without a limit) or fails with exit 1 and a message,
# never a count of what it could check. Skipped under valgrind and the
# sanitizers, whose own memory a limit breaks.
failed_seen=0
if [ -n "${VIETALIGN_VALGRIND:-}" ] || ! (ulimit -v 120000 && exec "$VA" --version) > /dev/null 2>&1; then
  echo "note: valgrind or a sanitizer: the memory pressure checks are skipped"
else
  python3 - "$SRC/corpus" "$WORK/bad-big.tmx" <<'PY'
import html, sys
v = open(sys.argv[1] + '/deepseek.vi.txt', encoding='utf-8').read().replace('\n', ' ') * 300
e = open(sys.argv[1] + '/deepseek.en.txt', encoding='utf-8').read().replace('\n', ' ') * 300
unit = '<tu><tuv xml:lang="vi"><seg>%s</seg></tuv><tuv xml:lang="en"><seg>%s</seg></tuv></tu>'
open(sys.argv[2], 'w', encoding='utf-8').write('<?xml version="1.0"?>\n<tmx version="1.4"><header/><body>' +
    unit % ('Xin chào.', 'Hello.') + '\n' + unit % (html.escape(v), html.escape(e)) + '</body></tmx>\n')
PY
  "$VA" check "$WORK/bad-big.tmx" > "$WORK/full.txt" 2> /dev/null
  for lim in 50000 60000 70000 80000 90000 120000; do
    (ulimit -v $lim && exec "$VA" check "$WORK/bad-big.tmx") > "$WORK/lim.out" 2> "$WORK/lim.err"
    st=$?
    [ "$st" = 127 ] && continue # the loader itself could not map the libraries
    if [ "$st" = 1 ]; then
      failed_seen=1
      [ -s "$WORK/lim.err" ] || fail "limit $lim: a failure says why"
      grep -q "cannot read anchors" "$WORK/lim.err" && fail "limit $lim: out of memory is called out of memory ($(cat "$WORK/lim.err"))"
      grep -q "problem(s) found" "$WORK/lim.out" && fail "limit $lim: no problem count after a failure ($(cat "$WORK/lim.out"))"
    elif [ "$st" = 3 ] || [ "$st" = 0 ]; then
      cmp -s "$WORK/lim.out" "$WORK/full.txt" || fail "limit $lim: a success reports what the unlimited run does"
    else
      fail "limit $lim: exit $st ($(head -c 200 "$WORK/lim.err"))"
    fi
  done
  if [ "$failed_seen" = 1 ]; then pass "memory pressure: failure reported, never a partial count"
  else echo "note: no limit made the check fail here"; fi
fi
finish
