"""Font families the layouts set text in, and which characters each can show.

The 14 standard Type1 fonts need no files but show only WinAnsi (cp1252)
characters; DejaVu, when its Debian package (fonts-dejavu-core) is installed,
shows far more and is embedded as TrueType, which extractors read through a
different path.  A paragraph a family cannot show is left out of the document
rather than printed with holes, so the gold never holds text the PDF lacks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
DEJAVU = {
    "DejaVuSerif": "DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "DejaVuSerif-Italic.ttf",
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
}


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    regular: str
    bold: str
    italic: str


FAMILIES = {
    "times": Family("times", "Times-Roman", "Times-Bold", "Times-Italic"),
    "helvetica": Family("helvetica", "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "courier": Family("courier", "Courier", "Courier-Bold", "Courier-Oblique"),
    "dejavu-serif": Family("dejavu-serif", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "dejavu-sans": Family("dejavu-sans", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
}


@cache
def register_dejavu() -> None:
    """Register the DejaVu fonts once per process; a clear error when they are missing."""
    folder = next((d for d in DEJAVU_DIRS if (d / "DejaVuSerif.ttf").is_file()), None)
    if folder is None:
        raise SystemExit("DejaVu fonts not found: install them with `apt-get install -y fonts-dejavu-core`")
    for name, file in DEJAVU.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))


@cache
def _ttf_chars(font: str) -> frozenset[int]:
    register_dejavu()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def shows(family: Family, text: str) -> bool:
    """Whether every character of ``text`` has a glyph in the family's fonts."""
    if family.name.startswith("dejavu"):
        have = _ttf_chars(family.regular) & _ttf_chars(family.bold) & _ttf_chars(family.italic)
        return all(ord(c) in have for c in text)
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return not any("\x80" <= c <= "\x9f" for c in text)


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)
