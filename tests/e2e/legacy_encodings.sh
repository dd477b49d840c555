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
finish
