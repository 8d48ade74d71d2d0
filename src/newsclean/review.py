"""The review page: one self-contained HTML file that shows every repair in place.

An auditor checks a cleaning by looking, not by reading a list: the raw text
with each removal struck through and each edit marked, coloured by cleaner,
beside the clean text, the metadata and the lists the cleaners filled.  The
page loads nothing from anywhere: its style and script are inline and pinned
by hash in a strict Content-Security-Policy, and every character of the input
is escaped, so a hostile text is shown, never run.  Marks are sorted once and
the text is walked once, so the page grows linearly with the input.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib.resources import files
from itertools import count

from .decoding import decode
from .records import Document, Edit, Removal

# An edit's replacement longer than this is shown as its head and tail on hover.
_SHOWN = 240
# How many removals past the last match a list item (caption, note…) is looked for in.
_LOOKAHEAD = 8


def to_html(doc: Document, raw: str | bytes) -> str:
    """The review page of ``doc``, cleaned from ``raw`` (the same text or bytes).

    Raises ``ValueError`` when ``raw`` is not the input the document was
    cleaned from, since the marks would then point at the wrong characters.

    >>> from newsclean import clean
    >>> raw = "Itâ€™s the ﬁnal word.\\n"
    >>> page = clean(raw).to_html(raw)
    >>> page.startswith("<!doctype html>") and 'data-c="unicode"' in page
    True
    """
    text = _raw_text(doc, raw)
    _check(doc, text)
    hues = _hues(doc)
    style = _asset("review.css") + "".join(
        f".c{i}{{--h:{hue}}}body.off-c{i} .m.c{i}{{background:none;text-decoration:none;border-color:transparent}}"
        f"body.off-c{i} .lg.c{i}{{opacity:.45}}"
        for i, hue in enumerate(hues.values())
    )
    script = _asset("review.js")
    csp = (
        f"default-src 'none'; script-src '{_digest(script)}'; style-src '{_digest(style)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    classes = {name: f"c{i}" for i, name in enumerate(hues)}
    links = _Finder(doc)
    heading = doc.source.path or "standard input"
    # The article's language picks fitting fonts (Chinese or Japanese forms of the same character).
    lang = f' lang="{_text(doc.language)}"' if doc.language and doc.language != "und" else ""
    return "".join(
        [
            "<!doctype html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n",
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
            '<meta name="referrer" content="no-referrer">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>Review: {_text(doc.title or heading)}</title>\n<style>{style}</style>\n</head>\n<body>\n",
            _header(doc, links, heading),
            _legend(doc, classes),
            f'<main class="panes">\n<section class="pane"><h2>Raw text</h2>\n<pre id="raw" class="text"{lang}>',
            _raw_pane(doc, text, classes),
            f'</pre></section>\n<section class="pane"><h2>Clean text</h2>\n<div id="clean" class="text"{lang}>',
            _clean_pane(doc),
            "</div></section>\n</main>\n",
            _lists(doc, links),
            '<div id="tip" role="tooltip" hidden></div>\n',
            f"<script>{script}</script>\n</body>\n</html>\n",
        ]
    )


def _raw_text(doc: Document, raw: str | bytes) -> str:
    if isinstance(raw, bytes):
        if hashlib.sha256(raw).hexdigest() != doc.source.sha256:
            raise ValueError("these bytes are not the input this document was cleaned from (sha256 differs)")
        return decode(raw)[0]
    if isinstance(raw, str):
        return raw
    raise TypeError(f"to_html() takes the raw input as str or bytes, not {type(raw).__name__}")


def _check(doc: Document, raw: str) -> None:
    """Every mark must sit on the characters it names, or the page would mislead."""
    for cleaner, start, end, held in [(e.cleaner, e.start, e.end, e.before) for e in doc.edits] + [
        (r.cleaner, r.start, r.end, r.text) for r in doc.removed
    ]:
        if not (0 <= start <= end <= len(raw)) or raw[start:end] != held:
            raise ValueError(
                f"this raw text is not the one the document was cleaned from: {cleaner} at [{start}, {end}) "
                f"expects {_cut(held, 40)!r}; pass the exact input given to clean()"
            )


# --- colours -------------------------------------------------------------------------------------


# Hues that stay apart as light tints, most distinct first: blue, orange, green, pink, purple,
# yellow, teal, red, lime, indigo, magenta, sea green.
_PALETTE = (212, 28, 128, 335, 272, 50, 182, 0, 90, 240, 305, 155)


def _hues(doc: Document) -> dict[str, int]:
    """A hue per cleaner present, in pipeline order; past the palette, golden-angle steps."""
    from .registry import builtin_classes

    present = {e.cleaner for e in doc.edits} | {r.cleaner for r in doc.removed}
    known = [cls.name for cls in builtin_classes()]
    names = [n for n in known if n in present] + sorted(present - set(known))
    return {n: _PALETTE[i] if i < len(_PALETTE) else round(i * 137.508) % 360 for i, n in enumerate(names)}


# --- the generic nesting walk ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Span:
    """HTML to wrap ``text[start:end]`` in; ``again`` reopens it after a clip."""

    start: int
    end: int
    open: str
    close: str
    again: str


def _nest(text: str, spans: Iterable[_Span]) -> str:
    """Escape ``text`` and wrap each span in its tags, properly nested, in one pass.

    Spans are taken by start, the longer first, so an enclosing span opens
    before the ones inside it.  A span that runs past the end of the one it
    opened in is clipped there and reopened right after (``again``), so two
    partly overlapping changes are both shown, whole, and the HTML stays valid.
    """
    seq = count()
    heap = [(s.start, -s.end, next(seq), s.open, s) for s in spans]
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (end, closing tag); ends never grow towards the top
    pos = 0
    while heap:
        start, neg_end, _, opening, span = heapq.heappop(heap)
        end = -neg_end
        while stack and stack[-1][0] <= start:
            stop, closing = stack.pop()
            out.append(_text(text[pos:stop]) + closing)
            pos = stop
        out.append(_text(text[pos:start]))
        pos = start
        if stack and end > stack[-1][0]:
            parent_end = stack[-1][0]
            heapq.heappush(heap, (parent_end, -end, next(seq), span.again, span))
            end = parent_end
        out.append(opening)
        stack.append((end, span.close))
    while stack:
        stop, closing = stack.pop()
        out.append(_text(text[pos:stop]) + closing)
        pos = stop
    out.append(_text(text[pos:]))
    return "".join(out)


# Characters a browser would hide or drop: shown as their Unicode control pictures.
_HIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def _picture(m: re.Match[str]) -> str:
    c = m.group()
    if c == "\x7f":
        return "\u2421"
    if c < " ":
        return chr(0x2400 + ord(c))
    return "\ufffd"  # a lone surrogate cannot be written as UTF-8


def _text(s: str) -> str:
    """Escape text for an element's content or a quoted attribute value."""
    return _HIDDEN.sub(_picture, escape(s, quote=True))


