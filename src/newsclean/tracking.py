"""Text that remembers where every character came from.

``TrackedText`` holds the raw input, the current text and, for each current
character, the raw span it stems from.  Cleaners never touch it directly:
they propose ``Change`` records, ``apply`` validates them, rewrites the text
and composes the map, so every edit and removal reported in the document
carries raw offsets with ``raw[start:end] == before`` by construction.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable

from .records import Change, Edit, Removal


class ChangeError(ValueError):
    """A cleaner proposed changes that cannot be applied."""


class TrackedText:
    __slots__ = ("raw", "text", "_starts", "_ends", "edits", "removed")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._starts = array("q", range(n))
        self._ends = array("q", range(1, n + 1))
        self.edits: list[Edit] = []
        self.removed: list[Removal] = []

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span that current ``text[start:end]`` stems from."""
        if start < end:
            return self._starts[start], self._ends[end - 1]
        pos = self._starts[start] if start < len(self.text) else len(self.raw)
        return pos, pos

    def current_offset(self, raw_pos: int) -> int:
        """The first current offset whose character stems from ``raw_pos`` or later."""
        return bisect_left(self._starts, raw_pos)

    def apply(self, changes: Iterable[Change], cleaner: str) -> int:
        """Apply ``changes`` (against the current text) and record them; return how many."""
        ordered = sorted(changes, key=lambda c: (c.start, c.end))
        text = self.text
        n = len(text)
        last = 0
        kept: list[Change] = []
        for ch in ordered:
            if not (0 <= ch.start <= ch.end <= n):
                raise ChangeError(f"{cleaner}: change {ch.start}:{ch.end} outside 0:{n}")
            if ch.start < last:
                raise ChangeError(f"{cleaner}: change {ch.start}:{ch.end} overlaps the previous one")
            if text[ch.start : ch.end] == ch.replacement:
                continue
            if ch.pieces and (
                any(not (ch.start <= a <= b <= ch.end) for a, b in ch.pieces)
                or "".join(text[a:b] for a, b in ch.pieces) != ch.replacement
            ):
                raise ChangeError(f"{cleaner}: move {ch.start}:{ch.end} is not made of its own text")
            last = ch.end
            kept.append(ch)
        if not kept:
            return 0
        parts: list[str] = []
        starts = array("q")
        ends = array("q")
        pos = 0
        for ch in kept:
            parts.append(text[pos : ch.start])
            starts.extend(self._starts[pos : ch.start])
            ends.extend(self._ends[pos : ch.start])
            rs, re_ = self.raw_span(ch.start, ch.end)
            before = self.raw[rs:re_]
            if ch.remove:
                self.removed.append(Removal(cleaner, before, rs, re_, ch.into))
            else:
                self.edits.append(Edit(cleaner, rs, re_, before, ch.replacement, ch.reason))
            if ch.pieces:
                parts.append(ch.replacement)
                for a, b in ch.pieces:
                    starts.extend(self._starts[a:b])
                    ends.extend(self._ends[a:b])
            elif ch.replacement:
                parts.append(ch.replacement)
                k = len(ch.replacement)
                starts.extend(array("q", [rs]) * k)
                ends.extend(array("q", [re_]) * k)
            pos = ch.end
        parts.append(text[pos:])
        starts.extend(self._starts[pos:])
        ends.extend(self._ends[pos:])
        self.text = "".join(parts)
        self._starts, self._ends = starts, ends
        return len(kept)
