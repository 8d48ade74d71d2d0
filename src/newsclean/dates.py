"""Dates in any common form and language, to ISO 8601 (dateparser underneath)."""

from __future__ import annotations

from functools import lru_cache

import regex

# Cheap candidates first: dateparser is thorough but slow, so it only sees
# substrings that already look like a date.
DATE = regex.compile(
    r"\b(?:\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}/\d{1,2}/\d{2}(?![\d/])"
    r"|\p{L}{3,10}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\.?\s(?:de\s)?\p{L}{3,10}\.?,?\s(?:de\s)?\d{4})"
    r"(?:\b|(?=\d{1,2}:\d{2}\b))"  # a page may run the clock onto the year: ``Nov 20 20194:29 AM``
)

# A clock time as datelines write it: ``at 9:41 AM``, ``12:02 PM EST``.
CLOCK = r"(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4}\b)?"
# What opens a dateline: ``Published``, ``Updated on:``, ``First published on``.
DATELINE = regex.compile(r"^(?:(?:first )?published|updated|posted|last updated|date)\b(?: on)?:?\s*", regex.I)


@lru_cache(maxsize=4096)
def to_iso(candidate: str, lang: str = "en") -> str | None:
    """``candidate`` as ``YYYY-MM-DD`` when it is a plausible publication date."""
    import dateparser

    langs = [lang, "en"] if lang not in ("en", "und") else ["en"]
    try:
        parsed = dateparser.parse(
            candidate,
            languages=langs,
            settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "MDY"},
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if parsed is None or not 1900 <= parsed.year <= 2100:
        return None
    return parsed.date().isoformat()


def find_date(text: str, lang: str = "en") -> tuple[str, int, int] | None:
    """The first date in ``text``: ``(iso, start, end)``."""
    for m in DATE.finditer(text):
        iso = to_iso(m.group(), lang)
        if iso:
            return iso, m.start(), m.end()
    return None
