"""What a cleaner is: a small named unit that proposes changes.

A cleaner is a frozen dataclass whose fields are its options.  It reads the
current text (and the draft document, to record metadata it finds) and
returns ``Change`` records; it never rewrites the text itself, so the
pipeline can validate, apply and trace everything it proposes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

import regex

from .records import Change
from .textutil import Line
from .tracking import TrackedText

if TYPE_CHECKING:
    from .page import Page


@dataclass
class Draft:
    """The document being built: tracked text plus what cleaners found so far.

    ``meta`` holds the record's fields by their SPEC names (``title``,
    ``authors``...).  Values found in the text keep their raw offsets where a
    later step needs them (footnote anchors are raw offsets until assembly).
    """

    tracked: TrackedText
    meta: dict[str, Any] = field(default_factory=dict)
    language: str = "en"
    # Layout facts one cleaner measures for later ones (the wrap width, say),
    # taken before earlier repairs blur them.  Never part of the output.
    hints: dict[str, Any] = field(default_factory=dict)
    _page: Page | None = field(default=None, init=False, repr=False, compare=False)
    _labels: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # the pages' block memo

    @property
    def text(self) -> str:
        return self.tracked.text

    @property
    def page(self) -> Page:
        """The page of the current text, computed once per text state (a cleaner that changes nothing keeps it)."""
        return self.page_of(self.tracked.text)

    def page_of(self, text: str) -> Page:
        """The page of ``text``: the kept one while the text is unchanged, else a new one, kept in its place."""
        from .page import Page  # with the block classifier: loaded when a cleaner first reads a page

        page = self._page
        if page is None or (page.text is not text and page.text != text) or page.language != self.language:
            page = self._page = Page(text, self.language, self._labels)
        return page

    def page_breaks(self, text: str) -> list[int]:
        """Offsets in ``text`` where a new page begins (form feeds, read or already turned into line breaks)."""
        feeds = {m.start() for m in regex.finditer(r"\f", text)} if "\f" in text else set()
        return sorted(feeds | {self.tracked.current_offset(p) for p in self.hints.get("page_breaks", ())})

    def raw_line(self, line: Line) -> str:
        """The raw text a current ``line`` stems from, if it stems from one raw line; else the line."""
        raw = self.tracked.raw[slice(*self.tracked.raw_span(line.start, line.end))]
        return line.text if "\n" in raw else raw

    def last_raw_line(self, line: Line) -> str:
        """The end of current ``line`` printed on the last of the raw lines it joins (``lly rest`` of ``really rest``)."""
        lo, hi = self.tracked.raw_span(line.start, line.end)
        cut = self.tracked.raw.rfind("\n", lo, hi)
        if cut < 0:
            return line.text
        start = line.end
        while start > line.start and self.tracked.raw_span(start - 1, start)[0] > cut:
            start -= 1
        return line.text[start - line.start :]

    def add(self, key: str, value: Any) -> None:
        """Append ``value`` to the list field ``key``."""
        self.meta.setdefault(key, []).append(value)

    def set_once(self, key: str, value: Any) -> None:
        """Set a scalar field unless an earlier cleaner already found it."""
        if value and not self.meta.get(key):
            self.meta[key] = value


class Cleaner:
    """Base class: subclasses set ``name`` and write ``propose``.

    ``after``/``before`` place a cleaner relative to others by name.
    ``deletes`` declares which kinds of text it may take out of the body
    (``"whitespace"`` is always allowed); the conformance checks in
    ``newsclean.testing`` hold a cleaner to that declaration.  ``ranges``
    bounds numeric options, so a setting that makes no sense is refused.
    ``settle`` says the cleaner judges text by what surrounds it (the first
    title-like line, lines that repeat), which its own output changes: the
    pipeline runs such cleaners again on the canonical output until nothing
    changes, so that cleaning newsclean's output changes nothing.
    """

    name: ClassVar[str] = ""
    after: ClassVar[tuple[str, ...]] = ()
    before: ClassVar[tuple[str, ...]] = ()
    deletes: ClassVar[frozenset[str]] = frozenset()
    # Bounds (low, high; None for open) of numeric options; outside them an option is refused.
    # Any numeric option must be finite, and a count (an int option) at least 0.
    ranges: ClassVar[dict[str, tuple[float | None, float | None]]] = {}
    settle: ClassVar[bool] = False

    def propose(self, text: str, draft: Draft) -> Iterable[Change]:
        raise NotImplementedError

    def could_apply(self, text: str, draft: Draft) -> bool:
        """Could ``propose`` change ``text`` or find anything in it?  A cheap test that must never say no wrongly.

        The pipeline skips the cleaner where it says no: most documents
        lack most artefacts (a page laid out in columns, reader comments),
        and telling so costs far less than looking for them in full.
        """
        return True

    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""
