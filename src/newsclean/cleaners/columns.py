"""Columns set side by side (``pdftotext -layout``) back into reading order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from ..cleaner import Cleaner, Draft
from ..records import Change
from ..textutil import HYPHEN_END, Line, lines

_GAPPED = regex.compile(r"\S {3,}+\S")
_BLANK = regex.compile(r"\s")
_PAGE = regex.compile(r"[^\f]++")
_GAP = regex.compile(r"(?<=\S) {2,}+(?=\S)")  # a gap between two columns' text on one row
_SENTENCE_GAP = regex.compile(r"[.!?:][\"”’)]? {2,}+[\"“‘(]?\p{Lu}$")  # a sentence's end, a wide space, the next one
_INDENT = 5  # a paragraph's first line starts this far into its column, at most
_STRETCH_ROWS = 250  # longer than any page: text without form feeds is read in stretches of at most this many rows


class Span(NamedTuple):
    """A column's positions on the page's rows; ``measure``, if set, is its usual line length where rows are cut."""

    start: int
    end: int
    measure: int = 0


@dataclass(frozen=True)
class Columns(Cleaner):
    """Read text laid out in columns column by column, not line by line.

    Layout-preserving extractors print a two- or three-column page line by
    line, so each line holds the pieces of two or three sentences.  A
    gutter is a strip of positions blank on every line of a stretch of the
    page with prose on both sides; the stretch is rewritten as the first
    column, then the second, and so on.  Stretches separated by blank lines
    are read together while they share their gutters (a photo caption over
    a column, a drop cap on a line of its own), and lines that cross a
    gutter (a title, a running header) end the stretch.  Tables of short
    cells are left as they are.

    >>> from newsclean import clean
    >>> left = ["The council met on Monday to", "discuss the budget for next", "year and voted to approve it."]
    >>> right = ["Critics said the plan would", "raise taxes for most families", "and cut services in the city."]
    >>> print(clean("\\n".join(f"{a:<34}{b}" for a, b in zip(left, right))).text, end="")
    The council met on Monday to discuss the budget for next year and voted to approve it. Critics said the plan would raise taxes for most families and cut services in the city.
    """

    name = "columns"
    after = ("unicode",)
    before = ("whitespace",)
    min_column: int = 15  # narrowest column of prose, in characters
    min_gutter: int = 2
    max_width: int = 400  # longer lines are not a page laid out in columns

    def could_apply(self, text: str, draft: Draft) -> bool:
        return "   " in text  # no gutter without a wide gap

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        if not self.could_apply(text, draft):
            return
        for page in _PAGE.finditer(text):
            if len(_GAPPED.findall(page.group())) >= 3:
                yield from self._page(page.group(), page.start())

    def _page(self, page: str, offset: int) -> Iterator[Change]:
        rows = lines(page)
        first = last = 0  # the stretch of rows read together, and its columns
        spans: list[Span] | None = None
        for a, b in _bands(rows):
            if last and b - first <= _STRETCH_ROWS:
                # Read on while the stretch keeps no fewer clear gutters than either part alone.
                joined = self._layout(rows[first:b], ragged=False)
                alone = self._layout(rows[a:b], ragged=False)
                if joined is not None and len(joined) >= max(len(spans or ()), len(alone or ())):
                    last, spans = b, joined
                    continue
            yield from _rewrite(rows[first:last], self._layout(rows[first:last]), offset)
            first, last, spans = a, b, self._layout(rows[a:b], ragged=False)
        yield from _rewrite(rows[first:last], self._layout(rows[first:last]), offset)

    def _layout(self, stretch: list[Line], ragged: bool = True) -> list[Span] | None:
        """The columns' ``(start, end)`` positions if ``stretch`` is laid out in columns.

        With ``ragged``, a column whose gutter the extractor closed up on
        some rows is found too (see ``_ragged``).
        """
        rows = [row.text for row in stretch if not row.blank]
        if len(rows) < 3 or max(map(len, rows)) > self.max_width:
            return None
        masks = [_mask(row) for row in rows]
        ink = 0
        for m in masks:
            ink |= m
        edges = _gutters(ink, self.min_gutter) or _straddled(masks, ink, self.min_gutter + 1)
        if not edges:
            return self._ragged(rows, Span(0, self.max_width + 1)) if ragged else None
        bounds = [0, *[x for gutter in edges for x in gutter], max(map(len, rows))]
        spans = [Span(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
        if any(b - a < self.min_column for a, b, _ in spans):
            return None
        fields = [[m >> a & ((1 << (b - a)) - 1) != 0 for a, b, _ in spans] for m in masks]
        across = sum(1 for f in fields if sum(f) >= 2)
        if across < max(3, 0.1 * len(rows)):
            return None
        for i, (a, b, _) in enumerate(spans):
            if i == len(spans) - 1 and _ends_short(fields):
                continue  # the article ends near the top of its last column
            if not _prose([row[a:b] for row, f in zip(rows, fields, strict=True) if f[i]]):
                return None  # short cells: a table, not prose
        spans[-1] = Span(spans[-1].start, self.max_width + 1)
        return [part for span in spans for part in ragged and self._ragged(rows, span) or [span]]

    def _ragged(self, rows: list[str], span: Span) -> list[Span] | None:
        """Split ``span`` in two where a second column starts that the extractor closed up to the first.

        ``pdftotext -layout`` leaves one space between columns on a row
        where the first column's line is full, and the gutter shows only on
        rows where it is short: there the second column resumes after a gap,
        at the same position on many rows.  Both sides must read as prose.
        Each row is then cut where its own text crosses over (see ``_cut``).
        """
        a, b = span.start, span.end
        cells = [row[a:b].rstrip() for row in rows]
        resumes = Counter(m.end() for cell in cells for m in _GAP.finditer(cell))
        if not resumes:
            return None
        mode, seen = resumes.most_common(1)[0]
        if seen < 3:
            return None
        x = min(at for at, n in resumes.items() if mode - _INDENT <= at <= mode and n > 1)  # first lines are indented
        aligned = sum(n for at, n in resumes.items() if x <= at <= x + _INDENT)
        if aligned < 0.15 * len(cells) or x < self.min_column:
            return None
        clear = [(cell, k) for cell in cells if (k := _gap_near(cell, x)) < len(cell)]
        if sum(bool(_SENTENCE_GAP.search(cell, 0, k + 1)) for cell, k in clear) > 0.5 * len(clear):
            return None  # sentences set apart by wide spaces in one column, not a gutter
        second = Span(a + x, b, sorted(len(cell) - k for cell, k in clear)[3 * len(clear) // 4])
        cuts = [_cut(row, second, a) - a for row in rows]
        if sum(1 for cell, k in zip(cells, cuts, strict=True) if 0 < k < len(cell) and k != x) < 3:
            return None  # no row closed up: the strict gutter finder would have seen it
        if not (
            _prose([c[:k] for c, k in zip(cells, cuts, strict=True)])
            and _prose([c[k:] for c, k in zip(cells, cuts, strict=True)])
        ):
            return None
        return [Span(a, a + x), second]


def _prose(cells: list[str]) -> bool:
    """Do a column's ``cells`` read as prose: three or more, long, most of them of several words?"""
    text = [cell.strip() for cell in cells if cell.strip()]
    return len(text) >= 3 and sum(map(len, text)) >= 12 * len(text) and sum(" " in c for c in text) >= 0.5 * len(text)


