"""Mojibake repaired by the ``unicode`` cleaner beside ftfy.fix_text, on ftfy's cases and on real news.

1. ftfy's own test cases (``../shared/bench/ftfy-cases``): how many each
   repairs as ftfy's suite expects, compared with quotes folded, by the
   cleaner alone and through the whole pipeline (where the output for the
   mojibake must equal the output for the text ftfy's suite expects).
2. Paragraphs of news articles (the gold bodies of ``../shared/bench/web-wcxb``),
   each written as UTF-8 and read back through one of five code pages: how
   many come back as they were.  ``--split even`` (the default) reads the
   articles with even ids, ``odd`` those with odd ids, ``all`` both.

    python benchmarks/mojibake_repair.py --split odd
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import ftfy

from newsclean import clean
from newsclean.cleaners.unicode import Unicode
from newsclean.testing import run_cleaner
from newsclean.testing.mixups import CASE_FILES, MIXUPS, fold, mix_up, read_cases

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
UNICODE = Unicode()


def repaired(text: str) -> str:
    return run_cleaner(UNICODE, text).text


def cases() -> None:
    folder = BENCH / "ftfy-cases"
    print(f"ftfy's cases ({folder}), quotes folded")
    print(f"{'file':<16} {'cases':>6} {'unicode':>8} {'pipeline':>9} {'ftfy':>6} {'untouched':>10}")
    for name in CASE_FILES:
        found = read_cases(folder, name)
        ours = sum(fold(repaired(c.original)) == fold(c.fixed) for c in found)
        whole = sum(fold(clean(c.original).text) == fold(clean(c.fixed).text) for c in found)
        base = sum(fold(ftfy.fix_text(c.original)) == fold(c.fixed) for c in found)
        kept = sum(repaired(c.original) == c.original for c in found) if name == "negative" else ""
        print(f"{name:<16} {len(found):>6} {ours:>8} {whole:>9} {base:>6} {kept:>10}")


def paragraphs(split: str) -> list[str]:
    out = []
    for path in sorted((BENCH / "web-wcxb" / "gold").glob("*.json")):
        if split != "all" and int(path.stem) % 2 != (split == "odd"):
            continue
        body = json.loads(path.read_text("utf-8")).get("body") or []
        out += [p for p in body if isinstance(p, str) and not p.isascii()]
    return out


def news(split: str, show: int) -> None:
    texts = paragraphs(split)
    print(f"\nnews paragraphs with a non-ASCII character, {split} ids: {len(texts)}")
    print(f"{'mix-up':<22} {'unicode':>8} {'ftfy':>8} {'only ftfy':>10} {'only unicode':>13}")
    for encoding in MIXUPS:
        ours = base = only_base = only_ours = 0
        for text in texts:
            broken = mix_up(text, encoding)
            want = fold(text)
            a = fold(repaired(broken)) == want
            b = fold(ftfy.fix_text(broken)) == want
            ours, base = ours + a, base + b
            only_base += b and not a
            only_ours += a and not b
            if b and not a and show > 0:
                show -= 1
                print(f"  ftfy alone repairs {broken[:100]!r}", file=sys.stderr)
        n = len(texts)
        print(f"{encoding:<22} {ours / n:>8.2%} {base / n:>8.2%} {only_base:>10} {only_ours:>13}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("even", "odd", "all"), default="even")
    ap.add_argument("--show", type=int, default=0, help="print up to N paragraphs ftfy repairs and the cleaner not")
    args = ap.parse_args()
    if not BENCH.is_dir():
        sys.exit(f"no benchmark data at {BENCH}")
    cases()
    news(args.split, args.show)


if __name__ == "__main__":
    main()
