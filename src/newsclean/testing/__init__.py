"""Property-testing kit for cleaners, built-in or plugin.

Strategies make text; checks hold one cleaner to the invariants of the
contract (SPEC §6).  Use the checks one by one inside ``@given``::

    @given(texts())
    def test_offsets(text):
        check_offsets(MyCleaner(), text)

or all at once::

    def test_conformance():
        check_cleaner(MyCleaner())

A failure raises ``ConformanceError`` naming the cleaner, the check and a
small example: the one hypothesis found, shrunk further line by line and
character by character while the same check still fails.  Verdicts are
the same on every run (the examples are derandomized), and whatever goes
wrong inside hypothesis comes out as a ``ConformanceError`` too.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ..cleaner import Cleaner, Draft
from ..tracking import TrackedText
from .strategies import ARTEFACTS, FIXED_EXAMPLES, HOSTILE, damaged, news_documents, news_paragraphs, texts

__all__ = [
    "ARTEFACTS",
    "CHECKS",
    "DELETION_KINDS",
    "FIXED_EXAMPLES",
    "HOSTILE",
    "ConformanceError",
    "check_accountable",
    "check_changes_valid",
    "check_cleaner",
    "check_deterministic",
    "check_idempotent",
    "check_noop_on_clean",
    "check_offsets",
    "shrink",
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
VALID = "changes valid"
IDEMPOTENT = "idempotent"
ACCOUNTABLE = "no silent loss"
OFFSETS = "faithful offsets"
NOOP = "no-op on clean text"


def _fail(cleaner: Cleaner, check: str, text: str, detail: str) -> ConformanceError:
    return ConformanceError(cleaner, check, text, detail)


def _propose(cleaner: Cleaner, text: str, check: str) -> list:
    try:
        return list(cleaner.propose(text, Draft(TrackedText(text))))
    except Exception as exc:  # whichever check ran, raising breaks totality
        raise _fail(cleaner, TOTAL, text, f"raised {type(exc).__name__}: {exc}") from exc


def check_changes_valid(cleaner: Cleaner, text: str) -> None:
    """Proposed changes lie inside the text and do not overlap."""
    changes = sorted(_propose(cleaner, text, VALID), key=lambda c: (c.start, c.end))
    last = 0
    for ch in changes:
        if not (0 <= ch.start <= ch.end <= len(text)):
            raise _fail(cleaner, VALID, text, f"change {ch.start}:{ch.end} is outside 0:{len(text)}")
        if ch.start < last:
            raise _fail(cleaner, VALID, text, f"change {ch.start}:{ch.end} overlaps the one before")
        last = ch.end


def check_deterministic(cleaner: Cleaner, text: str) -> None:
    """Never raises, and the same input gives the same output."""
    first = _propose(cleaner, text, TOTAL)
    second = _propose(cleaner, text, TOTAL)
    if first != second:
        raise _fail(cleaner, TOTAL, text, "two runs proposed different changes")


def check_idempotent(cleaner: Cleaner, text: str) -> None:
    """Cleaning the cleaned text again changes nothing."""
    once = _run(cleaner, text, IDEMPOTENT).text
    twice = _run(cleaner, once, IDEMPOTENT).text
    if once != twice:
        raise _fail(cleaner, IDEMPOTENT, text, f"second run turned {once!r} into {twice!r}")


def _hyphens(lost: str) -> bool:
    return all(c in "-\u2010\u00ad" for c in lost)


def _invisible(lost: str) -> bool:
    return all(unicodedata.category(c) in ("Cf", "Cc", "Co", "Cn", "Mn") for c in lost)


def _digits(lost: str) -> bool:
    return all(c.isdigit() or c in "[]()*†‡§^" for c in lost)


# Deletion kinds whose text can be recognised: a cleaner that declares one may delete only such text
# through an edit.  Other kinds (``boilerplate``, ``metadata``, a plugin's own) are taken at their word.
DELETION_KINDS: dict[str, Callable[[str], bool]] = {
    "whitespace": lambda lost: lost == "",
    "line-end hyphen": _hyphens,
    "invisible": _invisible,
    "footnote marker": _digits,
}


def check_accountable(cleaner: Cleaner, text: str) -> None:
    """Visible text goes only into a field, or as a deletion of a kind the cleaner declares in ``deletes``."""
    draft = _run(cleaner, text, ACCOUNTABLE)
    kinds = cleaner.deletes
    for edit in draft.tracked.edits:
        lost = "".join((Counter(_visible(edit.before)) - Counter(_visible(edit.after))).elements())
        if not lost:
            continue
        if not kinds:
            raise _fail(
                cleaner,
                ACCOUNTABLE,
                text,
                f"edit deletes {edit.before!r} -> {edit.after!r} but the cleaner declares no `deletes`",
            )
        if all(k in DELETION_KINDS and not DELETION_KINDS[k](lost) for k in kinds):
            raise _fail(
                cleaner,
                ACCOUNTABLE,
                text,
                f"edit deletes {lost!r} ({edit.before!r} -> {edit.after!r}), "
                f"which is of no kind it declares: {', '.join(sorted(kinds))}",
            )
    for removal in draft.tracked.removed:
        if removal.into is None and _visible(removal.text) and not kinds:
            raise _fail(
                cleaner,
                ACCOUNTABLE,
                text,
                f"removes {removal.text!r} into no field but the cleaner declares no `deletes`",
            )


def check_offsets(cleaner: Cleaner, text: str) -> None:
    """Every edit and removal names its raw span exactly, and replaying them gives the output."""
    draft = _run(cleaner, text, OFFSETS)
    spans = []
    for e in draft.tracked.edits:
        if text[e.start : e.end] != e.before:
            raise _fail(cleaner, OFFSETS, text, f"edit says {e.before!r} at {e.start}:{e.end}")
        spans.append((e.start, e.end, e.after))
    for r in draft.tracked.removed:
        if text[r.start : r.end] != r.text:
            raise _fail(cleaner, OFFSETS, text, f"removal says {r.text!r} at {r.start}:{r.end}")
        spans.append((r.start, r.end, ""))
    out, pos = [], 0
    for start, end, after in sorted(spans):
        out.append(text[pos:start])
        out.append(after)
        pos = end
    out.append(text[pos:])
    if "".join(out) != draft.text:
        raise _fail(cleaner, OFFSETS, text, "replaying the reported changes does not give the output")


def check_noop_on_clean(cleaner: Cleaner, text: str) -> None:
    """Canonical text without the cleaner's artefact passes through untouched."""
    draft = _run(cleaner, text, NOOP)
    if draft.text != text:
        raise _fail(cleaner, NOOP, text, f"changed it to {draft.text!r}")


