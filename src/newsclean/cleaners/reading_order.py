"""Reading order of a page whose columns the extractor read right to left."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import regex

from ..blockclass import BYLINE_LINE, Unit
from ..cleaner import Cleaner, Draft
from ..lexicon import word_zipf, zipf
from ..records import Change
from ..textutil import SENTENCE_END, Line, is_caps

_WORD = regex.compile(r"[\p{L}\p{M}]++")
_FUNCTION_WORD = 6.2  # a word of two letters this frequent (``it``, ``in``, ``on``) is no acronym (``EU``, ``TV``)
_EVERYDAY = 5.3  # a word this frequent (``when``, ``after``, ``some``) is no acronym (``USA`` is 4.8)
_HEADLINE_WORDS = 20  # a headline has no more words; a paragraph over a byline read late has more
# An opening set in capitals, prose after it on the line: ``PRINCE Andrew, the…``, ``NEW YORK, NY – With…``.
# Its drop cap may be a word of its own: ``A NEW YORK man…``.
_LEAD = regex.compile(r"(?<![\p{Lu} ])[ ]*+(?:\p{Lu}[ ])?+(?P<caps>\p{Lu}{2,}+)(?![\p{L}\p{M}]).*\p{Ll}")
# Three words or more in capitals, the sentence going on after them.
_CAPS_RUN = regex.compile(r"(?<![ ])[ ]*+(?:\p{Lu}[ ])?+(?P<words>\p{Lu}{3,}+(?:[ ]\p{Lu}{2,}+){2,})[ ]\p{Ll}")


@dataclass(frozen=True)
class ReadingOrder(Cleaner):
    """Put an article's opening back in front when the extractor read a later column first.

    Magazines open an article with a drop cap and a lead set in capitals
    (``PRINCE Andrew, the…``, ``POLICE RELEASED DRAMATIC video``).  When such
    a lead comes after other prose on its page, the extractor took the
    right column first: the lead and the rest of its page move before the
    page's first paragraph.  The paragraph whose drop cap ``dropcaps`` put
    back is such a lead, whatever its words.  Else only one lead a page
    qualifies: its capitals spell a word as common as ``when`` or ``it``,
    or a common word that the document writes elsewhere but never again
    in capitals (so ``IPO and…`` or ``NATO said`` is no lead), or three
    common words or more (``SCIENTISTS HAVE LONG known``).  A byline under
    paragraphs, on a page that ends mid-sentence, opens the article the
    same way.  Opening words in capitals read last on the page, after the
    columns, go back in front of the line they began.  Text without page
    breaks (form feeds) is left alone.
    """

    name = "reading_order"
    after = ("captions",)
    ranges = {"min_zipf": (0.0, 8.0)}  # wordfreq's zipf scale
    min_zipf: float = 3.0

    def could_apply(self, text: str, draft: Draft) -> bool:
        return bool(draft.page_breaks(text))  # no pages: not text laid out on paper

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        breaks = draft.page_breaks(text)
        if not breaks:
            return  # no pages: not text laid out on paper
        units = draft.page_of(text).units
        pages: dict[int, list[Unit]] = {}
        for unit in units:
            pages.setdefault(bisect_right(breaks, unit.start), []).append(unit)
        words = _Spellings(text)
        opening = draft.hints.get("opening", -1)
        opened = False
        for page in pages.values():
            good = [i for i, u in enumerate(page) if u.label == "good" and not _headline(page, i)]
            if not good:
                continue
            later = page[good[0] + 1 :]
            # The paragraph its drop cap opens, unless that is only a box of capitals read late.
            leads = [u for u in later if _holds(draft, u.lines[0], opening) and not is_caps(u.text)] or [
                u for u in later if self._lead(u, words, draft.language)
            ]
            leads = leads or _late_byline(page, good)
            if len(leads) == 1:
                start, lead, end = page[good[0]].start, leads[0].start, page[-1].end
                read_first = start + len(text[start:lead].rstrip())  # the blank lines after it part the two
                pieces = ((lead, end), (read_first, lead), (start, read_first))
                moved = "".join(text[a:b] for a, b in pieces)
                yield Change(start, end, moved, "article's opening put before the column read first", pieces=pieces)
            elif not opened:
                yield from self._boxed_opening(text, page, good, draft.language)
            opened = True

    def _boxed_opening(self, text: str, page: list[Unit], good: list[int], lang: str) -> Iterator[Change]:
        """The opening words in capitals, read last on the page (``SENATOR REPRESENTING``), go back in front.

        The extractor read the drop cap's box after the columns: its first
        line's rest (``North , Ahmad``), much shorter than the lines below
        it, is left on top of the first paragraph, and the words in
        capitals end the page.
        """
        pairs = zip(page[: good[0] + 1], page[1 : good[0] + 2], strict=False)
        # A short line left on top of a wrapped paragraph, in one block, up to the first paragraph of prose.
        rest = next((a for a, b in pairs if a.end + 1 == b.start and len(b.lines) >= 3 and _leftover(a, b)), None)
        if rest is None:
            return
        boxes = [u for u in page[good[-1] + 1 :] if self._caps_opening(u, lang)]
        if len(boxes) != 1:
            return
        box = boxes[0]
        space = box.start + text[box.start : box.end].index(" ")
        pieces = ((box.start, box.end), (space, space + 1), (rest.start, box.start))
        moved = "".join(text[a:b] for a, b in pieces)
        yield Change(rest.start, box.end, moved, "article's opening words put back in front", pieces=pieces)

    def _caps_opening(self, unit: Unit, lang: str) -> bool:
        """A line of a few common words in capitals, no sentence ended: an article's opening words."""
        words = unit.text.split()
        return (
            len(unit.lines) == 1
            and 2 <= len(words) <= 8
            and is_caps(unit.text)
            and not SENTENCE_END.search(unit.text)
            and all(zipf(w.lower(), lang) >= self.min_zipf for w in words[:2] if w.isalpha())
            and words[0].isalpha()
            and len(words[0]) >= 3
        )

    def _lead(self, unit: Unit, words: _Spellings, lang: str) -> bool:
        m = _LEAD.match(unit.lines[0].text)
        if not m:
            return False
        caps = m.group("caps")
        likelihood = word_zipf(caps.lower(), lang)
        if likelihood < (_FUNCTION_WORD if len(caps) == 2 else self.min_zipf):
            return False  # ``IT was``, ``IN a statement``, but no ``EU leaders`` nor ``TV show``
        if likelihood >= _EVERYDAY and words.exact[caps] == 1:
            return True  # ``WHEN the…``, ``AFTER a…``: no acronym is so common a word
        # Set in capitals here only, and as an ordinary word elsewhere (which an acronym never is),
        # or a run of common words in capitals that the sentence goes on from (``SCIENTISTS HAVE LONG known``).
        run = _CAPS_RUN.match(unit.lines[0].text)
        common = run is not None and all(
            word_zipf(w.lower(), lang) >= self.min_zipf for w in run.group("words").split()
        )
        return common or words.exact[caps] == 1 and words.folded[caps.lower()] > 1


