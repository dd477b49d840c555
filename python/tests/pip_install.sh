#!/usr/bin/env bash
# The README's offline install, as a user runs it: pip builds the package
# from a copy of python/, lib/ and include/ (pip builds in the source tree)
# without a network or build isolation, into a target directory (which
# Debian 12's "externally managed" guard allows), and the pytest suite
# then runs against that install.
#   pip_install.sh PYTHON SOURCE_DIR
set -euo pipefail
PY=$1; SRC=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/src"
cp -r "$SRC/python" "$SRC/lib" "$SRC/include" "$WORK/src/"
rm -rf "$WORK/src/python/build" "$WORK/src/python"/*.egg-info
"$PY" -m pip install --no-build-isolation --no-index --no-deps --no-cache-dir --disable-pip-version-check \
    --target "$WORK/site" "$WORK/src/python"
for f in __init__.py _vietalign.pyi py.typed; do
  [ -f "$WORK/site/vietalign/$f" ] || { echo "FAIL: vietalign/$f not installed"; exit 1; }
done
ls "$WORK/site/vietalign"/_vietalign*.so > /dev/null || { echo "FAIL: no extension module installed"; exit 1; }
# the library's symbols stay inside the module: it exports its init only
if nm -D --defined-only "$WORK/site/vietalign"/_vietalign*.so | grep -q ' vietalign_'; then
  echo "FAIL: the module exports libvietalign's symbols"; exit 1
fi
cd "$WORK"
PYTHONPATH=$WORK/site VIETALIGN_TEST_PACKAGE=$WORK/site/vietalign VIETALIGN_SOURCE_DIR=$SRC \
    "$PY" -m pytest -p no:cacheprovider -q "$SRC/python/tests"
