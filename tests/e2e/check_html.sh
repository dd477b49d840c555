# `check --html`: one self-contained page with the problems listed and
# highlighted and the alignment path drawn; rendered in headless Chromium,
# the page is not blank.
. "$(dirname "$0")/lib.sh"
EN=$SRC/corpus/deepseek.en.txt
python3 - "$SRC/corpus/deepseek.vi.txt" "$WORK/edited.vi.txt" <<'PY'
import sys
t = open(sys.argv[1], encoding='utf-8').read()
t = t.replace('Liệu thị trường có phản ứng thái quá không?\n\n', '').replace('lên 65 tỷ USD', 'lên 56 tỷ USD')
open(sys.argv[2], 'w', encoding='utf-8').write(t)
PY
expect_status 3 "check --html" "$VA" check "$WORK/edited.vi.txt" "$EN" --html "$WORK/report.html"
R=$WORK/report.html
grep -q '<svg id="path"' "$R" || fail "the alignment path is drawn"
[ "$(grep -c 'stroke="#d62728"' "$R")" = 3 ] || fail "three one-sided beads marked on the path"
grep -q '<table id="problems">' "$R" || fail "problems listed"
[ "$(grep -c '<tr><td class="k">' "$R")" = 5 ] || fail "five problems listed"
grep -q 'deepseek.en.txt:13:1</td><td>no counterpart in the translation' "$R" || fail "omission listed with line:column"
grep -q 'number 56000000000 has no match' "$R" || fail "changed amount listed"
grep -q '<tr id="b[0-9]*" class="omission">' "$R" || fail "omission highlighted in the texts"
grep -q '<tr id="b[0-9]*" class="mismatch">' "$R" || fail "mismatch highlighted in the texts"
grep -q 'src=\|href="http' "$R" && fail "self-contained: no external resources"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "chromium not installed (apt-get install chromium): rendering not tested"; exit 77; }
# shot FILE.html OUT.png: a 1200x900 screenshot in headless Chromium
shot() {
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$WORK/chromium" --window-size=1200,900 --screenshot="$2" \
      "file://$1" > "$WORK/chromium.log" 2>&1
}
shot "$R" "$WORK/report.png"
printf '<!DOCTYPE html><html><body></body></html>' > "$WORK/blank.html"
shot "$WORK/blank.html" "$WORK/blank.png"
[ -s "$WORK/report.png" ] && [ -s "$WORK/blank.png" ] || fail "Chromium rendered PNGs ($(tail -3 "$WORK/chromium.log"))"
python3 - "$WORK/report.png" "$WORK/blank.png" <<'PY' || fail "the rendering is not empty"
import struct, sys
rep, blank = (open(p, 'rb').read() for p in sys.argv[1:3])
assert rep[:8] == b'\x89PNG\r\n\x1a\n'
w, h = struct.unpack('>II', rep[16:24])
assert (w, h) == (1200, 900), (w, h)
# an empty page compresses to almost nothing; text, tables and the plot do not
assert len(rep) > 10 * len(blank), (len(rep), len(blank))
print('rendered %dx%d: %d bytes of PNG against %d for an empty page' % (w, h, len(rep), len(blank)))
PY
finish
