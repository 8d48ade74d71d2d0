"""Photo captions and credit lines, out of the body into ``images``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from ..blockclass import BYLINE_LINE
from ..cleaner import Cleaner, Draft
from ..dates import find_date
from ..records import Change
from ..textutil import SENTENCE_END, Line, word_count

_WORD = regex.compile(r"\p{L}{2,}+")
_NAME = r"\p{Lu}[\p{L}'’.\-]*+"
_CREDIT = regex.compile(
    r"^\(?(?:"
    # Photo: Rebecca Blackwell/Reuters · Image credit: NASA · Foto: dpa
    r"(?i:(?:photo(?:graph)?s?|pictures?|images?|illustrations?|fotos?|fotografía|bild|cr[ée]dits?)"
    r"(?:\s++(?:credit|by|de|photo))?+\s*+[:：]\s*+\S.{0,70}+)"
    # Vladimir Smirnov / Sputnik · CARLOS BARRIA / AFP
    rf"|{_NAME}(?:\s++{_NAME}){{0,3}}+\s*+/\s*+{_NAME}(?:\s++{_NAME}){{0,3}}+"
    # AP Photo/Jane Doe · Getty Images · (Reuters)
    r"|(?:AP|AFP|EPA|Reuters|Getty\s++Images|Shutterstock|Alamy|iStock|Bloomberg)(?:\s++(?:Photo|Images))?+"
    r"(?:\s*+/\s*+[^/()]{2,40}+)?+"
    # ITV, ASSOCIATED PRESS · Jane Doe, Associated Press; not a byline (``Jane Doe and John Roe, Associated Press``)
    r"|(?:(?:(?!\s(?i:and)\s)[^,/()]){2,40}+,\s*+)?+(?i:associated\s++press|agence\s++france-presse)"
    # ITV via AP · NASA via AP, File
    r"|[^()/]{2,40}?\s++via\s++(?:AP|AFP|EPA|Reuters|Getty\s++Images)(?:,\s*+File)?+"
    r")\)?$"
)
_AGENCIES = ("AP", "AFP", "EPA", "Reuters", "Getty", "Shutterstock", "Alamy", "iStock", "Bloomberg")


def _is_credit(text: str) -> bool:
    """``_CREDIT.match(text)``, asked only of text that holds what one of its forms must: a colon, a slash,
    ``via``, an agency's name first, or the Associated Press or Agence France-Presse (case-folded)."""
    if not (
        ":" in text
        or "：" in text
        or "/" in text
        or "via" in text
        or text.lstrip("(").startswith(_AGENCIES)
        or "associated" in (folded := text.casefold())
        or "agence" in folded
    ):
        return False
    return _CREDIT.match(text) is not None


# A credit that only a photo has: a photographer and an agency, or a picture handed out ``via`` one.
_PHOTO_ONLY = regex.compile(r"/|\bvia\b|\bPhoto\b|\bFile\b")

# How an agency's caption opens: ``In this photo issued by ITV``, ``In this Nov. 5, 2019, file photo``.
_CAPTION_OPENING = regex.compile(r"In this\b.{0,40}?\b(?:photos?|images?|pictures?|frame grab)\b")
_CREDIT_TAIL = regex.compile(r"\(([^()]{2,80}+)\)\s*+$")


def credited(text: str) -> bool:
    """Does ``text`` end on a photo credit in brackets (``… (Credit: iStock)``, ``… (AFP)``): a caption?"""
    return _bracketed_credit(text) is not None


def _bracketed_credit(text: str) -> regex.Match | None:
    m = _CREDIT_TAIL.search(text)
    return m if m is not None and _is_credit(m.group(1)) else None


