"""No internal errors, and each raw character accounted for once: overlaps resolved, removals recorded."""

import itertools

import pytest
from conftest import SEEDS

from newsclean import clean, clean_file
from newsclean.explain import explain
from newsclean.records import Change
from newsclean.tracking import ChangeError, TrackedText, disjoint

BODY = "The storm hit the coast at dawn and the town woke to water in the streets, officials said on Monday."


def test_a_contributor_line_over_short_lines_is_no_internal_error():
    doc = clean(f"Reporting contributed by L\nA\na\n\n{BODY}")
    assert any(r.into == "contributors" and r.text.startswith("Reporting contributed by L") for r in doc.removed)
    assert not doc.authors  # ``by L`` of a contributor line is no byline


@pytest.mark.parametrize("tail", ["", f"\n\n{BODY}"])
def test_short_lines_under_a_contributor_line_never_raise(tail):
    shapes = ["a", "A", "Ab", "ab.", "x y", "Hi there.", "Ann Lee", "By Ann Lee", "May 3, 2023", BODY]
    for a, b in itertools.product(shapes, repeat=2):
        clean(f"Reporting contributed by L\n{a}\n{b}{tail}")  # no ChangeError


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Reporting contributed by Ann Lee.", ["Ann Lee"]),
        ("Reporting contributed by Ann Lee and Bob Roe.", ["Ann Lee", "Bob Roe"]),
        ("Ann Lee contributed reporting to this report.", ["Ann Lee"]),
        ("Reporting contributed by Ann Lee in Paris and Bob Roe in Kyiv.", ["Ann Lee", "Bob Roe"]),
    ],
)
def test_a_removed_contributor_line_lands_in_contributors(line, names):
    doc = clean(f"{BODY}\n\n{line}\n")
    assert line not in doc.text
    assert [c.name for c in doc.contributors] == names
    assert any(r.text == line and r.into == "contributors" for r in doc.removed)


def test_overlapping_proposals_are_resolved_or_named():
    nested = [Change(0, 9, remove=True), Change(2, 4, "x"), Change(0, 9, remove=True), Change(3, 3, "y")]
    assert disjoint(nested) == [Change(0, 9, remove=True)]
    inner_first = [Change(0, 4, "x"), Change(0, 9, remove=True)]
    assert disjoint(inner_first, cleaner="t") == [Change(0, 9, remove=True)]
    assert disjoint([Change(0, 5), Change(3, 8)]) == [Change(0, 5)]  # inside one cleaner: the first stands
    tracked = TrackedText("abcdefghij")
    with pytest.raises(ChangeError, match="t: change 3:8 overlaps 0:5"):
        tracked.apply([Change(0, 5, "A"), Change(3, 8, "B")], "t")  # the pipeline's guard still names a bug
    assert tracked.apply([Change(1, 1, "x"), Change(1, 2, "B")], "t") == 2
    assert tracked.text == "axBcdefghij"


def test_text_removed_once_is_not_counted_again_in_a_later_edit():
    tracked = TrackedText("line one\n\nPAGE 3\n\nline two")
    tracked.apply([Change(10, 16, "", "page number", remove=True)], "furniture")
    assert tracked.text == "line one\n\n\n\nline two"
    tracked.apply([Change(8, 12, "\n\n", "blank lines")], "whitespace")
    assert tracked.text == "line one\n\nline two"
    (edit,) = tracked.edits
    assert "PAGE" not in edit.before and tracked.raw[edit.start : edit.end] == edit.before
    tracked.apply([Change(0, 10, "", "chrome", remove=True)], "boilerplate")
    texts = [r.text for r in tracked.removed]
    assert texts == ["PAGE 3", "line one\n\n"]
    # the moved-out text keeps its origin: the rest still maps to its raw place
    assert tracked.raw[slice(*tracked.raw_span(0, len(tracked.text)))] == "line two"


def test_explain_lists_a_removed_span_once():
    raw = "A storm hit the coast.\n\n\n12\n\n\nThe town woke to water in the streets, officials said on Monday.\n"
    doc = clean(raw)
    listing = explain(doc, raw)
    for r in doc.removed:
        inside = [
            e for e in doc.edits if e.start <= r.start and r.end <= e.end and (e.start, e.end) != (r.start, r.end)
        ]
        assert not inside, (r, inside, listing)


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem[:3] for p in SEEDS])
def test_no_edit_holds_text_another_change_took_out(seed):
    doc = clean_file(seed)
    for r in doc.removed:
        for e in doc.edits:
            assert not (e.start <= r.start and r.end <= e.end and (e.end - e.start) > (r.end - r.start)), (r, e)
