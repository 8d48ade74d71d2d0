"""What a printed article carries besides its body: label, byline, date, caption, credit, footnotes.

The body, title, authors and date come from the source article; the rest is
made up here from the article's own site and text (a footnote points at the
article's URL or at a longer address on the same site), so the furniture looks
like the site's and varies as much as the sites do.  Everything made up is
said so in the gold (``*_source: synthetic``).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .fonts import shows
from .layouts import Design
from .source import Article

SECTIONS = ("News", "World", "Business", "Opinion", "Technology", "Health", "Culture", "Science", "Sport", "Travel")
PATH_WORD = re.compile(r"[a-z]{4,14}")
NOT_LABELS = {"article", "articles", "story", "stories", "posts", "post", "index", "html", "content", "amp", "pages"}
PHOTOGRAPHERS = ("Carlos Barria", "Ana Lucia Moreno", "Tom Whitfield", "Priya Natarajan", "Jonas Berg", "Mei Lin Zhou")
AGENCIES = ("AFP", "Reuters", "AP", "Getty Images", "EPA", "Bloomberg")
CAPTIONS = (
    "A file photo related to the events described in this article.",
    "The scene this report describes, photographed earlier this year.",
    "People at the centre of the story, in a photograph taken for {publication}.",
    "A view of the setting of this story.",
)
NOTE_FORMS = ("Available at: {url}", "{publication}, “{title}”, {date}, {url}", "See {url}", "Source: {url}")
ROLES = ("Senior Fellow", "Research Director", "Policy Analyst", "Correspondent")
SECTIONS_PATH = ("analysis", "reports", "research/publications", "insights", "news/features")


@dataclass(frozen=True, slots=True)
class Note:
    label: str
    text: str
    url: str
    ibid: bool
    token: int  # the body token the marker is glued to
    paragraph: int


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str
    photographer: str
    agency: str


@dataclass(frozen=True, slots=True)
class Dressing:
    paragraphs: tuple[str, ...]
    headings: frozenset[int]
    publication: str
    label: str | None
    label_source: str | None
    byline: str | None
    date: str | None
    notes: tuple[Note, ...]
    caption: Caption | None
    dropcap_paragraph: int | None
    series: str
    roles: tuple[str, ...]


def publication(site: str) -> str:
    """A masthead from a site name: ``news.example.co.uk`` → ``Example``."""
    parts = site.split(".")
    if len(parts) < 3:
        name = parts[0]
    else:  # the label before the suffix, or before a short second-level one (co.uk, com.au)
        name = parts[-2] if len(parts[-2]) > 3 else parts[-3]
    return name.replace("-", " ").title()


def date_text(iso: str | None, form: str) -> str | None:
    if not iso:
        return None
    d = dt.date.fromisoformat(iso[:10])
    month = d.strftime("%B")
    mon = month if len(month) <= 5 else {"September": "Sept."}.get(month, month[:3] + ".")
    return form.format(month=month, mon=mon, day=d.day, year=d.year, weekday=d.strftime("%A"))


def _label(article: Article, rng: random.Random) -> tuple[str, str]:
    path = urlsplit(article.url).path.lower().split("/")
    first = next((p for p in path if p), "")
    if PATH_WORD.fullmatch(first) and first not in NOT_LABELS:
        return first.title(), "url"
    return rng.choice(SECTIONS), "synthetic"


def _byline(authors: tuple[str, ...], upper: bool) -> str | None:
    if not authors:
        return None
    names = authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]
    return "By " + (names.upper() if upper else names)


def _keep(article: Article, design: Design) -> tuple[list[str], frozenset[int]]:
    """Whole paragraphs the fonts can show, up to the layout's length; no heading left dangling at the end."""
    kept, heads, words = [], set(), 0
    for i, p in enumerate(article.paragraphs):
        if not shows(design.body, p):
            continue
        n = len(p.split())
        if words and words + n > design.max_words:
            break
        if i in article.headings:
            heads.add(len(kept))
        kept.append(p)
        words += n
    while kept and len(kept) - 1 in heads:
        heads.discard(len(kept) - 1)
        kept.pop()
    return kept, frozenset(heads)


