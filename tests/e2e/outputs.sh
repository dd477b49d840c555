# Outputs (issue 19): --format moses writes PREFIX.vi, PREFIX.en and
# PREFIX.scores line-aligned (batch: PREFIX.ids too), each the column of
# the TSV records; align and batch share one TSV layout (vi, en, score,
# then batch's id) and --header names the columns; no output is written
# over an input, and a failed run leaves no file.
. "$(dirname "$0")/lib.sh"
VI=$SRC/corpus/deepseek.vi.txt; EN=$SRC/corpus/deepseek.en.txt
cd "$WORK" || exit 1

# --- align: moses files are the TSV's columns
expect_status 0 "align TSV" "$VA" align "$VI" "$EN" --format tsv -o pair.tsv
expect_status 1 "moses into a missing directory" "$VA" align "$VI" "$EN" --format moses -o m/pair
mkdir m
expect_status 0 "align --format moses -o m/pair" "$VA" align "$VI" "$EN" --format moses -o m/pair
[ "$(ls m)" = "$(printf 'pair.en\npair.scores\npair.vi')" ] || fail "align writes PREFIX.vi, .en, .scores ($(ls m | tr '\n' ' '))"
N=$(wc -l < pair.tsv)
[ "$N" -gt 30 ] || fail "the pair gives pairs ($N)"
for s in vi en scores; do [ "$(wc -l < "m/pair.$s")" = "$N" ] || fail "m/pair.$s has $N lines"; done
paste m/pair.vi m/pair.en m/pair.scores | cmp -s - pair.tsv || fail "moses files = TSV columns, line by line"
awk '$1 < 0 || $1 > 1 || NF != 1 { bad = 1 } END { exit bad }' m/pair.scores || fail "one score in [0, 1] a line"

# --- one TSV layout, --header
expect_status 0 "align --header" "$VA" align "$VI" "$EN" --format tsv --header -o head.tsv
[ "$(head -1 head.tsv)" = "$(printf 'vi\ten\tscore')" ] || fail "align header: vi, en, score"
tail -n +2 head.tsv | cmp -s - pair.tsv || fail "align --header: the same records after it"
printf '%s\t%s\tds\n' "$VI" "$EN" > manifest.tsv
expect_status 0 "batch --header" "$VA" batch manifest.tsv --header -o batch.tsv
[ "$(head -1 batch.tsv)" = "$(printf 'vi\ten\tscore\tid')" ] || fail "batch header: vi, en, score, id"
tail -n +2 batch.tsv | cut -f1-3 | cmp -s - pair.tsv || fail "batch's first three columns are align's"
[ "$(tail -n +2 batch.tsv | cut -f4 | sort -u)" = ds ] || fail "batch's fourth column is the id"
expect_status 0 "batch --format moses" "$VA" batch manifest.tsv --format moses -o m/batch
for s in vi en scores ids; do [ "$(wc -l < "m/batch.$s")" = "$N" ] || fail "m/batch.$s has $N lines"; done
paste m/batch.vi m/batch.en m/batch.scores m/batch.ids | cmp -s - <(tail -n +2 batch.tsv) || fail "batch moses files = TSV columns"

# --- usage errors
expect_status 2 "moses needs -o" "$VA" align "$VI" "$EN" --format moses
grep -q "needs -o PREFIX" err || fail "moses without -o says why"
expect_status 2 "--header with TMX" "$VA" align "$VI" "$EN" --header
expect_status 2 "batch moses to stdout" "$VA" batch manifest.tsv --format moses -o -

# --- never over an input; a failed run leaves nothing
cp "$VI" in.vi; cp "$EN" in.en; cp in.vi keep.vi
expect_status 2 "-o an input" "$VA" align in.vi in.en --format tsv -o in.vi
grep -q "is the input VI_FILE" err || fail "-o an input: said"
cmp -s in.vi keep.vi || fail "-o an input: the input is untouched"
ln -s in.en link.en
expect_status 2 "-o a link to an input" "$VA" align in.vi in.en -o link.en
expect_status 2 "moses PREFIX.vi an input is refused as a usage error" "$VA" align in.vi in.en --format moses -o in
cmp -s in.vi keep.vi || fail "moses over an input: the input is untouched"
[ -e in.scores ] && fail "moses over an input: no file written"
expect_status 2 "batch -o its manifest" "$VA" batch manifest.tsv -o manifest.tsv
[ "$(cat manifest.tsv)" = "$(printf '%s\t%s\tds' "$VI" "$EN")" ] || fail "the manifest is untouched"
expect_status 1 "moses with a missing input" "$VA" align in.vi nothere.en --format moses -o gone
ls gone* > /dev/null 2>&1 && fail "a failed run leaves no moses file ($(ls gone*))"
ls m/*.tmp* > /dev/null 2>&1 && fail "no temporary file left"
finish
