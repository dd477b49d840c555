# examples/snakemake: the workflow cuts a manifest of shared evaluation
# documents into shards, runs `vietalign batch` on each and merges them; the
# merged TSV, TMX and summary must equal a single `vietalign batch` run on
# the whole manifest, byte for byte. Skipped without snakemake or ../shared.
. "$(dirname "$0")/lib.sh"
command -v snakemake > /dev/null || { echo "snakemake not installed (apt-get install snakemake)"; exit 77; }
[ -d "$SHARED/eval/data" ] && command -v python3 > /dev/null || { echo "../shared/eval/data or python3 missing"; exit 77; }
export SOURCE_DATE_EPOCH=1700000000
# a few documents of each set (under valgrind, one)
MAX=4
[ -n "${VIETALIGN_VALGRIND:-}" ] && MAX=1
python3 "$(dirname "$0")/batch_eval_docs.py" --max "$MAX" "$WORK/docs" "$WORK/docs/manifest.tsv" "$SHARED"/eval/data/*.jsonl
# a pair that fails, to see it through the shards into the summary
printf 'nothere.vi.txt\tnothere.en.txt\tmissing\n' >> "$WORK/docs/manifest.tsv"
cp -r "$SRC/examples/snakemake" "$WORK/wf"
cd "$WORK/wf" || exit 1

for fmt in tsv tmx jsonl; do
  expect_status 5 "single batch run, $fmt (one pair fails)" "$VA" batch "$WORK/docs/manifest.tsv" --format "$fmt" --threads 2 \
    -o "$WORK/single.$fmt" --summary "$WORK/single-summary-$fmt.tsv"
  if snakemake --cores 2 --config manifest="$WORK/docs/manifest.tsv" shards=3 threads_per_shard=1 format="$fmt" \
      vietalign="$VA" outdir="res-$fmt" > "$WORK/smk-$fmt.log" 2>&1; then
    pass "snakemake --cores 2, format $fmt"
  else
    fail "snakemake, format $fmt: $(tail -20 "$WORK/smk-$fmt.log")"
    continue
  fi
  [ "$(ls res-$fmt/shards/*.manifest.tsv | wc -l)" = 3 ] || fail "$fmt: three shards"
  cmp -s "res-$fmt/aligned.$fmt" "$WORK/single.$fmt" || fail "$fmt: merged output = single run ($(cmp "res-$fmt/aligned.$fmt" "$WORK/single.$fmt"))"
  cmp -s "res-$fmt/summary.tsv" "$WORK/single-summary-$fmt.tsv" || fail "$fmt: merged summary = single run's"
  grep -q "^missing"$'\t'"failed" "res-$fmt/summary.tsv" || fail "$fmt: the failed pair in the summary"
done
[ "$(grep -c '<tu ' "$WORK/single.tmx")" -gt 100 ] || fail "the TMX holds the pairs"
cp res-tmx/aligned.tmx "$WORK/merged.tmx" # tmx-check runs on it at the end
# the SLURM profile is a valid Snakemake 7 profile (dry run: no sbatch called)
snakemake -n --profile profiles/slurm --config manifest="$WORK/docs/manifest.tsv" shards=2 outdir=res-slurm > "$WORK/dry.log" 2>&1 \
  || fail "slurm profile dry run: $(tail -5 "$WORK/dry.log")"
finish
