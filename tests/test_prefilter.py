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
