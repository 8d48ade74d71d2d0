"""``clean_many``: a stream of inputs cleaned on all cores, documents back in input order.

Work goes to worker processes in small chunks, and only a bounded number of
chunks is in flight, so a corpus of any length streams through in constant
memory.  Each worker builds its pipeline once (the language model, lexicon
and date parser load once per process, not per input) and, when asked,
renders each document itself, so the parent only writes text.  A worker
watches its parent and exits when it dies, so no orphan outlives a killed run.
"""

from __future__ import annotations

import os
import threading
import time
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Literal, Union

from .api import clean, clean_file
from .errors import InputError
from .pipeline import Pipeline
from .records import Document
from .render import FORMATS, render

Input = Union[str, bytes, "os.PathLike[str]", tuple[str, str | bytes]]

# A chunk is closed at this many inputs or this many bytes of text, whichever
# comes first: small enough to keep both cores busy to the end of a run, large
# enough that sending work costs little beside cleaning it.
CHUNK_INPUTS = 4
CHUNK_BYTES = 1 << 20
# Chunks in flight per worker: enough to hide one slow document, few enough to
# bound memory.
WINDOW_PER_JOB = 4
# How often a worker checks that its parent still lives, in seconds.
PARENT_POLL = 0.5


@dataclass(frozen=True, slots=True)
class Rendered:
    """A document already rendered in the worker as ``json``, ``jsonl``, ``md`` or ``txt``."""

    id: str
    body: str


@dataclass(frozen=True, slots=True)
class Failed:
    """An input that gave no document; the stream goes on past it.

    ``id`` is the input's path, the id of an ``(id, text)`` pair or ``#N``
    (its position, from 0); ``kind`` is ``"input"`` for input that is not
    text (``InputError``) and ``"internal"`` for a bug worth reporting.
    """

    index: int
    id: str
    error: str
    kind: Literal["input", "internal"] = "input"


@dataclass(frozen=True, slots=True)
class _Item:
    index: int
    id: str
    data: str | bytes | None  # None: read the file at ``id``


def clean_many(
    inputs: Iterable[Input],
    *,
    jobs: int | None = None,
    pipeline: Pipeline | None = None,
    render: str | None = None,
) -> Iterator[Document | Rendered | Failed]:
    """Clean every input, on ``jobs`` processes (default: every core), yielding one result per input, in order.

    An input is a path (``pathlib.Path``, read by the worker), a ``str`` or
    ``bytes`` of raw text, or an ``(id, text)`` pair.  Each gives a
    ``Document`` (or, with ``render="jsonl"`` and the like, a ``Rendered``
    made in the worker), or a ``Failed`` record saying why not.

    >>> [d.text for d in clean_many(["One line.", "Another line."], jobs=1)]
    ['One line.\\n', 'Another line.\\n']
    """
    if render is not None and render not in FORMATS:
        raise ValueError(f"render must be one of {', '.join(FORMATS)}, not {render!r}")
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    chunks = _chunks(_items(inputs))
    if jobs == 1:
        return (r for chunk in chunks for r in _clean_chunk(chunk, pipeline, render))
    return _parallel(chunks, jobs, pipeline, render)


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _items(inputs: Iterable[Input]) -> Iterator[_Item]:
    for index, item in enumerate(inputs):
        if isinstance(item, (str, bytes)):
            yield _Item(index, f"#{index}", item)
        elif isinstance(item, os.PathLike):
            yield _Item(index, os.fspath(item), None)
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], (str, bytes)):
            yield _Item(index, str(item[0]), item[1])
        else:
            raise TypeError(
                f"clean_many() input #{index} is a {type(item).__name__}; "
                "give a path (pathlib.Path), str, bytes or an (id, text) pair"
            )


def _chunks(items: Iterator[_Item]) -> Iterator[list[_Item]]:
    chunk: list[_Item] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += 0 if item.data is None else len(item.data)
        if len(chunk) >= CHUNK_INPUTS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _parallel(
    chunks: Iterator[list[_Item]], jobs: int, pipeline: Pipeline | None, fmt: str | None
) -> Iterator[Document | Rendered | Failed]:
    first = list(islice(chunks, 2))
    if len(first) < 2 and sum(len(c) for c in first) <= 1:
        # One input: a worker would only add its start-up time.
        yield from (r for chunk in first for r in _clean_chunk(chunk, pipeline, fmt))
        return
    pending = _resume(first, chunks)
    pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(pipeline, fmt, os.getpid()))
    try:
        window: deque[Future[list[Document | Rendered | Failed]]] = deque()
        for chunk in pending:
            window.append(pool.submit(_work, chunk))
            while len(window) >= jobs * WINDOW_PER_JOB:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _resume(first: list[list[_Item]], rest: Iterator[list[_Item]]) -> Iterator[list[_Item]]:
    yield from first
    yield from rest


def _clean_chunk(chunk: list[_Item], pipeline: Pipeline | None, fmt: str | None) -> list[Document | Rendered | Failed]:
    return [_clean_one(item, pipeline, fmt) for item in chunk]


def _clean_one(item: _Item, pipeline: Pipeline | None, fmt: str | None) -> Document | Rendered | Failed:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a library's warning about one input is no failure of it
            if item.data is None:
                doc = clean_file(Path(item.id), pipeline=pipeline)
            else:
                doc = clean(item.data, pipeline=pipeline)
    except InputError as exc:
        return Failed(item.index, item.id, str(exc))
    except Exception as exc:  # a bug must cost one input, not the stream
        message = f"internal error ({type(exc).__name__}: {exc}); please report it with this input"
        return Failed(item.index, item.id, message, "internal")
    return doc if fmt is None else Rendered(item.id, render(doc, fmt))


_WORKER: tuple[Pipeline | None, str | None] = (None, None)


def _init_worker(pipeline: Pipeline | None, fmt: str | None, parent: int) -> None:
    global _WORKER
    _watch_parent(parent)
    _WORKER = (pipeline, fmt)


def _work(chunk: list[_Item]) -> list[Document | Rendered | Failed]:
    return _clean_chunk(chunk, *_WORKER)


def _watch_parent(parent: int) -> None:
    """Exit this worker as soon as ``parent`` is gone, however it died (``kill -9`` included).

    A worker blocked on its queue would otherwise wait forever, and one busy
    with a long document would finish it for nobody.
    """
    direct = os.getppid() == parent  # not so under the forkserver start method

    def gone() -> bool:
        if direct:
            return os.getppid() != parent
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # the pid was reused by another user's process
            return True
        return False

    def watch() -> None:
        while not gone():
            time.sleep(PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="newsclean-parent-watch", daemon=True).start()
