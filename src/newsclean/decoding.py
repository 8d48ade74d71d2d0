"""Bytes to text: BOMs, UTF-8, UTF-16 without BOM, then a charset detector.

Decoding is the only step that may refuse an input: binary data that no
text encoding explains gets an ``InputError`` instead of a page of noise.
"""

from __future__ import annotations

import codecs

from .errors import InputError

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


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for ``data`` or raise ``InputError``."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {name} byte-order mark but does not decode: {exc}") from None
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data.decode(utf16), utf16)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            "not text: no encoding explains these bytes (is it a PDF or an image? "
            "extract its text first, e.g. with pdftotext)"
        )
    return _checked(str(best), best.encoding)


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


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if text:
        controls = sum(map(text.count, _CONTROLS))
        if controls > _MAX_CONTROL_SHARE * len(text):
            raise InputError(
                f"not text: {controls} of {len(text)} characters are control characters "
                f"after decoding as {encoding} (binary file?)"
            )
    return text, encoding