def _site_url(article: Article, words: list[str], rng: random.Random) -> str:
    slug = "-".join(re.sub(r"[^a-z0-9]", "", w.lower()) for w in words)
    slug = re.sub("-+", "-", slug).strip("-")
    host = urlsplit(article.url).netloc
    year = (article.date_iso or "2025")[:4]
    return f"https://{host}/{rng.choice(SECTIONS_PATH)}/{year}/{slug}-{rng.randrange(10000, 999999)}"


def _notes(
    article: Article,
    design: Design,
    paragraphs: list[str],
    heads: frozenset[int],
    pub: str,
    date: str | None,
    rng: random.Random,
) -> tuple[Note, ...]:
    starts, n = [], 0
    for p in paragraphs:
        starts.append(n)
        n += len(p.split())
    body = [i for i in range(len(paragraphs)) if i not in heads and len(paragraphs[i].split()) >= 8]
    chosen = sorted(rng.sample(body, min(design.footnotes, len(body))))
    notes: list[Note] = []
    for k, i in enumerate(chosen):
        toks = paragraphs[i].split()
        ends = [j for j, t in enumerate(toks) if j > 0 and t[-1] in ".!?" and not t[-2:-1].isdigit()] or [len(toks) - 1]
        j = rng.choice(ends[:3])
        label = str(k + 1)
        if notes and not notes[-1].ibid and rng.random() < 0.35:
            notes.append(Note(label, "Ibid.", notes[-1].url, True, starts[i] + j, i))
            continue
        url = article.url if k == 0 else _site_url(article, toks[: rng.randrange(6, 12)], rng)
        form = rng.choice(NOTE_FORMS if date else NOTE_FORMS[:1] + NOTE_FORMS[2:])
        title = article.title if k == 0 else " ".join(toks[:6]).rstrip(".,;:")
        text = form.format(url=url, publication=pub, title=title, date=date)
        if not shows(design.body, text):
            text = f"Available at: {url}"
        notes.append(Note(label, text, url, False, starts[i] + j, i))
    return tuple(notes)


def _dropcap_paragraph(paragraphs: list[str], heads: frozenset[int]) -> int | None:
    """The paragraph that opens the article, when its first word starts with two letters a drop cap can split."""
    first = next((i for i in range(len(paragraphs)) if i not in heads), None)
    if first is None:
        return None
    toks = paragraphs[first].split()
    return first if len(toks) >= 2 and toks[0][:2].isalpha() else None


def dress(article: Article, design: Design, rng: random.Random) -> Dressing | None:
    """The document's contents, or None when its fonts cannot show its title or too little of its body."""
    if not shows(design.head, article.title) or not all(
        shows(design.body, a) and shows(design.head, a) for a in article.authors
    ):
        return None
    paragraphs, heads = _keep(article, design)
    if sum(len(p.split()) for p in paragraphs) < 120:
        return None
    pub = publication(article.site)
    date = date_text(article.date_iso, design.date_format)
    label, label_source = _label(article, rng) if design.label else (None, None)
    caption = None
    if design.figure:
        who, agency = rng.choice(PHOTOGRAPHERS), rng.choice(AGENCIES)
        credit = rng.choice((f"{who.upper()} / {agency}", f"Photo: {who}/{agency}", f"{who} / {agency}"))
        caption = Caption(rng.choice(CAPTIONS).format(publication=pub), credit, who, agency)
    return Dressing(
        paragraphs=tuple(paragraphs),
        headings=heads,
        publication=pub,
        label=label,
        label_source=label_source,
        byline=_byline(article.authors, design.byline_upper),
        date=date,
        notes=_notes(article, design, paragraphs, heads, pub, date, rng) if design.footnotes else (),
        caption=caption,
        dropcap_paragraph=_dropcap_paragraph(paragraphs, heads) if design.dropcap or design.lead != "none" else None,
        series=f"No. {rng.randrange(12, 140)}",
        roles=tuple(rng.choice(ROLES) for _ in article.authors),
    )
