"""The document record of SPEC §2 and the canonical text of §3, on the seeds."""

import hashlib
import json

import pytest
from conftest import validate

from newsclean import InputError, clean, clean_file
from newsclean.records import Change
from newsclean.tracking import ChangeError, TrackedText


def test_every_field_with_the_right_type(seed):
    doc = clean_file(seed)
    record = json.loads(doc.to_json())
    validate(record)
    raw = seed.read_bytes()
    assert record["id"] == "sha256:" + hashlib.sha256(raw).hexdigest()
    assert record["source"] == {
        "path": str(seed),
        "sha256": hashlib.sha256(raw).hexdigest(),
        "bytes": len(raw),
        "encoding": "utf-8",
        "confidence": 1.0,
        "replaced": [],
    }


def test_offsets_are_faithful(seed):
    raw = seed.read_text("utf-8")
    doc = clean_file(seed)
    assert doc.edits or doc.removed
    for e in doc.edits:
        assert raw[e.start : e.end] == e.before
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_text_is_canonical(seed):
    doc = clean_file(seed)
    assert doc.text == "\n\n".join(b.text for b in doc.blocks) + "\n"
    assert "\n\n\n" not in doc.text
    for line in doc.text.split("\n"):
        assert line == line.strip()
        assert "  " not in line
    assert "\u00a0" not in doc.text and "\r" not in doc.text


def test_cleaning_the_text_again_changes_nothing(seed):
    once = clean_file(seed).text
    assert clean(once).text == once


def test_nothing_vanishes_silently(seed):
    raw = seed.read_text("utf-8")
    doc = clean_file(seed)
    covered = bytearray(len(raw))
    for rec in doc.edits:
        covered[rec.start : rec.end] = b"\x01" * (rec.end - rec.start)
    for rec in doc.removed:
        covered[rec.start : rec.end] = b"\x01" * (rec.end - rec.start)
    body = doc.text
    pos = 0
    for i, c in enumerate(raw):
        if c.isspace() or covered[i]:
            continue
        found = body.find(c, pos)
        assert found >= 0, f"{c!r} at raw offset {i} is nowhere in the document"
        pos = found + 1


def test_str_and_bytes_give_the_same_document(seed):
    raw = seed.read_bytes()
    assert clean(raw).to_dict() == clean(raw.decode("utf-8")).to_dict()


def test_encodings_are_detected_and_recorded():
    text = "Le président a déclaré que l’économie française résiste à la crise mondiale. " * 5
    assert clean(text.encode("utf-16")).source.encoding == "utf-16"
    assert clean(text.encode("utf-8-sig")).source.encoding == "utf-8-sig"
    doc = clean(text.encode("cp1252", "replace"))
    assert "président" in doc.text
    assert doc.source.encoding not in ("utf-8", "utf-16")


def test_binary_input_is_an_input_error():
    import pytest

    with pytest.raises(InputError, match="not text"):
        clean(bytes(range(256)) * 20)


def test_empty_input_gives_an_empty_document():
    doc = clean("")
    validate(doc.to_dict())
    assert doc.text == "" and doc.blocks == ()


def test_a_move_keeps_each_characters_origin():
    tracked = TrackedText("one two")
    tracked.apply([Change(0, 7, "two one", "swap", pieces=((4, 7), (3, 4), (0, 3)))], "test")
    assert tracked.text == "two one"
    assert [tracked.raw_span(i, i + 1) for i in (0, 4)] == [(4, 5), (0, 1)]
    with pytest.raises(ChangeError):
        tracked.apply([Change(0, 7, "one three", "not a move", pieces=((4, 7), (3, 4), (0, 3)))], "test")
