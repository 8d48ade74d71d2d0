"""CPU-time throughput of the default pipeline beside ftfy.fix_text and one ``\\s+`` substitution.

All three run in the same process on the same texts, so the ratios hold
across machines; absolute numbers do not.  The corpus is ``seeds/`` plus,
when present, the raw texts of ``../shared/bench`` (``web-dev/text/*/*.txt``,
``pdf-dev/raw/*.txt``), repeated up to each size.  Then the shapes that make
a slow cleaner show (1 MB each): line-end hyphens, one single line, letters
set apart by spaces and footnote-like digits, each beside 1 MB of real text.

    python benchmarks/throughput.py                 # 1 and 10 MB, per-cleaner table, shapes
    python benchmarks/throughput.py --sizes 1,10,100
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import ftfy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from same_output import corpus_paths  # noqa: E402

from newsclean import Pipeline, clean  # noqa: E402
from newsclean.pipeline import stats_table  # noqa: E402

_SPACES = re.compile(r"\s+")


def documents(size: int, texts: list[str]) -> list[str]:
    """Texts of the corpus in turn until ``size`` bytes."""
    out, total, i = [], 0, 0
    while total < size:
        t = texts[i % len(texts)]
        out.append(t)
        total += len(t.encode("utf-8"))
        i += 1
    return out


def cpu(fn: Callable[[str], object], docs: list[str]) -> float:
    """CPU seconds to run ``fn`` on every text."""
    start = time.process_time()
    for d in docs:
        fn(d)
    return time.process_time() - start


def shapes(mb: int = 1) -> dict[str, str]:
    """Texts of ``mb`` MB each in the shapes that would expose a cost that grows faster than the text."""
    n = mb * 1_000_000
    return {
        "line-end hyphens": ("a long hyphen-\nated word and more\n" * (n // 36 + 1))[:n],
        "one single line": ("the council met on monday and voted. " * (n // 37 + 1))[:n],
        "spaced letters": ("a b c d e f g h i j k l m n o p " * (n // 32 + 1))[:n],
        "footnote digits": ("word12.3 other34 text5.6 " * (n // 25 + 1))[:n],
    }


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / 1024 / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,10", help="corpus sizes in MB (default: 1,10)")
    ap.add_argument("--no-shapes", action="store_true", help="skip the adversarial shapes")
    args = ap.parse_args()
    texts = [p.read_text("utf-8", "replace") for p in corpus_paths()]
    pipeline = Pipeline()
    clean(texts[0], pipeline=pipeline)  # load the models before timing
    pipeline.reset_stats()
    corpus_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} texts, {corpus_mb:.1f} MB; CPU seconds, same process\n")
    for label in ("first pass (word lists of new languages load)", "second pass (models loaded)"):
        ours = base = 0.0
        for t in texts:  # interleaved, so that both see the same load on the machine
            ours += cpu(lambda d: clean(d, pipeline=pipeline), [t])
            base += cpu(ftfy.fix_text, [t])
        spaces = cpu(lambda d: _SPACES.sub(" ", d), texts)
        print(f"corpus, {label}: newsclean {ours:.2f} s, ftfy.fix_text {base:.2f} s, one \\s+ sub {spaces:.3f} s")
        print(f"  newsclean speed / ftfy speed: {base / ours:.2f}x\n")
        if label.startswith("first"):
            pipeline.reset_stats()
    print(stats_table(pipeline.stats), "\n")
    print(f"{'size':>6} {'newsclean s':>12} {'ftfy s':>8} {'sub s':>7} {'ratio':>6} {'peak MB':>8}")
    times: dict[float, float] = {}
    for mb in (float(s) for s in args.sizes.split(",")):
        docs = documents(int(mb * 1e6), texts)
        times[mb] = cpu(lambda d: clean(d, pipeline=pipeline), docs)
        ftfy_s = cpu(ftfy.fix_text, docs)
        sub_s = cpu(lambda d: _SPACES.sub(" ", d), docs)
        print(f"{mb:>5g}M {times[mb]:>12.2f} {ftfy_s:>8.2f} {sub_s:>7.3f} {ftfy_s / times[mb]:>6.2f} {peak_mb():>8.0f}")
    sizes = sorted(times)
    for small, large in zip(sizes, sizes[1:], strict=False):
        print(f"  {large:g} MB takes {times[large] / times[small]:.1f}x the time of {small:g} MB")
    if args.no_shapes:
        return
    real = cpu(lambda d: clean(d, pipeline=pipeline), documents(1_000_000, texts))
    print(f"\n1 MB of real text: {real:.2f} s")
    for name, text in shapes().items():
        took = cpu(lambda d: clean(d, pipeline=pipeline), [text])
        print(f"  {name:<18} {took:>7.2f} s  {took / real:>5.1f}x real text")


if __name__ == "__main__":
    main()
