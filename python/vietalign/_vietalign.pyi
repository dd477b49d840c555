# Type stubs of the extension module vietalign._vietalign (python/src/*.c).
import os
from typing import Any, Dict, Final, Iterable, List, Optional, Tuple, Union, final

__version__: str
PARALLEL_THRESHOLD: float
ANCHOR_NUMBERS: int
ANCHOR_NAMES: int
ANCHOR_PUNCT: int
ANCHOR_WORDS: int
ANCHOR_LEARNED: int
ANCHOR_LEXICON: int
ANCHOR_ALL: int

class Error(Exception):
    """An error of libvietalign: str() is its message."""
    code: int

@final
class Pair(Tuple[str, str, float, range, range, Tuple[int, int], Tuple[int, int]]):
    """A bead: Vietnamese sentences matched with English ones."""
    __match_args__: Final = ("vi", "en", "score", "vi_sentences", "en_sentences", "vi_span", "en_span")
    @property
    def vi(self) -> str: ...
    @property
    def en(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def vi_sentences(self) -> range: ...
    @property
    def en_sentences(self) -> range: ...
    @property
    def vi_span(self) -> Tuple[int, int]: ...
    @property
    def en_span(self) -> Tuple[int, int]: ...
    @property
    def parts(self) -> Optional[ScoreParts]: ...
    n_fields: int
    n_sequence_fields: int
    n_unnamed_fields: int

@final
class ScoreParts(Tuple[float, float, float, float, float, int, int, int, bool, bool, float, float,
                       Dict[str, float], Dict[str, float], bool]):
    """What a pair's score is made of."""
    __match_args__: Final = ("posterior", "prior", "length", "anchors", "paragraph", "matched", "missed",
                             "lexical", "calibrated", "next_to_omission", "intercept", "logit", "features",
                             "terms", "cut")
    @property
    def posterior(self) -> float: ...
    @property
    def prior(self) -> float: ...
    @property
    def length(self) -> float: ...
    @property
    def anchors(self) -> float: ...
    @property
    def paragraph(self) -> float: ...
    @property
    def matched(self) -> int: ...
    @property
    def missed(self) -> int: ...
    @property
    def lexical(self) -> int: ...
    @property
    def calibrated(self) -> bool: ...
    @property
    def next_to_omission(self) -> bool: ...
    @property
    def intercept(self) -> float: ...
    @property
    def logit(self) -> float: ...
    @property
    def features(self) -> Dict[str, float]: ...
    @property
    def terms(self) -> Dict[str, float]: ...
    @property
    def cut(self) -> bool: ...
    n_fields: int
    n_sequence_fields: int
    n_unnamed_fields: int

@final
class Sentence(Tuple[str, Tuple[int, int], int, str]):
    """One sentence of a segmented text."""
    __match_args__: Final = ("text", "span", "paragraph", "bullet")
    @property
    def text(self) -> str: ...
    @property
    def span(self) -> Tuple[int, int]: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def bullet(self) -> str: ...
    n_fields: int
    n_sequence_fields: int
    n_unnamed_fields: int

@final
class Aligner:
    """A reusable aligner; see help(vietalign.Aligner) for the options."""
    def __new__(
        cls,
        *,
        anchors: Union[int, str, Iterable[str]] = ...,
        length_ratio: float = ...,
        length_variance: float = ...,
        skip_prior: float = ...,
        paragraph_weight: float = ...,
        anchor_weight: float = ...,
        margin: int = ...,
        threads: int = ...,
        parallel_threshold: float = ...,
        give_back_memory: bool = ...,
        cut_sentences: bool = ...,
        search: str = ...,
        dictionaries: Iterable[Union[str, bytes, os.PathLike[str], os.PathLike[bytes]]] = ...,
    ) -> Aligner: ...
    @property
    def options(self) -> dict[str, Any]: ...
    def align(self, vi: str, en: str, *, presplit: bool = False, min_score: float = 0.0,
              one_sided: bool = False, explain: bool = False) -> List[Pair]: ...
    def _align(self, vi: str, en: str, *, presplit: bool = False, min_score: float = 0.0,
               one_sided: bool = False, explain: bool = False) -> Tuple[List[Pair], float, bool]: ...
    def _check_align(self, *, presplit: bool = False, min_score: float = 0.0,
                     one_sided: bool = False, explain: bool = False) -> None: ...
    def _learn(self, learner: Learner, vi: str, en: str, *, presplit: bool = False) -> bool: ...
    def use_learner(self, learner: Optional[Learner], /) -> None: ...
    def segment(self, text: str, lang: str) -> List[Sentence]: ...

@final
class Learner:
    """A word table learned across many pairs (batch(learn=True))."""
    def __new__(cls) -> Learner: ...
    def finish(self) -> None: ...
    @property
    def pair_count(self) -> int: ...
    @property
    def entry_count(self) -> int: ...
    @property
    def finished(self) -> bool: ...
