"""What a cleaner is: a small named unit that proposes changes.

A cleaner is a frozen dataclass whose fields are its options.  It reads the
current text (and the draft document, to record metadata it finds) and
returns ``Change`` records; it never rewrites the text itself, so the
pipeline can validate, apply and trace everything it proposes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

import regex

from .records import Change
from .textutil import Line
from .tracking import TrackedText


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

    @property
    def text(self) -> str:
        return self.tracked.text

    def page_breaks(self, text: str) -> list[int]:
        """Offsets in ``text`` where a new page begins (form feeds, read or already turned into line breaks)."""
        feeds = {m.start() for m in regex.finditer(r"\f", text)}
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
    ``newsclean.testing`` hold a cleaner to that declaration.  ``settle``
    says the cleaner judges text by what surrounds it (the first title-like
    line, lines that repeat), which its own output changes: the pipeline
    runs such cleaners again on the canonical output until nothing changes,
    so that cleaning newsclean's output changes nothing.
    """

    name: ClassVar[str] = ""
    after: ClassVar[tuple[str, ...]] = ()
    before: ClassVar[tuple[str, ...]] = ()
    deletes: ClassVar[frozenset[str]] = frozenset()
    settle: ClassVar[bool] = False

    def propose(self, text: str, draft: Draft) -> Iterable[Change]:
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""
