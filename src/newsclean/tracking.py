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
from itertools import compress, count
from operator import attrgetter, gt

from .records import Change, Edit, Removal


class ChangeError(ValueError):
    """A cleaner proposed changes that cannot be applied."""


_SPAN = attrgetter("start", "end")


def disjoint(changes: Iterable[Change], *, cleaner: str | None = None) -> list[Change]:
    """``changes`` in text order, each span claimed once.

    A change repeated, or lying inside a removal, adds nothing: the removal
    already accounts for that text, so it is dropped.  Of two changes that
    cross, the one proposed first stands, or, given ``cleaner``, a
    ``ChangeError`` names it (the pipeline's guard: crossing changes are a
    cleaner's bug, nested ones a harmless double claim).

    >>> [(c.start, c.end) for c in disjoint([Change(0, 9, remove=True), Change(2, 4), Change(8, 12)])]
    [(0, 9)]
    """
    # A stable sort: of changes with the same span, the one proposed first stays first.
    ordered = sorted(changes, key=_SPAN)
    kept: list[Change] = []
    for ch in ordered:
        # A removal takes in the changes kept at its start that lie inside it.
        while ch.remove and ch.start < ch.end and kept and kept[-1].start == ch.start and kept[-1].end <= ch.end:
            kept.pop()
        prev = kept[-1] if kept else None
        if prev is None or prev.end <= ch.start:
            kept.append(ch)
        elif prev == ch or prev.remove and ch.end <= prev.end:
            continue  # said twice, or inside a removal already made
        elif cleaner is not None:
            raise ChangeError(f"{cleaner}: change {ch.start}:{ch.end} overlaps {prev.start}:{prev.end}")
    return kept


_COUNTING: array = array("q")
_COUNTING_MAX = 1 << 20  # a million offsets (8 MB) kept; a longer text counts its own


def _identity(start: int, end: int) -> array:
    """``array("q", range(start, end))``, cut from a counting kept for the purpose: a copy in C, not a loop."""
    global _COUNTING
    if end > len(_COUNTING):
        if end > _COUNTING_MAX:
            return array("q", range(start, end))
        _COUNTING = array("q", range(min(_COUNTING_MAX, max(end, 2 * len(_COUNTING), 4096))))
    return _COUNTING[start:end]


class TrackedText:
    __slots__ = ("raw", "text", "_starts", "_ends", "edits", "removed")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._starts = _identity(0, n)
        self._ends = _identity(1, n + 1)
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
        ordered = disjoint(changes, cleaner=cleaner)
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
            if not ch.pieces and self._broken(ch.start, ch.end):
                self._record_split(ch, cleaner, parts, starts, ends)
                pos = ch.end
                continue
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

    def _broken(self, start: int, end: int) -> bool:
        """Whether current ``text[start:end]`` stems from raw text with a hole (text an earlier change took out)."""
        # Compared pairwise in C: a removal spans thousands of characters.
        return any(map(gt, self._starts[start + 1 : end], self._ends[start : end - 1]))

    def _runs(self, start: int, end: int) -> list[tuple[int, int]]:
        """``text[start:end]`` cut where its raw origin jumps: each piece stems from one stretch of raw text."""
        runs, a = [], start
        for cut in compress(count(start + 1), map(gt, self._starts[start + 1 : end], self._ends[start : end - 1])):
            runs.append((a, cut))
            a = cut
        if a < end:
            runs.append((a, end))
        return runs

    def _record_split(self, ch: Change, cleaner: str, parts: list[str], starts: array, ends: array) -> None:
        """Apply and record ``ch`` whose span has holes, so the raw text of a hole is not counted again.

        What the change keeps at either end keeps its origin; what it changes is
        recorded once per stretch of raw text (the new text with the first).
        """
        old, new = self.text[ch.start : ch.end], ch.replacement
        p = 0
        while p < min(len(old), len(new)) and old[p] == new[p]:
            p += 1
        q = 0
        while q < min(len(old), len(new)) - p and old[-1 - q] == new[-1 - q]:
            q += 1
        lo, hi, middle = ch.start + p, ch.end - q, new[p : len(new) - q]
        parts.append(new)
        starts.extend(self._starts[ch.start : lo])
        ends.extend(self._ends[ch.start : lo])
        runs = self._runs(lo, hi) or [(lo, lo)]
        for n, (a, b) in enumerate(runs):
            rs, re_ = self.raw_span(a, b)
            if ch.remove:
                self.removed.append(Removal(cleaner, self.raw[rs:re_], rs, re_, ch.into))
            else:
                self.edits.append(Edit(cleaner, rs, re_, self.raw[rs:re_], middle if n == 0 else "", ch.reason))
            if n == 0:
                starts.extend(array("q", [rs]) * len(middle))
                ends.extend(array("q", [re_]) * len(middle))
        starts.extend(self._starts[hi : ch.end])
        ends.extend(self._ends[hi : ch.end])
