"""Output formats other than JSON: Markdown and plain text."""

from __future__ import annotations

from .records import Document


def to_markdown(doc: Document) -> str:
    """``#`` title, ``##`` headings, ``- `` list items and ``[^N]`` footnotes."""
    out: list[str] = []
    if doc.title:
        out.append(f"# {doc.title}")
    meta = []
    if doc.authors:
        meta.append("By " + ", ".join(a.name for a in doc.authors))
    if doc.published:
        meta.append(doc.published)
    if doc.publisher:
        meta.append(doc.publisher)
    if meta:
        out.append("*" + " · ".join(meta) + "*")
    anchors = sorted((f.anchor, f.label) for f in doc.footnotes if f.anchor is not None)
    pos = 0
    for block in doc.blocks:
        end = pos + len(block.text)
        text = block.text
        for anchor, label in reversed([a for a in anchors if pos <= a[0] <= end]):
            cut = anchor - pos
            text = f"{text[:cut]}[^{label}]{text[cut:]}"
        if block.kind == "heading":
            out.append(f"## {text}")
        elif block.kind == "list_item":
            out.append("- " + text.lstrip("•·▪◦‣●○■□–—*+- "))
        else:
            out.append(text)
        pos = end + 2
    for note in doc.footnotes:
        out.append(f"[^{note.label}]: {note.text}")
    return "\n\n".join(out) + "\n"


def to_text(doc: Document) -> str:
    """The title (when found) and the body."""
    return (doc.title + "\n\n" if doc.title else "") + doc.text


FORMATS = ("json", "jsonl", "md", "txt")


def render(doc: Document, fmt: str) -> str:
    """``doc`` as one output file (``json``) or line (``jsonl``), Markdown or plain text."""
    if fmt == "json":
        return doc.to_json() + "\n"
    if fmt == "jsonl":
        return doc.to_json(indent=None) + "\n"
    if fmt == "md":
        return to_markdown(doc)
    if fmt == "txt":
        return to_text(doc)
    raise ValueError(f"unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
