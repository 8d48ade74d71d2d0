"""The command line of SPEC §4, run as a user would."""

import json
import os
import subprocess
import sys

from conftest import SEEDS, validate

from newsclean.cli import build_parser


def run(*args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "newsclean", *map(str, args)], input=stdin, capture_output=True)


def test_one_file_is_pretty_json():
    out = run(SEEDS[4])
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(b"{\n")
    validate(json.loads(out.stdout))


def test_a_folder_gives_json_lines_in_order():
    out = run(SEEDS[0].parent)
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r["source"]["path"] for r in records] == [str(p) for p in SEEDS]


def test_stdin():
    out = run("-", stdin="Itâ€™s  here.\r\n".encode())
    assert out.returncode == 0
    assert json.loads(out.stdout)["text"] == "It’s here.\n"


def test_out_writes_every_format_and_never_an_input(tmp_path):
    for fmt in ("json", "jsonl", "md", "txt"):
        out = run("--out", tmp_path / fmt, "--format", fmt, *SEEDS)
        assert out.returncode == 0, out.stderr
        written = sorted(p.name for p in (tmp_path / fmt).iterdir())
        assert written == sorted(f"{p.stem}.{fmt}" for p in SEEDS)
    assert (tmp_path / "md" / f"{SEEDS[0].stem}.md").read_text().strip()
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Some text.\n")
    out = run("--out", src, "--format", "txt", src / "a.txt")
    assert out.returncode == 1 and b"refusing to overwrite" in out.stderr
    assert (src / "a.txt").read_text() == "Some text.\n"


def test_a_missing_input_fails_alone(tmp_path):
    out = run("--out", tmp_path, SEEDS[0], tmp_path / "missing.txt", SEEDS[1])
    assert out.returncode == 1
    assert b"missing.txt" in out.stderr
    assert {p.name for p in tmp_path.iterdir()} == {f"{SEEDS[0].stem}.json", f"{SEEDS[1].stem}.json"}


def test_binary_input_is_reported_without_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(os.urandom(4096))
    out = run(bad)
    assert out.returncode == 1
    assert b"Traceback" not in out.stderr and b"bad.txt" in out.stderr


def test_usage_errors_exit_2():
    assert run("--no-such-flag").returncode == 2
    assert run().returncode == 2
    unknown = run("--disable", "nonsense", SEEDS[0])
    assert unknown.returncode == 2 and b"known cleaners" in unknown.stderr


def test_explain_lists_edits_with_line_and_column():
    out = run("--explain", SEEDS[0])
    assert out.returncode == 0
    lines = out.stderr.decode().splitlines()
    assert lines[0].endswith("removals")
    assert any(" -> " in line and ":" in line.split()[0] for line in lines[1:])


def test_list_cleaners_and_switches():
    out = run("--list-cleaners", "--disable", "reflow")
    text = out.stdout.decode()
    assert out.returncode == 0
    assert "unicode" in text and "newsclean" in text and "reflow" in text and "(off)" in text
    only = run("--only", "whitespace", "--format", "json", "-", stdin="Itâ€™s  a\nwrapped line".encode())
    doc = json.loads(only.stdout)
    assert doc["text"] == "Itâ€™s a wrapped line\n"
    assert {e["cleaner"] for e in doc["edits"]} == {"whitespace"}


def test_jobs_give_the_same_output():
    one = run(*SEEDS)
    two = run("-j", "2", *SEEDS)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_every_option_has_help():
    for action in build_parser()._actions:
        assert action.help, f"{action.option_strings or action.dest} has no help text"
