"""Documents as Parquet rows (``pip install 'newsclean[parquet]'``).

One row per document; the columns are the fields of the JSON record, in its
order, with nested fields as Arrow structs and lists of structs (``authors``
is ``list<struct<name, role, organization>>``), so a query engine reads
``authors[0].name`` without parsing JSON.  The Arrow schema is derived from
the record classes, so it cannot drift from the JSON record, and it is fixed:
every file and every Ray block has the same one, empty lists included.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
import types
import typing
import weakref
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .records import Document, Source

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq

# Documents per row group: a few MB of text, so memory stays bounded on any corpus.
ROW_GROUP = 512


def pyarrow() -> Any:
    """``pyarrow``, imported on first use so that newsclean works without it."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ImportError("Parquet and Arrow output need pyarrow: pip install 'newsclean[parquet]'") from None
    return pyarrow


@cache
def schema() -> pa.Schema:
    """The Arrow schema of a document row (``authors`` is ``list<struct<name, role, organization>>``)."""
    hints = typing.get_type_hints(Document)
    fields = []
    for name in Document(id="", source=Source(None, "", 0, "")).to_dict():
        kind = str if name == "text" else hints[name]
        fields.append(_field(name, kind))
    return pyarrow().schema(fields)


def to_table(docs: Iterable[Document]) -> pa.Table:
    """Documents as one Arrow table with the fixed ``schema()``."""
    return pyarrow().Table.from_pylist([d.to_dict() for d in docs], schema=schema())


def write_parquet(docs: Iterable[Document], target: str | os.PathLike[str]) -> int:
    """Write ``docs`` to the Parquet file ``target`` atomically, streaming; return the row count."""
    with ParquetSink(target) as sink:
        for doc in docs:
            sink.write(doc)
    return sink.rows


class ParquetSink:
    """Collects documents into row groups of a temporary file, renamed to ``target`` on success.

    A run that fails or is interrupted leaves no file, and an earlier one at
    ``target`` stays whole.
    """

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = Path(target)
        self.rows = 0
        self._buffer: list[Document] = []
        fd, tmp = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".tmp")
        os.close(fd)
        self._tmp = Path(tmp)
        self._writer = pyarrow().parquet.ParquetWriter(self._tmp, schema())
        # Runs on abort(), when the sink is dropped unclosed, or at exit after an interrupt.
        self._discard = weakref.finalize(self, _discard, self._writer, self._tmp)

    def write(self, doc: Document) -> None:
        self._buffer.append(doc)
        if len(self._buffer) >= ROW_GROUP:
            self._flush()

    def close(self) -> None:
        self._flush()
        self._writer.close()
        mask = os.umask(0o022)  # read by setting it, so set it straight back
        os.umask(mask)
        os.chmod(self._tmp, 0o666 & ~mask)  # mkstemp makes 0600; the user's umask decides, as for any new file
        os.replace(self._tmp, self.target)
        self._discard.detach()

    def abort(self) -> None:
        self._discard()

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()

    def _flush(self) -> None:
        if self._buffer:
            self._writer.write_table(to_table(self._buffer))
            self.rows += len(self._buffer)
            self._buffer = []


def _discard(writer: pq.ParquetWriter, tmp: Path) -> None:
    writer.close()
    tmp.unlink(missing_ok=True)


def _field(name: str, kind: Any) -> pa.Field:
    nullable = False
    args = typing.get_args(kind)
    if _is_union(kind) and type(None) in args:
        nullable = True
        (kind,) = [a for a in args if a is not type(None)]
    return pyarrow().field(name, _type(kind), nullable=nullable)


def _type(kind: Any) -> pa.DataType:
    pa = pyarrow()
    origin = typing.get_origin(kind)
    if kind is str or origin is typing.Literal:
        return pa.string()
    if kind is int:
        return pa.int64()
    if kind is float:
        return pa.float64()
    if kind is bool:
        return pa.bool_()
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return pa.list_(_field("item", item))
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return pa.struct([_field(f.name, hints[f.name]) for f in dataclasses.fields(kind)])
    raise TypeError(f"no Arrow type for {kind!r}")


def _is_union(kind: Any) -> bool:
    return typing.get_origin(kind) in (typing.Union, types.UnionType)
