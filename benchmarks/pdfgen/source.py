"""The article text the corpus typesets: WCXB's reviewed gold bodies, read where they lie.

The text is normalised only in ways a typesetter would (invisible characters
out, runs of white space as one space), so the gold body is exactly the text
that was set.  Which lines are headings is guessed (short, no closing
punctuation): it only decides how a line is set, never what the gold says.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from split import site

INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f\U000e0100-\U000e01ef]")
HEADING_END = re.compile(r"[.!?:;,…\"”’)]$")
MIN_WORDS = 150


@dataclass(frozen=True, slots=True)
class Article:
    """One source article, normalised; ``headings`` are indices into ``paragraphs``."""

    id: str
    url: str
    site: str
    title: str
    authors: tuple[str, ...]
    date_iso: str | None
    paragraphs: tuple[str, ...]
    headings: frozenset[int]


def normalise(text: str) -> str:
    return " ".join(INVISIBLE.sub("", unicodedata.normalize("NFC", text)).split())


def is_heading(paragraph: str) -> bool:
    return len(paragraph.split()) <= 12 and not HEADING_END.search(paragraph)


def load(path: Path) -> Article | None:
    """The article in one WCXB gold file, or None when it is too short to typeset."""
    record = json.loads(path.read_text("utf-8"))
    title = normalise(record.get("title") or "")
    paragraphs = [p for p in (normalise(x) for x in record.get("body") or ()) if p]
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline repeated as the body's first line
    if not title or sum(len(p.split()) for p in paragraphs) < MIN_WORDS:
        return None
    return Article(
        id=str(record["id"]),
        url=record["url"],
        site=site(record["url"]),
        title=title,
        authors=tuple(a for a in (normalise(x) for x in record.get("authors") or ()) if a),
        date_iso=record.get("date") or None,
        paragraphs=tuple(paragraphs),
        headings=frozenset(i for i, p in enumerate(paragraphs) if is_heading(p)),
    )


def articles(gold_dir: Path) -> list[Article]:
    """Every usable article under ``gold_dir``, in file-name order."""
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise SystemExit(f"no WCXB gold files (*.json) in {gold_dir}")
    return [a for a in map(load, paths) if a is not None]
