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
finish
