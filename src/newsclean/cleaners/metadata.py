"""Attribution metadata: title, section, byline, date, publisher, contributors."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..blockclass import BYLINE_LINE, CHROME, COPYRIGHT
from ..cleaner import Cleaner, Draft
from ..dates import CLOCK, DATELINE, find_date
from ..fitted import ranker
from ..lexicon import content_terms, stopwords, zipf
from ..records import Change
from ..textutil import (
    GLUED_NUMBER,
    HARD_WRAP,
    SENTENCE_END,
    URL,
    capitalised_share,
    cells,
    continues,
    dangles,
    is_caps,
    is_masthead,
)
from ..tracking import disjoint
from .captions import credited
from .furniture import PAGE_NUMBER

_NAME = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}\.|de|van|von|da|del|\p{Lu}[\p{L}\p{M}'’.-]*)){0,3}"
_BYLINE = regex.compile(
    # Only the keyword ignores case: names must start with a capital.
    # A browser runs the author's name into the byline that repeats it: ``Eric SongBy Eric Song``.
    # ``Text:`` credits the writer as ``Photo:`` credits the photographer: ``Текст: Венера Ерофеева``.
    rf"(?:^|\s|(?<=\p{{Ll}})(?=By\s))(?i:(?:by|par|von|por|di|от)\s+|(?:text|texto|testo|текст)\s*:\s*)(?P<names>{_NAME}(?:\s*(?i:,|and|&|et|und|y|e)\s+{_NAME})*)"
    r"(?:\s*(?:[,|•·]|\s[-–—])\s*(?P<role>[^,|•·\n]{2,60}))?\s*[-–—|]?\s*$"
)
# Where a name runs into a role of two words or more (``HiltzikBusiness Columnist``); not ``McDonald``.
_GLUED_ROLE = regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll}+\s+\p{L})")
# A byline's keyword on a line of its own, the name under it: ``Author:`` / ``Jane Doe``.
_BYLINE_LABEL = regex.compile(r"^\s*(?i:by|author|written by|autor|auteur|par|von|por|автор)\s*:?\s*$")
# ``Jane Doe | Reuters``, ``Jane Doe | November 18, 2019``
_PIPE_BYLINE = regex.compile(
    r"^(?P<names>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*[|·•]\s*(?P<role>[^|·•\n]{2,60})$"
)
_DATED_TITLE = regex.compile(
    r"^(?:date|published|posted(?: on)?)\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<title>\S.{3,300})$", regex.I
)
_BLURB = regex.compile(
    r"^(?P<name>[^.\n]{2,60}?)\s+(?:is|est|ist|es|é)\s+(?:an?\s+|une?\s+|ein\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:news|media|magazine|newspaper|portal|publication|website|site|outlet|journal|agency)\b",
    regex.I,
)
_CONTRIB = regex.compile(
    r"(?:reporting|report|writing)\b.{0,40}?\bcontributed\s+by\s+(?P<who>.+)$|contributed\s+(?:reporting\s+)?to\s+this\s+report",
    regex.I,
)
_ROLE_WORDS = regex.compile(
    r"^(?:the\s+)?(?P<role>journalists?|reporters?|correspondents?|staff writers?|writers?)\s+", regex.I
)
_PERSON = r"\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)){0,3}"
_PLACE = r"\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}"
# Linear at the pattern: a name starts a word (no restart inside ``AAAA…``), runs of letters and
# spaces are possessive, and a list holds at most _MAX_NAMES names (no rescan of a long list from each name).
_WORD_START = r"(?<![\p{L}\p{M}'’.-])"
_PERSON_ONCE = r"\p{Lu}[\p{L}'’-]*+(?:\s++(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*+)){0,3}"
_PLACE_ONCE = r"\p{Lu}[\p{L}'’-]*+(?:\s++\p{Lu}[\p{L}'’-]*+){0,3}"
_GROUP = regex.compile(
    rf"{_WORD_START}(?P<names>(?>{_PERSON_ONCE}(?:\s*+(?:,\s*+(?:and\s++)?|(?<=\s)and\s++){_PERSON_ONCE}){{0,20}}))"
    rf"\s++(?:in|at|from)\s++(?:the\s++)?"
    rf"(?P<place>{_PLACE_ONCE}(?:,\s*+{_PLACE_ONCE}(?=\s*+(?:;|\.?\s*+$)))?)"
)
# Title pages of reports and briefs: ``Kevin Zhang, Assistant to the Director``,
# or a name line followed by ``Senior Fellow, Meridian Council``.
_ROLE_NOUN = (
    r"(?:Fellow|Director|Analyst|Editor|Correspondent|Reporter|Researcher|Professor|Assistant|Associate"
    r"|Chair(?:man|woman)?|President|Manager|Officer|Writer|Economist|Scholar|Head|Coordinator|Advis[eo]r"
    r"|Consultant|Lecturer|Journalist|Columnist|Intern)"
)
# The last of a byline's names that is a role: ``Jane Doe and John Roe, Staff Writers``, ``Eric Song, IGN Staff``.
_ROLE_TAIL = regex.compile(rf"\b(?:{_ROLE_NOUN}|Staff|Contributor|Producer|Photographer)s?$", regex.I)
_ROLE = (
    r"(?:(?:Senior|Junior|Associate|Assistant|Deputy|Chief|Executive|Managing|Research|Policy|Program(?:me)?"
    r"|Visiting|Non-?[Rr]esident|Staff|Contributing|Special|Foreign|Political|Lead|Principal|Adjunct"
    r"|Distinguished|Founding)\s+)*"
    rf"{_ROLE_NOUN}"
    r"(?:\s+(?:to|of|for|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*+(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*+){0,4}+)?+"
)
# An author and their role over the date, no ``By``: ``Greg Beacham, AP Sports Writer``.
_NAME_ROLE = rf"^{_PERSON},\s+(?:\p{{Lu}}[\p{{L}}&.-]*\s+){{0,3}}{_ROLE_NOUN}s?$"
# After names joined by ``and``, what a comma sets off is no name but where they work.
_AND_THEN_TAG = regex.compile(r"\sand\s[^,]+,\s*[^,]+$")
# Authors over the date line, no ``By``: ``Name, AP Auto Writer`` or ``Name and Name, Associated Press``.
_NAMES_TAGGED = regex.compile(
    rf"{_NAME_ROLE}|^{_PERSON}(?:,\s+{_PERSON})*\s+and\s+{_PERSON},\s+\p{{Lu}}[\p{{L}}.&'’ -]{{2,60}}$"
)
_PERSON_ROLE = regex.compile(rf"^(?P<name>{_PERSON}),\s+(?P<role>{_ROLE})(?:,\s+(?P<org>\p{{Lu}}.{{2,80}}))?$")
_ROLE_LINE = regex.compile(rf"^(?P<role>{_ROLE})(?:,\s+(?P<org>\p{{Lu}}.{{2,80}}))?$")
_NAME_LINE = regex.compile(rf"^{_PERSON}$")
# An author's name with their social handle run on or on the next line: ``Natasha Turak@NatashaTurak``.
_HANDLE = regex.compile(r"^\s*@(\w{2,30})")
# An author's name over the link to their other pieces, run together: ``Marcus De GuzmanView More Articles``.
_LINKED_NAME = regex.compile(
    rf"^\s*(?P<name>{_PERSON})\s*(?i:view|see|read)\s(?i:more|all)\s(?i:articles|posts|stories)\s*$"
)
_HANDLE_NAME = regex.compile(rf"^\s*(?P<name>{_PERSON})\s*(?:@(?P<handle>\w{{2,30}}))?\s*$")
_ORGANISATION = regex.compile(
    r"^(?:The\s+)?(?:\p{Lu}[\p{L}&'’.-]*+\s+){0,6}+"
    r"(?:Center|Centre|Council|Institute|Foundation|University|Program(?:me)?|Coalition|Forum|Bureau"
    r"|Association|Society|Group|Agency|School|Office|Committee|Network|Project|Initiative|Trust|Board)"
    r"(?:\s+(?:for|of|on)\s+.{2,60})?$"
)
_DATE_TAIL = regex.compile(
    r"(?<![\s,|·•–-])[\s,|·•–-]*+(?:(?<!\p{L})\p{L}{1,12}day\b)?[\s,|·•–-]*+$", regex.I
)  # what leads up to a date
_INITIALS = regex.compile(r"(?:^|\s)(?:\p{Lu}\.){2,}$")  # a title may end on ``L.A.``
_TIME = regex.compile(rf"^[\s,|·•–-]*+{CLOCK}", regex.I)
_TITLE_MAX_WORDS = 30
_TITLE_LINES = 3  # a long headline wrapped at 80 columns
_HEADLINE_WORDS = 4  # fewer words make a label more often than a headline
_HEADLINE_TERMS = 4  # and fewer words that say something make a weaker one
_FULL_TITLE_LINE = 30  # characters, at least, of a title page's full title line (``Policy Brief No. 12`` is none)
_SHORTER_LINE = 0.8  # the rest of a wrapped title may be longer than its first line, but not by much
_TITLE_LINE_RELEVANCE = 0.5  # half the words of a title's first line, at least, recur in the article
_HEADLINE_RELEVANCE = 0.6  # most words of a headline recur in the article; a teaser's, a menu's, fewer
_STANDFIRST_NEAR = 3  # a standfirst stands among the last lines above the article
_BYLINE_NEAR = 24  # units above the article where its byline stands
_BYLINE_SPREAD = 6  # units a byline and a second one under it may stand apart
_OPENING = 4  # units from the article's first: a byline under the standfirst stands here
_COUNTER = regex.compile(r"^\d+\s*(?:/|of)\s*\d+$")  # ``1 / 5`` under a gallery's title
_LEAD_IN = regex.compile(r"(?<![\s,|·•–-])[\s,|·•–-]*+(?:(?i:written|posted|story|text|words|reporting)\s*)?$")
_UPDATE = regex.compile(
    r"(?<!\s)\s*+(?:last\s++)?(?:updated|modified|aktualisiert|mis à jour|actualizado|обновлено)\b", regex.I
)
# What a page prints about an article, not its headline: ``Sep 16``, ``2 days ago``, ``6 min read``.
_META_LINE = regex.compile(
    r"^\W*+(?:\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s\p{L}{3,9})\W*+$"
    r"|\b\d+\s*+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\b\d+\s*+(?:-\s*+)?(?:minutes?|mins?)\s+(?:read|reading)\b|\bread(?:ing)?\s+time\b|^\W*+(?:updated|published)\b",
    regex.I,
)
# A list of names: ``Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn Patra``.
_NAME_LIST = regex.compile(rf"^{_PERSON}(?:(?:\s*,\s*|\s+(?:and|&)\s+){_PERSON})+$")
_SITE_SEPARATOR = regex.compile(r"\s[|–—:-]\s")  # ``Headline | Site``, ``Site - Headline``
_TWO_SENTENCES = regex.compile(r"(?<!\b\p{Lu})[.!?]\s+\p{Lu}")  # not after an initial: ``L.A. Auto``


@dataclass(frozen=True)
class Metadata(Cleaner):
    """Find title, section, byline, date and contributors in the lines around the article.

    The header is what precedes the first block of prose.  Its title is
    the title-like line nearest the article (a line repeated in the header
    wins); a short capitalised label above it is the section, and the
    name at the head of the page the publisher; ``by X`` lines are
    authors; a date on its own line is the publication date.
    Lines it reads go to their fields and out of the body.
    """

    name = "metadata"
    after = ("discussion",)
    deletes = frozenset({"metadata"})

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        # Two readings may claim one line (a byline and a contributor line, say): the first claim stands.
        return disjoint(self._propose(text, draft))

    def _propose(self, text: str, draft: Draft) -> Iterator[Change]:
        page = draft.page_of(text)
        units = page.units
        span = page.body_span(paged=bool(draft.page_breaks(text)))
        head = units[: span[0]] if span else []  # no article, no header to read
        prose = " ".join(u.text for u in units[span[0] : span[1] + 1] if u.label == "good") if span else ""
        about = frozenset(content_terms(prose, draft.language))  # what the article is about
        opening = _dated_headline(units, span, about, draft.language) if span else None
        if opening is not None:
            head = units[:opening]
        used: set[int] = set()
        bylines: list[tuple[int, regex.Match, tuple | None, int]] = []  # first unit, match, date, last unit
        dated: list[tuple[int, str]] = []  # date lines: unit, date
        first = next((u for u in units if u.text.strip()), None)
        if first is not None and (m := _DATED_TITLE.match(first.text)):
            draft.set_once("published", m.group("date"))
            draft.set_once("title", m.group("title").strip())
            yield Change(first.start, first.end, "", "date and title line", remove=True, into="title")
            used.add(0)
        for i, unit in enumerate(head):
            if i in used or bylines and i == bylines[-1][3]:
                continue
            t = unit.text
            if _CONTRIB.search(t):
                continue  # ``Reporting contributed by …`` is read by _contributors, not as a ``by`` line
            words = len(t.split())
            d = find_date(t, draft.language) if words <= 14 else None
            # ``By Jane Doe Monday, November 18, 2019``: the date run onto the byline is read apart.
            bare = _DATE_TAIL.sub("", t[: d[1]]) + _TIME.sub("", t[d[2] :]) if d and d[1] else t
            # A ``by`` far above the article is a menu's (``News by Neighborhood``).
            near = i >= len(head) - _BYLINE_NEAR
            # ``Samuel Hart | 20 November 2019``: the name and the date on either side of a bar.
            pipe = _PIPE_BYLINE.match(bare) or d is not None and _PIPE_BYLINE.match(t)
            m = _BYLINE.search(bare) or pipe if near and words <= 14 else None
            # ``By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy``: no name follows the date.
            early = _BYLINE.search(_DATE_TAIL.sub("", t[: d[1]])) if m and d and d[1] else None
            if early and early.group("names") != m.group("names"):
                m = early
            if m:
                bylines.append((i, m, d, i))
            elif near and (name := _handled(t, head[i + 1].text if i + 1 < len(head) else "")):
                # A handle on the line under the name goes with it: ``Keris Lahiff`` / ``@KERISALISON``.
                bylines.append((i, _BYLINE.match(f"by {name}"), None, i if "@" in t else i + 1))
            elif words <= 8 and (linked := _LINKED_NAME.match(t)):  # however far above the article
                bylines.append((i, _BYLINE.match(f"by {linked.group('name')}"), None, i))
            elif (
                near and _BYLINE_LABEL.match(t) and i + 1 < len(head) and (m := _BYLINE.match(f"by {head[i + 1].text}"))
            ):
                bylines.append((i, m, None, i + 1))  # ``Author:`` over the name
            elif i + 1 < len(head) and _NAMES_TAGGED.match(t) and _dated(head[i + 1], draft.language):
                bylines.append((i, _BYLINE.match(f"by {t}"), None, i))  # over the date that heads the article
            elif (words <= 12 or DATELINE.match(t)) and d is not None:  # ``Published … Updated …``
                dated.append((i, d[0]))
                used.add(i)
                yield Change(unit.start, unit.end, "", "date line", remove=True, into="published")
        # The article's byline stands among its header lines; a ``By …`` well above them is a menu's.
        bylines = [b for b in bylines if b[0] >= bylines[-1][0] - _BYLINE_SPREAD] if bylines else []
        for i, m, d, last in bylines:
            used.update(range(i, last + 1))
            # A headline the byline runs on from: ``HIKING THE BOULDER FLAT IRONS written by Regan``.
            lead = _LEAD_IN.sub("", head[i].text[: m.start()])
            if len(lead.split()) >= _HEADLINE_WORDS and _title_like(lead, draft.language):
                draft.set_once("title", lead)
            yield self._byline(head[i], head[last], m, d, draft)
        if span and not bylines:
            # A standfirst may stand between the title and the byline: ``By Ana Swanson`` under it.
            for unit in units[span[0] + 1 : span[0] + _OPENING]:
                m = _BYLINE.search(unit.text) if len(unit.text.split()) <= 8 else None
                if m and not unit.text[: m.start()].strip():  # the line opens with its ``by``
                    yield self._byline(unit, unit, m, find_date(unit.text, draft.language), draft)
                    break
        yield from self._title_page(head, used, draft, titled=bool(bylines), about=about)
        if not draft.meta.get("title"):
            wraps = page.width <= HARD_WRAP  # a browser's text holds paragraphs on one line: no title wraps
            headline = span[0] if opening is not None else None
            if bylines and bylines[0][0]:
                yield from self._title(head[: bylines[0][0]], units, used, draft, wraps, about, headline, bylined=True)
            else:
                yield from self._title(head, units, used, draft, wraps, about, headline)
        if dated:  # the byline's date first
            draft.set_once("published", _headline_date(head, dated, draft.meta.get("title", "")))
        if span and not draft.meta.get("published"):
            yield from self._dateline(units[span[0] : span[0] + len(units) // 3 + 1], draft)
        yield from self._contributors(units, draft)
        self._publisher(text, draft)

    def _byline(self, unit, last, m: regex.Match, d: tuple | None, draft: Draft) -> Change:
        """Authors (with role or organisation) and the date run onto the byline ``m`` of ``unit`` … ``last``."""
        role = _clean(m.group("role"))
        role = None if role and regex.search(r"\d", role) else role  # ``- 11/18/19 11:04 PM`` is no role
        if d is not None:
            draft.set_once("published", d[0])
            role = None if role and find_date(role, draft.language) else role
        names = list(_names(m.group("names")))
        team = None
        if len(names) > 1 and role is None and _ROLE_TAIL.search(names[-1][0]):
            role = names.pop()[0]
        elif _AND_THEN_TAG.search(m.group("names")):  # ``Meg Kinnard and Errin Haines, Associated Press``
            team = names.pop()[0]
        for name, organization in names:
            glued = None
            if cut := _GLUED_ROLE.search(name):  # a browser runs the name into its role: ``HiltzikBusiness Columnist``
                name, glued = name[: cut.start()], name[cut.start() :]
            draft.add("authors", {"name": name, "role": role or glued, "organization": organization or team})
        return Change(unit.start, last.end, "", "byline", remove=True, into="authors")

    def _dateline(self, units, draft: Draft) -> Iterator[Change]:
        """``Updated 1:39 am EST, Wednesday, November 20, 2019`` under the photo, near the article's start.

        Near means within a third of the text's blocks from the first block of prose.  The line
        may open on who wrote it: ``New Delhi, News Nation Bureau | Updated : 19 November 2019``.
        """
        for unit in units:
            t = unit.text.strip()
            dated = t.rpartition("|")[2].strip()
            if len(t.split()) <= 16 and DATELINE.match(dated) and (d := find_date(dated, draft.language)) is not None:
                draft.set_once("published", d[0])
                yield Change(unit.start, unit.end, "", "date line", remove=True, into="published")
                return

    def _title(
        self,
        head,
        units,
        used: set[int],
        draft: Draft,
        wraps: bool,
        about: frozenset[str],
        headline: int | None,
        bylined: bool = False,
    ) -> Iterator[Change]:
        texts = [u.text for u in head]
        byline = units[len(head)].text if bylined else ""
        names = [a["name"] for a in draft.meta.get("authors", ())]
        # A title never runs on into lowercase prose (``…the nearly 60-year-old younger`` / ``brother of…``),
        # and is not the author's name over the byline that repeats it (``Eric Song`` / ``By Eric Song, IGN Staff``),
        # nor a greeting with it (``Hi I'm Marcus De Guzman``).
        candidates = [
            i
            for i, t in enumerate(texts)
            if i not in used
            and head[i].label != "good"  # prose
            and _title_like(t, draft.language)
            and not (i + 1 < len(units) and _runs_into(t, units[i + 1].text))
            and t not in byline
            and not (len(t.split()) <= 6 and any(name in t for name in names))
        ]
        if headline is not None and headline < len(head):
            best = headline
        elif not candidates:
            return
        elif bylined and candidates[-1] == len(head) - 1:
            best = candidates[-1]  # the line right above the byline is its title
        else:
            # A date or byline under a line (read and set aside by now; chrome between) marks the end of a header.
            below = _next_kept(units)
            echoes = _echoes(texts, {texts[i] for i in candidates})
            rows = [
                headline_features(texts, i, about, draft.language, below[i] in used, echoes[texts[i]] > 1)
                for i in candidates
            ]
            best = candidates[_pick_headline([texts[i] for i in candidates], _beside_the_others(rows))]
        # A headline over its standfirst: both name the article, the headline comes first.
        standfirst = (
            best != headline
            and _headline_above(texts, best, candidates, about, draft.language)
            and not (wraps and _runs_on(head[best - 1], head[best], texts[best - 1]))
        )
        if standfirst:
            best -= 1
        # A title wrapped over lines of one block: ``…Lakers hold off OKC`` / ``112-107``.
        # The block must hold the title alone, so one line each way at most.
        first = last = best
        if wraps and best > 0 and best - 1 not in used and _runs_on(head[best - 1], head[best], texts[best - 1]):
            above = texts[best - 1]
            # A line that stops on a function word (``…Support to``, ``…cooperation with``) goes on below.
            goes_on = dangles(above) or above.split()[-1].lower() in stopwords(draft.language)
            alone = best < 2 or not _adjacent(head[best - 2], head[best - 1]) or goes_on
            first = best - 1 if alone else best
        after = best + 1
        if (
            wraps
            and not standfirst
            and after < len(head)
            and after not in used
            and _runs_on(head[best], head[after], texts[after])
        ):
            ends = after + 1 == len(head) or after + 1 in used or not _adjacent(head[after], head[after + 1])
            last = after if ends else best
        title = texts[best]
        lines = [ln.text.strip() for u in head[first : last + 1] for ln in u.lines]
        draft.set_once("title", " ".join(_unwrap(lines, draft.language)))
        for i, t in enumerate(texts):
            if i not in used and (first <= i <= last or t == title or (t.endswith(title) and len(t) - len(title) < 60)):
                used.add(i)
                yield Change(head[i].start, head[i].end, "", "title", remove=True, into="title")
        if standfirst and best + 1 not in used:
            draft.set_once("subtitle", texts[best + 1])
            used.add(best + 1)
            yield Change(head[best + 1].start, head[best + 1].end, "", "standfirst", remove=True, into="subtitle")
        yield from self._masthead(head, first, used, draft)
        # The section label over the title; pdftotext may set its words on lines of their own, the date between.
        parts: list[int] = []
        words = 0
        for above in range(first - 1, -1, -1):
            label = texts[above]
            if above in used:
                continue
            words += len(label.split())
            if words > 3 or CHROME.match(label) or not (is_caps(label) if parts else _label_like(label)):
                break
            if parts and not is_caps(texts[parts[0]]):
                break  # only a label in capitals is set word by word
            parts.append(above)
        if parts:
            label = " ".join(texts[k] for k in reversed(parts))
            draft.set_once("section", label.title() if is_caps(label) else label)
            for k in parts:
                used.add(k)
                yield Change(head[k].start, head[k].end, "", "section label", remove=True, into="section")

    def _masthead(self, head, first: int, used: set[int], draft: Draft) -> Iterator[Change]:
        """The publication's name at the head of the page, over the title: ``CRN`` over the date line.

        It is the text's first line, or the first after the running title (cut short, or the
        headline again); layout-mode text sets it in one row with the date or the running title.
        A short line right over the title with nothing above it is a section label instead.
        """
        title = draft.meta.get("title", "").casefold()

        def echo(t: str) -> bool:
            return bool(t) and title.startswith(t.rstrip(".… ").casefold())

        if draft.meta.get("publisher") or first == 0:
            return
        row = cells(draft.raw_line(head[0].lines[0])) if len(head[0].lines) == 1 else []
        names = [c for c in row if not (PAGE_NUMBER.match(c) or find_date(c, draft.language) or echo(c))]
        if len(row) > 1 and len(names) == 1:
            top, name = 0, names[0]  # a header row: the name beside the date or the running title
        else:
            top = next((k for k in range(first) if k not in used and not echo(head[k].text)), None)
            if top is None or len(head[top].lines) > 1 or not all(echo(head[k].text) for k in range(top)):
                return
            if not (top or any(k in used for k in range(top + 1, first)) or draft.meta.get("section")):
                return  # right over the title, or over labels only: the section, unless that is known
            name = head[top].text
        if not all(
            k in used or len(head[k].text.split()) <= 3 and _label_like(head[k].text) for k in range(top + 1, first)
        ):
            return  # lines of a page's chrome under it: no masthead
        if not is_masthead(name) or CHROME.match(name) or PAGE_NUMBER.match(name) or find_date(name, draft.language):
            return
        draft.set_once("publisher", name)
        for k in range(top + 1):
            if k not in used:
                used.add(k)
                into = "publisher" if k == top else None  # the running title over it goes
                yield Change(
                    head[k].start, head[k].end, "", "masthead" if into else "running title", remove=True, into=into
                )

    def _title_page(self, head, used: set[int], draft: Draft, titled: bool, about: frozenset[str]) -> Iterator[Change]:
        """A report's title page: title above an author with role and organisation, web addresses.

        After a ``by`` line (``titled``), the name and role lines are an author box, not a title page;
        so they are under a line that says nothing of the article (a photo credit).
        """
        rows = [(i, ln) for i, u in enumerate(head) if i not in used for ln in u.lines if ln.text.strip()]
        texts = [ln.text.strip() for _, ln in rows]
        for k, t in enumerate(texts):
            m = _PERSON_ROLE.match(t)
            name_at = k
            if m is None and k and _NAME_LINE.match(texts[k - 1]):
                m, name_at = _ROLE_LINE.match(t), k - 1
            if m is None:
                continue
            name = m.groupdict().get("name") or texts[name_at]
            org, end = m.group("org"), k + 1
            if org is None and end < len(texts) and _ORGANISATION.match(texts[end]):
                org, end = texts[end], end + 1
            known = next((a for a in draft.meta.get("authors", ()) if a["name"] == name), None)
            if known is None:
                draft.add("authors", {"name": name, "role": m.group("role"), "organization": org})
            else:
                known["role"], known["organization"] = known["role"] or m.group("role"), known["organization"] or org
            draft.set_once("publisher", org)
            title = name_at
            wrapped = False  # the line taken last is the end of a wrapped title: its start is above it
            while title and name_at - title < 4 and not URL.search(texts[title - 1]):
                above = texts[title - 1]
                # Title lines run on; a blank line is crossed only where the line above cannot end the title.
                runs_on = dangles(above) and above[:1].isupper() or above.endswith(("-", "?"))
                runs_on = runs_on or title < name_at and texts[title][:1].islower()  # ``…They`` / ``just might be.``
                runs_on = runs_on or wrapped  # ``Why Beijing will bring slaughter to Hong`` / ``Kong``
                runs_on = runs_on or title < name_at and _full_line(above, texts[title], about, draft.language)
                if title < name_at and rows[title][1] is head[rows[title][0]].lines[0] and not runs_on:
                    break
                wrapped = (
                    title > 1
                    and above[:1].isalnum()
                    and (
                        texts[title - 2].endswith("-")
                        or len(above.split()) <= 2
                        and _title_like(texts[title - 2], draft.language)
                    )
                )
                # The last line of a wrapped title goes on from the line above it: ``just might be.``
                tail = title > 1 and above[:1].islower() and not SENTENCE_END.search(texts[title - 2])
                if not (_title_like(above, draft.language) or runs_on or wrapped or tail):
                    break
                title -= 1
            if titled or not _relevance(" ".join(texts[title:name_at]), about, draft.language):
                title = name_at
            if title < name_at:
                head_lines = _unwrap(texts[title:name_at], draft.language)
                split = next((j + 1 for j, h in enumerate(head_lines[:-1]) if h.endswith(("?", ":"))), len(head_lines))
                draft.set_once("title", " ".join(head_lines[:split]))
                draft.set_once("subtitle", " ".join(head_lines[split:]))
            for j in range(title, end):
                used.add(rows[j][0])
                into = "title" if j < name_at else "authors"
                yield Change(rows[j][1].start, rows[j][1].end, "", "title page", remove=True, into=into)
            for j in range(end, len(texts)):
                if URL.search(texts[j]) and len(texts[j].split()) <= 3:
                    draft.add("links", URL.search(texts[j]).group())
                    used.add(rows[j][0])
                    yield Change(rows[j][1].start, rows[j][1].end, "", "title page address", remove=True, into="links")
            return

    def _contributors(self, units, draft: Draft) -> Iterator[Change]:
        for unit in units:
            m = _CONTRIB.search(unit.text)
            if not m or len(unit.text.split()) > 80:
                continue
            who = m.group("who") or ""
            role = None
            if r := _ROLE_WORDS.match(who):
                role = r.group("role").lower().rstrip("s")
                who = who[r.end() :]
            found = [(name, g.group("place")) for g in _GROUP.finditer(who) for name in _split_names(g.group("names"))]
            if not found:  # no place: ``Reporting contributed by Ann Lee.``, ``Ann Lee contributed to this report.``
                names = who if m.group("who") is not None else unit.text[: m.start()]
                found = [(name, None) for name in _split_names(names.strip(" .;:")) if _NAME_LINE.match(name)]
            for name, place in found:
                draft.add("contributors", {"name": name, "role": role, "location": place})
            yield Change(unit.start, unit.end, "", "contributor line", remove=True, into="contributors")

    def _publisher(self, text: str, draft: Draft) -> None:
        for line in reversed(text.splitlines()[-200:]):
            line = line.strip()
            if (m := COPYRIGHT.match(line)) and len(line) < 120:
                name = regex.sub(r"\.?\s*all rights reserved.*$", "", line[m.end() :], flags=regex.I).strip(" .,-–")
                if name and not URL.match(name):
                    draft.set_once("publisher", name)
                    return
            if (m := _BLURB.match(line)) and len(line) > 40:
                draft.set_once("publisher", m.group("name").strip())
                return


def _split_names(names: str) -> list[str]:
    return [n for n in regex.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names) if n]


def _handled(t: str, following: str) -> str | None:
    """The name of an author shown with their handle (``Natasha Turak@NatashaTurak``, or the handle under it)."""
    m = _HANDLE_NAME.match(t)
    handle = m and (m.group("handle") or (h.group(1) if (h := _HANDLE.match(following)) else None))
    if not handle:
        return None
    # The handle spells one of the names: a site's own account under a menu entry is no byline.
    parts = [p.casefold() for p in m.group("name").split() if len(p) >= 3]
    return m.group("name") if any(p in handle.casefold() for p in parts) else None


def _dated_headline(units, span: tuple[int, int], about: frozenset[str], lang: str) -> int | None:
    """The end of the header when the article's first block is its headline, a date or byline under it.

    Prose does not stop after a line or two for a date, so a first block of
    a title's length with a date line (``Updated Nov 19, 9:41 AM``), a ``By …`` line or an author
    with a role next is the headline, unless a headline stands above it: then it is the standfirst.
    """
    first = units[span[0]]
    if len(first.lines) > _TITLE_LINES or len(first.text.split()) > _TITLE_MAX_WORDS:
        return None
    above = next((u.text for u in reversed(units[: span[0]]) if u.label != "bad"), "")
    if _title_like(above, lang) and _relevance(above, about, lang) >= 0.5:
        return None
    for j in range(span[0] + 1, min(span[0] + 4, len(units))):
        if units[j].label != "bad":
            t = units[j].text
            dated = len(t.split()) <= 14 and bool(find_date(t, lang) or DATELINE.match(t) or BYLINE_LINE.match(t))
            if dated:
                return j + 1
            # The author's name and role may stand as blocks of their own; the title page's date under them.
            rows = [ln for u in units[j : j + 2] for ln in u.lines][:2]
            if not _author_box(rows):
                return None
            end = j + 1 if rows[-1] in units[j].lines else j + 2
            dated = end < len(units) and len(units[end].text.split()) <= 8 and find_date(units[end].text, lang)
            return end + 1 if dated else end
    return None


def _headline_date(head, dated: list[tuple[int, str]], title: str) -> str:
    """The date of the date line nearest the headline, one of first publication before an update.

    A site's date of the day tops the page, and teasers under the headline carry dates of their own.
    """
    key = title[:40].casefold()
    at = max((k for k, u in enumerate(head) if key and u.text[:40].casefold() == key), default=len(head))
    first = [(i, iso) for i, iso in dated if not _UPDATE.match(head[i].text)] or dated
    return min(first, key=lambda d: (abs(d[0] - at), d[0] < at))[1]


def _label_like(t: str) -> bool:
    return is_caps(t) or t.istitle()


def _dated(unit, lang: str) -> bool:
    """Is ``unit`` a date line (``Updated 1:39 am EST, Wednesday, November 20, 2019``)?"""
    return len(unit.text.split()) <= 12 and find_date(unit.text, lang) is not None


def _next_kept(units) -> list[int | None]:
    """For each unit, the index of the first unit after it that is not chrome (one pass from the end)."""
    found: list[int | None] = [None] * len(units)
    after = None
    for i in range(len(units) - 1, -1, -1):
        found[i] = after
        if units[i].label != "bad":
            after = i
    return found


def _author_box(lines) -> bool:
    """Do ``lines`` open on a title page's author: ``Elena Petrova`` over ``Senior Fellow, Atlantic Policy Forum``?"""
    rows = [ln.text.strip() for ln in lines]
    name_and_role = len(rows) > 1 and _NAME_LINE.match(rows[0]) and _ROLE_LINE.match(rows[1])
    return bool(_PERSON_ROLE.match(rows[0]) or name_and_role)


