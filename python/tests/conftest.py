"""Shared fixtures of the vietalign Python tests: the corpus pair of the
repository (corpus/deepseek.*) and its gold alignment."""
import os
import unicodedata

import pytest

import vietalign

ROOT = os.environ.get("VIETALIGN_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "corpus")


def pytest_configure(config):
    # ctest and the pip test say which build they test: a vietalign
    # installed elsewhere must not answer in its place
    want = os.environ.get("VIETALIGN_TEST_PACKAGE")
    got = os.path.dirname(os.path.realpath(vietalign.__file__))
    if want and got != os.path.realpath(want):
        raise pytest.UsageError("testing the vietalign package in %s, not the one in %s" % (got, want))


def read(name):
    with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
        return f.read()


def fold(text):
    """The library's reading of a span of the input: NFC, runs of white
    space made one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture(scope="session")
def vi():
    return read("deepseek.vi.txt")


@pytest.fixture(scope="session")
def en():
    return read("deepseek.en.txt")


@pytest.fixture(scope="session")
def gold():
    return [tuple(line.rstrip("\n").split("\t")) for line in read("deepseek.gold.tsv").splitlines() if line]


@pytest.fixture(scope="session")
def paragraphs(vi, en):
    """The corpus pair's paragraphs, side by side (the pair has as many on
    each side, in the same order, but for the English byline and the
    Vietnamese credit)."""
    return [p for p in vi.split("\n\n") if p.strip()], [p for p in en.split("\n\n") if p.strip()]
