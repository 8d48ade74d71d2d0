"""Human-readable account of every edit and removal."""

from __future__ import annotations

from bisect import bisect_right

from .records import Document


def explain(doc: Document, raw: str) -> str:
    """One line per change: cleaner, raw line:column, before -> after."""
    starts = [0] + [i + 1 for i, c in enumerate(raw) if c == "\n"]

    def where(offset: int) -> str:
        line = bisect_right(starts, offset)
        return f"{line}:{offset - starts[line - 1] + 1}"

    rows = [(e.start, e.cleaner, where(e.start), e.before, e.after) for e in doc.edits]
    rows += [
        (r.start, r.cleaner, where(r.start), r.text, f"<removed{' into ' + r.into if r.into else ''}>")
        for r in doc.removed
    ]
    name = doc.source.path or "<stdin>"
    out = [f"{name}: {len(doc.edits)} edits, {len(doc.removed)} removals\n"]
    for _, cleaner, pos, before, after in sorted(rows, key=lambda r: r[0]):
        out.append(
            f"  {pos:>9} {cleaner:14} {_show(before)} -> {after if after.startswith('<removed') else _show(after)}\n"
        )
    return "".join(out)


def _show(s: str, limit: int = 60) -> str:
    r = repr(s)
    return r if len(r) <= limit else r[: limit - 4] + "...'"
