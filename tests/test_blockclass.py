"""The block classifier's shortcuts: each gives what the full measure gives, and spares work."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import blockclass
from newsclean.blockclass import _SAVE_FORM, _SAVE_FORM_WORDS, Measures, _form_words, classify

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``."""
    out, depth, current, i = [], 0, "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        depth += c in "(["
        depth -= c in ")]"
        if c == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += c
        i += 1
    return [*out, current]


def test_every_form_phrase_holds_one_of_the_words_that_admit_the_search() -> None:
    phrases = _alternatives(_SAVE_FORM.pattern)
    assert len(phrases) > 20
    for phrase in phrases:
        # (A phrase with branches needs a word in each: ``may (?:earn|…) (?:…commission|a share of…)`` has two.)
        plain = phrase.replace("\\b", "").replace("\\[", "[").replace("\\]", "]")
        assert any(word in plain for word in _SAVE_FORM_WORDS), phrase
    assert all(word == word.casefold() for word in _SAVE_FORM_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Save my name, email, and website in this browser.",
        "YOUR EMAIL ADDRESS WILL NOT BE PUBLISHED. Required fields are marked *",
        "Click here for more information.",
        "Follow him on Twitter @jdoe",
        "We may earn an affiliate commission when you buy.",
        "IGN may get a share of the sale.",
        "© 2019 Tous droits réservés",
        "Reader ſave my name",  # a long s folds to s, as the pattern's case folding has it
        "The council met on Monday and voted to delay the bridge.",
        "Here is the full story, read on.",
    ],
)
def test_form_words_agree_with_the_full_search(text: str) -> None:
    assert _form_words(text) == (_SAVE_FORM.search(text) is not None)


def test_form_words_agree_with_the_full_search_on_every_seed_line() -> None:
    for path in SEEDS:
        for line in path.read_text("utf-8").splitlines():
            assert _form_words(line) == (_SAVE_FORM.search(line) is not None), line


def test_the_long_search_runs_only_where_a_word_admits_it(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    class Counting:
        pattern = _SAVE_FORM.pattern

        def search(self, text: str) -> object:
            calls.append(text)
            return _SAVE_FORM.search(text)

    monkeypatch.setattr(blockclass, "_SAVE_FORM", Counting())
    blockclass.measured.cache_clear()  # measured afresh, not read from an earlier test's blocks
    text = SEEDS[0].read_text("utf-8")
    units = classify(text, "en")
    assert len(units) > 10
    assert len(calls) < len(units) / 4


def test_measures_are_taken_once_and_kept() -> None:
    m = Measures(("The storm hit the coast at dawn, and the river rose.", "Homes were flooded."), frozenset({"the"}))
    assert m.text == "The storm hit the coast at dawn, and the river rose. Homes were flooded."
    tokens = m.tokens
    assert m.tokens is tokens  # kept, not measured again
    assert m.sentences == 2 and m.words == 14 and m.label in ("good", "short")
    with pytest.raises(AttributeError):
        m.not_a_measure  # noqa: B018
