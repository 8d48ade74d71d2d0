"""Character-level repairs: mojibake, ligatures, invisible characters, NFC."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import ftfy
import regex

from ..cleaner import Cleaner, Draft
from ..records import Change

# A UTF-8 lead byte read as cp1252/latin-1 followed by a continuation byte read
# the same way (``â€™``, ``Ã©``), C1 controls, ligatures, full-width forms and
# HTML entities: the only places where ftfy, which is slow, is worth calling.
_SUSPICIOUS = regex.compile(
    r"[\u00c2-\u00f4][\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]*+[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    r"|[\u0080-\u009f\ufb00-\ufb06\uff01-\uff5e]"
    r"|&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});"
)
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # typographic quotes stay as the author wrote them
    fix_line_breaks=False,  # line breaks are the whitespace cleaner's business
    remove_control_chars=False,
    normalization="NFC",
    explain=False,
)
# Invisible characters that carry nothing: soft hyphen, zero-width marks, BOM,
# and control characters other than the whitespace ones.
_INVISIBLE = regex.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]+")
_ODD_SPACE = regex.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_TOKEN_LIMIT = 400
_COMBINING = regex.compile(r"\P{M}\p{M}+")


@dataclass(frozen=True)
class Unicode(Cleaner):
    """Repair mojibake, expand ligatures, drop invisible characters, normalise to NFC.

    Never touches typographic quotes or dashes.  ``fix_encoding`` can be
    switched off for text known to be clean.

    >>> from newsclean import clean
    >>> clean("Itâ€™s the ﬁnal\\u00ad word.").text
    'It’s the final word.\\n'
    """

    name = "unicode"
    settle = True  # a repair can join what needs another (a letter and its accent across a dropped mark)
    deletes = frozenset({"invisible", "mojibake"})
    fix_encoding: bool = True

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        # Mojibake first, a whole token at a time: an invisible character
        # inside the token is part of what ftfy must see.
        tokens: list[tuple[int, int]] = []
        if self.fix_encoding:
            for m in _SUSPICIOUS.finditer(text):
                if tokens and m.start() < tokens[-1][1]:
                    continue
                start, end = _token_around(text, m.start(), m.end())
                start = max(start, tokens[-1][1] if tokens else 0)
                chunk = text[start:end]
                fixed = _fix(chunk)
                if fixed != chunk:
                    yield from _diff(chunk, fixed, start, "mojibake")
                tokens.append((start, end))
        i = 0
        for m in _CHAR_FIXES.finditer(text):
            while i < len(tokens) and tokens[i][1] <= m.start():
                i += 1
            if i < len(tokens) and tokens[i][0] < m.end():
                continue  # inside a token ftfy already read
            if m.group("invisible") is not None:
                yield Change(m.start(), m.end(), "", "invisible character")
            elif m.group("space") is not None:
                yield Change(m.start(), m.end(), " ", "no-break or typographic space")
            else:
                chunk = m.group()
                fixed = unicodedata.normalize("NFC", chunk)
                if fixed != chunk:
                    yield Change(m.start(), m.end(), fixed, "NFC")


_CHAR_FIXES = regex.compile(
    rf"(?P<invisible>{_INVISIBLE.pattern})"
    rf"|(?P<space>{_ODD_SPACE.pattern})|(?P<nfc>{_COMBINING.pattern})"
)


def _fix(chunk: str) -> str:
    """ftfy's repair, repeated until it holds (one layer of mojibake can hide another)."""
    for _ in range(3):
        fixed = _simple_fixes(ftfy.fix_text(_simple_fixes(chunk), _FTFY))
        if fixed == chunk:
            break
        chunk = fixed
    return chunk


def _simple_fixes(s: str) -> str:
    return unicodedata.normalize("NFC", _ODD_SPACE.sub(" ", _INVISIBLE.sub("", s)))


def _token_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited token holding ``text[start:end]``, bounded in length."""
    lo = max(0, start - _TOKEN_LIMIT)
    hi = min(len(text), end + _TOKEN_LIMIT)
    left = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start))
    s = left + 1 if left >= 0 else lo
    right = [i for i in (text.find(" ", end, hi), text.find("\n", end, hi)) if i >= 0]
    e = min(right) if right else hi
    return s, e


def _diff(before: str, after: str, offset: int, reason: str) -> Iterator[Change]:
    """One change covering the differing middle of ``before`` and ``after``."""
    p = 0
    limit = min(len(before), len(after))
    while p < limit and before[p] == after[p]:
        p += 1
    s = 0
    while s < limit - p and before[-1 - s] == after[-1 - s]:
        s += 1
    yield Change(offset + p, offset + len(before) - s, after[p : len(after) - s], reason)
