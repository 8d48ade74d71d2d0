"""Web chrome: menus, share widgets, related-article lists, forms, footers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from ..blockclass import (
    Unit,
    density,
    heads_appendix,
    heads_comments,
    heads_links,
    prose_stopwords,
    title_case_run,
)
from ..blockfeatures import features, word_weights
from ..cleaner import Cleaner, Draft
from ..fitted import stacked
from ..records import Change
from ..textutil import BULLET, SENTENCE_END, URL, continues, dangles, opens_in_capitals, word_count

_PROSE_WORDS = 12  # a line of prose without its full stop is at least this long
_CUT_WORDS = 6  # a line cut off after ``the`` with this many words is prose, not a link
# A heading: a few words, the first capitalised, no figures, no sentence ended.
_HEADING = regex.compile(r"\p{Lu}[\p{L}’'-]*+(?:[ ]++[\p{L}’'-]++){0,5}+")
_REPEATS = 3  # copies of one block that make it a widget's
_REPEATED_WORDS = 12  # shorter blocks (a label, a refrain) may recur in an article
# Where a text browser showed an image by its file name or a blank alt text: ``[Carrie_Arnold.jpg]``, ``[INS::INS]``.
_PLACEHOLDER = regex.compile(r"(?:\[[^\s\[\]]{1,120}\][ ]*+)+")


@dataclass(frozen=True)
class Boilerplate(Cleaner):
    """Remove page chrome around and inside the article, classifying blocks of text.

    On a web page, a model fitted on development pages weighs each block's
    measurements and its neighbours' (``blockfeatures``, ``fitted``): long
    blocks dense in the language's function words, ending sentences, among
    others like them, are the article; menus, share rows, teasers, forms
    and footers are not.  On a printed page (page breaks), whose chrome is
    running heads and furniture, blocks of prose mark the article and the
    lines around them that go on with it stay.  A heading of readers'
    comments (``Top Rated Comments``, ``12 Comments``) ends the article.
    Text with no article block at all is left alone.
    """

    name = "boilerplate"
    after = ("metadata",)
    deletes = frozenset({"boilerplate"})
    min_lead_words: int = 8
    # Weigh a web page's blocks with the fitted model (``params/boilerplate.json``); off, the rules alone decide.
    fitted: bool = True

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        page = draft.page_of(text)
        units = page.units
        breaks = draft.page_breaks(text)
        stops = prose_stopwords(draft.language)
        span = page.body_span(paged=bool(breaks))
        if span is None:
            return  # no prose at all: nothing to tell the article by
        keep = rule_keep(text, units, span, breaks, stops, self.min_lead_words)
        if self.fitted and not breaks:
            keep = self._weighed(units, stops, span, keep, draft)
            # Readers' comments, or the article's sources and credits, under a heading of their own end the
            # article, whatever they read like.
            ends = [i for i in (thread_start(units, span), appendix_start(units, span)) if i is not None]
            if ends:
                keep[min(ends) :] = [False] * (len(units) - min(ends))
        for unit, kept in zip(units, keep, strict=True):
            if not kept:
                yield Change(unit.start, unit.end, "", "page chrome", remove=True)
            elif _PLACEHOLDER.fullmatch(unit.text):
                yield Change(unit.start, unit.end, "", "image placeholder", remove=True)

    def _weighed(
        self, units: Sequence[Unit], stops: frozenset[str], span: tuple[int, int], rules: list[bool], draft: Draft
    ) -> list[bool]:
        """On a web page: the blocks the fitted model takes for the article's, less the title said again.

        The model weighs each block's measurements, its neighbours' and what
        the rules decided.  A page may print its headline twice (a
        breadcrumb's last step); once ``metadata`` took it for the title, the
        body does not repeat it.
        """
        chrome = stacked("boilerplate")
        probabilities = chrome.probabilities(features(units, stops, span, rules), word_weights(units))
        if not any(p >= chrome.threshold for p in probabilities):
            return [True] * len(units)
        headings = {" ".join(str(draft.meta.get(k) or "").split()) for k in ("title", "subtitle")}
        # What the chrome vocabulary names (a call to click, share buttons, a copyright line) goes whatever
        # the page around it, as does the title said again.
        keep = [
            p >= chrome.threshold and u.label != "bad" and u.text not in headings
            for u, p in zip(units, probabilities, strict=True)
        ]
        # The article opens on a sentence: short lines above it that the rules did not take for a lead are
        # the header's (a section label, a standfirst), which a second reading would take for the title.
        lead = next((i for i, u in enumerate(units) if keep[i] and _sentence(u.text, self.min_lead_words)), 0)
        return [k and (i >= lead or rules[i]) for i, k in enumerate(keep)]


def rule_keep(
    text: str,
    units: Sequence[Unit],
    span: tuple[int, int],
    breaks: Sequence[int],
    stops: frozenset[str],
    min_lead_words: int = 8,
) -> list[bool]:
    """Which blocks the article holds, by rule: the run of prose ``span`` and what goes on with it.

    Chrome labelled inside the run goes; a short lead or closing paragraph
    touching it stays, and so does a line whose sentence the article goes
    on with.  On a printed page (``breaks``), also a sentence's end read on
    a line of its own, a heading over the first paragraph and a paragraph
    read line by line.  A heading of readers' comments ends the article.
    """
    paged = bool(breaks)
    first, last = span
    thread = thread_start(units, span)
    if thread is not None:
        last = thread - 1
    keep = [first <= i <= last and u.label != "bad" for i, u in enumerate(units)]
    i = first - 1
    while i >= 0 and (
        (paged and (_ends_line_above(units, i) or _ends_line_above(units, i + 1)))
        or not title_case_run(units[i].text)
        and not BULLET.match(units[i].text)  # a list of teasers, however they read
        and (
            _sentence(units[i].text, min_lead_words)
            or _prose(units[i].text, stops)
            or _opens(units[i].text, units[i + 1].text)
            or _PLACEHOLDER.fullmatch(units[i].text) is not None
            or (paged and _runs_into(text, units[i], units[i + 1]))
        )
    ):
        keep[i] = True
        i -= 1
    # A heading over the article's first paragraph is the article's (``Outlook``), unless it heads the whole
    # text: that is the masthead.
    if (
        paged
        and i >= 0
        and (i > 0 or breaks[0] < units[i].start)
        and units[i].label != "bad"
        and _HEADING.fullmatch(units[i].text)
    ):
        keep[i] = True
    i = last + 1
    while thread is None and i < len(units) and units[i].label != "bad" and _closes(units, i, paged, min_lead_words):
        keep[i] = True
        i += 1
    # Short lines closing a text that has no chrome, links or other prose after them are its last words.
    if thread is None and all(u.label == "short" and not heads_links(u.text) for u in units[last + 1 :]):
        keep[last + 1 :] = [True] * (len(units) - last - 1)
    # The same long line three times over, no sentence, is a widget's (an image's pin description:
    # ``Give the gift of … #ad #canning``).  Sentences may recur: an interview asks each guest the same.
    seen = Counter(u.text for u in units if len(u.text.split()) >= _REPEATED_WORDS and not SENTENCE_END.search(u.text))
    return [k and seen[u.text] < _REPEATS for u, k in zip(units, keep, strict=True)]


def thread_start(units: Sequence[Unit], span: tuple[int, int]) -> int | None:
    """Where readers' comments begin: a heading of theirs (``12 Comments``) after the article's first paragraph."""
    first, last = span
    return next((i for i in range(first + 1, last + 1) if heads_comments(units[i].text)), None)


def appendix_start(units: Sequence[Unit], span: tuple[int, int]) -> int | None:
    """Where the article's credits and citations begin: a heading of theirs (``Sources:``) after its first paragraph."""
    return next((i for i in range(span[0] + 1, len(units)) if heads_appendix(units[i].text)), None)


def _closes(units: Sequence[Unit], i: int, paged: bool, min_lead_words: int) -> bool:
    """Does ``units[i]``, under the article, close it: a sentence, or on a page, part of a paragraph read last?

    pdfminer may read a box (the opening paragraph beside a drop cap) after the columns: its lines
    stand apart, but the sentence each one leaves open goes on in the next.
    """
    if _sentence(units[i].text, min_lead_words):
        return True
    if not paged:
        return False
    after = units[i + 1].text if i + 1 < len(units) else ""
    return _opens(units[i].text, after) or not SENTENCE_END.search(units[i - 1].text)


def _sentence(text: str, min_words: int) -> bool:
    return word_count(text) >= min_words and bool(SENTENCE_END.search(text))


def _prose(text: str, stops: frozenset[str]) -> bool:
    """Does ``text`` read as prose that lost its full stop (``This has freed the move of Courtois to Madrid``)?"""
    words = text.lower().split()
    return len(words) >= _PROSE_WORDS and density(words, stops) >= 0.35 and not URL.search(text)


def _ends_line_above(units: Sequence[Unit], i: int) -> bool:
    """Does ``units[i]`` end the sentence a long line above it left open (``…at the Los Angeles`` / ``Auto Show.``)?"""
    above = units[i - 1] if i > 0 else None
    return (
        above is not None
        and above.label != "bad"
        and word_count(above.text) >= _PROSE_WORDS
        and not SENTENCE_END.search(above.text)
        and bool(SENTENCE_END.search(units[i].text))
    )


def _runs_into(text: str, unit: Unit, following: Unit) -> bool:
    """On a page, does ``unit`` run straight on into ``following``, with no blank line between them?

    A printed column has no chrome, so such a unit is the article's: its
    heading, or lines of its first paragraph that seemed to end short
    (``Brace yourself, Swifties: Taylor`` / ``Swift might…``, ``co-CEO`` / ``Marc Benioff.``).
    """
    return unit.label != "bad" and "\n\n" not in text[unit.end : following.start]


def _opens(text: str, following: str) -> bool:
    """Does ``text`` start the sentence that ``following`` goes on with?

    As it does when the sentence goes on in lowercase, after a lead in
    capitals, or after a line of prose ending on a word such as ``the``.
    """
    if continues(text, following) or opens_in_capitals(text):
        return True
    return word_count(text) >= _CUT_WORDS and dangles(text) and not SENTENCE_END.search(text)
