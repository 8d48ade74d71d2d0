"""Word knowledge: is this a word, and how likely is it?

Backed by wordfreq (a maintained multilingual frequency lexicon) plus the
document's own vocabulary, which knows the names and jargon wordfreq does
not.  Look-ups are cached because cleaners ask about the same words often.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import langcodes
import regex

WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*")

_POSSESSIVE = regex.compile(r"['’]s$")
# zipf 3 is about one occurrence per million words: rare but real.
KNOWN_ZIPF = 2.5
# wordfreq keeps every word list it reads for the life of the process, and one
# list takes 30 to 120 MB (Russian's about 120): a worker of a long multilingual
# run would grow with each language it meets.  Past this many lists all are let
# go, to be read again (0.1 to 0.6 s each) when next asked for.
MAX_WORDLISTS = 4
_lists_read: dict[str, None] = {}


@lru_cache(maxsize=256)
def wordlist_language(lang: str) -> str | None:
    """The language of the word list wordfreq has for ``lang`` (``pcm`` reads as ``en``), or None.

    Asking wordfreq for the nearest list ourselves keeps its warning about
    the substitution out of the user's terminal.
    """
    if lang in _available():
        return lang
    try:
        best, _ = langcodes.closest_match(lang, list(_available()), max_distance=60)
    except Exception:  # not a language code at all
        return None
    return best if best != "und" else None


@lru_cache(maxsize=1)
def _available() -> frozenset[str]:
    from wordfreq import available_languages

    return frozenset(available_languages())


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str = "en") -> float:
    from wordfreq import zipf_frequency  # on first use: importing wordfreq takes most of a second

    listed = wordlist_language(lang)
    _reading(listed or "en")
    try:
        return zipf_frequency(word, listed or "en")
    except Exception:  # a word list that needs an optional tokenizer (MeCab)
        return zipf_frequency(word, "en") if listed != "en" else 0.0


def _reading(listed: str) -> None:
    """Note that wordfreq's list for ``listed`` is in use; past ``MAX_WORDLISTS`` lists, free them all."""
    if listed in _lists_read:
        return
    if len(_lists_read) >= MAX_WORDLISTS:
        import wordfreq

        wordfreq.get_frequency_dict.cache_clear()
        wordfreq.get_frequency_list.cache_clear()
        wordfreq.top_n_list.cache_clear()
        _lists_read.clear()
    _lists_read[listed] = None


def word_zipf(word: str, lang: str = "en") -> float:
    """The zipf of ``word`` or, for a plural in ``-s``, of its singular: ``handoffs`` is as much a word as ``handoff``.

    Frequency lists rank a rare word's plural lower still, below where it counts as known.
    """
    plural = len(word) > 4 and word.endswith("s") and not word.endswith("ss")
    return max(zipf(word, lang), zipf(word[:-1], lang) if plural else 0.0)


def is_word(word: str, lang: str = "en") -> bool:
    return zipf(word.lower(), lang) >= KNOWN_ZIPF


def split_score(word: str, cut: int, lang: str = "en") -> float:
    """How well ``word`` reads as two words cut at ``cut``: the rarer half's zipf.

    A half of one or two letters counts only as a very common word (``of``, ``my``).
    """
    halves = (word[:cut].lower(), word[cut:].lower())
    return min(zipf(h, lang) - (2.0 if len(h) < 3 else 0.0) for h in halves)


def best_split(word: str, lang: str = "en", cuts: Iterable[int] | None = None) -> tuple[float, int]:
    """The likeliest of ``cuts`` (by default any that leaves two letters a side) into two words, with its score."""
    cuts = range(2, len(word) - 1) if cuts is None else cuts
    return max(((split_score(word, k, lang), k) for k in cuts), default=(0.0, 0))


@lru_cache(maxsize=64)
def stopwords(lang: str) -> frozenset[str]:
    """The most frequent words of ``lang`` stand in for its stopword list."""
    from wordfreq import top_n_list

    listed = wordlist_language(lang)
    if listed is None:
        return frozenset()
    _reading(listed)
    try:
        return frozenset(top_n_list(listed, 150))
    except (LookupError, ValueError):
        return frozenset()


_TERM = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*")
_CJK_RUN = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Thai}]+")


def content_terms(text: str, lang: str) -> list[str]:
    """The words of ``text`` that say what it is about, stopwords left out.

    Chinese, Japanese and Thai run words together and Korean glues particles
    onto them, so there pairs of characters stand in for words.
    """
    stops = stopwords(lang)
    spaced = _CJK_RUN.sub(" ", text.lower())
    terms = [t for t in _TERM.findall(spaced) if len(t) > 1 and t not in stops]
    for run in _CJK_RUN.findall(text):
        terms += [run[i : i + 2] for i in range(len(run) - 1)]
    return terms


class Vocabulary:
    """Counts of the words (and hyphenated compounds) a document spells out in full."""

    def __init__(self, text: str) -> None:
        # A possessive's ``'s`` comes off (``_POSSESSIVE``: the word's end is the text's); counted in C.
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in map(str.lower, WORD.findall(text))]
        self.counts: Counter[str] = Counter(words)
        for w in words:
            if "-" in w:
                self.counts.update(w.split("-"))

    def __contains__(self, word: str) -> bool:
        return self.counts[word.lower()] > 0

    def count(self, word: str) -> int:
        return self.counts[word.lower()]
