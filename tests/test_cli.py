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


WEB_DEV = SEEDS[0].parents[2] / "shared" / "bench" / "web-dev" / "text"


def main_(capsys, *args):
    """Run the command line in this process (no interpreter start-up): exit status, stdout, stderr."""
    from newsclean.cli import main

    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _article(words=60):
    return ("The council met on Monday and agreed to rebuild the old bridge over the river. " * (words // 15)).encode()


def test_out_mirrors_each_argument_so_same_names_never_collide(tmp_path, capsys):
    for sub in ("chromium", "lynx", "lynx/deep"):
        (tmp_path / "in" / sub).mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / sub / "page.txt").write_bytes(_article())
    status, _, err = main_(
        capsys, "--out", tmp_path / "o", "--format", "txt", tmp_path / "in" / "chromium", tmp_path / "in" / "lynx"
    )
    assert status == 0, err
    written = sorted(str(p.relative_to(tmp_path / "o")) for p in (tmp_path / "o").rglob("*.txt"))
    assert written == ["chromium/page.txt", "lynx/deep/page.txt", "lynx/page.txt"]


def test_two_file_arguments_of_one_name_go_to_their_folders(tmp_path, capsys):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_bytes(_article())
    status, _, err = main_(capsys, "--out", tmp_path / "o", tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt")
    assert status == 0, err
    assert sorted(str(p.relative_to(tmp_path / "o")) for p in (tmp_path / "o").rglob("*.json")) == [
        "a/x.json",
        "b/x.json",
    ]


def test_inputs_that_would_share_an_output_are_refused_before_anything_is_written(tmp_path, capsys):
    (tmp_path / "x.txt").write_bytes(_article())
    (tmp_path / "x.text").write_bytes(_article())
    status, _, message = main_(
        capsys, "--out", tmp_path / "o", tmp_path / "x.txt", tmp_path / "x.text", tmp_path / "x.txt"
    )
    assert status == 2
    assert "same output file" in message and "x.text" in message and "x.txt" in message
    assert not (tmp_path / "o").exists()


def test_the_two_renderings_of_web_dev_get_one_output_each():
    from newsclean.cli import _expand, _Targets

    folders = [WEB_DEV / "chromium", WEB_DEV / "lynx"]
    if not all(f.is_dir() for f in folders):
        import pytest

        pytest.skip("benchmark pages not available")
    inputs, failures = _expand([str(f) for f in folders])
    target = _Targets(SEEDS[0].parent / "o", "json", inputs)
    assert not failures and len(inputs) == 120
    assert len({target(i) for i in inputs}) == 120


def test_json_with_several_inputs_is_one_array(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(os.urandom(4096))
    status, out, _ = main_(capsys, "--format", "json", SEEDS[4], bad, SEEDS[2])
    assert status == 1
    records = json.loads(out)
    assert [r["source"]["path"] for r in records] == [str(SEEDS[4]), str(SEEDS[2])]
    for r in records:
        validate(r)
    assert json.loads(main_(capsys, "--format", "json", bad, bad)[1]) == []


def test_md_and_txt_name_each_document(capsys):
    for fmt in ("md", "txt"):
        status, out, err = main_(capsys, "--format", fmt, SEEDS[2], SEEDS[4])
        assert status == 0, err
        lines = out.splitlines()
        heads = [line for line in lines if line.startswith("==> ")]
        assert heads == [f"==> {SEEDS[2]} <==", f"==> {SEEDS[4]} <=="]
        assert lines[0] == heads[0]
        assert lines[lines.index(heads[1]) - 1] == ""  # a blank line before the next document's name


def test_outputs_get_the_users_permissions(tmp_path, capsys):
    old = os.umask(0o027)
    try:
        status, _, err = main_(capsys, "--out", tmp_path, SEEDS[4])
    finally:
        os.umask(old)
    assert status == 0, err
    (written,) = tmp_path.iterdir()
    assert written.stat().st_mode & 0o777 == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_contradictory_or_senseless_options_are_usage_errors(capsys):
    for args, message in [
        (["--set", "reflow.short_line=nan"], "not a finite number"),
        (["--set", "reflow.short_line=inf"], "not a finite number"),
        (["--set", "reflow.short_line=1.5"], "out of range"),
        (["--set", "captions.max_lines=-2"], "out of range"),
        (["--only", "reflow", "--disable", "reflow"], "both chosen"),
    ]:
        status, out, err = main_(capsys, *args, SEEDS[4])
        assert status == 2, args
        assert message in err and out == ""


def test_library_warnings_are_captured_not_printed(capsys, monkeypatch):
    import logging
    import warnings

    from newsclean import batch
    from newsclean.cli import _quiet_libraries

    def noisy(data, **kwargs):
        warnings.warn("a library's warning", UserWarning, stacklevel=1)
        logging.getLogger("wordfreq").warning("You asked for word frequencies in language 'pcm'.")
        return "done"

    monkeypatch.setattr(batch, "clean", noisy)
    _quiet_libraries()
    assert list(batch.clean_many(["some text"], jobs=1)) == ["done"]
    assert capsys.readouterr().err == ""


def test_languages_without_a_word_list_ask_wordfreq_quietly(caplog):
    from newsclean.lexicon import stopwords, wordlist_language, zipf

    with caplog.at_level("WARNING"):
        assert wordlist_language("pcm") == "en"
        assert zipf("market", "pcm") == zipf("market", "en") > 0
        assert stopwords("pcm") == stopwords("en")
    assert not caplog.records
