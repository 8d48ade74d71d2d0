"""A short, fixed fuzz run, the driver's own behaviour, and the inputs the fuzz driver found."""

import json
import random
from pathlib import Path

import pytest

from newsclean import Pipeline, clean
from newsclean.testing.fuzz import check_input, corpus_files, main, make_input
from newsclean.testing.mutate import MUTATIONS, encode, mutate

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
CORPUS = [ROOT / "seeds", *([BENCH] if BENCH.is_dir() else [])]


def test_a_short_fuzz_run_finds_nothing():
    """300 inputs of one seed: no exception but InputError, faithful offsets, and every cleaner that settles holds.

    A second pass may still change what ``metadata`` or ``boilerplate`` judge (they do not settle yet).
    """
    files = corpus_files(CORPUS)
    settling = {c.name for c in Pipeline().cleaners if c.settle}
    failures = [
        f
        for i in range(300)
        if (f := check_input(make_input("suite", i, files))) is not None and not set(f.cleaners) - settling
    ]
    assert not failures, f"{len(failures)} failures, first: {failures[0].check}: {failures[0].detail[:300]}"


def test_inputs_are_made_again_from_their_number():
    files = corpus_files([ROOT / "seeds"])
    made = [make_input(7, i, files) for i in range(200)]
    assert made == [make_input(7, i, files) for i in range(200)]
    assert {type(d) for d in made} == {str, bytes}
    assert sum(len(d) <= 400 for d in made) >= 180  # mostly small, so a long run is feasible


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_each_mutation_is_seeded(name):
    text = (ROOT / "seeds" / "000_b077174c2f92cba7.txt").read_text("utf-8")[:600]
    once = MUTATIONS[name](random.Random(1), text)
    assert once == MUTATIONS[name](random.Random(1), text)
    assert isinstance(once, str)
    assert isinstance(mutate(random.Random(2), text), str)
    assert isinstance(encode(random.Random(3), once), bytes)


def test_the_command_resumes_and_replays(tmp_path, capsys):
    failures = tmp_path / "found"
    args = ["--count", "5", "--seed", "t", "--corpus", str(ROOT / "seeds"), "--failures", str(failures)]
    assert main(args) == 0
    assert "5 inputs, 0 exception, 0 offsets, 0 second pass" in capsys.readouterr().out
    state = next(failures.glob("state-*.jsonl"))
    assert json.loads(state.read_text().splitlines()[0])["seed"] == "t"
    assert main(args) == 0  # resumed: nothing left to do, the summary still counts the first run
    captured = capsys.readouterr()
    assert "1 of 1 chunks done before; 0 to go" in captured.err
    assert "5 inputs" in captured.out
    (failures / "exception-0.txt").write_text("The plan was approved.1\n\U00011de1 See the report.\n", "utf-8")
    assert main(["--replay", str(failures)]) == 0
    assert "exception-0.txt: ok" in capsys.readouterr().out


@pytest.mark.parametrize(
    "raw",
    [
        "The plan was approved.1\n\U00011de1 See the report.\n",  # a digit ``int`` does not know opens a note line
    ],
)
def test_inputs_the_fuzz_driver_found(raw):
    assert check_input(raw) is None
    assert clean(raw).text


@pytest.mark.skipif(not BENCH.is_dir(), reason="needs ../shared/bench")
@pytest.mark.parametrize(
    ("seed", "index"),
    [
        pytest.param(
            "long2",
            10887,  # ``Buser`` after the first pass moved a lone ``A``: dropcaps judged it anew
            marks=pytest.mark.xfail(
                reason="metadata does not settle yet: a heading in capitals left at the top is the title when cleaned again",
                strict=True,
            ),
        ),
        ("long2", 9538),  # ``PARTMENT`` the same way
    ],
)
def test_inputs_of_the_long_run_hold(seed, index):
    """Inputs the long run found (made again from their number: bench pages stay out of the repository)."""
    assert check_input(make_input(seed, index, corpus_files(CORPUS))) is None
