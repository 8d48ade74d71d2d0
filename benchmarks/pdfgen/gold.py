"""The gold record of one generated PDF, in the form ``score_pdf.py`` reads (as ``pdf-dev/gold``).

Token indices count the whitespace-separated words of ``body_paragraphs``
(headings included), the way the scorer tokenises the gold body.
"""

from __future__ import annotations

from .dressing import Dressing
from .layouts import Design
from .render import Facts
from .source import Article


def features(design: Design, dressing: Dressing, facts: Facts) -> list[str]:
    f = {
        "spaced_label": dressing.label is not None,
        f"{['one', 'two', 'three', 'four'][design.columns - 1]}_column": True,
        "justified": design.justify,
        "ragged_right": not design.justify,
        "hyphenation": design.hyphenate,
        "line_end_hyphenation": bool(facts.splits),
        "title_page": design.title_page,
        "double_spacing": design.leading >= 1.8 * design.size,
        "byline": dressing.byline is not None,
        "dateline": dressing.date is not None,
        "running_header": bool(design.head_left or design.head_right),
        "page_numbers": "<page>" in (design.head_left + design.head_right + design.foot),
        "headings": bool(dressing.headings),
        "dropcap": design.dropcap is not None and dressing.dropcap_paragraph is not None,
        f"dropcap_{design.dropcap}": design.dropcap is not None and dressing.dropcap_paragraph is not None,
        "lead_capitals": design.lead != "none" and dressing.dropcap_paragraph is not None,
        "caption_credit": dressing.caption is not None,
        "footnotes": bool(dressing.notes),
        "url_footnotes": bool(dressing.notes),
        "footnote_markers": bool(dressing.notes),
        "ibid": any(n.ibid for n in dressing.notes),
        "wrapped_footnote_url": bool(facts.wrapped),
    }
    return [k for k, v in f.items() if v]


def gold(
    doc_id: str,
    seed: str,
    article: Article,
    design: Design,
    dressing: Dressing,
    facts: Facts,
    extractors: tuple[str, ...],
) -> dict:
    starts, n = [], 0
    for p in dressing.paragraphs:
        starts.append(n)
        n += len(p.split())
    dropcap = None
    if design.dropcap and dressing.dropcap_paragraph is not None:
        i = dressing.dropcap_paragraph
        first = dressing.paragraphs[i].split()[0]
        dropcap = {
            "letter": first[0],
            "first_word": first,
            "lead_typeset": facts.lead_typeset,
            "lead_style": design.lead,
            "lines": 1 if design.dropcap == "raised" else design.dropcap_lines,
            "style": design.dropcap,
            "paragraph": i,
            "token_index": starts[i],
        }
    return {
        "id": doc_id,
        "layout": design.layout,
        "font": design.body.name,
        "head_font": design.head.name,
        "paper": design.paper,
        "columns": design.columns,
        "title": article.title,
        "authors": list(article.authors),
        "author_source": "source",
        "byline": dressing.byline,
        "date": dressing.date,
        "date_iso": article.date_iso,
        "date_source": "source" if article.date_iso else None,
        "publication": dressing.publication,
        "section_label": dressing.label,
        "section_label_source": dressing.label_source,
        "label_style": design.label if dressing.label else None,
        "body_paragraphs": list(dressing.paragraphs),
        "heading_indices": sorted(dressing.headings),
        "footnotes": [
            {"label": x.label, "text": x.text, "url": x.url, "ibid": x.ibid, "wrapped": x.label in facts.wrapped}
            for x in dressing.notes
        ],
        "footnote_label_style": design.note_label if dressing.notes else None,
        "footnote_markers": [
            {"label": x.label, "paragraph": x.paragraph, "token_index": x.token} for x in dressing.notes
        ],
        "captions": [
            {
                "text": c.text,
                "credit": c.credit,
                "photographer": c.photographer,
                "agency": c.agency,
                "caption_source": "synthetic",
            }
            for c in ([dressing.caption] if dressing.caption else [])
        ],
        "author_details": [
            {"name": a, "role": r, "organization": dressing.publication}
            for a, r in zip(article.authors, dressing.roles, strict=True)
        ]
        if design.title_page
        else [],
        "running_header_strings": list(facts.running),
        "dropcap": dropcap,
        "features": features(design, dressing, facts),
        "pages": facts.pages,
        "hyphen_splits": [
            {
                "token_index": t,
                "word": word,
                "left": s.left,
                "right": s.right,
                "compound": s.compound,
                "cross_page": cross,
            }
            for t, s, cross in facts.splits
            for word in [_token(dressing, starts, t)]
        ],
        "source_id": article.id,
        "source_url": article.url,
        "source": "WCXB v1.0 dev split (CC-BY-4.0), article gold body",
        "seed": seed,
        "extractors": list(extractors),
    }


def _token(dressing: Dressing, starts: list[int], t: int) -> str:
    i = max(k for k, s in enumerate(starts) if s <= t)
    return dressing.paragraphs[i].split()[t - starts[i]]
