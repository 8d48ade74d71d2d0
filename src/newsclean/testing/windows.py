"""Windows of real text: seeded random slices of pages, split by page into develop and check halves.

Generated prose misses most of what real pages do to a cleaner; slices of
real extractions cut anywhere (mid-word, mid-table, across a page break)
reach the odd corners.  A page's name decides its half, so every slice of
one page (and every extraction of it) lands on the same side: what was
tuned on the develop half is measured on pages it never saw.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hypothesis import strategies as st

SPLITS = ("develop", "check")


@dataclass(frozen=True, slots=True)
class Window:
    """One slice: where it was cut from, and its text."""

    path: str
    start: int
    text: str


def page_name(path: str | Path) -> str:
    """The page a file holds: ``dev003__pdfminer.txt`` and ``dev003__pdftotext.txt`` are one page."""
    return Path(path).name.split("__")[0]


def split_of(path: str | Path) -> str:
    """``develop`` for pages whose name hashes even, ``check`` for odd."""
    return SPLITS[hashlib.sha256(page_name(path).encode("utf-8")).digest()[-1] % 2]


def bench_groups(root: str | Path) -> dict[str, list[Path]]:
    """The text files of a bench folder, by collection (``web-dev``, ``pdf-dev``, ``web-wcxb``)."""
    root = Path(root)
    groups = {
        "web-dev": sorted((root / "web-dev" / "text").glob("*/*.txt")),
        "pdf-dev": sorted((root / "pdf-dev" / "raw").glob("*.txt")),
        "web-wcxb": sorted((root / "web-wcxb" / "text").glob("*/*.txt")),
    }
    return {name: paths for name, paths in groups.items() if paths}


def windows(
    paths: Iterable[str | Path],
    count: int,
    *,
    seed: int | str = 0,
    split: str | None = None,
    min_size: int = 50,
    max_size: int = 3000,
) -> Iterator[Window]:
    """``count`` slices of ``min_size`` to ``max_size`` characters from files of ``paths``, the same for one seed.

    ``split`` keeps only the files of one half (``develop`` or ``check``).
    Files too short for a slice are skipped; each slice picks its file
    uniformly, so a long page weighs no more than a short one.
    """
    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; known: {', '.join(SPLITS)}")
    if not 0 < min_size <= max_size:
        raise ValueError(f"need 0 < min_size <= max_size, got {min_size} and {max_size}")
    chosen = sorted(str(p) for p in paths if split is None or split_of(p) == split)
    if not chosen:
        raise ValueError("no files to cut windows from")
    rng = random.Random(f"windows:{seed}")
    texts: dict[str, str] = {}
    made = tries = 0
    while made < count:
        tries += 1
        if tries > 20 * count + 100:
            raise ValueError(f"the files are too short for windows of {min_size} characters or more")
        path = rng.choice(chosen)
        if path not in texts:
            texts[path] = Path(path).read_text("utf-8", "replace")
        text = texts[path]
        if len(text) < min_size:
            continue
        size = rng.randint(min_size, min(max_size, len(text)))
        start = rng.randint(0, len(text) - size)
        made += 1
        yield Window(path, start, text[start : start + size])


@lru_cache(maxsize=64)
def _text(path: str) -> str:
    return Path(path).read_text("utf-8", "replace")


def window_texts(paths: Iterable[str | Path], *, min_size: int = 50, max_size: int = 1500) -> st.SearchStrategy[str]:
    """A hypothesis strategy: slices of ``min_size`` to ``max_size`` characters of the files at ``paths``.

    Hypothesis picks the file, the length and the cut, and shrinks a failing
    slice towards a shorter one; files are read when first drawn::

        @given(window_texts(Path("seeds").glob("*.txt")))
        def test_second_pass(text):
            once = clean(text).text
            assert clean(once).text == once
    """
    if not 0 < min_size <= max_size:
        raise ValueError(f"need 0 < min_size <= max_size, got {min_size} and {max_size}")
    chosen = sorted(str(p) for p in paths)
    if not chosen:
        raise ValueError("no files to cut windows from")

    @st.composite
    def window(draw: st.DrawFn) -> str:
        text = _text(draw(st.sampled_from(chosen)))
        if len(text) < min_size:
            return text
        size = draw(st.integers(min_size, min(max_size, len(text))))
        start = draw(st.integers(0, len(text) - size))
        return text[start : start + size]

    return window()
