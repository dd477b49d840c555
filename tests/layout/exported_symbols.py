#!/usr/bin/env python3
"""Checks the symbols the library exports (issue 17): the static library
defines no global symbol outside the prefixes vietalign_ (public) and
vta_/VTA_ (internal), so that it cannot clash with another library linked
into the same program; the shared library exports vietalign_* alone.
Usage: exported_symbols.py NM STATIC_LIB [SHARED_LIB]. Exit 1 on a
violation, listing the symbols."""
import re, subprocess, sys

ALLOWED = re.compile(r'^(vietalign_|vta_|VTA_)')
# what a sanitizer build adds beside each global (AddressSanitizer's
# one-definition-rule markers, __odr_asan.NAME): the compiler's, not ours
INSTRUMENTATION = re.compile(r'^(__odr_asan[._]|__asan_|__tsan_|__ubsan_|__sancov_)')


def defined_globals(nm, lib, dynamic=False):
    args = [nm, '-g', '--defined-only'] + (['-D'] if dynamic else []) + [lib]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    syms = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3:  # address, type, name; members' headers have one
            syms.add(parts[2])
    return syms


def main():
    nm, static = sys.argv[1], sys.argv[2]
    bad = []
    syms = defined_globals(nm, static)
    if not syms:
        print(f'{static}: no symbols found (wrong file?)')
        return 1
    syms = {s for s in syms if not INSTRUMENTATION.match(s)}
    bad += [f'{static}: {s}' for s in sorted(syms) if not ALLOWED.match(s)]
    if len(sys.argv) > 3:
        dyn = defined_globals(nm, sys.argv[3], dynamic=True)
        bad += [f'{sys.argv[3]}: {s}' for s in sorted(dyn) if not s.startswith('vietalign_') and not INSTRUMENTATION.match(s)]
    for b in bad:
        print('exported outside the prefixes:', b)
    print(f'{len(syms)} global symbols in {static}, {len(bad)} outside vietalign_/vta_/VTA_')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