def _echoes(texts: list[str], lines: set[str]) -> Counter[str]:
    """How many of ``texts`` are, or end on, each of ``lines`` (``HomeSPORT NEWS<title>``).

    Each text is read backwards through a tree of the lines read backwards, so the
    cost grows with the texts, not with the texts times the lines.
    """
    tree: dict = {}
    for line in lines:
        node = tree
        for ch in reversed(line):
            node = node.setdefault(ch, {})
        node[""] = line  # a line ends here
    counts: Counter[str] = Counter()
    for t in texts:
        node = tree
        for ch in reversed(t):
            if (node := node.get(ch)) is None:
                break
            if "" in node:
                counts[node[""]] += 1
    return counts


HEADLINE_FEATURES = (
    "relevance",
    "distance",
    "repeated",
    "dated",
    "label",
    "short",
    "log_words",
    "capitalised",
    "ends_sentence",
    "caps",
    "site_separator",
    "position",
    "meta_line",
    "name_list",
    "digits",
    "relevance_gap",
    "most_relevant",
)


def headline_features(
    texts: list[str], i: int, about: frozenset[str], lang: str, dated: bool, repeated: bool
) -> list[float]:
    """What tells the headline of the article below among the lines above it, ``HEADLINE_FEATURES`` but the last two.

    A headline names what the article is about, so its words recur in the
    prose; menus, teasers and site names mostly do not.  It stands near the
    article, is often ``repeated`` above (a breadcrumb's tail) or ``dated``
    (a date or byline right under it).  A short line that names nothing in
    the article is more often a label (``Local News``, an author's name),
    a date or a reading time (``Sep 16``, ``6 min read``) or a list of names.
    """
    t = texts[i]
    distance = len(texts) - i
    relevance = _relevance(t, about, lang)
    words = len(t.split())
    short = words < _HEADLINE_WORDS
    return [
        relevance,
        distance / (1 + distance),
        float(repeated),
        float(dated),
        float(short and not relevance),
        float(short),
        math.log1p(words),
        capitalised_share(t)[1],
        float(bool(SENTENCE_END.search(t))),
        float(is_caps(t)),
        float(_SITE_SEPARATOR.search(t) is not None),
        i / len(texts),
        float(_META_LINE.search(t) is not None or find_date(t, lang) is not None),
        float(_NAME_LIST.match(t) is not None),
        sum(c.isdigit() for c in t) / max(1, len(t)),
    ]


