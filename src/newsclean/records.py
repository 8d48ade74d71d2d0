"""The document record (SPEC §2) and the change a cleaner proposes.

Records are frozen, slotted dataclasses: they are values, cheap to build and
safe to share between cleaners.  ``Document.to_dict`` is the one place that
knows the JSON shape, so the schema shipped in ``schema.json`` and the
output cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "newsclean/1"

BlockKind = Literal["heading", "paragraph", "list_item"]


@dataclass(frozen=True, slots=True)
class Change:
    """A cleaner's proposal: replace ``text[start:end]`` of its input.

    ``into`` names the document field that receives the taken-out text (for
    example ``"authors"``); a change with ``remove=True`` is reported in
    ``removed`` rather than ``edits``.  ``pieces`` marks a move (see below).
    """

    start: int
    end: int
    replacement: str = ""
    reason: str = ""
    remove: bool = False
    into: str | None = None
    # A move: the replacement is these spans of the current text in a new order,
    # so each moved character keeps the raw offsets it came from.
    pieces: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Edit:
    cleaner: str
    start: int
    end: int
    before: str
    after: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Removal:
    cleaner: str
    text: str
    start: int
    end: int
    into: str | None = None


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    role: str | None = None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class Contributor:
    name: str
    role: str | None = None
    location: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class Footnote:
    label: str
    text: str
    urls: tuple[str, ...] = ()
    anchor: int | None = None


@dataclass(frozen=True, slots=True)
class Image:
    caption: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class FAQ:
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class Comment:
    author: str | None
    published: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Replaced:
    """Input bytes that were not valid UTF-8: ``bytes[start:end]`` of the input, shown as U+FFFD at ``at`` in the raw text."""

    start: int
    end: int
    bytes: str  # their value in hex, e.g. "e9"
    at: int


@dataclass(frozen=True, slots=True)
class Source:
    path: str | None
    sha256: str
    bytes: int
    encoding: str
    # How sure the decoding is: 1.0 for a byte-order mark or valid UTF-8, less for a guessed code page.
    confidence: float = 1.0
    replaced: tuple[Replaced, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """One cleaned article: body, attribution metadata and provenance."""

    id: str
    source: Source
    title: str | None = None
    subtitle: str | None = None
    section: str | None = None
    authors: tuple[Author, ...] = ()
    contributors: tuple[Contributor, ...] = ()
    published: str | None = None
    publisher: str | None = None
    language: str = "und"
    blocks: tuple[Block, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    images: tuple[Image, ...] = ()
    links: tuple[str, ...] = ()
    faq: tuple[FAQ, ...] = ()
    comments: tuple[Comment, ...] = ()
    quotes: tuple[Quote, ...] = ()
    removed: tuple[Removal, ...] = ()
    edits: tuple[Edit, ...] = ()
    schema: str = field(default=SCHEMA)

    @property
    def text(self) -> str:
        """The body: block texts joined by one blank line, ending in one newline."""
        if not self.blocks:
            return ""
        return "\n\n".join(b.text for b in self.blocks) + "\n"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        out: dict[str, Any] = {"schema": self.schema, "id": self.id}
        for key in _FIELD_ORDER:
            if key == "text":
                out["text"] = self.text
            else:
                out[key] = _lists(d[key])
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        from .render import to_markdown

        return to_markdown(self)

    def to_html(self, raw: str | bytes) -> str:
        """A self-contained review page showing every edit and removal on ``raw``, the input cleaned."""
        from .review import to_html

        return to_html(self, raw)


_FIELD_ORDER = (
    "source title subtitle section authors contributors published publisher language "
    "blocks text footnotes images links faq comments quotes removed edits"
).split()


def _lists(value: Any) -> Any:
    """Turn the tuples of ``asdict`` into JSON lists, recursively."""
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value
