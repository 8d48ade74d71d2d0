"""Linear time on adversarial input: work grows with size, not its square.

Nothing here measures time.  The whole pipeline's work is counted (the
function calls it makes, Python's and C's, which no load on the machine
changes) at two sizes, with bounds far apart from what quadratic work
would show; each pattern that once backtracked meets its hostile shape at
a size where quadratic work would take hours, under an alarm that only
catches a hang.
"""

import signal
import sys
from contextlib import contextmanager

import pytest

from newsclean import clean
from newsclean.blockclass import CHROME
from newsclean.cleaners.metadata import _DATE_TAIL, _GROUP, _LEAD_IN, _UPDATE
from newsclean.cleaners.reading_order import _CAPS_RUN, _LEAD
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


def _calls(text: str) -> int:
    """Function calls, Python's and C's, that cleaning ``text`` makes: its work, counted."""
    clean(text)  # lazy imports and models load on the first run, not the counted one
    count = 0

    def profile(_frame, event: str, _arg) -> None:
        nonlocal count
        count += event in ("call", "c_call")

    sys.setprofile(profile)
    try:
        clean(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("case", CASES)
def test_four_times_the_input_takes_about_four_times_the_work(case):
    make = CASES[case]
    with hang_guard(300):
        small, large = _calls(make(25_000)), _calls(make(100_000))
    # 4x the input: linear is ~4x, quadratic ~16x; the bound leaves room for fixed costs and cleaners that wake up.
    assert large < 8 * small, f"{case}: {small} -> {large} calls"


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
