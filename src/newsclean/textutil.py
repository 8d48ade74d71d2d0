"""Line and block views of a text, with offsets, shared by the cleaners."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

SENTENCE_END = regex.compile(r"[.!?…:;][\"'”’»)\]]*$")
BULLET = regex.compile(r"^\s*(?:[•·▪◦‣●○■□–—*+-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+\S")
URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"]+", regex.I)


class Line(NamedTuple):
    start: int
    end: int  # excludes the newline
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def lines(text: str) -> list[Line]:
    out = []
    pos = 0
    for piece in text.split("\n"):
        out.append(Line(pos, pos + len(piece), piece))
        pos += len(piece) + 1
    return out


def blocks(text: str) -> Iterator[list[Line]]:
    """Runs of non-blank lines, separated by blank lines."""
    run: list[Line] = []
    for line in lines(text):
        if line.blank:
            if run:
                yield run
                run = []
        else:
            run.append(line)
    if run:
        yield run


def continues(line: str, following: str) -> bool:
    """Does ``line`` break off mid-sentence, the sentence going on in ``following``?"""
    line = line.rstrip()
    return (
        not SENTENCE_END.search(line)
        and following[:1].islower()
        and len(line.split()) >= 3
        and not BULLET.match(following)
        and not URL.match(following)
    )


_DANGLING = regex.compile(r"(?:^|\s)(?:\p{Ll}{1,3}|\p{Lu}\p{Ll}?)$")


def dangles(line: str) -> bool:
    """Does ``line`` end on a short function word (``at the``), so the sentence must go on?"""
    return bool(_DANGLING.search(line.rstrip()))


def word_count(s: str) -> int:
    return len(s.split())


def is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def line_width(text: str) -> int:
    """The usual length of a full wrapped line: a high percentile of line lengths."""
    lengths = sorted(len(ln.text) for ln in lines(text) if len(ln.text) > 20)
    if not lengths:
        return 80
    return lengths[int(0.9 * (len(lengths) - 1))]
