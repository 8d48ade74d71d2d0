"""Measurements of a page's blocks, from which a fitted model tells article from chrome.

Each block gets the same numbers, in the order of ``NAMES``: its own shape
(length, stopword density, sentences, capitals, chrome phrases…), where it
stands on the page, and the shape of its neighbours.  The numbers are cheap,
computed in one pass, and language-neutral where they can be (stopwords are
the language's most frequent words).  ``benchmarks/fit/boilerplate.py`` fits
the weights that ``fitted.py`` applies to them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import regex

from .blockclass import Unit
from .textutil import SENTENCE_END, URL

_SEPARATOR_CHARS = "|·•»›>/«‹<"  # counted one by one in C: each is one character
_ASCII_DIGITS = "0123456789"  # ``\p{N}`` in ASCII text
_BRACKETED = regex.compile(r"\[[^\]\n]{0,80}\]")
_DIGIT = regex.compile(r"\p{N}")

# The block's own shape.
OWN = (
    "log_tokens",
    "log_lines",
    "stop_density",
    "log_sentences",
    "ends_sentence",
    "capitalised",
    "chrome_phrase",
    "form_or_notice",
    "bullets",
    "title_case_run",
    "teaser",
    "date_line",
    "heads_links",
    "heads_comments",
    "heads_appendix",
    "label_good",
    "label_bad",
    "digits",
    "separators",
    "brackets",
    "url",
    "repeated",
    "word_length",
    "commas",
    "cjk",
)
# Where it stands, and what stands around it.
CONTEXT = (
    "in_span",
    "position",
    "after_comments",
    "after_links",
    "prev_stop_density",
    "next_stop_density",
    "prev_log_tokens",
    "next_log_tokens",
    "prev_good",
    "next_good",
    "window_density",
    "window_good_share",
    "rules_keep",
)
NAMES = OWN + CONTEXT
_WORD = regex.compile(r"\w+")


def word_weights(units: Sequence[Unit]) -> list[float]:
    """How much each block weighs in a page's text: its words, as a body's F1 counts them."""
    return [float(len(_WORD.findall(u.text))) for u in units]


def _has_url(text: str) -> bool:
    """``URL.search(text)``, run only on text holding ``://`` or ``www.`` (in any case), as every web address does."""
    return ("://" in text or "www." in text.lower()) and URL.search(text) is not None


def own_features(unit: Unit, stops: frozenset[str], repeats: Counter[str]) -> list[float]:
    """The numbers that describe one block by itself, in the order of ``OWN``.

    What labelling the block already measured (its tokens, sentences, chrome phrases…) is read from its
    ``Measures``, not measured again.
    """
    m = unit.measured(stops)
    text = m.text
    tokens = m.tokens
    n_tok = len(tokens)
    chars = max(1, len(text))
    words = max(1, m.words)
    return [
        math.log1p(n_tok),
        math.log1p(len(unit.lines)),
        m.density,
        math.log1p(m.sentences),
        float(bool(SENTENCE_END.search(text))),
        m.capitals[1],
        float(m.chrome),
        float(m.notice),
        m.bullets / len(unit.lines),
        float(m.title_case_run),
        float(m.teaser),
        float(m.date_line),
        float(m.heads_links),
        float(m.heads_comments),
        float(m.heads_appendix),
        float(unit.label == "good"),
        float(unit.label == "bad"),
        (sum(map(text.count, _ASCII_DIGITS)) if text.isascii() else len(_DIGIT.findall(text))) / chars,
        sum(map(text.count, _SEPARATOR_CHARS)) / words,
        len(_BRACKETED.findall(text)) / words,
        float(_has_url(text)),
        float(repeats[text] > 1),
        sum(map(len, tokens)) / max(1, n_tok) / 10,
        text.count(",") / words,
        min(1.0, m.cjk / chars * 4),
    ]


def features(
    units: Sequence[Unit],
    stops: frozenset[str],
    span: tuple[int, int] | None,
    rules: Sequence[bool] | None = None,
) -> list[list[float]]:
    """One row of numbers per block, in the order of ``NAMES``.

    ``span`` is the article's run of prose (``blockclass.body_span``), which the caller has already found;
    ``rules``: what ``boilerplate.rule_keep`` decided.
    """
    repeats = Counter(u.text for u in units)
    own = [own_features(u, stops, repeats) for u in units]
    first, last = span if span is not None else (-1, -2)
    n = len(units)
    i_tok, i_dens, i_good = OWN.index("log_tokens"), OWN.index("stop_density"), OWN.index("label_good")
    i_comments, i_links = OWN.index("heads_comments"), OWN.index("heads_links")
    # The window's sums read columns (the same numbers, added in the same order) rather than rows.
    tok = [row[i_tok] for row in own]
    dens = [row[i_dens] for row in own]
    good = [row[i_good] for row in own]
    mass = [d * t for d, t in zip(dens, tok, strict=True)]
    comments = links = False
    rows = []
    for i, row in enumerate(own):
        lo, hi = max(0, i - 3), min(n, i + 4)
        size = hi - lo - 1
        weight = sum(tok[lo:i] + tok[i + 1 : hi]) or 1.0
        has_prev, has_next = i > 0, i + 1 < n
        context = [
            float(first <= i <= last),
            i / max(1, n - 1),
            float(comments),
            float(links),
            dens[i - 1] if has_prev else 0.0,
            dens[i + 1] if has_next else 0.0,
            tok[i - 1] if has_prev else 0.0,
            tok[i + 1] if has_next else 0.0,
            good[i - 1] if has_prev else 0.0,
            good[i + 1] if has_next else 0.0,
            sum(mass[lo:i] + mass[i + 1 : hi]) / weight,
            sum(good[lo:i] + good[i + 1 : hi]) / max(1, size),
            float(rules[i]) if rules is not None else 1.0,
        ]
        rows.append(row + context)
        comments = comments or bool(row[i_comments])
        links = links or bool(row[i_links])
    return rows
