"""explain=True: what each pair's score is made of (Pair.parts, a
vietalign.ScoreParts), on the corpus pair."""
import math
import pickle

import vietalign

FEATURES = ["posterior", "anchors", "length", "merge", "omission", "neighbours", "chars", "boundary",
            "parallelism", "merge_near", "doc_merge", "para_ends", "cut"]


def test_parts_give_the_score_back(vi, en):
    pairs = vietalign.align(vi, en, explain=True, one_sided=True)
    two_sided = [p for p in pairs if p.vi and p.en]
    assert len(two_sided) > 30
    for p in pairs:
        x = p.parts
        assert isinstance(x, vietalign.ScoreParts)
        assert 0.0 <= x.posterior <= 1.0
        assert x.calibrated == bool(p.vi and p.en)
        if not x.calibrated:
            # an omission or an addition keeps its posterior
            assert math.isclose(p.score, x.posterior, abs_tol=1e-6)
            assert x.features == {} and x.terms == {} and x.logit == 0.0
            continue
        assert list(x.features) == FEATURES and list(x.terms) == FEATURES
        assert math.isclose(x.intercept + sum(x.terms.values()), x.logit, abs_tol=1e-9)
        assert math.isclose(1 / (1 + math.exp(-x.logit)), p.score, abs_tol=1e-6)
        assert x.lexical <= x.matched
    # the calibration takes back some of what the search was sure of
    assert any(p.score < p.parts.posterior for p in two_sided)


def test_anchor_counts_say_what_the_pair_shares(vi, en):
    pairs = vietalign.align(vi, en, explain=True)
    # "65 tỷ USD" and "$65 billion": a matched number, anchors for the pair
    p = next(p for p in pairs if "65 tỷ" in p.vi)
    assert "$65 billion" in p.en
    assert p.parts.matched >= 1 and p.parts.anchors < 0
    # a corpus builder's filter: pairs with translation evidence beyond
    # digits and names
    assert sum(p.parts.lexical > 0 for p in pairs) > len(pairs) // 2


def test_without_explain_the_pairs_are_the_same_and_parts_is_none(vi, en):
    plain = vietalign.align(vi, en)
    explained = vietalign.align(vi, en, explain=True)
    assert all(p.parts is None for p in plain)
    # parts is an attribute, not an item: pairs still unpack into seven
    # fields and compare by them
    assert plain == explained
    text_vi, text_en, score, vi_sentences, en_sentences, vi_span, en_span = explained[0]
    assert (text_vi, score) == (explained[0].vi, explained[0].score)
    again = pickle.loads(pickle.dumps(explained[0]))
    assert again.parts == explained[0].parts
    assert "vietalign.ScoreParts(posterior=" in repr(explained[0].parts)


def test_batch_explains_too(vi, en):
    (result,) = vietalign.batch([("a", vi, en)], threads=1, explain=True)
    assert result.error is None
    assert result.pairs == vietalign.align(vi, en)
    assert all(p.parts is not None and p.parts.calibrated for p in result.pairs)


VI_COLON = ("Tôi sinh ra ở một ngôi làng nhỏ ven biển miền Trung. Bạn cần hai công cụ để đóng gói chương trình "
            "này: trình biên dịch gcc phiên bản 12 và công cụ make phiên bản 4.3 của dự án GNU. Chúng tôi chuyển "
            "đến thành phố khi tôi mười hai tuổi.\n")
EN_COLON = ("I was born in a small coastal village in central Vietnam. You need two tools to package this program. "
            "They are the gcc compiler version 12 and the make tool version 4.3 of the GNU project. We moved to the "
            "city when I was twelve.\n")


def test_sentences_cut_at_a_colon_say_so():
    # as the command line, a sentence is cut where the translation ends one
    cut = vietalign.align(VI_COLON, EN_COLON, explain=True)
    whole = vietalign.align(VI_COLON, EN_COLON, explain=True, cut_sentences=False)
    assert len(cut) == 4 and len(whole) == 3
    piece = next(p for p in cut if p.vi.startswith("trình biên dịch"))
    assert piece.en.startswith("They are the gcc compiler") and piece.parts.cut
    assert not cut[0].parts.cut and not any(p.parts.cut for p in whole)
    # the piece's span still points into the caller's text
    assert VI_COLON[piece.vi_span[0]:piece.vi_span[1]] == piece.vi
