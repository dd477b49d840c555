"""Sentence alignment of Vietnamese and English translations.

The Python binding of libvietalign::

    import vietalign
    for pair in vietalign.align(vi_text, en_text):
        print(pair.score, pair.vi, pair.en)

align() aligns one pair of texts, segment() splits a text into sentences,
batch() aligns many pairs on several threads, Aligner holds options for
any number of calls. Library errors raise vietalign.Error.
"""
from __future__ import annotations

import collections
import collections.abc
import os
import queue
import threading
from typing import (Any, Dict, Hashable, Iterable, Iterator, List, Mapping, NamedTuple, Optional, Sequence, Tuple,
                    Union)

from ._vietalign import (
    ANCHOR_ALL,
    ANCHOR_LEARNED,
    ANCHOR_LEXICON,
    ANCHOR_NAMES,
    ANCHOR_NUMBERS,
    ANCHOR_PUNCT,
    ANCHOR_WORDS,
    PARALLEL_THRESHOLD,
    Aligner,
    Error,
    Learner,
    Pair,
    ScoreParts,
    Sentence,
    __version__,
)

#: A path as open() takes it: what dictionaries= holds.
_Path = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]
#: An item of batch(): (id, vi, en), or a row as Hugging Face datasets
#: gives them: {"id": ..., "translation": {"vi": ..., "en": ...}} or
#: {"id": ..., "vi": ..., "en": ...}.
_Item = Union[Tuple[Hashable, str, str], Mapping[str, Any]]

__all__ = [
    "ANCHOR_ALL", "ANCHOR_LEARNED", "ANCHOR_LEXICON", "ANCHOR_NAMES", "ANCHOR_NUMBERS", "ANCHOR_PUNCT", "ANCHOR_WORDS",
    "PARALLEL_THRESHOLD", "Aligner", "BatchResult", "Error", "Learner", "Pair", "ScoreParts", "Sentence", "align", "batch",
    "segment",
]


def align(vi: str, en: str, *, presplit: bool = False, min_score: float = 0.0,
          dictionaries: Iterable[_Path] = (), one_sided: bool = False, explain: bool = False,
          **options: Any) -> List[Pair]:
    """Aligns a Vietnamese text with its English translation, sentence by
    sentence. Pairs scoring below min_score are left out; one_sided=True
    also returns omissions and additions (one side empty); explain=True
    gives each pair's .parts, what its score is made of (a ScoreParts:
    the terms of its cost, its anchors matched and missed, the
    calibration's features and terms), to filter on. dictionaries
    are paths of dictionary or glossary files (TSV, hunalign's or TBX)
    added to the aligner; a bad one raises vietalign.Error naming it.
    options are Aligner's. To align many texts, make one Aligner and reuse it, or use
    batch()."""
    aligner = Aligner(dictionaries=dictionaries, **options)
    return aligner.align(vi, en, presplit=presplit, min_score=min_score, one_sided=one_sided, explain=explain)


def segment(text: str, lang: str) -> List[Sentence]:
    """Splits a text into sentences as the aligner does; lang is "vi" or
    "en"."""
    return Aligner(anchors="none").segment(text, lang)


class BatchResult(NamedTuple):
    """The outcome of one pair of batch(): its id, its sentence pairs, how
    much the texts look like translations of each other (parallelism, in
    [0, 1]), whether that reaches the parallel_threshold option (0.65,
    PARALLEL_THRESHOLD, by default: below it the texts are likely not
    translations), and the vietalign.Error that stopped it (then pairs is
    empty, parallelism 0 and parallel False)."""
    id: Any
    pairs: List[Pair]
    parallelism: float
    parallel: bool
    error: Optional[Error]


class _Slot:
    """One pair of a batch, from the moment it is queued until it is
    yielded."""
    __slots__ = ("id", "vi", "en", "done", "result", "exception")

    def __init__(self, id: Any, vi: str, en: str) -> None:
        self.id, self.vi, self.en = id, vi, en
        self.done = threading.Event()
        self.result: Optional[BatchResult] = None
        self.exception: Optional[BaseException] = None


def batch(pairs: Iterable[_Item], threads: int = 0, *, presplit: bool = False,
          min_score: float = 0.0, dictionaries: Iterable[_Path] = (), one_sided: bool = False,
          explain: bool = False, learn: bool = False, **options: Any) -> Iterator[BatchResult]:
    """Aligns many pairs of texts on several threads.

    pairs is an iterable of (id, vi, en), or of dicts as a Hugging Face
    datasets translation set iterates: {"id": ..., "translation": {"vi":
    ..., "en": ...}}, or {"id": ..., "vi": ..., "en": ...} (the id is None
    when the row has none); it is read lazily, at most four
    pairs per thread ahead of the one yielded last. Results come as soon as
    they and all the pairs before them are done, in input order: one
    BatchResult per pair. A pair the library cannot align (an empty text)
    gives a result with .error set; the batch goes on. threads=0 uses one
    thread per core; each thread has its own Aligner(**options), and
    aligns with the GIL released. The keyword arguments are checked at
    once; a malformed item (neither of those, or texts that are not str)
    raises TypeError in its turn, after the results before it.

    learn=True first aligns every pair to learn a word table from the
    sentence pairs they are sure of (a Learner: at most 200,000 pairs, which
    beyond that depend on the threads' timing), then aligns each pair
    again with its own table first and the batch's after it: short texts
    of one domain (help pages) gain the most. pairs must then be a
    sequence (it is read twice), else TypeError."""
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise TypeError("threads must be an int, not %r" % (threads,))
    if threads < 0:
        raise ValueError("threads must be >= 0, not %d" % threads)
    # read once, here: the iterable may be an iterator, and a bad file is
    # told before any work
    options = dict(options, dictionaries=tuple(dictionaries))
    Aligner(**options)._check_align(presplit=presplit, min_score=min_score, one_sided=one_sided, explain=explain)
    count = threads or os.cpu_count() or 1
    learner = None
    if learn:
        if not isinstance(pairs, collections.abc.Sequence):
            raise TypeError("batch(learn=True) reads the pairs twice: give a sequence (a list), not %s"
                            % type(pairs).__name__)
        learner = _learn(pairs, count, options, presplit)
    return _batch(iter(pairs), count, options,
                  dict(presplit=presplit, min_score=min_score, one_sided=one_sided, explain=explain), learner)


