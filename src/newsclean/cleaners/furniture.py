"""Page furniture of PDF text: running headers and footers, page numbers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..cleaner import Cleaner, Draft
from ..dates import find_date
from ..records import Change
from ..textutil import Line, cells, is_masthead

PAGE_NUMBER = regex.compile(
    r"^(?:(?:page|p\.|seite|página|pagina|страница)\s*)?\d{1,3}(?:\s*(?:of|/|von|de|di|из)\s*\d{1,3})?$"
    r"|^\p{Lu}\d{1,2}$|^[-–—]\s*\d{1,3}\s*[-–—]$",
    regex.I,
)
_NAMED_PAGE = regex.compile(
    r"^(?:page|seite|página|pagina|страница)\s*\d{1,3}(?P<of>\s*(?:of|/|von|de|di|из)\s*\d{1,3})?$", regex.I
)
_SECTION_PAGE = regex.compile(r"^\p{Lu}\d{1,2}$")  # ``A2``: section A, page 2
_ELLIPSIS = ("...", "…")
_DIGITS = regex.compile(r"\d+")


@dataclass(frozen=True)
class Furniture(Cleaner):
    """Take out what the page, not the article, put there: page numbers and running lines.

    A line is furniture when it stands near the top or bottom of a page
    (within ``edge`` lines) and recurs on another page, or is a page number
    (``3``, ``Page 3 of 7``, ``A4``); a header pdftotext set where a page's
    columns meet is found alone between blank lines.  A line cut short with
    ``...`` that begins another line is the running title.  A second copy on
    the same page (the title under its own running header) stays.  Running
    dates become ``published``; the first other running line, a masthead,
    becomes ``publisher``.  A single page from paper still loses its
    number; text without pages only what cannot be article: ``Page 1 of 1``,
    ``A2``, the masthead's lines again.
    """

    name = "furniture"
    settle = True  # decides by context its own output changes: run again to a fixed point
    after = ("footnotes",)
    deletes = frozenset({"page furniture"})
    edge: int = 3

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        all_lines = draft.page_of(text).lines
        breaks = draft.page_breaks(text)
        pages = _pages(all_lines, breaks)
        if len(pages) < 2:
            # A single page from paper still has its number at its top or foot.
            paper = breaks and pages
            numbers = [ln for ln in self._edges(pages[0]) if PAGE_NUMBER.match(ln.text.strip())] if paper else []
            for ln in numbers:
                yield Change(ln.start, ln.end, "", "page furniture", remove=True)
            yield from self._one_page(all_lines, skip={ln.start for ln in numbers})
            return
        alone = {ln.start for ln in _alone(all_lines)}
        edges = [self._edges(page) for page in pages]
        recurring = Counter(k for page in edges for k in {_key(ln.text) for ln in page})
        texts = [ln.text.strip() for ln in all_lines]
        for page, page_edges in zip(pages, edges, strict=True):
            for ln in page_edges:
                s = ln.text.strip()
                truncated = s.endswith(_ELLIPSIS) and sum(t.startswith(s.rstrip(".… ")) for t in texts) > 1
                running = recurring[_key(s)] > 1 and not any(o.text.strip() == s for o in page if o.start < ln.start)
                if PAGE_NUMBER.match(s) or truncated or running:
                    yield Change(ln.start, ln.end, "", "page furniture", remove=True, into=self._into(ln, page, draft))
            # pdftotext may set a page's header where its columns meet: alone between blank lines.
            for ln in page:
                s = ln.text.strip()
                if (
                    ln.start in alone
                    and ln not in page_edges
                    and (_SECTION_PAGE.match(s) or recurring[_key(s)] and len(s.split()) <= 6)
                ):
                    yield Change(ln.start, ln.end, "", "page furniture", remove=True, into=self._into(ln, page, draft))

    def _one_page(self, all_lines: list[Line], skip: set[int]) -> Iterator[Change]:
        """Without page breaks, furniture is what stands alone: ``Page 1 of 1``, ``A2``, the masthead's date again.

        pdftotext leaves a page's footer where its columns meet, a line
        between blank lines; only such a line that repeats one of the first
        lines of the text, or names a page unmistakably, is taken out:
        ``Page 3 of 7`` anywhere, ``Page 3`` alone.
        """
        filled = [ln for ln in all_lines if ln.text.strip()]
        top = {_key(ln.text) for ln in filled[: 2 * self.edge]}
        below = filled[2 * self.edge - 1].start if len(filled) > 2 * self.edge else None
        alone = _alone(all_lines)
        starts = {ln.start for ln in alone}
        for ln in all_lines:
            named = _NAMED_PAGE.match(ln.text.strip())
            if ln.start not in skip and named and (named["of"] or ln.start in starts):
                yield Change(ln.start, ln.end, "", "page furniture", remove=True)
        for ln in alone:
            s = ln.text.strip()
            repeated = below is not None and ln.start > below and _key(s) in top and regex.search(r"\p{L}", s)
            if ln.start not in skip and (_SECTION_PAGE.match(s) or repeated and len(s.split()) <= 6):
                yield Change(ln.start, ln.end, "", "page furniture", remove=True)

    def _edges(self, page: list[Line]) -> list[Line]:
        filled = [ln for ln in page if ln.text.strip()]
        edge = filled[: self.edge] + filled[self.edge :][-self.edge :]
        return [ln for ln in edge if len(ln.text) <= 120 and len(ln.text.split()) <= 14]

    def _into(self, ln: Line, page: list[Line], draft: Draft) -> str | None:
        """Read a running line: its date is ``published``, a masthead in it ``publisher``.

        Layout-mode text keeps the header's parts apart (``CRN   Tuesday, October 22, 2019   A1``).
        A running title (cut short, or repeated on the page as its headline) names no publisher.
        """
        into = None
        for cell in cells(draft.raw_line(ln)) or [ln.text.strip()]:
            if PAGE_NUMBER.match(cell) or cell.endswith(_ELLIPSIS):
                continue
            if len(cell.split()) <= 6 and (d := find_date(cell, draft.language)) is not None:
                draft.set_once("published", d[0])
                into = into or "published"
            elif not draft.meta.get("publisher") and is_masthead(cell) and not _repeated(cell, ln, page):
                draft.set_once("publisher", cell)
                into = "publisher"
        return into


def _repeated(cell: str, ln: Line, page: list[Line]) -> bool:
    return any(other.text.strip() == cell for other in page if other.start != ln.start)


def _alone(all_lines: list[Line]) -> list[Line]:
    """Lines with a blank line above and below."""
    blank = [not ln.text.strip() for ln in all_lines]  # each line's ``blank``, read once
    return [ln for k, ln in enumerate(all_lines[1:-1], 1) if not blank[k] and blank[k - 1] and blank[k + 1]]


def _key(s: str) -> str:
    return _DIGITS.sub("#", " ".join(s.split()).casefold())


def _pages(all_lines: list[Line], breaks: list[int]) -> list[list[Line]]:
    pages: list[list[Line]] = [[]]
    k = 0
    for ln in all_lines:
        while k < len(breaks) and ln.start >= breaks[k]:
            pages.append([])
            k += 1
        pages[-1].append(ln)
    return [p for p in pages if any(ln.text.strip() for ln in p)]
