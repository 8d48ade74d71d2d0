"""The fitted decisions: parameters that match the code's features, and candidates that read what they say."""

import json
import math
from importlib.resources import files

import pytest

from newsclean import Pipeline, clean
from newsclean.blockclass import body_span, classify
from newsclean.blockfeatures import NAMES, features, word_weights
from newsclean.cleaners import byline, dateline
from newsclean.cleaners.metadata import HEADLINE_FEATURES, headline_features
from newsclean.fitted import CONTEXT_NAMES, Logistic, Ranker, context_features, ranker, stacked
from newsclean.page import Page

PAGE = """Home | News | Sport | Contact

Council approves the new harbour plan after a long night

By Jane Doe
Posted on April 13, 2023

The council approved the harbour plan on Tuesday after a debate that ran past midnight, and the work
is to start in the spring, the mayor said in a statement to the press.

Residents had asked for the plan to be changed twice, and the council said it had listened to them
before it voted, with nine members for the plan and two against it.

Share this article: Facebook Twitter Email

© 2023 The Harbour Times. All rights reserved.
"""


def _params(name: str) -> dict:
    return json.loads(files("newsclean").joinpath("params", f"{name}.json").read_text("utf-8"))


@pytest.mark.parametrize(
    ("name", "names"),
    [
        ("boilerplate", (*NAMES, *CONTEXT_NAMES)),
        ("headline", HEADLINE_FEATURES),
        ("dateline", dateline.FEATURES),
        ("byline", byline.FEATURES),
    ],
)
def test_parameters_name_the_features_the_code_measures(name, names):
    params = _params(name)
    assert params["features"] == list(names)
    for model in ("first", "second", "model"):
        if model in params:
            width = len(names) - (len(CONTEXT_NAMES) if model == "first" else 0)
            assert len(params[model]["coef"]) == len(params[model]["mean"]) == len(params[model]["scale"]) == width
    assert "fitted_on" in params and "report" in params


def test_logistic_is_the_sigmoid_of_the_standardised_sum():
    model = Logistic(mean=(1.0, 0.0), scale=(2.0, 1.0), coef=(1.0, -1.0), intercept=0.5)
    z = (3.0 - 1.0) / 2.0 * 1.0 + (2.0 - 0.0) / 1.0 * -1.0 + 0.5
    assert model([3.0, 2.0]) == pytest.approx(1 / (1 + math.exp(-z)))
    assert model([1e9, -1e9]) == pytest.approx(1.0)  # no overflow on wild input


def test_context_features_see_the_neighbours_and_the_mass_around():
    rows = context_features([0.0, 1.0, 0.0], [10.0, 10.0, 10.0])
    assert rows[0][:2] == [0.0, 1.0]  # previous, next
    assert rows[1][4] == 0.0 and rows[1][5] == 0.0  # the whole article is the middle block
    assert rows[2][4] == 1.0  # all of it stands before the last block


def test_the_fitted_models_load_once_and_tell_article_from_chrome():
    assert stacked("boilerplate") is stacked("boilerplate")
    units = classify(PAGE, "en")
    chrome = stacked("boilerplate")
    p = chrome.probabilities(
        features(units, frozenset({"the", "a", "to", "and", "of", "it", "in", "on", "for"}), body_span(units)),
        word_weights(units),
    )
    by_text = {u.text: q for u, q in zip(units, p, strict=True)}
    article = [q for t, q in by_text.items() if t.startswith(("The council", "Residents"))]
    assert min(article) >= chrome.threshold
    assert by_text["Home | News | Sport | Contact"] < chrome.threshold
    assert 0 < ranker("dateline").threshold < 1


def test_a_ranker_chooses_none_when_even_the_best_is_unlikely():
    sure = Ranker(mean=(0.0,), scale=(1.0,), coef=(1.0,), null=0.0, threshold=0.6)
    assert sure.choose([[5.0], [0.0]]) == 0
    assert sure.choose([[0.0], [0.1]]) is None  # no better than "none"
    assert sure.choose([]) is None


def test_a_ranker_adds_up_the_shares_of_one_choice_found_twice():
    sure = Ranker(mean=(0.0,), scale=(1.0,), coef=(1.0,), null=0.0, threshold=0.6)
    rows = [[2.0], [2.0], [2.5]]
    assert sure.choose(rows) is None  # the best row alone: e^2.5 / (2e^2 + e^2.5 + 1) < 0.6
    assert sure.choose(rows, ["Ann Lee", "Ann Lee", "Menu"]) is None  # two of one name, yet below
    assert sure.choose([[3.0], [3.0], [1.0]], ["ann lee", "ann lee", "menu"]) == 0  # together sure
    assert sure.choose([[3.0], [3.0], [1.0]]) is None  # apart, neither is
    assert sure.choose([[1.0], [3.0], [3.0]], ["a", "b", "b"]) == 1  # the best-scored row stands for its name


