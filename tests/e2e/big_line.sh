# A single 50 MB line (a page saved without line breaks): segmented whole,
# no crash, every sentence out.
. "$(dirname "$0")/lib.sh"
[ -z "${VIETALIGN_VALGRIND:-}" ] || { echo "50 MB under valgrind would take an hour"; exit 77; }
python3 - "$SRC/corpus/deepseek.en.txt" "$WORK/big.txt" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read().replace('\n', ' ')
n = 50 * 1024 * 1024 // len(s) + 1
open(sys.argv[2], 'w', encoding='utf-8').write((s * n)[:50 * 1024 * 1024].rsplit(' ', 1)[0] + '\n')
PY
[ "$(wc -l < "$WORK/big.txt")" = 1 ] || fail "one line"
expect_status 0 "segment a 50 MB line" "$VA" segment "$WORK/big.txt" --lang en
lines=$(grep -c . "$WORK/out")
[ "$lines" -gt 300000 ] || fail "all sentences out ($lines)"
echo "$lines sentences"
finish
