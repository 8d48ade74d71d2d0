"""Build newsclean's own PDF corpus: typeset articles with reportlab, extract them, keep the gold.

The articles are the body text of the project's seeds (their golden records),
so the gold is exactly the text that was typeset.  Each article is set in two
layouts unlike the shared sample's LaTeX ones:

* ``magazine``: a letter-spaced section label, a two-line title, a byline,
  two columns, a drop cap set apart from its paragraph, a photo caption with
  its credit, a running header and page numbers;
* ``report``: one column, a running header and footer, footnote markers in
  the text and footnotes with long URLs at the end.

and extracted by three real extractors other than poppler: pypdf (plain and
layout mode) and pdfminer.six with tight layout parameters.  The texts and
gold land in ``texts/`` and ``gold/``; ``benchmarks/pdf_corpus.py`` scores them.

    pip install -e '.[corpus]' && python benchmarks/pdfcorpus/make_corpus.py
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from pdfminer.high_level import extract_text
from pdfminer.layout import LAParams
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
GOLDEN = HERE.parent.parent / "tests" / "golden"
LABELS = ["Politics", "World", "Asia", "Defence", "Diplomacy"]
PUBLICATIONS = ["The Evening Ledger", "Northern Review", "Daily Meridian", "The Harbour Post", "Atlas Weekly"]
AUTHORS = ["Maria Lopez", "Daniel Okafor", "Sophie Martin", "Hiroshi Tanaka", "Anna Kowalski"]
DATES = ["September 14, 2023", "September 15, 2023", "September 18, 2023", "September 19, 2023", "September 20, 2023"]
SLUGS = [
    "https://www.example-news.org/world/asia/2023/09/13/summit-at-the-vostochny-cosmodrome-what-we-know",
    "https://www.example-news.org/analysis/north-korea-russia-arms-talks-explained-in-five-points",
    "https://www.example-research.org/publications/briefs/2023/satellite-technology-transfer-risks",
]

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.5, alignment=4, firstLineIndent=10)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=23)
BYLINE = ParagraphStyle("byline", fontName="Helvetica", fontSize=9.5, leading=12)
CAPTION = ParagraphStyle("caption", fontName="Helvetica-Oblique", fontSize=8, leading=10)
CREDIT = ParagraphStyle("credit", fontName="Helvetica", fontSize=7, leading=9, alignment=2)
NOTE = ParagraphStyle("note", fontName="Times-Roman", fontSize=8, leading=10)
DROP = ParagraphStyle("drop", fontName="Times-Bold", fontSize=34, leading=34)


def articles() -> list[dict]:
    out = []
    for i, path in enumerate(sorted(GOLDEN.glob("*.json"))):
        record = json.loads(path.read_text("utf-8"))
        paragraphs = [b["text"] for b in record["blocks"] if b["kind"] == "paragraph" and len(b["text"].split()) >= 12]
        title = record["title"]
        out.append(
            {
                "id": f"own{i:03d}",
                "title": title if not title.isupper() else title.title(),
                "paragraphs": paragraphs[:9],
                "label": LABELS[i % len(LABELS)],
                "publication": PUBLICATIONS[i % len(PUBLICATIONS)],
                "author": AUTHORS[i % len(AUTHORS)],
                "date": DATES[i % len(DATES)],
            }
        )
    return out


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def magazine(a: dict) -> tuple[bytes, dict]:
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm)
    width = (doc.width - 0.8 * cm) / 2
    frames = [
        Frame(doc.leftMargin, doc.bottomMargin, width, doc.height, id="left"),
        Frame(doc.leftMargin + width + 0.8 * cm, doc.bottomMargin, width, doc.height, id="right"),
    ]

    def furniture(canvas, document):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(doc.leftMargin, A4[1] - 1.3 * cm, a["publication"].upper())
        canvas.drawRightString(A4[0] - doc.rightMargin, A4[1] - 1.3 * cm, a["date"])
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(document.page))
        if document.page == 1:  # the section label, letter-spaced
            label = canvas.beginText(doc.leftMargin, A4[1] - doc.topMargin + 0.3 * cm)
            label.setFont("Helvetica-Bold", 9)
            label.setCharSpace(3)
            label.textLine(a["label"].upper())
            label.setCharSpace(0)  # character spacing is page state: the body must not inherit it
            canvas.drawText(label)

    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=furniture)])
    first, *rest = a["paragraphs"]
    story = [
        Spacer(1, 14),
        Paragraph(_escape(a["title"]), TITLE),
        Spacer(1, 4),
        Paragraph(f"By {a['author']} | {a['date']}", BYLINE),
        Spacer(1, 8),
    ]
    drop = Table(
        [
            [
                Paragraph(first[0], DROP),
                Paragraph(_escape(first[1:]), ParagraphStyle("lead", parent=BODY, firstLineIndent=0)),
            ]
        ],
        colWidths=[1.1 * cm, width - 1.1 * cm],
        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
    )
    story.append(drop)
    for i, p in enumerate(rest):
        story.append(Paragraph(_escape(p), BODY))
        if i == 1:
            story += [
                Spacer(1, 6),
                Paragraph("Officials at the meeting, in a photograph released after the talks.", CAPTION),
                Paragraph("Jane Whitfield / Reuters", CREDIT),
                Spacer(1, 6),
            ]
    doc.build(story)
    gold = {
        "title": a["title"],
        "section": a["label"],
        "body_paragraphs": a["paragraphs"],
        "dropcap": first.split()[0],
        "footnotes": [],
        "images": [["Officials at the meeting, in a photograph released after the talks.", "Jane Whitfield / Reuters"]],
    }
    return buf.getvalue(), gold


def report(a: dict) -> tuple[bytes, dict]:
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.5 * cm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="one")

    def furniture(canvas, document):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(doc.leftMargin, A4[1] - 1.5 * cm, a["publication"])
        canvas.drawRightString(A4[0] - doc.rightMargin, A4[1] - 1.5 * cm, "Policy Report")
        canvas.drawCentredString(A4[0] / 2, 1.3 * cm, f"Page {document.page}")

    doc.addPageTemplates([PageTemplate(id="one", frames=[frame], onPage=furniture)])
    story = [Paragraph(_escape(a["title"]), TITLE), Spacer(1, 6), Paragraph(f"By {a['author']}", BYLINE), Spacer(1, 12)]
    notes = []
    for i, p in enumerate(a["paragraphs"]):
        text = _escape(p)
        if i < len(SLUGS):
            notes.append(str(i + 1))
            text += f"<super>{i + 1}</super>"
        story.append(Paragraph(text, BODY))
    story.append(Spacer(1, 14))
    for label, url in zip(notes, SLUGS, strict=False):
        story.append(Paragraph(f"{label} {url}", NOTE))
    doc.build(story)
    gold = {
        "title": a["title"],
        "section": None,
        "body_paragraphs": a["paragraphs"],
        "dropcap": None,
        "footnotes": [{"label": label, "url": url} for label, url in zip(notes, SLUGS, strict=False)],
        "images": [],
    }
    return buf.getvalue(), gold


def extract(pdf: bytes) -> dict[str, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return {
        "pypdf": "\f".join(page.extract_text() for page in reader.pages),
        "pypdf-layout": "\f".join(page.extract_text(extraction_mode="layout") for page in reader.pages),
        "pdfminer-tight": extract_text(io.BytesIO(pdf), laparams=LAParams(line_margin=0.3, char_margin=1.5)),
    }


def main() -> None:
    (HERE / "texts").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for a in articles():
        for layout, build in (("magazine", magazine), ("report", report)):
            pdf, gold = build(a)
            stem = f"{a['id']}-{layout}"
            (HERE / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
            for extractor, text in extract(pdf).items():
                (HERE / "texts" / f"{stem}__{extractor}.txt").write_text(text, "utf-8")


if __name__ == "__main__":
    main()
