"""Generate newsclean's PDF corpus from the WCXB article gold (see README, Benchmarks).

    nice -n 10 python benchmarks/pdfgen_make.py -j 2            # all usable articles
    python benchmarks/pdfgen_make.py --limit 20 --out /tmp/pdfs  # a quick look

Same seed, same files, byte for byte.  A second run only makes what is missing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from pdfgen.corpus import build, check_manifest, is_done
from pdfgen.source import articles

HERE = Path(__file__).resolve().parent
WCXB = HERE.parent.parent / "shared" / "bench" / "web-wcxb" / "gold"
DEFAULT_OUT = HERE / ".pdfgen-out"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=Path, default=WCXB, help=f"folder of WCXB gold *.json (default: {WCXB})")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: benchmarks/.pdfgen-out)")
    ap.add_argument("--seed", type=int, default=2026, help="corpus seed (default: 2026)")
    ap.add_argument("--limit", type=int, help="only the first N usable articles")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="parallel worker processes (default: 1)")
    args = ap.parse_args()
    check_manifest(args.out, args.seed)
    todo = articles(args.articles)[: args.limit]
    pending = [a for a in todo if not is_done(args.out, a)]
    print(f"{len(todo)} articles, {len(todo) - len(pending)} already done, {len(pending)} to make", file=sys.stderr)
    start = time.perf_counter()
    spent: Counter[str] = Counter()
    made = skipped = 0
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        jobs = {pool.submit(build, a, args.seed, args.out): a for a in pending}
        for k, job in enumerate(as_completed(jobs), 1):
            times = job.result()
            if times is None:
                skipped += 1
            else:
                made += 1
                spent.update(times)
            if k % 25 == 0 or k == len(jobs):
                print(f"  {k}/{len(jobs)} ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    print(
        f"made {made} documents, {skipped} articles not settable, in {time.perf_counter() - start:.0f} s wall",
        file=sys.stderr,
    )
    if spent:
        print("cpu seconds per stage: " + ", ".join(f"{k} {v:.0f}" for k, v in spent.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