def _beside_the_others(rows: list[list[float]]) -> list[list[float]]:
    """Each candidate's features with how its relevance compares with the most relevant candidate's."""
    top = max(row[0] for row in rows)
    return [[*row, row[0] - top, float(row[0] == top)] for row in rows]


def _pick_headline(lines: list[str], rows: list[list[float]]) -> int:
    """Which of the candidate ``lines`` (in page order, measured by ``rows``) is likeliest the headline.

    ``params/headline.json`` weighs the rows; the fitting script reads the lines and rows here.
    """
    model = ranker("headline")
    return max(range(len(lines)), key=lambda k: model.score(rows[k]) + k * 1e-6)  # nearer wins a tie


def _headline_above(texts: list[str], i: int, candidates: list[int], about: frozenset[str], lang: str) -> bool:
    """Is ``texts[i]``, near the article, the standfirst under a headline that names the article as well?

    A breadcrumb that ends on the line (``HomeLatest News<title>``), or a page header
    that cuts it short (``13-Inch MacBook Pro With… macrumors.com``), is no headline of its own.
    """
    up = i - 1
    return (
        i >= len(texts) - _STANDFIRST_NEAR
        and up in candidates
        and len(texts[up].split()) >= _HEADLINE_WORDS
        and not texts[up].endswith(texts[i])
        and texts[up].split()[:_HEADLINE_WORDS] != texts[i].split()[:_HEADLINE_WORDS]
        and _relevance(texts[up], about, lang) >= _HEADLINE_RELEVANCE
    )


