# One file holding both languages (the saved blog page): split and aligned,
# it gives exactly the gold pairs of the corpus pair, nothing from the
# header, byline, footer or counters.
. "$(dirname "$0")/lib.sh"
PAGE=$SRC/corpus/deepseek.page.txt; GOLD=$SRC/corpus/deepseek.gold.tsv
expect_status 0 "split the page" "$VA" split "$PAGE" --vi "$WORK/p.vi" --en "$WORK/p.en"
grep -q "^Analysis by Hasan Chowdhury" "$WORK/p.en" || fail "byline on the English side"
grep -q "^Nvidia's stock fell sharply Monday" "$WORK/p.en" || fail "English article on the English side"
grep -q "^Thứ tư - 05/02/2025 05:49" "$WORK/p.vi" || fail "date line on the Vietnamese side"
grep -q "^Theo: https://www.businessinsider.com" "$WORK/p.vi" || fail "source line on the Vietnamese side"
grep -q "Chinese startup DeepSeek" "$WORK/p.vi" && fail "no English article text on the Vietnamese side"
grep -q "Cổ phiếu của Nvidia" "$WORK/p.en" && fail "no Vietnamese article text on the English side"
expect_status 2 "split needs both outputs" "$VA" split "$PAGE" --vi "$WORK/x.vi"

expect_status 0 "align the page" "$VA" align "$PAGE" --format tsv -o "$WORK/page.tsv"
[ "$(wc -l < "$WORK/page.tsv")" = "$(wc -l < "$GOLD")" ] || fail "as many pairs as the gold ($(wc -l < "$WORK/page.tsv"))"
if [ -f "$SHARED/eval/score.py" ]; then
  cut -f1,2 "$WORK/page.tsv" > "$WORK/page2.tsv"
  python3 "$SHARED/eval/score.py" "$GOLD" "$WORK/page2.tsv" | tee "$WORK/score.txt"
  grep -q '"f1": 1.0,' "$WORK/score.txt" || fail "the page's pairs are exactly the gold"
fi
# a file in one language only has no English part to align with
expect_status 1 "one-language file" "$VA" align "$SRC/corpus/deepseek.vi.txt"
grep -q "deepseek.vi.txt: no English paragraph found: the file is in Vietnamese only" "$WORK/err" || fail "one-language file: explained ($(cat "$WORK/err"))"
# split of a page in one language: an error, no 1-byte file
for side in en vi; do
  expect_status 1 "split of a $side-only page" "$VA" split "$SRC/corpus/deepseek.$side.txt" --vi "$WORK/one.vi" --en "$WORK/one.en"
  [ "$(wc -l < "$WORK/err")" = 1 ] || fail "split of a $side-only page: one line ($(cat "$WORK/err"))"
  grep -q "nothing to split" "$WORK/err" || fail "split of a $side-only page: explained ($(cat "$WORK/err"))"
  [ ! -e "$WORK/one.vi" ] && [ ! -e "$WORK/one.en" ] || fail "split of a $side-only page: no output"
done
finish
