# A side in a third language is refused, with the language named: every
# chapter of the German, French, Spanish and Italian Debian New Maintainers'
# Guide (Debian packages maint-guide-de, -fr, -es, -it), given as the
# Vietnamese side and as the English side; a German paragraph of a mixed
# page is flagged; Vietnamese typed without its
# diacritics is still Vietnamese; no document of the shared evaluation sets
# is refused.
. "$(dirname "$0")/lib.sh"
missing=""
for l in de fr es it; do
  [ -d /usr/share/doc/maint-guide-$l/html ] || missing="$missing maint-guide-$l"
done
command -v python3 > /dev/null || missing="$missing python3"
if [ -n "$missing" ]; then
  echo "SKIPPED: not installed:$missing (apt-get install$missing)"
  [ "${CI:-}" = true ] && { echo "FAIL: CI must have them (.ci/run installs them)"; exit 1; }
  exit 77
fi
HERE=$(dirname "$0")
D=$WORK/docs
mkdir -p "$D"
cp "$SRC/corpus/deepseek.vi.txt" "$SRC/corpus/deepseek.en.txt" "$D/"

# --- one batch: each chapter against a real text of the other side
: > "$D/foreign.tsv"
: > "$WORK/want.tsv"
for l in de fr es it; do
  case $l in de) name=German ;; fr) name=French ;; es) name=Spanish ;; it) name=Italian ;; esac
  for page in /usr/share/doc/maint-guide-$l/html/*.$l.html; do
    ch=$(basename "$page" .html)
    python3 "$HERE/html_text.py" "$page" > "$D/$ch.txt"
    printf '%s\tdeepseek.en.txt\tvi-%s\n' "$ch.txt" "$ch" >> "$D/foreign.tsv"
    printf 'deepseek.vi.txt\t%s\ten-%s\n' "$ch.txt" "$ch" >> "$D/foreign.tsv"
    printf 'vi-%s\t%s, not Vietnamese\nen-%s\t%s, not English\n' "$ch" "$name" "$ch" "$name" >> "$WORK/want.tsv"
  done
done
N=$(wc -l < "$WORK/want.tsv")
[ "$N" -ge 80 ] || fail "11 chapters in each of 4 languages, both sides (got $N rows)"
"$VA" batch "$D/foreign.tsv" --summary "$WORK/sum.tsv" -o "$WORK/foreign.out" 2> "$WORK/foreign.err"
while IFS=$'\t' read -r id want; do
  row=$(awk -F'\t' -v id="$id" '$1 == id' "$WORK/sum.tsv")
  case $row in
    *"looks like $want"*) ;;
    *) fail "$id refused as $want: got '$(echo "$row" | cut -f2,8 | head -c 200)'" ;;
  esac
done < "$WORK/want.tsv"
[ -s "$WORK/foreign.out" ] && fail "no pair written for a chapter in a third language"
pass "$N chapters refused with their language named"

# --- the same file as `align` says so too, in one line
"$VA" align "$D/first.de.txt" "$D/deepseek.en.txt" -o "$WORK/not-de.tmx" 2> "$WORK/err"
[ $? = 1 ] || fail "align refuses a German Vietnamese side"
grep -q "first.de.txt: this looks like German, not Vietnamese" "$WORK/err" || fail "align names German ($(head -c 200 "$WORK/err"))"
[ -e "$WORK/not-de.tmx" ] && fail "nothing written for a German side"

# --- a mixed page: a paragraph in a third language is flagged, by name
expect_status 0 "split the clean page" "$VA" split "$SRC/corpus/deepseek.page.txt" --vi "$WORK/c.vi" --en "$WORK/c.en"
[ -s "$WORK/err" ] && fail "the clean page: no warning ($(head -c 200 "$WORK/err"))"
{ cat "$SRC/corpus/deepseek.page.txt"; printf '\n\n'; awk 'length($0) > 300 { print; exit }' "$D/first.de.txt"; } > "$D/mixed.txt"
expect_status 0 "split a page holding a German paragraph" "$VA" split "$D/mixed.txt" --vi "$WORK/m.vi" --en "$WORK/m.en"
grep -q "mixed.txt: warning: a paragraph of its English part looks like German" "$WORK/err" ||
  fail "the German paragraph is flagged ($(head -c 300 "$WORK/err"))"
[ "$(grep -c warning "$WORK/err")" = 1 ] || fail "only that paragraph is flagged"

# --- Vietnamese without diacritics is Vietnamese
python3 - "$D/deepseek.vi.txt" > "$D/plain.vi.txt" << 'PY'
import sys, unicodedata
t = unicodedata.normalize('NFD', open(sys.argv[1], encoding='utf-8').read()).replace('đ', 'd').replace('Đ', 'D')
sys.stdout.write(''.join(c for c in t if unicodedata.category(c) != 'Mn'))
PY
# (its words no longer meet the word table, so its parallelism is low)
expect_status 0 "Vietnamese typed without diacritics is accepted as Vietnamese" \
  "$VA" align "$D/plain.vi.txt" "$D/deepseek.en.txt" --not-parallel-ok -o "$WORK/plain.tmx"
expect_status 1 "... and refused as English" "$VA" align "$D/deepseek.vi.txt" "$D/plain.vi.txt" -o "$WORK/not-plain.tmx"
grep -q "looks like Vietnamese, not English" "$WORK/err" || fail "named Vietnamese ($(head -c 200 "$WORK/err"))"

# --- no document of the shared sets is refused for its language
if [ -d "$SHARED/eval/data" ]; then
  # under valgrind, a few documents of each set (each run is 30 times slower)
  python3 "$HERE/batch_eval_docs.py" ${VIETALIGN_VALGRIND:+--max 3} "$D/eval" "$D/eval/eval.tsv" "$SHARED"/eval/data/*.jsonl
  "$VA" batch "$D/eval/eval.tsv" --not-parallel-ok --summary "$WORK/eval-sum.tsv" -o "$WORK/eval.out" 2> /dev/null
  n=$(($(wc -l < "$WORK/eval-sum.tsv") - 1))
  bad=$(grep -c "looks like" "$WORK/eval-sum.tsv")
  least=150; [ -n "${VIETALIGN_VALGRIND:-}" ] && least=15 # valgrind: the manifest is cut short
  [ "$n" -ge "$least" ] || fail "every shared document in the summary ($n)"
  [ "$bad" = 0 ] && pass "none of $n shared documents refused for its language" ||
    fail "$bad shared documents refused for their language: $(grep "looks like" "$WORK/eval-sum.tsv" | head -3 | cut -f1,8)"
else
  echo "note: ../shared/eval/data missing: shared documents not checked"
fi
finish
