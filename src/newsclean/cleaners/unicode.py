"""Character-level repairs: mojibake, ligatures, invisible characters, odd spaces, NFC.

The steps run in that order, each on what the one before gave, so none can
undo or block another: mojibake is repaired on the raw line (a no-break space
or a soft hyphen may be half of a mis-decoded letter), and only then are
ligatures expanded, invisible characters dropped, odd spaces made plain and
the text composed (NFC).  Each repair is proposed as a change of its own
span, so every edit keeps the raw offsets it stems from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from ftfy.chardata import HTML_ENTITY_RE, LIGATURES, WIDTH_MAP

from .. import mojibake
from ..cleaner import Cleaner, Draft
from ..records import Change

# ftfy's own tables.  The ideographic space goes with the other odd spaces.
_LIGATURE_MAP = dict(LIGATURES)
_WIDTH_MAP = {k: v for k, v in WIDTH_MAP.items() if k != 0x3000}
_FORMS = {**_LIGATURE_MAP, **_WIDTH_MAP}
_LIGATURE = re.compile("[" + "".join(map(chr, _LIGATURE_MAP)) + "]")
_WIDE = re.compile("[" + "".join(map(chr, _WIDTH_MAP)) + "]")
# Invisible characters that carry nothing: soft hyphen, zero-width marks, BOM,
# and control characters other than the whitespace ones.
_INVISIBLE_CHARS = r"\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f"
_SPACE_CHARS = r"\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
_ODD_SPACE = re.compile(f"[{_SPACE_CHARS}]")
# What may need more than a one-character change: the whole word is rewritten.
# (One character class each, not alternatives: they are scanned over every text.)
_WORDWISE = re.compile(f"[{''.join(map(chr, _FORMS))}{_INVISIBLE_CHARS}]")
_CHARWISE = re.compile(f"[{''.join(map(chr, _FORMS))}{_INVISIBLE_CHARS}{_SPACE_CHARS}]")
_WORD = re.compile(r"[^ \t\n\r\f\v]+")
_TOKEN = re.compile(r"\S+\s*|\s+")
# Beyond this many characters a changed stretch is one change (keeps diffing linear).
_DIFF_LIMIT = 4000
_ROUNDS = 3


@dataclass(frozen=True)
class Unicode(Cleaner):
    """Repair mojibake, expand ligatures, drop invisible characters, make odd spaces plain, compose (NFC).

    Mojibake is repaired by ftfy, on every line where ftfy's own test for
    mojibake finds any, whole.  Never touches typographic quotes or dashes.
    ``fix_encoding`` can be switched off for text known to be clean.

    >>> from newsclean import clean
    >>> clean("Itâ€™s the ﬁnal\\u00ad word in GÃ\\u00a0idhlig.").text
    'It’s the final word in Gàidhlig.\\n'
    """

    name = "unicode"
    settle = True  # a repair can join what needs another (a letter and its accent across a dropped mark)
    deletes = frozenset({"invisible", "mojibake"})
    fix_encoding: bool = True

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        done: list[tuple[int, int]] = []
        if self.fix_encoding:
            for start, end in _suspects(text):
                line = text[start:end]
                fixed = _settle(line)
                if fixed == _tidy(line):
                    continue  # nothing for ftfy here: the steps below do the rest
                done.append((start, end))
                for a, b, after in _diff(line, fixed):
                    yield from _line_changes(line, start, a, b, after)
        yield from _character_changes(text, done)


def _suspects(text: str) -> list[tuple[int, int]]:
    """The lines ftfy may repair: those its test finds mojibake on, before or after the character steps."""
    spans = mojibake.suspect_lines(text)
    seen = {s for s, _ in spans}
    end = 0
    for m in _CHARWISE.finditer(text):
        if m.start() < end:
            continue  # a line already looked at
        start = text.rfind("\n", end, m.start()) + 1 or end
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end + 1
        if start not in seen and mojibake.is_bad(_tidy(text[start:end])):
            spans.append((start, end))
            seen.add(start)
    if not unicodedata.is_normalized("NFC", text):
        for line in re.finditer(r"[^\n]*\n?", text):
            if line.start() not in seen and line.group() and mojibake.is_bad(_tidy(line.group())):
                spans.append(line.span())
    return sorted(spans)


def _settle(line: str) -> str:
    """ftfy's repair of the raw line, then the character steps, repeated until ftfy has nothing more to do."""
    current = line
    for _ in range(_ROUNDS):
        fixed = _tidy(mojibake.repair(current))
        if fixed == current or not mojibake.suspect_lines(fixed):
            return fixed
        current = fixed
    return current


def _tidy(s: str) -> str:
    """The character steps, in order: ligatures and full-width forms, invisible characters, spaces, NFC."""
    if _WORDWISE.search(s):
        s = _INVISIBLE.sub("", s.translate(_FORMS))
    return unicodedata.normalize("NFC", _ODD_SPACE.sub(" ", s))


