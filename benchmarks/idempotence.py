"""How often a second pass changes newsclean's output, on windows of real pages.

Windows are seeded random slices of 50 to 3000 characters of the bench
texts (../shared/bench: web-dev, pdf-dev, web-wcxb).  Pages whose name
hashes even are the develop half, odd the check half; both are reported,
by collection, with the first few windows that changed on a second pass.

    python benchmarks/idempotence.py                 # 300 windows per half
    python benchmarks/idempotence.py -n 1000 --show 20
    python benchmarks/idempotence.py --cost 300      # CPU of settling, on whole pages
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from newsclean import Pipeline, clean
from newsclean.testing.windows import SPLITS, bench_groups, windows

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=300, help="windows per half, shared among the collections (default 300)")
    ap.add_argument("--seed", default="0")
    ap.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"))
    ap.add_argument("--show", type=int, default=5, help="changed windows to print per half")
    ap.add_argument("--split", choices=SPLITS, help="measure one half only")
    ap.add_argument("--cost", type=int, metavar="N", help="instead: CPU time with and without settling, N pages")
    args = ap.parse_args()
    groups = bench_groups(args.bench)
    if not groups:
        raise SystemExit(f"no bench texts under {args.bench}")
    if args.cost:
        cost(groups, args.cost)
        return
    cpu = time.process_time()
    for split in [args.split] if args.split else SPLITS:
        changed: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        shown = 0
        for name, paths in groups.items():
            for w in windows(paths, args.n // len(groups), seed=args.seed, split=split):
                once = clean(w.text).text
                twice = clean(once).text
                seen[name] += 1
                if twice != once:
                    changed[name] += 1
                    if shown < args.show:
                        shown += 1
                        print(f"  {split} {Path(w.path).name}@{w.start}: {once[:300]!r}\n    -> {twice[:300]!r}")
        total, bad = sum(seen.values()), sum(changed.values())
        per = ", ".join(f"{n} {changed[n]}/{seen[n]}" for n in seen)
        print(f"{split}: second pass changes {bad}/{total} windows ({100 * bad / total:.1f}%)  [{per}]")
    print(f"CPU {time.process_time() - cpu:.0f} s")


def cost(groups: dict[str, list[Path]], count: int) -> None:
    """CPU seconds of ``clean`` on whole pages, settling and not; the better of two runs each."""
    paths = [p for ps in groups.values() for p in ps]
    step = max(1, len(paths) // count)
    raws = [p.read_text("utf-8", "replace") for p in paths[::step][:count]]
    clean(raws[0])  # imports and models loaded before timing
    best = {}
    for _ in range(2):
        for settling in (False, True):
            pipeline = Pipeline(settle=settling)
            began = time.process_time()
            for raw in raws:
                clean(raw, pipeline=pipeline)
            spent = time.process_time() - began
            best[settling] = min(best.get(settling, spent), spent)
    extra = 100 * (best[True] - best[False]) / best[False]
    print(f"{len(raws)} pages: {best[False]:.1f} s CPU without settling, {best[True]:.1f} s with (+{extra:.0f}%)")


if __name__ == "__main__":
    main()
