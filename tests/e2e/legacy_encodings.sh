# Vietnamese in Windows-1258, VISCII, TCVN3 and VNI (and VNI saved as UTF-8
# through Windows-1252) is found, said on stderr, converted, and aligned
# as its UTF-8 original is; English (UTF-8) and Latin-1 French, German and
# English are never taken for it.
. "$(dirname "$0")/lib.sh"
EN=$SRC/corpus/deepseek.en.txt
python3 "$SRC/tests/e2e/legacy_encode.py" "$SRC/corpus/deepseek.vi.txt" "$WORK" || { echo "cannot encode the fixtures"; exit 1; }
"$VA" align "$WORK/vi.utf8" "$EN" --format tsv -o "$WORK/ref.tsv" 2>/dev/null || fail "the UTF-8 reference aligns"
[ -f "$WORK/vi.lower" ] && "$VA" align "$WORK/vi.lower" "$EN" --format tsv -o "$WORK/ref.lower.tsv" 2>/dev/null
for enc in cp1258 viscii tcvn3 vni vniutf8; do
  [ -f "$WORK/vi.$enc" ] || { echo "skip: $enc (glibc's charmaps missing)"; continue; }
  ref=$WORK/ref.tsv; [ "$enc" = tcvn3 ] && ref=$WORK/ref.lower.tsv
  if "$VA" align "$WORK/vi.$enc" "$EN" --format tsv -o "$WORK/$enc.tsv" 2>"$WORK/$enc.err"; then
    cmp -s "$ref" "$WORK/$enc.tsv" && pass "$enc: the same pairs as the UTF-8 original" ||
      fail "$enc: pairs differ from the UTF-8 original"
  else
    fail "$enc: align failed: $(head -c 300 "$WORK/$enc.err")"
  fi
  case $enc in
    cp1258) name=windows-1258 ;; vniutf8) name="VNI saved as UTF-8" ;; *) name=$enc ;;
  esac
  grep -q "vi.$enc: note: read as $name" "$WORK/$enc.err" && pass "$enc: stderr names $name" ||
    fail "$enc: stderr does not name $name: $(cat "$WORK/$enc.err")"
done
# Windows-1258 writes tones as combining marks: the text comes out NFC
"$VA" segment "$WORK/vi.cp1258" --lang vi > "$WORK/seg.txt" 2>/dev/null
python3 -c "import sys, unicodedata; t = open(sys.argv[1], encoding='utf-8').read(); sys.exit(t != unicodedata.normalize('NFC', t) or 'thị trường' not in t)" "$WORK/seg.txt" &&
  pass "windows-1258 comes out NFC" || fail "windows-1258 does not come out NFC"
# asked for by name; refused as UTF-8 with the encoding named
expect_status 0 "--encoding vni converts" "$VA" segment "$WORK/vi.vni" --lang vi --encoding vni
grep -q "nghĩ" "$WORK/out" && pass "--encoding vni reads VNI" || fail "--encoding vni does not read VNI"
expect_status 1 "--encoding utf-8 refuses VNI" "$VA" align "$WORK/vi.vni" "$EN" --encoding utf-8
grep -q "not UTF-8 but Vietnamese in vni" "$WORK/err" && pass "the refusal names the encoding" ||
  fail "the refusal does not name vni: $(cat "$WORK/err")"
expect_status 2 "--encoding with an unknown name is refused" "$VA" align "$WORK/vi.vni" "$EN" --encoding koi8-r
# never English taken for Vietnamese
expect_status 0 "English in UTF-8 is read as it is" "$VA" segment "$EN" --lang en
grep -q "read as" "$WORK/err" && fail "English in UTF-8 was converted: $(cat "$WORK/err")"
python3 - "$WORK" <<'PY'
import sys
fr = ("La coopération économique entre les deux pays a été renforcée l'année dernière. Les négociations ont "
      "duré plusieurs mois, mais le résultat a dépassé les prévisions. « C'est un succès remarquable », a déclaré "
      "le ministre. Le naïf observateur pourrait croire que tout est réglé; où en sommes-nous? Les élèves de "
      "l'école ont appris à écrire des poèmes en hiver, près du lac gelé.\n")
de = ("Die Bundesregierung hat am Dienstag überraschend angekündigt, dass die Förderung für Elektroautos "
      "früher als geplant endet. Viele Käufer sind verärgert. Das ist für uns eine große Enttäuschung, sagte ein "
      "Sprecher. Die Straßenbahn in München fährt nur eingeschränkt. Müller und Schäfer äußerten sich später; "
      "die Gebühren würden nicht erhöht.\n")
en = ("The café on the corner served crème brûlée and a naïve résumé of the day's news. Señor Muñoz, the "
      "façade's designer, smiled at the rôle he played.\n")
for name, text in (('fr', fr), ('de', de), ('en', en)):
    open('%s/%s.latin1' % (sys.argv[1], name), 'wb').write(text.encode('latin-1'))