def _character_changes(text: str, done: list[tuple[int, int]]) -> Iterator[Change]:
    """The character steps outside the lines already repaired: odd spaces one by one, other repairs a word at a time."""
    words: list[tuple[int, int]] = []
    for m in _WORDWISE.finditer(text):
        if not words or m.start() >= words[-1][1]:
            words.append(_word_around(text, m.start(), m.end()))
    if not unicodedata.is_normalized("NFC", text):
        words += [w.span() for w in _WORD.finditer(text) if not unicodedata.is_normalized("NFC", w.group())]
        words = _merged(words)
    skip = _merged(done + words)
    i = 0
    for m in _ODD_SPACE.finditer(text):
        while i < len(skip) and skip[i][1] <= m.start():
            i += 1
        if i < len(skip) and skip[i][0] <= m.start():
            continue
        yield Change(m.start(), m.end(), " ", "no-break or typographic space")
    i = 0
    for start, end in words:
        while i < len(done) and done[i][1] <= start:
            i += 1
        if i < len(done) and done[i][0] < end:
            continue  # on a line repaired whole
        word = text[start:end]
        for a, b, after in _diff(word, _tidy(word)):
            yield Change(start + a, start + b, after, _char_reason(word[a:b]))


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the word (between ASCII white space) holding ``text[start:end]``."""
    m = _WORD.match(text, end)
    right = m.end() if m else end
    left = start
    while left > 0 and text[left - 1] not in " \t\n\r\f\v":
        left -= 1
    return left, right


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _line_changes(line: str, offset: int, a: int, b: int, after: str) -> Iterator[Change]:
    """The change of ``line[a:b]`` into ``after``, an odd space at either end made plain in a change of its own."""
    lead = a < b and after[:1] == " " and _ODD_SPACE.fullmatch(line[a])
    trail = b - a > bool(lead) and after[-1:] == " " and len(after) > bool(lead) and _ODD_SPACE.fullmatch(line[b - 1])
    if lead:
        yield Change(offset + a, offset + a + 1, " ", "no-break or typographic space")
        a, after = a + 1, after[1:]
    if trail:
        b, after = b - 1, after[:-1]
    if a < b or after:
        yield Change(offset + a, offset + b, after, _line_reason(line[a:b], after))
    if trail:
        yield Change(offset + b, offset + b + 1, " ", "no-break or typographic space")


def _line_reason(before: str, after: str) -> str:
    if _tidy(before) == after:
        return _char_reason(before)
    if HTML_ENTITY_RE.search(before):
        return "HTML entity"
    return "mojibake"


def _char_reason(before: str) -> str:
    if _LIGATURE.search(before):
        return "ligature"
    if _WIDE.search(before):
        return "full-width form"
    if _INVISIBLE.search(before):
        return "invisible character"
    if _ODD_SPACE.fullmatch(before):
        return "no-break or typographic space"
    return "NFC"


def _diff(before: str, after: str) -> list[tuple[int, int, str]]:
    """Small changes turning ``before`` into ``after``: ``(start, end, replacement)``, spans in ``before``.

    Words are aligned first, then letters within the words that differ; a
    stretch that is the same on both sides parts two changes if it holds a
    word break, or ASCII (which no mis-decoding alters) longer than two letters.
    """
    if before == after:
        return []
    limit = min(len(before), len(after))
    p = 0
    while p < limit and before[p] == after[p]:
        p += 1
    s = 0
    while s < limit - p and before[-1 - s] == after[-1 - s]:
        s += 1
    b, a = before[p : len(before) - s], after[p : len(after) - s]
    if len(b) + len(a) > _DIFF_LIMIT or not b or not a:
        return [(p, p + len(b), a)]
    tb, ta = _TOKEN.findall(b), _TOKEN.findall(a)
    where = [0]
    for t in tb:
        where.append(where[-1] + len(t))
    out: list[tuple[int, int, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, tb, ta, autojunk=False).get_opcodes():
        if tag != "equal":
            base = p + where[i1]
            out += [(base + x, base + y, r) for x, y, r in _letters("".join(tb[i1:i2]), "".join(ta[j1:j2]))]
    return out


def _letters(b: str, a: str) -> list[tuple[int, int, str]]:
    out: list[list] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, b, a, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if out:
            gap = b[out[-1][1] : i1]
            if not _splits(gap):
                out[-1][1], out[-1][2] = i2, out[-1][2] + a[out[-1][3] : j2]
                out[-1][3] = j2
                continue
        out.append([i1, i2, a[j1:j2], j2])
    return [(i1, i2, r) for i1, i2, r, _ in out]


def _splits(same: str) -> bool:
    """Whether a stretch alike on both sides parts two changes: a word break, or ASCII longer than a chance match."""
    return any(c in " \t\n" for c in same) or (len(same) > 2 and any(c < "\x80" for c in same))
