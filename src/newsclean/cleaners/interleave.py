"""Two columns that pdftotext read as one, line by line across the page, back into reading order."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ..cleaner import Cleaner, Draft
from ..lexicon import Vocabulary, zipf
from ..records import Change
from ..textutil import HYPHEN_END, Line

# A lowercase letter run into a capital: where pdftotext may have glued half a word to the other column's line.
_CASE_TURN = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_LETTERS = regex.compile(r"[\p{L}\p{M}]++")
_LAST_LETTERS = regex.compile(r"[\p{L}\p{M}]++$")
_SPACE = regex.compile(" ")
_RUN_ON = regex.compile(r"\p{Ll}- \p{Ll}")  # a line-end hyphen inside a line: the next column's line ran on after it
_CLOSED = regex.compile(r"[.!?:\"”’)]$")
_KNOWN = 3.0  # zipf: a word this frequent is a word, not two halves
_WIDE = 1.6  # a line this many times the page's measure holds two lines
_NARROW = 0.5  # neither line run together is shorter than this share of the measure
_MARGIN = 4.0  # how much better two columns must read than the lines as printed
_ACROSS = 0.75  # a row going on in the other column, where the extractor read across the page
_NEAR = 6  # rows above and below the words glued or run on across columns that were read across too
_BEAM = 24  # readings kept at each line: enough for a page, and linear in its length
_LONGEST = 300  # no printed line is longer, in characters
_LOOKAHEAD = 3  # lines below a glued word in which the rest of its first half is sought


class _Piece(NamedTuple):
    start: int  # offsets in the text
    end: int
    half: bool  # ends in the first half of a word whose hyphen the extractor took out


@dataclass(frozen=True)
class Interleave(Cleaner):
    """Read two columns that pdftotext took line by line across the page.

    Without its layout mode, pdftotext may read a page of two columns row
    by row: a line of one column, then one of the other, and lines that
    share a baseline run together with one space.  Where it took out a
    hyphen at a line's end, it glued the half word to the other column's
    line (``next sumSweden did the same``) and the rest of the word starts
    a line below (``mer's tournament``); where it left the hyphen, the
    other column's line may run on after it (``strug- are also``).  Such
    words show what happened: only a block with a glued word and one more
    of either is read again, the rows near them as read across the page.
    Its lines are cut at the glued words and where two lines run together
    (both nearest the page's measure), and each piece goes to the column it
    reads on from: a word completed, a sentence going on or starting anew.
    The block is rewritten column by column if that reads far better than
    the lines as printed.
    """

    name = "interleave"
    after = ("columns",)
    before = ("whitespace",)

    def could_apply(self, text: str, draft: Draft) -> bool:
        return "\f" in text and _CASE_TURN.search(text) is not None  # printed pages, a word glued across columns

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        if not self.could_apply(text, draft):
            return
        runs = [
            run for run in draft.page_of(text).blocks if len(run) >= 6 and not any(_laid_out(line.text) for line in run)
        ]
        sizes = [len(line.text) for run in runs for line in run if len(line.text) >= 15]
        if len(sizes) < 6:
            return
        measure = statistics.median(sizes)
        vocab = Vocabulary(text)
        for run in runs:
            yield from _reread(text, run, measure, vocab, draft.language)


def _laid_out(line: str) -> bool:
    """Is ``line`` no line of a column: laid out with gaps, or longer than any page is wide?"""
    return "   " in line or len(line) > _LONGEST


def _reread(text: str, run: list[Line], measure: float, vocab: Vocabulary, lang: str) -> Iterator[Change]:
    rows = [_pieces(line, run[k + 1 : k + 1 + _LOOKAHEAD], measure, vocab, lang) for k, line in enumerate(run)]
    glued = [sum(piece.half for piece in row) for row in rows]
    run_on = [len(_RUN_ON.findall(line.text)) for line in run]
    if not sum(glued) or sum(glued) + sum(run_on) < 2:
        return  # too little shows that the lines were read across the page
    shown = [k for k in range(len(run)) if glued[k] or run_on[k]]
    across = range(shown[0] - _NEAR, shown[-1] + _NEAR + 1)  # rows read across the page, by what shows it
    columns = _assign(text, rows, across, vocab, lang)
    if _reads(text, columns, vocab, lang) < _reads(text, [run], vocab, lang) + _MARGIN:
        return
    newline = (run[0].end, run[0].end + 1)
    parts: list[tuple[int, int]] = []
    for column in columns:
        for k, piece in enumerate(column):
            if parts and not (k and column[k - 1].half):
                parts.append(newline)
            parts.append((piece.start, piece.end))
    new = "".join(text[a:b] for a, b in parts)
    yield Change(
        run[0].start, run[-1].end, new, "columns read across the page put in reading order", pieces=tuple(parts)
    )


def _pieces(line: Line, below: list[Line], measure: float, vocab: Vocabulary, lang: str) -> list[_Piece]:
    """``line`` cut where lines of two columns run together: after each glued half word, then by width."""
    cuts = [m.start() for m in _CASE_TURN.finditer(line.text) if _glued(line.text, m.start(), below, vocab, lang)]
    pieces: list[_Piece] = []
    for k, (a, b) in enumerate(zip([0, *cuts], [*cuts, len(line.text)], strict=True)):
        half = k < len(cuts)
        cut = _halves(line.text, a, b, measure)
        if cut is not None:
            pieces.append(_Piece(line.start + a, line.start + cut, False))
            a = cut + 1
        pieces.append(_Piece(line.start + a, line.start + b, half))
    return pieces


def _glued(line: str, at: int, below: list[Line], vocab: Vocabulary, lang: str) -> bool:
    """Is the token before ``line[at]`` half a word whose rest comes later on the line or starts a line below?"""
    half = line[line.rfind(" ", 0, at) + 1 : at]
    if len(half) < 2 or not _LETTERS.fullmatch(half):
        return False
    if zipf(_LETTERS.match(line, at - len(half)).group().lower(), lang) >= _KNOWN:
        return False  # a name spelt so: YouTube, McDonald
    later = line[at:].split()[1:] + [b.text.split(" ", 1)[0] for b in below if b.text.strip()]
    return any(_completes(half, word, vocab, lang) for word in later)


def _completes(half: str, word: str, vocab: Vocabulary, lang: str) -> bool:
    """Does ``word``, in lowercase, finish the word that ``half`` begins?"""
    rest = _LETTERS.match(word)
    if not rest or not word[0].islower():
        return False
    joined = half + rest.group()
    return zipf(joined.lower(), lang) >= _KNOWN or vocab.count(joined) > 0


def _halves(line: str, a: int, b: int, measure: float) -> int | None:
    """Where ``line[a:b]``, if it holds two lines run together, is cut: at a line-end hyphen, or nearest the measure."""
    if b - a < _WIDE * measure:
        return None
    best, cut = None, None
    for m in _SPACE.finditer(line, a, b):
        left, right = m.start() - a, b - m.end()
        if min(left, right) < _NARROW * measure:
            continue
        score = abs(left - measure) + abs(right - measure)
        if HYPHEN_END.search(line, a, m.start()):
            score -= measure / 4
        if best is None or score < best:
            best, cut = score, m.start()
    return cut


def _follows(text: str, a: Line | _Piece, b: Line | _Piece, vocab: Vocabulary, lang: str) -> float:
    """How well ``b`` reads on from ``a`` in one column: a word completed, a sentence going on or starting anew."""
    before, after = text[a.start : a.end].rstrip(), text[b.start : b.end].lstrip()
    if not before or not after:
        return 0.0
    if isinstance(a, _Piece) and a.half:
        half = _LAST_LETTERS.search(before)
        return 3.0 if half and _completes(half.group(), after, vocab, lang) else -3.0
    if HYPHEN_END.search(before):
        half = _LAST_LETTERS.search(before[:-1])
        return 2.0 if half and _completes(half.group(), after, vocab, lang) else -0.5
    if after[0].islower():
        return -1.0 if _CLOSED.search(before) else 1.0
    return 0.5 if _CLOSED.search(before) else -0.5


def _reads(text: str, columns: list[list[Line]] | list[list[_Piece]], vocab: Vocabulary, lang: str) -> float:
    """How well each column reads on, piece to piece."""
    return sum(
        _follows(text, a, b, vocab, lang) for column in columns for a, b in zip(column, column[1:], strict=False)
    )


def _assign(text: str, rows: list[list[_Piece]], across: range, vocab: Vocabulary, lang: str) -> list[list[_Piece]]:
    """The best reading of ``rows`` as two columns, the one the block starts in first.

    Each row's pieces go to alternate columns.  A beam search keeps the
    best readings by the last piece of each column, scored by how well each
    piece reads on from the last one in its column, and a little more where
    a row in the stretch read ``across`` the page starts in the other column
    from the row above.  Each reading keeps its rows' sides as a chain back
    to the first.
    """
    Key = tuple[_Piece | None, _Piece | None]
    Chain = tuple[list[int], "Chain"] | None
    beam: dict[Key, tuple[float, Chain]] = {(None, None): (0.0, None)}
    for k, row in enumerate(rows):
        grown: dict[Key, tuple[float, Chain]] = {}
        for lasts, (score, chain) in beam.items():
            for first in (0, 1):
                turns = k in across and chain is not None and chain[0][-1] != first
                ends, gain = list(lasts), score + (_ACROSS if turns else 0.0)
                sides = [first ^ (j % 2) for j in range(len(row))]
                for piece, side in zip(row, sides, strict=True):
                    if ends[side] is not None:
                        gain += _follows(text, ends[side], piece, vocab, lang)
                    ends[side] = piece
                key = (ends[0], ends[1])
                if key not in grown or grown[key][0] < gain:
                    grown[key] = (gain, (sides, chain))
        beam = dict(sorted(grown.items(), key=lambda item: -item[1][0])[:_BEAM])
    _, chain = max(beam.values(), key=lambda value: value[0])
    rows_sides: list[list[int]] = []
    while chain is not None:
        sides, chain = chain
        rows_sides.append(sides)
    order = [side for sides in reversed(rows_sides) for side in sides]
    flat = [piece for row in rows for piece in row]
    first = [[piece for piece, side in zip(flat, order, strict=True) if side == column] for column in (0, 1)]
    return first if order[0] == 0 else first[::-1]
