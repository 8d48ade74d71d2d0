"""Reader comments and FAQ appendices: out of the body, into their fields."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..blockclass import CHROME
from ..cleaner import Cleaner, Draft
from ..dates import DATE, to_iso
from ..records import Change

_COMMENT_HEAD = regex.compile(
    # Not ``— Jane Doe (@jdoe) November 18, 2019``: the signature of a post the article quotes.
    rf"^(?![—–-]\s)(?P<author>\S[^\n]{{0,40}}?)\s+(?:on\s+)?(?P<date>{DATE.pattern})"
    r"(?:\s*(?:[-–—|@,]|at)?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$",
    regex.I,
)
_LABELLED = regex.compile(r"[:|]")
_HEAD_LAST = "0123456789zZmM"  # what a comment header's date or time ends on, in ASCII
# The first word of each heading ``_FAQ_HEAD`` knows, case-folded, and the letters it starts with in either case.
_FAQ_OPENINGS = ("frequently", "faq", "question", "preguntas", "foire", "häufig", "perguntas", "domande", "часто")
_FAQ_INITIALS = "fFqQpPhHdDчЧ"
_FAQ_HEAD = regex.compile(
    r"^(?:frequently asked questions|faqs?\b|questions? (?:and|&) answers?|preguntas frecuentes|"
    r"questions fréquentes|foire aux questions|häufig gestellte fragen|perguntas frequentes|domande frequenti|"
    r"часто задаваемые вопросы)",
    regex.I,
)


def _comment_head(line: str, draft: Draft) -> regex.Match[str] | None:
    """``Name  date [time]``, where the name is not just part of the date (``Monday, November 18, 2019``)."""
    m = _COMMENT_HEAD.match(line)
    if m is None or to_iso(m.group("author").strip(" ,") + " " + m.group("date"), draft.language) is not None:
        return None
    if _LABELLED.search(m.group("author")):
        return None  # ``News Nation Bureau | Updated :``, ``First Published: Tuesday,``: the article's own date
    return m


@dataclass(frozen=True)
class Discussion(Cleaner):
    """Move reader comments (``Name Date`` then text) and FAQ appendices into ``comments`` and ``faq``.

    A comment thread needs at least ``min_comments`` headers; an FAQ needs
    a heading ("Frequently Asked Questions…") followed by questions ending
    in "?" and their answers.
    """

    name = "discussion"
    settle = True  # decides by context its own output changes: run again to a fixed point
    after = ("dropcaps",)
    deletes = frozenset({"comments", "faq"})
    min_comments: int = 2

    def could_apply(self, text: str, draft: Draft) -> bool:
        """Is there a line that opens an FAQ's heading (and a question), or ``min_comments`` lines that are a
        commenter's ``Name Date``?  Both are a unit's first line, so no block need be labelled to tell."""
        questions = "?" in text
        needed, heads = max(1, self.min_comments), 0
        for line in draft.page_of(text).lines:
            t = line.text.strip()
            if not t:
                continue
            if questions and t[0] in _FAQ_INITIALS and t[:12].casefold().startswith(_FAQ_OPENINGS):
                return True
            # A header ends on its date's last figure or its time's (``9:41``, ``9:41 a.m.``).
            last = t[-1]
            if last not in _HEAD_LAST and not (last == "." and t[-2:-1] in ("m", "M")) and last.isascii():
                continue
            if _COMMENT_HEAD.match(t):
                heads += 1
                if heads >= needed:
                    return True
        return False

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        units = draft.page_of(text).units
        taken: set[int] = set()
        yield from self._faq(units, draft, taken)
        yield from self._comments(units, draft, taken)

    def _faq(self, units, draft: Draft, taken: set[int]) -> Iterator[Change]:
        for h, head in enumerate(units):
            if not (_FAQ_HEAD.match(head.text) and len(head.text.split()) <= 15):
                continue
            pairs, i = [], h + 1
            while i + 1 < len(units) and units[i].text.endswith("?") and not units[i + 1].text.endswith("?"):
                pairs.append((i, i + 1))
                i += 2
            if len(pairs) < 2:
                continue
            taken.update(range(h, i))
            yield Change(head.start, head.end, "", "FAQ heading", remove=True, into="faq")
            for q, a in pairs:
                draft.add("faq", {"question": units[q].text, "answer": units[a].text})
                yield Change(units[q].start, units[a].end, "", "FAQ pair", remove=True, into="faq")
            return

    def _comments(self, units, draft: Draft, taken: set[int]) -> Iterator[Change]:
        # Comments follow the article: ``TheHill  November 18, 2019`` above it is a masthead, not a commenter.
        article = next((i for i, u in enumerate(units) if u.label == "good"), len(units))
        found = {
            i: m
            for i, u in enumerate(units)
            if i > article and i not in taken and len(u.lines) == 1 and (m := _comment_head(u.text, draft))
        }
        heads = [
            i
            for i in found
            if i + 1 < len(units)
            and i + 1 not in found
            and not CHROME.match(units[i + 1].text)
            and regex.search(r"\p{L}", units[i + 1].text)  # not share buttons (``* * *``)
        ]
        if len(heads) < self.min_comments:
            return
        for i in heads:
            m = found[i]
            body = units[i + 1]
            draft.add(
                "comments",
                {
                    "author": m.group("author").strip(),
                    "published": to_iso(m.group("date"), draft.language),
                    "text": body.text,
                },
            )
            yield Change(units[i].start, body.end, "", "reader comment", remove=True, into="comments")
