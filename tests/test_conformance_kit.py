"""The conformance call catches each kind of bad cleaner, and says which check and why."""

import re
import unicodedata
from dataclasses import dataclass

import pytest

from newsclean import Change, Cleaner
from newsclean.testing import ConformanceError, check_cleaner


@dataclass(frozen=True)
class Colour(Cleaner):
    """A correct cleaner: British spelling, one word at a time."""

    name = "colour"

    def propose(self, text, draft):
        for m in re.finditer(r"\bcolor\b", text):
            yield Change(m.start(), m.end(), "colour", "spelling")


@dataclass(frozen=True)
class Exclaim(Cleaner):
    """Not idempotent: every run adds another mark."""

    name = "exclaim"

    def propose(self, text, draft):
        for m in re.finditer(r"[.!]+(?=\s|$)", text):
            yield Change(m.start(), m.end(), m.group() + "!", "emphasis")


@dataclass(frozen=True)
class DropDigits(Cleaner):
    """Deletes visible text without declaring it in ``deletes``."""

    name = "drop_digits"

    def propose(self, text, draft):
        for m in re.finditer(r"\d+", text):
            yield Change(m.start(), m.end(), "", "digits")


@dataclass(frozen=True)
class OffByOne(Cleaner):
    """Reports spans one character past where its match is, off the end of the text."""

    name = "off_by_one"

    def propose(self, text, draft):
        for m in re.finditer(r"\S+$", text):
            yield Change(m.start() + 1, m.end() + 1, m.group(), "shifted")


@dataclass(frozen=True)
class Overlapping(Cleaner):
    """Reports two changes over the same characters."""

    name = "overlapping"

    def propose(self, text, draft):
        for m in re.finditer(r"\w\w", text):
            yield Change(m.start(), m.end(), m.group().upper(), "caps")
            yield Change(m.start() + 1, m.end(), m.group()[1].upper(), "caps again")


@dataclass(frozen=True)
class AsciiOnly(Cleaner):
    """Raises on the first character outside ASCII."""

    name = "ascii_only"

    def propose(self, text, draft):
        for c in text:
            if ord(c) > 127:
                raise ValueError(f"cannot handle {unicodedata.name(c, hex(ord(c)))}")
        return []


def test_a_correct_cleaner_passes():
    check_cleaner(Colour(), max_examples=50, clean_text=False)  # its job is to change clean text


@pytest.mark.parametrize(
    ("cleaner", "check", "detail"),
    [
        (Exclaim(), "idempotent", "second run turned"),
        (DropDigits(), "no silent loss", "declares no `deletes`"),
        (OffByOne(), "changes valid", "is outside"),
        (Overlapping(), "changes valid", "overlaps"),
        (AsciiOnly(), "total and deterministic", "raised ValueError"),
    ],
    ids=lambda v: v.name if isinstance(v, Cleaner) else None,
)
def test_each_bad_cleaner_fails_naming_the_check(cleaner, check, detail):
    with pytest.raises(ConformanceError) as caught:
        check_cleaner(cleaner, max_examples=200)
    err = caught.value
    assert err.check == check
    message = str(err)
    assert f"cleaner {cleaner.name!r} fails {check}" in message
    assert detail in message
    assert "example: " in message
    # hypothesis shrinks the example to a short witness, not a page of noise
    assert len(err.example) <= 200


@dataclass(frozen=True)
class DashSpacer(Cleaner):
    """Not idempotent around an em dash: it pads each one with spaces, again on every run."""

    name = "dash_spacer"

    def propose(self, text, draft):
        for m in re.finditer("—", text):
            yield Change(m.start(), m.end(), " — ", "spacing")


@dataclass(frozen=True)
class HyphenDigits(Cleaner):
    """Declares line-end hyphens but deletes digits."""

    name = "hyphen_digits"
    deletes = frozenset({"line-end hyphen"})

    def propose(self, text, draft):
        for m in re.finditer(r"-\n|\d", text):
            yield Change(m.start(), m.end(), "", "hyphen")


@dataclass(frozen=True)
class DropsLines(Cleaner):
    """Takes lines out into no field, declaring nothing."""

    name = "drops_lines"

    def propose(self, text, draft):
        for m in re.finditer(r"(?m)^\S[^\n]*\d[^\n]*$", text):
            yield Change(m.start(), m.end(), "", "noise", remove=True)


@dataclass(frozen=True)
class TwoBugs(Cleaner):
    """Two different failures, which hypothesis could report together as an exception group."""

    name = "two_bugs"

    def propose(self, text, draft):
        if "—" in text:
            raise ValueError("no dashes")
        for m in re.finditer(r"\d", text):
            yield Change(m.start(), m.end(), m.group() * 2, "doubled")


@pytest.mark.parametrize(
    ("cleaner", "check"),
    [
        (DashSpacer(), "idempotent"),
        (HyphenDigits(), "no silent loss"),
        (DropsLines(), "no silent loss"),
        (TwoBugs(), None),
    ],
    ids=lambda v: v.name if isinstance(v, Cleaner) else None,
)
def test_the_verdict_is_the_same_on_every_run_and_always_a_conformance_error(cleaner, check):
    verdicts = []
    for _ in range(2):
        with pytest.raises(ConformanceError) as caught:
            check_cleaner(cleaner, max_examples=50)
        verdicts.append((caught.value.check, caught.value.example))
    assert verdicts[0] == verdicts[1]
    assert check is None or verdicts[0][0] == check
    assert len(verdicts[0][1]) <= 40, verdicts[0][1]  # shrunk to a witness, not a document


def test_a_deletion_of_a_declared_kind_passes():
    @dataclass(frozen=True)
    class Dehyphen(Cleaner):
        name = "dehyphen"
        deletes = frozenset({"line-end hyphen"})

        def propose(self, text, draft):
            for m in re.finditer(r"(?<=[a-z])-\n(?=[a-z])", text):
                yield Change(m.start(), m.end(), "", "hyphen")

    check_cleaner(Dehyphen(), max_examples=50)


def test_the_strategies_reach_the_characters_that_break_cleaners():
    from hypothesis import given, settings

    from newsclean.testing import texts

    seen = set()

    @settings(max_examples=60, derandomize=True, database=None)
    @given(texts())
    def collect(text):
        seen.update(
            kind
            for kind, hit in [
                ("em dash", "—" in text),
                ("astral", any(ord(c) > 0xFFFF for c in text)),
                ("combining", any(unicodedata.combining(c) for c in text)),
                ("space run", "  " in text),
                ("nbsp by space", "\u00a0 " in text or " \u00a0" in text),
                ("digit", any(c.isdigit() for c in text)),
                ("quote", any(c in "“”‘’\"'" for c in text)),
            ]
            if hit
        )

    collect()
    assert seen == {"em dash", "astral", "combining", "space run", "nbsp by space", "digit", "quote"}


def test_the_readme_names_the_checks_the_code_runs():
    from pathlib import Path

    from newsclean.testing import CHECKS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    section = readme[readme.index("## Testing a cleaner") :]
    section = section[: section.index("\n## ", 4)]
    named = set(re.findall(r"^\| `([^`]+)` \|", section, flags=re.M))
    assert named == set(CHECKS)
