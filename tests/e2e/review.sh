# `vietalign review`: the page it writes is self-contained and carries the
# alignment `align` makes; then, in headless chromium driven by
# chromedriver (review_browser.py), a person's joins, splits, moves, marks,
# edits and undos are made with clicks and keys, and the TMX and TSV the
# page saves must hold the pairs those operations give (the TMX passes
# tmx-check at the end). Without chromium or chromedriver the browser part
# is skipped (77), which fails under CI=true.
. "$(dirname "$0")/lib.sh"
VI=$SRC/corpus/deepseek.vi.txt
EN=$SRC/corpus/deepseek.en.txt

expect_status 0 "review writes the page" "$VA" review "$VI" "$EN" -o "$WORK/deepseek.html"
P=$WORK/deepseek.html
[ "$(grep -c '</script>' "$P")" = 2 ] || fail "two script elements, the data and the editor"
grep -q '<script type="application/json" id="alignment">{' "$P" || fail "the alignment embedded as JSON"
grep -Eq ' (src|href)=|https?://|@import|url\(' "$P" && fail "self-contained: no external resources"
grep -q '@@' "$P" && fail "every template marker filled"
# the same beads as align: the page's pairs, as TSV, are align's TSV
"$VA" align "$VI" "$EN" --format tsv -o "$WORK/deepseek-align.tsv"
"$VA" align "$VI" "$EN" -o "$WORK/deepseek-align.tmx"
/usr/bin/python3 - "$P" "$WORK/deepseek-align.tsv" <<'PY' || fail "the page's beads are align's"
import json, re, sys
d = json.loads(re.search(r'id="alignment">(.*?)</script>', open(sys.argv[1], encoding='utf-8').read(), re.S).group(1))
pairs = ['%s\t%s\t%.4f' % (' '.join(d['vi'][b[0]:b[0] + b[1]]), ' '.join(d['en'][b[2]:b[2] + b[3]]), b[4] / 10000)
         for b in d['beads'] if b[1] and b[3]]
assert pairs == open(sys.argv[2], encoding='utf-8').read().splitlines(), 'different pairs'
assert d['save_name'] == 'deepseek' and d['srclang'] == 'vi'
PY

# options as align takes them
expect_status 0 "review --min-score --srclang en --one-sided" "$VA" review "$VI" "$EN" --min-score 0.995 \
  --srclang en --one-sided --anchors numbers,names -o "$WORK/en-strict.html"
"$VA" align "$VI" "$EN" --min-score 0.995 --srclang en --one-sided --anchors numbers,names --format tsv \
  -o "$WORK/en-strict-align.tsv"
"$VA" align "$VI" "$EN" --min-score 0.995 --srclang en --one-sided --anchors numbers,names -o "$WORK/en-strict-align.tmx"

# -o - writes the page to standard output; it then saves review.tmx
"$VA" review "$VI" "$EN" -o - > "$WORK/stdout.html" 2> "$WORK/stdout.err" || fail "review -o -: $(cat "$WORK/stdout.err")"
grep -q '"save_name":"review"' "$WORK/stdout.html" || fail "review -o -: the page on standard output saves review.tmx"

# one file holding both languages, as align takes it
expect_status 0 "review of a page holding both languages" "$VA" review "$SRC/corpus/deepseek.page.txt" -o "$WORK/mixed.html"
"$VA" align "$SRC/corpus/deepseek.page.txt" --format tsv -o "$WORK/mixed-align.tsv"
/usr/bin/python3 - "$WORK/mixed.html" "$WORK/mixed-align.tsv" <<'PY' || fail "the mixed page's pairs are align's"
import json, re, sys
d = json.loads(re.search(r'id="alignment">(.*?)</script>', open(sys.argv[1], encoding='utf-8').read(), re.S).group(1))
pairs = [b for b in d['beads'] if b[1] and b[3]]
assert len(pairs) == len(open(sys.argv[2], encoding='utf-8').read().splitlines())
assert d['vi_path'] == d['en_path'] and d['vi_path'].endswith('deepseek.page.txt')
PY

