"""Build the corpus: one PDF per usable source article, its four extractions and its gold.

Each document draws from its own RNG, seeded by the corpus seed and the
article's id, so documents can be made in any order, in parallel, or again
one at a time, and still come out byte-identical.  The gold is written last:
a document whose gold exists is finished and skipped on the next run.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
import time
from pathlib import Path

from newsclean.language import detect_language

from .dressing import dress
from .extract import EXTRACTORS, extract
from .gold import gold
from .layouts import LAYOUTS
from .render import render
from .source import Article

GENERATOR = "pdfgen/2"


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def doc_id(article: Article) -> str:
    return f"gen{article.id}"


def is_done(out: Path, article: Article) -> bool:
    return (out / "gold" / f"{doc_id(article)}.json").is_file()


def build(article: Article, seed: int, out: Path) -> dict[str, float] | None:
    """Make one document; returns seconds spent per stage, or None when the article cannot be set."""
    did = doc_id(article)
    doc_seed = f"{seed}-{article.id}"
    rng = random.Random(doc_seed)
    design = LAYOUTS[rng.choice(sorted(LAYOUTS))](rng)
    dressing = dress(article, design, rng)
    if dressing is None:
        return None
    lang = detect_language(" ".join(dressing.paragraphs))
    times = {}
    t = time.perf_counter()
    pdf, facts = render(article, design, dressing, "en" if lang == "und" else lang)
    pdf_path = out / "pdf" / f"{did}.pdf"
    write_atomic(pdf_path, pdf)
    times["typeset"] = time.perf_counter() - t
    for ex in EXTRACTORS:
        t = time.perf_counter()
        write_atomic(out / "raw" / f"{did}__{ex}.txt", extract(pdf_path, ex).encode("utf-8"))
        times[ex] = time.perf_counter() - t
    record = gold(did, doc_seed, article, design, dressing, facts, EXTRACTORS)
    write_atomic(
        out / "gold" / f"{did}.json", (json.dumps(record, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    )
    return times


def check_manifest(out: Path, seed: int) -> None:
    """An output folder holds one seed's corpus: refuse to mix two."""
    path = out / "corpus.json"
    want = {"generator": GENERATOR, "seed": seed}
    if path.is_file():
        have = json.loads(path.read_text("utf-8"))
        if have != want:
            raise SystemExit(f"{out} holds a corpus made with {have}, not {want}: choose another --out or delete it")
        return
    write_atomic(path, (json.dumps(want) + "\n").encode("utf-8"))
