"""Text that remembers where every character came from.

``TrackedText`` holds the raw input, the current text and, for each current
character, the raw span it stems from (kept as runs, not per character).  Cleaners never touch it directly:
they propose ``Change`` records, ``apply`` validates them, rewrites the text
and composes the map, so every edit and removal reported in the document
carries raw offsets with ``raw[start:end] == before`` by construction.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from .records import Change, Edit, Removal


class ChangeError(ValueError):
    """A cleaner proposed changes that cannot be applied."""


class TrackedText:
    """The raw text, the current text, and the map between them as runs of characters.

    Each run (``segment``) is a stretch of current characters that either
    still are a stretch of raw characters, one for one (``_ends[k] < 0``), or
    all stem from one raw span ``_raws[k]:_ends[k]`` (a replacement's text).
    ``apply`` copies the runs between changes and cuts only those a change
    touches, so its cost grows with the changes and the runs, not with the
    length of the document, as ``tokenizers``' alignments do.
    """

    __slots__ = ("raw", "text", "_cur", "_raws", "_ends", "edits", "removed")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        # Run k covers current text[_cur[k]:_cur[k + 1]] (the last one up to the end of the text).
        self._cur: list[int] = [0] if raw else []
        self._raws: list[int] = [0] if raw else []
        self._ends: list[int] = [-1] if raw else []
        self.edits: list[Edit] = []
        self.removed: list[Removal] = []

    def _span_at(self, pos: int) -> tuple[int, int]:
        """The raw span that the current character at ``pos`` stems from."""
        k = bisect_right(self._cur, pos) - 1
        end = self._ends[k]
        if end < 0:
            r = self._raws[k] + pos - self._cur[k]
            return r, r + 1
        return self._raws[k], end

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span that current ``text[start:end]`` stems from."""
        if start < end:
            return self._span_at(start)[0], self._span_at(end - 1)[1]
        pos = self._span_at(start)[0] if start < len(self.text) else len(self.raw)
        return pos, pos

    def current_offset(self, raw_pos: int) -> int:
        """The first current offset whose character stems from ``raw_pos`` or later.

        A binary search over the characters' raw starts, as ``bisect_left``
        does (moved text may leave them out of order; the answer is the same).
        """
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._span_at(mid)[0] < raw_pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

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
        runs = _Runs()
        pos = 0
        for ch in kept:
            parts.append(text[pos : ch.start])
            self._copy(runs, pos, ch.start)
            rs, re_ = self.raw_span(ch.start, ch.end)
            before = self.raw[rs:re_]
            if ch.remove:
                self.removed.append(Removal(cleaner, before, rs, re_, ch.into))
            else:
                self.edits.append(Edit(cleaner, rs, re_, before, ch.replacement, ch.reason))
            if ch.pieces:
                parts.append(ch.replacement)
                for a, b in ch.pieces:
                    self._copy(runs, a, b)
            elif ch.replacement:
                parts.append(ch.replacement)
                runs.add(len(ch.replacement), rs, re_)
            pos = ch.end
        parts.append(text[pos:])
        self._copy(runs, pos, n)
        self.text = "".join(parts)
        self._cur, self._raws, self._ends = runs.cur, runs.raws, runs.ends
        return len(kept)

    def _copy(self, runs: _Runs, start: int, end: int) -> None:
        """Append the map of current ``text[start:end]`` to ``runs``."""
        if start >= end:
            return
        cur, raws, ends = self._cur, self._raws, self._ends
        k = bisect_right(cur, start) - 1
        last = len(cur) - 1
        while start < end:
            stop = min(end, cur[k + 1] if k < last else len(self.text))
            raw = raws[k] + start - cur[k] if ends[k] < 0 else raws[k]
            runs.add(stop - start, raw, ends[k])
            start = stop
            k += 1


class _Runs:
    """The runs of a map being built, joined where they go on from one another."""

    __slots__ = ("cur", "raws", "ends", "size", "_next_raw")

    def __init__(self) -> None:
        self.cur: list[int] = []
        self.raws: list[int] = []
        self.ends: list[int] = []
        self.size = 0
        self._next_raw = -1  # the raw offset an identity run at the end would go on with

    def add(self, length: int, raw: int, end: int) -> None:
        """``length`` characters stemming one for one from ``raw`` on (``end < 0``), or each from ``raw:end``."""
        if end == raw + 1 and length == 1:
            end = -1  # one character from one: the same as a run of one
        if end < 0 and self.ends and self.ends[-1] < 0 and self._next_raw == raw:
            pass  # goes on from the identity run before it
        elif end >= 0 and self.ends and self.ends[-1] == end and self.raws[-1] == raw:
            pass  # more characters from the same raw span
        else:
            self.cur.append(self.size)
            self.raws.append(raw)
            self.ends.append(end)
        self.size += length
        self._next_raw = raw + length if end < 0 else -1
