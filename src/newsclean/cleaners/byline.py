"""The author where the byline patterns of ``metadata`` read none.

Pages print who wrote them in many ways: a bare name over the date, ``Written
by`` on one line and the name on the next, ``Posted by BeauHD on Friday``,
``Rebecca Lake, CEPF®`` under the headline, an author box under the article.
Rather than a pattern for each, every capitalised name on a short line (and
every name after a ``by`` on a longer one) is a candidate, measured by what
tells a byline — a ``by`` before it, a date beside it, the article's start
near, a line of its own, the name said again in an author box, a menu around
it — and weighed by a model fitted on development pages
(``benchmarks/fit/byline.py``).  It speaks only when ``metadata`` found no
author, and only on strong evidence: a missing author is better than a wrong
one.  A line that holds nothing but the byline (and its date) goes with it.
"""

from __future__ import annotations

import math
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import regex

from ..blockclass import Unit, heads_comments
from ..cleaner import Cleaner, Draft
from ..dates import DATE
from ..fitted import ranker
from ..lexicon import zipf
from ..page import Page
from ..records import Change, Removal
from ..tracking import TrackedText

_TOKEN = r"(?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}+)"
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|la|le|di|du|bin|al|el|dos|das|ter)"
# Who writes as a group: ``The Currency editors``, ``News Desk``, ``Resy Staff``.
_COLLECTIVE = r"(?:team|staff|editors|desk|newsroom|contributors)"
NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}@#])(?:{_TOKEN}(?:[ ](?:{_PARTICLE}[ ])?{_TOKEN}){{0,4}}+(?:[ ]{_COLLECTIVE})?)(?![\p{{L}}\p{{N}}])"
)
_COLLECTIVE_END = regex.compile(rf"\s{_COLLECTIVE}$")
# A byline's keyword a name match swallowed: ``By Michael Ansaldo``, ``ByNina Pineda``.
_KEYWORD_HEAD = regex.compile(r"^(?:(?:Written|Posted|WRITTEN|POSTED)\s+)?(?:By|BY)\s*+(?=\p{Lu})")
# A date's label run onto a name in capitals: ``KORIN MILLERPUBLISHED``, ``JONATHAN JONESLAST UPDATED NOV``.
_GLUED_LABEL = regex.compile(r"(?<=\p{Lu}{2})(?:LAST\s)?(?:PUBLISHED|UPDATED|POSTED)\b.*+$")
# A name run into its role: ``HabernyFounder``; not ``McDonald`` (one small letter before the capital).
_GLUED_ROLE = regex.compile(r"(?<=\p{Ll}{2})\p{Lu}\p{Ll}{2}.*+$")
# A name runs on over a sentence's end: ``Georgia Silvera Seamans. Above``; not ``Mrs. Smith``.
_SENTENCE_END = regex.compile(r"(?<=\p{Ll}{3})\.\s.*+$")
_HANDLE = regex.compile(r"(?<=\s|^)\p{Ll}[\p{Ll}\p{N}_.-]{2,30}+(?![\p{L}\p{N}])")
# The words for "by" in the languages bylines are read in.
_BY_WORDS = ("by", "von", "par", "por", "door", "av", "di", "przez", "от")
_BY = "|".join(_BY_WORDS)
# What says the name after it wrote the article: ``By``, ``Written by``, ``Author:``, ``Posted by``.
_WROTE = regex.compile(
    rf"(?i:(?:^|[^\p{{L}}])(?:(?:written|posted|story|words|text|reporting)\s+)?(?:{_BY})"
    r"|(?:^|[^\p{L}])(?:authors?|autor|auteur|autore|writer|reporter|text|texto|words|posted)\s*:)\s*+$"
)
# A name after these did something else: ``Reviewed by``, ``Photo by``, ``Edited by``.
_OTHER_ROLE = regex.compile(
    r"(?i:(?:reviewed|checked|edited|photos?|photograph(?:ed|y)?|images?|illustrations?|video|produced|designed"
    r"|powered|sponsored|presented|hosted|supported|courtesy|credit|translated|narrated)(?:\s+by)?\s*:?\s*+)$"
)
# The first letters of the words ``_WROTE`` ends on.
_WROTE_INITIALS = frozenset(w[0] for w in _BY_WORDS)
# Where ``_WROTE`` could read before a user name (which follows a space): one of its last words, or a colon.
_WROTE_WORD = regex.compile(rf"(?i:{_BY})(?!\p{{L}})|:")
# A byline's keyword on a line of its own, the name on the next: ``Written by`` / ``Jane Doe``.
_LABEL = regex.compile(r"^\W*(?i:by|written by|posted by|author|authors|about the author|autor|auteur)\W*$")
_SEPARATOR = regex.compile(r"^\s*+(?:[,|·•/;–—-]|$)")
_OPENS = regex.compile(r"(?:^|[|·•/;–—]|\s-)\s*+$")
_BIO = regex.compile(
    r"^\W*(?:about\s+)?(?P<first>\p{Lu}[\p{L}'’-]+)\b[^.\n]{0,40}?\s(?:is|was|has|writes|covers|joined)\s"
)
_ABOUT = regex.compile(r"^\W*(?i:about)\s+(?P<name>.+?)\W*$")
_MAX_LINE_WORDS = 16  # a byline is short; a name in a longer line counts only after a ``by``
_NEAR = 15  # units from the article's start where a byline stands
_MENU_REACH = 3  # lines either side that tell a menu
_LOOK_BEHIND = 40  # characters before a name where what says who it is stands
_WORDLIKE = 3.0  # Zipf frequency from which a word in small letters is the language's, not a user name
_MAX_CANDIDATES = 400  # a page of thousands of capitalised links: the names nearest the article are enough

