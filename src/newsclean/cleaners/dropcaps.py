"""Drop caps the extractor lost: ``EETING BETWEEN`` → ``MEETING BETWEEN``."""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial

import regex

from ..cleaner import Cleaner, Draft
from ..lexicon import Vocabulary, zipf
from ..records import Change

# A capital alone on its line, the rest of its word starting a line below (a blank line between at most).
_DISPLACED = regex.compile(r"^(?P<letter>\p{Lu})[ ]*+\n(?:[ ]*+\n)?+[ ]*+(?P<rest>\p{L}[\p{L}'’-]*+)", regex.M)
# A line opening in capitals, its drop cap starting the line below (layout mode): ``OLICE RELEASED…`` / ``P cue of…``.
# The rest may be one letter (``N Jupiter moon…`` of ``ON``, ``N CASE YOU`` of ``IN``).
_BELOW = regex.compile(
    r"^[ ]*+(?P<word>\p{Lu}{2,}+|\p{Lu}(?=[ ][\p{L}\p{N}]))(?![\p{L}\p{M}])[ ]*+(?P<next>\p{L}++)?+[^\n]*+\n"
    r"(?:[ ]*+\n)?+(?P<letter>\p{Lu})[ ]++(?=\S)",
    regex.M,
)
# A capital alone on its line with its blank lines: where pdftotext leaves a drop cap, often at the page end.
_LONE = regex.compile(r"^[ ]*+(?P<letter>\p{Lu})[ ]*+(?:\n|$)(?:[ ]*+\n)*+", regex.M)
# A block opening in capitals (the lead of an article set after its drop cap), and the word after it.
# The lead's first word may be one letter, the rest of a two-letter word (``N CASE YOU`` after ``I``).
_LEAD = regex.compile(
    r"(?:^|(?<=\n[ ]*+\n))[ ]*+(?P<word>\p{Lu}{2,}+|\p{Lu}(?=[ ]\p{Lu}{2}))(?![\p{L}\p{M}])[ ]++(?P<next>\p{L}++)?"
)
# A lead of two words or more in capitals, its sentence going on after them: ``NEW YORK man pleaded``.
_PROSE_AFTER = regex.compile(r"\p{Lu}{2,}+(?:[ ]++\p{Lu}{2,}+)++[ ]++\p{Ll}")
_ONE_LETTER_WORD = 6.9  # a letter this frequent alone is a word of the language (``A``, ``I``; ``y`` in Spanish)
_OPEN_LINE = regex.compile(r"[^\n]*+(?<![.!?:\"”’'])(?=\n|$)")  # a line that ends no sentence
_FIRST_WORD = regex.compile(r"\p{Lu}{2,}(?=[\s\p{P}]|$)|\p{Lu}\p{Ll}+(?=[\s\p{P}]|$)")


