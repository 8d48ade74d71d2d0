"""The library entry points: ``clean`` and ``clean_file``."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .assemble import assemble
from .decoding import Decoded, decode_bytes
from .errors import InputError
from .pipeline import Pipeline
from .records import Document, Source

_DEFAULT: Pipeline | None = None


def clean(
    data: str | bytes,
    *,
    source: str | os.PathLike[str] | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Clean raw news text (``str``, or ``bytes`` in any common encoding).

    ``source`` is the path recorded in ``document.source``.  Raises
    ``InputError`` for bytes that are not text.

    >>> doc = clean("Home > News > Storm\\n\\nThe storm hit the coast at dawn.")
    >>> doc.id.startswith("sha256:")
    True
    """
    if isinstance(data, bytes):
        raw_bytes = data
        decoded = decode_bytes(data)
    elif isinstance(data, str):
        raw_bytes = data.encode("utf-8", "surrogatepass")
        decoded = Decoded(data, "utf-8", 1.0)
    else:
        raise TypeError(f"clean() takes str or bytes, not {type(data).__name__}")
    digest = hashlib.sha256(raw_bytes).hexdigest()
    src = Source(
        path=None if source is None else os.fspath(source),
        sha256=digest,
        bytes=len(raw_bytes),
        encoding=decoded.encoding,
        confidence=decoded.confidence,
        replaced=decoded.replaced,
    )
    draft = (pipeline or _default()).run(decoded.text)
    return assemble(draft, src, "sha256:" + digest)


def clean_file(path: str | os.PathLike[str], *, pipeline: Pipeline | None = None) -> Document:
    """Read ``path`` (never modified) and clean it; unreadable files raise ``InputError``."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {os.fspath(path)}: {exc.strerror or exc}") from None
    return clean(data, source=path, pipeline=pipeline)


def _default() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT
