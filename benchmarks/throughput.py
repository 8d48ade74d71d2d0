"""Throughput of the default pipeline beside ftfy.fix_text alone, same process.

The corpus is built from seeds/ and, when present, ../shared/bench/ texts,
repeated up to 1 MB and 20 MB so that growth with size can be seen.  Ratios
matter, not absolute numbers: both run on the same machine, same data.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import ftfy

from newsclean import clean

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    bench = ROOT.parent / "shared" / "bench"
    if bench.is_dir():
        paths += sorted(bench.glob("*/raw/*.txt")) + sorted(bench.glob("*/text/*/*.txt"))
    return [p.read_text("utf-8", "replace") for p in paths]


def documents(size: int, texts: list[str]) -> list[str]:
    out, total, i = [], 0, 0
    while total < size:
        t = texts[i % len(texts)]
        out.append(t)
        total += len(t.encode("utf-8"))
        i += 1
    return out


def rate(fn, docs: list[str]) -> float:
    size = sum(len(d.encode("utf-8")) for d in docs)
    start = time.perf_counter()
    for d in docs:
        fn(d)
    return size / 1e6 / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1,20", help="corpus sizes in MB (default: 1,20)")
    args = ap.parse_args()
    texts = corpus_texts()
    clean(texts[0])  # warm caches and imports before timing
    print(f"corpus: {len(texts)} distinct texts")
    print(f"{'size':>6} {'newsclean MB/s':>15} {'ftfy MB/s':>10} {'ratio':>7}")
    for mb in (float(s) for s in args.sizes.split(",")):
        docs = documents(int(mb * 1e6), texts)
        ours = rate(clean, docs)
        base = rate(ftfy.fix_text, docs)
        print(f"{mb:>5g}M {ours:>15.2f} {base:>10.2f} {ours / base:>7.2f}")


if __name__ == "__main__":
    main()
