"""Set one dressed article in its design and say what landed where.

The PDF is written with reportlab's ``invariant`` mode (no creation date, a
fixed document id), so one seed gives byte-identical PDFs and so identical
extractions.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from .dressing import Dressing
from .fonts import width
from .layouts import PAPERS, Design
from .source import Article
from .typeset import Flow, Geometry, Hyphenator, Line, Run, Split, Word, break_lines

HEAD_SIZE = 8.0
NOTE_SIZE = 8.0


@dataclass(frozen=True, slots=True)
class Facts:
    """What the gold needs to know from the typesetting."""

    pages: int
    splits: tuple[tuple[int, Split, bool], ...]  # body token, split, whether the halves are on two pages
    wrapped: frozenset[str]  # labels of footnotes whose URL runs over a line end
    running: tuple[str, ...]  # running heads and feet, "<page>" for the page number
    lead_typeset: str | None


def _plain(text: str, font: str, size: float, breakable: bool = True) -> list[Word]:
    return [Word((Run(t, font, size),), breakable=breakable) for t in text.split()]


def _lines(
    words: list[Word], measure: float, size: float, leading: float, hyph: Hyphenator | None = None
) -> list[Line]:
    font = words[0].runs[0].font if words else "Helvetica"
    return break_lines(words, lambda n: (0.0, measure), width(" ", font, size), leading, False, hyph)


def _smallcaps(text: str, font: str, size: float) -> tuple[Run, ...]:
    """Small capitals the way most layouts fake them: lower-case letters as capitals at 80%."""
    runs: list[Run] = []
    for ch in text:
        small = ch.islower()
        run = Run(ch.upper(), font, size * 0.8 if small else size)
        if runs and runs[-1].size == run.size:
            runs[-1] = Run(runs[-1].text + run.text, font, run.size)
        else:
            runs.append(run)
    return tuple(runs)


class Renderer:
    """Draws one document; one instance per document."""

    def __init__(self, article: Article, design: Design, dressing: Dressing, lang: str) -> None:
        self.a, self.d, self.dr = article, design, dressing
        w, h = PAPERS[design.paper]
        self.buf = io.BytesIO()
        self.canvas = Canvas(self.buf, pagesize=(w, h), invariant=1, pageCompression=1)
        m = design.margins
        self.geo = Geometry(w, h, m[0], m[1], m[2], m[3], design.columns)
        self.hyph = Hyphenator(lang)
        self.space = width(" ", design.body.regular, design.size)
        short = article.title if len(article.title) <= 60 else article.title[:57].rsplit(" ", 1)[0] + " …"
        year = (article.date_iso or "2025")[:4]
        values = {"publication": dressing.publication, "date": dressing.date or "", "title": short, "year": year}
        values["number"] = dressing.series.removeprefix("No. ")
        self.heads = tuple(t.format(**values).strip(" |") for t in (design.head_left, design.head_right, design.foot))
        self.first_page = 2 if design.title_page else 1
        self.flow = Flow(self.canvas, self.geo, self.furniture)
        self.lead_typeset: str | None = None
        self.body_lines: list[Line] = []

    def furniture(self, canvas: Canvas, page: int) -> None:
        geo, (left, right, foot) = self.geo, self.heads
        canvas.setFont(self.d.head.regular, HEAD_SIZE)
        if page > self.first_page or self.d.head_on_first:
            y = geo.height - geo.top + 18
            canvas.drawString(geo.left, y, left.replace("<page>", str(page)))
            canvas.drawRightString(geo.width - geo.right, y, right.replace("<page>", str(page)))
        if foot:
            canvas.drawCentredString(geo.width / 2, geo.bottom / 2, foot.replace("<page>", str(page)))

    def render(self) -> tuple[bytes, Facts]:
        if self.d.title_page:
            self.title_page()
            self.canvas.showPage()
            self.flow.page = 2
            self.flow.start(self.flow.top)
        else:
            self.flow.start(self.title_block())
        self.flow.notes = {n.label: self.note_lines(n.label, n.text) for n in self.dr.notes}
        self.body()
        self.flow.finish_page()
        self.canvas.save()
        splits = tuple(
            (w.token, w.split, len(self.flow.split_pages.get(w.token, ())) > 1)
            for line in self.body_lines
            for w in line.words
            if w.split is not None and w.token >= 0
        )
        wrapped = frozenset(
            n.label
            for n in self.dr.notes
            if not n.ibid and all(w.text != n.url for line in self.flow.notes[n.label] for w in line.words)
        )
        running = tuple(h for h in self.heads if h)
        return self.buf.getvalue(), Facts(self.flow.page, splits, wrapped, running, self.lead_typeset)

    # -- the page top -------------------------------------------------------------------------------
    def title_block(self) -> float:
        geo, d, c = self.geo, self.d, self.canvas
        full = geo.width - geo.left - geo.right
        y = geo.height - geo.top
        if self.dr.label:
            text = self.dr.label.upper()
            c.setFont(d.head.bold, 9)
            if d.label == "tracked":
                c.drawString(geo.left, y - 9, text, charSpace=3)
            else:
                c.drawString(geo.left, y - 9, "   ".join(" ".join(word) for word in text.split()))
            y -= 24
        y = self.draw_lines(
            _plain(self.a.title, d.head.bold, d.title_size), full, d.title_size, d.title_size * 1.15, geo.left, y
        )
        y -= 6
        meta = [t for t in (self.dr.byline, self.dr.date) if t]
        for t in meta:
            y = self.draw_lines(
                _plain(t, d.body.italic, d.size + 0.5), full, d.size + 0.5, (d.size + 0.5) * 1.3, geo.left, y
            )
        return y - 14

    def title_page(self) -> None:
        geo, d, dr = self.geo, self.d, self.dr
        full = geo.width - geo.left - geo.right
        y = geo.height - geo.top
        y = self.draw_lines(_plain(dr.publication.upper(), d.head.bold, 12), full, 12, 15, geo.left, y)
        if self.heads[1]:
            y = self.draw_lines(_plain(self.heads[1], d.head.regular, 11), full, 11, 14, geo.left, y)
        y -= 70
        y = self.draw_lines(
            _plain(self.a.title, d.head.bold, d.title_size), full, d.title_size, d.title_size * 1.2, geo.left, y
        )
        y -= 24
        for name, role in zip(self.a.authors, dr.roles, strict=True):
            y = self.draw_lines(_plain(name, d.body.bold, 11), full, 11, 14, geo.left, y)
            y = self.draw_lines(_plain(f"{role}, {dr.publication}", d.body.italic, 10), full, 10, 13, geo.left, y)
        if dr.date:
            y = self.draw_lines(_plain(dr.date, d.body.regular, 11), full, 11, 14, geo.left, y - 12)
        y -= 40
        host = self.a.url.split("/")[2]
        for text in (f"Online: https://{host}", f"Full text: {self.a.url}"):
            y = self.draw_lines(_plain(text, d.body.regular, 9), full, 9, 12, geo.left, y, self.hyph)

    def draw_lines(
        self, words: list[Word], measure: float, size: float, leading: float, x: float, y: float, hyph=None
    ) -> float:
        for line in _lines(words, measure, size, leading, hyph):
            self.flow.draw_line(line, x, y - leading * 0.8)
            y -= leading
        return y

    # -- the body -----------------------------------------------------------------------------------
    def body(self) -> None:
        d, dr = self.d, self.dr
        colw = self.geo.column_width
        token = 0
        figure_after = next((i for i in range(1, len(dr.paragraphs)) if i not in dr.headings), 0)
        for i, p in enumerate(dr.paragraphs):
            toks = p.split()
            if i in dr.headings:
                words = [
                    Word((Run(t, d.body.bold, d.size + 1),), token + j, breakable=False) for j, t in enumerate(toks)
                ]
                lines = break_lines(words, lambda n: (0.0, colw), self.space, d.leading, False, None)
                self.flow.skip(d.leading * 0.5)
                self.flow.place(lines, keep=len(lines), first_keep_extra=2 * d.leading)
            else:
                self.paragraph(i, toks, token, colw)
            self.flow.skip(d.para_space)
            token += len(toks)
            if dr.caption and i == figure_after:
                self.figure(colw)

    def paragraph(self, i: int, toks: list[str], start: int, colw: float) -> None:
        d, dr = self.d, self.dr
        markers = {n.token: n.label for n in dr.notes}
        words = []
        for j, t in enumerate(toks):
            runs = [Run(t, d.body.regular, d.size)]
            label = markers.get(start + j)
            if label:
                runs.append(Run(label, d.body.regular, d.size * 0.6, rise=d.size * 0.35))
            words.append(Word(tuple(runs), start + j, notes=(label,) if label else ()))
        indent = d.indent if i > 0 else 0.0
        cap = None
        if i == dr.dropcap_paragraph:
            cap, words = self.opening(toks, words)
        lines_kept = 2
        if cap:
            letter, font, size, lines_kept = cap
            capw = width(letter, font, size) + 3
            measure = lambda n: (capw, colw - capw) if n < lines_kept else (0.0, colw)  # noqa: E731
        else:
            measure = lambda n: (indent, colw - indent) if n == 0 else (0.0, colw)  # noqa: E731
        hyph = self.hyph if d.hyphenate else None
        lines = break_lines(words, measure, self.space, d.leading, d.justify, hyph)
        self.body_lines += lines
        spots = self.flow.place(lines, keep=min(lines_kept, len(lines)))
        if cap:
            letter, font, size, n = cap
            x, base = spots[min(n, len(spots)) - 1]
            self.canvas.setFont(font, size)
            self.canvas.drawString(x, base, letter)

    def opening(self, toks: list[str], words: list[Word]):
        """The drop cap (letter, font, size, lines it spans) and the words with the lead restyled."""
        d = self.d
        first = toks[0]
        lead_n = 1 if d.lead == "upper" else 3 if d.lead == "smallcaps" else 0
        rest = first[1:] if d.dropcap else first
        restyled: list[Word] = []
        typeset: list[str] = []
        for j, w in enumerate(words):
            text = rest if j == 0 else toks[j]
            if j < lead_n:
                runs = (
                    _smallcaps(text, d.body.regular, d.size)
                    if d.lead == "smallcaps"
                    else (Run(text.upper(), d.body.regular, d.size),)
                )
                typeset.append(text.upper())
            else:
                runs = (Run(text, d.body.regular, d.size),)
                if j == 0:
                    typeset.append(text)
            restyled.append(Word(runs + w.runs[1:], w.token, w.notes, breakable=j >= lead_n and j > 0))
        self.lead_typeset = " ".join(typeset)
        if not d.dropcap:
            return None, restyled
        lines = 1 if d.dropcap == "raised" else d.dropcap_lines
        size = d.size * 3 if lines == 1 else ((lines - 1) * d.leading + 0.7 * d.size) / 0.7
        return (first[0], d.body.bold if lines == 1 else d.body.regular, size, lines), restyled

    def figure(self, colw: float) -> None:
        d, cap, flow, c = self.d, self.dr.caption, self.flow, self.canvas
        box = colw * 0.6
        caption = _lines(_plain(cap.text, d.body.italic, 7.5), colw, 7.5, 9)
        flow.ensure(box + 12 + 9 * len(caption) + 10)
        x = self.geo.column_x(flow.col)
        c.setFillGray(0.85)
        c.rect(x, flow.y - box, colw, box, stroke=0, fill=1)
        c.setFillGray(0)
        flow.skip(box + 9)
        c.setFont(d.head.regular, 6.5)
        c.drawRightString(x + colw, flow.y, cap.credit)
        flow.skip(4)
        for line in caption:
            flow.draw_line(line, x, flow.y - 7.5)
            flow.skip(9)
        flow.skip(10)

    def note_lines(self, label: str, text: str) -> list[Line]:
        d = self.d
        if d.note_label == "plain":
            words = [Word((Run(f"{label}.", d.body.regular, NOTE_SIZE),))]
        else:  # raised a third of the note's size: any higher and pdftotext puts it on a line of its own
            words = [Word((Run(label, d.body.regular, NOTE_SIZE * 0.75, rise=2.5),))]
        words += [Word((Run(t, d.body.regular, NOTE_SIZE),), breakable="://" in t) for t in text.split()]
        measure = self.geo.width - self.geo.left - self.geo.right
        return _lines(words, measure, NOTE_SIZE, NOTE_SIZE * 1.25, self.hyph)


def render(article: Article, design: Design, dressing: Dressing, lang: str) -> tuple[bytes, Facts]:
    return Renderer(article, design, dressing, lang).render()
