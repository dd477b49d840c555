# `vietalign batch --stdin` keeps its memory flat over a stream of any
# length (issue 23): each pair is aligned, written and let go. The corpus
# pair, as Bitextor lines (id, id, base64 Vietnamese, base64 English),
# 50 times and 500 times: the peak RSS (GNU time's %M) of the longer
# stream stays within 8 MB of the shorter one's (a leak of one pair's
# alignment, about 0.3 MB, would add 135 MB). Skipped under valgrind and
# the sanitizers, whose own bookkeeping grows with the work done.
. "$(dirname "$0")/lib.sh"
if [ -n "${VIETALIGN_VALGRIND:-}" ] || grep -qa -e __asan_init -e __tsan_init -e __msan_init "$VA"; then
  echo "valgrind or a sanitizer: memory not measured"; exit 77
fi
[ -x /usr/bin/time ] || { echo "no /usr/bin/time: skipped"; exit 77; }
D=$SRC/corpus
LINE=$(printf 'deepseek\tdeepseek\t%s\t%s' "$(base64 -w0 "$D/deepseek.vi.txt")" "$(base64 -w0 "$D/deepseek.en.txt")")
for n in 50 500; do
  for _ in $(seq "$n"); do printf '%s\n' "$LINE"; done > "$WORK/stream$n.txt"
  expect_status 0 "batch --stdin, $n pairs" /usr/bin/time -f '%M' -o "$WORK/rss$n" "$VA" batch --stdin --threads 2 -o "$WORK/out$n.tsv" < "$WORK/stream$n.txt"
done
[ "$(cut -f4 "$WORK/out500.tsv" | wc -l)" = "$(( $(wc -l < "$WORK/out50.tsv") * 10 ))" ] || fail "500 pairs: ten times the records of 50"
small=$(tail -n1 "$WORK/rss50"); big=$(tail -n1 "$WORK/rss500")
echo "peak RSS: 50 pairs $small KB, 500 pairs $big KB"
[ "$big" -le $((small + 8192)) ] || fail "batch memory grows with the stream: $small KB for 50 pairs, $big KB for 500"
finish
