"""Hard-wrapped lines back into paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..cleaner import Cleaner, Draft
from ..records import Change
from ..textutil import (
    BULLET,
    SENTENCE_END,
    blocks,
    column_measure,
    continues,
    dangles,
    is_caps,
    line_width,
    opens_in_capitals,
)


@dataclass(frozen=True)
class Reflow(Cleaner):
    """Join wrapped lines into one line per paragraph; one blank line between paragraphs.

    A line break stays a paragraph break before a list item, and after a
    line that had room for the next word (the end of a paragraph, or a
    heading).  Runs of blank lines become one, and a paragraph split
    mid-sentence (by a page break, say) is joined again.

    >>> from newsclean import clean
    >>> clean("The cat sat on the mat while the dog\\nslept by the door all afternoon.\\n\\n\\n\\nNext.").text
    'The cat sat on the mat while the dog slept by the door all afternoon.\\n\\nNext.\\n'
    """

    name = "reflow"
    after = ("hyphenation",)
    short_line: float = 0.7

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        width = draft.hints.get("line_width") or line_width(text)
        for run in blocks(text):
            column = column_measure(run, width, narrowest=20)
            measure = min(width, column[1]) if column else width
            for prev, line in zip(run, run[1:], strict=False):
                last = len(prev.text)
                if column and last > measure:
                    last -= column[0]  # two lines of the column run together: the second one ended here
                sep = "\n\n" if self._breaks(prev.text, last, line.text, measure) else " "
                yield Change(prev.end, line.start, sep, "paragraph break" if sep != " " else "wrapped line")
        for gap in _GAP.finditer(text):
            before = text[text.rfind("\n\n", 0, gap.start()) + 2 : gap.start()]
            after = text[gap.end() : gap.end() + 80]
            if continues(before, after) or dangles(before) and after[:1].isdigit() or opens_in_capitals(before):
                yield Change(gap.start(), gap.end(), " ", "paragraph split mid-sentence")
            elif gap.end() - gap.start() > 2:
                yield Change(gap.start(), gap.end(), "\n\n", "blank lines")

    def _breaks(self, a: str, last: int, b: str, width: int) -> bool:
        """Does a paragraph end after line ``a``, whose last ``last`` characters were set on one line?"""
        if BULLET.match(b):
            # ``on June`` / ``12. Putin``: a number after an unfinished sentence is no list item.
            return not (_NUMBERED.match(b) and not SENTENCE_END.search(a) and not BULLET.match(a))
        heading, capitals = _capitals(a), _capitals(b)
        if heading and capitals:
            return False  # a title set in capitals over several lines
        if not (b[:1].isupper() or b[:1].isdigit() or b[:1] in "“\"‘'«(["):
            return False
        if heading and not a.endswith((",", "-", "–", "—")) or capitals and SENTENCE_END.search(a):
            return True  # a subheading in capitals (``TOYOTA RAV4 PRIME``) between paragraphs
        # Wrapping moves a word down only when it does not fit: a line that
        # had room for the next word ended its paragraph (or was a heading).
        fits = last + 1 + len(b.split(" ", 1)[0]) <= width
        if SENTENCE_END.search(a):
            return fits
        return (
            fits
            and last < self.short_line * width
            and len(a.split()) <= 12
            and not a.endswith((",", "-", "–", "—"))
            and not dangles(a)
        )


def _capitals(line: str) -> bool:
    return is_caps(line) or line.strip().isupper() and len(line.strip()) <= 3  # ``FORD MUSTANG MACH`` / ``E``


_GAP = regex.compile(r"\n{2,}+")
_NUMBERED = regex.compile(r"^\s*\d{1,2}[.)]\s")
