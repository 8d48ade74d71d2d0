"""Mojibake to test a repair with: UTF-8 read through a legacy code page, and ftfy's own cases.

The five mix-ups are the common ones on the web.  Where a code page leaves
a byte undefined, the text reads it as the C1 control of the same number,
as browsers and ftfy's "sloppy" codecs do, so no letter is lost.

>>> mix_up("Café “déjà vu”", "macroman")
'Caf√© ‚Äúd√©j√† vu‚Äù'
>>> fold("“Déjà”\\u00a0vu ") == fold('"Déjà" vu')
True
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy" codecs)
from ftfy.fixes import uncurl_quotes

MIXUPS = ("sloppy-windows-1252", "latin-1", "macroman", "sloppy-windows-1250", "sloppy-windows-1251")
# The case files of ftfy's test suite that say what ftfy repairs, and what it must leave alone.
CASE_FILES = ("in-the-wild", "synthetic", "language-names", "negative")

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]+")
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


@dataclass(frozen=True, slots=True)
class Case:
    """One of ftfy's test cases: the text as found, and as ftfy repairs it."""

    label: str
    original: str
    fixed: str


def mix_up(text: str, encoding: str) -> str:
    """``text`` written as UTF-8 and read back as ``encoding``."""
    return text.encode("utf-8").decode(encoding)


def fold(text: str) -> str:
    """``text`` as compared with a repair: quotes straight, invisible characters out, spaces single, NFC.

    ftfy straightens quotes and newsclean keeps them curly; neither counts
    as repairing mojibake.
    """
    text = _SPACES.sub(" ", _INVISIBLE.sub("", uncurl_quotes(text))).strip()
    return unicodedata.normalize("NFC", text)


def read_cases(folder: Path, name: str) -> list[Case]:
    """The enabled cases of ftfy's ``name``.json in ``folder``."""
    path = Path(folder) / f"{name}.json"
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read ftfy's test cases from {path}: {exc}") from None
    return [Case(c["label"], c["original"], c["fixed"]) for c in data if c.get("expect") == "pass"]
