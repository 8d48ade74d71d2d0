"""A small column typesetter on the reportlab canvas that knows where every word went.

reportlab's platypus breaks lines out of sight, but the gold must know which
words were hyphenated at a line end (and whether the hyphen is the word's own),
on which page each half of a split word landed and which footnotes a page
holds.  So lines are broken here, greedily, at pyphen's hyphenation points,
and flowed into columns by a cursor that owns the page.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache

import pyphen
from reportlab.pdfgen.canvas import Canvas

from .fonts import width

URL_BREAK_AFTER = "/-._?&=#"


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text in one font and size."""

    text: str
    font: str
    size: float
    rise: float = 0.0

    @property
    def width(self) -> float:
        return width(self.text, self.font, self.size)


@dataclass(frozen=True, slots=True)
class Split:
    """A word broken at a line end: ``left`` ends the line (with its hyphen), ``right`` opens the next."""

    left: str
    right: str
    compound: bool


@dataclass(frozen=True, slots=True)
class Word:
    """What stands between two spaces on a line; ``token`` indexes the gold body (-1: not body text)."""

    runs: tuple[Run, ...]
    token: int = -1
    notes: tuple[str, ...] = ()
    split: Split | None = None
    breakable: bool = True

    @property
    def width(self) -> float:
        return sum(r.width for r in self.runs)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True, slots=True)
class Line:
    words: tuple[Word, ...]
    indent: float
    measure: float
    space: float
    leading: float
    justify: bool


class Hyphenator:
    """Line-end break points of a word: pyphen's inside plain words, the word's own hyphens, a URL's slashes."""

    def __init__(self, lang: str) -> None:
        self.dic = _dic(pyphen.language_fallback(lang) or "en_US")

    def breaks(self, text: str) -> list[Split]:
        if "://" in text or text.startswith("www."):
            start = text.find("://") + 3 if "://" in text else 4
            return [
                Split(text[: i + 1], text[i + 1 :], True)
                for i in range(start, len(text) - 1)
                if text[i] in URL_BREAK_AFTER
            ]
        out = [
            Split(text[: i + 1], text[i + 1 :], True)
            for i in range(1, len(text) - 2)
            if text[i] == "-" and text[i - 1].isalpha() and text[i + 1].isalpha()
        ]
        head = len(text) - len(text.lstrip("\"'“‘(["))
        core = text[head:].rstrip(".,;:!?\"'”’)]")
        if core.isalpha() and len(core) >= 5:
            tail = text[head + len(core) :]
            out += [Split(text[: head + i] + "-", core[i:] + tail, False) for i in self.dic.positions(core)]
        return out


@cache
def _dic(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang, left=2, right=3)


def break_lines(
    words: Iterable[Word],
    measure: Callable[[int], tuple[float, float]],
    space: float,
    leading: float,
    justify: bool,
    hyphenator: Hyphenator | None,
) -> list[Line]:
    """Greedy line breaking; ``measure(n)`` gives line n's indent and width (a drop cap narrows the first)."""
    lines: list[Line] = []
    queue = deque(words)
    cur: list[Word] = []
    used = 0.0

    def emit(last: bool = False) -> None:
        nonlocal cur, used
        indent, width_ = measure(len(lines))
        lines.append(Line(tuple(cur), indent, width_, space, leading, justify and not last))
        cur, used = [], 0.0

    while queue:
        word = queue.popleft()
        _, avail = measure(len(lines))
        need = word.width + (used + space if cur else 0.0)
        if need <= avail:
            cur.append(word)
            used = need
            continue
        room = avail - (used + space if cur else 0.0)
        split = _best_split(word, room, hyphenator)
        if split is None and not cur:
            split = _forced_split(word, avail)
            if split is None:  # a styled word that cannot be cut runs into the margin
                cur, used = [word], word.width
                continue
        if split is None:
            emit()
            queue.appendleft(word)
            continue
        cur.append(split[0])
        emit()
        queue.appendleft(split[1])
    if cur:
        emit(last=True)
    return lines


def _best_split(word: Word, room: float, hyphenator: Hyphenator | None) -> tuple[Word, Word] | None:
    if hyphenator is None or not word.breakable or len(word.runs) != 1 or word.notes:
        return None
    run = word.runs[0]
    fits = [s for s in hyphenator.breaks(run.text) if width(s.left, run.font, run.size) <= room]
    if not fits:
        return None
    best = max(fits, key=lambda s: len(s.left))
    soft = "://" not in run.text and not run.text.startswith("www.")
    return (
        Word((replace(run, text=best.left),), word.token, split=best if soft else None),
        Word((replace(run, text=best.right),), word.token, breakable=not soft),
    )


