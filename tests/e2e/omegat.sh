# OmegaT, a real CAT tool, translates the Vietnamese of the corpus pair with
# the English of our TMX (tmx-check --omegat: a project whose tm/auto/ holds
# the TMX and whose source file holds every Vietnamese segment).
. "$(dirname "$0")/lib.sh"
[ -x "$SHARED/tools/tmx-check" ] || { echo "shared/tools missing"; exit 77; }
[ -e /usr/share/omegat/OmegaT.jar ] || { echo "OmegaT not installed (apt-get install omegat)"; exit 77; }
expect_status 0 "align the corpus pair" "$VA" align "$SRC/corpus/deepseek.vi.txt" "$SRC/corpus/deepseek.en.txt" -o "$WORK/pair.tmx"
expect_status 0 "tmx-check --omegat" "$SHARED/tools/tmx-check" "$WORK/pair.tmx" --omegat
grep "omegat" "$WORK/out"
grep -q "PASS  omegat .*41/41" "$WORK/out" || fail "OmegaT used every unit"
finish
