"""The ``unicode`` cleaner: mojibake repaired at least as well as ftfy, and the character steps after it."""

import re
from pathlib import Path

import ftfy
import pytest
from ftfy.badness import BADNESS_RE
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import clean, mojibake
from newsclean.cleaners.unicode import Unicode
from newsclean.testing import news_paragraphs, run_cleaner
from newsclean.testing.mixups import CASE_FILES, MIXUPS, fold, mix_up, read_cases

CASES_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "ftfy-cases"
CASES = [(name, case) for name in CASE_FILES for case in read_cases(CASES_DIR, name)] if CASES_DIR.is_dir() else []
needs_cases = pytest.mark.skipif(not CASES, reason=f"ftfy's test cases are not at {CASES_DIR}")


def repaired(text: str) -> str:
    return run_cleaner(Unicode(), text).text


@needs_cases
@pytest.mark.parametrize(("name", "case"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_ftfy_cases_come_out_as_ftfy_repairs_them(name, case):
    assert fold(repaired(case.original)) == fold(case.fixed), case.label


@needs_cases
@pytest.mark.parametrize(("name", "case"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_ftfy_cases_through_the_pipeline_come_out_as_their_repair_does(name, case):
    assert fold(clean(case.original).text) == fold(clean(case.fixed).text), case.label


@needs_cases
def test_negative_cases_lose_no_letter():
    """ftfy's look-alikes are left alone but for a no-break space made plain and a C1 control ftfy replaces too."""
    for name, case in CASES:
        if name == "negative":
            for edit in run_cleaner(Unicode(), case.original).tracked.edits:
                assert edit.reason == "no-break or typographic space" or edit.before == "\x85", case.label


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("РґРѕСЂРѕРіРµ Р\x98Р·-РїРѕРґ #С„СѓС‚Р±РѕР»", "дороге Из-под #футбол"),  # cp1251, one run across words
        ("GÃ\xa0idhlig", "Gàidhlig"),  # the no-break space is half of the letter
        ("Hi guys í\xa0½í¸\x8d", "Hi guys 😍"),  # CESU-8
        ("There‚Äôs no one-size-fits-all", "There’s no one-size-fits-all"),  # Mac Roman
        ("This is signiп¬Ѓcantly lower", "This is significantly lower"),  # the repair is a ligature, expanded after
        ("CafÃ©\u00a0au lait ﬁne", "Café au lait fine"),
    ],
)
def test_mojibake_is_repaired_whole_before_the_other_steps(broken, fixed):
    assert repaired(broken) == fixed


def test_every_repair_is_an_edit_with_raw_offsets():
    raw = "A cafÃ©\u00a0and the ﬁnal word.\nРґРѕСЂРѕРіРµ Р\x98Р·-РїРѕРґ #С„СѓС‚Р±РѕР»\n"
    doc = clean(raw)
    assert doc.text == "A café and the final word. дороге Из-под #футбол\n"
    edits = [(e.before, e.after, e.reason) for e in doc.edits if e.cleaner == "unicode"]
    assert edits == [
        ("Ã©", "é", "mojibake"),
        ("\u00a0", " ", "no-break or typographic space"),
        ("ﬁ", "fi", "ligature"),
        ("РґРѕСЂРѕРіРµ", "дороге", "mojibake"),
        ("Р\x98Р·-РїРѕРґ", "Из-под", "mojibake"),
        ("С„СѓС‚Р±РѕР»", "футбол", "mojibake"),
    ]
    assert all(raw[e.start : e.end] == e.before for e in doc.edits)


def test_ftfy_reads_only_the_lines_its_own_test_finds_mojibake_on(monkeypatch):
    calls = []
    monkeypatch.setattr(mojibake, "repair", lambda line: calls.append(line) or ftfy.fix_text(line, mojibake.CONFIG))
    clean_lines = "The minister’s “plan” — costing €2bn — was déjà vu for Zürich.\n" * 50
    repaired(clean_lines)
    assert calls == []
    repaired(clean_lines + "It was dÃ©jÃ  vu.\n" + clean_lines)
    assert calls == ["It was dÃ©jÃ  vu.\n"]


def test_no_match_of_ftfys_test_is_longer_than_the_scan_reaches():
    parser = getattr(re, "_parser", None)
    if parser is None:
        pytest.skip("this Python does not expose its regex parser")
    assert parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1] <= mojibake.WIDEST


_ANCHORS = "".join(c for c in map(chr, range(0x80, 0x2600)) if re.fullmatch(f"[{mojibake.ANCHORS}]", c))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ANCHORS + "aeAZ .,!?'\n\t\u00a0Ãâ€™"), max_size=40))
def test_the_scan_finds_every_line_ftfys_test_finds(text):
    found = {text[a:b] for a, b in mojibake.suspect_lines(text)}
    for line in re.findall(r"[^\n]*\n|[^\n]+$", text):  # ftfy's lines: only "\n" ends one
        if ftfy.badness.is_bad(line):
            assert line in found


_LETTERS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cf", "Co", "Cn", "Zl", "Zp"))


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(_LETTERS, max_size=60), news_paragraphs()), st.sampled_from(MIXUPS))
def test_a_mix_up_ftfy_repairs_is_repaired(text, encoding):
    broken = mix_up(text, encoding)
    if fold(ftfy.fix_text(broken)) == fold(text):
        assert fold(repaired(broken)) == fold(text)


@settings(max_examples=100, deadline=None)
@given(st.text(_LETTERS, max_size=40), st.sampled_from(MIXUPS))
def test_repair_is_idempotent(text, encoding):
    once = repaired(mix_up(text, encoding))
    assert repaired(once) == once


def test_a_spaced_line_that_is_the_whole_text_is_kept():
    """A spaced label heads something; alone, the line is the text (and its Ã is no mojibake)."""
    assert "Ã" in clean("C O N C L U S Ã O").text
    doc = clean("P O L I T I C S\n\nThe council met on Monday to discuss the budget.\n")
    assert doc.section == "POLITICS"
    assert doc.text == "The council met on Monday to discuss the budget.\n"