def _learn_work(todo: "queue.SimpleQueue[Optional[_Item]]", options: Dict[str, Any], learner: Learner,
                presplit: bool) -> None:
    aligner = Aligner(**options)
    while True:
        item = todo.get()
        if item is None:
            return
        try:
            _, vi, en = _unpack(item)
            aligner._learn(learner, vi, en, presplit=presplit)
        except (Error, TypeError):
            pass  # the second pass reports it in its turn


def _learn(pairs: Sequence[_Item], count: int, options: Dict[str, Any], presplit: bool) -> Learner:
    """The first pass of batch(learn=True): a finished Learner."""
    learner = Learner()
    todo: "queue.SimpleQueue[Optional[_Item]]" = queue.SimpleQueue()
    workers = [threading.Thread(target=_learn_work, args=(todo, options, learner, presplit),
                                name="vietalign-learn-%d" % k, daemon=True) for k in range(count)]
    for w in workers:
        w.start()
    for item in pairs:
        todo.put(item)
    for _ in workers:
        todo.put(None)
    for w in workers:
        w.join()
    learner.finish()
    return learner


def _work(todo: "queue.SimpleQueue[Optional[_Slot]]", options: Dict[str, Any], align_args: Dict[str, Any],
          stop: threading.Event, learner: Optional[Learner]) -> None:
    try:
        made = Aligner(**options)
        if learner is not None:
            made.use_learner(learner)
        aligner: Optional[Aligner] = made
        failure: Optional[BaseException] = None
    except BaseException as e:  # out of memory: every pair of this thread fails
        aligner, failure = None, e
    while True:
        slot = todo.get()
        if slot is None:
            return
        try:
            if aligner is None:
                slot.exception = failure
            elif not stop.is_set():
                pairs, parallelism, parallel = aligner._align(slot.vi, slot.en, **align_args)
                slot.result = BatchResult(slot.id, pairs, parallelism, parallel, None)
        except Error as e:
            slot.result = BatchResult(slot.id, [], 0.0, False, e)
        except BaseException as e:  # a caller's mistake (a text that is not a str): raised in order
            slot.exception = e
        finally:
            slot.vi = slot.en = ""
            slot.done.set()


def _unpack(item: _Item) -> Tuple[Any, Any, Any]:
    """(id, vi, en) of a batch() item; TypeError for a malformed one."""
    try:
        if isinstance(item, Mapping):
            texts = item.get("translation", item)
            return item.get("id"), texts["vi"], texts["en"]
        id, vi, en = item
        return id, vi, en
    except (TypeError, ValueError, KeyError, AttributeError):
        raise TypeError("batch() items are (id, vi, en) tuples or dicts with vi and en (or translation: "
                        "{vi, en}), not %r" % (item,)) from None


def _batch(items: Iterator[_Item], count: int, options: Dict[str, Any],
           align_args: Dict[str, Any], learner: Optional[Learner] = None) -> Iterator[BatchResult]:
    todo: "queue.SimpleQueue[Optional[_Slot]]" = queue.SimpleQueue()
    stop = threading.Event()
    workers = [threading.Thread(target=_work, args=(todo, options, align_args, stop, learner),
                                name="vietalign-batch-%d" % k, daemon=True) for k in range(count)]
    window: "collections.deque[_Slot]" = collections.deque()

    def take(slot: _Slot) -> BatchResult:
        if slot.exception is not None:
            raise slot.exception
        assert slot.result is not None
        return slot.result

    for w in workers:
        w.start()
    try:
        for item in items:
            try:
                id, vi, en = _unpack(item)
            except TypeError as e:
                slot = _Slot(None, "", "")  # raised in its turn, after the results before it
                slot.exception = e
                slot.done.set()
            else:
                slot = _Slot(id, vi, en)
                todo.put(slot)
            window.append(slot)
            # yield what is done; wait only when the window is full
            while window and (window[0].done.is_set() or len(window) >= 4 * count):
                head = window.popleft()
                head.done.wait()
                yield take(head)
        while window:
            head = window.popleft()
            head.done.wait()
            yield take(head)
    finally:
        # stopped early (break, an exception): skip what is queued
        stop.set()
        for _ in workers:
            todo.put(None)
        for w in workers:
            w.join()