FEATURES = (
    "wrote_before",
    "other_role_before",
    "label_above",
    "whole_line",
    "segment",
    "log_line_words",
    "name_tokens",
    "single_token",
    "capitals",
    "collective",
    "zipf_mean",
    "zipf_max",
    "date_on_line",
    "date_near",
    "title_near",
    "taken",
    "cut",
    "above_article",
    "distance",
    "position",
    "repeats",
    "biography",
    "in_prose",
    "chrome",
    "after_comments",
    "menu_around",
    "first_wrote",
    "small_letters",
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name on a line of the page, with what tells whether it is the author's."""

    name: str
    start: int  # in the current text; -1 on a line ``metadata`` took out
    end: int
    alone: bool  # the line holds nothing else but what says so, separators and a date: it goes with the name
    features: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class _Row:
    """One non-blank line with the unit it stands in; ``taken`` when ``metadata`` read it into a field."""

    text: str
    start: int
    unit: int
    taken: str | None = None


def _rows(units: tuple[Unit, ...], taken: Sequence[Removal], tracked: TrackedText | None) -> list[_Row]:
    """The page's non-blank lines, with the lines ``metadata`` took out put back where they stood."""
    rows = [_Row(ln.text, ln.start, k) for k, unit in enumerate(units) for ln in unit.lines if ln.text.strip()]
    if not taken or tracked is None or not units:
        return rows
    starts = [u.start for u in units]
    for removal in taken:
        at = tracked.current_offset(removal.start)
        k = max(0, bisect_right(starts, at) - 1)
        rows.extend(_Row(ln, at, k, removal.into or "") for ln in removal.text.split("\n") if ln.strip())
    rows.sort(key=lambda r: r.start)  # stable: a line taken out stands before the line now at its place
    return rows


def _wrote(before: str) -> bool:
    """``_WROTE.search(before)``: run only where ``before`` ends on a colon or on a word as short as its words.

    Most text before a name ends on some other word, which a look at its last letters tells.
    """
    tail = before.rstrip()
    if not tail.endswith(":"):
        n = k = len(tail)
        while k and n - k < 6 and tail[k - 1].isalpha():
            k -= 1
        if not 2 <= n - k <= 5 or tail[k].lower() not in _WROTE_INITIALS and tail[k].casefold() not in _WROTE_INITIALS:
            return False
    return _WROTE.search(before) is not None


def _names(row: _Row, lang: str) -> Iterator[tuple[str, int, bool, bool]]:
    """Each name on ``row``: its text, its offset in the row, whether a ``by`` says it wrote, whether cut from a role."""
    for m in NAME.finditer(row.text):
        name, at = _SENTENCE_END.sub("", m.group()).rstrip(".-’'"), m.start()
        if head := _KEYWORD_HEAD.match(name):  # ``By Michael Ansaldo``, ``ByNina Pineda``: the keyword is no name
            name, at = name[head.end() :], at + head.end()
        if name.isupper():  # ``BY KORIN MILLERPUBLISHED: JAN 29``
            name = _GLUED_LABEL.sub("", name).rstrip()
        tokens = name.split()
        if len(tokens) % 2 == 0 and tokens[: len(tokens) // 2] == tokens[len(tokens) // 2 :]:
            name = " ".join(tokens[: len(tokens) // 2])  # a photo's caption and the name: ``Josef Průša Josef Průša``
        if not name:
            continue
        before = row.text[max(0, at - _LOOK_BEHIND) : at]
        wrote = _wrote(before)
        yield name, at, wrote, False
        if cut := _GLUED_ROLE.search(name):  # ``Mateusz HabernyFounder at Oakywood``
            yield name[: cut.start()], at, wrote, True
    if len(row.text.split()) > _MAX_LINE_WORDS or _WROTE_WORD.search(row.text) is None:
        return  # a long line, or one where nothing says who wrote: no user name is a byline's
    for m in _HANDLE.finditer(row.text):  # ``by jsteinhardt``: a user name, in small letters, no word of the language
        if _wrote(row.text[max(0, m.start() - _LOOK_BEHIND) : m.start()]) and zipf(m.group(), lang) < _WORDLIKE:
            yield m.group(), m.start(), True, False


def candidates(page: Page, taken: Sequence[Removal] = (), tracked: TrackedText | None = None) -> list[Candidate]:
    """Every name on a short line, or after a ``by``, in page order (lines in ``taken`` among them)."""
    text, units, lang = page.text, page.units, page.language
    span = page.body_span()
    first, last = span if span else (0, len(units) - 1)
    comments = next((i for i, u in enumerate(units) if i > first and heads_comments(u.text)), len(units))
    rows = _rows(units, taken, tracked)
    short = [len(r.text.split()) <= 4 and not r.text.rstrip().endswith((".", "?", "!")) for r in rows]
    dated = [r.taken == "published" or DATE.search(r.text) is not None for r in rows]
    titled = [r.taken == "title" for r in rows]
    bios = {m.group("first") for r in rows if (m := _BIO.match(r.text))}
    abouts = {m.group("name").strip() for r in rows if len(r.text) < 80 and (m := _ABOUT.match(r.text))}
    counts: dict[str, int] = {}
    found: list[tuple[str, int, int, bool, bool, bool]] = []  # name, offset in row, row, wrote, cut, alone
    plain = 0  # names without a ``by``: many on a page of links, so only the nearest the article's start count
    for n in sorted(range(len(rows)), key=lambda n: abs(rows[n].unit - first)):
        row = rows[n]
        words = len(row.text.split())
        for name, at, wrote, cut in _names(row, lang):
            if words > _MAX_LINE_WORDS and not wrote or not wrote and plain >= _MAX_CANDIDATES:
                continue
            plain += not wrote
            # Only a line of the current text goes with its name: a taken one needs no telling.
            alone = row.taken is None and _alone(row.text[:at] + row.text[at + len(name) :])
            found.append((name, at, n, wrote, cut, alone))
            counts[name] = counts.get(name, 0) + 1
        if len(found) >= 2 * _MAX_CANDIDATES:
            break
    found.sort(key=lambda f: (f[2], f[1]))  # back in page order
    words_of: dict[str, tuple[int, list[float]]] = {}  # a name said again is looked up once
    out: list[Candidate] = []
    first_wrote = next((i for i, f in enumerate(found) if f[3]), None)
    for i, (name, at, n, wrote, cut, alone) in enumerate(found):
        row = rows[n]
        k = row.unit
        before, after = row.text[max(0, at - _LOOK_BEHIND) : at], row.text[at + len(name) :]
        if name in words_of:
            n_tokens, freqs = words_of[name]
        else:
            tokens = [t.strip(".").lower() for t in name.split()]
            n_tokens, freqs = words_of[name] = len(tokens), [zipf(t, lang) for t in tokens if t] or [0.0]
        # The rows around and near this one, itself left out, read as slices.
        lo, hi = max(0, n - _MENU_REACH), min(len(rows), n + _MENU_REACH + 1)
        near_lo, near_hi = max(0, n - 2), min(len(rows), n + 3)
        above = rows[n - 1].text if n else ""
        features = (
            float(wrote),
            float(_OTHER_ROLE.search(before) is not None),
            float(_LABEL.match(above) is not None),
            float(not row.text[:at].strip() and not after.strip(" .")),
            float((wrote or _OPENS.search(before) is not None) and _SEPARATOR.match(after) is not None),
            math.log1p(len(row.text.split())),
            float(n_tokens),
            float(n_tokens == 1),
            float(name.isupper()),
            float(_COLLECTIVE_END.search(name) is not None),
            sum(freqs) / len(freqs),
            max(freqs),
            float(dated[n]),
            float(any(dated[near_lo:n]) or any(dated[n + 1 : near_hi])),
            float(any(titled[near_lo:n]) or any(titled[n + 1 : near_hi])),
            float(row.taken is not None),
            float(cut),
            float(k < first),
            max(-_NEAR, min(_NEAR, k - first)) / _NEAR,
            row.start / max(1, len(text)),
            math.log1p(counts[name] - 1),
            float(name.split()[0] in bios or name in abouts),
            float(units[k].label == "good") if units else 0.0,
            float(units[k].label == "bad") if units else 0.0,
            float(k > comments or k > last + _NEAR),
            (sum(short[lo:n]) + sum(short[n + 1 : hi])) / max(1, hi - lo - 1),
            float(i == first_wrote),
            float(name.islower()),
        )
        start = row.start + at if row.taken is None else -1
        out.append(Candidate(name, start, start + len(name), alone and row.taken is None, features))
    return out


def _alone(rest: str) -> bool:
    """Is ``rest``, a line less a name, nothing but what says who wrote, separators and a date?"""
    return not rest.strip(_SEPARATORS) or not DATE.sub("", _WROTE.sub("", rest)).strip(_SEPARATORS)


_SEPARATORS = " \t,|·•/;:–—-"


def likeliest(text: str, draft: Draft) -> Candidate | None:
    """The candidate the fitted model finds likeliest the author's, if its share reaches the threshold."""
    taken = [r for r in draft.tracked.removed if r.cleaner == "metadata"]
    found = candidates(draft.page_of(text), taken, draft.tracked)
    best = ranker("byline").choose([c.features for c in found], [_same_name(c.name) for c in found])
    return None if best is None else found[best]


def _same_name(name: str) -> str:
    """What two spellings of one name share: ``JILL BARSHAY`` is ``Jill Barshay``."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass(frozen=True)
class Byline(Cleaner):
    """Find the author where ``metadata`` read none: the likeliest name near the article, if likely enough."""

    name = "byline"
    after = ("metadata",)
    before = ("boilerplate",)
    deletes = frozenset({"metadata"})

    def propose(self, text: str, draft: Draft) -> Iterable[Change]:
        if draft.meta.get("authors"):
            return
        found = likeliest(text, draft)
        if found is None:
            return
        draft.add("authors", {"name": found.name, "role": None, "organization": None})
        if found.alone:
            start = text.rfind("\n", 0, found.start) + 1
            end = text.find("\n", found.end)
            yield Change(start, len(text) if end < 0 else end, "", "byline", remove=True, into="authors")
