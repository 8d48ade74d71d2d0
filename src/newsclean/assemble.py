"""From a cleaned draft to the document record."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

import regex

from .cleaner import Draft
from .quotes import find_quotes
from .records import (
    FAQ,
    Author,
    Block,
    Comment,
    Contributor,
    Document,
    Footnote,
    Image,
    Source,
)
from .textutil import BULLET, SENTENCE_END

_PARAGRAPH = regex.compile(r"[^\n]+(?:\n[^\n]+)*")


def assemble(draft: Draft, source: Source, doc_id: str) -> Document:
    blocks, to_final = _blocks(draft.text)
    meta = draft.meta
    body = "\n\n".join(b.text for b in blocks) + "\n" if blocks else ""
    footnotes = tuple(
        Footnote(
            label=f["label"],
            text=f["text"],
            urls=tuple(f.get("urls", ())),
            anchor=None if f.get("anchor") is None else to_final(draft.tracked.current_offset(f["anchor"])),
        )
        for f in meta.get("footnotes", ())
    )
    return Document(
        id=doc_id,
        source=source,
        title=meta.get("title"),
        subtitle=meta.get("subtitle"),
        section=meta.get("section"),
        authors=tuple(_as(Author, a) for a in meta.get("authors", ())),
        contributors=tuple(_as(Contributor, c) for c in meta.get("contributors", ())),
        published=meta.get("published"),
        publisher=meta.get("publisher"),
        language=draft.language,
        blocks=tuple(blocks),
        footnotes=footnotes,
        images=tuple(_as(Image, i) for i in meta.get("images", ())),
        links=tuple(dict.fromkeys(meta.get("links", ()))),
        faq=tuple(_as(FAQ, f) for f in meta.get("faq", ())),
        comments=tuple(_as(Comment, c) for c in meta.get("comments", ())),
        quotes=tuple(find_quotes(body)),
        removed=tuple(draft.tracked.removed),
        edits=tuple(draft.tracked.edits),
    )


def _as(cls: type, value: Any) -> Any:
    return value if isinstance(value, cls) else cls(**value)


def _blocks(text: str) -> tuple[list[Block], Callable[[int], int]]:
    """Paragraphs of ``text`` as blocks, and a map from ``text`` offsets to body offsets."""
    blocks: list[Block] = []
    spans: list[tuple[int, int, int]] = []  # (start in text, start in body, length)
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        raw = m.group()
        para = " ".join(raw.split())
        if not para:
            continue
        lead = len(raw) - len(raw.lstrip())
        spans.append((m.start() + lead, pos, len(para)))
        blocks.append(Block(_kind(para), para))
        pos += len(para) + 2

    starts = [s[0] for s in spans]

    def to_final(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        if i < 0:
            return 0
        start, body_start, length = spans[i]
        return body_start + min(offset - start, length)

    return blocks, to_final


def _kind(para: str) -> str:
    if BULLET.match(para):
        return "list_item"
    words = para.split()
    if (
        len(words) <= 12
        and not SENTENCE_END.search(para)
        and not para.endswith(",")
        and (para[0].isupper() or para[0].isdigit())
    ):
        return "heading"
    return "paragraph"
