# User dictionaries and glossaries (issue 19): --dict in hunalign's format,
# TSV and TBX decides how real sentences are grouped; a bad file is one
# error line naming the file and line; `vietalign lexicon` prints the
# built-in tables in the TSV format, which --dict reads back.
. "$(dirname "$0")/lib.sh"
GOLD=$SRC/corpus/deepseek.gold.tsv
cd "$WORK" || exit 1
# The corpus pair's units 32 to 34, one per line, with the heading "Tín
# hiệu bi quan" (unit 33) run into the Vietnamese line before it: by length
# alone its translation "Bearish signals" goes with the sentence after it.
printf '%s %s\n%s\n' "$(sed -n 32p "$GOLD" | cut -f1)" "$(sed -n 33p "$GOLD" | cut -f1)" "$(sed -n 34p "$GOLD" | cut -f1)" > vi.txt
sed -n 32,34p "$GOLD" | cut -f2 > en.txt
# first VI EN...: the English lines aligned with the first Vietnamese line
first() { awk -F'\t' 'NR == 1 { print $2 }' "$1"; }
WANT="$(sed -n 32p "$GOLD" | cut -f2) Bearish signals"

expect_status 0 "no dictionary" "$VA" align vi.txt en.txt --presplit --format tsv -o none.tsv
[ "$(first none.tsv)" != "$WANT" ] || fail "the case needs a dictionary (it aligns right without one)"
printf 'bullish @ lạc quan\nbearish @ bi quan\n' > fin.dict
expect_status 0 "--dict hunalign" "$VA" align vi.txt en.txt --presplit --format tsv -o hun.tsv --dict fin.dict
[ "$(first hun.tsv)" = "$WANT" ] || fail "hunalign dictionary: the heading goes with its translation ($(first hun.tsv | cut -c1-60))"
printf '# finance\ntín hiệu bi quan\tbearish signal\tnote\n' > fin.tsv
expect_status 0 "--dict TSV, multi-word terms" "$VA" align vi.txt en.txt --presplit --format tsv -o tsv.tsv --dict fin.tsv
[ "$(first tsv.tsv)" = "$WANT" ] || fail "TSV glossary: the heading goes with its translation"
cat > fin.tbx << 'TBX'
<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="bearish">
      <langSec xml:lang="en"><termSec><term>bearish</term></termSec></langSec>
      <langSec xml:lang="vi"><termSec><term>bi quan</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
TBX
expect_status 0 "--dict TBX" "$VA" align vi.txt en.txt --presplit --format tsv -o tbx.tsv --dict fin.tbx
[ "$(first tbx.tsv)" = "$WANT" ] || fail "TBX glossary: the heading goes with its translation"
cp fin.tbx fin.xml
expect_status 0 "--dict-format tbx" "$VA" align vi.txt en.txt --presplit --format tsv -o tbx2.tsv --dict-format tbx --dict fin.xml --dict-format auto --dict fin.dict
cmp -s tbx.tsv tbx2.tsv || fail "--dict repeated with --dict-format"
printf '%s\t%s\tcase\n' "$WORK/vi.txt" "$WORK/en.txt" > manifest.tsv
expect_status 0 "batch --dict" "$VA" batch manifest.tsv --presplit --dict fin.dict -o batch.tsv --threads 2
[ "$(first batch.tsv)" = "$WANT" ] || fail "batch --dict: every worker has the dictionary"
expect_status 0 "check --dict" "$VA" check vi.txt en.txt --presplit --dict fin.dict --json

# --- bad files: one line naming the file and line, exit 1, no output
printf 'bearish @ bi quan\nbullish = lạc quan\n' > bad.dict
expect_status 1 "bad hunalign line" "$VA" align vi.txt en.txt --presplit -o out.tmx --dict bad.dict
grep -qx "vietalign: bad.dict:2: expected 'english phrase @ vietnamese phrase'" err || fail "bad line named ($(cat err))"
[ -e out.tmx ] && fail "no output after a bad dictionary"
printf 'bi quan\tbearish\nlạc quan\t\n' > bad.tsv
expect_status 1 "empty English term" "$VA" align vi.txt en.txt --dict bad.tsv
grep -qx "vietalign: bad.tsv:2: empty English term" err || fail "empty term named ($(cat err))"
printf 'bi quan\tbear\xffish\n' > badutf.tsv
expect_status 1 "invalid UTF-8 in a glossary" "$VA" batch manifest.tsv --dict badutf.tsv
grep -qx "vietalign: badutf.tsv:1: invalid UTF-8" err || fail "invalid UTF-8 named ($(cat err))"
head -6 fin.tbx > broken.tbx
expect_status 1 "truncated TBX" "$VA" check vi.txt en.txt --dict broken.tbx
grep -q "^vietalign: broken.tbx:[0-9]*: not well-formed XML: " err || fail "broken TBX named ($(cat err))"
expect_status 1 "missing dictionary" "$VA" align vi.txt en.txt --dict nothere.tsv
grep -q "nothere.tsv: No such file" err || fail "missing dictionary named"
expect_status 2 "unknown --dict-format" "$VA" align vi.txt en.txt --dict-format csv --dict fin.tsv
expect_status 1 "-o over a dictionary" "$VA" align vi.txt en.txt --format tsv --dict fin.tsv -o fin.tsv
head -1 fin.tsv | grep -q '^# finance' || fail "the dictionary is untouched"

# --- the built-in tables, and back
expect_status 0 "lexicon" "$VA" lexicon
cp out lexicon.tsv
grep -q "^thị trường"$'\t' lexicon.tsv || fail "lexicon prints the word table"
grep -q "^Nhật Bản"$'\t'"Japan" lexicon.tsv || fail "lexicon prints the place table"
[ "$(grep -v '^#' lexicon.tsv | grep -c -v $'\t')" = 0 ] || fail "every line an entry or a comment"
expect_status 0 "lexicon --table words" "$VA" lexicon --table words
grep -q "^Nhật Bản" out && fail "--table words: no places"
cp out words.tsv
expect_status 0 "--dict reads the lexicon back" "$VA" align vi.txt en.txt --presplit --format tsv -o all.tsv --dict lexicon.tsv
expect_status 0 "--dict reads the word table back" "$VA" align vi.txt en.txt --presplit --format tsv -o back.tsv --dict words.tsv
cmp -s back.tsv none.tsv || fail "the built-in word table given again changes nothing"
expect_status 2 "lexicon bad option" "$VA" lexicon --table names
finish
