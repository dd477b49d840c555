# `check --html`: one self-contained page with the problems listed, counted
# per kind and explained in a legend, their items marked inside the
# sentences, the alignment path drawn with axes, no score on one-sided
# rows; rendered in headless Chromium the page is not blank, and j / k move
# between the findings.
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
[ "$(grep -c '<tr class="finding"' "$R")" = 4 ] || fail "four problems listed (byline, credit, omission, number)"
grep -q 'edited.vi.txt:11:1</td><td>[^<]*deepseek.en.txt:13:1</td><td>1 English sentence(s) with no counterpart' "$R" ||
  fail "omission listed with line:column on both sides"
grep -q 'number differs: &quot;56 tỷ&quot; in the Vietnamese, &quot;$65 billion&quot; in the English' "$R" ||
  fail "changed amount listed as written"
grep -q 'lên <mark class="number" title="number">56 tỷ</mark> USD' "$R" || fail "changed amount marked in its sentence"
grep -q 'to <mark class="number" title="number">\$65 billion</mark>\|to \$<mark class="number" title="number">65 billion</mark>' "$R" ||
  fail "its English counterpart marked"
grep -q '<td class="k">number</td><td>1</td>' "$R" || fail "counts per kind"
grep -q '<td class="k">omission</td><td>2</td>' "$R" || fail "omissions counted"
grep -q '<dl id="legend">' "$R" || fail "a legend"
[ "$(grep -o 'class="axis"' "$R" | wc -l)" = 2 ] || fail "two axes on the path plot"
grep -q 'text-anchor="middle">10</text>' "$R" || fail "axes numbered"
grep -q '<tr id="b[0-9]*" class="omission">.*<td class="s">&ndash;</td></tr>' "$R" || fail "no score on omission rows"
grep '<tr id="b[0-9]*" class="omission">' "$R" | grep -q '<td class="s">[0-9.]*</td></tr>' &&
  fail "a score on an omission row"
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
# j, j, k pressed: the first finding is the current one, its bead too
sed 's#</body></html>#<script>["j","j","k"].forEach(function(k){document.dispatchEvent(new KeyboardEvent("keydown",{key:k}))});</script></body></html>#' \
  "$R" > "$WORK/keys.html"
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --user-data-dir="$WORK/chromium" --dump-dom "file://$WORK/keys.html" > "$WORK/dom.html" 2>> "$WORK/chromium.log"
grep -q '<body data-current="0">' "$WORK/dom.html" || fail "j j k: the first finding is current"
[ "$(grep -c 'class="finding current"' "$WORK/dom.html")" = 1 ] || fail "j j k: one finding row current"
[ "$(grep -c '<tr id="b[0-9]*" class="[a-z]* current"' "$WORK/dom.html")" = 1 ] || fail "j j k: its bead current"
finish