PY
for f in fr de en; do
  expect_status 1 "Latin-1 $f is not UTF-8" "$VA" segment "$WORK/$f.latin1" --lang en
  grep -q "invalid UTF-8" "$WORK/err" && ! grep -q "read as" "$WORK/err" &&
    pass "Latin-1 $f is not taken for Vietnamese" || fail "Latin-1 $f: $(cat "$WORK/err")"
done
# check, split and batch read legacy encodings as align does, found or
# named with --encoding (for batch, every document; a file in UTF-8, the
# English one, is read as UTF-8 still): the same findings, halves and
# pairs as from the UTF-8 original
mkdir "$WORK/page"
python3 "$SRC/tests/e2e/legacy_encode.py" "$SRC/corpus/deepseek.page.txt" "$WORK/page" || fail "cannot encode the page"
"$VA" check "$WORK/vi.utf8" "$EN" > "$WORK/check.ref" 2>/dev/null
"$VA" split "$WORK/page/vi.utf8" --vi "$WORK/split.ref.vi" --en "$WORK/split.ref.en" 2>/dev/null || fail "the UTF-8 page splits"
printf '%s\t%s\tdoc\n' "$WORK/vi.utf8" "$EN" > "$WORK/m.utf8.tsv"
"$VA" batch "$WORK/m.utf8.tsv" -o "$WORK/batch.ref" 2>/dev/null || fail "the UTF-8 batch aligns"
[ -s "$WORK/check.ref" ] && [ -s "$WORK/split.ref.vi" ] && [ -s "$WORK/split.ref.en" ] && [ -s "$WORK/batch.ref" ] || fail "the UTF-8 references are written"
for enc in cp1258 viscii; do
  [ -f "$WORK/vi.$enc" ] || { echo "skip: $enc (glibc's charmaps missing)"; continue; }
  name=$enc; [ "$enc" = cp1258 ] && name=windows-1258
  for how in found named; do
    opt=; [ "$how" = named ] && opt="--encoding=$name"
    "$VA" check "$WORK/vi.$enc" "$EN" $opt 2>/dev/null | sed "s#$WORK/vi.$enc#$WORK/vi.utf8#g" > "$WORK/check.$enc"
    cmp -s "$WORK/check.ref" "$WORK/check.$enc" && pass "check, $enc $how: the same findings as UTF-8" ||
      fail "check, $enc $how: findings differ: $(diff "$WORK/check.ref" "$WORK/check.$enc" | head -3)"
    "$VA" split "$WORK/page/vi.$enc" $opt --vi "$WORK/split.vi" --en "$WORK/split.en" 2>"$WORK/split.err" || fail "split, $enc $how: $(cat "$WORK/split.err")"
    cmp -s "$WORK/split.ref.vi" "$WORK/split.vi" && cmp -s "$WORK/split.ref.en" "$WORK/split.en" &&
      pass "split, $enc $how: the same halves as UTF-8" || fail "split, $enc $how: halves differ from UTF-8"
    printf '%s\t%s\tdoc\n' "$WORK/vi.$enc" "$EN" > "$WORK/m.tsv"
    "$VA" batch "$WORK/m.tsv" $opt -o "$WORK/batch.out" 2>"$WORK/batch.err" || fail "batch, $enc $how: $(cat "$WORK/batch.err")"
    cmp -s "$WORK/batch.ref" "$WORK/batch.out" && pass "batch, $enc $how: the same pairs as UTF-8" ||
      fail "batch, $enc $how: pairs differ: $(diff "$WORK/batch.ref" "$WORK/batch.out" | head -3)"
  done
  "$VA" align "$WORK/vi.$enc" "$EN" --encoding "$name" --format tsv -o "$WORK/$enc.named.tsv" 2>/dev/null
  cmp -s "$WORK/ref.tsv" "$WORK/$enc.named.tsv" && pass "align --encoding $name: the UTF-8 English side is read as UTF-8" ||
    fail "align --encoding $name: pairs differ from UTF-8"
done
# a name that is no encoding: one line naming the option, the value and
# the names it takes, for every command
for cmd in "align $WORK/vi.utf8 $EN" "check $WORK/vi.utf8 $EN" "split $WORK/page/vi.utf8 --vi $WORK/x.vi --en $WORK/x.en" \
           "batch $WORK/m.utf8.tsv" "segment $EN --lang en"; do
  c=${cmd%% *}
  expect_status 2 "$c --encoding koi8-r is refused" $VA $cmd --encoding koi8-r
  [ "$(cat "$WORK/err")" = "vietalign: $c: bad value 'koi8-r' for --encoding (auto, utf-8, windows-1258, viscii, tcvn3 or vni)" ] ||
    fail "$c: the refusal is one line naming the problem ($(cat "$WORK/err"))"
done
[ -e "$WORK/x.vi" ] && fail "split --encoding koi8-r wrote an output"
expect_status 0 "names in any case, and utf8 and cp1258, are taken" "$VA" segment "$WORK/vi.cp1258" --lang vi --encoding CP1258
grep -q "thị trường" "$WORK/out" || fail "--encoding CP1258 reads Windows-1258"
finish
