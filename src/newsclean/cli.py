"""``python -m newsclean``: clean files, folders or standard input."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .batch import Failed, Rendered, clean_many
from .config import load_config
from .decoding import decode
from .errors import InputError
from .explain import explain
from .pipeline import Pipeline, order, stats_table
from .records import Document
from .registry import PluginError, registered
from .render import render

FORMATS = ("json", "jsonl", "md", "txt", "html", "parquet")
EXTENSIONS = {"json": "json", "jsonl": "jsonl", "md": "md", "txt": "txt", "html": "html"}
PARQUET_FILE = "documents.parquet"  # --format parquet: every document, one row each


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m newsclean",
        description="Turn raw news text (web copies, PDF extractions) into clean documents with metadata.",
        epilog="Example: python -m newsclean --out cleaned/ seeds/",
    )
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="a file, a folder (its *.txt files, recursively) or - for stdin"
    )
    p.add_argument("--out", metavar="DIR", type=Path, help="write DIR/<input stem>.<ext> per input instead of stdout")
    p.add_argument(
        "--format",
        choices=FORMATS,
        help=(
            "output format (default: json for one document, jsonl for several); html: a review page of every change;"
            f" parquet: every document as a row of DIR/{PARQUET_FILE}"
        ),
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="list every edit and removal on stderr (cleaner, raw line:column, before -> after)",
    )
    p.add_argument("--list-cleaners", action="store_true", help="list the cleaners in pipeline order and exit")
    p.add_argument("--disable", action="append", default=[], metavar="NAME", help="switch a cleaner off (repeatable)")
    p.add_argument("--only", action="append", default=[], metavar="NAME", help="run only these cleaners (repeatable)")
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME.OPTION=VALUE",
        dest="settings",
        help="set a cleaner option (repeatable)",
    )
    p.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="read settings from this TOML file (default: ./newsclean.toml or [tool.newsclean] in ./pyproject.toml)",
    )
    p.add_argument(
        "--stats",
        action="store_true",
        help="after the run, print each cleaner's CPU time and work on stderr (with -j 1)",
    )
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}", help="show the version and exit")
    return p


@dataclass(frozen=True)
class Settings:
    only: tuple[str, ...]
    disable: tuple[str, ...]
    options: dict[str, dict[str, Any]]

    def pipeline(self) -> Pipeline:
        return Pipeline(only=self.only, disable=self.disable, options=self.options)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = _settings(args)
        pipeline = settings.pipeline()
    except (PluginError, InputError) as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 2
    if args.list_cleaners:
        _list_cleaners(pipeline)
        return 0
    if not args.paths:
        parser.print_usage(sys.stderr)
        print("newsclean: error: give at least one PATH (or - for standard input)", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print("newsclean: error: --jobs must be at least 1", file=sys.stderr)
        return 2
    if args.stats and args.jobs > 1:
        print("newsclean: error: --stats counts the work of one process: use it with -j 1", file=sys.stderr)
        return 2
    inputs, failures = _expand(args.paths)
    for message in failures:
        print(f"newsclean: {message}", file=sys.stderr)
    fmt = args.format or ("json" if args.out or len(inputs) == 1 else "jsonl")
    if fmt == "html" and args.out is None and len(inputs) > 1:
        print("newsclean: error: --format html writes one page per input; give --out DIR", file=sys.stderr)
        return 2
    try:
        writer = _ParquetWriter(args.out) if fmt == "parquet" else _Writer(args.out, fmt, inputs)
    except (_Clash, ImportError, OSError) as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 2
    _quiet_libraries()
    # The worker renders unless the document itself is needed here (html also needs the raw text).
    render_in_worker = None if args.explain or fmt in ("parquet", "html") else fmt
    ok = True
    for item, result in _run(inputs, pipeline, args.jobs, render_in_worker):
        if isinstance(result, Failed):
            print(f"newsclean: {item.label}: {result.error}", file=sys.stderr)
            ok = False
            continue
        if args.explain:
            sys.stderr.write(explain(result, _raw_text(item)))
        try:
            writer.write(item, result.body if isinstance(result, Rendered) else result)
        except OSError as exc:
            print(f"newsclean: {item.label}: cannot write output: {exc}", file=sys.stderr)
            ok = False
    try:
        writer.close()
    except OSError as exc:
        print(f"newsclean: cannot write output: {exc}", file=sys.stderr)
        ok = False
    if args.stats:
        print(stats_table(pipeline.stats), file=sys.stderr)
    return 0 if ok and not failures else 1


def _raw_text(item: _Input) -> str:
    data = item.raw if item.path is None else Path(item.path).read_bytes()
    return decode(data or b"")[0]


def _settings(args: argparse.Namespace) -> Settings:
    config = load_config(args.config)
    options: dict[str, dict[str, Any]] = {k: dict(v) for k, v in config.get("options", {}).items()}
    for item in args.settings:
        key, sep, value = item.partition("=")
        name, dot, option = key.partition(".")
        if not (sep and dot and name and option):
            raise PluginError(f"--set takes NAME.OPTION=VALUE, not {item!r}")
        options.setdefault(name, {})[option] = value
    only = tuple(args.only) or tuple(config.get("only", ()))
    disable = tuple(args.disable) or tuple(config.get("disable", ()))
    return Settings(only, disable, options)


def _list_cleaners(pipeline: Pipeline) -> None:
    known = registered()
    active = set(pipeline.names)
    for position, name in enumerate(order(list(known)), 1):
        reg = known[name]
        state = "" if name in active else " (off)"
        print(f"{position:2}. {name:16} {reg.distribution} {reg.version}{state}  {reg.cls.summary()}")


@dataclass(slots=True)
class _Input:
    """One input of the run.  Paths are kept as strings: a run of a million files holds a million of them."""

    label: str
    path: str | None  # None: standard input
    root: str | None = None  # the folder it was found in, for --out
    raw: bytes | None = None  # standard input, kept for --explain


def _expand(paths: Sequence[str]) -> tuple[list[_Input], list[str]]:
    inputs: list[_Input] = []
    failures: list[str] = []
    for p in paths:
        if p == "-":
            inputs.append(_Input("<stdin>", None))
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(_text_files(p))
            if not found:
                failures.append(f"{p}: no *.txt files in this folder")
            inputs.extend(_Input(f, f, p) for f in found)
        elif path.exists():
            inputs.append(_Input(p, p))
        else:
            failures.append(f"{p}: no such file or folder")
    return inputs, failures


def _text_files(folder: str) -> Iterator[str]:
    """The ``*.txt`` files below ``folder``, symbolic links to folders not followed (as ``Path.rglob``)."""
    for where, _, names in os.walk(folder):
        for name in names:
            if name.endswith(".txt") and os.path.isfile(found := os.path.join(where, name)):
                yield found


def _run(
    inputs: list[_Input], pipeline: Pipeline, jobs: int, fmt: str | None
) -> Iterator[tuple[_Input, Document | Rendered | Failed]]:
    for item in inputs:
        if item.path is None:
            item.raw = sys.stdin.buffer.read()
    progress = _progress(len(inputs))
    try:
        work = (Path(i.path) if i.path is not None else (i.label, i.raw or b"") for i in inputs)
        for item, result in zip(inputs, clean_many(work, jobs=jobs, pipeline=pipeline, render=fmt), strict=True):
            yield item, result
            progress.update(1)
    finally:
        progress.close()


def _quiet_libraries() -> None:
    """Keep the libraries' warnings and log messages off the user's terminal: newsclean reports for itself.

    Without a handler, Python prints a library's WARNING records to stderr
    (wordfreq's "You asked for word frequencies in language ..."); a null
    handler on the root logger, with Python warnings routed to logging, captures them.
    Worker processes started by fork inherit this.
    """
    logging.captureWarnings(True)
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


class _Progress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int) -> Any:
    if total > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(total=total, unit="file", file=sys.stderr)
    return _Progress()


class _Clash(Exception):
    """Two inputs would be written to one output file."""


class _Writer:
    """Writes each document to stdout or to its own file under ``--out``.

    Under ``--out`` each input's path is mirrored below the deepest folder
    that holds every argument (a folder argument holds its files; a file
    argument stands in its folder), so inputs of the same name in two
    folders never collide; the targets are all known, and checked, before
    anything is written.  On stdout, several JSON documents form one array
    and several md/txt documents each open with a line naming their source.
    """

    def __init__(self, out: Path | None, fmt: str, inputs: list[_Input]) -> None:
        self.out, self.fmt, self.inputs = out, fmt, inputs
        self.several = len(inputs) > 1
        self.written = 0
        if out is not None:
            self.target = _Targets(out, EXTENSIONS[fmt], inputs)
            # Hashes, not paths: a million inputs cost a few MB; a hit is confirmed before refusing.
            self.protected = {hash(os.path.realpath(i.path)) for i in inputs if i.path is not None}

    def write(self, item: _Input, doc: Document | str) -> None:
        if isinstance(doc, str):
            body = doc
        else:
            body = doc.to_html(_raw_text(item)) if self.fmt == "html" else render(doc, self.fmt)
        if self.out is None:
            sys.stdout.write(self._framed(item, body))
            sys.stdout.flush()
            self.written += 1
            return
        target = self.target(item)
        real = os.path.realpath(target)
        if hash(real) in self.protected and any(real == os.path.realpath(i.path) for i in self.inputs if i.path):
            raise OSError(f"{target} is an input; refusing to overwrite it")
        target.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(target, body)

    def _framed(self, item: _Input, body: str) -> str:
        if not self.several:
            return body
        if self.fmt == "json":
            return ("[\n" if not self.written else ",\n") + body.rstrip("\n")
        if self.fmt in ("md", "txt"):
            return ("\n" if self.written else "") + f"==> {item.label} <==\n\n" + body
        return body

    def close(self) -> None:
        """End the JSON array of several documents on stdout (an empty one if none was cleaned)."""
        if self.out is None and self.several and self.fmt == "json":
            sys.stdout.write("\n]\n" if self.written else "[]\n")
            sys.stdout.flush()


class _Targets:
    """The output file of each input; refuses, naming them, inputs that would share one.

    Each input's path is mirrored below the deepest folder that holds every
    argument.  Targets are computed when written, not kept: only their hashes
    are held for the check, and a clash among hashes is confirmed on the paths.
    """

    def __init__(self, out: Path, ext: str, inputs: list[_Input]) -> None:
        self.out, self.ext = out, ext
        anchors = {os.path.abspath(i.root or os.path.dirname(i.path)) for i in inputs if i.path is not None}
        self.base = os.path.commonpath(sorted(anchors)) if anchors else ""
        seen: set[int] = set()
        suspect: set[int] = set()
        for item in inputs:
            key = hash(self(item))
            (suspect if key in seen else seen).add(key)
        if suspect:
            self._refuse([i for i in inputs if hash(self(i)) in suspect])

    def __call__(self, item: _Input) -> Path:
        if item.path is None:
            return self.out / f"stdin.{self.ext}"
        rel = os.path.relpath(os.path.abspath(item.path), self.base)
        stem = os.path.splitext(os.path.basename(rel))[0]
        return self.out / os.path.dirname(rel) / f"{stem}.{self.ext}"

    def _refuse(self, inputs: list[_Input]) -> None:
        claimed: dict[Path, list[str]] = {}
        for item in inputs:
            claimed.setdefault(self(item), []).append(item.label)
        clashes = {t: labels for t, labels in claimed.items() if len(labels) > 1}
        if clashes:
            lines = [f"  {t}: {', '.join(labels)}" for t, labels in sorted(clashes.items())]
            raise _Clash(
                "these inputs would be written to the same output file (give each input once, "
                "or rename one):\n" + "\n".join(lines)
            )


class _ParquetWriter:
    """``--format parquet``: every document of the run as one row of ``DIR/documents.parquet``."""

    def __init__(self, out: Path | None) -> None:
        if out is None:
            raise OSError(f"--format parquet writes one file, {PARQUET_FILE}: give --out DIR")
        from .parquet import ParquetSink

        out.mkdir(parents=True, exist_ok=True)
        self.sink = ParquetSink(out / PARQUET_FILE)

    def write(self, item: _Input, doc: Document | str) -> None:
        assert isinstance(doc, Document)
        self.sink.write(doc)

    def close(self) -> None:
        self.sink.close()


def _atomic_write(target: Path, body: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; the user's umask decides, as for any new file
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process umask (read by setting it, so set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