@dataclass(frozen=True)
class Captions(Cleaner):
    """Move a photo caption and its credit line out of the body into ``images``.

    A credit is a short line of its own: ``Photo: …``, ``Name / Agency``,
    an agency name, or a letter-spaced line set apart in the body.  Its
    caption is the short block just above it (or, inside a paragraph, the
    line above it when that line is a sentence of its own); a caption cut in
    two by a page break is joined again.  A credit with nothing that reads
    as a caption above it stays where it is.

    >>> from newsclean import clean
    >>> doc = clean("The mayor spoke at length.\\n\\nThe mayor at the podium.\\nJane Doe / Reuters\\n\\nShe left soon after.\\n")
    >>> doc.images[0].caption, doc.images[0].credit, doc.text
    ('The mayor at the podium.', 'Jane Doe / Reuters', 'The mayor spoke at length.\\n\\nShe left soon after.\\n')
    """

    name = "captions"
    settle = True  # decides by context its own output changes: run again to a fixed point
    after = ("letter_spacing", "furniture")
    before = ("metadata", "boilerplate", "discussion")
    max_lines: int = 4
    max_words: int = 60

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        rows = draft.page_of(text).lines
        spaced = {draft.tracked.current_offset(p) for p in draft.hints.get("spaced_lines", ())}
        taken = -1  # the last row already moved, so a caption is never claimed twice
        claimed: set[int] = set()  # the starts of the rows moved
        for i, row in enumerate(rows):
            credit = row.text.strip()
            if not credit or len(credit) > 80 or not (row.start in spaced or _is_credit(credit)):
                continue
            if credit.endswith(")") != credit.startswith("("):
                continue  # the end of a parenthesis that began on the line above
            caption = _after_credited(self._caption(rows, i, taken) or [])
            said = " ".join(r.text.strip() for r in caption)
            if len(_WORD.findall(said)) < 3 or BYLINE_LINE.match(said):
                continue  # a menu item or a date is no caption, nor is a byline over its agency
            first, last = caption[0], row
            credit = credit[1:-1] if credit.startswith("(") and credit.endswith(")") else credit
            if m := _bracketed_credit(said):  # ``… Tuesday. (ITV via AP)`` / ``ITV, ASSOCIATED PRESS``
                said, credit = said[: m.start()].strip(), f"{m.group(1)}; {credit}"
            elif i + 1 < len(rows) and _credit_line(rows[i + 1].text):  # ``(ITV via AP)`` / ``ITV, ASSOCIATED PRESS``
                last = rows[i + 1]
                credit = f"{credit}; {last.text.strip()}"
            draft.add("images", {"caption": said, "credit": credit})
            yield Change(first.start, last.end, "", "photo caption and credit", remove=True, into="images")
            taken = i if last is row else i + 1
            claimed.update([*(r.start for r in caption), row.start, last.start])
        yield from self._credited_blocks(draft.page_of(text).blocks, claimed, draft)

    def _credited_blocks(self, runs: Iterable[list[Line]], claimed: set[int], draft: Draft) -> Iterator[Change]:
        """Captions that end on their credit in brackets: ``In this photo … Tuesday. (ITV via AP)``."""
        for block in runs:
            for run in (run for part in _unclaimed(block, claimed) for run in _credited_runs(part)):
                if not any(r.text.rstrip().endswith(")") for r in run[-2:]):
                    continue  # the credit in brackets closes the caption's last row, or the row above its credit line
                # A caption that says it is one (``In this photo issued by ITV, …``) starts there, under
                # the article's header if need be; otherwise a label, a byline or a date above is that header.
                opening = next((k for k, r in enumerate(run[:-1]) if _CAPTION_OPENING.match(r.text.strip())), None)
                if opening is not None:
                    run = run[opening:]
                elif any(_header_row(r.text) for r in run[:-1]):
                    continue
                # The credit in brackets may have the agency's own credit line under it: ``(ITV via AP)`` / ``ITV, AP``.
                said = " ".join(r.text.strip() for r in run[:-1])
                line = run[-1].text.strip() if _credit_line(run[-1].text) and _bracketed_credit(said) else ""
                said = said if line else " ".join(r.text.strip() for r in run)
                m = _bracketed_credit(said)
                if m is None or word_count(said) > 1.5 * self.max_words or len(_WORD.findall(said[: m.start()])) < 3:
                    continue  # too long for a caption, or a credit with no caption
                if not (_PHOTO_ONLY.search(m.group(1)) or word_count(said) <= 25):
                    continue  # ``… said on Monday. (Reuters)`` closes a story, not a caption
                credit = f"{m.group(1)}; {line}" if line else m.group(1)
                draft.add("images", {"caption": said[: m.start()].strip(), "credit": credit})
                yield Change(run[0].start, run[-1].end, "", "photo caption with its credit", remove=True, into="images")

    def _caption(self, rows: list[Line], i: int, taken: int) -> list[Line] | None:
        """The caption rows above the credit on row ``i``, or None."""
        top, run = _block_above(rows, i, taken)
        while run and word_count(run[0].text) <= 10 and find_date(run[0].text):
            top, run = top + 1, run[1:]  # a dateline above the photo belongs to the article
        if not run:
            return None
        if len(run) <= self.max_lines and word_count(" ".join(r.text for r in run)) <= self.max_words:
            return self._rejoin(rows, top, run, taken)
        if len(run) < 2:
            return None  # one long line: a paragraph, not a caption
        # A float set inside a paragraph: the sentence it interrupted goes on below the credit.
        last, before = run[-1].text.strip(), run[-2].text.strip()
        below = next((r.text.strip() for r in rows[i + 1 :] if not r.blank), "")
        if (
            run[-1] is rows[i - 1]
            and last[:1].isupper()
            and word_count(last) <= 25
            and not SENTENCE_END.search(before)
            and below[:1].islower()
        ):
            return [run[-1]]
        return None

    def _rejoin(self, rows: list[Line], top: int, run: list[Line], taken: int) -> list[Line]:
        """Join the part of a caption (rows from ``top``) a page break left above it."""
        head = run[0].text.strip()
        if head[:1].isupper():
            return run
        _, above = _block_above(rows, top, taken)
        if not above or len(above) > 2 or SENTENCE_END.search(above[-1].text.strip()):
            return run
        return above + run


