"""Score newsclean on the development sets, fit and check halves side by side.

    python benchmarks/bench_scores.py                   # web-dev, web-wcxb and pdf-dev
    python benchmarks/bench_scores.py web-wcxb -j 2     # one set, two worker processes
    python benchmarks/bench_scores.py --keep out/ web-dev   # keep the records for a closer look

Each text is cleaned with ``newsclean.clean`` and scored by the benchmark's
own scorer (``score_web.py`` or ``score_pdf.py`` from ``../shared/bench``),
once per half of the fixed split in ``split.py``.  A change is judged on the
check half; a gap between the halves means a rule fits its samples, not the
kind.  ``--baseline`` adds the raw text with nothing removed, the floor any
cleaner must beat.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from split import HALVES, gold_half

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
WEB_SETS = ("web-dev", "web-wcxb")
PDF_SETS = ("pdf-dev",)
WEB_COLUMNS = ("F1", "P", "R", "title", "date", "author")
PDF_COLUMNS = ("wer", "bow_f1", "para_f1", "hyph", "dropcap", "label", "fn_url", "marker", "title")


def _clean(job: tuple[Path, Path]) -> None:
    from newsclean import InputError, clean

    source, target = job
    try:
        record = clean(source.read_bytes()).to_json(indent=None)
    except InputError:
        record = json.dumps({"title": None, "text": ""})
    target.write_text(record, "utf-8")


def _texts(name: str) -> Iterator[tuple[str, Path]]:
    """(renderer or extractor, raw text) pairs of one set."""
    if name in PDF_SETS:
        for path in sorted((BENCH / name / "raw").glob("*.txt")):
            yield path.stem.split("__", 1)[1], path
    else:
        for folder in sorted(p for p in (BENCH / name / "text").iterdir() if p.is_dir()):
            for path in sorted(folder.glob("*.txt")):
                yield folder.name, path


def clean_set(name: str, out: Path, jobs: int, baseline: bool) -> None:
    """Write one candidate per raw text under ``out/<tool>/<renderer>/``."""
    work = []
    for tool in ("newsclean", "raw") if baseline else ("newsclean",):
        for group, path in _texts(name):
            folder = out / tool / ("" if name in PDF_SETS else group)
            folder.mkdir(parents=True, exist_ok=True)
            stem = path.stem
            if tool == "raw":
                (folder / f"{stem}.txt").write_text(path.read_text("utf-8", "replace"), "utf-8")
            else:
                work.append((path, folder / f"{stem}.json"))
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_clean, work, chunksize=8))


def _gold_halves(name: str, tmp: Path) -> dict[str, Path]:
    """A gold folder per half, of links to the set's gold files."""
    folders = {h: tmp / "gold" / name / h for h in HALVES}
    for folder in folders.values():
        folder.mkdir(parents=True)
    for gold in sorted((BENCH / name / "gold").glob("*.json")):
        (folders[gold_half(gold)] / gold.name).symlink_to(gold)
    return folders


def score_web(name: str, out: Path, tmp: Path) -> dict[str, dict[str, dict]]:
    """{half: {tool/renderer: summary}} from score_web.py."""
    scores = {}
    for h, gold in _gold_halves(name, tmp).items():
        specs = [
            f"{tool.name}/{r.name}={r}" for tool in sorted(out.iterdir()) for r in sorted(tool.iterdir()) if r.is_dir()
        ]
        summary = tmp / f"{name}-{h}.json"
        _run("score_web.py", "--gold", gold, *specs, "--json", summary)
        scores[h] = json.loads(summary.read_text("utf-8"))
    return scores


def score_pdf(name: str, out: Path, tmp: Path) -> dict[str, dict[str, dict]]:
    """{half: {tool/extractor: summary}} from score_pdf.py."""
    scores: dict[str, dict[str, dict]] = {}
    for h, gold in _gold_halves(name, tmp).items():
        scores[h] = {}
        for tool in sorted(out.iterdir()):
            summary = tmp / f"{name}-{h}-{tool.name}.json"
            _run("score_pdf.py", "--gold", gold, "--cand", tool, "--json", summary)
            for group, values in json.loads(summary.read_text("utf-8"))["summary"].items():
                scores[h][f"{tool.name}/{group}"] = values
    return scores


def _run(script: str, *args: object) -> None:
    subprocess.run([sys.executable, str(BENCH / script), *map(str, args)], check=True, stdout=subprocess.DEVNULL)


def table(name: str, scores: dict[str, dict[str, dict]], columns: tuple[str, ...]) -> str:
    """One row per tool and group, each metric as ``fit / check``."""
    rows = [f"## {name} (fit / check)", "", "| tool | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for tool in scores["fit"]:
        cells = []
        for c in columns:
            pair = [scores[h].get(tool, {}).get(c) for h in HALVES]
            cells.append(" / ".join("-" if v is None else f"{v:.3f}" for v in pair))
        rows.append(f"| {tool} | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=[*WEB_SETS, *PDF_SETS], choices=[*WEB_SETS, *PDF_SETS])
    ap.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    ap.add_argument("--keep", type=Path, help="write the records here and keep them")
    ap.add_argument("--baseline", action="store_true", help="also score the raw text, nothing removed")
    ap.add_argument("--json", type=Path, help="write every score as JSON")
    args = ap.parse_args()
    if not BENCH.is_dir():
        sys.exit(f"benchmark data not found at {BENCH}")
    results = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name in args.sets:
            out = (args.keep or tmp / "out") / name
            clean_set(name, out, args.jobs, args.baseline)
            if name in PDF_SETS:
                results[name] = score_pdf(name, out, tmp)
                print(table(name, results[name], PDF_COLUMNS), flush=True)
            else:
                results[name] = score_web(name, out, tmp)
                print(table(name, results[name], WEB_COLUMNS), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), "utf-8")


if __name__ == "__main__":
    main()
