"""The GIL is released while aligning, and one Aligner may be shared."""
import sys
import threading

import vietalign


def test_gil_is_released_while_aligning(vi, en):
    # With a switch interval longer than the test, a thread that holds the
    # GIL keeps it until it lets go of it itself: the main thread can only
    # run while the other is inside align() if align() released it.
    aligner = vietalign.Aligner()
    long_vi, long_en = "\n\n".join([vi] * 30), "\n\n".join([en] * 30)
    state = {"in_align": False, "done": False}

    def work():
        state["in_align"] = True
        aligner.align(long_vi, long_en)
        state["done"] = True

    old = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    try:
        t = threading.Thread(target=work)
        t.start()
        seen = dict(state)  # the first moment the main thread runs again
        t.join()
    finally:
        sys.setswitchinterval(old)
    assert seen == {"in_align": True, "done": False}
    assert state["done"]


def test_one_aligner_shared_by_threads(vi, en):
    aligner = vietalign.Aligner()
    want = aligner.align(vi, en)
    got, errors = [], []

    def work():
        try:
            for _ in range(3):
                got.append(aligner.align(vi, en))
                try:
                    aligner.align("", en)
                except vietalign.Error as e:  # each thread sees its own error's message
                    errors.append(str(e))
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(repr(e))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 12 and all(g == want for g in got)
    assert errors == ["Vietnamese text: the text holds no sentence"] * 12
