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
