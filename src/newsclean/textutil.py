"""Line and block views of a text, with offsets, shared by the cleaners."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple

import regex

SENTENCE_END = regex.compile(r"[.!?…:;。！？][\"'”’»)\]」』]*$")
BULLET = regex.compile(r"^\s*(?:[•·▪◦‣●○■□–—*+-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+\S")
URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"]+", regex.I)
_WIDE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")
_HAN_KANA = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u30fc]")  # with the long-vowel mark ``ー``
# Chinese and Japanese, written without spaces: letters, kana marks (``ー``, ``・``), punctuation, full-width forms.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u30ff\uff00-\uffef]")


class Line(NamedTuple):
    start: int
    end: int  # excludes the newline
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


_new_line = tuple.__new__


def lines(text: str) -> list[Line]:
    pieces = text.split("\n")
    # Built in C (one tuple per line, no Python call each): every cleaner's page starts here.
    starts = list(accumulate([len(piece) + 1 for piece in pieces[:-1]], initial=0))
    return list(map(_new_line, repeat(Line), zip(starts, map(add, starts, map(len, pieces)), pieces, strict=True)))


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


# An article's first words set in capitals after a drop cap: ``SENATOR REPRESENTING Y OBE North , Ahmad``,
# ``FOLLOWING THE 16-INCH MacBook Pro,``.
_CAPS_LEAD = regex.compile(r"^\s*+\p{Lu}{2,}+(?:\s++[\p{Lu}\p{N}][\p{Lu}\p{N}'’-]*+(?!\p{L}))++\s++\p{Lu}?+\p{Ll}")


def opens_in_capitals(line: str) -> bool:
    """Is ``line`` an unfinished opening set in capitals, its sentence going on below?"""
    return bool(_CAPS_LEAD.match(line)) and not SENTENCE_END.search(line.rstrip())


_DANGLING = regex.compile(r"(?:^|\s)(?:\p{Ll}{1,3}|\p{Lu}\p{Ll}?)$")


def dangles(line: str) -> bool:
    """Does ``line`` end on a short function word (``at the``), so the sentence must go on?"""
    # The word and the space before it are the last five characters at most: the search reads those alone.
    return bool(_DANGLING.search(line.rstrip()[-5:]))


# Marks that stand around a word; none is a letter, so what they leave of a word has all its letters.
_PUNCTUATION = "".join(c for c in map(chr, range(0x20, 0x7F)) if not c.isalnum()) + "‘’“”«»‹›…–—"


def capitalised_share(text: str) -> tuple[int, float]:
    """How many words of four letters or more ``text`` has, and the share of them that start with a capital.

    Title case and menus capitalise nearly all of them; prose few.
    """
    count = caps = 0
    for w in text.split():
        if len(w) < 4:
            continue
        # Most words are letters only, or letters in punctuation (``word,``, ``(word``): counted by their
        # letters' length, their first letter their first character.
        core = w if w.isalpha() else w.strip(_PUNCTUATION)
        if not core.isalpha():
            if sum(c.isalpha() for c in w) < 4:
                continue
            core = next(c for c in w if c.isalpha())
        elif len(core) < 4:
            continue
        count += 1
        caps += core[0].isupper()
    return count, caps / count if count else 0.0


def word_count(s: str) -> int:
    """Words in ``s``, counting two characters of Chinese or Japanese (written without spaces) as one."""
    return len(s.split()) + len(_HAN_KANA.findall(s)) // 2


def is_caps(s: str) -> bool:
    if s.isascii():  # the letters are the cased characters: none in lowercase, two at least
        return s.isupper() and sum(map(str.isalpha, s)) >= 2
    # Every letter a capital (read in C, up to the first that is not), and two letters at least.
    return all(map(str.isupper, filter(str.isalpha, s))) and sum(map(str.isalpha, s)) >= 2


_CAPITAL_START = regex.compile(r"(?<!\s)\s*+[\p{Lu}\p{N}]")
# A word of a publication's name: capitalised (``Anti-June``, ``TheHill``, ``MY6SENSE``), a web address
# (``macrumors.com``), or a short joining word (``for``, ``and``, ``the``, ``de``).
_MASTHEAD_WORD = regex.compile(
    r"(?<![\p{L}\p{N}&'’.-])(?:\p{Lu}[\p{L}\p{N}&'’.-]*+|\p{Ll}[\p{Ll}\p{N}-]*+\.\p{Ll}{2,}+|\p{Ll}{1,3}+)"
)
CELL_GAP = regex.compile(r"[ \t]{3,}+")  # what sets two cells of a row apart
# A word hyphenated at the end of its line (or of its column's part of a row).
HYPHEN_END = regex.compile(r"\p{L}-$")
# A number run into the compound it began, its hyphen lost at a line end: ``17year-old``, not ``12.9bn``
# nor ``ps4dualshock-controller``.
GLUED_NUMBER = regex.compile(r"(?<![\p{L}\p{N}.,/_-])\p{N}{1,3}+(?=\p{Ll}{3,}+-\p{Ll})")


def is_masthead(s: str) -> bool:
    """Could ``s`` be a publication's name as set at the head of a page: ``CRN``, ``Fox News``, ``aljazeera.com``?"""
    words = s.split()
    if not 0 < len(words) <= 6 or len(s) > 48 or SENTENCE_END.search(s):
        return False
    if words[0].islower() and "." not in words[0]:
        return False  # a name opens on a capital, unless it is a web address
    return all(_MASTHEAD_WORD.fullmatch(w) and not w.isdigit() for w in words)


