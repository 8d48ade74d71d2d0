"""Drop caps the extractor lost: ``EETING BETWEEN`` → ``MEETING BETWEEN``."""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..cleaner import Cleaner, Draft
from ..lexicon import Vocabulary, zipf
from ..records import Change
from ..textutil import blocks

_FIRST_WORD = regex.compile(r"\p{Lu}{2,}(?=[\s\p{P}]|$)|\p{Lu}\p{Ll}+(?=[\s\p{P}]|$)")


@dataclass(frozen=True)
class DropCaps(Cleaner):
    """Restore a lost initial letter at the start of the title or the first paragraph.

    Only when the word is not a word, exactly one added letter makes it a
    common one, and the document does not itself use the short form.
    When unsure, it leaves the word alone.
    """

    name = "dropcaps"
    after = ("double_spacing",)
    min_zipf: float = 3.0
    max_blocks: int = 3

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        vocab: Vocabulary | None = None
        for n, run in enumerate(blocks(text)):
            if n >= self.max_blocks:
                return
            line = run[0]
            m = _FIRST_WORD.match(line.text)
            if not m or len(m.group()) < 3:
                continue
            word = m.group()
            if zipf(word.lower(), draft.language) >= 1.5:
                continue
            vocab = vocab or Vocabulary(text)
            if vocab.count(word) > 1:
                continue
            found = [c for c in string.ascii_uppercase if zipf((c + word).lower(), draft.language) >= self.min_zipf]
            if len(found) == 1:
                fixed = found[0] + (word if word.isupper() else word.lower())
                yield Change(line.start + m.start(), line.start + m.end(), fixed, "lost drop cap")
                return
