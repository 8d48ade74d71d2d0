"""What the fitting scripts share: a weighted logistic fit, the parameters file, candidate pickers."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

PARAMS = Path(__file__).resolve().parents[2] / "src" / "newsclean" / "params"
Pages = dict[str, list[tuple[np.ndarray, np.ndarray]]]  # half -> one (features, labels) pair a page


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


def per_page_weights(pages: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Each page weighs the same, however many candidates it has."""
    return np.concatenate([np.full(len(y), 1.0 / len(y)) for _, y in pages if len(y)])


def fit_picker(pages: Pages, C: float, precision: float) -> tuple[dict, float, dict]:
    """Fit a model that picks one candidate a page, and the lowest threshold whose fit-half precision is enough.

    Returns the model, the threshold and a report: on each half, the share of
    pages whose answer is among the candidates, and the precision and recall
    of the best candidate when its probability reaches the threshold.
    """
    fit = [p for p in pages["fit"] if len(p[1])]
    model = fit_logistic(np.vstack([X for X, _ in fit]), np.concatenate([y for _, y in fit]), per_page_weights(fit), C)

    def outcome(half: str, threshold: float) -> tuple[float, float]:
        right = said = 0
        for X, y in pages[half]:
            if len(y):
                p = predict(model, X)
                k = int(np.argmax(p))
                if p[k] >= threshold:
                    said += 1
                    right += int(y[k])
        return right / max(1, said), right / max(1, len(pages[half]))

    threshold = next((float(t) for t in np.linspace(0.02, 0.98, 49) if outcome("fit", t)[0] >= precision), 0.98)
    report: dict = {"threshold": threshold}
    for half in ("fit", "check"):
        report[f"pages_{half}"] = len(pages[half])
        report[f"reachable_{half}"] = float(np.mean([bool(len(y) and y.max()) for _, y in pages[half]]))
        report[f"precision_{half}"], report[f"recall_{half}"] = outcome(half, threshold)
    return model, threshold, report


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