# --- raw pane -------------------------------------------------------------------------------------


class _Lines:
    """Raw offsets to ``line:column`` (1-based, in characters, as ``--explain`` counts)."""

    def __init__(self, raw: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", raw)]

    def at(self, offset: int) -> str:
        line = bisect_right(self.starts, offset)
        return f"{line}:{offset - self.starts[line - 1] + 1}"

    def span(self, start: int, end: int) -> str:
        return self.at(start) if end <= start + 1 else f"{self.at(start)}\u2013{self.at(end - 1)}"


def _raw_pane(doc: Document, raw: str, classes: dict[str, str]) -> str:
    lines = _Lines(raw)
    spans = [_mark(f"e{i}", e, classes[e.cleaner], lines) for i, e in enumerate(doc.edits)]
    spans += [_mark(f"r{i}", r, classes[r.cleaner], lines) for i, r in enumerate(doc.removed)]
    return _nest(raw, spans)


def _mark(ident: str, change: Edit | Removal, cls: str, lines: _Lines) -> _Span:
    """A mark's tags; the text before the change is the mark's own content, so it is not repeated."""
    if isinstance(change, Edit):
        tag, kind, before = "mark", "edit", change.before
        extra = f' data-a="{_text(_cut(change.after))}"'
    else:
        tag, kind, before = "del", "removed", change.text
        extra = f' data-into="{_text(change.into)}"' if change.into else ""
    look = _look(before)
    attrs = (
        f' data-c="{_text(change.cleaner)}" data-k="{kind}" data-s="{change.start}" data-e="{change.end}"'
        f' data-at="{lines.span(change.start, change.end)}"{extra} tabindex="0"'
    )
    klass = f"m {cls}{look}"
    return _Span(
        change.start,
        change.end,
        f'<{tag} id="{ident}" class="{klass}"{attrs}>',
        f"</{tag}>",
        f'<{tag} class="{klass} more"{attrs}>',
    )


def _look(before: str) -> str:
    """A class that gives a mark on characters with no width a glyph to see and hover."""
    if not before:
        return " ins"
    if any(not (c.isspace() or unicodedata.category(c) in ("Cf", "Cc")) for c in before):
        return ""
    if "\n" in before:
        return " nl"
    # Spaces and tabs have width, other controls are drawn as pictures; format characters have none.
    return "" if any(c.isspace() or unicodedata.category(c) == "Cc" for c in before) else " sp"


def _cut(s: str, limit: int = _SHOWN) -> str:
    if len(s) <= limit:
        return s
    half = limit // 2
    return f"{s[:half]} \u2026[{len(s) - 2 * half} more characters]\u2026 {s[-half:]}"


# --- clean pane -----------------------------------------------------------------------------------


def _clean_pane(doc: Document) -> str:
    text = doc.text
    spans: list[_Span] = []
    pos = 0
    for block in doc.blocks:
        end = pos + len(block.text)
        if block.kind != "paragraph":
            tag = "strong" if block.kind == "heading" else "span"
            spans.append(_Span(pos, end, f'<{tag} class="{block.kind}">', f"</{tag}>", f'<{tag} class="{block.kind}">'))
        pos = end + 2
    for i, q in enumerate(doc.quotes):
        if 0 <= q.start <= q.end <= len(text):
            speaker = f' data-speaker="{_text(q.speaker)}"' if q.speaker else ""
            again = f'<span class="quote"{speaker}>'
            spans.append(_Span(q.start, q.end, again.replace("<span ", f'<span id="q{i}" '), "</span>", again))
    for i, note in enumerate(doc.footnotes):
        if note.anchor is not None and 0 <= note.anchor <= len(text):
            link = f'<sup class="fn"><a id="fnref{i}" href="#fn{i}">{_text(note.label)}</a></sup>'
            spans.append(_Span(note.anchor, note.anchor, link, "", ""))  # empty: never clipped
    return _nest(text, spans)


# --- header, legend, lists ------------------------------------------------------------------------


def _squash(s: str) -> str:
    """Compare texts as the cleaners leave them: case and all spacing ignored."""
    return "".join(s.split()).casefold()


class _Finder:
    """The removals a metadata value or a list item was taken from.

    Documents record where each removal went (``into``), not the span of each
    field, so a value is linked to the removals that went into its field and
    hold its text; nothing is linked when none does.
    """

    def __init__(self, doc: Document) -> None:
        self.groups: dict[str | None, list[tuple[int, str]]] = {}
        for i, r in enumerate(doc.removed):
            self.groups.setdefault(r.into, []).append((i, _squash(r.text)))
        self.next: Counter[str] = Counter()

    def value(self, fields: tuple[str, ...], value: str | None, *, anywhere: bool = False) -> list[int]:
        """Removals into ``fields`` holding a header value, or a piece of it; ``anywhere``
        also looks for the whole value in the other removals."""
        if not value:
            return []
        want = _squash(value)
        group = sorted(row for f in fields for row in self.groups.get(f, []))
        found = [i for i, have in group if want and (want in have or (len(have) >= 3 and have in want))]
        if not found and anywhere and len(want) >= 3:
            found = [i for key, rows in self.groups.items() if key not in fields for i, have in rows if want in have]
        if not found and anywhere and fields[0] in ("published", "section"):
            # A date is rewritten (ISO 8601) and a label closed up: its own removals are its source.
            found = [i for i, _ in group]
        return found

    def item(self, field: str, value: str) -> int | None:
        """The removal a list item came from, looked for just past the last one found (items come in order)."""
        want = _squash(value)[:60]
        group = self.groups.get(field, [])
        start = self.next[field]
        for k in range(start, min(len(group), start + _LOOKAHEAD)):
            i, have = group[k]
            if want and want in have:
                self.next[field] = k + 1
                return i
        return None


def _linked(value: str, targets: Sequence[int]) -> str:
    if not targets:
        return _text(value)
    first = f'<a href="#r{targets[0]}">{_text(value)}</a>'
    more = "".join(f' <a class="also" href="#r{t}" title="also from here">+</a>' for t in targets[1:])
    return first + more


def _header(doc: Document, links: _Finder, heading: str) -> str:
    wide: list[tuple[str, str]] = []  # long values take a row each; short ones share rows
    for field, into in (("title", ("title",)), ("subtitle", ("subtitle", "title"))):
        value = getattr(doc, field)
        wide.append((field, _linked(value, links.value(into, value, anywhere=True)) if value else ""))
    people = []
    for a in doc.authors:
        parts = [_linked(a.name, links.value(("authors",), a.name))]
        parts += [_linked(v, links.value(("authors",), v)) for v in (a.role, a.organization) if v]
        people.append(", ".join(parts))
    wide.append(("authors", "; ".join(people)))
    people = []
    for c in doc.contributors:
        parts = [_linked(c.name, links.value(("contributors",), c.name))]
        parts += [_text(v) for v in (c.role, c.location) if v]
        people.append(", ".join(parts))
    if people:
        wide.append(("contributors", "; ".join(people)))
    short = []
    for field in ("section", "published", "publisher"):
        value = getattr(doc, field)
        short.append((field, _linked(value, links.value((field,), value, anywhere=True)) if value else ""))
    short.append(("language", _text(doc.language)))
    src = doc.source
    facts = f"{src.bytes:,} bytes · {_text(src.encoding)} · {_text(doc.id)}"
    rows = [(k, v, "wide ") for k, v in wide] + [(k, v, "") for k, v in short]
    table = "".join(f'<dt>{k}</dt><dd class="{w}{k}">{v or _NONE}</dd>' for k, v, w in rows)
    return (
        f'<header>\n<h1>Review of {_text(heading)}</h1>\n<p class="src">{facts}</p>\n'
        f'<dl class="meta">{table}</dl>\n</header>\n'
    )


_NONE = '<span class="none">none found</span>'


def _legend(doc: Document, classes: dict[str, str]) -> str:
    edits = Counter(e.cleaner for e in doc.edits)
    removed = Counter(r.cleaner for r in doc.removed)
    items = []
    for name, cls in classes.items():
        counts = ", ".join(
            f"{n} {word}{'s' if n != 1 else ''}" for n, word in ((edits[name], "edit"), (removed[name], "removal")) if n
        )
        items.append(
            f'<button type="button" class="lg {cls}" data-cls="{cls}" aria-pressed="true">'
            f'<span class="sw"></span>{_text(name)} <small>{counts}</small></button>'
        )
    total = f"{len(doc.edits)} edits, {len(doc.removed)} removals"
    return (
        f'<nav class="legend" aria-label="cleaners"><span class="total">{total}</span>{"".join(items)}'
        '<button type="button" class="all" data-show="1">show all</button>'
        '<button type="button" class="all" data-show="0">hide all</button>'
        '<span class="key"><del>removed</del> <mark>edited</mark> · hover or focus a mark for details</span></nav>\n'
    )


def _lists(doc: Document, links: _Finder) -> str:
    out: list[str] = []

    def section(title: str, items: list[str], tag: str = "ul") -> None:
        if items:
            out.append(f"<section><h2>{title} ({len(items)})</h2><{tag}>{''.join(items)}</{tag}></section>\n")

    def raw_link(field: str, value: str) -> str:
        found = links.item(field, value)
        return "" if found is None else f' <a class="src" href="#r{found}" title="where it was in the raw text">raw</a>'

    notes = []
    for i, n in enumerate(doc.footnotes):
        back = (
            f'<a href="#fnref{i}" title="its place in the clean text">{_text(n.label)}</a>'
            if n.anchor is not None
            else _text(n.label)
        )
        # A URL is shown again only where the note's text does not hold it whole.
        urls = "".join(f" <code>{_text(u)}</code>" for u in n.urls if u not in n.text)
        notes.append(f'<li id="fn{i}"><b>{back}</b> {_text(n.text)}{urls}{raw_link("footnotes", n.text)}</li>')
    section("Footnotes", notes)
    section(
        "Images",
        [
            f"<li>{_text(im.caption)} <span class=credit>{_text(im.credit or 'no credit')}</span>{raw_link('images', im.caption)}</li>"
            for im in doc.images
        ],
    )
    section(
        "Quotes",
        [
            f'<li><a href="#q{i}">{_text(q.text)}</a> <span class=who>\u2014 {_text(q.speaker or "speaker unknown")}</span></li>'
            for i, q in enumerate(doc.quotes)
        ],
    )
    section(
        "Comments",
        [
            f"<li><b>{_text(c.author or 'anonymous')}</b> <span class=when>{_text(c.published or '')}</span> "
            f"{_text(c.text)}{raw_link('comments', c.text)}</li>"
            for c in doc.comments
        ],
    )
    section(
        "FAQ",
        [f"<dt>{_text(f.question)}{raw_link('faq', f.question)}</dt><dd>{_text(f.answer)}</dd>" for f in doc.faq],
        "dl",
    )
    section("Links", [f"<li><code>{_text(u)}</code>{raw_link('links', u)}</li>" for u in doc.links])
    return f'<div class="lists">\n{"".join(out)}</div>\n' if out else ""


# --- assets ---------------------------------------------------------------------------------------


@cache
def _asset(name: str) -> str:
    return files("newsclean").joinpath(name).read_text("utf-8")


def _digest(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
