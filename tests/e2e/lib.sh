# Helpers for the end-to-end tests: source this, then call the checks.
set -u
VA=$1; SRC=$2; SHARED=$3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FAILS=0
# VIETALIGN_VALGRIND=1 runs every vietalign of the test under valgrind
# memcheck (any error or leak fails the command with status 99).
if [ -n "${VIETALIGN_VALGRIND:-}" ]; then
  REAL_VA=$VA
  VA=$WORK/vietalign-valgrind
  printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect "%s" "$@"\n' "$REAL_VA" > "$VA"
  chmod +x "$VA"
fi
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
pass() { echo "ok: $*"; }
# expect_status WANT DESCRIPTION CMD...: runs CMD, compares its exit status.
expect_status() {
  local want=$1 what=$2; shift 2
  "$@" >"$WORK/out" 2>"$WORK/err"; local got=$?
  if [ "$got" = "$want" ]; then pass "$what"; else fail "$what: exit $got, wanted $want; stderr: $(head -c 300 "$WORK/err")"; fi
}
# term_leaves_nothing OUT WHAT CMD...: runs CMD in the background, waits
# for its temporary file OUT.tmp*, ends it with SIGTERM (Ctrl-C in a
# terminal; a background job ignores SIGINT), then checks that it ended as
# the signal would and left neither OUT nor the temporary file.
term_leaves_nothing() {
  local out=$1 what=$2 pid st; shift 2
  "$@" 2> "$WORK/term.err" &
  pid=$!
  for _ in $(seq 600); do
    ls "$out".tmp* > /dev/null 2>&1 && break
    sleep 0.05
  done
  ls "$out".tmp* > /dev/null 2>&1 || fail "$what writes into a temporary file beside its output"
  kill -TERM "$pid"
  wait "$pid"
  st=$?
  [ "$st" = 143 ] || fail "$what ended by SIGTERM ends as the signal would (exit $st, wanted 143)"
  if ls "$out"* > /dev/null 2>&1; then
    fail "$what: output or temporary file left after SIGTERM ($(ls "$out"*))"
  else
    pass "$what, SIGTERM: no output, no temporary file left"
  fi
}
# Every TMX a test wrote (but those made broken on purpose, named bad*,
# broken*, not*, keep*, and en*, whose English source tmx-check's
# translate-toolkit line rejects by design) must pass tmx-check.
check_all_tmx() {
  local f
  [ -x "$SHARED/tools/tmx-check" ] && command -v xmllint > /dev/null && /usr/bin/python3 -c 'import translate' 2> /dev/null || return 0
  for f in "$WORK"/*.tmx; do
    [ -e "$f" ] || continue
    case $(basename "$f") in bad*|broken*|not*|keep*|en*) continue ;; esac
    "$SHARED/tools/tmx-check" "$f" > "$WORK/tmxcheck.txt" 2>&1 || fail "tmx-check $(basename "$f"): $(grep FAIL "$WORK/tmxcheck.txt" | head -3)"
  done
}
finish() {
  check_all_tmx
  if [ "$FAILS" = 0 ]; then echo "all checks passed"; exit 0; else echo "$FAILS check(s) failed"; exit 1; fi
}
