"""A cleaner's ``could_apply`` only skips documents it would leave as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import Cleaner, Pipeline, clean

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_output_is_the_same_without_prefilters(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = path.read_bytes()
    filtered = Pipeline()
    with_prefilters = clean(raw, pipeline=filtered).to_json()
    monkeypatch.setattr(Cleaner, "could_apply", lambda self, text, draft: True)
    for cls in {type(c) for c in filtered.cleaners}:
        monkeypatch.setattr(cls, "could_apply", lambda self, text, draft: True, raising=False)
    everything = Pipeline()
    assert clean(raw, pipeline=everything).to_json() == with_prefilters
    assert not any(s.documents_skipped for s in everything.stats)


def test_stats_count_each_cleaners_work() -> None:
    pipeline = Pipeline()
    for path in SEEDS:
        clean(path.read_bytes(), pipeline=pipeline)
    stats = {s.name: s for s in pipeline.stats}
    assert set(stats) == set(pipeline.names)
    assert all(s.documents == len(SEEDS) for s in stats.values())
    assert all(s.documents_touched + s.documents_skipped <= s.documents for s in stats.values())
    assert stats["reflow"].changes > 0 and stats["reflow"].documents_touched > 0
    assert any(s.documents_skipped for s in stats.values())


def test_stats_flag_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    from newsclean.cli import main

    assert main(["--stats", str(SEEDS[0])]) == 0
    err = capsys.readouterr().err
    assert err.splitlines()[0].split()[:3] == ["cleaner", "docs", "skipped"]
    assert "reflow" in err
    assert main(["--stats", "-j", "2", str(SEEDS[0])]) == 2


_THREAD = (
    "The council voted on Monday to delay the bridge, and the mayor said the city would look again at the costs.\n\n"
    "Jane Doe  November 18, 2019 at 9:41 am\n\nA sensible decision, and long overdue.\n\n"
    "Tom Roe  November 19, 2019\n\nThe bridge is needed now, not in five years.\n"
)


def test_discussion_prefilter_reads_lines_and_labels_no_block() -> None:
    from newsclean import Draft
    from newsclean.cleaners.discussion import Discussion
    from newsclean.tracking import TrackedText

    cleaner = Discussion()
    article = Draft(TrackedText(SEEDS[0].read_text("utf-8")))
    assert not cleaner.could_apply(article.text, article)
    assert "units" not in vars(article.page)  # the page's blocks were not labelled to tell
    thread = Draft(TrackedText(_THREAD))
    assert cleaner.could_apply(thread.text, thread)
    assert list(cleaner.propose(thread.text, thread))  # and the thread is there to move
    assert not Discussion(min_comments=3).could_apply(thread.text, thread)
    faq = Draft(TrackedText("Frequently Asked\nQuestions\n\nIs it open?\n\nYes.\n\nIs it free?\n\nNo.\n"))
    assert cleaner.could_apply(faq.text, faq)
