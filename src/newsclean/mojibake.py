"""The lines where ftfy would repair mojibake, found in one cheap pass, and ftfy's repair of them.

ftfy reads text a line at a time, and re-decodes a line only when its
``badness`` pattern matches there.  Every match of that pattern contains at
least one of a few hundred characters (the ones mojibake is made of, read
here from the pattern itself), so a scan for those characters, with ftfy's
own pattern run only around what it finds, picks out every line ftfy would
re-decode, at a fraction of ftfy's cost on clean text.  HTML entities, C1
controls, terminal escapes and lone surrogates, which ftfy repairs too, are
found by ftfy's own patterns.

A line found is handed to ftfy whole and untouched: ftfy needs its context to
decide (the no-break space that is the second half of ``à``, the rest of a
Cyrillic sentence that tells cp1251 from Latin-1).

>>> text = "Fine.\\nLe rÃ©gime Ã©quilibrÃ©.\\nFine too.\\n"
>>> [text[a:b] for a, b in suspect_lines(text)]
['Le rÃ©gime Ã©quilibrÃ©.\\n']
>>> repair("Le rÃ©gime Ã©quilibrÃ©.\\n")
'Le régime équilibré.\\n'
"""

from __future__ import annotations

import re

import ftfy
from ftfy.badness import BADNESS_RE
from ftfy.chardata import HTML_ENTITY_RE
from ftfy.fixes import ANSI_RE

# ftfy's configuration for a line: everything it does to mojibake, but the
# quotes stay curly, and line breaks and control characters are left to the
# cleaners that own them.
CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    explain=False,
)
# No match of ftfy's badness pattern is longer than this (ftfy 6.3: 7; a test
# reads it from the pattern), so a match starts and ends within this distance
# of any of its characters.
WIDEST = 8
_REACH = WIDEST - 1


def _anchors(pattern: str) -> str:
    """A character class of every non-ASCII character the pattern names, ranges expanded.

    Reading a few characters too many (from a comment, say) only costs time;
    the scan stays a superset of ftfy's.
    """
    points: set[int] = set()
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if i + 2 < len(pattern) and pattern[i + 1] == "-" and max(ord(c), ord(pattern[i + 2])) >= 0x80:
            lo, hi = ord(c), ord(pattern[i + 2])
            if lo <= hi:
                points.update(range(max(lo, 0x80), hi + 1))
                i += 3
                continue
        if ord(c) >= 0x80:
            points.add(ord(c))
        i += 1
    spans: list[list[int]] = []
    for p in sorted(points):
        if spans and spans[-1][1] == p - 1:
            spans[-1][1] = p
        else:
            spans.append([p, p])
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in spans)


ANCHORS = _anchors(BADNESS_RE.pattern)
# ftfy's pattern as it applies to one line: ``^`` opens any line.
BADNESS = re.compile(BADNESS_RE.pattern, BADNESS_RE.flags | re.MULTILINE)
# Runs of mojibake characters close enough for their surroundings to overlap.
_CLUSTER = re.compile(f"[{ANCHORS}](?:[^{ANCHORS}]{{0,{2 * _REACH}}}[{ANCHORS}])*")
# The other things ftfy repairs whatever their line looks like.
_TRIGGER = re.compile(f"{HTML_ENTITY_RE.pattern}|{ANSI_RE.pattern}|[\\ud800-\\udfff]")


def suspect_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every line (its ``\\n`` included) that ftfy would not leave alone unseen.

    A superset: ftfy itself decides whether the line needs anything.
    """
    starts: set[int] = set()
    if not text.isascii():
        for cluster in _CLUSTER.finditer(text):
            lo = max(0, cluster.start() - _REACH)
            for m in BADNESS.finditer(text, lo, cluster.end() + _REACH):
                _mark(text, m.start(), m.end(), starts)
    if "&" in text or "\x1b" in text or not text.isascii():
        for m in _TRIGGER.finditer(text):
            _mark(text, m.start(), m.end(), starts)
    spans = []
    for start in sorted(starts):
        end = text.find("\n", start)
        spans.append((start, len(text) if end < 0 else end + 1))
    return spans


def _mark(text: str, start: int, end: int, starts: set[int]) -> None:
    """Add the start of every line that ``text[start:end]`` touches."""
    pos = text.rfind("\n", 0, start) + 1
    while True:
        starts.add(pos)
        nxt = text.find("\n", pos, max(end - 1, pos))
        if nxt < 0:
            return
        pos = nxt + 1


def is_bad(text: str) -> bool:
    """ftfy's own test for likely mojibake, line by line."""
    return BADNESS.search(text) is not None


def repair(line: str) -> str:
    """ftfy's repair of one line, with quotes, line breaks and control characters left as they are."""
    return ftfy.fix_text(line, CONFIG)
