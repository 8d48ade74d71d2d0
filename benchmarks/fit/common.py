"""What the fitting scripts share: a weighted logistic fit, the parameters file, candidate pickers."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

PARAMS = Path(__file__).resolve().parents[2] / "src" / "newsclean" / "params"
# half -> one (features, labels) a page, or (features, labels, keys): candidates of equal keys are one choice
Pages = dict[str, list[tuple]]


def norm(s: str | None) -> str:
    """Text as the benchmark's scorers compare it: NFKC, case-folded, spaces folded."""
    return " ".join(unicodedata.normalize("NFKC", s or "").casefold().split())


def fit_logistic(X: np.ndarray, y: np.ndarray, w: np.ndarray, C: float = 1.0) -> dict:
    """Standardise, fit, and return the model as the plain numbers ``newsclean.fitted.Logistic`` reads."""
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=3000).fit((X - mean) / scale, y, sample_weight=w)
    return {
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "coef": model.coef_[0].tolist(),
        "intercept": float(model.intercept_[0]),
    }


def predict(params: dict, X: np.ndarray) -> np.ndarray:
    z = ((X - np.array(params["mean"])) / np.array(params["scale"])) @ np.array(params["coef"]) + params["intercept"]
    return 1 / (1 + np.exp(-z))


def fit_ranker(pages: Pages, C: float = 1.0) -> dict:
    """Fit a choice among each page's candidates, or none of them (a conditional logit with a null choice).

    A candidate's score is ``x · coef`` (standardised); "none" scores ``null``.
    The likelihood of a page is the softmax share of its right candidates, or
    of "none" when no candidate is right, so the model learns both which
    candidate is likeliest and when even the likeliest is not to be trusted.
    """
    from scipy.optimize import minimize

    fit = [(X, y) for X, y, *_ in pages["fit"] if len(y)]
    X_all = np.vstack([X for X, _ in fit])
    mean, scale = X_all.mean(axis=0), X_all.std(axis=0)
    scale[scale == 0] = 1.0
    data = [((X - mean) / scale, y.astype(bool)) for X, y in fit]
    dims = X_all.shape[1]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        coef, null = theta[:dims], theta[dims]
        total, grad = 0.0, np.zeros_like(theta)
        for Z, right in data:
            s = np.append(Z @ coef, null)
            s -= s.max()
            e = np.exp(s)
            p = e / e.sum()
            target = np.append(right, not right.any())
            q = p * target / (p * target).sum()
            total -= np.log((p * target).sum())
            diff = p - q  # d(-log share)/d score
            grad[:dims] += diff[:-1] @ Z
            grad[dims] += diff[-1]
        total += 0.5 / C * float(coef @ coef)
        grad[:dims] += coef / C
        return total / len(data), grad / len(data)

    theta = minimize(loss, np.zeros(dims + 1), jac=True, method="L-BFGS-B").x
    return {"mean": mean.tolist(), "scale": scale.tolist(), "coef": theta[:dims].tolist(), "null": float(theta[dims])}


def choose(model: dict, X: np.ndarray, same: Sequence | None = None) -> tuple[int, float]:
    """The ranker's likeliest candidate and its share beside "none" (as ``newsclean.fitted.Ranker`` computes it).

    Candidates with equal ``same`` keys are one choice: their shares add up.
    """
    s = ((X - np.array(model["mean"])) / np.array(model["scale"])) @ np.array(model["coef"])
    top = max(float(s.max()), model["null"])
    shares = np.exp(s - top) / (np.exp(s - top).sum() + np.exp(model["null"] - top))
    keys = list(range(len(s))) if same is None else list(same)
    pooled: dict = {}
    for key, share in zip(keys, shares, strict=True):
        pooled[key] = pooled.get(key, 0.0) + float(share)
    best = max(pooled, key=pooled.__getitem__)
    k = max((i for i, key in enumerate(keys) if key == best), key=lambda i: s[i])
    return k, pooled[best]


def rank_report(model: dict, pages: Pages, precision: float) -> tuple[float, dict]:
    """The lowest threshold whose fit-half precision reaches ``precision``, and both halves' outcomes at it."""

    def outcome(half: str, threshold: float) -> tuple[float, float]:
        right = said = 0
        for X, y, *same in pages[half]:
            if len(y):
                k, share = choose(model, X, *same)
                if share >= threshold:
                    said += 1
                    right += int(y[k])
        return right / max(1, said), right / max(1, len(pages[half]))

    threshold = next((float(t) for t in np.linspace(0.0, 0.98, 50) if outcome("fit", t)[0] >= precision), 0.98)
    report: dict = {"threshold": threshold}
    for half in ("fit", "check"):
        report[f"pages_{half}"] = len(pages[half])
        report[f"reachable_{half}"] = float(np.mean([bool(len(y) and y.max()) for _, y, *_ in pages[half]]))
        report[f"best_right_{half}"] = outcome(half, 0.0)[1]
        report[f"precision_{half}"], report[f"recall_{half}"] = outcome(half, threshold)
    return threshold, report


def cached(path: Path | None, make):
    """``make()``, kept in ``path`` (a pickle) for the next run when a path is given."""
    import pickle

    if path is not None and path.exists():
        return pickle.loads(path.read_bytes())
    value = make()
    if path is not None:
        path.write_bytes(pickle.dumps(value))
    return value


def show(report: dict, names: Sequence[str], coef: Sequence[float]) -> None:
    for k, v in report.items():
        print(f"{k:>18}: {v:.4f}" if isinstance(v, float) else f"{k:>18}: {v}")
    print("weights:", ", ".join(f"{n} {c:+.2f}" for n, c in zip(names, coef, strict=True)))


def write(name: str, what: str, features: Sequence[str], **fields) -> None:
    """Write ``params/<name>.json``: what the model decides, on what it was fitted, its numbers."""
    path = PARAMS / f"{name}.json"
    record = {
        "what": what,
        "fitted_on": "the fit half of web-dev, web-wcxb and pdf-dev (benchmarks/split.py)",
        "features": list(features),
        **fields,
    }
    path.write_text(json.dumps(record, indent=1) + "\n", "utf-8")
    print(f"wrote {path}")


def ranker_main(doc: str, name: str, what: str, features: Sequence[str], collect) -> None:
    """The command line of a ranker's fitting script: collect each page's candidates, fit, report, write."""
    import argparse

    from states import load

    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("states", type=Path, help="the texts as metadata sees them (made by states.py)")
    ap.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--precision", type=float, default=0.8, help="precision the threshold must reach on the fit half")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--pages", type=Path, help="keep the candidates here, for the next run")
    args = ap.parse_args()
    pages = cached(args.pages, lambda: collect(load("metadata", args.states)))
    model = fit_ranker(pages, args.C)
    threshold, report = rank_report(model, pages, args.precision)
    show(report, features, model["coef"])
    if not args.dry_run:
        write(name, f"{what}; see benchmarks/fit/{name}.py", features, model=model, threshold=threshold, report=report)