def test_dateline_candidates_read_what_says_published():
    found = dateline.candidates(Page(PAGE, "en"))
    posted = next(c for c in found if c.iso == "2023-04-13")
    assert posted.features[dateline.FEATURES.index("published_before")] == 1.0
    assert dateline.DATE.search("Dec 17, 2025Julian").group() == "Dec 17, 2025"  # a year run into a name


def test_byline_candidates_read_names_however_the_page_prints_them():
    page = (
        "Home | News | Sport\n\nCouncil approves the harbour plan\n\nBy Michael Ansaldo\n"
        "BY KORIN MILLERPUBLISHED: JAN 29, 2025\nMateusz HabernyFounder at Oakywood\nJosef Průša Josef Průša\n"
        "Posted by jsteinhardt on Friday\n\n"
        "The council approved the harbour plan on Tuesday after a debate that ran past midnight, the mayor said.\n"
    )
    found = {c.name: c for c in byline.candidates(Page(page, "en"))}
    wrote = byline.FEATURES.index("wrote_before")
    assert found["Michael Ansaldo"].features[wrote] == 1.0  # the ``By`` is no part of the name
    assert found["KORIN MILLER"].features[wrote] == 1.0  # a date's label run onto the name is cut off
    assert "Mateusz Haberny" in found  # and a role run onto it
    assert "Josef Průša" in found  # a name said twice on its line (a photo's caption and the name)
    assert "jsteinhardt" in found and "Friday" in found  # a user name after ``by``; plain capitalised words too
    assert "Tuesday" not in found  # a long line of prose offers only names after a ``by``


def test_byline_takes_a_bare_name_over_the_date_and_its_line_with_it():
    page = (
        "Home | News | Sport\n\nCouncil approves the new harbour plan after a long night\n\n"
        "Jane Doe\nApril 13, 2023\n\n"
        "The council approved the harbour plan on Tuesday after a debate that ran past midnight, and the work "
        "is to start in the spring, the mayor said in a statement to the press.\n\n"
        "Residents had asked for the plan to be changed twice, and the council said it had listened to them "
        "before it voted, with nine members for the plan and two against it.\n"
    )
    doc = clean(page)
    assert [a.name for a in doc.authors] == ["Jane Doe"]
    assert "Jane Doe" not in doc.text
    assert any(r.cleaner == "byline" and r.into == "authors" for r in doc.removed)
    assert clean(page, pipeline=Pipeline(disable=["byline"])).authors == ()  # the patterns alone read no author here


def test_headline_features_tell_a_date_a_reading_time_and_a_list_of_names_from_a_headline():
    texts = ["Sep 16", "6 min read", "Rui Ma, Heba Ledwon & Suparn Patra", "Council approves the harbour plan"]
    about = frozenset({"council", "harbour", "plan"})
    rows = [
        dict(zip(HEADLINE_FEATURES[:-2], headline_features(texts, i, about, "en", False, False), strict=True))
        for i in range(4)
    ]
    assert rows[0]["meta_line"] == rows[1]["meta_line"] == 1.0
    assert rows[2]["name_list"] == 1.0 and rows[2]["meta_line"] == 0.0
    assert rows[3]["meta_line"] == rows[3]["name_list"] == 0.0


def test_block_model_weighs_all_blocks_as_it_weighs_each() -> None:
    model = stacked("boilerplate")
    units = classify(PAGE, "en")
    span = body_span(units)
    rows = features(units, frozenset({"the", "a", "and", "to", "of"}), span)
    assert model.first.many(rows) == [model.first(r) for r in rows]  # the same numbers, to the last bit
    assert model.first.many([]) == []
    with pytest.raises(ValueError):
        model.first.many([[0.0, 1.0]])


def test_what_says_who_wrote_is_searched_only_where_it_can_end(monkeypatch: pytest.MonkeyPatch) -> None:
    befores = ["", "By ", "Written By", "Autor: ", "text :  ", "ОТ ", "von\u00a0", "nearby ", "Gustav ", "by\x1c"]
    befores += [line[:k] for line in PAGE.splitlines() for k in range(len(line)) if k == 0 or line[k - 1] == " "]
    for before in befores:
        assert byline._wrote(before) == (byline._WROTE.search(before) is not None), before
    calls: list[str] = []
    wrote = byline._WROTE

    class Counting:
        def search(self, text: str) -> object:
            calls.append(text)
            return wrote.search(text)

    monkeypatch.setattr(byline, "_WROTE", Counting())
    assert [byline._wrote(b) for b in befores].count(True) >= 3
    assert len(calls) < len(befores) / 4  # the rest told by their last letters