def _relevance(text: str, about: frozenset[str], lang: str) -> float:
    """The share of the words of ``text`` found in ``about``, less for fewer than a headline's words."""
    terms = content_terms(text, lang)
    return sum(t in about for t in terms) / max(1, len(terms)) * min(len(terms), _HEADLINE_TERMS) / _HEADLINE_TERMS


def _full_line(line: str, below: str, about: frozenset[str], lang: str) -> bool:
    """Is ``line`` a title's full first line over the rest of it: as long, in the same case, on the article's subject?

    A title's line closes no sentence with a full stop (a caption's does).
    """
    return (
        len(line) >= max(_FULL_TITLE_LINE, _SHORTER_LINE * len(below))
        and not line.endswith(".")
        and is_caps(line) == is_caps(below)
        and _relevance(line, about, lang) >= _TITLE_LINE_RELEVANCE
    )


def _unwrap(rows: list[str], lang: str) -> list[str]:
    """Title lines with a word hyphenated across them made whole (``South Car-`` + ``olina``).

    A number that lost its compound's hyphen gets it back (``8year-old``).
    """
    out: list[str] = []
    for row in (GLUED_NUMBER.sub(r"\g<0>-", row) for row in rows):
        if out and out[-1].endswith("-") and row[:1].islower():
            head, _, stem = out[-1][:-1].rpartition(" ")
            word = stem + row.split(" ", 1)[0]
            joined = word if zipf(word.lower(), lang) > 0 else f"{stem}-{row.split(' ', 1)[0]}"
            out[-1] = f"{head} {joined}".strip() + row[len(row.split(" ", 1)[0]) :]
        else:
            out.append(row)
    return out


