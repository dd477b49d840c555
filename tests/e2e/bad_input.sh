# Input as real files come: BOMs, UTF-16, CRLF and CR line ends, NUL bytes,
# white space only, swapped languages, invalid UTF-8 with --replace-invalid.
. "$(dirname "$0")/lib.sh"
VI=$SRC/corpus/deepseek.vi.txt; EN=$SRC/corpus/deepseek.en.txt
count_tu() { grep -c "<tu " "$1"; }
expect_status 0 "reference run" "$VA" align "$VI" "$EN" -o "$WORK/ref.tmx"
REF=$(count_tu "$WORK/ref.tmx")

printf '\xef\xbb\xbf' | cat - "$VI" > "$WORK/bom.txt"
expect_status 0 "UTF-8 BOM accepted" "$VA" align "$WORK/bom.txt" "$EN" -o "$WORK/bom.tmx"
[ "$(count_tu "$WORK/bom.tmx")" = "$REF" ] || fail "UTF-8 BOM: same units"
grep -q $'\xef\xbb\xbf<seg>' "$WORK/bom.tmx" && fail "UTF-8 BOM: not copied into a segment"

iconv -f UTF-8 -t UTF-16 "$VI" > "$WORK/u16.txt"
expect_status 0 "UTF-16 with BOM converted" "$VA" align "$WORK/u16.txt" "$EN" -o "$WORK/u16.tmx"
[ "$(count_tu "$WORK/u16.tmx")" = "$REF" ] || fail "UTF-16: same units"
printf '\xff\xfeA\x00\x00\xd8B\x00' > "$WORK/badu16.txt"
expect_status 1 "broken UTF-16 refused" "$VA" segment "$WORK/badu16.txt" --lang vi
grep -q "invalid UTF-16 at byte offset" "$WORK/err" || fail "broken UTF-16: offset reported"

