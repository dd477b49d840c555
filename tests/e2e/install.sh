# Install into a temporary prefix, then build an example against it twice:
# with pkg-config and with CMake's find_package(vietalign).
. "$(dirname "$0")/lib.sh"
BUILD=$4
PREFIX=$WORK/prefix
expect_status 0 "cmake --install" cmake --install "$BUILD" --prefix "$PREFIX"
LIBDIR=$(dirname "$(find "$PREFIX" -name vietalign.pc | head -1)")/..
export PKG_CONFIG_PATH=$LIBDIR/pkgconfig

# The man page: installed, renders without a warning, and describes the
# program's options and version.
MAN=$PREFIX/share/man/man1/vietalign.1
if [ -f "$MAN" ]; then pass "man page installed"; else fail "man page installed at $MAN"; fi
if command -v groff > /dev/null; then
  expect_status 0 "groff renders the man page" groff -man -ww -z -Tutf8 "$MAN"
  [ -s "$WORK/err" ] && fail "groff warns about the man page: $(head -3 "$WORK/err")"
else
  echo "skip: groff not installed (apt-get install groff-base)"
fi
if command -v man > /dev/null; then
  MANWIDTH=80 man --warnings -l "$MAN" > "$WORK/man.txt" 2> "$WORK/man.err" || fail "man -l renders the man page"
  [ -s "$WORK/man.err" ] && fail "man -l warns: $(head -3 "$WORK/man.err")"
  grep -q "^EXIT STATUS" "$WORK/man.txt" || fail "man -l: the page has its EXIT STATUS section"
else
  echo "skip: man not installed (apt-get install man-db)"
fi
"$VA" --help 2>&1 | grep -oE -- '--[a-z][a-z-]*' | sort -u > "$WORK/help-options"
while read -r opt; do
  grep -qF -- "$(printf '%s' "$opt" | sed 's/-/\\-/g')" "$MAN" || fail "man page lacks $opt of --help"
done < "$WORK/help-options"
[ -s "$WORK/help-options" ] || fail "--help lists options"
version=$("$VA" --version | awk '{ print $2 }')
grep -q "^\.TH VIETALIGN 1 .*\"vietalign $version\"" "$MAN" || fail "man page is of vietalign $version"

expect_status 0 "pkg-config knows vietalign" pkg-config --exists vietalign
expect_status 0 "build with pkg-config (shared)" sh -c "cc -o '$WORK/ex_pc' '$SRC/examples/align_memory.c' \$(pkg-config --cflags --libs vietalign)"
# the static library's own dependencies, as its .pc lists them
expect_status 0 "build with pkg-config (static)" sh -c "cc -o '$WORK/ex_pc_static' '$SRC/examples/align_memory.c' \$(pkg-config --cflags vietalign) '$LIBDIR/libvietalign.a' \$(pkg-config --libs \$(pkg-config --print-requires-private vietalign)) -lm"
expect_status 0 "run the pkg-config build" env LD_LIBRARY_PATH="$LIBDIR" "$WORK/ex_pc"
grep -q "<seg>Did the market overreact?</seg>" "$WORK/out" || fail "pkg-config build aligns"
expect_status 0 "run the static build" "$WORK/ex_pc_static"

mkdir -p "$WORK/consumer"
cat > "$WORK/consumer/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(consumer C)
find_package(vietalign REQUIRED)
add_executable(ex_shared $SRC/examples/align_memory.c)
target_link_libraries(ex_shared PRIVATE vietalign::shared)
add_executable(ex_static $SRC/examples/align_memory.c)
target_link_libraries(ex_static PRIVATE vietalign::static)
add_executable(ex_files $SRC/examples/align_files.c)
target_link_libraries(ex_files PRIVATE vietalign::shared)
add_executable(ex_stream $SRC/examples/stream_pairs.c)
target_link_libraries(ex_stream PRIVATE vietalign::static)
CMAKE
expect_status 0 "find_package configure" cmake -S "$WORK/consumer" -B "$WORK/consumer/build" -DCMAKE_PREFIX_PATH="$PREFIX"
expect_status 0 "find_package build" cmake --build "$WORK/consumer/build"
expect_status 0 "run the find_package shared build" "$WORK/consumer/build/ex_shared"
grep -q "<seg>Did the market overreact?</seg>" "$WORK/out" || fail "find_package build aligns"
expect_status 0 "run the find_package static build" "$WORK/consumer/build/ex_static"
expect_status 0 "run align_files" "$WORK/consumer/build/ex_files" "$SRC/corpus/deepseek.vi.txt" "$SRC/corpus/deepseek.en.txt"
[ "$(grep -c '^1-1 ' "$WORK/out")" = 41 ] || fail "align_files: 41 pairs"
printf '%s\t%s\n' "$SRC/corpus/deepseek.vi.txt" "$SRC/corpus/deepseek.en.txt" > "$WORK/manifest.tsv"
expect_status 0 "run stream_pairs" sh -c "'$WORK/consumer/build/ex_stream' < '$WORK/manifest.tsv'"
[ "$(wc -l < "$WORK/out")" = 41 ] || fail "stream_pairs: 41 lines"
finish
