"""The text each development page has when a cleaner sees it, cached for fitting.

Fitting a cleaner's decision needs the text as that cleaner receives it:
the raw page after every cleaner before it.  This runs the pipeline up to
the named cleaner over the web development sets once and pickles the
states, so that fitting scripts can try features quickly.
"""

from __future__ import annotations

import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from split import gold_half  # noqa: E402

BENCH = Path(__file__).resolve().parents[3] / "shared" / "bench"
WEB_SETS = ("web-dev", "web-wcxb")
PDF_SETS = ("pdf-dev",)


@dataclass(frozen=True)
class State:
    """One page as a cleaner receives it, with its gold and half."""

    set: str
    renderer: str
    page: str
    half: str
    text: str
    language: str
    paged: bool
    gold: dict
    meta: dict
    breaks: tuple[int, ...]  # page breaks, as offsets in ``text``

    def draft(self):
        """A draft holding this state, for the cleaner to run on (raw offsets are the state's own)."""
        from newsclean.cleaner import Draft
        from newsclean.tracking import TrackedText

        meta = {k: list(v) if isinstance(v, list) else v for k, v in self.meta.items()}
        return Draft(TrackedText(self.text), meta=meta, language=self.language, hints={"page_breaks": self.breaks})


def _state(job: tuple[str, str, Path, Path, str]) -> State | None:
    from newsclean import InputError
    from newsclean.decoding import decode
    from newsclean.pipeline import Pipeline

    name, renderer, path, gold_path, until = job
    pipeline = Pipeline()
    try:
        text, _ = decode(path.read_bytes())
    except InputError:
        return None
    cleaners = pipeline.cleaners[: pipeline.names.index(until)]
    draft = Pipeline(cleaners).run(text)
    import json

    return State(
        name,
        renderer,
        path.stem,
        gold_half(gold_path),
        draft.text,
        draft.language,
        bool(draft.page_breaks(draft.text)),
        json.loads(gold_path.read_text("utf-8")),
        draft.meta,
        tuple(draft.page_breaks(draft.text)),
    )


def build(until: str, target: Path, jobs: int | None = None) -> list[State]:
    """Run every development text up to cleaner ``until``; cache the states at ``target``."""
    jobs_list = []
    for name in WEB_SETS:
        for folder in sorted(p for p in (BENCH / name / "text").iterdir() if p.is_dir()):
            for path in sorted(folder.glob("*.txt")):
                gold = BENCH / name / "gold" / f"{path.stem}.json"
                if gold.exists():
                    jobs_list.append((name, folder.name, path, gold, until))
    for name in PDF_SETS:
        for path in sorted((BENCH / name / "raw").glob("*.txt")):
            page, extractor = path.stem.split("__", 1)
            jobs_list.append((name, extractor, path, BENCH / name / "gold" / f"{page}.json", until))
    with ProcessPoolExecutor(jobs) as pool:
        states = [s for s in pool.map(_state, jobs_list, chunksize=8) if s is not None]
    target.write_bytes(pickle.dumps(states))
    return states


class _Unpickler(pickle.Unpickler):
    """Finds ``State`` here whether the cache was written by this module run as a script or imported."""

    def find_class(self, module: str, name: str):
        return State if name == "State" else super().find_class(module, name)


def load(until: str, cache: Path, rebuild: bool = False) -> list[State]:
    if cache.exists() and not rebuild:
        with cache.open("rb") as f:
            return _Unpickler(f).load()
    return build(until, cache)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("until", help="the cleaner whose input to cache, e.g. boilerplate")
    ap.add_argument("cache", type=Path)
    ap.add_argument("-j", "--jobs", type=int)
    args = ap.parse_args()
    states = build(args.until, args.cache, args.jobs)
    print(f"{len(states)} states cached at {args.cache}")
