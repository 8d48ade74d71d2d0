"""Fit the ``dateline`` cleaner's model: which date near the article is its publication date.

    python benchmarks/fit/states.py metadata /tmp/states-md.pkl   # once: texts as metadata sees them
    python benchmarks/fit/dateline.py /tmp/states-md.pkl             # fit, report both halves, write params

Each page is run through ``metadata``; where it found no date, every
candidate of ``dateline.candidates`` is labelled by whether it is the gold
date.  A ranker (a conditional logit with a choice of "none") is fitted on
the fit half.  The threshold, on the best candidate's share beside the
others and "none", is the lowest whose precision on the fit half reaches
``--precision``: a wrong date is worse than none.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Pages, ranker_main  # noqa: E402

from newsclean.cleaners.dateline import FEATURES, candidates  # noqa: E402
from newsclean.cleaners.metadata import Metadata  # noqa: E402
from newsclean.page import Page  # noqa: E402


def collect(states) -> Pages:
    """{half: [(features, labels) of one page's candidates]}, for pages metadata left without date."""
    pages: Pages = {"fit": [], "check": []}
    for state in states:
        gold = state.gold.get("date_iso") or state.gold.get("date")
        if not gold:
            continue
        draft = state.draft()
        draft.tracked.apply(Metadata().propose(draft.text, draft), "metadata")
        if draft.meta.get("published"):
            continue
        found = candidates(Page(draft.text, draft.language))
        X = np.array([c.features for c in found]).reshape(len(found), len(FEATURES))
        pages[state.half].append((X, np.array([float(c.iso == gold) for c in found])))
    return pages


if __name__ == "__main__":
    ranker_main(__doc__, "dateline", "is a date near the article its publication date", FEATURES, collect)
