"""Mutations that put extraction artefacts and hostile shapes into real text.

Each mutation takes a seeded ``random.Random`` and a text and returns a new
text; ``mutate`` applies a few at random.  They are the shapes that have
broken cleaners: letter-spaced runs, words hyphenated across lines, stray
digits, form feeds, no-break spaces beside spaces, mojibake, deep quote
nesting, very long lines, astral characters and combining marks.
"""

from __future__ import annotations

import random
from collections.abc import Callable

ODD = [
    "\u00a0",
    "\u00a0 ",
    " \u00a0",
    "\u2009",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "\u2014",
    "\u2013",
    " \u2014 ",
    "\u201c",
    "\u201d",
    "\u2019",
    "'",
    '"',
    "\U0001f600",
    "\U0001d400",
    "\u0301",
    "e\u0301",
    "\u0308",
    "\ufb01",
    "\t",
    "\r\n",
    "\r",
    "\f",
    "\n\n",
    "   ",
    "\u2022 ",
    "* ",
    "1",
    "23",
    "©",
    "…",
    "\u3000",
    "中文",
    "\u0627\u0644",
]


def _at(rng: random.Random, text: str) -> int:
    return rng.randint(0, len(text))


def insert_odd(rng: random.Random, text: str) -> str:
    """A character that breaks cleaners (dash, quote, astral, combining mark, odd space...) somewhere."""
    i = _at(rng, text)
    return text[:i] + rng.choice(ODD) + text[i:]


def flip(rng: random.Random, text: str) -> str:
    """One character replaced by any code point (a byte flip, seen as text)."""
    if not text:
        return text
    i = rng.randrange(len(text))
    c = chr(
        rng.choice(
            [rng.randint(0, 0x7F), rng.randint(0x80, 0x7FF), rng.randint(0x800, 0xFFFF), rng.randint(0x10000, 0x10FFFF)]
        )
    )
    if 0xD800 <= ord(c) <= 0xDFFF:
        c = "\ufffd"
    return text[:i] + c + text[i + 1 :]


def spaced_letters(rng: random.Random, text: str) -> str:
    """A word letter-spaced (``P o l i t i c s``), sometimes with a kerned pair or on its own line."""
    words = [w for w in text.split() if w.isalpha()] or ["Politics", "NEWS", "Culture"]
    word = rng.choice(words)
    spaced = " ".join(word)
    if len(word) > 3 and rng.random() < 0.3:
        k = rng.randrange(len(word) - 1)
        spaced = " ".join([*word[:k], word[k : k + 2], *word[k + 2 :]])
    i = text.find(word)
    if i >= 0 and rng.random() < 0.6:
        return text[:i] + spaced + text[i + len(word) :]
    j = _at(rng, text)
    return text[:j] + rng.choice(["\n", "", " "]) + spaced + rng.choice(["\n", "\n\n", " "]) + text[j:]


def hyphen_break(rng: random.Random, text: str) -> str:
    """A word broken by ``-\\n`` as a typesetter would."""
    starts = [i for i in range(1, len(text) - 1) if text[i - 1].isalpha() and text[i].isalpha()]
    if not starts:
        return text + "-\n"
    i = rng.choice(starts)
    return text[:i] + rng.choice(["-\n", "-\n\n", "- \n", "-\f"]) + text[i:]


def digits(rng: random.Random, text: str) -> str:
    """Digits glued to a word or alone on a line (markers, page numbers)."""
    i = _at(rng, text)
    number = str(rng.choice([rng.randint(0, 9), rng.randint(10, 99), rng.randint(100, 99999)]))
    return text[:i] + rng.choice(["", "\n", " ", "\n\n"]) + number + rng.choice(["", "\n", " ", "\n\n"]) + text[i:]


def form_feed(rng: random.Random, text: str) -> str:
    i = _at(rng, text)
    return text[:i] + rng.choice(["\f", "\n\f", "\f\n", "\n\f\n"]) + text[i:]


