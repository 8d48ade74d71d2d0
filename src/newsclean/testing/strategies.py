"""Hypothesis strategies: arbitrary text, news-like text and damaged/clean pairs."""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st

ARTEFACTS = ("mojibake", "ligature", "nbsp", "crlf", "wrapped", "hyphenated", "double_spaced", "columns")


@cache
def _words() -> list[str]:
    from wordfreq import top_n_list

    return [w for w in top_n_list("en", 3000) if w.isalpha() and len(w) > 1]


# What has broken cleaners: dashes and quotes beside words, astral characters, combining marks, runs of
# spaces, no-break spaces beside spaces, digits glued to words, line and page breaks, mojibake and ligatures.
HOSTILE = (
    list("\n\r\t\f \u00a0\u202f\u2009\u00ad\u200b\ufeff-–—“”‘’\"'«».,:;!?()[]/*•…©0123456789ﬁÃ©â€™")
    + ["\r\n", "  ", "   ", "\n\n", "\n\n\n", "\u00a0 ", " \u00a0", " — ", "—", "\U0001f600", "\U0001d400", "𝟏"]
    + ["e\u0301", "\u0301", "a\u0308", "\u0651", "中文", "\u0627\u0644", "12", "1.", "2019", "$3.50", "-\n", "\f\n"]
)

# The few that broke the most, drawn as often as all the rest together.
WORST = ("—", " — ", "e\u0301", "\u0301", "\U0001f600", "  ", "\u00a0 ", " \u00a0", "1", "42", "“", "”", "'", '"')

# Texts every conformance run checks first, whatever hypothesis draws: each holds many of the shapes above.
FIXED_EXAMPLES = (
    "The plan \u2014 approved 12 to 3 \u2014 was \u201cfinal\u201d, she said.\n",
    "Officials said the vote was close.1\n1 See https://example.org/news/a-\nb\n",
    "P o l i t i c s\n\nThe council met on Monday at 10 a.m. and sev-\neral members spoke.\n",
    "Price: $3.50\u00a0 per item, \U0001f600 e\u0301 cafe\u0301  twice  spaced.\n\n\n2\n\f",
    "\"'quoted' text\" and \u2018single\u2019 quotes, 2019-2020, \ufb01nal \u00c3\u00a9 \u00e2\u20ac\u2122\r\n",
)


def _spaced(word: str) -> str:
    return " ".join(word.capitalize())


def texts(max_size: int = 400) -> st.SearchStrategy[str]:
    """Any Unicode text, weighted towards the characters and shapes that break cleaners.

    Pieces are drawn from any character, a list of hostile characters and
    shapes (``HOSTILE``: em dashes, astral characters, combining marks, runs
    of spaces, no-break spaces beside spaces, digits, quotes), common words,
    and letter-spaced words (``P o l i t i c s``), so each shows up in most
    runs of a few dozen examples.
    """
    if max_size < 0:
        raise ValueError(f"max_size must be at least 0, got {max_size}")
    words = st.sampled_from(_words())
    piece = st.one_of(
        st.sampled_from(HOSTILE),
        words,
        st.sampled_from(WORST),
        st.characters(),
        words.map(lambda w: w + " "),
        words.map(_spaced),
    )
    return st.lists(piece, max_size=max(1, max_size // 4)).map(lambda ps: "".join(ps)[:max_size])


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_words()), min_size=4, max_size=18))
    words[0] = words[0].capitalize()
    return " ".join(words) + draw(st.sampled_from([".", ".", ".", "?", "!"]))


def news_paragraphs(max_sentences: int = 5) -> st.SearchStrategy[str]:
    """One canonical paragraph: sentences on a single line."""
    return st.lists(_sentence(), min_size=2, max_size=max_sentences).map(" ".join)


def news_documents(max_paragraphs: int = 6) -> st.SearchStrategy[str]:
    """Canonical body text: paragraphs separated by one blank line, ending in a newline."""
    return st.lists(news_paragraphs(), min_size=1, max_size=max_paragraphs).map(lambda ps: "\n\n".join(ps) + "\n")


