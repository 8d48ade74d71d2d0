"""Bytes to text: BOMs, UTF-8 (strict, then with a few bad bytes), UTF-16 without BOM, then legacy code pages.

Decoding is the only step that may refuse an input: binary data that no
text encoding explains gets an ``InputError`` instead of a page of noise.
It never garbles a UTF-8 article for a stray byte: such bytes become U+FFFD
and are listed in ``Decoded.replaced``, so nothing is lost unaccounted.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import regex

from .errors import InputError
from .records import Replaced

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Share of characters that may be control characters before we call it binary.
_MAX_CONTROL_SHARE = 0.05
_CONTROLS = [chr(i) for i in range(32) if chr(i) not in "\t\n\r\f\v"]
# UTF-8 with bad bytes: every bad byte must be matched this many times by
# well-formed multi-byte characters (legacy text almost never forms them by chance) ...
_UTF8_EVIDENCE = 1
# ... and bad bytes stay rare among all bytes (binary data is about half bad bytes).
_MAX_BAD_SHARE = 0.1
# With no legacy code page that explains the bytes, text with this share of bad
# bytes at most is still read as UTF-8 (a short ASCII line with one odd byte).
_MAX_BAD_FALLBACK = 0.1
_FEW_BAD = 2  # bad bytes a line of a few words may hold and still be text
_MULTIBYTE = regex.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Legacy candidates are re-ranked only among single-byte code pages, where a
# detector's statistics tie most often (cp1252/cp1250/cp1257 on Western text).
_SINGLE_BYTE = regex.compile(r"^(?:cp12\d\d|iso8859_\d+|latin_1|koi8_[ru]|cp874|ascii)$")
# Candidates whose chaos is this close to the detector's best are compared by their words.
_CHAOS_MARGIN = 0.05
_ESCAPED = regex.compile(r"[\udc80-\udcff]")
# The legacy encodings news text comes in: Windows and ISO Latin pages, Cyrillic, Greek,
# Turkish, Hebrew, Arabic, Baltic, Thai, Vietnamese, Chinese, Japanese and Korean.
# Rare DOS and Mac pages are left out: on short text they win ties by accident.
LEGACY = (
    "cp1252 cp1250 cp1251 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 koi8_r koi8_u latin_1 iso8859_2 iso8859_5 "
    "iso8859_7 iso8859_9 iso8859_15 cp874 gb18030 big5 cp932 shift_jis euc_jp iso2022_jp cp949 euc_kr"
).split()
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_ONE_LETTER_WORD = 4.0  # zipf: ``à`` in French, not ``Ч`` for a ``×`` read in the wrong code page
_CJK_MIN_SHARE = 0.05  # of characters: less, and a double-byte reading is an accident of a few accented letters
_WORD = regex.compile(r"(?<![\p{L}\p{M}])[\p{L}\p{M}]++")
# Symbols news text rarely holds; a wrong code page makes them of quotes and accents.
_ODD = regex.compile(
    r"[\p{So}\p{Sm}\p{Sk}\p{Co}\p{Cn}\p{Cc}\p{Po}--[\x00-\x7f©®°±×÷™№…•·¡¿§¶†‡‰′″、。・，！？：；\uff01-\uff0f\uff1a-\uff20]]",
    regex.V1,
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    confidence: float  # 1.0 for a BOM or valid UTF-8; the detector's certainty for legacy code pages
    replaced: tuple[Replaced, ...] = ()


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for ``data`` or raise ``InputError``; see ``decode_bytes``."""
    d = decode_bytes(data)
    return d.text, d.encoding


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` or raise ``InputError``.

    >>> decode_bytes("naïve".encode("cp1252")).text
    'naïve'
    >>> d = decode_bytes("Russia’s “plan”. ".encode() * 5 + b"caf\\xe9")
    >>> d.encoding, d.text[-4:], d.replaced[0].bytes
    ('utf-8', 'caf\\ufffd', 'e9')
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(Decoded(data.decode(name), name, 1.0))
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {name} byte-order mark but does not decode: {exc}") from None
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", 1.0))
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(Decoded(data.decode(utf16), utf16, 1.0))
    lenient = _utf8_with_replacements(data)
    bad = len(lenient.replaced)
    # A stray byte inside a character breaks it into several bad bytes: count the runs.
    runs = sum(1 for i, r in enumerate(lenient.replaced) if i == 0 or lenient.replaced[i - 1].end != r.start)
    good = len(_MULTIBYTE.findall(data))
    if good >= _UTF8_EVIDENCE * runs and bad <= max(4 * _FEW_BAD, _MAX_BAD_SHARE * len(data)):
        return _checked(lenient)
    legacy = _legacy(data)
    if legacy is not None and not (good and _mojibake(legacy.text)):
        return _checked(legacy)
    if bad <= max(_FEW_BAD, _MAX_BAD_FALLBACK * len(data)):
        return _checked(lenient)
    raise InputError(
        "not text: no encoding explains these bytes (is it a PDF or an image? extract its text first, e.g. with pdftotext)"
    )


def _utf8_with_replacements(data: bytes) -> Decoded:
    """UTF-8 with each invalid byte replaced by U+FFFD and recorded (one pass, linear in the input)."""
    escaped = data.decode("utf-8", "surrogateescape")  # a bad byte b becomes U+DC00 + b, nothing else can
    parts: list[str] = []
    replaced: list[Replaced] = []
    pos = byte = 0
    for m in _ESCAPED.finditer(escaped):
        byte += len(escaped[pos : m.start()].encode("utf-8"))
        parts.append(escaped[pos : m.start()])
        parts.append("\ufffd")
        replaced.append(Replaced(byte, byte + 1, f"{ord(m.group()) - 0xDC00:02x}", m.start()))
        byte += 1
        pos = m.end()
    parts.append(escaped[pos:])
    share = len(replaced) / max(len(data), 1)
    return Decoded("".join(parts), "utf-8", round(max(0.0, 1.0 - 10 * share), 3), tuple(replaced))


def _legacy(data: bytes) -> Decoded | None:
    """The legacy code page that explains ``data`` best: charset-normalizer's ranking, ties broken by words."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(LEGACY)))
    if not matches:
        return None
    best = matches[0]
    encoding, text = best.encoding, str(best)
    # A double-byte reading of mostly Latin text pairs an accent with the next letter
    # (``season—it`` as ``season擁t``): there the single-byte readings compete too.
    latin = not _SINGLE_BYTE.match(encoding) and len(_NON_ASCII.findall(text)) < _CJK_MIN_SHARE * len(text)
    if _SINGLE_BYTE.match(encoding) or latin:
        close = {
            m.encoding: str(m)
            for m in matches
            if _SINGLE_BYTE.match(m.encoding) and (latin or m.chaos <= best.chaos + _CHAOS_MARGIN)
        }
        try:  # the detector folds identical readings into one; cp1252 is the likeliest of them
            close = {"cp1252": data.decode("cp1252"), **close}
        except UnicodeDecodeError:
            pass
        if len(close) > 1 or latin and close:
            encoding, text = max(close.items(), key=lambda kv: (_known_share(kv[1]), kv[0] == "cp1252"))
    elif encoding == "cp932" and _decodes_as(data, "shift_jis", text):
        encoding = "shift_jis"  # Microsoft's superset, named by the standard it reads here
    confidence = max(0.0, 1.0 - best.chaos) * (0.5 + 0.5 * best.coherence)
    return Decoded(text, encoding, round(confidence, 3))


def _mojibake(text: str) -> bool:
    """Whether a legacy reading shows UTF-8 read in the wrong code page (``â€™``): then the bytes were UTF-8."""
    from ftfy.badness import is_bad

    return is_bad(text)


def _decodes_as(data: bytes, encoding: str, text: str) -> bool:
    try:
        return data.decode(encoding) == text
    except UnicodeDecodeError:
        return False


def _known_share(text: str) -> float:
    """How well a reading reads: its words with non-ASCII letters known to the lexicon of its language,
    against unknown ones and odd symbols (``⌠on-premises■`` is how the wrong code page shows quotes)."""
    from .language import detect_language
    from .lexicon import zipf

    sample = text[:20_000]
    lang = detect_language(sample)
    words = [w for w in _WORD.findall(sample) if not w.isascii()]
    # Too little to tell a language: English.  One letter is a word only when a common one (French ``à``).
    known = sum(zipf(w.lower(), lang) >= (_ONE_LETTER_WORD if len(w) == 1 else 0.01) for w in words)
    odd = len(_ODD.findall(sample))
    seen = len(words) + odd
    return (2 * known - seen) / seen if seen else 0.0


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte of ASCII runs."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        name = "utf-16-le"
    elif even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        name = "utf-16-be"
    else:
        return None
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return None
    return name


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if text:
        controls = sum(map(text.count, _CONTROLS))
        if controls > _MAX_CONTROL_SHARE * len(text):
            raise InputError(
                f"not text: {controls} of {len(text)} characters are control characters "
                f"after decoding as {decoded.encoding} (binary file?)"
            )
    return decoded
