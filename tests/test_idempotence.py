"""Cleaning newsclean's own output changes nothing: on windows of real pages, and on the shapes that broke it."""

from pathlib import Path

import pytest
from hypothesis import given, settings

from newsclean import Pipeline, clean
from newsclean.settle import canonical, canonical_changes
from newsclean.testing.fuzz import check_input
from newsclean.testing.windows import bench_groups, split_of, window_texts, windows
from newsclean.tracking import TrackedText

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    "raw",
    [
        "M I R\nP",  # a short spaced run a line break cut: closed up only once reflow joined it
        "B\n3",
        "* Outubro (148)\n\n* Setembro (139)\n\n* Outubro (179)\n\n* Setembro (178)\n\n* Outubro (71)\n\n* Setembro (34)\n",
    ],
)
def test_a_second_pass_changes_nothing(raw):
    assert check_input(raw) is None  # offsets faithful, and a second pass changes nothing


@pytest.mark.skipif(not BENCH.is_dir(), reason="needs ../shared/bench")
def test_on_windows_of_real_pages_the_cleaners_that_settle_hold():
    """200 fixed windows of web and PDF pages: a second pass changes nothing by settling cleaners alone.

    ``metadata`` and ``boilerplate`` do not settle yet: on the output they may take the opening
    paragraph for a title or chrome, which the first pass kept on evidence the output no longer shows
    (and what they take out may move a running line or a join of the others).
    """
    groups = bench_groups(BENCH)
    sample = [w for paths in groups.values() for w in windows(paths, 200 // len(groups), seed="suite", max_size=1500)]
    settling = {c.name for c in Pipeline().cleaners if c.settle}
    moved = []
    for w in sample:
        once = clean(w.text).text
        again = clean(once)
        by = {e.cleaner for e in again.edits} | {r.cleaner for r in again.removed}
        if again.text != once and not by - settling:  # a change by settling cleaners alone
            moved.append(f"{Path(w.path).name}@{w.start}+{len(w.text)} by {sorted(by)}: {once[:200]!r}")
    assert not moved, f"{len(moved)} of {len(sample)} windows changed on a second pass, first: {moved[0]}"


# Windows hypothesis cuts anywhere in pages of every collection (derandomized: the same on every run).
_PAGES = [p for paths in bench_groups(BENCH).values() for p in paths] if BENCH.is_dir() else []


@pytest.mark.skipif(not _PAGES, reason="needs ../shared/bench")
@settings(max_examples=40, deadline=None)
@given(window_texts(_PAGES or SEEDS))
def test_on_any_window_the_cleaners_that_settle_hold(text):
    """As above, on windows hypothesis draws (and shrinks): only ``metadata`` and ``boilerplate`` may move."""
    once = clean(text).text
    again = clean(once)
    by = {e.cleaner for e in again.edits} | {r.cleaner for r in again.removed}
    assert again.text == once or by - {c.name for c in Pipeline().cleaners if c.settle}


@pytest.mark.parametrize("raw", [p.read_text("utf-8") for p in SEEDS], ids=[p.stem[:3] for p in SEEDS])
def test_canonical_changes_give_the_canonical_text(raw):
    tracked = TrackedText(raw)
    tracked.apply(canonical_changes(raw), "reflow")
    assert tracked.text == canonical(raw)
    assert all(e.after.strip() == "" and e.before.strip() == "" for e in tracked.edits)


@pytest.mark.parametrize("raw", ["", "  \n\n ", "a", " a \n b\n\n\n c \u00a0d\u2009\n", "x\n \ny\n\n\nz"])
def test_canonical_changes_on_odd_whitespace(raw):
    tracked = TrackedText(raw)
    tracked.apply(canonical_changes(raw), "reflow")
    assert tracked.text == canonical(raw)


def test_what_a_later_round_removes_keeps_its_raw_offsets():
    """A short spaced run closed up only once reflow joined it is taken in a second round, traced to the raw input."""
    raw = "M I R\nP\n\nThe plan was approved by the council on Monday, officials said.\n"
    doc = clean(raw)
    assert clean(doc.text).text == doc.text
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_a_pipeline_without_settling_cleaners_runs_no_round():
    draft = Pipeline(only=["unicode"]).run("M I R\nP")
    assert (draft.text, draft.tracked.edits) == ("M I R\nP", [])


def test_windows_are_the_same_for_one_seed_and_split_by_page():
    paths = SEEDS
    first = [(w.path, w.start, w.text) for w in windows(paths, 20, seed=3)]
    assert first == [(w.path, w.start, w.text) for w in windows(paths, 20, seed=3)]
    assert all(50 <= len(t) <= 3000 for _, _, t in first)
    assert split_of("dev003__pdfminer.txt") == split_of("dev003__pdftotext.txt")
    for split in ("develop", "check"):
        assert all(split_of(w.path) == split for w in windows(paths, 5, split=split)) or not any(
            split_of(p) == split for p in paths
        )
    with pytest.raises(ValueError, match="unknown split"):
        next(windows(paths, 1, split="train"))


@pytest.mark.parametrize(
    "raw",
    [
        # reflow joins one more paragraph each time it runs: the round repeats it until it holds
        "uch\n\nmore. Of\n\ncourse, there\n\nare also\n\ncorresponding\n\nexercises to\n\napply what\n\nyou’ve newly\n\n"
        "learned. What’s\n\ngreat for advanced learners, however, means that\n\nbeginners should\n\ninitially steer",
        "o\u200b\u0301 and e\u00ad\u0301 stay one letter each",  # an accent meets its letter once the mark is gone
    ],
)
def test_a_cascade_settles_in_one_call(raw):
    assert check_input(raw) is None


def test_settling_can_be_switched_off():
    assert clean("M I R\nP", pipeline=Pipeline(settle=False)).text == "M I R P\n"
    settled = clean("M I R\nP").text
    assert settled != "M I R P\n" and clean(settled).text == settled


@pytest.mark.skipif(not BENCH.is_dir(), reason="needs ../shared/bench")
def test_a_page_whose_blank_lines_go_a_few_at_a_time_settles():
    """Double spacing takes out a few blank lines per round here, each join showing the next: eight rounds."""
    groups = bench_groups(BENCH)
    window = next(w for w in windows(groups["web-dev"], 200, seed="0", split="develop") if w.start == 9036)
    assert check_input(window.text) is None
