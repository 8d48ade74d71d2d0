"""Batch cleaning at scale: wall time by worker count, peak memory by corpus size, Ray beside clean_many.

Four measurements, each run in a fresh process so that its peak memory is its own:

1. ``python -m newsclean -j 2`` against ``-j 1`` on distinct files (default 300
   from ../shared/bench/, else the seeds made distinct): wall time and speed-up.
2. Many small files (default 100,000, written to a temporary folder) through
   ``-j 2 --format jsonl``: peak memory of the parent and of the largest worker.
3. One large corpus (default 100 MB of texts streamed from a generator) through
   ``clean_many(jobs=2, render="jsonl")``: peak memory and throughput.
4. ``newsclean.ray.clean_dataset`` on a local two-CPU Ray instance beside
   ``clean_many(jobs=2)`` on the same texts (needs ``newsclean[ray]``).

Peak memory is ``ru_maxrss`` from ``getrusage``: of the measuring process
itself, and of its children (the largest worker).  Memory that stays flat from
the small to the large size is what streaming promises.  Wall times on a shared
machine vary with its load; CPU seconds are given beside them.

    python benchmarks/batch.py                       # everything, full sizes (long)
    python benchmarks/batch.py --only jobs --files 300
    python benchmarks/batch.py --only small --small 10000,100000
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"


def source_paths() -> list[Path]:
    """Distinct raw texts: the shared development set when present, the seeds otherwise."""
    paths = sorted(BENCH.glob("*/raw/*.txt")) + sorted(BENCH.glob("*/text/*/*.txt"))
    return paths or sorted((ROOT / "seeds").glob("*.txt"))


def distinct_files(n: int, folder: Path) -> list[Path]:
    """``n`` distinct input files: shared texts spread over the set, or seeds made distinct by a line."""
    paths = source_paths()
    if len(paths) >= n:
        return paths[:: len(paths) // n][:n]
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, src in zip(range(n), itertools.cycle(paths)):
        target = folder / f"{i:05d}.txt"
        target.write_bytes(src.read_bytes() + f"\nFile {i} of the benchmark.\n".encode())
        out.append(target)
    return out


def paragraphs() -> list[str]:
    found = []
    for p in source_paths():
        found += [b.strip() for b in p.read_text("utf-8", "replace").split("\n\n") if 80 < len(b.strip()) < 600]
    return found


def small_files(n: int, folder: Path) -> Path:
    """``n`` short articles (a headline, a byline and two paragraphs), 1,000 to a sub-folder."""
    paras = paragraphs()
    for i in range(n):
        sub = folder / f"{i // 1000:03d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        body = f"Story {i}\n\nBy A. Writer\n\n{paras[i % len(paras)]}\n\n{paras[(i * 7 + 3) % len(paras)]}\n"
        (sub / f"{i:06d}.txt").write_text(body, "utf-8")
    return folder


def corpus(megabytes: float) -> Iterator[str]:
    """Texts adding up to ``megabytes``, read as they are needed, each with a line of its own.

    Past one pass over the development texts their blocks repeat, and the block
    cache knows them: CPU per MB from a corpus larger than the set is below new text's.
    """
    paths = source_paths()
    total, limit = 0, int(megabytes * 1e6)
    for i in itertools.count():
        text = f"{paths[i % len(paths)].read_text('utf-8', 'replace')}\n\nCopy {i}.\n"
        total += len(text.encode("utf-8"))
        yield text
        if total >= limit:
            return


def measured(case: list[str]) -> dict:
    """Run one case in a fresh interpreter; its own report plus the wall time seen from here."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--case", *case], capture_output=True, text=True, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report["wall"] = time.perf_counter() - start
    return report


def _usage() -> dict:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "peak_parent_mb": own.ru_maxrss / 1024,
        "peak_worker_mb": kids.ru_maxrss / 1024,
        "cpu": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
    }


