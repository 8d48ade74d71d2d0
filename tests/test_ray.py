"""newsclean.ray on a local Ray instance: the documents clean() gives, as rows and as Parquet."""

import pytest

ray = pytest.importorskip("ray")
pq = pytest.importorskip("pyarrow.parquet")

from test_batch import NOT_TEXT, SEEDS, bench_sample  # noqa: E402

from newsclean import Pipeline, clean, clean_file  # noqa: E402
from newsclean.parquet import schema  # noqa: E402
from newsclean.ray import clean_dataset, read_texts  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    yield
    ray.shutdown()


def rows(dataset) -> list[dict]:
    return [row for ref in dataset.to_arrow_refs() for row in ray.get(ref).to_pylist()]


def test_text_files_give_the_documents_clean_file_gives_and_write_parquet(local_ray, tmp_path):
    paths = [str(p) for p in SEEDS + bench_sample()]
    docs = clean_dataset(read_texts(paths)).materialize()
    by_path = {r["source"]["path"]: r for r in rows(docs)}
    assert by_path == {p: clean_file(p).to_dict() for p in paths}
    docs.write_parquet(str(tmp_path / "out"))
    written = [r for f in sorted((tmp_path / "out").glob("*.parquet")) for r in pq.read_table(f).to_pylist()]
    assert sorted(written, key=lambda r: r["source"]["path"]) == [by_path[p] for p in sorted(paths)]
    assert pq.read_schema(next((tmp_path / "out").glob("*.parquet"))).names == schema().names


def test_the_pipeline_travels_to_the_actors_and_bad_rows_are_kept_with_their_reason(local_ray):
    pipeline = Pipeline(disable=["reflow"], options={"hyphenation": {}})
    texts = [p.read_text("utf-8") for p in SEEDS]
    items = [{"text": t, "url": f"https://example.org/{i}"} for i, t in enumerate(texts)]
    items.append({"text": NOT_TEXT, "url": "https://example.org/bad"})
    dataset = ray.data.from_items(items)
    out = rows(clean_dataset(dataset, pipeline=pipeline, keep_columns=["url"], errors="keep", concurrency=1))
    by_url = {r.pop("url"): r for r in out}
    bad = by_url.pop("https://example.org/bad")
    assert "does not decode" in bad["error"] and bad["id"] is None
    expected = {f"https://example.org/{i}": clean(t, pipeline=pipeline).to_dict() for i, t in enumerate(texts)}
    assert {url: {k: v for k, v in r.items() if k != "error"} for url, r in by_url.items()} == expected
    assert expected != {f"https://example.org/{i}": clean(t).to_dict() for i, t in enumerate(texts)}


def test_a_missing_text_column_and_clashing_columns_are_named(local_ray):
    dataset = ray.data.from_items([{"body": "Some text."}])
    with pytest.raises(ValueError, match="title"):
        clean_dataset(dataset, text_column="body", keep_columns=["title"])
    with pytest.raises(Exception, match="no column 'text'"):
        rows(clean_dataset(dataset, concurrency=1))
