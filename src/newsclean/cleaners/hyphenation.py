"""Words hyphenated across a line break."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..cleaner import Cleaner, Draft
from ..lexicon import Vocabulary, best_split, word_zipf, zipf
from ..records import Change
from ..textutil import GLUED_NUMBER

# A hyphen at a line end; blank lines may follow (a page break, a box of its own)
# when a lowercase word goes on below, or a capitals' word goes on in capitals.
_BREAK = regex.compile(
    r"(?<=[\p{L}\p{M}\p{N}/._%=~])-\n(?:(?:[^\S\n]*+\n)++(?=\p{Ll}))?+(?=[\p{L}\p{N}])"
    r"|(?<=\p{Lu}{2})-\n(?:[^\S\n]*+\n)++(?=\p{Lu}{2})"
)
# A web address or a path; not a list run together with slashes (``Bul-`` / ``garia/Israel/Hungary``).
_URLISH = regex.compile(r"(?:https?://|www\.|\w\.(?:com|org|net|gov|edu)\b|^/\w)", regex.I)
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}]+)?")
_TOKEN_LIMIT = 300
# A run of lowercase letters (after an acronym, ``NASAinspired``, or a capital) standing as a word or a compound's part.
_GLUED = regex.compile(r"(?<![\p{L}\p{M}\p{N}@/._'’])(?<!-\n)\p{Lu}*+\p{Ll}{5,}+(?![\p{L}\p{M}\p{N}@/_'’]|\.\p{L}|-\n)")
_ACRONYM = regex.compile(r"\p{Lu}*+")
_KNOWN_GLUED = 2.0  # a glued form less frequent than this is no word of its own
_COMMON = 3.0  # each half at least this frequent
_CLOSING_PREFIXES = frozenset({"over", "under"})
# How much likelier, in zipf units, the hyphenated spelling must be before a
# known joined word keeps its hyphen (``long-term`` is, ``re-designed`` is not).
_HYPHEN_MARGIN = 1.5
_PARTICLE = 5.5  # a two-letter word this frequent after a hyphen is a particle (``plug-in``, ``set-up``)
_EVERYDAY = 4.5  # a joined word this frequent (``within``) is the word, however it was broken


@dataclass(frozen=True)
class Hyphenation(Cleaner):
    """Re-join ``sev-`` / ``eral`` into ``several``; keep ``Korea-`` / ``Russia`` and URLs.

    The joined form must be a word: one the document itself spells out
    elsewhere, or one the word-frequency lexicon knows far better than the
    hyphenated compound.  Two known words stay a hyphenated compound, and
    so does a break no typesetter makes: after one letter (``e-commerce``)
    or before a two-letter particle (``plug-in``).

    >>> from newsclean import clean
    >>> clean("It took sev-\\neral days of Korea-\\nRussia talks.").text
    'It took several days of Korea-Russia talks.\\n'
    """

    name = "hyphenation"
    after = ("boilerplate",)
    deletes = frozenset({"line-end hyphen"})

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        # Joining moves word halves between lines: measure the wrap width first.
        draft.hints.setdefault("line_width", draft.page_of(text).width)
        vocab: Vocabulary | None = None
        for m in _BREAK.finditer(text):
            left_token = _token_before(text, m.start())
            right_token = _token_after(text, m.end())
            if _URLISH.search(left_token) or _URLISH.search(right_token):
                yield Change(m.start() + 1, m.end(), "", "URL broken at a line end")
                continue
            left = _last_word(left_token)
            right = _first_word(right_token)
            if vocab is None:
                vocab = Vocabulary(text)
            if left and right and _joins(left, right, vocab, draft.language):
                yield Change(m.start(), m.end(), "", "word hyphenated at a line end")
            else:
                yield Change(m.start() + 1, m.end(), "", "compound broken at a line end")
        if draft.page_breaks(text):
            yield from _glued_compounds(text, vocab or Vocabulary(text), draft.language)


def _glued_compounds(text: str, vocab: Vocabulary, lang: str) -> Iterator[Change]:
    """``allhands`` → ``all-hands``: pdftotext joins a compound broken at a line end and drops its hyphen.

    Only in text from pages, only once-seen non-words (so no name or brand
    that recurs), and only where the document's own hyphenated spelling,
    or two common words in lowercase, make up the whole.  A number glued
    to a compound (``17year-old``) takes its hyphen back too.
    """
    for m in GLUED_NUMBER.finditer(text):
        yield Change(m.end(), m.end(), "-", "hyphen of a compound lost at a line end")
    for m in _GLUED.finditer(text):
        glued = m.group()
        if vocab.count(glued) != 1:
            continue
        cut = _compound_cut(glued, vocab, lang, known=word_zipf(glued.lower(), lang) >= _KNOWN_GLUED)
        if cut is not None:
            yield Change(m.start() + cut, m.start() + cut, "-", "hyphen of a compound lost at a line end")


def _compound_cut(glued: str, vocab: Vocabulary, lang: str, known: bool) -> int | None:
    """Where the lost hyphen goes: as the document spells the compound elsewhere, else between two common words.

    A ``known`` word (``frontrunner``) takes one only as the document spells it.
    """
    acronym = len(_ACRONYM.match(glued).group())
    cuts = [acronym] if acronym > 1 else range(3, len(glued) - 1)
    for k in cuts:
        if vocab.count(f"{glued[:k]}-{glued[k:]}"):
            return k
    if acronym == 1 or known:
        return None  # a capitalised word is as likely a name as a compound
    score, k = best_split(glued, lang, cuts)
    if glued[:k].lower() in _CLOSING_PREFIXES:  # ``oversubscription`` is written closed
        return None
    stem, ly = glued[: k - 2], glued[k - 2 : k]  # ``natural`` + ``ly`` of ``naturallyaspirated``
    adverb = ly == "ly" and len(stem) >= 3 and min(zipf(stem, lang), zipf(stem + ly, lang)) >= _COMMON
    return k if score >= _COMMON or adverb and score >= _KNOWN_GLUED else None


def _joins(left: str, right: str, vocab: Vocabulary, lang: str) -> bool:
    joined = left + right
    compound = f"{left}-{right}"
    in_text, compound_in_text = vocab.count(joined), vocab.count(compound)
    if in_text or compound_in_text:
        return in_text >= compound_in_text
    if any(vocab.count(joined[:k]) for k in range(len(left) + 2, len(joined))):
        return True  # the break is inside a word the document spells whole: WeWork-ers
    if right[0].isupper() and not right.isupper():
        return False  # Korea-Russia, Jean-Luc
    if left[-1].isdigit() or right[0].isdigit():
        return False
    zj = word_zipf(joined.lower(), lang)
    if left.lower() in _CLOSING_PREFIXES and zj >= 2.0:
        return True  # under-dogs: these prefixes close up
    zl, zr = zipf(left.lower(), lang), zipf(right.lower(), lang)
    if (len(left) == 1 or len(right) <= 2 and zr >= _PARTICLE) and zj < _EVERYDAY:
        return False  # typesetters leave two letters before a break and three after it: e-commerce, plug-in
    if left.lower().endswith("ly") and zl >= 3:
        return False  # naturally-aspirated
    if zj >= 2.0 and zj + _HYPHEN_MARGIN >= zipf(compound.lower(), lang):
        return True
    if zj == 0 and min(zl, zr) >= _KNOWN_GLUED:
        return False  # no word joined, two words apart: single-celled, microbe-killing
    return not (zl >= 3 and zr >= 3)


def _token_before(text: str, end: int) -> str:
    lo = max(0, end - _TOKEN_LIMIT)
    cut = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end))
    return text[(cut + 1 if cut >= 0 else lo) : end]


def _token_after(text: str, start: int) -> str:
    hi = min(len(text), start + _TOKEN_LIMIT)
    cuts = [i for i in (text.find(" ", start, hi), text.find("\n", start, hi)) if i >= 0]
    return text[start : min(cuts) if cuts else hi]


def _last_word(token: str) -> str:
    words = _WORD.findall(token)
    return words[-1] if words and token.endswith(words[-1]) else ""


def _first_word(token: str) -> str:
    m = _WORD.match(token)
    return regex.sub(r"['’]s$", "", m.group()) if m else ""