def nbsp(rng: random.Random, text: str) -> str:
    """No-break spaces for spaces, some beside a space."""
    out = list(text)
    for i, c in enumerate(out):
        if c == " " and rng.random() < 0.3:
            out[i] = rng.choice(["\u00a0", "\u00a0 ", " \u00a0", "\u202f"])
    return "".join(out)


def mojibake(rng: random.Random, text: str) -> str:
    """A stretch encoded as UTF-8 and read back as a legacy code page."""
    if not text:
        return text
    i = rng.randrange(len(text))
    j = min(len(text), i + rng.randint(1, 80))
    piece = text[i:j]
    if piece.isascii():
        piece = piece + rng.choice(["’", "“é”", "—", "ñ", "ü", "…"])
    broken = piece.encode("utf-8").decode(rng.choice(["cp1252", "latin-1", "cp1250", "mac_roman"]), "replace")
    return text[:i] + broken + text[j:]


def quote_nesting(rng: random.Random, text: str) -> str:
    """Quotes nested deep, balanced or not."""
    depth = rng.randint(3, 60)
    marks = rng.choice(['"', "“", "'", "‘", "«", "„", "“‘"])
    i = _at(rng, text)
    return (
        text[:i]
        + marks * depth
        + rng.choice(["", "word", text[i : i + 20]])
        + marks[::-1] * rng.randint(0, depth)
        + text[i:]
    )


def long_line(rng: random.Random, text: str) -> str:
    """The text with its line breaks gone, or one word repeated into a very long line."""
    if rng.random() < 0.5:
        return text.replace("\n", " ")
    word = rng.choice(text.split() or ["word"])
    return text + "\n" + " ".join([word] * rng.randint(50, 400)) + "\n"


def spaces(rng: random.Random, text: str) -> str:
    """Runs of spaces and tabs, as a layout-keeping extractor prints gutters."""
    i = _at(rng, text)
    return text[:i] + rng.choice([" ", "\t", "\u00a0"]) * rng.randint(2, 40) + text[i:]


def wrap(rng: random.Random, text: str) -> str:
    """Line breaks every few words, or a blank line after every line."""
    if rng.random() < 0.5:
        return text.replace("\n", "\n\n")
    words, width, out, line = text.split(" "), rng.randint(8, 80), [], ""
    for w in words:
        if line and len(line) + len(w) + 1 > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return "\n".join(out)


def case(rng: random.Random, text: str) -> str:
    """A line set in capitals."""
    lines = text.split("\n")
    k = rng.randrange(len(lines))
    lines[k] = lines[k].upper()
    return "\n".join(lines)


def chop(rng: random.Random, text: str) -> str:
    """A piece cut out or repeated."""
    if len(text) < 2:
        return text
    i = rng.randrange(len(text))
    j = min(len(text), i + rng.randint(1, 60))
    return text[:i] + text[j:] if rng.random() < 0.5 else text[:j] + text[i:j] + text[j:]


MUTATIONS: dict[str, Callable[[random.Random, str], str]] = {
    f.__name__: f
    for f in (
        insert_odd,
        flip,
        spaced_letters,
        hyphen_break,
        digits,
        form_feed,
        nbsp,
        mojibake,
        quote_nesting,
        long_line,
        spaces,
        wrap,
        case,
        chop,
    )
}


def mutate(rng: random.Random, text: str, *, most: int = 4) -> str:
    """``text`` with zero to ``most`` mutations applied, chosen by ``rng``."""
    for _ in range(rng.randint(0, most)):
        text = rng.choice(list(MUTATIONS.values()))(rng, text)
    return text


def encode(rng: random.Random, text: str) -> bytes:
    """``text`` as bytes in a common encoding, sometimes with a few bytes flipped."""
    name = rng.choice(["utf-8", "utf-8", "utf-8-sig", "cp1252", "cp1251", "utf-16", "latin-1", "shift_jis", "koi8-r"])
    data = bytearray(text.encode(name, "replace"))
    if data and rng.random() < 0.5:
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)
