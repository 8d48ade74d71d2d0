"""Fit how the ``metadata`` cleaner weighs the lines above an article when it picks the headline.

    python benchmarks/fit/states.py metadata /tmp/states-md.pkl   # once: texts as metadata sees them
    python benchmarks/fit/headline.py /tmp/states-md.pkl           # fit, report both halves, write params

The cleaner measures each candidate line above the article with
``metadata.headline_features`` (and how its relevance compares with the
others') and takes the best.  Here every page of the
fit half is run through the cleaner with the scoring recorded; a candidate
is labelled right when it is the gold title (or its first line, when the
title wraps).  A ranker (a conditional logit) is fitted on the fit half's
candidates; both halves report how often the best-scored
candidate is right, beside the hand-set weights it replaces.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import cached, fit_ranker, norm, show, write  # noqa: E402
from states import load  # noqa: E402

import newsclean.cleaners.metadata as metadata  # noqa: E402


def is_title(text: str, gold: dict) -> bool:
    """Is ``text`` the gold title, or its first line of two or more?"""
    t = norm(text)
    titles = {norm(v) for v in [gold.get("title"), *(gold.get("title_variants") or [])] if v}
    return bool(t) and any(t == g or (g.startswith(t) and len(t) >= 0.4 * len(g)) for g in titles)


def collect(states) -> dict[str, list[tuple[np.ndarray, np.ndarray]]]:
    """{half: [(features, labels) of one page's candidates]} for pages whose gold title is a candidate."""
    pages: dict[str, list] = {"fit": [], "check": []}
    calls: list[tuple[list[str], list[list[float]]]] = []

    def record(lines, rows):
        calls.append((lines, rows))
        return 0

    metadata._pick_headline = record
    cleaner = metadata.Metadata()
    for state in states:
        if not state.gold.get("title"):
            continue
        calls.clear()
        list(cleaner.propose(state.text, state.draft()))
        if not calls:
            continue
        lines, rows = calls[-1]
        X = np.array(rows)
        y = np.array([float(is_title(t, state.gold)) for t in lines])
        pages[state.half].append((X, y))
    return pages


def hand_score(X: np.ndarray) -> np.ndarray:
    """The weights the cleaner had before they were fitted, on the same features."""
    f = {n: X[:, k] for k, n in enumerate(metadata.HEADLINE_FEATURES)}
    return (
        f["relevance"] - 0.3 * f["distance"] + 0.25 * (f["repeated"] + f["dated"]) - 0.2 * f["label"] - 0.1 * f["short"]
    )


def accuracy(pages, score) -> float:
    """Share of pages whose best-scored candidate is the title."""
    return float(np.mean([y[int(np.argmax(score(X) + np.arange(len(y)) * 1e-6))] for X, y in pages]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("states", type=Path, help="the texts as metadata sees them (made by states.py)")
    ap.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--pages", type=Path, help="keep the candidates here, for the next run")
    args = ap.parse_args()
    pages = cached(args.pages, lambda: collect(load("metadata", args.states)))
    print({h: len(p) for h, p in pages.items()}, "pages with candidates")
    model = fit_ranker(pages, args.C)

    def score(Xp: np.ndarray) -> np.ndarray:
        return ((Xp - np.array(model["mean"])) / np.array(model["scale"])) @ np.array(model["coef"])

    report = {}
    for half in ("fit", "check"):
        report[f"fitted_{half}"] = accuracy(pages[half], score)
        report[f"hand_{half}"] = accuracy(pages[half], hand_score)
        report[f"reachable_{half}"] = float(np.mean([y.max() for _, y in pages[half]]))
    show(report, metadata.HEADLINE_FEATURES, model["coef"])
    if not args.dry_run:
        what = "is a line above the article its headline; see benchmarks/fit/headline.py"
        write("headline", what, metadata.HEADLINE_FEATURES, model=model, threshold=0.0, report=report)


if __name__ == "__main__":
    main()
