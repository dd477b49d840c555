# --help, --version, usage errors.
. "$(dirname "$0")/lib.sh"
expect_status 0 "--version" "$VA" --version
grep -q "^vietalign [0-9]" "$WORK/out" || fail "--version prints the version"
expect_status 0 "--help" "$VA" --help
grep -q "vietalign align VI_FILE EN_FILE" "$WORK/out" || fail "--help shows align usage"
expect_status 2 "no command" "$VA"
expect_status 2 "unknown command" "$VA" frobnicate
expect_status 2 "align with no file" "$VA" align
expect_status 2 "align with three files" "$VA" align a b c
expect_status 2 "bad format" "$VA" align "$SRC/corpus/deepseek.vi.txt" "$SRC/corpus/deepseek.en.txt" --format xml
expect_status 2 "segment without --lang" "$VA" segment "$SRC/corpus/deepseek.vi.txt"
finish
