"""clean_many: the documents clean() gives, in input order, from worker processes; Parquet output."""

import itertools
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import newsclean
from newsclean import Failed, Pipeline, Rendered, clean, clean_file, clean_many
from newsclean.batch import CHUNK_INPUTS, WINDOW_PER_JOB
from newsclean.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
BENCH = ROOT.parent / "shared" / "bench"
NOT_TEXT = b"\xff\xfe\x00\x00" + b"\xff" * 40  # a UTF-32 mark over bytes no encoding reads


def bench_sample(n: int = 6, most_bytes: int = 12_000) -> list[Path]:
    """A few short shared development texts, spread over its collections; none when absent."""
    paths = sorted(BENCH.glob("*/raw/*.txt")) + sorted(BENCH.glob("*/text/*/*.txt"))
    short = [p for p in paths if p.stat().st_size <= most_bytes]
    return short[:: max(1, len(short) // n)][:n]


def test_two_workers_give_what_clean_gives_in_input_order():
    paths = SEEDS + bench_sample()
    texts = [p.read_bytes() for p in paths]
    # Inputs repeated far apart: equal documents must still come back in their places.
    texts = texts + texts[:2]
    assert list(clean_many(texts, jobs=2)) == [clean(t) for t in texts]


def test_paths_pairs_and_failures_each_give_one_result_in_place(tmp_path):
    missing = tmp_path / "gone.txt"
    inputs = [SEEDS[0], ("stdin", NOT_TEXT), missing, ("b", "Second text."), "Third text.", SEEDS[1]]
    out = list(clean_many(inputs, jobs=2))
    assert out[0] == clean_file(SEEDS[0])
    assert isinstance(out[1], Failed) and (out[1].index, out[1].id, out[1].kind) == (1, "stdin", "input")
    assert "does not decode" in out[1].error
    assert isinstance(out[2], Failed) and out[2].id == str(missing) and "cannot read" in out[2].error
    assert out[3] == clean("Second text.") and out[4] == clean("Third text.")
    assert out[5] == clean_file(SEEDS[1])


def test_rendering_in_the_worker_gives_the_text_the_parent_would_write():
    pipeline = Pipeline(disable=["reflow"])
    out = list(clean_many(SEEDS, jobs=2, pipeline=pipeline, render="jsonl"))
    assert all(isinstance(r, Rendered) for r in out)
    assert [r.id for r in out] == [str(p) for p in SEEDS]
    assert [r.body for r in out] == [clean_file(p, pipeline=pipeline).to_json(indent=None) + "\n" for p in SEEDS]


def test_one_job_runs_in_this_process_with_the_same_results():
    texts = [p.read_bytes() for p in SEEDS]
    assert list(clean_many(texts, jobs=1, render="md")) == [
        Rendered(f"#{i}", clean(t).to_markdown()) for i, t in enumerate(texts)
    ]


def test_the_stream_reads_ahead_only_a_bounded_window():
    pulled = itertools.count()

    def endless():
        for i in pulled:
            yield f"Story number {i} ends here."

    first = list(itertools.islice(clean_many(endless(), jobs=2), 3))
    assert [d.text for d in first] == [f"Story number {i} ends here.\n" for i in range(3)]
    # The inputs taken from the stream: those in flight, one chunk being filled, the next count.
    assert next(pulled) <= 2 * WINDOW_PER_JOB * CHUNK_INPUTS + CHUNK_INPUTS + 1


@pytest.mark.parametrize("bad", [("id", 3), 3.5, ("a", "b", "c")])
def test_an_input_of_no_known_kind_is_refused_by_name(bad):
    with pytest.raises(TypeError, match="input #1"):
        list(clean_many(["fine", bad], jobs=1))


def test_bad_arguments_are_refused_before_any_work():
    with pytest.raises(ValueError, match="jobs"):
        clean_many(["x"], jobs=0)
    with pytest.raises(ValueError, match="render"):
        clean_many(["x"], render="html")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_workers_end_when_their_parent_is_killed():
    script = textwrap.dedent(
        """
        import itertools
        from newsclean import clean_many
        texts = (f"Paragraph {i} of a long story. " * 300 for i in itertools.count())
        for n, doc in enumerate(clean_many(texts, jobs=2)):
            if n == 0:
                print("running", flush=True)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout.readline().strip() == "running"
        workers = _children(parent.pid)
        assert len(workers) >= 2
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.2)
    assert not [pid for pid in workers if _alive(pid)]


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its exit status is left to collect


def test_the_command_line_with_two_jobs_writes_what_one_job_writes(tmp_path, capsys):
    assert main(["-j", "2", "--format", "jsonl", str(ROOT / "seeds")]) == 0
    two = capsys.readouterr().out
    assert main(["-j", "1", "--format", "jsonl", str(ROOT / "seeds")]) == 0
    assert two == capsys.readouterr().out
    assert two.splitlines() == [clean_file(p).to_json(indent=None) for p in SEEDS]


def test_parquet_output_has_one_row_per_document_with_its_text(tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    bad = tmp_path / "in" / "bad.txt"
    bad.parent.mkdir()
    bad.write_bytes(NOT_TEXT)
    out = tmp_path / "out"
    assert main(["--format", "parquet", "--out", str(out), "-j", "2", str(ROOT / "seeds"), str(bad)]) == 1
    assert "bad.txt" in capsys.readouterr().err
    assert sorted(os.listdir(out)) == ["documents.parquet"]
    table = pq.read_table(out / "documents.parquet")
    assert table.to_pylist() == [clean_file(p).to_dict() for p in SEEDS]
    assert table.column("text").to_pylist() == [clean_file(p).text for p in SEEDS]


def test_parquet_needs_a_folder_to_write_to(capsys):
    pytest.importorskip("pyarrow")
    assert main(["--format", "parquet", str(SEEDS[0])]) == 2
    assert "--out" in capsys.readouterr().err


def test_a_parquet_file_appears_whole_or_not_at_all(tmp_path):
    pytest.importorskip("pyarrow")
    from newsclean.parquet import ParquetSink, write_parquet

    target = tmp_path / "docs.parquet"
    with pytest.raises(RuntimeError), ParquetSink(target) as sink:
        sink.write(clean("One."))
        raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []
    assert write_parquet(clean_many(["One.", "Two."], jobs=1), target) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.parquet"]


def test_the_package_exports_the_batch_api():
    assert {"clean_many", "Failed", "Rendered"} <= set(newsclean.__all__)
    assert newsclean.clean_many is clean_many
