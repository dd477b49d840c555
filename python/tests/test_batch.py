"""vietalign.batch(): many pairs on several threads, results in input order."""
import threading

import pytest

import vietalign


@pytest.fixture(scope="module")
def docs(paragraphs):
    """30 document pairs cut from the corpus pair: paragraphs i to i+k of
    each side (the byline, English paragraph 1, is dropped so that the
    paragraphs correspond one to one)."""
    vi_paras, en_paras = paragraphs
    en_paras = en_paras[:1] + en_paras[2:]
    out = []
    for n in range(30):
        i, k = n % 25, 2 + n % 7
        out.append(("doc-%02d" % n, "\n\n".join(vi_paras[i:i + k]), "\n\n".join(en_paras[i:i + k])))
    return out


def batch_threads():
    return [t for t in threading.enumerate() if t.name.startswith("vietalign-batch-")]


def test_results_come_in_input_order_and_equal_serial_alignment(docs):
    serial = vietalign.Aligner()
    results = list(vietalign.batch(docs, threads=3))
    assert [r.id for r in results] == [d[0] for d in docs]
    for (id, vi, en), r in zip(docs, results):
        assert r.error is None
        assert r.pairs == serial.align(vi, en)
        assert r.parallelism > vietalign.PARALLEL_THRESHOLD and r.parallel
    assert sum(len(r.pairs) for r in results) > 100


def test_batch_runs_on_the_threads_asked_for_and_ends_them(docs):
    assert batch_threads() == []
    seen = []
    for r in vietalign.batch(docs, threads=3):
        seen.append(len(batch_threads()))
    assert set(seen) == {3}
    assert batch_threads() == []


def test_input_is_read_lazily(docs):
    read = []

    def items():
        for d in docs:
            read.append(d[0])
            yield d

    it = vietalign.batch(items(), threads=2)
    assert read == []  # nothing is read before the first result is asked for
    first = next(it)
    assert first.id == "doc-00"
    assert len(read) <= 4 * 2 + 1
    it.close()  # stopping early ends the threads
    assert batch_threads() == []


def test_a_failed_pair_does_not_stop_the_batch(docs):
    items = docs[:3] + [("empty", "", docs[0][2]), ("nul", docs[0][1], "a\0b")] + docs[3:6]
    results = list(vietalign.batch(items, threads=2))
    assert [r.id for r in results] == [d[0] for d in items]
    failed = {r.id: r for r in results if r.error is not None}
    assert set(failed) == {"empty", "nul"}
    assert isinstance(failed["empty"].error, vietalign.Error)
    assert str(failed["empty"].error) == "Vietnamese text: the text holds no sentence"
    assert failed["nul"].pairs == [] and failed["nul"].parallelism == 0.0 and not failed["nul"].parallel
    assert all(r.pairs for r in results if r.error is None)


def test_not_translations_score_low_parallelism(docs):
    # the first paragraphs against the last ones: not translations
    (_, vi, _), (_, _, en) = docs[0], docs[24]
    (r,) = vietalign.batch([("mismatch", vi, en)], threads=1)
    assert r.error is None and r.parallelism < vietalign.PARALLEL_THRESHOLD and not r.parallel
    # the threshold is an option
    (r,) = vietalign.batch([("mismatch", vi, en)], threads=1, parallel_threshold=r.parallelism / 2)
    assert r.parallel


def test_datasets_style_rows(docs):
    rows = [{"id": id, "translation": {"vi": vi, "en": en}} for id, vi, en in docs[:5]]
    pairs = [(row["id"], row["translation"]["vi"], row["translation"]["en"]) for row in rows]
    out = [{"id": r.id, "vi": p.vi, "en": p.en, "score": p.score}
           for r in vietalign.batch(pairs, min_score=0.5) for p in r.pairs]
    assert {o["id"] for o in out} == {row["id"] for row in rows}
    assert all(o["score"] >= 0.5 for o in out)


def test_arguments_are_checked_at_once(docs):
    with pytest.raises(TypeError, match="unknown option"):
        vietalign.batch(docs, colour="blue")
    with pytest.raises(ValueError):
        vietalign.batch(docs, threads=-2)
    with pytest.raises(TypeError):
        vietalign.batch(docs, threads="4")
    with pytest.raises(vietalign.Error, match="glossary.tsv: No such file"):
        vietalign.batch(docs, dictionaries=["glossary.tsv"])
    with pytest.raises(TypeError):
        vietalign.batch(docs, min_score="high")


def test_malformed_items_raise_in_order(docs):
    it = vietalign.batch([docs[0], ("only-two", "x"), docs[1]], threads=2)
    assert next(it).id == "doc-00"
    with pytest.raises(TypeError, match=r"\(id, vi, en\)"):
        next(it)
    assert batch_threads() == []
    it = vietalign.batch([docs[0], ("bytes", b"vi", b"en")], threads=2)
    assert next(it).id == "doc-00"
    with pytest.raises(TypeError):
        next(it)


def test_rows_in_the_hugging_face_datasets_style(docs):
    # what a datasets translation set iterates as, and a flat variant
    nested = [{"id": d[0], "translation": {"vi": d[1], "en": d[2]}} for d in docs[:4]]
    flat = [{"id": d[0], "vi": d[1], "en": d[2], "source": "corpus"} for d in docs[4:6]]
    as_tuples = list(vietalign.batch(docs[:6], threads=2))
    as_rows = list(vietalign.batch(nested + flat, threads=2))
    assert [r.id for r in as_rows] == [d[0] for d in docs[:6]]
    assert [r.pairs for r in as_rows] == [r.pairs for r in as_tuples]
    assert next(iter(vietalign.batch([{"vi": docs[0][1], "en": docs[0][2]}]))).id is None
    it = vietalign.batch([nested[0], {"id": "no-en", "translation": {"vi": "Xin chào."}}], threads=2)
    assert next(it).id == "doc-00"
    with pytest.raises(TypeError, match="dicts with vi and en"):
        next(it)
