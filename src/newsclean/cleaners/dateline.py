"""The publication date where the date lines ``metadata`` reads are not there.

A page may date its article anywhere: ``Posted on April 13, 2023`` under
the tags, ``Dec 17, 2025`` run onto the author's name, a bare ``15 November
2018`` under ``Publish date``.  Every date near the article is a candidate,
measured by what tells the publication date (a ``published`` before it, a
line of its own, the article's start near, the earliest of the page's
dates...) and weighed by a model fitted on development pages
(``benchmarks/fit/dateline.py``).  It speaks only when ``metadata`` found
no date, and only on strong evidence.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..blockclass import heads_comments
from ..cleaner import Cleaner, Draft
from ..dates import CLOCK, to_iso
from ..fitted import ranker
from ..page import Page
from ..records import Change

# The shapes of ``dates.DATE``, but a year may run into the next word (``Dec 17, 2025Julian``).
DATE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
    r"|\p{L}{3,10}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\.?\s(?:de\s)?\p{L}{3,10}\.?,?\s(?:de\s)?\d{4})(?!\d)"
)
_PUBLISHED = regex.compile(
    r"(?i:published|posted|publish date|date|on|publié|veröffentlicht|publicado|pubblicato|опубликовано)\W{0,6}+$"
)
_UPDATED = regex.compile(r"(?i:updated|modified|mis à jour|aktualisiert|actualizado|aggiornato|обновлено)\W{0,6}+$")
_CLOCK = regex.compile(CLOCK, regex.I)
# A name of two to four capitalised words: a byline beside a date makes it the article's.
_WORD = r"\p{Lu}[\p{L}\p{M}'’.-]{0,30}+"
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|la|le|di|du|bin|al|el|dos|das|ter)"
_NAME = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_WORD}(?:[ ](?:{_PARTICLE}[ ])?{_WORD}){{1,3}}+)(?![\p{{L}}\p{{N}}])")
_NEAR = 15  # units above the article's start where its date stands; half as many under its end
_BEFORE = 30  # characters before a date where what says so stands

FEATURES = (
    "published_before",
    "updated_before",
    "log_line_words",
    "date_share",
    "above_article",
    "distance",
    "position",
    "first",
    "order",
    "log_candidates",
    "latest",
    "earliest",
    "in_prose",
    "after_comments",
    "name_near",
    "clock",
    "years_before_latest",
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A date on the page, as ISO, with what tells whether it is the publication date."""

    iso: str
    start: int
    end: int
    features: tuple[float, ...]


def candidates(page: Page) -> list[Candidate]:
    """Every readable date in the units near the article, in page order."""
    text, units, lang = page.text, page.units, page.language
    span = page.body_span()
    if span is None:
        return []
    first, last = span
    comments = next((i for i, u in enumerate(units) if i > first and heads_comments(u.text)), len(units))
    found: list[tuple[str, int, int, int, str]] = []  # iso, start, end, unit, line
    for k, unit in enumerate(units):
        if k < first - _NEAR or k > last + _NEAR // 2:
            continue
        for line in unit.lines:
            for m in DATE.finditer(line.text):
                iso = to_iso(m.group(), lang)
                if iso is not None:
                    found.append((iso, line.start + m.start(), line.start + m.end(), k, line.text))
    if not found:
        return []
    isos = sorted(f[0] for f in found)
    latest_year = int(isos[-1][:4])
    out = []
    for order, (iso, start, end, k, line) in enumerate(found):
        col = start - (text.rfind("\n", 0, start) + 1)
        before = line[max(0, col - _BEFORE) : col]
        near = " ".join(units[j].text for j in range(max(0, k - 1), min(len(units), k + 2)))
        stripped = line.strip()
        row = (
            float(_PUBLISHED.search(before) is not None),
            float(_UPDATED.search(before) is not None),
            math.log1p(len(stripped.split())),
            (end - start) / max(1, len(stripped)),
            float(k < first),
            max(-_NEAR, min(_NEAR, k - first)) / _NEAR,
            start / max(1, len(text)),
            float(order == 0),
            order / len(found),
            math.log1p(len(found)),
            float(iso == isos[-1]),
            float(iso == isos[0]),
            float(units[k].label == "good"),
            float(k > comments),
            float(_NAME.search(near) is not None),
            float(_CLOCK.search(line) is not None),
            min(10, latest_year - int(iso[:4])) / 10,
        )
        out.append(Candidate(iso, start, end, row))
    return out


def likeliest(page: Page) -> Candidate | None:
    """The candidate the fitted model finds likeliest the publication date, if likely enough."""
    found = candidates(page)
    best = ranker("dateline").choose([c.features for c in found])
    return None if best is None else found[best]


@dataclass(frozen=True)
class Dateline(Cleaner):
    """Find the publication date where ``metadata`` read none: the likeliest date near the article."""

    name = "dateline"
    after = ("metadata",)
    before = ("boilerplate",)

    def propose(self, text: str, draft: Draft) -> Iterable[Change]:
        if not draft.meta.get("published") and (found := likeliest(draft.page_of(text))) is not None:
            draft.meta["published"] = found.iso
        return ()