def wrap(paragraph: str, width: int, *, hyphenate: bool = False) -> str:
    """Hard-wrap ``paragraph`` at ``width`` columns, as a typesetter would.

    With ``hyphenate``, a long word that does not fit is split with a hyphen
    so that its first part fills the line.
    """
    lines, line = [], ""
    for word in paragraph.split():
        room = width - len(line) - 2 if line else width - 1
        if line and len(line) + 1 + len(word) > width:
            if hyphenate and word.isalpha() and word.islower() and len(word) >= 6 and room >= 3:
                cut = min(room, len(word) - 3)
                if cut >= 3:
                    lines.append(f"{line} {word[:cut]}-")
                    line = word[cut:]
                    continue
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def side_by_side(text: str, count: int, width: int, gutter: str) -> str:
    """Lay ``text`` out in ``count`` columns as a layout-preserving extractor prints them."""
    rows = text.split("\n")
    height = -(-len(rows) // count)
    # A paragraph break on a column boundary cannot be told from a wrap: keep it inside a column.
    while any(rows[i].strip() == "" or rows[i - 1].strip() == "" for i in range(height, len(rows), height)):
        height += 1
    columns = [rows[i : i + height] for i in range(0, len(rows), height)]
    out = []
    for i in range(height):
        cells = [column[i] if i < len(column) else "" for column in columns]
        out.append(gutter.join(f"{cell:<{width}}" for cell in cells).rstrip())
    return "\n".join(out) + "\n"


@st.composite
def _pair(draw: st.DrawFn, kind: str) -> tuple[str, str]:
    clean = draw(news_documents(max_paragraphs=4))
    if kind == "mojibake":
        clean = clean.replace(" ", "’s café ", 2)
        return clean, clean.encode("utf-8").decode("cp1252", "replace")
    if kind == "ligature":
        return clean, clean.replace("fi", "ﬁ")
    if kind == "nbsp":
        return clean, clean.replace(" ", "\u00a0", 3)
    if kind == "crlf":
        return clean, clean.replace("\n", "\r\n")
    if kind in ("double_spaced", "columns"):
        # Enough wrapped lines that double spacing is unmistakable.
        clean = draw(
            st.lists(news_paragraphs(max_sentences=8).filter(lambda p: len(p) > 300), min_size=2, max_size=4).map(
                lambda ps: "\n\n".join(ps) + "\n"
            )
        )
    paras = clean.rstrip("\n").split("\n\n")
    if kind == "columns":
        width = draw(st.integers(min_value=25, max_value=45))
        count = draw(st.integers(min_value=2, max_value=3))
        gutter = " " * draw(st.integers(min_value=3, max_value=6))
        return clean, side_by_side("\n\n".join(wrap(p, width) for p in paras), count, width, gutter)
    width = draw(st.integers(min_value=40, max_value=90))
    if kind == "wrapped":
        return clean, "\n\n".join(wrap(p, width) for p in paras) + "\n"
    if kind == "double_spaced":
        return clean, "\n\n\n".join(wrap(p, width).replace("\n", "\n\n") for p in paras) + "\n"
    if kind == "hyphenated":
        return clean, "\n\n".join(wrap(p, width, hyphenate=True) for p in paras) + "\n"
    raise ValueError(f"unknown artefact {kind!r}; known: {', '.join(ARTEFACTS)}")


def damaged(kind: str | None = None) -> st.SearchStrategy:
    """Damaged text (``kind=None``), or ``(clean, damaged)`` pairs for one artefact."""
    if kind is None:
        return st.sampled_from(ARTEFACTS).flatmap(lambda k: _pair(k).map(lambda p: p[1]))
    if kind not in ARTEFACTS:
        raise ValueError(f"unknown artefact {kind!r}; known: {', '.join(ARTEFACTS)}")
    return _pair(kind)
