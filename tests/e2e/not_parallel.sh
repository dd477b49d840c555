# Two articles on the same story that are not translations of each other:
# reported on stderr, exit status 4, no pairs written (an empty valid TMX).
. "$(dirname "$0")/lib.sh"
OTHER=$(ls "$SHARED"/seeds/002_*.txt 2>/dev/null | head -1)
[ -n "$OTHER" ] || { echo "shared/seeds missing"; exit 77; }
EN=$SRC/corpus/deepseek.en.txt
expect_status 4 "other article: not parallel" "$VA" align "$OTHER" "$EN" -o "$WORK/np.tmx"
grep -q "not translations of each other (parallelism 0\.[0-2]" "$WORK/err" || fail "reported with its parallelism ($(cat "$WORK/err"))"
[ -f "$WORK/np.tmx" ] && ! grep -q "<tu " "$WORK/np.tmx" || fail "no pairs written"
grep -q "</tmx>" "$WORK/np.tmx" || fail "the file is complete"
expect_status 0 "--not-parallel-ok writes them" "$VA" align "$OTHER" "$EN" --not-parallel-ok -o "$WORK/np2.tmx"
grep -q "<tu " "$WORK/np2.tmx" || fail "--not-parallel-ok: pairs written"
expect_status 0 "the translation is parallel" "$VA" align "$SRC/corpus/deepseek.vi.txt" "$EN" -o "$WORK/p.tmx"
# the verdict's threshold: --min-parallelism in align and batch
expect_status 0 "--min-parallelism 0 accepts the other article" \
  "$VA" align "$OTHER" "$EN" --min-parallelism 0 -o "$WORK/np3.tmx"
expect_status 4 "--min-parallelism 1 refuses even the translation" \
  "$VA" align "$SRC/corpus/deepseek.vi.txt" "$EN" --min-parallelism 1 -o "$WORK/p1.tmx"
grep -q "below 1.00" "$WORK/err" || fail "the message names the threshold ($(cat "$WORK/err"))"
expect_status 2 "--min-parallelism 1.5 is a usage error" "$VA" align "$OTHER" "$EN" --min-parallelism 1.5
printf '%s\t%s\tother\n%s\t%s\tsame\n' "$OTHER" "$EN" "$SRC/corpus/deepseek.vi.txt" "$EN" > "$WORK/m.tsv"
"$VA" batch "$WORK/m.tsv" --summary "$WORK/sum.tsv" -o "$WORK/b.tsv" 2> /dev/null
[ "$(awk -F'\t' '$1 == "other" { print $2 }' "$WORK/sum.tsv")" = not-parallel ] || fail "batch summary: the other article is not-parallel"
[ "$(awk -F'\t' '$1 == "same" { print $2 }' "$WORK/sum.tsv")" = ok ] || fail "batch summary: the translation is ok"
"$VA" batch "$WORK/m.tsv" --min-parallelism 0 --summary "$WORK/sum0.tsv" -o "$WORK/b0.tsv" 2> /dev/null
[ "$(cut -f2 "$WORK/sum0.tsv" | tail -n +2 | sort -u)" = ok ] || fail "batch --min-parallelism 0: both ok ($(cut -f1,2,7 "$WORK/sum0.tsv"))"
finish
