"""Builds the vietalign Python package.

The extension module (vietalign._vietalign) compiles libvietalign's C
sources (../lib, every .c file under it) and the data tables they declare
(lib/**/NAME.tsv, turned into C arrays as cmake/embed.cmake does) into itself, so that it
needs no installed libvietalign, only ICU and utf8proc (found with
pkg-config), and builds offline from a checkout:

    python3 -m pip install --no-build-isolation ./python
"""
import glob
import os
import re
import shlex
import subprocess
import sys
from multiprocessing.pool import ThreadPool

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LIB = os.path.join(ROOT, "lib")
INCLUDE = os.path.join(ROOT, "include")


def fail(message):
    sys.exit("vietalign setup.py: " + message)


def version():
    """The one place that holds the version: include/vietalign.h."""
    try:
        with open(os.path.join(INCLUDE, "vietalign.h"), encoding="utf-8") as f:
            m = re.search(r'^#define VIETALIGN_VERSION "([0-9.]+)"', f.read(), re.M)
    except OSError:
        m = None
    if not m:
        fail("cannot read the version from %s: build from a vietalign checkout "
             "(python/ beside lib/ and include/)" % os.path.join(INCLUDE, "vietalign.h"))
    return m.group(1)


def pkg_config(*packages):
    """Compiler and linker flags of ICU and utf8proc."""
    try:
        out = subprocess.run(["pkg-config", "--cflags", "--libs", *packages],
                             check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        fail("pkg-config cannot find %s (%s): install pkg-config libicu-dev libutf8proc-dev libexttextcat-dev libxml2-dev"
             % (" ".join(packages), getattr(e, "stderr", "") or e))
    flags = {"include_dirs": [], "library_dirs": [], "libraries": [], "extra_compile_args": []}
    for flag in shlex.split(out):
        if flag.startswith("-I"):
            flags["include_dirs"].append(flag[2:])
        elif flag.startswith("-L"):
            flags["library_dirs"].append(flag[2:])
        elif flag.startswith("-l"):
            flags["libraries"].append(flag[2:])
        else:
            flags["extra_compile_args"].append(flag)
    return flags


def embed(tsv, out, name):
    """The C array cmake/embed.cmake makes of a data file: its bytes, a
    final NUL, and its length without it."""
    with open(tsv, "rb") as f:
        data = f.read()
    rows = [",".join("0x%02x" % b for b in data[i:i + 16]) + ",\n" for i in range(0, len(data), 16)]
    text = ("/* generated from %s by python/setup.py: do not edit */\n#include <stddef.h>\n"
            "__attribute__((visibility(\"hidden\"))) const unsigned char %s[] = {\n%s0x00};\n"
            "__attribute__((visibility(\"hidden\"))) const size_t %s_len = %d;\n"
            % (tsv, name, "".join(rows), name, len(data)))
    old = None
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            old = f.read()
    if old != text:  # unchanged sources are not rebuilt
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)


def data_tables():
    """(symbol, file) of each table the library's sources declare, as
    `extern const unsigned char PREFIX_data_NAME[];`, for lib/**/NAME.tsv."""
    tables = {os.path.splitext(os.path.basename(t))[0]: t
              for t in glob.glob(os.path.join(LIB, "**", "*.tsv"), recursive=True)}
    declared = set()
    for src in glob.glob(os.path.join(LIB, "**", "*.c"), recursive=True):
        with open(src, encoding="utf-8") as f:
            declared.update(re.findall(r"extern\s+const\s+unsigned\s+char\s+(\w+_data_(\w+))\s*\[\s*\]", f.read()))
    for name, stem in sorted(declared):
        if stem not in tables:
            fail("%s is declared in lib/ but there is no lib/**/%s.tsv" % (name, stem))
    return [(name, tables[stem]) for name, stem in sorted(declared)]


class BuildExt(build_ext):
    """Generates the data tables' C files first, and compiles the ~80 C
    files on all cores."""

    def build_extension(self, ext):
        gen = os.path.join(os.path.abspath(self.build_temp), "vietalign-data")
        os.makedirs(gen, exist_ok=True)
        for name, tsv in data_tables():
            out = os.path.join(gen, "data_%s.c" % os.path.splitext(os.path.basename(tsv))[0])
            embed(tsv, out, name)
            if out not in ext.sources:
                ext.sources.append(out)
        super().build_extension(ext)

    def build_extensions(self):
        one_by_one = self.compiler.compile

        def compile_all(sources, output_dir=None, **kw):
            for obj in self.compiler.object_filenames(sources, output_dir=output_dir):
                os.makedirs(os.path.dirname(obj), exist_ok=True)
            with ThreadPool(os.cpu_count() or 1) as pool:
                objects = pool.map(lambda src: one_by_one([src], output_dir=output_dir, **kw), sources)
            return [o for objs in objects for o in objs]

        self.compiler.compile = compile_all
        super().build_extensions()


def extension():
    lib_sources = sorted(glob.glob(os.path.join(LIB, "**", "*.c"), recursive=True))
    if not lib_sources:
        fail("no C sources under %s: build from a vietalign checkout" % LIB)
    flags = pkg_config("icu-uc", "icu-i18n", "libutf8proc", "libexttextcat", "libxml-2.0")
    # as lib/CMakeLists.txt: libexttextcat's fingerprints (language
    # identification) and libxml2 (TMX and TBX reading)
    textcat = subprocess.run(["pkg-config", "--variable=pkgdatadir", "libexttextcat"],
                             capture_output=True, text=True).stdout.strip() or "/usr/share/libexttextcat"
    return Extension(
        "vietalign._vietalign",
        sources=sorted(glob.glob(os.path.join(HERE, "src", "*.c"))) + lib_sources,
        depends=glob.glob(os.path.join(LIB, "**", "*.h"), recursive=True) + [os.path.join(INCLUDE, "vietalign.h")],
        # as lib/CMakeLists.txt: the sources include "stage/header.h"
        include_dirs=[INCLUDE, LIB] + flags["include_dirs"],
        library_dirs=flags["library_dirs"],
        libraries=flags["libraries"] + ["m", "pthread"],
        # the library's symbols stay inside the module
        define_macros=[("VIETALIGN_HAVE_LIBXML2", None),
                       ("VIETALIGN_TEXTCAT_DIR", '"%s"' % textcat)],
        extra_compile_args=["-std=gnu11", "-fvisibility=hidden"] + flags["extra_compile_args"],
    )


setup(
    name="vietalign",
    version=version(),
    description="Sentence alignment of Vietnamese and English translations (libvietalign)",
    license="MIT",
    python_requires=">=3.9",
    packages=["vietalign"],
    package_data={"vietalign": ["py.typed", "*.pyi"]},
    ext_modules=[extension()],
    cmdclass={"build_ext": BuildExt},
    zip_safe=False,
)
