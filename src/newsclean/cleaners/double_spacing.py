"""Double-spaced extraction: a blank line after every wrapped line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..cleaner import Cleaner, Draft
from ..records import Change
from ..textutil import continues


@dataclass(frozen=True)
class DoubleSpacing(Cleaner):
    """Undo double spacing: drop the single blank line between wrapped lines.

    Some extractors emit a blank line after every line, so paragraphs can
    no longer be told apart from lines.  When most single blank lines sit
    inside sentences, they are layout, not paragraph breaks: they go, and
    runs of two or more blank lines stay as the paragraph breaks.  Text
    whose single blank lines end sentences (web text) is left alone.

    >>> from newsclean import clean
    >>> clean("It rained on the\\n\\nwhole city and the\\n\\nriver rose.\\n\\n\\nNext.").text
    'It rained on the whole city and the river rose.\\n\\nNext.\\n'
    """

    name = "double_spacing"
    settle = True  # decides by context its own output changes: run again to a fixed point
    after = ("whitespace",)
    ranges = {"min_share": (0.0, 1.0), "min_share_spaced": (0.0, 1.0), "max_width": (1, None)}
    min_share: float = 0.25
    min_share_spaced: float = 0.1
    max_width: int = 130

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        ls = draft.page_of(text).lines
        blank = [not ln.text.strip() for ln in ls]  # each line's ``blank``, read once
        gaps = [i for i in range(1, len(ls) - 1) if blank[i] and not blank[i - 1] and not blank[i + 1]]
        if len(gaps) < 3:
            return
        wrapped = sum(1 for i in gaps if _inside_sentence(ls[i - 1].text, ls[i + 1].text))
        adjacent = sum(1 for i in range(1, len(ls)) if not blank[i] and not blank[i - 1])
        # Where nearly every line stands between blank lines, fewer sentences need to show it.
        share = self.min_share_spaced if adjacent <= _SPACED * len(gaps) else self.min_share
        if wrapped < max(3, share * len(gaps)) or adjacent > len(gaps):
            return
        widths = sorted(len(ls[i - 1].text) for i in gaps)
        if widths[int(0.8 * (len(widths) - 1))] > self.max_width:
            return  # paragraphs on one line each: nothing was wrapped
        for i in gaps:
            yield Change(ls[i].start - 1, ls[i].end, "", "double-spaced line")


def _inside_sentence(line: str, following: str) -> bool:
    """Does the sentence of ``line`` go on in ``following``: in lowercase, or at its punctuation (``, Funke Adedoyin.``)?"""
    return continues(line, following) or following.lstrip()[:1] in _GOES_ON


_GOES_ON = frozenset(",.;:)")
_SPACED = 0.2  # lines next to another line, at most, per single blank line in double-spaced text