# the same faults as the file's last unit are errors too, never a unit
# dropped in silence: a lone high surrogate, U+0000, an odd last byte, in
# both byte orders
for f in 'le-high:\xff\xfeA\x00\x00\xd8:4' 'le-nul:\xff\xfeA\x00\x00\x00:4' 'le-odd:\xff\xfeA\x00B:4' \
         'be-high:\xfe\xff\x00A\xd8\x00:4' 'be-low:\xfe\xff\x00A\xdc\x00\x00B:4' 'le-pair-cut:\xff\xfeA\x00=\xd8\x00:4'; do
  name=${f%%:*}; off=${f##*:}; bytes=${f#*:}; bytes=${bytes%:*}
  printf "$bytes" > "$WORK/u16-$name.txt"
  expect_status 1 "UTF-16 ending badly ($name) refused" "$VA" segment "$WORK/u16-$name.txt" --lang en
  grep -q "u16-$name.txt: invalid UTF-16 at byte offset $off" "$WORK/err" || fail "UTF-16 $name: offset $off reported ($(cat "$WORK/err"))"
done
printf '\xff\xfeA\x00=\xd8\x00\xde.\x00' > "$WORK/u16-astral.txt"
expect_status 0 "UTF-16 ending in a surrogate pair" "$VA" segment "$WORK/u16-astral.txt" --lang en
[ "$(cat "$WORK/out")" = "A😀." ] || fail "UTF-16 surrogate pair converted ($(cat "$WORK/out"))"

sed 's/$/\r/' "$VI" > "$WORK/crlf.txt"
expect_status 0 "CRLF line ends" "$VA" align "$WORK/crlf.txt" "$EN" -o "$WORK/crlf.tmx"
[ "$(count_tu "$WORK/crlf.tmx")" = "$REF" ] || fail "CRLF: same units"
tr '\n' '\r' < "$EN" > "$WORK/cr.txt"
expect_status 0 "CR line ends" "$VA" align "$VI" "$WORK/cr.txt" -o "$WORK/cr.tmx"
[ "$(count_tu "$WORK/cr.tmx")" = "$REF" ] || fail "CR: same units"

printf 'Xin ch\xc3\xa0o.\x00 T\xc3\xb4i \xc4\x91\xe1\xba\xbfn.\n' > "$WORK/nul.txt"
expect_status 1 "NUL byte refused" "$VA" segment "$WORK/nul.txt" --lang vi
grep -q "nul.txt: NUL byte at byte offset 10" "$WORK/err" || fail "NUL byte: offset reported ($(cat "$WORK/err"))"

printf ' \n\t\n  \n' > "$WORK/blank.txt"
expect_status 1 "white space only refused" "$VA" align "$VI" "$WORK/blank.txt"
grep -q "blank.txt: the text holds no sentence" "$WORK/err" || fail "white space only: clear message"

head -c 4096 /dev/urandom > "$WORK/garbage.bin"
"$VA" align "$WORK/garbage.bin" "$EN" -o "$WORK/g.tmx" > /dev/null 2> "$WORK/err"
st=$?
{ [ "$st" = 1 ] && [ "$(wc -l < "$WORK/err")" = 1 ] && [ ! -e "$WORK/g.tmx" ]; } || fail "binary garbage: one-line error, exit 1, no output (exit $st)"

expect_status 1 "two English files refused" "$VA" align "$EN" "$EN" -o "$WORK/same.tmx"
grep -q "looks like English, not Vietnamese" "$WORK/err" || fail "same language: explained"
[ ! -e "$WORK/same.tmx" ] || fail "same language: no output"
expect_status 1 "swapped files refused" "$VA" align "$EN" "$VI"
expect_status 0 "--any-language overrides" "$VA" align "$EN" "$EN" --any-language -o "$WORK/same.tmx"

# TSV output carries no raw control character (ESC, DEL, C1, U+0001) nor
# U+FFFE/U+FFFF: dropped, as TMX drops them; NEL and U+2028 become spaces
printf 'M\xe1\xbb\x99t c\xc3\xa2u c\xc3\xb3 ESC \x1b[31m \xc4\x91\xe1\xbb\x8f, DEL \x7f, C1 \xc2\x9b v\xc3\xa0 NEL\xc2\x85\xe1\xbb\x9f \xc4\x91\xc3\xa2y, U+2028\xe2\x80\xa8v\xc3\xa0 U+FFFF \xef\xbf\xbf h\xe1\xba\xbft.\n\nC\xc3\xa2u th\xe1\xbb\xa9 hai \x01 \xe1\xbb\x9f \xc4\x91\xc3\xa2y.\n' > "$WORK/ctl.vi"
printf 'A sentence with ESC \x1b[31m red, DEL \x7f, C1 \xc2\x9b and NEL\xc2\x85here, U+2028\xe2\x80\xa8and U+FFFF \xef\xbf\xbf end.\n\nThe second sentence \x01 here.\n' > "$WORK/ctl.en"
for fmt in tsv; do
  expect_status 0 "control characters to $fmt" "$VA" align "$WORK/ctl.vi" "$WORK/ctl.en" --format $fmt --not-parallel-ok
  LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xef\xbf[\xbe\xbf]' "$WORK/out" && fail "$fmt: no raw control character nor U+FFFF ($(od -c "$WORK/out" | head -3))"
  [ "$(wc -l < "$WORK/out")" = 2 ] || fail "$fmt: two lines, one per pair"
  grep -q "ESC \[31m red, DEL , C1  and NEL here, U+2028 and U+FFFF  end." "$WORK/out" || fail "$fmt: the text around them kept ($(head -1 "$WORK/out"))"
done
printf '%s\t%s\tctl\n' "$WORK/ctl.vi" "$WORK/ctl.en" > "$WORK/ctl.tsv"
expect_status 0 "control characters through batch" "$VA" batch "$WORK/ctl.tsv" --not-parallel-ok
LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xef\xbf[\xbe\xbf]' "$WORK/out" && fail "batch TSV: no raw control character"

printf 'Xin ch\xe0o c\xe1c b\xe1n.\n' > "$WORK/inv.txt"
expect_status 0 "--replace-invalid" "$VA" segment "$WORK/inv.txt" --lang vi --replace-invalid
grep -q "Xin ch�o c�c b�n." "$WORK/out" || fail "--replace-invalid gives U+FFFD"
grep -q "3 invalid byte(s) replaced" "$WORK/err" || fail "--replace-invalid warns"
finish
