"""Fit the ``byline`` cleaner's model: which name near the article is its author's.

    python benchmarks/fit/states.py metadata /tmp/states-md.pkl   # once: texts as metadata sees them
    python benchmarks/fit/byline.py /tmp/states-md.pkl             # fit, report both halves, write params

Each page is run through ``metadata``; where it found no author, every
candidate name of ``byline.candidates`` is labelled by whether it is one of
the gold authors.  Pages whose gold names no author stay in: there "none"
is the right choice, and the threshold must learn it.  A ranker (a conditional logit with a choice of "none") is
fitted on the fit half.  The threshold, on the best candidate's share beside the
others and "none", is the lowest whose precision on the fit half reaches
``--precision``: a wrong author is worse than none.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Pages, norm, ranker_main  # noqa: E402

from newsclean.cleaners.byline import FEATURES, candidates  # noqa: E402
from newsclean.cleaners.metadata import Metadata  # noqa: E402
from newsclean.page import Page  # noqa: E402


def collect(states) -> Pages:
    """{half: [(features, labels) of one page's candidates]}, for pages metadata left without author."""
    pages: Pages = {"fit": [], "check": []}
    for state in states:
        if "authors" not in state.gold:
            continue
        gold = {norm(a) for a in state.gold["authors"] if a}
        draft = state.draft()
        draft.tracked.apply(Metadata().propose(draft.text, draft), "metadata")
        if draft.meta.get("authors"):
            continue
        taken = [r for r in draft.tracked.removed if r.cleaner == "metadata"]
        found = candidates(Page(draft.text, draft.language), taken, draft.tracked)
        X = np.array([c.features for c in found]).reshape(len(found), len(FEATURES))
        names = [norm(c.name) for c in found]  # a name found twice is one choice
        pages[state.half].append((X, np.array([float(n in gold) for n in names]), names))
    return pages


if __name__ == "__main__":
    ranker_main(__doc__, "byline", "is a name near the article its author's", FEATURES, collect)
