"""A seeded fuzz driver for the whole pipeline: mutated real text and random bytes.

Each input is made from its number and the seed alone, so a run can be
split over workers, stopped and resumed, and any input made again.  Every
input is held to three checks:

- ``exception``: ``clean`` raises nothing but ``newsclean.InputError``;
- ``offsets``: every edit and removal names its raw span exactly
  (``raw[start:end] == before`` / ``text``);
- ``second pass``: cleaning the output again changes nothing.

Failing inputs are written to a folder (``<check>-<digest>.txt`` or ``.bin``
with a ``.json`` beside it) for ``--replay``.

    python -m newsclean.testing.fuzz --count 100000 -j 2 --corpus seeds ../shared/bench
    python -m newsclean.testing.fuzz --replay fuzz-failures
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..api import clean
from ..decoding import decode
from ..errors import InputError
from .mutate import ODD, encode, mutate

CHECKS = ("exception", "offsets", "second pass")
_CHUNK = 500
_SAVED_PER_CHUNK = 5  # failures of one check saved per chunk: enough to reproduce, not a flood


@dataclass(frozen=True, slots=True)
class Failure:
    """One input that broke a check."""

    check: str
    detail: str
    data: str | bytes
    cleaners: tuple[str, ...] = ()  # for a second pass: the cleaners that changed the output


def check_input(data: str | bytes) -> Failure | None:
    """Clean ``data`` and hold the result to the three checks; ``None`` when all hold."""
    try:
        doc = clean(data)
    except InputError:
        return None
    except Exception as exc:
        return Failure("exception", "".join(traceback.format_exception_only(type(exc), exc)).strip(), data)
    raw = data if isinstance(data, str) else decode(data)[0]
    for e in doc.edits:
        if raw[e.start : e.end] != e.before:
            return Failure("offsets", f"{e.cleaner} edit says {e.before!r} at {e.start}:{e.end}", data)
    for r in doc.removed:
        if raw[r.start : r.end] != r.text:
            return Failure("offsets", f"{r.cleaner} removal says {r.text!r} at {r.start}:{r.end}", data)
    try:
        again = clean(doc.text)
    except Exception as exc:
        return Failure("exception", f"second pass: {type(exc).__name__}: {exc}", data)
    if again.text != doc.text:
        by = sorted({e.cleaner for e in again.edits} | {r.cleaner for r in again.removed})
        return Failure("second pass", f"by {', '.join(by)}: {doc.text!r} -> {again.text!r}", data, tuple(by))
    return None


@lru_cache(maxsize=512)
def _read(path: str) -> str:
    return Path(path).read_text("utf-8", "replace")


def corpus_files(paths: Iterable[str | Path]) -> list[str]:
    """The ``*.txt`` files of ``paths`` (files or folders, searched recursively), sorted."""
    found: set[str] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found.update(str(f) for f in p.rglob("*.txt"))
        elif p.is_file():
            found.add(str(p))
        else:
            raise FileNotFoundError(f"no such corpus file or folder: {p}")
    return sorted(found)


def _random_text(rng: random.Random, size: int) -> str:
    out = []
    for _ in range(size):
        r = rng.random()
        if r < 0.4:
            out.append(chr(rng.randint(0x20, 0x7E)))
        elif r < 0.7:
            out.append(rng.choice(ODD))
        else:
            c = rng.randint(0, 0x10FFFF)
            out.append(chr(c) if not 0xD800 <= c <= 0xDFFF or rng.random() < 0.05 else "\ufffd")
    return "".join(out)


def make_input(seed: int | str, index: int, files: Sequence[str]) -> str | bytes:
    """Input number ``index`` of the run ``seed``: mostly 20 to 400 characters of mutated real text."""
    rng = random.Random(f"fuzz:{seed}:{index}")
    kind = rng.random()
    if kind < 0.08 or not files:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 400)))
    if kind < 0.18:
        return _random_text(rng, rng.randint(0, 300))
    text = _read(rng.choice(files))
    size = rng.randint(20, 3000 if rng.random() < 0.05 else 400)
    start = rng.randint(0, max(0, len(text) - size))
    window = mutate(rng, text[start : start + size])
    return encode(rng, window) if kind < 0.35 else window


def _save(folder: Path, failure: Failure, seed: int | str | None, index: int | None) -> Path:
    data = failure.data if isinstance(failure.data, bytes) else failure.data.encode("utf-8", "surrogatepass")
    stem = f"{failure.check.replace(' ', '-')}-{hashlib.sha256(data).hexdigest()[:16]}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (stem + (".bin" if isinstance(failure.data, bytes) else ".txt"))
    path.write_bytes(data)
    meta = {"check": failure.check, "detail": failure.detail, "seed": seed, "index": index}
    (folder / (stem + ".json")).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return path


def run_chunk(
    seed: int | str, chunk: int, files: Sequence[str], failures: str | None, count: int | None = None
) -> dict:
    """Make and check the inputs of chunk ``chunk`` (numbers below ``count`` only); return the counts."""
    counts: Counter[str] = Counter()
    slowest = 0.0
    last = (chunk + 1) * _CHUNK if count is None else min((chunk + 1) * _CHUNK, count)
    for index in range(chunk * _CHUNK, last):
        data = make_input(seed, index, files)
        began = time.process_time()
        failure = check_input(data)
        slowest = max(slowest, time.process_time() - began)
        counts["inputs"] += 1
        if failure is not None:
            counts[failure.check] += 1
            if failures and counts[failure.check] <= _SAVED_PER_CHUNK:
                _save(Path(failures), failure, seed, index)
    return {"chunk": chunk, **counts, "slowest": round(slowest, 3)}


def fuzz(
    count: int,
    *,
    seed: int | str = 0,
    corpus: Iterable[str | Path] = (),
    failures: str | Path | None = None,
) -> Counter[str]:
    """Check ``count`` inputs in this process; return counts by check (and ``inputs``)."""
    files = corpus_files(corpus)
    total: Counter[str] = Counter()
    for chunk in range(-(-count // _CHUNK)):
        result = run_chunk(seed, chunk, files, None if failures is None else str(failures), count)
        total.update({k: v for k, v in result.items() if k in ("inputs", *CHECKS)})
    return total


def _task(args: tuple) -> dict:
    return run_chunk(*args)


def _load_state(path: Path, header: dict) -> dict[int, dict]:
    if not path.exists():
        return {}
    lines = path.read_text("utf-8").splitlines()
    if not lines or json.loads(lines[0]) != header:
        raise SystemExit(f"{path} belongs to another run ({lines[0] if lines else 'empty'}); pass another --state")
    done = {}
    for line in lines[1:]:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:  # a line cut short by a kill
            continue
        done[rec["chunk"]] = rec
    return done


def _summary(done: dict[int, dict], elapsed: float) -> str:
    total: Counter[str] = Counter()
    for rec in done.values():
        total.update({k: v for k, v in rec.items() if k in ("inputs", *CHECKS)})
    slowest = max((rec.get("slowest", 0.0) for rec in done.values()), default=0.0)
    parts = [f"{total['inputs']:,} inputs"] + [f"{total[c]} {c}" for c in CHECKS]
    return ", ".join(parts) + f"; slowest input {slowest:.2f} s CPU; {elapsed:.0f} s this session"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsclean.testing.fuzz", description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10_000, help="inputs in the run (default: 10000)")
    ap.add_argument("--seed", default="0", help="run seed: the same seed makes the same inputs (default: 0)")
    ap.add_argument("--corpus", nargs="*", default=["seeds"], help="files or folders of *.txt to mutate")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default: 1)")
    ap.add_argument("--failures", default="fuzz-failures", help="folder for failing inputs (default: fuzz-failures)")
    ap.add_argument("--state", help="progress file for resuming (default: <failures>/state-<seed>-<count>.jsonl)")
    ap.add_argument("--replay", metavar="FOLDER", help="check the saved inputs of FOLDER again and exit")
    args = ap.parse_args(argv)
    if args.replay:
        return _replay(Path(args.replay))
    if args.count < 1 or args.jobs < 1:
        ap.error("--count and --jobs must be at least 1")
    files = corpus_files(args.corpus)
    failures = Path(args.failures)
    failures.mkdir(parents=True, exist_ok=True)
    state = Path(args.state or failures / f"state-{args.seed}-{args.count}.jsonl")
    header = {"seed": args.seed, "count": args.count, "chunk": _CHUNK, "files": len(files)}
    done = _load_state(state, header)
    chunks = -(-args.count // _CHUNK)
    todo = [c for c in range(chunks) if c not in done]
    print(f"{len(files)} corpus files; {len(done)} of {chunks} chunks done before; {len(todo)} to go", file=sys.stderr)
    if not state.exists():
        state.write_text(json.dumps(header) + "\n", "utf-8")
    began = time.monotonic()
    tasks = [(args.seed, c, files, str(failures), args.count) for c in todo]
    with state.open("a", encoding="utf-8") as log:

        def record(rec: dict) -> None:
            done[rec["chunk"]] = rec
            log.write(json.dumps(rec) + "\n")
            log.flush()
            inputs = sum(r.get("inputs", 0) for r in done.values())
            rate = (len(done) - (chunks - len(todo))) * _CHUNK / max(time.monotonic() - began, 1e-9)
            print(f"[{inputs:,}/{chunks * _CHUNK:,}] {rate:.0f}/s  {_summary(done, 0)}", file=sys.stderr)

        if args.jobs == 1:
            for task in tasks:
                record(_task(task))
        else:
            from multiprocessing import get_context

            with get_context("spawn").Pool(args.jobs) as pool:
                for rec in pool.imap_unordered(_task, tasks):
                    record(rec)
    print(_summary(done, time.monotonic() - began))
    bad = sum(rec.get(c, 0) for rec in done.values() for c in CHECKS)
    if bad:
        print(f"failing inputs are in {failures}/ (python -m newsclean.testing.fuzz --replay {failures})")
    return 1 if bad else 0


def _replay(folder: Path) -> int:
    bad = 0
    for path in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.bin")):
        if path.name.startswith("state-"):
            continue
        data = path.read_bytes()
        failure = check_input(data if path.suffix == ".bin" else data.decode("utf-8", "surrogatepass"))
        status = "ok" if failure is None else f"{failure.check}: {failure.detail[:200]}"
        bad += failure is not None
        print(f"{path.name}: {status}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
