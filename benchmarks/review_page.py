"""Size and build time of the review page (``--format html``) for a large input.

The seeds are joined and repeated up to ``--mb`` megabytes (default 1) and
cleaned as one document; the page is then built twice, at that size and at
half of it, so that growth with size can be seen.  Cleaning time is printed
beside it for scale.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsclean import clean

ROOT = Path(__file__).resolve().parent.parent


def corpus(size: int) -> str:
    seeds = "\n\n".join(p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))) + "\n\n"
    return (seeds * (size // len(seeds.encode()) + 1))[:size]


def measure(size: int) -> None:
    raw = corpus(size)
    start = time.perf_counter()
    doc = clean(raw)
    cleaned = time.perf_counter() - start
    start = time.perf_counter()
    page = doc.to_html(raw)
    built = time.perf_counter() - start
    print(
        f"{len(raw.encode()) / 1e6:5.2f} MB in, {len(doc.edits) + len(doc.removed):6} changes: "
        f"page {len(page.encode()) / 1e6:5.2f} MB built in {built:5.2f} s (cleaning took {cleaned:5.1f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="input size in megabytes (default: 1)")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    for part in (size // 2, size):
        measure(part)


if __name__ == "__main__":
    main()