def cells(row: str) -> list[str]:
    """The parts of a line set apart by wide gaps, as layout-mode text sets a page's header row."""
    return [cell for cell in CELL_GAP.split(row.strip()) if cell]


def is_list(run: list[Line]) -> bool:
    """Does nearly every line of ``run`` start anew, with a capital or a figure, as a list's items do?"""
    return sum(bool(_CAPITAL_START.match(ln.text)) for ln in run) >= 0.8 * len(run)


def column_measure(run: list[Line], width: int, narrowest: int = 40) -> tuple[int, int] | None:
    """The median and longest line of a block set in a column narrower than the page, or None.

    A column is told by its lines: nearly all of at least four, under any
    heading in capitals, filled to the block's median length, which is well
    under the page's ``width`` and at least ``narrowest``.  Text laid out in
    columns of unequal width needs each block measured on its own.
    """
    if len(run) < 3:
        return None
    sizes = [width_of(ln.text.strip()) for ln in run]
    ordered = sorted(sizes)
    median = ordered[len(ordered) // 2]
    if median < narrowest or median > 0.85 * width:
        return None
    # A heading in capitals over the block (``LOOK WHAT YOU MADE ME`` / ``DO``) is not set to the measure.
    heading = next((k for k, ln in enumerate(run) if not is_caps(ln.text)), len(run))
    body = sizes[heading:]
    if len(body) < 4 or sum(size >= 0.75 * median for size in body[:-1]) < 0.8 * (len(body) - 1):
        return None
    if is_list(run):
        return None  # every line starts anew: a list (``England (Group A): 10th appearance``), not wrapped prose
    # The longest line that is not two lines run together (pdftotext joins a hyphenated word's lines).
    return median, max(size for size in sizes if size <= 1.3 * median)


HARD_WRAP = 150  # wider than this, the text's lines are paragraphs (a browser's text), not wrapped at a width


def line_width(text: str) -> int:
    """The usual length of a full wrapped line: a high percentile of line lengths."""
    lengths = sorted(width_of(line) for line in text.split("\n") if len(line) > 20)
    if not lengths:
        return 80
    return lengths[int(0.9 * (len(lengths) - 1))]


def width_of(s: str) -> int:
    """How many columns ``s`` takes on a terminal: Chinese, Japanese and Korean characters take two.

    Text wrapped by w3m or lynx is wrapped at a width in columns, not characters.
    """
    return len(s) if s.isascii() else len(s) + len(_WIDE.findall(s))


def next_word_width(line: str) -> int:
    """Columns the first word of ``line`` would have needed at the end of the line above, with its space.

    Chinese and Japanese wrap between any two characters, with no space.
    """
    if _UNSPACED.match(line):
        return width_of(line[0])
    return 1 + width_of(line.split(" ", 1)[0])


def unspaced(before: str, after: str) -> bool:
    """Are the characters either side of a line break Chinese or Japanese, so the lines join with no space?"""
    return bool(before and after and _UNSPACED.match(before[-1]) and _UNSPACED.match(after[0]))
