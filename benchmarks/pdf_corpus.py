"""Score newsclean on its own PDF corpus (benchmarks/pdfcorpus), beside the raw extraction.

    python benchmarks/pdf_corpus.py

Per extractor: word error rate and order-free word F1 of the body, paragraphs
found intact, titles, section labels, drop caps, footnote URLs and photo
credits.  The raw text is scored as its own body with its first line as
title, as a user who skipped cleaning would have it.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from newsclean import clean

CORPUS = Path(__file__).resolve().parent / "pdfcorpus"
QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).translate(QUOTES)


def wer(gold: list[str], cand: list[str]) -> float:
    """Word-level Levenshtein distance over the gold length."""
    ids: dict[str, int] = {}
    g = [ids.setdefault(t, len(ids)) for t in gold]
    c = [ids.setdefault(t, len(ids)) for t in cand]
    row = list(range(len(c) + 1))
    for i, a in enumerate(g, 1):
        prev, row[0] = row[0], i
        for j, b in enumerate(c, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (a != b))
    return row[-1] / max(1, len(g))


def score(gold: dict, cand: dict) -> dict[str, float | None]:
    gparas = [" ".join(fold(p).split()) for p in gold["body_paragraphs"]]
    cparas = [" ".join(fold(p).split()) for p in cand["text"].split("\n\n") if p.strip()]
    gtok = " ".join(gparas).split()
    ctok = " ".join(cparas).split()
    common = sum((Counter(gtok) & Counter(ctok)).values())
    found = set(cparas)
    urls = {u for note in cand.get("footnotes", ()) for u in note.get("urls", ())} or set(ctok)
    credits = {fold(i["credit"] or "") for i in cand.get("images", ())}
    first = ctok[0] if ctok else ""
    return {
        "wer": wer(gtok, ctok),
        "bow_f1": 2 * common / max(1, len(gtok) + len(ctok)),
        "para": sum(p in found for p in gparas) / len(gparas),
        "title": float(" ".join(fold(cand["title"] or "").split()).casefold() == fold(gold["title"]).casefold()),
        "label": None
        if not gold["section"]
        else float((cand.get("section") or "").casefold() == gold["section"].casefold()),
        "dropcap": None if not gold["dropcap"] else float(first.strip("\"'") == gold["dropcap"].strip("\"'")),
        "fn_url": None
        if not gold["footnotes"]
        else sum(f["url"] in urls for f in gold["footnotes"]) / len(gold["footnotes"]),
        "credit": None if not gold["images"] else float(all(fold(c) in credits for _, c in gold["images"])),
    }


def main() -> None:
    if not (CORPUS / "texts").is_dir():
        raise SystemExit(f"no corpus at {CORPUS}; build it with benchmarks/pdfcorpus/make_corpus.py")
    rows: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for path in sorted((CORPUS / "texts").glob("*.txt")):
        stem, extractor = path.stem.split("__")
        gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text("utf-8"))
        raw = path.read_text("utf-8")
        doc = json.loads(clean(raw).to_json())
        first_line = next((ln.strip() for ln in raw.splitlines() if ln.strip()), "")
        rows["raw", extractor].append(score(gold, {"title": first_line, "text": raw}))
        rows["newsclean", extractor].append(score(gold, doc))
    keys = ["wer", "bow_f1", "para", "title", "label", "dropcap", "fn_url", "credit"]
    print(f"{'system':<10} {'extractor':<15} {'n':>3} " + " ".join(f"{k:>7}" for k in keys))
    for (system, extractor), results in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0] != "raw")):
        cells = []
        for k in keys:
            values = [r[k] for r in results if r[k] is not None]
            cells.append(f"{sum(values) / len(values):7.3f}" if values else f"{'–':>7}")
        print(f"{system:<10} {extractor:<15} {len(results):>3} " + " ".join(cells))


if __name__ == "__main__":
    main()
