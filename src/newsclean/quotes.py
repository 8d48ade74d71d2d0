"""Direct quotations in the body, with their speaker when the text says who."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .records import Quote

_SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|explained|explains|noted|notes|stated|states|"
    r"warned|warns|wrote|writes|argued|argues|insisted|asked|replied|declared|announced|"
    r"acknowledged|claimed|continued|commented|remarked|emphasized|emphasised|stressed|"
    r"confirmed|pledged|vowed)"
)
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Gov|President|Minister)\.?\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:de|van|von|al|bin|da|del|la|le|\p{Lu}[\p{L}\p{M}'’.-]*)){0,4}"
# “…” pairs, or straight double quotes; a quote never spans a paragraph.
_QUOTE = regex.compile(r"“[^“”\n]{2,3000}+”|\"[^\"\n]{2,3000}+\"|«[^«»\n]{2,3000}+»|„[^„“”\n]{2,3000}+[“”]")
_AFTER = regex.compile(rf"^[,\s]*(?:{_SPEECH}\s+(?P<n1>{_NAME})|(?P<n2>{_NAME})\s+{_SPEECH}\b)")
# A name starts a word and its letters are taken possessively, so a long run of capitals is
# scanned once, not again from each of its letters.
_NAME_ONCE = (
    r"(?<![\p{L}\p{M}'’.-])(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Gov|President|Minister)\.?\s++)?"
    r"\p{Lu}[\p{L}\p{M}'’.-]*+(?:\s++(?:(?:de|van|von|al|bin|da|del|la|le)\b|\p{Lu}[\p{L}\p{M}'’.-]*+)){0,4}"
)
_BEFORE = regex.compile(
    rf"(?:(?P<n1>{_NAME_ONCE})(?:,[^,\n]{{1,120}}+,)?\s++{_SPEECH}(?:\s++\p{{Ll}}++){{0,3}}\s*+[:,]?"
    rf"|according\s++to\s++(?P<n2>{_NAME_ONCE})[,:]?)\s*+$"
)
_PRONOUN = regex.compile(r"^(?:He|She|They|It|We|I|The|A|An|This|That)$")


def find_quotes(text: str) -> Iterator[Quote]:
    """Quotes of at least three words in ``text`` (offsets in ``text``)."""
    for m in _QUOTE.finditer(text):
        inner = m.group()[1:-1].strip()
        if len(inner.split()) < 3:
            continue  # scare quotes and titles, not speech
        yield Quote(inner, _speaker(text, m.start(), m.end()), m.start(), m.end())


def _speaker(text: str, start: int, end: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = _AFTER.match(text[end : line_end if line_end >= 0 else len(text)][:200])
    before = _BEFORE.search(text[max(line_start, start - 250) : start])
    for m in (after, before):
        if m:
            name = (m.group("n1") or m.group("n2") or "").strip(" ,.")
            if name and not _PRONOUN.match(name.split()[0]):
                return name
    return None
