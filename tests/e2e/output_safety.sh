# No output may overwrite an input, nor another output: files are told
# apart by identity (device and inode), so symbolic and hard links and
# other spellings of the same name are caught; the refusal is one line,
# exit status 2, and every file is left as it was.
. "$(dirname "$0")/lib.sh"
cp "$SRC/corpus/deepseek.vi.txt" "$WORK/v.txt"
cp "$SRC/corpus/deepseek.en.txt" "$WORK/e.txt"
cp "$SRC/corpus/deepseek.page.txt" "$WORK/p.txt"
cd "$WORK" || exit 1
sum() { md5sum v.txt e.txt p.txt | md5sum; }
BEFORE=$(sum)
# refused OPTION_LABEL DESCRIPTION CMD...: exit 2, one line naming the file
refused() {
  local what=$1; shift
  expect_status 2 "$what" "$@"
  [ "$(wc -l < "$WORK/err")" = 1 ] || fail "$what: one line on stderr ($(cat "$WORK/err"))"
  grep -q "refused" "$WORK/err" || fail "$what: says it is refused ($(cat "$WORK/err"))"
  [ "$(sum)" = "$BEFORE" ] || fail "$what: the inputs are untouched"
  ls | grep -q '\.tmp' && fail "$what: temporary file left behind"
}
refused "align -o VI_FILE" "$VA" align v.txt e.txt -o v.txt
grep -q "the output -o 'v.txt' is the input VI_FILE 'v.txt'" "$WORK/err" || fail "align -o: names both ($(cat "$WORK/err"))"
refused "align -o EN_FILE" "$VA" align v.txt e.txt -o ./e.txt
ln -s e.txt link.txt
refused "align -o through a symbolic link" "$VA" align v.txt e.txt -o link.txt
ln e.txt hard.txt
refused "align -o through a hard link" "$VA" align v.txt e.txt -o hard.txt
refused "align of a mixed file -o into it" "$VA" align p.txt -o "$WORK/../$(basename "$WORK")/p.txt"
refused "align - -o the file on standard input" sh -c "\"$VA\" align - e.txt -o v.txt < v.txt"
refused "split --vi FILE" "$VA" split p.txt --vi p.txt --en x.txt
[ ! -e x.txt ] || fail "split --vi FILE: the --en is not written either"
refused "split --en FILE" "$VA" split p.txt --vi x.txt --en p.txt
refused "split --vi and --en the same new file" "$VA" split p.txt --vi same.txt --en same.txt
[ ! -e same.txt ] || fail "split --vi same --en same: nothing written"
refused "split --vi and --en the same new file by two names" "$VA" split p.txt --vi same.txt --en ./same.txt
echo old > same.txt
refused "split --vi and --en the same existing file" "$VA" split p.txt --vi same.txt --en same.txt
[ "$(cat same.txt)" = old ] || fail "split --vi same --en same: the file is left as it was"
refused "check --html EN_FILE" "$VA" check v.txt e.txt --html e.txt
printf 'v.txt\te.txt\tdoc\n' > m.tsv
BEFORE_M=$(md5sum m.tsv)
refused "batch -o MANIFEST" "$VA" batch m.tsv -o m.tsv
refused "batch --summary MANIFEST" "$VA" batch m.tsv --summary m.tsv
refused "batch -o and --summary the same file" "$VA" batch m.tsv -o out.tsv --summary out.tsv
[ "$(md5sum m.tsv)" = "$BEFORE_M" ] || fail "batch: the manifest is untouched"
# a document of the batch that is its output: the batch stops, writes
# nothing (the output would be renamed over the document at the end)
expect_status 1 "batch: a document that is the output stops the batch" "$VA" batch m.tsv -o e.txt
grep -q "doc: e.txt is an output file (-o): refused; the batch stops" "$WORK/err" || fail "batch: the document that is -o is named ($(cat "$WORK/err"))"
[ "$(sum)" = "$BEFORE" ] || fail "batch: the document that is -o is untouched"
# the same for a document that is one of the Moses files of -o PREFIX
cp v.txt a.vi
printf 'a.vi\te.txt\tmo\n' > ma.tsv
expect_status 1 "batch: a document that is a Moses file stops the batch" "$VA" batch ma.tsv --format moses -o a
grep -q "mo: a.vi is an output file (-o): refused; the batch stops" "$WORK/err" || fail "batch moses: the document is named ($(cat "$WORK/err"))"
cmp -s a.vi v.txt || fail "batch moses: the document that is PREFIX.vi is untouched"
ls a.en a.scores a.ids > /dev/null 2>&1 && fail "batch moses: nothing written"
refused "batch --summary that is a Moses file of -o" "$VA" batch m.tsv --format moses -o mo --summary mo.vi
grep -q "the outputs -o 'mo.vi' and --summary 'mo.vi' are the same file" "$WORK/err" || fail "batch moses --summary: named ($(cat "$WORK/err"))"
cp e.txt a.en
refused "align --format moses -o PREFIX whose PREFIX.vi is VI_FILE" "$VA" align a.vi a.en --format moses -o a
grep -q "align: the output -o 'a.vi' is the input VI_FILE 'a.vi'" "$WORK/err" || fail "align moses: named ($(cat "$WORK/err"))"
cp m.tsv mo.ids
refused "batch MANIFEST that is a Moses file of -o" "$VA" batch mo.ids --format moses -o mo
cmp -s m.tsv mo.ids || fail "batch moses: the manifest that is PREFIX.ids is untouched"
ls | grep -q '\.tmp' && fail "batch: temporary file left behind"
# what must still work: standard streams, devices, distinct files
expect_status 0 "align -o a new file" "$VA" align v.txt e.txt -o new.tmx
expect_status 0 "split --vi and --en to /dev/null" "$VA" split p.txt --vi /dev/null --en /dev/null
expect_status 0 "batch --summary - and -o -" "$VA" batch m.tsv --summary - -o -
# rewriting an output keeps its permission bits
umask 022
for cmd in "align v.txt e.txt -o priv.out" "batch m.tsv -o priv.out" "check v.txt e.txt --html priv.out" \
           "split p.txt --vi priv.out --en priv2.out"; do
  echo old > priv.out; chmod 600 priv.out
  # shellcheck disable=SC2086
  "$VA" $cmd > /dev/null 2>&1
  [ "$(cat priv.out)" != old ] || fail "$cmd: the output is rewritten"
  [ "$(stat -c %a priv.out)" = 600 ] || fail "$cmd: a 600 output stays 600 ($(stat -c %a priv.out))"
done
rm -f priv.out; "$VA" align v.txt e.txt -o priv.out
[ "$(stat -c %a priv.out)" = 644 ] || fail "a new output gets 644 under umask 022 ($(stat -c %a priv.out))"
pass "outputs keep their permission bits"
finish
