"""SPEC §6 invariants, property-tested for every built-in cleaner and the whole pipeline."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import InputError, Pipeline, clean
from newsclean.cleaners import BUILTINS
from newsclean.pytest_plugin import cleaner_params
from newsclean.testing import damaged, news_documents, texts


@cleaner_params([cls() for cls in BUILTINS])
def test_builtin_conforms(cleaner, newsclean_conformance):
    newsclean_conformance(cleaner)


@settings(max_examples=150, deadline=None)
@given(st.one_of(texts(), damaged(), news_documents()))
def test_pipeline_offsets_are_faithful_and_output_idempotent(text):
    doc = clean(text)
    for e in doc.edits:
        assert text[e.start : e.end] == e.before
    for r in doc.removed:
        assert text[r.start : r.end] == r.text
    assert clean(doc.text).text == doc.text
    assert doc.text == ("\n\n".join(b.text for b in doc.blocks) + "\n" if doc.blocks else "")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_an_input_error(data):
    try:
        clean(data)
    except InputError as exc:
        assert str(exc)


@settings(max_examples=60, deadline=None)
@given(news_documents())
def test_clean_articles_pass_through_untouched(text):
    assert clean(text).text == text


@pytest.mark.parametrize("kind", ["mojibake", "ligature", "nbsp", "crlf", "wrapped", "hyphenated", "double_spaced"])
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_each_artefact_is_repaired(kind, data):
    cleaned, broken = data.draw(damaged(kind))
    assert clean(broken).text == cleaned


def test_pipeline_names_and_switches():
    assert Pipeline().names[:2] == ("unicode", "whitespace")
    assert "reflow" not in Pipeline(disable=["reflow"]).names
    assert Pipeline(only=["unicode"]).names == ("unicode",)