def _header_row(text: str) -> bool:
    """Is ``text`` a row of an article's header (a label, a byline, a date), which no caption holds?"""
    return word_count(text) <= 3 or word_count(text) <= 8 and find_date(text) is not None


def _credit_line(text: str) -> bool:
    """Is ``text`` a credit line of its own (not the end of a parenthesis opened above)?"""
    text = text.strip()
    return _is_credit(text) and text.endswith(")") == text.startswith("(")


def _unclaimed(block: list[Line], claimed: set[int]) -> Iterator[list[Line]]:
    """The runs of rows of ``block`` that no caption has taken."""
    part: list[Line] = []
    for row in block:
        if row.start in claimed:
            if part:
                yield part
            part = []
        else:
            part.append(row)
    if part:
        yield part


def _after_credited(caption: list[Line]) -> list[Line]:
    """The rows of ``caption`` after the last that closes a credit in brackets: those are another caption's."""
    for j in range(len(caption) - 2, -1, -1):
        if _closes_credit(caption, 0, j):
            return caption[j + 1 :]
    return caption


def _closes_credit(rows: list[Line], start: int, k: int) -> bool:
    """Does row ``k`` close a credit in brackets (``(ITV via`` / ``AP)``), looking back no further than ``start``?"""
    if not rows[k].text.rstrip().endswith(")"):
        return False
    tail = " ".join(r.text.strip() for r in rows[max(start, k - 2) : k + 1])  # a credit is short
    return _bracketed_credit(tail) is not None


def _credited_runs(block: list[Line]) -> Iterator[list[Line]]:
    """``block`` cut after each line that closes a credit in brackets: a gallery's captions set one under another."""
    start = 0
    for k in range(len(block)):
        if _closes_credit(block, start, k) or k + 1 == len(block):
            end = k + 2 if k + 1 < len(block) and _credit_line(block[k + 1].text) else k + 1
            if end > start:
                yield block[start:end]
            start = end


def _block_above(rows: list[Line], i: int, taken: int) -> tuple[int, list[Line]]:
    """The run of non-blank rows above row ``i`` (blank rows between skipped), not reaching ``taken``,
    with the index of its first row."""
    j = i - 1
    while j > taken and rows[j].blank:
        j -= 1
    run = []
    while j > taken and not rows[j].blank:
        run.append(rows[j])
        j -= 1
    return j + 1, run[::-1]
