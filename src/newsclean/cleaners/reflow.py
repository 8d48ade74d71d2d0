"""Hard-wrapped lines back into paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..cleaner import Cleaner, Draft
from ..dates import DATE
from ..records import Change
from ..textutil import (
    BULLET,
    SENTENCE_END,
    Line,
    column_measure,
    continues,
    dangles,
    is_caps,
    is_list,
    next_word_width,
    opens_in_capitals,
    unspaced,
    width_of,
)


@dataclass(frozen=True)
class Reflow(Cleaner):
    """Join wrapped lines into one line per paragraph; one blank line between paragraphs.

    A line break stays a paragraph break before a list item, and after a
    line that had room for the next word (the end of a paragraph, or a
    heading).  Runs of blank lines become one, and a paragraph split
    mid-sentence (by a page break, say) is joined again.

    >>> from newsclean import Pipeline, clean
    >>> clean(
    ...     "The cat sat on the mat while the dog\\nslept by the door all afternoon.\\n\\n\\n\\nNext.",
    ...     pipeline=Pipeline(disable=["boilerplate"]),
    ... ).text
    'The cat sat on the mat while the dog slept by the door all afternoon.\\n\\nNext.\\n'
    """

    name = "reflow"
    settle = True  # decides by context its own output changes: run again to a fixed point
    after = ("hyphenation",)
    ranges = {"short_line": (0.0, 1.0)}
    short_line: float = 0.7

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        page = draft.page_of(text)
        width = draft.hints.get("line_width") or page.width
        laid_out = "\n  " in draft.tracked.raw  # the raw text may show paragraphs by their first-line indent
        runs = list(page.blocks)
        page_column = column_measure([line for run in runs for line in run], width, narrowest=20)
        for run in runs:
            column = column_measure(run, width, narrowest=20) or _within(run, page_column)
            measure = min(width, column[1]) if column else width
            starts = _indented(run, draft) if laid_out else set()
            listing = len(run) >= _MEASURED and is_list(run)
            for k, (prev, line) in enumerate(zip(run, run[1:], strict=False), 1):
                last = width_of(draft.last_raw_line(prev))
                if column or len(run) >= _MEASURED:  # a line or two tell no width to measure joins by
                    last = _last_line(last, measure, column[0] if column else None)
                if k in starts and _OPENS.match(line.text):
                    sep = "\n\n"
                else:
                    sep = "\n\n" if self._breaks(prev.text, last, line.text, measure, listing) else " "
                if sep == " " and unspaced(prev.text, line.text):
                    sep = ""  # Chinese and Japanese wrap with no space to take out
                yield Change(prev.end, line.start, sep, "paragraph break" if sep == "\n\n" else "wrapped line")
        for gap in _GAP.finditer(text):
            top = text.rfind("\n\n", 0, gap.start())
            before = text[top + 2 if top >= 0 else 0 : gap.start()]
            after = text[gap.end() : gap.end() + 80]
            # Each test is pure: taken in turn, only until one says the paragraph goes on.
            if (
                # A name in lowercase (``my6sense``) may open a paragraph: that break stays, as it was made.
                # ``…at Dreamforce`` / ``"is our dream," he said``: a quotation may go on with the sentence.
                continues(before, after.lstrip(_OPENING_MARKS))
                and not _BRAND.match(after)
                or dangles(before)
                and after[:1].isdigit()
                or "\n" not in before
                and opens_in_capitals(before)  # a lead in capitals on a line of its own
                # ``October`` / ``9, 2018``; ``New Jersey Sen.`` / ``Cory Booker``; a heading in capitals.
                or _date_across(before, after)
                or _HONORIFIC.search(before)
                or _heading_across(before, after)
            ):
                yield Change(gap.start(), gap.end(), " ", "paragraph split mid-sentence")
            elif gap.end() - gap.start() > 2:
                yield Change(gap.start(), gap.end(), "\n\n", "blank lines")

    def _breaks(self, a: str, last: int, b: str, width: int, listing: bool = False) -> bool:
        """Does a paragraph end after line ``a``, whose last ``last`` characters were set on one line?

        In a ``listing``, whose lines nearly all start anew, an item ends
        wherever the next would have fitted, however long it is.
        """
        if _RULE.fullmatch(a) or _RULE.fullmatch(b):
            return True  # a separator (``___``, ``* * *``) stands alone
        if BULLET.match(b):
            if b.lstrip().startswith("—") and _PLAIN_END.search(a) and last >= self.short_line * width:
                return False  # ``…the third`` / ``— liquid water — is…``: an aside, not a post's signature
            # ``on June`` / ``12. Putin``: a number after an unfinished sentence is no list item.
            return not (_NUMBERED.match(b) and not SENTENCE_END.search(a) and not BULLET.match(a))
        heading, capitals = _capitals(a), _capitals(b)
        if heading and capitals:
            return False  # a title set in capitals over several lines
        if unspaced(a, b) and not SENTENCE_END.search(a):
            return False  # Chinese and Japanese wrap mid-sentence anywhere, whatever the width says
        if not (
            b[:1].isupper() or b[:1].isdigit() or b[:1] in "“\"‘'«([「『" or unspaced(b[:1], b[:1]) or _BRAND.match(b)
        ):
            return False
        if heading and not a.endswith((",", "-", "–", "—")) or capitals and SENTENCE_END.search(a):
            return True  # a subheading in capitals (``TOYOTA RAV4 PRIME``) between paragraphs
        if opens_in_capitals(a):
            return False  # ``SENATOR REPRESENTING Y OBE North , Ahmad`` / ``Lawan , on Tuesday…``
        if _date_across(a, b):
            return False  # ``(@NGRSenate) October`` / ``9, 2018``
        # Wrapping moves a word down only when it does not fit: a line that
        # had room for the next word ended its paragraph (or was a heading).
        fits = last + next_word_width(b) <= width
        if _HONORIFIC.search(a):
            return False  # ``threatened to kill Rep.`` / ``Ilhan Omar``: a name goes on below
        if SENTENCE_END.search(a):
            return fits
        return (
            fits
            and (listing or last < self.short_line * width)
            and len(a.split()) <= 12
            and not a.endswith((",", "-", "–", "—"))
            and not dangles(a)
        )


def _last_line(size: int, measure: int, median: int | None) -> int:
    """How much of a line of ``size`` was set on the last line, where pdftotext ran lines together.

    pdftotext joins a line to the next where it takes out a hyphen.  In a
    measured column, any line over the measure is such a join; on the page,
    one well over it.  Each line run in is taken as full, as long as the
    column's median line; what is left is the last line, unless so little is
    left, or the line is so little over the measure, that it was full too.
    """
    if size <= (measure if median else _JOINED * measure):
        return size
    full = median or measure
    left = size % full
    return measure if left < _SCRAP * full or size < measure + _SCRAP * full else left


def _heading_across(before: str, after: str) -> bool:
    """Is a short heading in capitals split over a blank line (``WHAT SAY YOU, IMPEACHMENT`` / ``JURY?``)?"""
    head, rest = before.rsplit("\n", 1)[-1], after.split("\n", 1)[0]
    return (
        is_caps(head)
        and not SENTENCE_END.search(head)
        and _capitals(rest)
        and len(head.split()) + len(rest.split()) <= _HEADING_WORDS
    )


def _date_across(a: str, b: str) -> bool:
    """Is a date broken over the end of line ``a`` and the start of line ``b``?"""
    tail, head = a[-16:], b[:16]
    return any(m.start() < len(tail) < m.end() for m in DATE.finditer(f"{tail} {head}"))


def _within(run: list[Line], column: tuple[int, int] | None) -> tuple[int, int] | None:
    """The page's ``column`` for a block too short or ragged to be measured alone, if it was set in it."""
    if column is None:
        return None
    sizes = sorted(width_of(line.text.strip()) for line in run)
    return column if sizes[len(sizes) // 2] <= column[1] else None


def _indented(run: list[Line], draft: Draft) -> set[int]:
    """Lines of ``run`` set in from their neighbours in the raw text, as a paragraph's first line is.

    The margin is where most lines of its own column near it start, give
    or take a character: a column split off the right of a page starts far
    from the left of the text, and text on a grid of characters wavers.
    """
    raw = draft.tracked.raw
    cols = []
    for line in run:
        at = draft.tracked.raw_span(line.start, line.start + 1)[0] if line.end > line.start else 0
        cols.append(at - raw.rfind("\n", 0, at) - 1)
    starts: set[int] = set()
    for k in range(1, len(run)):
        near = cols[max(0, k - _NEAR) : k] + cols[k + 1 : k + 1 + _NEAR]
        column = [col for col in near if cols[k] - _INDENT <= col <= cols[k]]  # not a column to the left
        if not column:
            continue
        left = min(column)
        at_left = [col for col in column if col <= left + 1]
        above = left <= cols[k - 1] <= left + 1 or k - 1 in starts and cols[k - 1] == cols[k]  # or a one-line paragraph
        if 2 * len(at_left) > len(column) and above and cols[k] >= max(at_left) + 2:
            starts.add(k)
    return starts


def _capitals(line: str) -> bool:
    return is_caps(line) or bool(_LETTERS.fullmatch(line.strip()))  # ``FORD MUSTANG MACH`` / ``E``


# A name spelt in lowercase with a capital or figure inside (``my6sense``, ``eBay``, ``iPhone``) may open a paragraph.
_BRAND = regex.compile(r"(?<!\p{Ll})\p{Ll}++[\p{Lu}\p{N}]")
_PLAIN_END = regex.compile(r"(?:^|\s)[\p{L}\p{N},'’]+$")  # a line ending mid-sentence on a word, not a link or tag
_HONORIFIC = regex.compile(r"(?<!\p{L})(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Hon)\.$")
_LETTERS = regex.compile(r"\p{Lu}[\p{Lu}.]{0,2}")
_OPENS = regex.compile(r"[\p{Lu}\p{N}“\"‘'«(\[]")
_JOINED = 1.3  # a line this much longer than the page's lines is two run together
_MEASURED = 4  # lines, at least, of a block whose lines run together are measured by the page
_SCRAP = 0.15  # less than this share of a line left over: the lines run together were longer than usual
_OPENING_MARKS = "\"“‘'(["  # what may open a quotation or an aside before its first word
_HEADING_WORDS = 10  # a heading in capitals has no more words
_NEAR = 4  # lines either side whose margin a line's indent is measured from
_INDENT = 8  # a first line is set in this many characters at most
_GAP = regex.compile(r"\n{2,}+")
_RULE = regex.compile(r"[ ]*+(?:[_*#~=–—-][ ]?+){3,}+")
_NUMBERED = regex.compile(r"^\s*\d{1,2}[.)]\s")
