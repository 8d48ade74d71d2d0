"""CPU time of the ``unicode`` cleaner beside ftfy.fix_text, on the same texts, in the same process.

The texts are seeds/ and the raw texts of ../shared/bench (PDF extractions,
web page renderings).  Those ftfy finds no mojibake in are timed apart: on
them the cleaner must cost less than ftfy, since it hands ftfy only the
lines ftfy's own test finds mojibake on.  CPU time (``time.process_time``),
not wall-clock, so other work on the machine matters less; ratios matter,
not absolute numbers.

    python benchmarks/unicode_speed.py            # every text
    python benchmarks/unicode_speed.py --every 10  # one text in ten
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import ftfy

from newsclean.cleaner import Draft
from newsclean.cleaners.unicode import Unicode
from newsclean.tracking import TrackedText

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"


def texts(every: int) -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted(BENCH.glob("*/raw/*.txt")) + sorted(BENCH.glob("*/text/*/*.txt"))
    return [p.read_text("utf-8", "replace") for p in paths[::every]]


def cpu(fn: Callable[[str], object], docs: list[str]) -> float:
    start = time.process_time()
    for d in docs:
        fn(d)
    return time.process_time() - start


def cleaner_cpu(cleaner: Unicode, docs: list[str]) -> float:
    """The cleaner's own time: the tracked text every cleaner shares is built outside it."""
    total = 0.0
    for d in docs:
        draft = Draft(TrackedText(d))
        start = time.process_time()
        list(cleaner.propose(d, draft))
        total += time.process_time() - start
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--every", type=int, default=1, help="time one text in N (default: all)")
    args = ap.parse_args()
    docs = texts(args.every)
    clean = [d for d in docs if ftfy.fix_encoding(d) == d]
    groups = {"without mojibake": clean, "all": docs}
    print(f"{'texts':<18} {'count':>6} {'MB':>7} {'unicode s':>10} {'ftfy s':>8} {'ratio':>6}")
    for name, group in groups.items():
        ours = cleaner_cpu(Unicode(), group)
        base = cpu(ftfy.fix_text, group)
        size = sum(len(d.encode("utf-8")) for d in group) / 1e6
        print(f"{name:<18} {len(group):>6} {size:>7.1f} {ours:>10.2f} {base:>8.2f} {ours / base:>6.2f}")


if __name__ == "__main__":
    main()
