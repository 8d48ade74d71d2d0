"""The page model: computed once per text state, the same as computing it afresh."""

from __future__ import annotations

from pathlib import Path

from newsclean import Change, Draft
from newsclean.blockclass import classify
from newsclean.page import Page
from newsclean.tracking import TrackedText

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def test_page_kept_while_text_is_unchanged_and_renewed_after_a_change() -> None:
    draft = Draft(TrackedText("Home\n\nThe storm hit the coast at dawn, and the river rose.\n"))
    page = draft.page
    assert draft.page is page
    draft.tracked.apply([Change(0, 0, "", "nothing")], "test")  # no change: the page stays
    assert draft.page is page
    draft.tracked.apply([Change(0, 6, "", "menu", remove=True)], "test")
    assert draft.page is not page
    assert draft.page.text == draft.text


def test_units_equal_a_fresh_classification_on_every_seed() -> None:
    for path in SEEDS:
        text = path.read_text("utf-8")
        page = Page(text, "en")
        assert page.units == classify(text, "en")
        assert [ln.text for ln in page.lines] == text.split("\n")
        assert [ln for run in page.blocks for ln in run] == [ln for ln in page.lines if not ln.blank]


def test_a_change_relabels_only_the_blocks_it_touched() -> None:
    text = SEEDS[0].read_text("utf-8")
    memo: dict = {}
    units = Page(text, "en", memo).units
    labelled = len(memo)
    first = text.index("\n\n")
    changed = text[:first] + " Added." + text[first:]
    again = Page(changed, "en", memo).units
    assert [(u.text, u.label) for u in again] == [(u.text, u.label) for u in classify(changed, "en")]
    assert len(memo) - labelled == 1  # the touched block only
    assert len(units) > 10
