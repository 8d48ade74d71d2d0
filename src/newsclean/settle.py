"""The fixed point: cleaners that judge a block by its neighbours run again on the canonical output.

Most cleaners repair what they see in a line and are idempotent by
themselves.  A few decide from context that their own output changes: the
title is the first title-like line (on the output, that is the first
paragraph left), chrome is what sits around the article, a running header
is a line that repeats; the page breaks a printed page was judged by are
gone from the output.  Cleaning the output again would make them decide
anew.  So, as ftfy's ``fix_and_explain`` repeats its fixes until the text
stops changing, the pipeline runs the cleaners that declare ``settle`` on
the canonical text, exactly as a second ``clean`` would see it, and keeps
what they change (traced to raw offsets like any change) until a round
changes nothing.  Only those cleaners run again, so the check costs a
fraction of a pass.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

from .cleaner import Cleaner, Draft
from .records import Change
from .tracking import TrackedText

# Rounds at most.  Each round that changes the text removes or joins something; most pages need one, a
# page whose blank lines double spacing takes out a few at a time (each join shows the next) a dozen.
MAX_ROUNDS = 16
_REPEATS = 8
# How ``assemble`` reads paragraphs: lines with no empty line between them.
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_WORD = re.compile(r"\S+")


def canonical(text: str) -> str:
    """The document text ``assemble`` makes of ``text``: one line per paragraph, one blank line between."""
    paras = [" ".join(m.group().split()) for m in _PARAGRAPH.finditer(text)]
    paras = [p for p in paras if p]
    return "\n\n".join(paras) + "\n" if paras else ""


def canonical_changes(text: str) -> list[Change]:
    """Whitespace changes that turn ``text`` into ``canonical(text)``."""
    changes: list[Change] = []
    pos, para = 0, -1  # end of the last word, and its paragraph
    for k, m in enumerate(_PARAGRAPH.finditer(text)):
        for w in _WORD.finditer(m.group()):
            start, end = m.start() + w.start(), m.start() + w.end()
            gap = "" if para < 0 else (" " if para == k else "\n\n")
            if text[pos:start] != gap:
                changes.append(Change(pos, start, gap, "canonical whitespace"))
            pos, para = end, k
    tail = "\n" if para >= 0 else ""
    if text[pos:] != tail:
        changes.append(Change(pos, len(text), tail, "canonical whitespace"))
    return changes


def settle(draft: Draft, cleaners: Sequence[Cleaner], *, rounds: int = MAX_ROUNDS) -> int:
    """Run the ``settle`` cleaners on ``draft``'s canonical text until a round changes nothing; return rounds kept.

    Each round runs on a fresh draft of the canonical text (its own raw
    text, metadata and hints, as a second ``clean`` would; the language is
    the first pass's).  A
    round that changes the canonical text is replayed onto ``draft``: the
    same changes against the same text, so their offsets compose back to
    the raw input; what it finds joins ``draft.meta`` without replacing
    what the first pass found.
    """
    settling = [c for c in cleaners if c.settle]
    kept = 0
    if not settling:
        return kept
    for _ in range(rounds):
        text = canonical(draft.text)
        if text == draft.tracked.raw:
            break  # the input was its own output: a second pass would be this pass again
        # The language of the first pass: detecting it again costs a quarter of a round, and the
        # canonical text of a page is in the language of its raw text.
        trial = Draft(TrackedText(text), language=draft.language)
        # Blocks are labelled from their lines alone: those the first pass or an earlier round labelled are
        # looked up, not labelled again.
        trial._labels = draft._labels
        proposed: list[tuple[str, list[Change]]] = []
        for cleaner in settling:
            if not cleaner.could_apply(trial.text, trial):
                continue  # its prefilter says it would change and find nothing here, as in the pipeline
            # A cleaner whose decision hangs on the line before (reflow joining one more paragraph each
            # time, metadata taking the next title-like line of a menu) runs until it holds, so a cascade
            # takes one round and not one per step.  Each run sees the metadata as a second pass would,
            # without what its own earlier runs found (a title found stops no search for the next).
            known = copy.deepcopy(trial.meta)
            found: dict[str, Any] = {}
            for _ in range(_REPEATS):
                trial.meta = copy.deepcopy(known)
                changes = list(cleaner.propose(trial.text, trial))
                _merge(found, trial.meta)
                if not trial.tracked.apply(changes, cleaner.name):
                    break
                proposed.append((cleaner.name, changes))
            trial.meta = found
        if canonical(trial.text) == text:
            break
        draft.tracked.apply(canonical_changes(draft.text), "reflow")
        for name, changes in proposed:
            draft.tracked.apply(changes, name)
        _merge(draft.meta, trial.meta)
        kept += 1
    return kept


# Fields read beside the title (the label over it, the standfirst under it): a round's belong to its own title.
_BESIDE_TITLE = ("section", "subtitle")


def _merge(meta: dict[str, Any], found: dict[str, Any]) -> None:
    """Add what ``found`` holds to ``meta``: new list items, and fields ``meta`` lacks.

    A round that took some other line for the title than the first pass
    did found the section and standfirst of that line, not of the article's.
    """
    other_title = bool(meta.get("title")) and found.get("title", meta["title"]) != meta["title"]
    for key, value in found.items():
        if isinstance(value, list):
            meta.setdefault(key, []).extend(v for v in value if v not in meta.get(key, ()))
        elif value and not meta.get(key) and not (other_title and key in _BESIDE_TITLE):
            meta[key] = value
