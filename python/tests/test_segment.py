"""vietalign.segment() on the corpus texts."""
import pytest

import vietalign
from conftest import fold


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_sentences_slice_back_and_keep_their_paragraphs(lang, vi, en):
    text = vi if lang == "vi" else en
    sentences = vietalign.segment(text, lang)
    assert len(sentences) == 42
    last_end, last_paragraph = 0, 0
    for s in sentences:
        assert fold(text[slice(*s.span)]) == s.text
        assert s.span[0] >= last_end and s.paragraph in (last_paragraph, last_paragraph + 1)
        last_end, last_paragraph = s.span[1], s.paragraph
    assert sentences[-1].paragraph + 1 == len([p for p in text.split("\n\n") if p.strip()])


def test_gold_sides_are_runs_of_sentences(vi, gold):
    texts = [s.text for s in vietalign.segment(vi, "vi")]
    k = 0
    for gold_vi, _ in gold:
        start = k
        while " ".join(texts[start:k]) != gold_vi:
            k += 1
            assert k <= len(texts), "gold %r is not a run of sentences" % gold_vi
    assert texts[k:] == ["Dịch: Lê Trung Nghĩa"]


def test_bullets_and_abbreviations():
    text = "Danh sách:\n\n• Một câu ở đây.\n• Hai câu nữa.\n3. Ba câu ở TP. Hồ Chí Minh."
    sentences = vietalign.segment(text, "vi-VN")
    assert [(s.text, s.bullet) for s in sentences] == [
        ("Danh sách:", ""), ("Một câu ở đây.", "•"), ("Hai câu nữa.", "•"), ("Ba câu ở TP. Hồ Chí Minh.", "3.")]
    assert text[slice(*sentences[1].span)] == "Một câu ở đây."


def test_bad_language_and_empty_text():
    with pytest.raises(ValueError, match="lang must be 'vi' or 'en'"):
        vietalign.segment("Hello.", "fr")
    with pytest.raises(vietalign.Error, match="holds no sentence"):
        vietalign.segment("", "en")