def _run(cleaner: Cleaner, text: str, check: str) -> Draft:
    check_changes_valid(cleaner, text)
    try:
        return run_cleaner(cleaner, text)
    except Exception as exc:
        raise _fail(cleaner, TOTAL, text, f"raised {type(exc).__name__}: {exc}") from exc


def _visible(s: str) -> str:
    return "".join(c for c in s if not c.isspace())


CHECKS: dict[str, Callable[[Cleaner, str], None]] = {
    VALID: check_changes_valid,
    TOTAL: check_deterministic,
    IDEMPOTENT: check_idempotent,
    ACCOUNTABLE: check_accountable,
    OFFSETS: check_offsets,
    NOOP: check_noop_on_clean,
}
# Checked on any text; the no-op check only on clean text.
_ANY_TEXT = (VALID, TOTAL, IDEMPOTENT, ACCOUNTABLE, OFFSETS)


def shrink(cleaner: Cleaner, check: str, text: str, *, budget: int = 3000) -> str:
    """A shorter ``text`` on which ``check`` still fails: lines, then pieces, then characters taken out.

    hypothesis shrinks the choices that built an example, which leaves a
    damaged document whole when its artefact needs a page to show; this
    works on the text itself, greedily, within ``budget`` tries.
    """

    def fails(candidate: str) -> bool:
        nonlocal budget
        budget -= 1
        try:
            CHECKS[check](cleaner, candidate)
        except ConformanceError as err:
            return err.check == check
        except Exception:  # a different failure is not this one
            return False
        return False

    size = max(1, len(text) // 2)
    while size >= 1 and budget > 0:
        i, shrunk = 0, False
        while i < len(text) and budget > 0:
            candidate = text[:i] + text[i + size :]
            if candidate != text and fails(candidate):
                text, shrunk = candidate, True
            else:
                i += size
        if not shrunk:
            size //= 2
    return text


def _settings(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=True,  # the same examples on every run: a verdict does not change from run to run
        report_multiple_bugs=False,
        print_blob=False,
    )


def check_cleaner(cleaner: Cleaner, *, max_examples: int = 100, clean_text: bool = True) -> None:
    """Run every check on ``cleaner`` with generated text; raise ``ConformanceError`` on the first failure.

    ``clean_text=False`` skips the no-op check for a cleaner whose job is
    to change canonical text (folding quotes to ASCII, say).
    """
    config = _settings(max_examples)

    @config
    @given(st.one_of(texts(), damaged()))
    def all_checks(text: str) -> None:
        for name in _ANY_TEXT:
            CHECKS[name](cleaner, text)

    for fixed in FIXED_EXAMPLES:  # checked first on every run, so a verdict never hangs on what is drawn
        all_checks = example(fixed)(all_checks)

    _verdict(cleaner, all_checks)
    if clean_text:

        @config
        @given(news_documents())
        def clean_passes(text: str) -> None:
            check_noop_on_clean(cleaner, text)

        _verdict(cleaner, clean_passes)


def _verdict(cleaner: Cleaner, test: Callable[[], None]) -> None:
    """Run a hypothesis test; whatever it raises comes out as one ``ConformanceError`` with a shrunk example."""
    try:
        test()
    except (KeyboardInterrupt, SystemExit):
        raise
    except ConformanceError as err:
        raise _shrunk(cleaner, err) from err
    except BaseException as exc:
        found = _first_conformance(exc)
        if found is not None:
            raise _shrunk(cleaner, found) from exc
        # hypothesis itself gave up (a flaky verdict is a cleaner that is not deterministic).
        raise ConformanceError(cleaner, TOTAL, "", f"{type(exc).__name__}: {exc}") from exc


def _first_conformance(exc: BaseException | None, depth: int = 0) -> ConformanceError | None:
    if exc is None or depth > 20:
        return None
    if isinstance(exc, ConformanceError):
        return exc
    for inner in getattr(exc, "exceptions", ()):  # an exception group
        found = _first_conformance(inner, depth + 1)
        if found is not None:
            return found
    return _first_conformance(exc.__cause__ or exc.__context__, depth + 1)


def _shrunk(cleaner: Cleaner, err: ConformanceError) -> ConformanceError:
    small = shrink(cleaner, err.check, err.example)
    if small == err.example:
        return err
    try:
        CHECKS[err.check](cleaner, small)
    except ConformanceError as again:
        return again
    return err
