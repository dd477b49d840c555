# The corridor search writes the pairs the whole-lattice search writes, and
# the thread count changes nothing: on the corpus pair, and on a longer
# pair built from it (the article four times, a Vietnamese paragraph in
# five left out) whose path leaves the diagonal.
. "$(dirname "$0")/lib.sh"
export SOURCE_DATE_EPOCH=1700000000
VI=$SRC/corpus/deepseek.vi.txt
EN=$SRC/corpus/deepseek.en.txt
for k in 1 2 3 4; do
  awk -v RS= -v k="$k" '(NR + k) % 5 != 0 { print; print "" }' "$VI"
done > "$WORK/long.vi.txt"
for k in 1 2 3 4; do cat "$EN"; echo; done > "$WORK/long.en.txt"
pairs() { cut -f1,2 "$1"; }
for name in corpus long; do
  if [ $name = corpus ]; then v=$VI; e=$EN; else v=$WORK/long.vi.txt; e=$WORK/long.en.txt; fi
  expect_status 0 "$name: full search" "$VA" align "$v" "$e" --format tsv --search full --threads 1 -o "$WORK/$name.full.tsv"
  expect_status 0 "$name: corridor search" "$VA" align "$v" "$e" --format tsv --search corridor --threads 1 -o "$WORK/$name.corr.tsv"
  expect_status 0 "$name: corridor search on 2 threads" "$VA" align "$v" "$e" --format tsv --search corridor --threads 2 -o "$WORK/$name.corr2.tsv"
  expect_status 0 "$name: narrow corridor" "$VA" align "$v" "$e" --format tsv --search corridor --margin 2 -o "$WORK/$name.narrow.tsv"
  n=$(wc -l < "$WORK/$name.full.tsv")
  [ "$n" -ge 40 ] || fail "$name: only $n pairs"
  if [ "$(pairs "$WORK/$name.full.tsv")" = "$(pairs "$WORK/$name.corr.tsv")" ]; then pass "$name: same $n pairs"; else fail "$name: the corridor search's pairs differ"; fi
  cmp -s "$WORK/$name.corr.tsv" "$WORK/$name.corr2.tsv" && pass "$name: 2 threads write the same bytes" || fail "$name: 2 threads changed the output"
  # a margin of 2 leaves more of the path to the repairs
  if [ "$(pairs "$WORK/$name.full.tsv")" = "$(pairs "$WORK/$name.narrow.tsv")" ]; then pass "$name: margin 2, same pairs"; else fail "$name: margin 2 changed the pairs"; fi
done
[ "$(wc -l < "$WORK/long.full.tsv")" -gt 120 ] || fail "long pair: too few pairs"
expect_status 2 "bad --search" "$VA" align "$VI" "$EN" --search wide
expect_status 2 "bad --threads" "$VA" align "$VI" "$EN" --threads 0
finish