def _rewrite(rows: list[Line], spans: list[Span] | None, offset: int) -> Iterator[Change]:
    """One move per stretch: each column's cells in turn, joined by a line break of the stretch's own."""
    if spans is None:
        return
    newline = (offset + rows[0].end, offset + rows[0].end + 1)
    pieces: list[tuple[int, int]] = []
    cells: list[str] = []
    grid = [_cells(row.text, spans, shows) for row, shows in zip(rows, _showing(rows, spans), strict=True)]
    inked = [{i for i, (a, b) in enumerate(row) if a < b} for row in grid]
    for i in range(len(spans)):
        for k, row in enumerate(rows):
            if _offset(inked, k, i):
                continue
            a, b = grid[k][i]
            pieces += [newline, (offset + row.start + a, offset + row.start + b)]
            cells.append(row.text[a:b])
    pieces = pieces[1:]
    new = "\n".join(cells)
    reason = f"{len(spans)} columns put in reading order"
    yield Change(offset + rows[0].start, offset + rows[-1].end, new, reason, pieces=tuple(pieces))


def _showing(rows: list[Line], spans: list[Span]) -> list[set[int]]:
    """For each row, the closed-up columns it is cut into: all from the first block of rows that shows their gutter.

    Blocks above it (a title run across the columns' width) are not cut.
    """
    closed = [i for i, span in enumerate(spans) if span.measure]
    shows: list[set[int]] = [set() for _ in rows]
    seen: set[int] = set()
    for a, b in _bands(rows):
        seen = seen | {
            i for i in closed if any(_gap_near(row.text, spans[i].start) < len(row.text) for row in rows[a:b])
        }
        shows[a:b] = [seen] * (b - a)
    return shows


def _cells(row: str, spans: list[Span], shows: set[int]) -> list[tuple[int, int]]:
    """Where each column's text lies on ``row``: ``(start, end)``, empty where the column has none."""
    starts = [
        _cut(row, span, spans[i - 1].start) if i in shows else min(span.end if span.measure else span.start, len(row))
        for i, span in enumerate(spans[1:], 1)
    ]
    return [(a, a + len(row[a:b].rstrip())) for a, b in zip([0, *starts], [*starts, len(row)], strict=True)]


def _gap_near(row: str, x: int) -> int:
    """Where text resumes after a gap near position ``x`` of ``row``; ``len(row)`` if there is none."""
    return next((m.end() for m in _GAP.finditer(row) if x - _INDENT <= m.end() <= x + _INDENT), len(row))


