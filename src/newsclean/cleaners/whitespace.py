"""Line endings, tabs, page feeds and runs of spaces."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..cleaner import Cleaner, Draft
from ..records import Change
from ..textutil import CELL_GAP

# Possessive quantifiers keep every alternative linear on long runs of spaces.
_WS = regex.compile(
    r"(?P<newline>\r\n?|[\f\v\x1c-\x1e\x85\u2028\u2029])"
    r"|(?P<edge>(?:^|(?<=[\r\f\v]))[ \t]++|[ \t]++(?=[\r\n\f\v]|$))"
    r"|(?P<run>[ \t]{2,}+|\t)",
    regex.M,
)

# A page's first line with text, laid out in cells (``CityAM`` beside the running title): each cell is a line.
_PAGE_HEAD = regex.compile(r"(?:\A|(?<=\f))\s*+\K[^\n\f]*+")


@dataclass(frozen=True)
class Whitespace(Cleaner):
    """One space between words, none at line ends, ``\\n`` as the only line break.

    Form feeds become line breaks; blank lines are kept for the paragraph
    cleaners to read.  On a printed page, the cells of its first row (a
    running title beside the masthead, laid out by ``pdftotext -layout``)
    go on lines of their own, as they are read without layout.

    >>> from newsclean import clean
    >>> clean("One  line\\r\\nand\\ttwo   ").text
    'One line and two\\n'
    """

    name = "whitespace"
    after = ("unicode",)

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        heads = [m.span() for m in _PAGE_HEAD.finditer(text)] if "\f" in text else []
        starts = [a for a, _ in heads]
        for m in _WS.finditer(text):
            kind, (start, end) = m.lastgroup, m.span()  # which of the three groups matched
            if kind == "newline":
                if m.group() == "\f":  # page furniture is found page by page later
                    draft.hints.setdefault("page_breaks", []).append(draft.tracked.raw_span(start, end)[0])
                yield Change(start, end, "\n", "line break")
            elif kind == "edge":
                yield Change(start, end, "", "space at line edge")
            elif CELL_GAP.fullmatch(m.group()) and _within(heads, starts, start):
                yield Change(start, end, "\n", "cells of a page's header row")
            else:
                yield Change(start, end, " ", "run of spaces")


def _within(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Is ``pos`` inside one of the sorted, disjoint ``spans`` (whose starts are ``starts``)?"""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]
