"""The document record (SPEC §2) and the change a cleaner proposes.

Records are frozen, slotted dataclasses: they are values, cheap to build and
safe to share between cleaners.  ``Document.to_dict`` is the one place that
knows the JSON shape, so the schema shipped in ``schema.json`` and the
output cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

import orjson

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
        out: dict[str, Any] = {"schema": self.schema, "id": self.id}
        for key in _FIELD_ORDER:
            out[key] = self.text if key == "text" else _plain(getattr(self, key))
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        """The record as JSON: pretty-printed with two spaces (the default), or on one line with ``indent=None``."""
        record = self.to_dict()
        if indent in (2, None):
            try:
                return orjson.dumps(record, option=orjson.OPT_INDENT_2 if indent else 0).decode("utf-8")
            except orjson.JSONEncodeError:
                pass  # a lone surrogate, which orjson refuses: the standard library writes it as it is
        if indent is None:
            return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(record, ensure_ascii=False, indent=indent)

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


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """Records as dicts and tuples as lists, recursively, sharing the strings (no deep copy)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(kind):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
