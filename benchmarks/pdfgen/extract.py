"""The four extractors a user is likely to run on a PDF, each with its defaults.

Defaults on purpose: the corpus should hold the text users get, not the text
a tuned extractor gets.  Pages are separated by form feeds, as pdftotext and
pdfminer do it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

EXTRACTORS = ("pdftotext", "pdftotext-layout", "pdfminer", "pypdf")


def _pdftotext(path: Path, *flags: str) -> str:
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext not found: install it with `apt-get install -y poppler-utils`")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *flags, str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def _pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def _pypdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\f".join(page.extract_text() for page in PdfReader(path).pages) + "\f"


def extract(path: Path, extractor: str) -> str:
    """The text ``extractor`` gets from the PDF at ``path``."""
    if extractor == "pdftotext":
        return _pdftotext(path)
    if extractor == "pdftotext-layout":
        return _pdftotext(path, "-layout")
    if extractor == "pdfminer":
        return _pdfminer(path)
    if extractor == "pypdf":
        return _pypdf(path)
    raise ValueError(f"unknown extractor {extractor!r}; known: {', '.join(EXTRACTORS)}")
