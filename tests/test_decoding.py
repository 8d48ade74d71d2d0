"""Decoding never garbles: UTF-8 with stray bytes stays UTF-8, legacy code pages are read right."""

import json
import signal
from pathlib import Path

import pytest
from conftest import validate

from newsclean import InputError, clean
from newsclean.decoding import decode_bytes

LANGUAGES = Path(__file__).parent / "data" / "languages"
WCXB = Path(__file__).parents[2] / "shared" / "bench" / "web-wcxb" / "gold"
if not WCXB.is_dir():
    WCXB = Path("/work/shared/bench/web-wcxb/gold")

# Each sample is a short news report written in its language; the code pages that carry it.
SAMPLES = [
    ("cs", "cp1250"),
    ("pl", "cp1250"),
    ("ru", "cp1251"),
    ("ru", "koi8_r"),
    ("ja", "shift_jis"),
    ("zh", "gb18030"),
    ("fr", "cp1252"),
    ("de", "cp1252"),
]


def test_one_stray_byte_keeps_a_utf8_article_utf8():
    data = "Russia’s “plan”. ".encode() * 50 + b"caf\xe9"
    doc = clean(data)
    assert "Russia’s “plan”" in doc.text and "‚Äô" not in doc.text
    assert doc.source.encoding == "utf-8"
    (bad,) = doc.source.replaced
    assert (bad.start, bad.end, bad.bytes) == (len(data) - 1, len(data), "e9")
    raw = decode_bytes(data).text
    assert raw[bad.at] == "\ufffd" and raw.endswith("caf\ufffd")
    assert 0 < doc.source.confidence < 1
    validate(json.loads(doc.to_json()))


def test_each_replaced_byte_is_recorded_where_it_stood():
    data = "Zürich – ".encode() * 20 + b"a\xff\xfeb" + "Genève".encode() * 20 + b"\xc3"
    d = decode_bytes(data)
    assert [r.bytes for r in d.replaced] == ["ff", "fe", "c3"]
    for r in d.replaced:
        assert d.text[r.at] == "\ufffd"
        assert data[r.start : r.end] == bytes.fromhex(r.bytes)
    assert d.text.replace("\ufffd", "") == "Zürich – " * 20 + "ab" + "Genève" * 20


def test_naive_in_cp1252_is_not_read_as_cp1250():
    assert clean("A naïve reading of the law, the judge said.".encode("cp1252")).text.startswith("A naïve reading")
    d = decode_bytes("naïve".encode("cp1252"))
    assert d.text == "naïve" and d.encoding == "cp1252"


def test_an_article_with_one_stray_byte_is_never_refused():
    article = b"The storm hit the coast at dawn and the town woke to water in the streets. " * 20
    for stray in (b"\x81", b"\x8d", b"\x90", b"\xff", b"\xc0"):
        data = article[:700] + stray + article[700:]
        doc = clean(data)  # no InputError
        assert "The storm hit the coast" in doc.text


@pytest.mark.parametrize(("lang", "encoding"), SAMPLES)
@pytest.mark.parametrize("size", [None, 300, 120])
def test_legacy_code_pages_are_read_right(lang, encoding, size):
    text = (LANGUAGES / f"{lang}.txt").read_text("utf-8")[:size]
    d = decode_bytes(text.encode(encoding))
    assert d.text == text
    assert d.encoding.replace("-", "_") == encoding
    assert 0 < d.confidence <= 1


def _gold_bodies(limit):
    if not WCXB.is_dir():
        pytest.skip("benchmark pages not available")
    bodies = []
    for f in sorted(WCXB.glob("*.json"))[: limit * 3]:
        body = json.loads(f.read_text("utf-8"))["body"]
        body = body if isinstance(body, str) else "\n".join(body)
        if len(body) > 1000 and any(ord(c) > 127 for c in body):
            bodies.append(body)
    return bodies[:limit]


def test_real_articles_with_a_stray_byte_are_read_as_utf8():
    for body in _gold_bodies(20):
        data = body.encode("utf-8")
        cut = data.find(b" ", len(data) // 2)
        d = decode_bytes(data[:cut] + b"\xe9" + data[cut:])
        assert d.encoding == "utf-8", body[:80]
        assert d.text.replace("\ufffd", "", 1) == body


def test_real_articles_in_cp1252_are_read_right():
    checked = 0
    for body in _gold_bodies(15):
        try:
            data = body.encode("cp1252")
        except UnicodeEncodeError:
            continue
        if data.isascii():
            continue
        assert decode_bytes(data).text == body, body[:80]
        checked += 1
    assert checked >= 5


def test_many_bad_bytes_decode_in_one_pass():
    def hang(*_):
        raise TimeoutError("decoding did not finish: quadratic work")

    data = ("Zürich café ".encode() * 8 + b"\xff") * 20_000  # 2 MB, a bad byte every 100
    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(60)  # a generous guard against a hang, not a time budget
    try:
        d = decode_bytes(data)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert d.encoding == "utf-8" and len(d.replaced) == 20_000


def test_binary_is_still_refused():
    with pytest.raises(InputError, match="not text"):
        clean(bytes(range(256)) * 20)


def test_short_texts_with_one_stray_byte_are_never_refused_nor_garbled():
    import random

    rng = random.Random(6)
    words = "the storm hit coast at dawn and town woke to water in streets officials said Monday".split()
    for _ in range(300):
        lead = "café Zürich “x” " * rng.randint(1, 3)
        data = (lead + " ".join(rng.choice(words) for _ in range(rng.randint(1, 20)))).encode()
        at = rng.randint(len(lead.encode()), len(data))  # the stray byte after the accents
        d = decode_bytes(data[:at] + bytes([rng.randint(0x80, 0xFF)]) + data[at:])
        assert d.text.startswith(lead), d


def test_random_bytes_are_refused():
    import random

    rng = random.Random(7)
    for _ in range(50):
        with pytest.raises(InputError):
            decode_bytes(rng.randbytes(rng.randint(50, 3000)))
