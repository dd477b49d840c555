"""vietalign.align() and vietalign.Aligner on the corpus pair."""
import pickle

import pytest

import vietalign
from conftest import fold


def test_pairs_match_the_gold(vi, en, gold):
    pairs = vietalign.align(vi, en)
    got = [(p.vi, p.en) for p in pairs]
    assert len(got) == len(gold)
    matched = sum(g in got for g in gold)
    assert matched >= 0.95 * len(gold), "%d of %d gold pairs found" % (matched, len(gold))
    assert all(0.0 <= p.score <= 1.0 for p in pairs)


def test_spans_slice_the_inputs_back_to_the_pairs(vi, en):
    for p in vietalign.align(vi, en):
        assert fold(vi[slice(*p.vi_span)]) == p.vi
        assert fold(en[slice(*p.en_span)]) == p.en


def test_spans_count_characters_not_bytes(vi, en):
    # four bytes in UTF-8, one character; and a byte order mark, skipped
    # but counted
    pre = "\ufeff😀 Mở đầu.\n\n"
    pairs = vietalign.align(pre + vi, en, one_sided=True)
    text = pre + vi
    first = pairs[0]
    assert text[slice(*first.vi_span)] == "😀 Mở đầu."
    assert first.vi_span == (1, 10)
    for p in pairs:
        assert fold(text[slice(*p.vi_span)]) == p.vi


def test_sentence_ranges_cover_both_texts_in_order(vi, en):
    pairs = vietalign.align(vi, en, one_sided=True)
    vi_next = en_next = 0
    for p in pairs:
        assert p.vi_sentences.start == vi_next and p.en_sentences.start == en_next
        assert len(p.vi_sentences) + len(p.en_sentences) > 0
        vi_next, en_next = p.vi_sentences.stop, p.en_sentences.stop
    assert vi_next == len(vietalign.segment(vi, "vi"))
    assert en_next == len(vietalign.segment(en, "en"))


def test_one_sided_gives_the_omissions_and_additions(vi, en):
    two_sided = vietalign.align(vi, en)
    all_pairs = vietalign.align(vi, en, one_sided=True)
    lone = [p for p in all_pairs if not p.vi or not p.en]
    # the English byline and the translator's credit have no counterpart
    assert [p.en for p in lone if p.en] == ["Analysis by Hasan Chowdhury; Jan 28, 2025, 3:00 PM GMT+7"]
    assert [p.vi for p in lone if p.vi] == ["Dịch: Lê Trung Nghĩa"]
    assert len(all_pairs) == len(two_sided) + len(lone)
    for p in lone:
        empty_range, empty_span = (p.en_sentences, p.en_span) if p.vi else (p.vi_sentences, p.vi_span)
        assert len(empty_range) == 0 and empty_span[0] == empty_span[1]


