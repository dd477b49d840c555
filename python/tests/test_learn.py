"""batch(learn=True) and vietalign.Learner: a word table learned from every
pair of a batch, then each pair aligned again with it."""
import pytest

import vietalign


@pytest.fixture(scope="module")
def pages(paragraphs):
    """40 short pages cut from the corpus pair: two paragraphs each (the
    English byline, paragraph 1, dropped so that paragraphs correspond)."""
    vi_paras, en_paras = paragraphs
    en_paras = en_paras[:1] + en_paras[2:]
    n = min(len(vi_paras), len(en_paras)) - 1
    return [("page-%02d" % i, "\n\n".join(vi_paras[i:i + 2]), "\n\n".join(en_paras[i:i + 2])) for i in range(n)]


def test_learner_gathers_sure_pairs_and_counts_a_table(pages):
    aligner, learner = vietalign.Aligner(), vietalign.Learner()
    assert not learner.finished and learner.pair_count == 0
    for _, vi, en in pages:
        assert aligner._learn(learner, vi, en) is True
    assert learner.pair_count > 20
    assert learner.entry_count == 0
    with pytest.raises(ValueError, match="finish"):
        aligner.use_learner(learner)
    learner.finish()
    assert learner.finished and learner.entry_count > 0
    aligner.use_learner(learner)
    aligner.use_learner(None)
    with pytest.raises(TypeError):
        aligner.use_learner(object())


def test_a_pair_that_is_no_translation_teaches_nothing(pages):
    aligner, learner = vietalign.Aligner(), vietalign.Learner()
    # the Vietnamese of one page against the English of a page far away
    assert aligner._learn(learner, pages[0][1], pages[20][2]) is False
    assert learner.pair_count == 0


def test_learn_gives_the_same_results_on_any_number_of_threads(pages):
    one = list(vietalign.batch(pages, threads=1, learn=True))
    three = list(vietalign.batch(pages, threads=3, learn=True))
    assert [r.id for r in one] == [p[0] for p in pages]
    assert [r.pairs for r in one] == [r.pairs for r in three]
    assert all(r.error is None and r.parallel for r in one)


def test_learn_needs_a_sequence(pages):
    with pytest.raises(TypeError, match="sequence"):
        vietalign.batch(iter(pages), learn=True)


def test_a_bad_pair_is_reported_in_its_turn_with_learn(pages):
    items = [pages[0], ("empty", "", pages[1][2]), pages[2]]
    results = list(vietalign.batch(items, threads=2, learn=True))
    assert [r.id for r in results] == ["page-00", "empty", "page-02"]
    assert results[1].error is not None and results[0].error is None
