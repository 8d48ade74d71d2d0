"""Letter-spaced text: ``P o l i t i c s`` → ``Politics``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..cleaner import Cleaner, Draft
from ..lexicon import zipf
from ..records import Change
from ..textutil import Line

# Letters (pairs allowed, ``LT`` where the extractor kept a kerned pair) one or two spaces apart;
# the last may be three (``T E C H N O L OGY``).
_RUN = regex.compile(
    r"(?<!\S)\p{L}{1,2}+(?!\p{L})(?:[ ]{1,2}+\p{L}{1,2}+(?!\p{L}))++(?:[ ]{1,2}+\p{L}{3}(?!\p{L}))?+(?:[ ]?[’'])?(?!\S)"
)
_NONBLANK = regex.compile(r"\S")
_MAX_WORD = 24
_SINGLES = 0.75  # of a run's tokens, at least, are single letters
_ALONE_SINGLES = 0.5  # on a line of its own


@dataclass(frozen=True)
class LetterSpacing(Cleaner):
    """Close up words set with a space between letters; a double space is a word break.

    Where the word breaks were lost (``L I F E A N D``), the letters are
    segmented into the likeliest words of the lexicon.  A run is closed up
    only when it is mostly single letters and the result reads as words,
    so real one-letter words in prose stay as they are.  A spaced line on
    its own near the top, with text below it, is the section label; one further down is noted
    for the captions cleaner (credits are often set letter-spaced).
    """

    name = "letter_spacing"
    settle = True  # decides by context its own output changes: run again to a fixed point
    after = ("double_spacing",)
    min_letters: int = 4
    max_letters: int = 80  # a spaced heading or label, never a page of it
    label_lines: int = 15

    def could_apply(self, text: str, draft: Draft) -> bool:
        return _RUN.search(text) is not None

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        top = _top_end(draft.page_of(text).lines, len(text), self.label_lines)
        for m in _RUN.finditer(text):
            run = m.group()
            tokens = run.replace("  ", " ").split(" ")
            singles = sum(len(t) == 1 for t in tokens)
            if not self.min_letters <= len(tokens) <= self.max_letters or singles < _ALONE_SINGLES * len(tokens):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            alone = not text[line_start : m.start()].strip() and not text[m.end() : line_end].strip()
            if not alone and singles < _SINGLES * len(tokens):
                continue  # kerned pairs (``SP O RT S``) may make up half only of a run alone on its line
            words = _words(run, draft.language)
            if words is None:
                continue
            fixed = " ".join(words)
            if (
                alone
                and len(words) <= 4
                and not draft.meta.get("section")
                and line_start < top
                and _NONBLANK.search(text, line_end)  # a label heads something: alone, the line is the text
            ):
                draft.set_once("section", fixed)
                yield Change(line_start, line_end, "", "spaced section label", remove=True, into="section")
            else:
                if alone:  # set apart like a label: a photo credit, say
                    draft.hints.setdefault("spaced_lines", []).append(draft.tracked.raw_span(line_start, line_end)[0])
                yield Change(m.start(), m.end(), fixed, "letter-spaced text")


def _top_end(all_lines: Sequence[Line], size: int, n: int) -> int:
    """Where the ``n``-th non-blank line starts (or ``size``, the text's length): a label above it is near the top."""
    for ln in all_lines:
        if ln.text.strip():
            n -= 1
            if n < 0:
                return ln.start
    return size


def _words(run: str, lang: str) -> list[str] | None:
    """The words of a spaced run, or None when it does not read as words."""
    out: list[str] = []
    for part in run.split("  "):
        glued = part.replace(" ", "")
        if not glued:
            continue
        core = glued.rstrip("’'")
        if _known(core.lower(), lang) or (len(run.split("  ")) > 1 and len(core) <= 4):
            out.append(glued)
            continue
        pieces = _segment(core.lower(), lang)
        if pieces is None:
            return None
        pos = 0
        for p in pieces:  # keep the letters' own case
            out.append(glued[pos : pos + len(p)])
            pos += len(p)
        out[-1] += glued[pos:]
    return out or None


def _known(word: str, lang: str) -> bool:
    return max(zipf(word, lang), zipf(word, "en")) >= 2.5 or (len(word) == 1 and word in "ai")


@lru_cache(maxsize=4096)
def _segment(s: str, lang: str) -> tuple[str, ...] | None:
    """Split ``s`` into known words, preferring fewer and more frequent ones (dynamic programming)."""
    best: list[tuple[float, tuple[str, ...]] | None] = [None] * (len(s) + 1)
    best[0] = (0.0, ())
    for end in range(1, len(s) + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            prev = best[start]
            word = s[start:end]
            if prev is None or not _known(word, lang):
                continue
            score = prev[0] + max(zipf(word, lang), zipf(word, "en")) - 8.0
            if best[end] is None or score > best[end][0]:
                best[end] = (score, (*prev[1], word))
    return best[-1][1] if best[-1] else None