def test_min_score_leaves_out_weaker_pairs(vi, en):
    every = vietalign.align(vi, en)
    cut = sorted(p.score for p in every)[len(every) // 2]
    strong = vietalign.align(vi, en, min_score=cut)
    assert strong == [p for p in every if p.score >= cut]
    assert 0 < len(strong) < len(every)


def test_pair_fields_and_pickling(vi, en):
    p = vietalign.align(vi, en)[0]
    assert p.vi.startswith("DeepSeek đã gây ra sự hoảng loạn")
    assert p.en.startswith("DeepSeek sparked a market panic")
    assert (p.vi_sentences, p.en_sentences) == (range(0, 1), range(0, 1))
    assert isinstance(p.score, float)
    assert pickle.loads(pickle.dumps(p)) == p
    assert "vietalign.Pair(vi=" in repr(p)


def test_aligner_is_reusable_and_gives_the_same_pairs(vi, en):
    a = vietalign.Aligner()
    first = a.align(vi, en)
    assert a.align(vi, en) == first == vietalign.align(vi, en)


def test_options_reach_the_library(vi, en):
    # length only (no anchors) still aligns this clean pair, with other scores
    with_anchors = vietalign.align(vi, en)
    without = vietalign.align(vi, en, anchors="none")
    assert [p.score for p in without] != [p.score for p in with_anchors]
    a = vietalign.Aligner(anchors=["numbers", "names"], skip_prior=0.1, search="corridor", margin=8, threads=2)
    assert a.options == {"anchors": "numbers,names", "length_ratio": 0.0, "length_variance": 0.0,
                         "skip_prior": 0.1, "paragraph_weight": 3.0, "anchor_weight": 1.0,
                         "parallel_threshold": 0.65, "margin": 8, "threads": 2, "give_back_memory": False,
                         "cut_sentences": True, "search": "corridor", "dictionaries": ()}
    assert vietalign.PARALLEL_THRESHOLD == vietalign.Aligner().options["parallel_threshold"] == 0.65
    assert vietalign.Aligner(**a.options).options == a.options
    assert vietalign.Aligner(anchors=vietalign.ANCHOR_NUMBERS | vietalign.ANCHOR_NAMES).options["anchors"] == \
        "numbers,names"
    # the corridor search finds the whole lattice's alignment here
    assert [(p.vi, p.en) for p in a.align(vi, en)] == \
        [(p.vi, p.en) for p in vietalign.Aligner(anchors="numbers,names", skip_prior=0.1).align(vi, en)]


@pytest.mark.parametrize("options, error", [
    ({"no_such_option": 1}, TypeError),
    ({"skip_prior": "high"}, TypeError),
    ({"margin": 2.5}, TypeError),
    ({"threads": True}, TypeError),
    ({"give_back_memory": 1}, TypeError),
    ({"skip_prior": 1.0}, ValueError),
    ({"skip_prior": 0}, ValueError),
    ({"skip_prior": float("nan")}, ValueError),
    ({"paragraph_weight": -1}, ValueError),
    ({"parallel_threshold": 1.5}, ValueError),
    ({"margin": 0}, ValueError),
    ({"threads": 0}, ValueError),
    ({"threads": -1}, ValueError),
    ({"search": "fast"}, ValueError),
    ({"anchors": "numbers,colours"}, ValueError),
    ({"anchors": 0x100}, ValueError),
])
def test_bad_options_raise(options, error, vi, en):
    with pytest.raises(error):
        vietalign.Aligner(**options)
    with pytest.raises(error):
        vietalign.align(vi, en, **options)


def test_positional_options_are_refused():
    with pytest.raises(TypeError):
        vietalign.Aligner({"skip_prior": 0.1})


def test_library_errors_raise_vietalign_error(vi, en):
    assert issubclass(vietalign.Error, Exception)
    with pytest.raises(vietalign.Error, match="^Vietnamese text: the text holds no sentence$") as e:
        vietalign.align("  \n\n ", en)
    assert e.value.code == -6
    with pytest.raises(vietalign.Error, match="^English text: NUL byte at byte offset 5$") as e:
        vietalign.align(vi, "Hello\0world.")
    assert e.value.code == -4
    # the aligner works on after an error
    a = vietalign.Aligner()
    with pytest.raises(vietalign.Error):
        a.align(vi, "")
    assert len(a.align(vi, en)) == 41


def test_bad_arguments_raise_python_errors(vi, en):
    with pytest.raises(TypeError):
        vietalign.align(vi.encode(), en)
    with pytest.raises(TypeError):
        vietalign.align(vi, en, 0.5)
    with pytest.raises(UnicodeEncodeError):
        vietalign.align(vi, "a lone surrogate \ud800.")


def test_presplit_reads_one_segment_per_line(vi, en, gold):
    # the gold units one per line: each line stays one segment, so the
    # pairs are the gold's, even where a unit holds two sentences
    vis = "\n".join(v for v, _ in gold) + "\n"
    ens = "\n".join(e for _, e in gold) + "\n"
    pairs = vietalign.align(vis, ens, presplit=True)
    assert [(p.vi, p.en) for p in pairs] == gold
    assert all(p.vi_sentences.stop - p.vi_sentences.start == 1 for p in pairs)
    for p in pairs:
        assert vis[p.vi_span[0]:p.vi_span[1]] == p.vi

