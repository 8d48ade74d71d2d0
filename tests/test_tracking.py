"""The map from current to raw offsets answers as a plain per-character reference map does."""

from __future__ import annotations

from array import array
from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.records import Change
from newsclean.tracking import TrackedText


class _PerCharacter:
    """The map as two arrays of raw offsets per current character: simple, slow, and the reference."""

    def __init__(self, raw: str) -> None:
        self.text = raw
        self.raw_len = len(raw)
        self.starts = array("q", range(len(raw)))
        self.ends = array("q", range(1, len(raw) + 1))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if start < end:
            return self.starts[start], self.ends[end - 1]
        pos = self.starts[start] if start < len(self.text) else self.raw_len
        return pos, pos

    def current_offset(self, raw_pos: int) -> int:
        return bisect_left(self.starts, raw_pos)

    def apply(self, kept: list[Change]) -> None:
        parts, starts, ends, pos = [], array("q"), array("q"), 0
        for ch in kept:
            parts.append(self.text[pos : ch.start])
            starts.extend(self.starts[pos : ch.start])
            ends.extend(self.ends[pos : ch.start])
            rs, re_ = self.raw_span(ch.start, ch.end)
            parts.append(ch.replacement)
            if ch.pieces:
                for a, b in ch.pieces:
                    starts.extend(self.starts[a:b])
                    ends.extend(self.ends[a:b])
            else:
                starts.extend(array("q", [rs]) * len(ch.replacement))
                ends.extend(array("q", [re_]) * len(ch.replacement))
            pos = ch.end
        parts.append(self.text[pos:])
        starts.extend(self.starts[pos:])
        ends.extend(self.ends[pos:])
        self.text, self.starts, self.ends = "".join(parts), starts, ends


@st.composite
def change_sets(draw: st.DrawFn, text: str) -> list[Change]:
    """Non-overlapping changes against ``text``: replacements, insertions, removals and moves."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    out = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        kind = draw(st.sampled_from(["replace", "remove", "move"]))
        if kind == "move" and b - a >= 2:
            m = draw(st.integers(a + 1, b - 1))
            out.append(Change(a, b, text[m:b] + text[a:m], "move", pieces=((m, b), (a, m))))
        elif kind == "remove":
            out.append(Change(a, b, "", "remove", remove=True))
        else:
            out.append(Change(a, b, draw(st.text("xyz\n ", max_size=4)), "replace"))
    return [c for c in out if text[c.start : c.end] != c.replacement]


@settings(max_examples=300, deadline=None)
@given(st.text("abc\n ", max_size=30), st.data())
def test_runs_answer_as_a_per_character_map(raw: str, data: st.DataObject) -> None:
    tracked, reference = TrackedText(raw), _PerCharacter(raw)
    for _ in range(data.draw(st.integers(1, 4))):
        changes = data.draw(change_sets(tracked.text))
        assert tracked.apply(changes, "test") == len(changes)
        reference.apply(changes)
        assert tracked.text == reference.text
        n = len(tracked.text)
        for start in range(n + 1):
            for end in range(start, n + 1):
                assert tracked.raw_span(start, end) == reference.raw_span(start, end)
        for pos in range(len(raw) + 2):
            assert tracked.current_offset(pos) == reference.current_offset(pos)
    for edit in tracked.edits:
        assert raw[edit.start : edit.end] == edit.before
    for removal in tracked.removed:
        assert raw[removal.start : removal.end] == removal.text
