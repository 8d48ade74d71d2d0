"""The page: one text state read once — its lines, blocks, line width and labelled units.

Most cleaners look at the same things: the text's lines, its blocks of
lines, the width its lines were wrapped at, and the blocks labelled prose or
chrome (``blockclass``).  A ``Page`` computes each of them on first use and
keeps it, and ``Draft.page`` keeps one page per text state: a cleaner that
changes nothing leaves the next one the same page, and after a change the
units of the blocks it left alone are looked up (in a memo the document's
pages share), not labelled again.
"""

from __future__ import annotations

from functools import cached_property

from .blockclass import Unit, body_span, label_blocks
from .textutil import Line, line_width, lines


class Page:
    """What cleaners read of one ``text`` in ``language``, each part computed once, when first asked for.

    >>> page = Page("Home\\n\\nThe storm hit the coast at dawn.", "en")
    >>> [ln.text for ln in page.lines]
    ['Home', '', 'The storm hit the coast at dawn.']
    >>> [len(run) for run in page.blocks]
    [1, 1]
    """

    def __init__(self, text: str, language: str, memo: dict | None = None) -> None:
        self.text = text
        self.language = language
        # How blocks split and were labelled, by their lines: shared by the pages of one document.
        self._memo: dict = {} if memo is None else memo
        self._spans: dict[bool, tuple[int, int] | None] = {}

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        """Every line, the newline left out; an empty text has one empty line."""
        return tuple(lines(self.text))

    @cached_property
    def blocks(self) -> tuple[list[Line], ...]:
        """Runs of non-blank lines, separated by blank lines (fresh lists: a reader may slice them)."""
        out: list[list[Line]] = []
        run: list[Line] = []
        for line in self.lines:
            if not line.text.strip():  # ``line.blank``, read without a call per line
                if run:
                    out.append(run)
                    run = []
            else:
                run.append(line)
        if run:
            out.append(run)
        return tuple(out)

    @cached_property
    def width(self) -> int:
        """The usual length of a full wrapped line (``textutil.line_width``)."""
        return line_width(self.text)

    @cached_property
    def units(self) -> tuple[Unit, ...]:
        """Every block labelled ``good`` prose, ``bad`` chrome or ``short`` (``blockclass.classify``)."""
        return label_blocks([list(run) for run in self.blocks], self.width, self.language, self._memo)

    def body_span(self, paged: bool = False) -> tuple[int, int] | None:
        """Indices of the article's first and last prose unit (``blockclass.body_span``)."""
        if paged not in self._spans:
            self._spans[paged] = body_span(self.units, paged=paged)
        return self._spans[paged]
