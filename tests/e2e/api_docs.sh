# The docs target: Doxygen builds the API reference from the public header,
# every public function has its entry in it, and anything undocumented (a
# parameter without its @param, a missing @return, a field without its
# comment) fails the build. Skipped (77) only when Doxygen is absent, and
# then not under CI=true, where .ci/run installs it.
. "$(dirname "$0")/lib.sh"
BUILD=$4
if ! command -v doxygen > /dev/null || [ ! -f "$BUILD/docs/Doxyfile.docs" ]; then
  if [ "${CI:-}" = true ]; then
    echo "FAIL: CI=true and no doxygen (or no docs target: reconfigure once it is installed)"
    exit 1
  fi
  echo "skipped: doxygen is not installed (apt-get install doxygen)"
  exit 77
fi
expect_status 0 "cmake --build --target docs" cmake --build "$BUILD" --target docs
grep -q "warning\|error:" "$WORK/out" "$WORK/err" && fail "the docs build warns: $(grep -h "warning\|error:" "$WORK/out" "$WORK/err" | head -3)"
PAGE=$BUILD/docs/html/vietalign_8h.html
[ -f "$BUILD/docs/html/index.html" ] && [ -f "$PAGE" ] || fail "docs/html holds index.html and vietalign_8h.html"
grep -oE 'VIETALIGN_EXTERN [^(]*[^a-z_](vietalign_[a-z_]+)\(' "$SRC/include/vietalign.h" |
  sed -E 's/.*(vietalign_[a-z_]+)\($/\1/' > "$WORK/functions"
[ "$(wc -l < "$WORK/functions")" -ge 30 ] || fail "the header declares its functions ($(wc -l < "$WORK/functions") found)"
while read -r f; do
  grep -q "id=\"[^\"]*\">.*$f\b\|>$f</a>" "$PAGE" || fail "no entry for $f in the API reference"
done < "$WORK/functions"

# The same configuration on the header with one @param taken out fails,
# naming the function and the parameter.
grep -q '^ \* @param share receives that share (may be NULL)$' "$SRC/include/vietalign.h" ||
  fail "the header documents vietalign_lang_detect()'s share"
grep -v '^ \* @param share receives that share (may be NULL)$' "$SRC/include/vietalign.h" > "$WORK/vietalign.h"
{ cat "$BUILD/docs/Doxyfile.docs"; echo "INPUT = $WORK/vietalign.h"; echo "OUTPUT_DIRECTORY = $WORK/docs"; } > "$WORK/Doxyfile"
expect_status 1 "an undocumented parameter fails the docs" doxygen "$WORK/Doxyfile"
grep -q "vietalign.h:[0-9]*: error: .*vietalign_lang_detect.*share\|share.*vietalign_lang_detect" "$WORK/err" "$WORK/out" ||
  fail "the failure names the parameter ($(grep -h error: "$WORK/err" "$WORK/out" | head -2))"
finish