def run_case(name: str, args: list[str]) -> None:
    """The child side of ``measured``: do the work, print one JSON line."""
    report: dict = {}
    if name == "cli":
        from newsclean.cli import main

        jobs, out, *inputs = args
        with open(os.devnull, "w") as sink:
            sys.stdout = sink
            status = main(["-j", jobs, "--format", "jsonl", "--out", out, *inputs])
            sys.stdout = sys.__stdout__
        report["status"] = status
    elif name == "stream":
        from newsclean import Failed, clean_many

        megabytes, jobs = float(args[0]), int(args[1])
        count = size = 0
        for result in clean_many(corpus(megabytes), jobs=jobs, render="jsonl"):
            count += 1
            size += 0 if isinstance(result, Failed) else len(result.body)
        report.update(documents=count, output_mb=size / 1e6)
    elif name == "ray":
        import ray

        from newsclean.ray import clean_dataset

        megabytes, jobs = float(args[0]), int(args[1])
        ray.init(num_cpus=jobs, include_dashboard=False, log_to_driver=False, configure_logging=False)
        ray.data.DataContext.get_current().enable_progress_bars = False
        start = time.perf_counter()
        items = ray.data.from_items([{"text": t} for t in corpus(megabytes)])
        report["documents"] = clean_dataset(items).count()
        report["work_wall"] = time.perf_counter() - start
        ray.shutdown()
    print(json.dumps({**report, **_usage()}))


def line(label: str, r: dict) -> str:
    return (
        f"{label:<34} wall {r['wall']:7.1f}s  cpu {r['cpu']:7.1f}s  "
        f"peak parent {r['peak_parent_mb']:6.0f} MB  peak worker {r['peak_worker_mb']:6.0f} MB"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--case", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    ap.add_argument("--only", choices=["jobs", "small", "corpus", "ray"], action="append", help="run only these")
    ap.add_argument("--files", type=int, default=300, help="distinct files for -j 2 against -j 1 (default: 300)")
    ap.add_argument("--small", default="10000,100000", help="small-file counts, comma-separated")
    ap.add_argument("--corpus", default="10,100", help="corpus sizes in MB, comma-separated")
    ap.add_argument("--ray-mb", type=float, default=5, help="MB of texts for Ray beside clean_many (default: 5)")
    args = ap.parse_args()
    if args.case:
        run_case(args.case[0], args.case[1:])
        return
    only = set(args.only or ["jobs", "small", "corpus", "ray"])
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
        work = Path(tmp)
        if "jobs" in only:
            files = [str(p) for p in distinct_files(args.files, work / "distinct")]
            mb = sum(os.path.getsize(p) for p in files) / 1e6
            one = measured(["cli", "1", str(work / "out1"), *files])
            two = measured(["cli", "2", str(work / "out2"), *files])
            print(line(f"{len(files)} files ({mb:.1f} MB), -j 1", one))
            print(line(f"{len(files)} files ({mb:.1f} MB), -j 2", two))
            print(f"{'speed-up of -j 2':<34} {one['wall'] / two['wall']:.2f}x wall")
        if "small" in only:
            for n in (int(s) for s in args.small.split(",")):
                folder = small_files(n, work / f"small{n}")
                print(line(f"{n:,} small files, -j 2", measured(["cli", "2", str(work / f"out{n}"), str(folder)])))
        if "corpus" in only:
            for mb in (float(s) for s in args.corpus.split(",")):
                r = measured(["stream", str(mb), "2"])
                print(
                    line(f"{mb:g} MB corpus, clean_many(jobs=2)", r)
                    + f"  {mb / r['wall']:.3f} MB/s wall, {mb / r['cpu']:.3f} MB per CPU-second"
                )
        if "ray" in only:
            many = measured(["stream", str(args.ray_mb), "2"])
            print(line(f"{args.ray_mb:g} MB, clean_many(jobs=2)", many))
            try:
                on_ray = measured(["ray", str(args.ray_mb), "2"])
            except subprocess.CalledProcessError as exc:
                print(f"Ray: not run ({exc.stderr.strip().splitlines()[-1] if exc.stderr else exc})")
            else:
                print(
                    line(f"{args.ray_mb:g} MB, Ray clean_dataset (2 CPUs)", on_ray)
                    + f"  ({on_ray['work_wall']:.1f}s after ray.init; Ray's own workers are not in cpu or peaks)"
                )


if __name__ == "__main__":
    main()
