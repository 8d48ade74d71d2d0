"""Fit the article-or-chrome decision of the ``boilerplate`` cleaner on the fit half.

    python benchmarks/fit/states.py boilerplate /tmp/states.pkl   # once: pages as boilerplate sees them
    python benchmarks/fit/boilerplate.py /tmp/states.pkl           # fit, report both halves, write params

A block is labelled article when most of its word trigrams (its words, for
a block of one or two) stand in the page's gold body.  Two logistic models
are fitted on the blocks of the fit half's pages, each page weighing the
same and each block by its words, as the body F1 counts them: the first on
a block's own measurements and its neighbours' (``blockfeatures.NAMES``),
the second adds what the first believes of the blocks around it.  The
threshold is the one that maximises the mean page F1 on the fit half.  The
check half is only scored, never fitted.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import fit_logistic, predict, write  # noqa: E402
from states import State, load  # noqa: E402

from newsclean.blockclass import body_span, classify, prose_stopwords  # noqa: E402
from newsclean.blockfeatures import NAMES, features, word_weights  # noqa: E402
from newsclean.cleaners.boilerplate import rule_keep  # noqa: E402
from newsclean.fitted import CONTEXT_NAMES, context_features  # noqa: E402

_TOK = regex.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOK.findall(unicodedata.normalize("NFKC", text).casefold())


def label(unit_tokens: list[str], gold_grams: set, gold_lines: set) -> float:
    """1.0 when the block stands in the gold body, as the scorer would count it."""
    if len(unit_tokens) >= 3:
        grams = [tuple(unit_tokens[i : i + 3]) for i in range(len(unit_tokens) - 2)]
        return float(sum(g in gold_grams for g in grams) >= 0.5 * len(grams))
    return float(tuple(unit_tokens) in gold_lines)


def page_rows(state: State) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Features, labels and word counts of one page's blocks."""
    units = classify(state.text, state.language)
    span = body_span(units)
    if span is None:
        return None  # no prose at all: the cleaner leaves such a page alone
    body = state.gold.get("body") or []
    gold_tokens = tokens("\n".join(body))
    grams = {tuple(gold_tokens[i : i + 3]) for i in range(len(gold_tokens) - 2)}
    lines = {tuple(tokens(line)) for line in body}
    unit_tokens = [tokens(u.text) for u in units]
    stops = prose_stopwords(state.language)
    rules = rule_keep(state.text, units, span, (), stops)
    X = np.array(features(units, stops, span, rules), dtype=float)
    y = np.array([label(t, grams, lines) for t in unit_tokens])
    w = np.array(word_weights(units))
    return X, y, w


def page_f1(y: np.ndarray, w: np.ndarray, keep: np.ndarray) -> float:
    """The body F1 of one page, as block word counts approximate it."""
    tp = float((w * y * keep).sum())
    kept, gold = float((w * keep).sum()), float((w * y).sum())
    if not kept or not gold or not tp:
        return float(kept == gold == 0)
    p, r = tp / kept, tp / gold
    return 2 * p * r / (p + r)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("states", type=Path, help="the pages as boilerplate sees them (made by states.py)")
    ap.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--dry-run", action="store_true", help="report, but do not write the parameters")
    ap.add_argument("--features", type=Path, help="cache the blocks' features here (delete it when they change)")
    args = ap.parse_args()
    if args.features and args.features.exists():
        pages = pickle.loads(args.features.read_bytes())
    else:
        pages = {"fit": [], "check": []}
        states = [s for s in load("boilerplate", args.states) if not s.paged]
        with ProcessPoolExecutor() as pool:
            for s, rows in zip(states, pool.map(page_rows, states, chunksize=16), strict=True):
                if rows is not None:
                    pages[s.half].append((f"{s.set}/{s.renderer}/{s.page}", *rows))
        if args.features:
            args.features.write_bytes(pickle.dumps(pages))
    print({h: len(p) for h, p in pages.items()}, "pages")

    def stacked(half: str, weight: bool = True):
        X = np.vstack([p[1] for p in pages[half]])
        y = np.concatenate([p[2] for p in pages[half]])
        # Each page weighs the same; within it, each block by its words.
        w = np.concatenate([p[3] / max(1.0, p[3].sum()) for p in pages[half]])
        return X, y, w

    X, y, w = stacked("fit")
    first = fit_logistic(X, y, w, args.C)

    def second_rows(half: str) -> np.ndarray:
        out = []
        for _, Xp, _, wp in pages[half]:
            out.append(np.hstack([Xp, np.array(context_features(predict(first, Xp).tolist(), wp.tolist()))]))
        return np.vstack(out)

    second = fit_logistic(second_rows("fit"), y, w, args.C)

    def scores(half: str, threshold: float) -> float:
        f1 = []
        for _, Xp, yp, wp in pages[half]:
            X2 = np.hstack([Xp, np.array(context_features(predict(first, Xp).tolist(), wp.tolist()))])
            f1.append(page_f1(yp, wp, predict(second, X2) >= threshold))
        return float(np.mean(f1))

    grid = np.linspace(0.2, 0.8, 25)
    fit_scores = [scores("fit", t) for t in grid]
    threshold = float(grid[int(np.argmax(fit_scores))])
    report = {
        "threshold": threshold,
        "block_f1_fit": scores("fit", threshold),
        "block_f1_check": scores("check", threshold),
        "keep_all_fit": float(np.mean([page_f1(p[2], p[3], np.ones_like(p[2])) for p in pages["fit"]])),
        "keep_all_check": float(np.mean([page_f1(p[2], p[3], np.ones_like(p[2])) for p in pages["check"]])),
    }
    for half in ("fit", "check"):
        rules = [page_f1(p[2], p[3], p[1][:, NAMES.index("rules_keep")] == 1) for p in pages[half]]
        report[f"rules_{half}"] = float(np.mean(rules))
    for k, v in report.items():
        print(f"{k:>16}: {v:.4f}")
    names = [*NAMES, *CONTEXT_NAMES]
    weights = sorted(zip(names, second["coef"], strict=True), key=lambda nv: -abs(nv[1]))
    print("strongest weights:", ", ".join(f"{n} {v:+.2f}" for n, v in weights[:12]))
    if not args.dry_run:
        what = "is a block of a web page article (1) or chrome (0); see benchmarks/fit/boilerplate.py"
        features = [*NAMES, *CONTEXT_NAMES]
        write("boilerplate", what, features, first=first, second=second, threshold=threshold, report=report)


if __name__ == "__main__":
    main()
