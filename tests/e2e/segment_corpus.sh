# `segment`: one sentence per line, blank line between paragraphs; every gold
# sentence of the corpus pair is a line (or a run of lines) of the output.
. "$(dirname "$0")/lib.sh"
for lang in vi en; do
  expect_status 0 "segment $lang" "$VA" segment "$SRC/corpus/deepseek.$lang.txt" --lang $lang
  cp "$WORK/out" "$WORK/seg.$lang"
done
python3 - "$WORK/seg.vi" "$WORK/seg.en" "$SRC/corpus/deepseek.gold.tsv" <<'PY' || fail "segmentation matches the gold sentences"
import sys
gold = [l.rstrip('\n').split('\t') for l in open(sys.argv[3], encoding='utf-8')]
for side, path in ((0, sys.argv[1]), (1, sys.argv[2])):
    lines = [l.rstrip('\n') for l in open(path, encoding='utf-8')]
    sents = [l for l in lines if l]
    paras = lines.count('') + 1
    text = set(sents)
    missing = [g[side] for g in gold if g[side] not in text]
    assert not missing, ('gold sentences not produced', missing[:3])
    assert paras >= 25, ('too few paragraphs', paras)
print('segmentation ok')
PY
# --soft marks the soft boundaries where align may cut a sentence, and
# changes nothing else: without the marks, the same lines
printf 'Check it as follows: the aptitude command\nShe met them on Monday in Paris.\n' > "$WORK/soft.en"
expect_status 0 "segment --soft" "$VA" segment "$WORK/soft.en" --lang en --soft
grep -qxF 'Check it as follows: |colon| the aptitude command' "$WORK/out" || fail "segment --soft marks the colon ($(cat "$WORK/out"))"
grep -qxF 'She met them on Monday in Paris.' "$WORK/out" || fail "segment --soft: a name is no boundary"
expect_status 0 "segment --soft corpus" "$VA" segment "$SRC/corpus/deepseek.vi.txt" --lang vi --soft
sed 's/ |[a-z]*| / /g' "$WORK/out" | cmp -s - "$WORK/seg.vi" || fail "segment --soft: the same sentences once unmarked"
finish