def _forced_split(word: Word, avail: float) -> tuple[Word, Word] | None:
    """A word wider than the column is cut where it must be, with no mark (as long URLs are)."""
    if len(word.runs) != 1 or len(word.runs[0].text) < 2:
        return None
    run = word.runs[0]
    n = max(1, max((i for i in range(1, len(run.text)) if width(run.text[:i], run.font, run.size) <= avail), default=1))
    return Word((replace(run, text=run.text[:n]),), word.token), Word((replace(run, text=run.text[n:]),), word.token)


@dataclass(slots=True)
class Geometry:
    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    columns: int = 1
    gutter: float = 14.0

    @property
    def column_width(self) -> float:
        return (self.width - self.left - self.right - (self.columns - 1) * self.gutter) / self.columns

    def column_x(self, col: int) -> float:
        return self.left + col * (self.column_width + self.gutter)


@dataclass(slots=True)
class Flow:
    """The cursor that fills columns and pages, draws footnotes and furniture, and remembers pages of words."""

    canvas: Canvas
    geo: Geometry
    furniture: Callable[[Canvas, int], None]
    notes: dict[str, list[Line]] = field(default_factory=dict)
    page: int = 1
    col: int = 0
    y: float = 0.0
    page_notes: list[str] = field(default_factory=list)
    note_height: float = 0.0
    split_pages: dict[int, list[int]] = field(default_factory=dict)
    first_page: int = 1
    first_top: float = 0.0

    def start(self, y: float) -> None:
        """Begin on the current page with every column's top at ``y`` (below a title block)."""
        self.first_page, self.first_top, self.y = self.page, y, y

    @property
    def top(self) -> float:
        return self.first_top if self.page == self.first_page else self.geo.height - self.geo.top

    def room(self) -> float:
        return self.y - self.geo.bottom - (self.note_height + 10 if self.page_notes else 0.0)

    def next_column(self) -> None:
        self.col += 1
        if self.col == self.geo.columns:
            self.new_page()
        else:
            self.y = self.top

    def new_page(self) -> None:
        self.finish_page()
        self.canvas.showPage()
        self.page += 1
        self.col = 0
        self.y = self.top

    def finish_page(self) -> None:
        if self.page_notes:
            self._draw_notes()
        self.furniture(self.canvas, self.page)
        self.page_notes, self.note_height = [], 0.0

    def ensure(self, height: float) -> None:
        """Move on until ``height`` fits (or the column is fresh and nothing more can be done)."""
        while self.room() < height and self.y < self.top - 1:
            self.next_column()

    def skip(self, height: float) -> None:
        self.y -= height

    def place(self, lines: list[Line], keep: int = 1, first_keep_extra: float = 0.0) -> list[tuple[float, float]]:
        """Set lines at the cursor; the first ``keep`` stay in one column.  Returns each line's (x, baseline)."""
        spots = []
        self.ensure(sum(line.leading for line in lines[:keep]) + first_keep_extra)
        for line in lines:
            new = [n for w in line.words for n in w.notes if n in self.notes]
            need = line.leading + sum(self._notes_height(n) for n in new) + (10 if new and not self.page_notes else 0)
            if self.room() < need and not (len(spots) < keep and spots):
                self.next_column()
            for n in new:
                self.page_notes.append(n)
                self.note_height += self._notes_height(n)
            x = self.geo.column_x(self.col)
            base = self.y - line.leading * 0.8
            self.draw_line(line, x, base)
            spots.append((x, base))
            self.y -= line.leading
        return spots

    def draw_line(self, line: Line, x: float, base: float) -> None:
        natural = sum(w.width for w in line.words) + line.space * (len(line.words) - 1)
        gap = line.space
        if line.justify and len(line.words) > 1:
            gap += min((line.measure - natural) / (len(line.words) - 1), 2.5 * line.space)
        cx = x + line.indent
        # One text object per line, each word placed by its own origin and no space characters, as
        # TeX writes PDFs: the extractors must find the word gaps themselves.
        text = self.canvas.beginText(cx, base)
        for w in line.words:
            text.setTextOrigin(cx, base)
            for r in w.runs:
                text.setFont(r.font, r.size)
                text.setRise(r.rise)
                text.textOut(r.text)
                cx += r.width
            cx += gap
            if w.token >= 0:
                pages = self.split_pages.setdefault(w.token, [])
                if not pages or pages[-1] != self.page:
                    pages.append(self.page)
        self.canvas.drawText(text)

    def _notes_height(self, label: str) -> float:
        return sum(line.leading for line in self.notes[label])

    def _draw_notes(self) -> None:
        x = self.geo.left
        y = self.geo.bottom + self.note_height
        self.canvas.setLineWidth(0.4)
        self.canvas.line(x, y + 5, x + 0.3 * (self.geo.width - self.geo.left - self.geo.right), y + 5)
        for label in self.page_notes:
            for line in self.notes[label]:
                self.draw_line(line, x, y - line.leading * 0.8)
                y -= line.leading
