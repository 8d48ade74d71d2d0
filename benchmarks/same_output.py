"""Dump the JSON record of every seed and bench text, or compare two dumps.

A change meant to keep behaviour (a speed-up, a refactoring) must leave every
output byte-identical.  Dump before, dump after, compare::

    python benchmarks/same_output.py dump /tmp/before
    ...change the code...
    python benchmarks/same_output.py dump /tmp/after
    python benchmarks/same_output.py diff /tmp/before /tmp/after

``dump --no-prefilters`` runs every cleaner in full, to check that each
cleaner's ``could_apply`` skips only texts it would leave as they are.

The corpus is ``seeds/*.txt`` plus, when present, the raw texts of
``../shared/bench`` (``web-dev/text/*/*.txt``, ``pdf-dev/raw/*.txt``).
``dump --wcxb N`` adds N pages of ``web-wcxb/text/*/``, spread evenly over
the set (the same N pages on every run), for wider coverage of web shapes.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"


def corpus_paths(bench: Path = BENCH, wcxb: int = 0) -> list[Path]:
    """The seeds, then the bench's web and PDF raw texts, in a fixed order; ``wcxb`` pages of web-wcxb after them."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    if bench.is_dir():
        paths += sorted(bench.glob("web-dev/text/*/*.txt")) + sorted(bench.glob("pdf-dev/raw/*.txt"))
        extra = sorted(bench.glob("web-wcxb/text/*/*.txt"))
        if wcxb > 0 and extra:
            step = max(1, len(extra) // wcxb)
            paths += extra[::step][:wcxb]
    return paths


def _key(path: Path) -> str:
    """A flat file name that stays unique across folders."""
    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.relative_to(BENCH.parent)
    return str(rel).replace("/", "__") + ".json"


def dump(out: Path, bench: Path, prefilters: bool = True, wcxb: int = 0) -> int:
    from newsclean import Cleaner, Pipeline, clean_file

    out.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline()
    if not prefilters:  # every cleaner runs in full: the output must not change
        for cleaner in pipeline.cleaners:
            object.__setattr__(cleaner, "could_apply", Cleaner.could_apply.__get__(cleaner))
    paths = corpus_paths(bench, wcxb)
    for path in paths:
        try:
            record = clean_file(path, pipeline=pipeline).to_json()
        except Exception as exc:  # a crash is an output too: it must not change either
            record = f"error: {type(exc).__name__}: {exc}\n"
        (out / _key(path)).write_text(record, "utf-8")
    print(f"{len(paths)} records written to {out}")
    return 0


def diff(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.glob("*.json")} | {p.name for p in b.glob("*.json")})
    differ = 0
    for name in names:
        pa, pb = a / name, b / name
        ta = pa.read_text("utf-8") if pa.exists() else "<missing>\n"
        tb = pb.read_text("utf-8") if pb.exists() else "<missing>\n"
        if ta == tb:
            continue
        differ += 1
        print(f"--- {name} differs")
        lines = difflib.unified_diff(ta.splitlines(), tb.splitlines(), "before", "after", n=1, lineterm="")
        for i, line in enumerate(lines):
            if i >= 40:
                print("    ...")
                break
            print("    " + line[:200])
    digest = hashlib.sha256("".join(sorted(names)).encode()).hexdigest()[:12]
    print(f"{len(names)} records compared ({digest}), {differ} differ")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write one JSON record per text into a folder")
    d.add_argument("out", type=Path)
    d.add_argument("--bench", type=Path, default=BENCH, help="bench folder (default: ../shared/bench)")
    d.add_argument("--no-prefilters", action="store_true", help="run every cleaner on every text (no could_apply)")
    d.add_argument("--wcxb", type=int, default=0, metavar="N", help="add N pages of web-wcxb, spread over the set")
    c = sub.add_parser("diff", help="compare two dumps; exit 1 when any record differs")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.command == "dump":
        return dump(args.out, args.bench, prefilters=not args.no_prefilters, wcxb=args.wcxb)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
