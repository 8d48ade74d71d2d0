"""Reading order of a page whose columns the extractor read right to left."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import regex

from ..blockclass import Unit, classify
from ..cleaner import Cleaner, Draft
from ..lexicon import zipf
from ..records import Change

# An opening set in capitals, prose after it on the line: ``PRINCE Andrew, the…``, ``NEW YORK, NY – With…``.
_WORD = regex.compile(r"[\p{L}\p{M}]++")
_LEAD = regex.compile(r"[ ]*+(?P<caps>\p{Lu}{3,}+)(?![\p{L}\p{M}]).*\p{Ll}")


@dataclass(frozen=True)
class ReadingOrder(Cleaner):
    """Put an article's opening back in front when the extractor read a later column first.

    Magazines open an article with a drop cap and a lead set in capitals
    (``PRINCE Andrew, the…``, ``POLICE RELEASED DRAMATIC video``).  When such
    a lead comes after other prose on its page, the extractor took the
    right column first: the lead and the rest of its page move before the
    page's first paragraph.  Only one lead a page qualifies, and its
    capitals must spell a common word that the document writes elsewhere,
    but never again in capitals (so ``IPO and…`` or ``NATO said`` is no
    lead).  Text without page breaks (form feeds) is left alone.
    """

    name = "reading_order"
    after = ("captions",)
    min_zipf: float = 3.0

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        breaks = draft.page_breaks(text)
        if not breaks:
            return  # no pages: not text laid out on paper
        units = classify(text, draft.language)
        pages: dict[int, list[Unit]] = {}
        for unit in units:
            pages.setdefault(bisect_right(breaks, unit.start), []).append(unit)
        words = _Spellings(text)
        for page in pages.values():
            good = [i for i, u in enumerate(page) if u.label == "good"]
            if not good:
                continue
            leads = [u for u in page[good[0] + 1 :] if self._lead(u, words, draft.language)]
            if len(leads) != 1:
                continue
            start, lead, end = page[good[0]].start, leads[0].start, page[-1].end
            read_first = start + len(text[start:lead].rstrip())  # the blank lines after it part the two
            pieces = ((lead, end), (read_first, lead), (start, read_first))
            moved = "".join(text[a:b] for a, b in pieces)
            yield Change(start, end, moved, "article's opening put before the column read first", pieces=pieces)

    def _lead(self, unit: Unit, words: _Spellings, lang: str) -> bool:
        m = _LEAD.match(unit.lines[0].text)
        if not m:
            return False
        caps = m.group("caps")
        # Set in capitals here only, and as an ordinary word elsewhere (which an acronym never is).
        return zipf(caps.lower(), lang) >= self.min_zipf and words.exact[caps] == 1 and words.folded[caps.lower()] > 1


class _Spellings:
    """How often the text spells each word exactly so, and in any case; counted once, when first asked."""

    def __init__(self, text: str) -> None:
        self._text = text

    @cached_property
    def exact(self) -> Counter[str]:
        return Counter(_WORD.findall(self._text))

    @cached_property
    def folded(self) -> Counter[str]:
        folded: Counter[str] = Counter()
        for word, n in self.exact.items():
            folded[word.lower()] += n
        return folded