_ACRONYM = regex.compile(r"\p{Lu}{2,5}+")


def _runs_on(unit, following, part: str) -> bool:
    """Is ``part`` (one of the two units) more of a title wrapped over the lines of one block?

    The upper line must be a long one that stopped mid-phrase, in the same
    case as the line below, which may be a last word in capitals (``…from
    Nissan`` / ``PH``): menus and labels stacked line on line are no title.
    """
    upper = unit.lines[-1].text.strip()
    acronym = len(following.lines) == 1 and _ACRONYM.fullmatch(following.text.strip()) is not None
    return (
        _adjacent(unit, following)
        and len(upper) >= 30
        and len(upper.split()) >= 5
        and (is_caps(upper) == is_caps(following.text) or acronym)
        and not (upper.endswith((".", "!", ":", ";", "?")) and not _INITIALS.search(upper))
        and len(part.split()) <= 12
        and unit.text != following.text
        and not _COUNTER.match(part)
        and not CHROME.match(part)
        and not COPYRIGHT.match(part)
        and not _BYLINE.search(part)
    )


def _runs_into(line: str, following: str) -> bool:
    """Does the sentence of ``line`` go on in the prose of ``following`` (not in a ``by …`` line)?"""
    return continues(line, following) and len(following.split()) >= 3 and not _BYLINE.search(following)


