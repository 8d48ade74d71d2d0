"""Score newsclean on a PDF corpus, the fit and check halves side by side, per extractor (or layout).

    python benchmarks/pdfgen_score.py                                  # the generated corpus
    python benchmarks/pdfgen_score.py --corpus ../shared/bench/pdf-dev  # the shared sample, split the same way
    python benchmarks/pdfgen_score.py --system raw                     # the extractions as they are

Every extraction in ``CORPUS/raw`` is cleaned with ``newsclean.clean``; the
benchmark's own ``score_pdf.py`` then scores the candidates once against the
gold of each half (documents go to a half by the site of their source URL,
see ``split.py``).  A cell reads ``fit / check``; a ``*`` marks a metric whose
halves differ by more than 0.02.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from split import half_of_url

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent / "shared" / "bench"
METRICS = ("wer", "bow_f1", "para_f1", "hyph", "dropcap", "label", "fn_url", "marker", "title")
HALVES = ("fit", "check")


def candidate(job: tuple[Path, Path, str]) -> None:
    """Write one candidate in the form score_pdf.py reads."""
    raw, folder, system = job
    text = raw.read_text("utf-8")
    if system == "raw":
        (folder / raw.name).write_text(text, "utf-8")
    else:
        from newsclean import clean

        (folder / f"{raw.stem}.json").write_text(clean(text).to_json(), "utf-8")


def score(bench: Path, gold: Path, cand: Path, by: str, out: Path) -> dict:
    subprocess.run(
        [
            sys.executable,
            str(bench / "score_pdf.py"),
            "--gold",
            str(gold),
            "--cand",
            str(cand),
            "--by",
            by,
            "--json",
            str(out),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(out.read_text("utf-8"))


def cell(fit: float | None, check: float | None) -> str:
    if fit is None and check is None:
        return "–"
    mark = "*" if fit is not None and check is not None and abs(fit - check) > 0.02 else ""
    show = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
    return f"{show(fit)} / {show(check)}{mark}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=HERE / ".pdfgen-out", help="folder with gold/ and raw/")
    ap.add_argument("--bench", type=Path, default=BENCH, help="folder holding score_pdf.py")
    ap.add_argument("--system", choices=("newsclean", "raw"), default="newsclean")
    ap.add_argument("--by", choices=("extractor", "layout"), default="extractor", help="rows per extractor or layout")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="parallel cleaning processes")
    ap.add_argument("--keep", type=Path, help="keep the candidates and the scorer's JSON in this folder")
    args = ap.parse_args()
    golds = sorted((args.corpus / "gold").glob("*.json"))
    if not golds or not (args.bench / "score_pdf.py").is_file():
        sys.exit(f"need {args.corpus}/gold/*.json and {args.bench}/score_pdf.py (build the corpus with pdfgen_make.py)")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        cand = work / f"cand-{args.system}"
        cand.mkdir(parents=True, exist_ok=True)
        raws = sorted((args.corpus / "raw").glob("*.txt"))
        with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            list(pool.map(candidate, [(r, cand, args.system) for r in raws], chunksize=8))
        results, counts = {}, {}
        for h in HALVES:
            gold = work / f"gold-{h}"
            gold.mkdir(exist_ok=True)
            for g in golds:
                if half_of_url(json.loads(g.read_text("utf-8"))["source_url"]) == h:
                    (gold / g.name).unlink(missing_ok=True)
                    (gold / g.name).symlink_to(g.resolve())
            results[h] = score(args.bench, gold, cand, args.by, work / f"score-{args.system}-{h}.json")
            counts[h] = Counter(r[args.by] for r in results[h]["rows"])
            counts[h]["ALL"] = len(results[h]["rows"])
    groups = sorted(set(results["fit"]["summary"]) | set(results["check"]["summary"]), key=lambda g: (g == "ALL", g))
    print(f"{args.system} on {args.corpus}: fit / check")
    print(f"| {args.by} | n | " + " | ".join(METRICS) + " |")
    print("|---" * (len(METRICS) + 2) + "|")
    for g in groups:
        fit, check = (results[h]["summary"].get(g, {}) for h in HALVES)
        cells = [cell(fit.get(m), check.get(m)) for m in METRICS]
        print(f"| {g} | {counts['fit'][g]} / {counts['check'][g]} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