@dataclass(frozen=True)
class DropCaps(Cleaner):
    """Restore a lost initial letter at the start of the title or the first paragraph.

    A letter the extractor left elsewhere goes back on the word it makes
    far likelier, or on any word it makes where its place shows it is a
    drop cap.  A letter lost altogether comes back only when the word is
    not a word, exactly one added letter makes it a common one, and the
    document does not itself use the short form.  When unsure, it leaves
    the word alone.
    """

    name = "dropcaps"
    settle = True  # a lead's first letter is judged by the paragraph's place, which cleaning moves
    after = ("double_spacing",)
    ranges = {"min_zipf": (0.0, 8.0)}  # wordfreq's zipf scale
    min_zipf: float = 3.0
    max_blocks: int = 3

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        displaced = _DISPLACED.search(text)
        # Before a lead in capitals the letter has nowhere else to go: any word it makes will do (``E`` / ``VERY``).
        if displaced and self._joins(*displaced.group("letter", "rest"), draft.language, placed=_lead_word(displaced)):
            # ``P`` on a line of its own, ``utin met…`` below it: one word again.
            _opens(draft, displaced.start("letter"))
            yield Change(displaced.start("letter") + 1, displaced.start("rest"), "", "displaced drop cap")
            return
        vocab = cache(partial(Vocabulary, text))  # counted only when a candidate needs it
        paged = bool(draft.page_breaks(text))
        for below in _BELOW.finditer(text):
            letter, word, after = below.group("letter", "word", "next")
            placed = _set_apart(below, draft)
            if len(word) == 1 and not (placed or after and after.isupper()):
                continue  # ``N Jupiter moon…`` over ``O   water-vapor…`` is an ``ON``; ``I went`` over ``A list`` is not
            restored = self._restored(letter, word, after, text, below.start("word"), draft.language, vocab, placed)
            # A word of its own (``A``) goes back if a gap sets it apart as a drop cap (``A     year ago``
            # is one, ``A year ago`` is the article), or on a printed page if the lead's line goes on.
            if restored and (len(restored) == 1 or placed or paged and _OPEN_LINE.match(text, below.start("word"))):
                _opens(draft, below.start("word"))
                yield Change(below.start("word"), below.start("word"), restored, "displaced drop cap")
                yield Change(below.start("letter"), below.end(), "", "displaced drop cap")
                return
        moved = list(self._moved(text, draft.language, vocab))
        if moved:
            _opens(draft, moved[-1].start)
            yield from moved
            return
        for n, run in enumerate(draft.page_of(text).blocks):
            if n >= self.max_blocks:
                return
            line = run[0]
            m = _FIRST_WORD.match(line.text)
            if not m or len(m.group()) < 3:
                continue
            word = m.group()
            if zipf(word.lower(), draft.language) >= 1.5:
                continue
            if vocab().count(word) > 1:
                continue
            found = [c for c in string.ascii_uppercase if zipf((c + word).lower(), draft.language) >= self.min_zipf]
            if len(found) == 1:
                fixed = found[0] + (word if word.isupper() else word.lower())
                yield Change(line.start + m.start(), line.start + m.end(), fixed, "lost drop cap")
                return

    def _moved(self, text: str, lang: str, vocab: Callable[[], Vocabulary]) -> Iterator[Change]:
        """``L`` left alone at the foot of the page, ``OS ANGELES (AP) —`` opening the article: move it back.

        Only one lone capital may be in the text, and the article must open
        with a capitalised word that the letter makes far likelier, or that
        the document itself spells with the letter before the same next word.
        """
        lone = list(_LONE.finditer(text))
        if len(lone) != 1:
            return
        letter = lone[0].group("letter")
        for lead in _LEAD.finditer(text):
            if lead.start() <= lone[0].start() < lead.end():
                continue
            restored = self._restored(
                letter, lead.group("word"), lead.group("next"), text, lead.start("word"), lang, vocab
            )
            if restored:
                yield Change(lone[0].start("letter"), lone[0].end(), "", "displaced drop cap")
                yield Change(lead.start("word"), lead.start("word"), restored, "displaced drop cap")
                return

    def _restored(
        self,
        letter: str,
        word: str,
        after: str | None,
        text: str,
        at: int,
        lang: str,
        vocab: Callable[[], Vocabulary],
        placed: bool = False,
    ) -> str | None:
        """What goes back before ``word``: the letter that spells it, or a one-letter word opening a lead.

        The letter belongs to ``word`` when it makes a far likelier word, or
        the document's own spelling of it.  A drop cap that is a word of its
        own (``A``, ``I``) goes before a lead of common words in capitals
        with its sentence going on after them (``NEW YORK man pleaded…``).
        """
        if self._joins(letter, word, lang, placed):
            return letter
        if after and vocab().count(word) == 1 and _spelt(letter + word, after, text):
            return letter
        if zipf(letter.lower(), lang) >= _ONE_LETTER_WORD and zipf(word.lower(), lang) >= self.min_zipf:
            return f"{letter} " if _PROSE_AFTER.match(text, at) else None
        return None

    def _joins(self, letter: str, rest: str, lang: str, placed: bool = False) -> bool:
        """Does the letter make ``rest`` a word far likelier than ``rest`` alone?

        A letter ``placed`` as a drop cap is (set apart from the text, or
        alone over a lead in capitals) needs only to make a word, unless it
        is a word itself (``A`` / ``NEW YORK`` is no ``ANEW``).
        """
        likelihood = zipf((letter + rest).lower(), lang)
        placed = placed and zipf(letter.lower(), lang) < _ONE_LETTER_WORD
        return likelihood >= self.min_zipf - 1 and (placed or likelihood > zipf(rest.lower(), lang) + 1)


def _lead_word(displaced: regex.Match[str]) -> bool:
    """Is the rest under a lone capital a word set in capitals?  One letter may be a word of its own (``A``)."""
    return len(displaced["rest"]) > 1 and displaced["rest"].isupper()


def _opens(draft: Draft, at: int) -> None:
    """Note where the article opens, as its drop cap shows: an extractor may have read a later column first."""
    draft.hints["opening"] = draft.tracked.raw_span(at, at + 1)[0]


def _set_apart(below: regex.Match[str], draft: Draft) -> bool:
    """Was the drop cap printed with a gap after it, as a letter in its own box is?"""
    return "  " in draft.tracked.raw[slice(*draft.tracked.raw_span(below.end("letter"), below.end()))]


def _spelt(word: str, after: str, text: str) -> bool:
    """Does ``text`` spell ``word`` before ``after`` anywhere (``Los Angeles``), case aside?"""
    pair = rf"(?<!\p{{L}}){regex.escape(word)}\s+{regex.escape(after)}(?!\p{{L}})"
    return regex.search(pair, text, regex.I) is not None