def _cut(row: str, span: Span, left: int) -> int:
    """Where ``row`` passes to a column closed up to the one before it, which starts at ``left``.

    The row is cut after its gap near the column's start if it has one.
    Else the extractor ran the two lines together with one space: at a word
    hyphenated at the first column's edge (``Me-``) if there is one, else
    where both lines come closest to the column's usual length (the first
    column's line is full, or the gutter would show).
    """
    x = span.start
    if len(row) <= x:
        return len(row)
    if (resume := _gap_near(row, x)) < len(row):
        return resume
    if not row[: max(_INDENT + 1, x - 2 * _INDENT)].strip():
        return len(row) - len(row.lstrip())  # the row holds the second column's line alone
    end = len(row[: span.end].rstrip())
    starts = [k + 1 for k in range(max(1, x - 2 * _INDENT), x) if row[k] == " " and row[k - 1] != " " != row[k + 1]]
    broken = [k for k in starts if HYPHEN_END.search(row, 0, k - 1)]
    if broken:
        return broken[-1]
    if not starts:
        return row.find(" ", x) + 1 or len(row)  # a long word reaches over the column's start
    return min(
        reversed(starts), key=lambda k: abs(len(row[left:k].rstrip()) - span.measure) + abs(end - k - span.measure)
    )


def _offset(inked: list[set[int]], k: int, column: int) -> bool:
    """Is row ``k`` empty in ``column`` only because another column's baseline lies half a line lower?

    The extractor then prints the columns on alternate rows, each holding
    none of the columns of the row before: row ``k`` must be inside such a
    run of alternating rows, and ``column`` inked next to it.  A gap in one
    column beside another that runs on is a real paragraph break, and stays.
    """
    if column in inked[k] or not inked[k]:
        return False

    def alternate(j: int) -> bool:  # rows j and j + 1 share no column
        return 0 <= j < len(inked) - 1 and bool(inked[j]) and bool(inked[j + 1]) and not inked[j] & inked[j + 1]

    sides = [inked[j] for j in (k - 1, k + 1) if 0 <= j < len(inked)]
    run = (
        alternate(k - 1) and alternate(k) or alternate(k) and alternate(k + 1) or alternate(k - 2) and alternate(k - 1)
    )
    return run and all(column in side for side in sides)


def _bands(rows: list[Line]) -> Iterator[tuple[int, int]]:
    """Runs of rows ``[a, b)`` separated by blank rows."""
    a = b = None
    for i, row in enumerate(rows):
        if row.blank:
            continue
        if a is None:
            a = i
        elif i - b >= 1:
            yield a, b
            a = i
        b = i + 1
    if a is not None:
        yield a, b


def _ends_short(fields: list[list[bool]]) -> bool:
    """True if the last column holds just the stretch's top one or two rows, each beside the column before."""
    count = sum(f[-1] for f in fields)
    return 0 < count < 3 and all(f[-1] and f[-2] for f in fields[:count])


class _InkDigits(dict):
    """``str.translate`` table: ``"0"`` for a space (as ``\\s`` has it), ``"1"`` for ink; each character looked up once."""

    def __missing__(self, code: int) -> str:
        digit = self[code] = "0" if _BLANK.match(chr(code)) else "1"
        return digit


_INK_DIGITS = _InkDigits()


def _mask(row: str) -> int:
    """Bit ``x`` set where ``row`` has ink at position ``x``."""
    return int(row.translate(_INK_DIGITS)[::-1], 2)


def _straddled(masks: list[int], ink: int, width: int) -> list[tuple[int, int]]:
    """Gutters that a few long rows (a photo caption wider than its column) reach into.

    A strip of at least ``width`` positions blank in all rows but one in
    twenty is a gutter if one position in it is blank in every row: the
    columns are cut there, so no row loses a character.
    """
    tolerated = len(masks) // 20
    if not tolerated:
        return []
    # at_least[k]: positions inked in more than k rows, counted a whole row at a time.
    at_least = [0] * (tolerated + 1)
    for m in masks:
        for k in range(tolerated, 0, -1):
            at_least[k] |= at_least[k - 1] & m
        at_least[0] |= m
    busy = at_least[tolerated]
    cuts = []
    for start, end in _gutters(busy, width):
        clear = [x for x in range(start, end) if not ink >> x & 1]
        if not clear:
            return []
        cuts.append((clear[-1], clear[-1] + 1))  # the caption leans into the gutter from the left column
    return cuts


def _gutters(ink: int, width: int) -> list[tuple[int, int]]:
    """Runs of at least ``width`` positions blank in every row, between inked ones."""
    bits = bin(ink)[2:][::-1]
    return [(m.start(), m.end()) for m in _blank_run(width).finditer(bits)]


@lru_cache(maxsize=8)
def _blank_run(width: int) -> regex.Pattern[str]:
    return regex.compile(rf"(?<=1)0{{{width},}}+(?=1)")
