"""The layouts: seven house styles, each a recipe that draws its free choices from a seeded RNG.

A layout is data (a ``Design``), not drawing code: ``render`` sets every
design the same way, so a new house style is a new recipe here.  The styles
differ where extractors and cleaners differ: the number of columns, how the
article opens (drop cap dropped or raised, a lead in capitals or small
capitals), justified and hyphenated or ragged text, footnotes, a title page,
double spacing, fonts and paper.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER, TABLOID

from .fonts import FAMILIES, Family

PAPERS = {"a4": A4, "letter": LETTER, "tabloid": TABLOID}
DATE_FORMATS = (
    "{month} {day}, {year}",
    "{mon} {day}, {year}",
    "{day} {month} {year}",
    "{weekday}, {month} {day}, {year}",
)


@dataclass(frozen=True, slots=True)
class Design:
    """Every choice that decides how one article is set."""

    layout: str
    paper: str
    body: Family
    head: Family
    size: float
    leading: float
    margins: tuple[float, float, float, float]  # top, bottom, left, right
    columns: int
    justify: bool
    hyphenate: bool
    title_size: float
    date_format: str
    max_words: int
    head_left: str = "{publication}"  # running head templates: {publication}, {date}, {title}, <page>
    head_right: str = ""
    foot: str = "<page>"
    head_on_first: bool = False
    indent: float = 0.0
    para_space: float = 0.0
    label: str | None = None  # None, "tracked" or "spaced"
    dropcap: str | None = None  # None, "dropped" or "raised"
    dropcap_lines: int = 0
    lead: str = "none"  # "none", "upper" or "smallcaps"
    title_page: bool = False
    byline_upper: bool = False
    figure: bool = False
    footnotes: int = 0
    note_label: str = "superscript"  # footnote numbers raised and small, or "plain" ("1.") on the line


def _base(rng: random.Random, layout: str, **kw) -> Design:
    size = kw.pop("size")
    return Design(
        layout=layout,
        size=size,
        leading=kw.pop("leading", round(size * rng.choice((1.2, 1.25, 1.3)), 2)),
        date_format=kw.pop("date_format", rng.choice(DATE_FORMATS)),
        title_size=kw.pop("title_size", rng.choice((18, 20, 22, 24))),
        **kw,
    )


def newspaper(rng: random.Random) -> Design:
    body = FAMILIES[rng.choice(("times", "times", "dejavu-serif"))]
    return _base(
        rng,
        "newspaper",
        paper=rng.choice(("tabloid", "letter")),
        body=body,
        head=FAMILIES[rng.choice(("times", "helvetica"))],
        size=rng.choice((8.5, 9.0, 9.5)),
        margins=(48, 44, 36, 36),
        columns=3 if rng.random() < 0.7 else 4,
        justify=True,
        hyphenate=True,
        indent=10,
        label=rng.choice((None, "tracked")),
        byline_upper=rng.random() < 0.5,
        head_right="{date}",
        foot=rng.choice(("A<page>", "<page>", "B<page>")),
        head_on_first=True,
        figure=rng.random() < 0.5,
        max_words=rng.randrange(600, 1300),
        title_size=rng.choice((24, 28, 32)),
    )


def magazine(rng: random.Random) -> Design:
    return _base(
        rng,
        "magazine",
        paper=rng.choice(("a4", "letter")),
        body=FAMILIES[rng.choice(("times", "dejavu-serif"))],
        head=FAMILIES[rng.choice(("helvetica", "dejavu-sans"))],
        size=rng.choice((9.5, 10.0)),
        margins=(60, 56, 50, 50),
        columns=2,
        justify=True,
        hyphenate=True,
        indent=12,
        label=rng.choice(("tracked", "spaced")),
        dropcap="dropped",
        dropcap_lines=rng.choice((2, 3)),
        lead=rng.choice(("upper", "smallcaps", "none")),
        head_right="{date}",
        figure=True,
        max_words=rng.randrange(500, 1100),
    )


def report(rng: random.Random) -> Design:
    return _base(
        rng,
        "report",
        paper=rng.choice(("a4", "letter")),
        body=FAMILIES[rng.choice(("helvetica", "dejavu-sans", "times"))],
        head=FAMILIES[rng.choice(("helvetica", "dejavu-sans"))],
        size=rng.choice((10.0, 10.5, 11.0)),
        margins=(72, 72, 72, 72),
        columns=1,
        justify=False,
        hyphenate=rng.random() < 0.5,
        para_space=6,
        head_right="{title}",
        foot=rng.choice(("Page <page>", "<page>", "{date} | <page>")),
        footnotes=rng.randrange(3, 7),
        note_label=rng.choice(("superscript", "plain")),
        max_words=rng.randrange(500, 1000),
    )


def brief(rng: random.Random) -> Design:
    size = rng.choice((11.0, 12.0))
    return _base(
        rng,
        "brief",
        paper=rng.choice(("a4", "letter")),
        body=FAMILIES[rng.choice(("times", "dejavu-serif"))],
        head=FAMILIES[rng.choice(("times", "helvetica"))],
        size=size,
        leading=size * 2,
        margins=(72, 72, 80, 80),
        columns=1,
        justify=rng.random() < 0.5,
        hyphenate=rng.random() < 0.5,
        indent=24,
        title_page=True,
        head_right=rng.choice(("Policy Brief No. {number}", "Working Paper {year}/{number}", "")),
        footnotes=rng.randrange(3, 7),
        note_label=rng.choice(("superscript", "plain")),
        max_words=rng.randrange(400, 800),
    )


def feature(rng: random.Random) -> Design:
    return _base(
        rng,
        "feature",
        paper=rng.choice(("a4", "letter")),
        body=FAMILIES[rng.choice(("dejavu-serif", "times"))],
        head=FAMILIES[rng.choice(("dejavu-serif", "times"))],
        size=rng.choice((11.0, 11.5)),
        margins=(70, 64, 96, 96),
        columns=1,
        justify=True,
        hyphenate=True,
        para_space=8,
        label="spaced",
        dropcap="raised",
        dropcap_lines=1,
        lead=rng.choice(("upper", "smallcaps")),
        byline_upper=True,
        head_left="{title}",
        head_right="<page>",
        foot="",
        figure=True,
        max_words=rng.randrange(500, 1000),
        title_size=rng.choice((26, 30)),
    )


def typescript(rng: random.Random) -> Design:
    return _base(
        rng,
        "typescript",
        paper="letter",
        body=FAMILIES["courier"],
        head=FAMILIES["courier"],
        size=rng.choice((10.0, 11.0)),
        leading=rng.choice((12.0, 22.0)),
        margins=(72, 72, 72, 72),
        columns=1,
        justify=False,
        hyphenate=False,
        indent=rng.choice((0, 30)),
        para_space=rng.choice((0, 11)),
        lead="upper",
        title_page=rng.random() < 0.5,
        byline_upper=True,
        foot="- <page> -",
        footnotes=rng.choice((0, 3, 4)),
        note_label=rng.choice(("superscript", "plain")),
        max_words=rng.randrange(400, 800),
        title_size=14,
    )


def digest(rng: random.Random) -> Design:
    return _base(
        rng,
        "digest",
        paper=rng.choice(("tabloid", "a4")),
        body=FAMILIES[rng.choice(("dejavu-sans", "helvetica"))],
        head=FAMILIES[rng.choice(("dejavu-sans", "helvetica"))],
        size=rng.choice((9.0, 9.5)),
        margins=(56, 50, 44, 44),
        columns=2 if rng.random() < 0.6 else 3,
        justify=False,
        hyphenate=rng.random() < 0.5,
        para_space=6,
        label="tracked",
        dropcap=rng.choice(("raised", "dropped")),
        dropcap_lines=rng.choice((2, 3)),
        lead=rng.choice(("none", "upper")),
        head_left="{publication} | {date}",
        head_right="<page>",
        foot="",
        head_on_first=True,
        figure=rng.random() < 0.7,
        max_words=rng.randrange(600, 1300),
    )


LAYOUTS: dict[str, Callable[[random.Random], Design]] = {
    f.__name__: f for f in (newspaper, magazine, report, brief, feature, typescript, digest)
}