# errors: one line, no page
expect_status 2 "review without -o" "$VA" review "$VI" "$EN"
expect_status 2 "review --format (the page saves both)" "$VA" review "$VI" "$EN" --format tsv -o "$WORK/x.html"
cp "$VI" "$WORK/in.vi.txt"
expect_status 2 "review -o naming an input" "$VA" review "$WORK/in.vi.txt" "$EN" -o "$WORK/in.vi.txt"
cmp -s "$VI" "$WORK/in.vi.txt" || fail "the input named as output is left as it was"
expect_status 1 "review of a missing file" "$VA" review "$WORK/none.txt" "$EN" -o "$WORK/none.html"
[ -e "$WORK/none.html" ] && fail "no page after a failure"
expect_status 4 "review of texts that are not translations" "$VA" review "$VI" "$SRC/README.md" --any-language \
  -o "$WORK/notpar.html"
grep -q '"parallel":false' "$WORK/notpar.html" || fail "the page is written all the same, saying so"
grep -q '"parallel":true' "$WORK/deepseek.html" || fail "the corpus pair's page calls it parallel"

# texts that would end the script element, in a file whose name holds U+2028
E=$WORK/escape$'\u2028'vi.txt
printf '%s\n\n%s\n' 'Đây là câu thử </script><script>window.pwned = 1</script> với dấu <b>.' \
  'Câu thứ hai có <!-- chú thích và & ký hiệu "lạ".' > "$E"
printf '%s\n\n%s\n' 'This is a test sentence </script><script>window.pwned = 1</script> with a <b> mark.' \
  'The second sentence has <!-- a comment and & odd "signs".' > "$WORK/escape.en.txt"
expect_status 0 "review of texts holding </script>" "$VA" review "$E" "$WORK/escape.en.txt" --not-parallel-ok \
  -o "$WORK/escape.html"
"$VA" segment "$E" --lang vi > "$WORK/escape-vi.txt"
[ "$(grep -c '</script>' "$WORK/escape.html")" = 2 ] || fail "no </script> from the texts in the page"
grep -q '<!--' "$WORK/escape.html" && fail "no <!-- from the texts in the page"
sed -n '/id="alignment"/p' "$WORK/escape.html" | grep -q $'\u2028' && fail "U+2028 escaped in the JSON"
grep -q 'escape\\u2028vi.txt' "$WORK/escape.html" || fail "U+2028 as \\u2028 in the JSON"

# CHROMIUM and CHROMEDRIVER name other binaries (empty: none)
CHROMIUM=${CHROMIUM-$(command -v chromium || command -v chromium-browser || true)}
DRIVER=${CHROMEDRIVER-$(command -v chromedriver || true)}
if [ -z "$CHROMIUM" ] || [ -z "$DRIVER" ] || [ ! -x /usr/bin/python3 ]; then
  echo "SKIPPED: the editor is not tested in a browser: chromium, chromedriver or /usr/bin/python3 missing" \
       "(apt-get install chromium chromium-driver python3)"
  if [ "${CI:-}" = true ]; then fail "CI=true: the browser test must run"; finish; fi
  [ "$FAILS" = 0 ] || finish
  exit 77
fi
if [ -n "${VIETALIGN_VALGRIND:-}" ]; then
  echo "the browser part runs no vietalign: done above"
  finish
fi
mkdir -p "$WORK/downloads"
if ! /usr/bin/python3 "$(dirname "$0")/review_browser.py" "$DRIVER" "$CHROMIUM" "$WORK"; then
  fail "the editor in the browser (above)"
  tail -5 "$WORK/chromedriver.log" 2> /dev/null
fi
grep -q '<tu ' "$WORK/edited.tmx" 2> /dev/null || fail "the edited TMX was saved"
if [ -x "$SHARED/tools/tmx-check" ] && command -v xmllint > /dev/null && /usr/bin/python3 -c 'import translate' 2> /dev/null; then
  if "$SHARED/tools/tmx-check" "$WORK/edited.tmx" > "$WORK/tmxcheck-edited.txt" 2>&1; then
    pass "tmx-check passes the TMX the page saved after the edits ($(grep -o '[0-9]* tu elements' "$WORK/tmxcheck-edited.txt"))"
  else
    fail "tmx-check on the edited TMX: $(grep FAIL "$WORK/tmxcheck-edited.txt" | head -3)"
  fi
else
  echo "../shared/tools/tmx-check, xmllint or translate-toolkit missing: the saved TMX is not checked by tmx-check"
fi
finish
