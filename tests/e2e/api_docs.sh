# The docs target: Doxygen builds the API reference from the public header,
# and every public function has its entry in it.
. "$(dirname "$0")/lib.sh"
BUILD=$4
expect_status 0 "cmake --build --target docs" cmake --build "$BUILD" --target docs
PAGE=$BUILD/docs/html/vietalign_8h.html
[ -f "$BUILD/docs/html/index.html" ] && [ -f "$PAGE" ] || fail "docs/html holds index.html and vietalign_8h.html"
grep -oE 'VIETALIGN_EXTERN [^(]*[^a-z_](vietalign_[a-z_]+)\(' "$SRC/include/vietalign.h" |
  sed -E 's/.*(vietalign_[a-z_]+)\($/\1/' > "$WORK/functions"
[ "$(wc -l < "$WORK/functions")" -ge 30 ] || fail "the header declares its functions ($(wc -l < "$WORK/functions") found)"
while read -r f; do
  grep -q "id=\"[^\"]*\">.*$f\b\|>$f</a>" "$PAGE" || fail "no entry for $f in the API reference"
done < "$WORK/functions"
finish
