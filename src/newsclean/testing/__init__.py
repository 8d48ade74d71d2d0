"""Property-testing kit for cleaners, built-in or plugin.

Strategies make text; checks hold one cleaner to the invariants of the
contract (SPEC §6).  Use the checks one by one inside ``@given``::

    @given(texts())
    def test_offsets(text):
        check_offsets(MyCleaner(), text)

or all at once::

    def test_conformance():
        check_cleaner(MyCleaner())

A failure raises ``ConformanceError`` naming the cleaner, the check and the
smallest example hypothesis found.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ..cleaner import Cleaner, Draft
from ..tracking import TrackedText
from .strategies import ARTEFACTS, damaged, news_documents, news_paragraphs, texts

__all__ = [
    "ARTEFACTS",
    "CHECKS",
    "ConformanceError",
    "check_accountable",
    "check_changes_valid",
    "check_cleaner",
    "check_deterministic",
    "check_idempotent",
    "check_noop_on_clean",
    "check_offsets",
    "damaged",
    "news_documents",
    "news_paragraphs",
    "run_cleaner",
    "texts",
]


class ConformanceError(AssertionError):
    """A cleaner broke one of the invariants."""

    def __init__(self, cleaner: Cleaner, check: str, example: str, detail: str) -> None:
        self.cleaner, self.check, self.example = cleaner, check, example
        super().__init__(f"cleaner {cleaner.name!r} fails {check}: {detail}\n  example: {example!r}")


def run_cleaner(cleaner: Cleaner, text: str) -> Draft:
    """Run ``cleaner`` alone on ``text``, as the pipeline would."""
    draft = Draft(TrackedText(text))
    draft.tracked.apply(cleaner.propose(draft.text, draft), cleaner.name or type(cleaner).__name__)
    return draft


TOTAL = "total and deterministic"


def _fail(cleaner: Cleaner, check: str, text: str, detail: str) -> ConformanceError:
    return ConformanceError(cleaner, check, text, detail)


def _propose(cleaner: Cleaner, text: str, check: str) -> list:
    try:
        return list(cleaner.propose(text, Draft(TrackedText(text))))
    except Exception as exc:  # whichever check ran, raising breaks totality
        raise _fail(cleaner, TOTAL, text, f"raised {type(exc).__name__}: {exc}") from exc


def check_changes_valid(cleaner: Cleaner, text: str) -> None:
    """Proposed changes lie inside the text and do not overlap."""
    changes = sorted(_propose(cleaner, text, "changes valid"), key=lambda c: (c.start, c.end))
    last = 0
    for ch in changes:
        if not (0 <= ch.start <= ch.end <= len(text)):
            raise _fail(cleaner, "changes valid", text, f"change {ch.start}:{ch.end} is outside 0:{len(text)}")
        if ch.start < last:
            raise _fail(cleaner, "changes valid", text, f"change {ch.start}:{ch.end} overlaps the one before")
        last = ch.end


def check_deterministic(cleaner: Cleaner, text: str) -> None:
    """Never raises, and the same input gives the same output."""
    first = _propose(cleaner, text, "total and deterministic")
    second = _propose(cleaner, text, "total and deterministic")
    if first != second:
        raise _fail(cleaner, "total and deterministic", text, "two runs proposed different changes")


def check_idempotent(cleaner: Cleaner, text: str) -> None:
    """Cleaning the cleaned text again changes nothing."""
    once = _run(cleaner, text, "idempotent").text
    twice = _run(cleaner, once, "idempotent").text
    if once != twice:
        raise _fail(cleaner, "idempotent", text, f"second run turned {once!r} into {twice!r}")


def check_accountable(cleaner: Cleaner, text: str) -> None:
    """Non-whitespace text disappears only as a removal or a declared deletion."""
    draft = _run(cleaner, text, "no silent loss")
    for edit in draft.tracked.edits:
        lost = _visible(edit.before) - _visible(edit.after)
        if lost > 0 and not cleaner.deletes:
            raise _fail(
                cleaner,
                "no silent loss",
                text,
                f"edit deletes {edit.before!r} -> {edit.after!r} but the cleaner declares no `deletes`",
            )


def check_offsets(cleaner: Cleaner, text: str) -> None:
    """Every edit and removal names its raw span exactly, and replaying them gives the output."""
    draft = _run(cleaner, text, "traceable offsets")
    spans = []
    for e in draft.tracked.edits:
        if text[e.start : e.end] != e.before:
            raise _fail(cleaner, "traceable offsets", text, f"edit says {e.before!r} at {e.start}:{e.end}")
        spans.append((e.start, e.end, e.after))
    for r in draft.tracked.removed:
        if text[r.start : r.end] != r.text:
            raise _fail(cleaner, "traceable offsets", text, f"removal says {r.text!r} at {r.start}:{r.end}")
        spans.append((r.start, r.end, ""))
    out, pos = [], 0
    for start, end, after in sorted(spans):
        out.append(text[pos:start])
        out.append(after)
        pos = end
    out.append(text[pos:])
    if "".join(out) != draft.text:
        raise _fail(cleaner, "traceable offsets", text, "replaying the reported changes does not give the output")


def check_noop_on_clean(cleaner: Cleaner, text: str) -> None:
    """Canonical text without the cleaner's artefact passes through untouched."""
    draft = _run(cleaner, text, "no-op on clean text")
    if draft.text != text:
        raise _fail(cleaner, "no-op on clean text", text, f"changed it to {draft.text!r}")


def _run(cleaner: Cleaner, text: str, check: str) -> Draft:
    check_changes_valid(cleaner, text)
    try:
        return run_cleaner(cleaner, text)
    except Exception as exc:
        raise _fail(cleaner, TOTAL, text, f"raised {type(exc).__name__}: {exc}") from exc


def _visible(s: str) -> int:
    return sum(1 for c in s if not c.isspace())


CHECKS: dict[str, Callable[[Cleaner, str], None]] = {
    "changes valid": check_changes_valid,
    "total and deterministic": check_deterministic,
    "idempotent": check_idempotent,
    "no silent loss": check_accountable,
    "traceable offsets": check_offsets,
}


def check_cleaner(cleaner: Cleaner, *, max_examples: int = 100, clean_text: bool = True) -> None:
    """Run every check on ``cleaner`` with generated text; raise ``ConformanceError`` on the first failure.

    ``clean_text=False`` skips the no-op check for a cleaner whose job is
    to change canonical text (folding quotes to ASCII, say).
    """
    config = settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )

    @config
    @given(st.one_of(texts(), damaged()))
    def all_checks(text: str) -> None:
        for check in CHECKS.values():
            check(cleaner, text)

    all_checks()
    if clean_text:

        @config
        @given(news_documents())
        def clean_passes(text: str) -> None:
            check_noop_on_clean(cleaner, text)

        clean_passes()
