"""The word lexicon: look-ups, and memory that a long multilingual run cannot grow without bound."""

import wordfreq

from newsclean import lexicon


def test_word_knowledge():
    assert lexicon.is_word("government")
    assert not lexicon.is_word("xqzvbt")
    assert lexicon.word_zipf("handoffs") == lexicon.zipf("handoff")
    assert "the" in lexicon.stopwords("en")


def test_word_lists_held_are_bounded():
    languages = ["en", "de", "fr", "es", "it", "nl", "pt"]
    assert len(languages) > lexicon.MAX_WORDLISTS
    for lang in languages:
        lexicon.zipf(f"newsclean-{lang}", lang)  # a word seen in no earlier test: a real look-up
        lexicon.stopwords(lang)
        assert wordfreq.get_frequency_dict.cache_info().currsize <= lexicon.MAX_WORDLISTS
        assert wordfreq.get_frequency_list.cache_info().currsize <= lexicon.MAX_WORDLISTS
    assert lexicon.zipf("Regierung".lower(), "de") > 3  # a list let go is read again when asked for
