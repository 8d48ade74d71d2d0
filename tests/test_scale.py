"""Linear time on adversarial input: work grows with size, not its square.

Nothing here asserts a time budget.  The whole pipeline is compared with
itself in CPU time (which a busy machine does not inflate the way it does
wall-clock time) at two sizes, with bounds far apart from what quadratic
work would show; each pattern that once backtracked meets its hostile
shape at a size where quadratic work would take hours, under an alarm that
only catches a hang.
"""

import signal
import time
from contextlib import contextmanager

import pytest

from newsclean import clean
from newsclean.blockclass import CHROME
from newsclean.cleaners.metadata import _DATE_TAIL, _GROUP, _LEAD_IN, _UPDATE
from newsclean.cleaners.order import _CAPS_RUN, _LEAD
from newsclean.cleaners.reflow import _BRAND
from newsclean.decoding import _WORD
from newsclean.quotes import _BEFORE, find_quotes
from newsclean.textutil import _CAPITAL_START, _MASTHEAD_WORD

CASES = {
    "one long line": lambda n: "word " * (n // 5),
    "spaced letters": lambda n: "a " * (n // 2),
    "nested quotes": lambda n: "“" * (n // 2) + "”" * (n // 2),
    "hyphen breaks": lambda n: "ab-\n" * (n // 4),
    "spaces then text": lambda n: " " * n + "x",
    "mojibake": lambda n: "Ã©" * (n // 2),
    "columns, no page breaks": lambda n: (
        (f"{'the council met on monday to':<36}{'critics said the plan would':<30}\n" * 8 + "\n") * (n // 540)
    ),
}


@contextmanager
def hang_guard(seconds: int = 120):
    """Fail instead of hanging; generous enough never to fire on linear work, however busy the machine."""

    def hang(*_):
        raise TimeoutError(f"no result in {seconds}s: the work is not linear")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        clean(text)
        best = min(best, time.process_time() - t)
    return best


@pytest.mark.parametrize("case", CASES)
def test_four_times_the_input_takes_about_four_times_the_work(case):
    make = CASES[case]
    with hang_guard(300):
        small, large = _cpu_seconds(make(25_000)), _cpu_seconds(make(100_000))
    # 4x the input: linear is ~4x, quadratic ~16x; the bound leaves room for noise and start-up costs.
    assert large < 10 * small + 0.1, f"{case}: {small:.3f}s -> {large:.3f}s of CPU time"


# Each pattern with the shape that made it backtrack: a run it used to rescan from each position.
HOSTILE = {
    "metadata._GROUP: a run of capitals": (_GROUP.finditer, "A" * 200_000),
    "metadata._GROUP: a long list of names": (_GROUP.finditer, "Ann Lee, " * 25_000),
    "metadata._GROUP: names and hyphens": (_GROUP.finditer, "Ab-" * 70_000),
    "quotes._BEFORE: a run of capitals": (_BEFORE.finditer, "A" * 200_000),
    "quotes._BEFORE: initials": (_BEFORE.finditer, "A." * 100_000),
    "blockclass.CHROME: digits": (CHROME.finditer, "1" * 200_000),
    "blockclass.CHROME: spaces": (CHROME.finditer, " " * 200_000),
    "metadata._UPDATE: spaces": (_UPDATE.finditer, " " * 200_000),
    "metadata._UPDATE: blank lines": (_UPDATE.finditer, "\n" * 200_000),
    "metadata._DATE_TAIL: a long word": (_DATE_TAIL.finditer, "a" * 200_000),
    "metadata._DATE_TAIL: spaces": (_DATE_TAIL.finditer, " " * 200_000 + "x"),
    "metadata._LEAD_IN: spaces": (_LEAD_IN.finditer, " " * 200_000 + "x"),
    "order._LEAD: a run of capitals": (_LEAD.finditer, "A" * 200_000),
    "order._CAPS_RUN: spaces": (_CAPS_RUN.finditer, " " * 200_000),
    "reflow._BRAND: a long word": (_BRAND.finditer, "a" * 200_000),
    "decoding._WORD: a long word": (_WORD.finditer, "a" * 200_000),
    "textutil._CAPITAL_START: spaces": (_CAPITAL_START.finditer, " " * 200_000),
    "textutil._MASTHEAD_WORD: a long word": (_MASTHEAD_WORD.finditer, "a" * 200_000),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_patterns_are_linear_on_their_hostile_shapes(case):
    scan, text = HOSTILE[case]
    # Quadratic work on 200,000 characters is 4e10 steps: hours.  Linear work is well under a second.
    with hang_guard(60):
        for _ in scan(text):
            pass


def test_a_long_line_of_capitals_before_a_quote_is_linear():
    text = "A" * 100_000 + " said “the bridge will be rebuilt by spring.”"
    with hang_guard(60):
        (quote,) = find_quotes(text)
    assert quote.text == "the bridge will be rebuilt by spring."