def _holds(draft: Draft, line: Line, raw: int) -> bool:
    """Does ``line`` stem from the ``raw`` offset?  Columns put in order moved it: the text's order is not the raw's."""
    start, end = draft.tracked.raw_span(line.start, line.end)
    return start <= raw < end


def _late_byline(page: list[Unit], good: list[int]) -> list[Unit]:
    """A ``By …`` line under paragraphs of a page that ends mid-sentence: the article starts there.

    The extractor read a later column first (pdfminer, a magazine page):
    that column's paragraphs come before the byline, and the column the
    byline heads is cut off at the page's foot.
    """
    tail = next((u for u in reversed(page) if len(u.text.split()) >= 8), page[-1])
    cut_off = tail.text[-1:].isalpha() or tail.text[-1:] in ",–—-"  # ``…found that`` / ``The report,``
    if len(good) < 3 or not cut_off:
        return []
    return [
        u
        for u in page
        if page[good[1]].start < u.start < tail.start
        and len(u.lines) == 1
        and len(u.text.split()) <= 10
        and BYLINE_LINE.match(u.text)
    ]


def _headline(page: list[Unit], i: int) -> bool:
    """Is unit ``i`` a headline: a few words right over a byline, however much they read as prose?"""
    return (
        i + 1 < len(page)
        and len(page[i].text.split()) <= _HEADLINE_WORDS
        and BYLINE_LINE.match(page[i + 1].text) is not None
    )


def _leftover(line: Unit, paragraph: Unit) -> bool:
    """Is ``line`` one unfinished line much shorter than the paragraph's under it?"""
    measure = sorted(len(ln.text.strip()) for ln in paragraph.lines)[len(paragraph.lines) // 2]
    return len(line.lines) == 1 and len(line.text) <= measure / 2 and not SENTENCE_END.search(line.text)


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
