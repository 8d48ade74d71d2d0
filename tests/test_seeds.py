"""Golden documents for the seeds, and what each seed must show."""

import json
import os
from pathlib import Path

import pytest
from conftest import SEEDS, validate

from newsclean import clean_file

GOLDEN = Path(__file__).parent / "golden"


def _doc(name: str):
    return clean_file(next(p for p in SEEDS if p.name.startswith(name)))


def test_golden(seed):
    """The whole record; refresh with NEWSCLEAN_UPDATE_GOLDEN=1 after an intended change."""
    record = clean_file(seed).to_dict()
    record["source"]["path"] = seed.name
    validate(record)
    expected = GOLDEN / f"{seed.stem}.json"
    if os.environ.get("NEWSCLEAN_UPDATE_GOLDEN"):
        expected.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert record == json.loads(expected.read_text("utf-8"))


@pytest.mark.parametrize("name", ["002", "004"])
def test_every_body_paragraph_comes_through_intact(name):
    seed = next(p for p in SEEDS if p.name.startswith(name))
    paragraphs = [p.strip() for p in seed.read_text("utf-8").split("\n\n")]
    # Body paragraphs are the long ones that end a sentence (not a breadcrumb or a date line).
    long_ones = [p for p in paragraphs if len(p.split()) >= 15 and p.endswith((".", "”", '"', "?", "!"))]
    assert len(long_ones) >= 10
    blocks = {b.text for b in _doc(name).blocks}
    for p in long_ones:
        assert p in blocks


def test_double_spaced_lines_are_joined():
    doc = _doc("003")
    assert "\n \n" not in doc.text and " \n" not in doc.text
    body = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert any(
        p.startswith("North Korean leader Kim Jong Un made a surprise state visit") and "Russian-made spacecrafts." in p
        for p in body
    )
    for block in doc.blocks:
        assert "\n" not in block.text


def test_title_page_and_captions_of_a_report():
    doc = _doc("003")
    assert (doc.title, doc.subtitle) == ("Potential Arms Deals?", "Russia-North Korea Summit in Eastern Russia")
    (author,) = doc.authors
    assert (author.name, author.role, author.organization) == (
        "Kevin Zhang",
        "Assistant to the Director",
        "The America-Eurasia Center",
    )
    assert doc.publisher == "The America-Eurasia Center"
    assert doc.published == "2023-09-19"
    assert "www.eurasiacenter.org" in doc.links
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("The two leaders shaking hands at the Vostochny Cosmodrome.", "Vladimir Smirnov / Sputnik"),
        ("Russian and North Korean officials inspect a rocket.", "Artyom Geodakyan/ Sputnik"),
    ]
    assert "Sputnik" not in doc.text and "Kevin Zhang" not in doc.text


def test_caption_cut_by_a_page_break_is_joined():
    doc = _doc("000")
    (image,) = doc.images
    assert image.caption.endswith("shook hands on September 13, 2023, during a meeting at the Vostochny cosmodrome.")
    assert image.credit == "Le point cul'"
    assert "shook hands" not in doc.text and "Le point" not in doc.text
