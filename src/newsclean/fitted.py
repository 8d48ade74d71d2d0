"""Decisions fitted on data: the weights live in ``params/*.json``, the scripts that fit them in ``benchmarks/fit/``.

A model here is linear over named measurements, stored as plain numbers
(means, scales, weights), so applying it needs no fitting library (numpy
weighs a page's blocks together) and its file says what it was fitted on.
``Stacked`` labels every block of a page: a second logistic model reads
what the first believes of the neighbouring blocks, as a reader judges a
short line by the prose around it.  ``Ranker`` picks one
candidate of many (the headline, the author's name, the date), or none
when even the likeliest is not likely enough.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import cache, reduce
from importlib import resources
from operator import add, mul, sub, truediv

CONTEXT_NAMES = ("p_prev", "p_next", "p_window", "p_window_max", "mass_before", "mass_after")


@dataclass(frozen=True, slots=True)
class Logistic:
    """``sigmoid(((x - mean) / scale) · coef + intercept)``."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    @classmethod
    def from_dict(cls, d: dict) -> Logistic:
        return cls(tuple(d["mean"]), tuple(d["scale"]), tuple(d["coef"]), float(d["intercept"]))

    def __call__(self, row: Sequence[float]) -> float:
        if len(row) != len(self.coef):
            raise ValueError(f"{len(row)} measurements for a model of {len(self.coef)}")
        # ``z = intercept; z += (x - m) / s * c`` for each measurement in turn, the same sums in the same
        # order, folded in C: a page has hundreds of blocks and each is weighed twice.
        z = reduce(add, map(mul, map(truediv, map(sub, row, self.mean), self.scale), self.coef), self.intercept)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def many(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """``[self(row) for row in rows]``, each measurement's term made for all rows at once.

        The same operations on each row, in the same order (``z = intercept``, then ``z += (x - m) / s * c``
        per measurement), so each number is the one ``__call__`` gives; numpy does them a column at a time.
        """
        import numpy as np  # on first use: loaded anyway by the language identifier

        if not rows:
            return []
        x = np.array(rows, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != len(self.coef):
            raise ValueError(f"{x.shape[-1]} measurements for a model of {len(self.coef)}")
        z = np.full(len(rows), self.intercept)
        for j, (m, s, c) in enumerate(zip(self.mean, self.scale, self.coef, strict=True)):
            z += (x[:, j] - m) / s * c
        return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for v in z.tolist()]


@dataclass(frozen=True, slots=True)
class Ranker:
    """A choice among candidates, or none: each scores ``((x - mean) / scale) · coef``, "none" scores ``null``.

    The share of the best candidate beside the others and "none" (a softmax)
    is how sure the choice is; below ``threshold`` nothing is chosen.
    """

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    null: float
    threshold: float

    def score(self, row: Sequence[float]) -> float:
        if len(row) != len(self.coef):
            raise ValueError(f"{len(row)} measurements for a model of {len(self.coef)}")
        # ``(x - m) / s * c`` for each measurement, summed in order by ``sum`` as before, the terms made in C.
        return sum(map(mul, map(truediv, map(sub, row, self.mean), self.scale), self.coef))

    def choose(self, rows: Sequence[Sequence[float]], same: Sequence[Hashable] | None = None) -> int | None:
        """The index of the likeliest row, if its share reaches the threshold.

        Rows with equal ``same`` keys are one choice (a name found twice on a page
        is one author): their shares add up, as the fitted likelihood adds them,
        and the best-scored row stands for them.
        """
        if not rows:
            return None
        scores = [self.score(r) for r in rows]
        top = max(max(scores), self.null)
        shares = [math.exp(s - top) for s in scores]
        total = sum(shares) + math.exp(self.null - top)
        keys: Sequence[Hashable] = range(len(rows)) if same is None else same
        pooled: dict[Hashable, float] = {}
        for key, share in zip(keys, shares, strict=True):
            pooled[key] = pooled.get(key, 0.0) + share
        chosen = max(pooled, key=pooled.__getitem__)
        best = max((k for k, key in enumerate(keys) if key == chosen), key=scores.__getitem__)
        return best if pooled[chosen] / total >= self.threshold else None


@dataclass(frozen=True, slots=True)
class Stacked:
    """Two logistic models and the threshold over the second's probability."""

    first: Logistic
    second: Logistic
    threshold: float

    def probabilities(self, rows: Sequence[Sequence[float]], weights: Sequence[float]) -> list[float]:
        first = self.first.many(rows)
        return self.second.many([[*r, *c] for r, c in zip(rows, context_features(first, weights), strict=True)])


def context_features(probs: Sequence[float], weights: Sequence[float], reach: int = 3) -> list[list[float]]:
    """What the first model believes around each block, in the order of ``CONTEXT_NAMES``.

    ``weights`` are the blocks' word counts: the article's mass before and
    after a block tells a teaser below the article from a paragraph in it.
    """
    probs, weights = list(probs), list(weights)
    n = len(probs)
    mass = [p * w for p, w in zip(probs, weights, strict=True)]
    total = sum(mass) or 1.0
    rows = []
    before = 0.0
    # Each block's neighbours are read as slices (the same numbers, added in the same order).
    for i in range(n):
        lo, hi = max(0, i - reach), min(n, i + reach + 1)
        near_weight = sum(weights[lo:i] + weights[i + 1 : hi])
        near_probs = probs[lo:i] + probs[i + 1 : hi]
        rows.append(
            [
                probs[i - 1] if i > 0 else 0.0,
                probs[i + 1] if i + 1 < n else 0.0,
                sum(mass[lo:i] + mass[i + 1 : hi]) / near_weight if near_weight else 0.0,
                max(near_probs, default=0.0),
                before / total,
                (total - before - mass[i]) / total,
            ]
        )
        before += mass[i]
    return rows


@cache
def _params(name: str) -> dict:
    return json.loads(resources.files(__package__).joinpath("params", f"{name}.json").read_text("utf-8"))


@cache
def stacked(name: str) -> Stacked:
    """The fitted two-stage model ``params/<name>.json``, loaded once."""
    d = _params(name)
    return Stacked(Logistic.from_dict(d["first"]), Logistic.from_dict(d["second"]), float(d["threshold"]))


@cache
def ranker(name: str) -> Ranker:
    """The fitted choice among candidates ``params/<name>.json``, loaded once."""
    d = _params(name)
    m = d["model"]
    return Ranker(tuple(m["mean"]), tuple(m["scale"]), tuple(m["coef"]), float(m["null"]), float(d["threshold"]))