def _adjacent(unit, following) -> bool:
    return following.start == unit.end + 1


def _title_like(t: str, lang: str) -> bool:
    words = t.split()
    half = len(words) // 2
    # In title case a short last word may end the title: ``…Others Never Make It``.
    count, share = capitalised_share(t)
    title_cased = count >= 3 and share == 1.0
    return (
        2 <= len(words) <= _TITLE_MAX_WORDS
        and not (t.rstrip().endswith((".", ",", ":", ";")) and not _INITIALS.search(t.rstrip()))
        and not CHROME.match(t)
        and not (DATELINE.match(t) and regex.search(r"\d", t))  # ``Published Wed, Nov 20…``
        and not (dangles(t) and words[-1].lower() in stopwords(lang) and not title_cased)
        and t.lstrip("'‘\"“«¿¡")[:1].isalnum()
        and not t.lstrip("'‘\"“«¿¡")[:1].islower()
        and words[:half] != words[half:]  # a link or an image named twice (``Donate Donate``)
        and "_" not in t  # a file name
        and not credited(t)  # a photo's caption
        and not _TWO_SENTENCES.search(t)
        and not URL.search(t)
        and not t.lstrip().startswith(("*", "•", "[", "(", "|", "#"))
        and sum(c.isalpha() for c in t) >= 0.5 * len(t.replace(" ", ""))
    )


def _names(names: str) -> Iterator[tuple[str, str | None]]:
    """Each author of a byline, with the organisation a full stop sets off (``X. Agency``)."""
    for name in regex.split(r"\s*(?:,|\band\b|&|\bet\b|\bund\b)\s*", names):
        name, _, organization = name.strip().partition(". ")
        if name.strip(" ."):
            yield name.strip(" ."), organization.strip(" .") or None


def _clean(s: str | None) -> str | None:
    return s.strip(" .,") or None if s else None
