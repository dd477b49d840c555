"""dictionaries=: users' dictionaries and glossaries reach the library
(vietalign_aligner_add_dictionary()), in align(), batch() and Aligner."""
import pathlib

import pytest

import vietalign


@pytest.fixture(scope="session")
def heading_case(gold):
    """The corpus pair's units 32 to 34, one per line, with the heading
    "Tín hiệu bi quan" (unit 33) run into the Vietnamese line before it:
    by length alone its translation "Bearish signals" goes with the
    sentence after it (the case of tests/e2e/dict.sh)."""
    vi = "%s %s\n%s\n" % (gold[31][0], gold[32][0], gold[33][0])
    en = "\n".join(g[1] for g in gold[31:34]) + "\n"
    want = gold[31][1] + " Bearish signals"
    return vi, en, want


def first_en(pairs):
    return pairs[0].en


def test_a_dictionary_entry_moves_the_heading_to_its_translation(heading_case, tmp_path):
    vi, en, want = heading_case
    assert first_en(vietalign.align(vi, en, presplit=True)) != want, "the case needs a dictionary"
    hun = tmp_path / "fin.dict"
    hun.write_text("bullish @ lạc quan\nbearish @ bi quan\n", encoding="utf-8")
    tsv = tmp_path / "fin.tsv"
    tsv.write_text("# finance\ntín hiệu bi quan\tbearish signal\tnote\n", encoding="utf-8")
    # hunalign's format and TSV told apart as --dict does; str and PathLike
    assert first_en(vietalign.align(vi, en, presplit=True, dictionaries=[hun])) == want
    assert first_en(vietalign.align(vi, en, presplit=True, dictionaries=(str(tsv),))) == want
    a = vietalign.Aligner(dictionaries=iter([tsv, hun]))
    assert first_en(a.align(vi, en, presplit=True)) == want
    assert a.options["dictionaries"] == (str(tsv), str(hun))
    assert vietalign.Aligner(**a.options).options == a.options


def test_a_dictionary_raises_the_score_of_the_pair_it_explains(heading_case, gold, tmp_path):
    vi, en, want = heading_case
    hun = tmp_path / "fin.dict"
    hun.write_text("bearish @ bi quan\n", encoding="utf-8")

    def after_heading(pairs):
        # the pair of the Vietnamese sentence after the heading
        return next(p for p in pairs if p.vi == gold[33][0])

    # sentences kept whole, as check keeps them: by length alone the
    # heading's translation is glued to it (0.49); with the entry it pairs
    # with its own translation alone (0.71)
    without = after_heading(vietalign.align(vi, en, presplit=True, cut_sentences=False))
    with_dict = after_heading(
        vietalign.align(vi, en, presplit=True, cut_sentences=False, dictionaries=[hun]))
    assert without.en == "Bearish signals " + gold[33][1]
    assert with_dict.en == gold[33][1]
    assert with_dict.score > without.score + 0.05


def test_with_sentences_cut_the_entry_places_a_heading_left_alone(heading_case, tmp_path):
    vi, en, want = heading_case
    hun = tmp_path / "fin.dict"
    hun.write_text("bearish @ bi quan\n", encoding="utf-8")
    # cut (the default), the Vietnamese heading's translation is no longer
    # glued to the next sentence, but by length alone it is left unpaired
    without = vietalign.align(vi, en, presplit=True)
    assert not any("Bearish" in p.en for p in without)
    with_dict = vietalign.align(vi, en, presplit=True, dictionaries=[hun])
    assert with_dict[0].en == want


def test_batch_gives_every_thread_the_dictionaries(heading_case, tmp_path):
    vi, en, want = heading_case
    hun = tmp_path / "fin.dict"
    hun.write_text("bearish @ bi quan\n", encoding="utf-8")
    results = list(vietalign.batch([(k, vi, en) for k in range(4)], threads=2, presplit=True,
                                   dictionaries=[hun]))
    assert [r.id for r in results] == [0, 1, 2, 3]
    assert all(r.error is None and first_en(r.pairs) == want for r in results)


def test_a_malformed_dictionary_raises_naming_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.dict"
    bad.write_text("bearish @ bi quan\nbullish = lạc quan\n", encoding="utf-8")
    with pytest.raises(vietalign.Error) as e:
        vietalign.Aligner(dictionaries=[bad])
    assert str(e.value) == "%s:2: expected 'english phrase @ vietnamese phrase'" % bad
    assert e.value.code == -10  # VIETALIGN_EPARSE
    empty = tmp_path / "bad.tsv"
    empty.write_text("bi quan\tbearish\nlạc quan\t\n", encoding="utf-8")
    with pytest.raises(vietalign.Error, match=r"bad\.tsv:2: empty English term$"):
        vietalign.align("Tín hiệu bi quan.", "Bearish signals.", dictionaries=[empty])
    # batch() checks its options before it starts: nothing is yielded
    with pytest.raises(vietalign.Error, match=r"bad\.dict:2: "):
        vietalign.batch([("a", "Tín hiệu bi quan.", "Bearish signals.")], dictionaries=[bad])


def test_a_missing_dictionary_raises_naming_the_file(tmp_path):
    missing = tmp_path / "nothere.tsv"
    with pytest.raises(vietalign.Error) as e:
        vietalign.align("Tín hiệu bi quan.", "Bearish signals.", dictionaries=[missing])
    assert str(missing) in str(e.value) and "No such file" in str(e.value)
    assert e.value.code == -5  # VIETALIGN_EIO


def test_dictionaries_is_a_list_of_paths_not_one_path(tmp_path):
    with pytest.raises(TypeError, match="iterable of paths"):
        vietalign.Aligner(dictionaries="fin.tsv")
    with pytest.raises(TypeError, match="iterable of paths"):
        vietalign.Aligner(dictionaries=pathlib.Path("fin.tsv"))
    with pytest.raises(TypeError):
        vietalign.Aligner(dictionaries=[3])
    assert vietalign.Aligner(dictionaries=[]).options["dictionaries"] == ()
