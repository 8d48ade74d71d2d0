"""The review page (``--format html``, ``Document.to_html``): every change marked, nothing run."""

import base64
import hashlib
import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from conftest import SEEDS

import newsclean
from newsclean.cli import main
from newsclean.records import Document, Edit, Removal, Source

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}


class Page(HTMLParser):
    """Marks of the raw pane, the text shown in it, and a check that every tag closes in order."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str]] = []
        self.raw: list[str] = []
        self.stack: list[str] = []
        self.in_raw = 0
        self.feed(html)
        self.close()
        assert self.stack == [], f"unclosed tags: {self.stack}"

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag in VOID:
            return
        self.stack.append(tag)
        if a.get("id") == "raw":
            self.in_raw = len(self.stack)
        elif self.in_raw and "m" in a.get("class", "").split():
            self.marks.append(a)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        if len(self.stack) == self.in_raw:
            self.in_raw = 0
        self.stack.pop()

    def handle_data(self, data):
        if self.in_raw:
            self.raw.append(data)


def shown(raw: str) -> str:
    """The raw text as the page shows it: controls as their pictures, lone surrogates as U+FFFD."""
    raw = re.sub(r"[\x00-\x08\x0b-\x1f]", lambda m: chr(0x2400 + ord(m.group())), raw)
    return re.sub(r"[\ud800-\udfff]", "\ufffd", raw.replace("\x7f", "\u2421"))


def changes(doc: Document) -> Counter:
    return Counter(
        [(e.cleaner, "edit", str(e.start), str(e.end)) for e in doc.edits]
        + [(r.cleaner, "removed", str(r.start), str(r.end)) for r in doc.removed]
    )


def marked(page: Page) -> Counter:
    return Counter((m["data-c"], m["data-k"], m["data-s"], m["data-e"]) for m in page.marks if "id" in m)


def test_every_change_of_a_seed_is_a_mark_naming_its_cleaner(seed):
    doc = newsclean.clean_file(seed)
    html = doc.to_html(seed.read_bytes())
    page = Page(html)
    assert marked(page) == changes(doc)
    assert "".join(page.raw) == shown(seed.read_text(encoding="utf-8"))
    for cleaner in {e.cleaner for e in doc.edits} | {r.cleaner for r in doc.removed}:
        assert f'<span class="sw"></span>{cleaner} <small>' in html


def test_metadata_links_to_the_raw_text_it_came_from():
    seed = SEEDS[3]
    doc = newsclean.clean_file(seed)
    html = doc.to_html(seed.read_bytes())

    def targets(field: str) -> list[Removal]:
        dd = re.search(rf'<dd class="[^"]*\b{field}">(.*?)</dd>', html).group(1)
        return [doc.removed[int(n)] for n in re.findall(r'href="#r(\d+)"', dd)]

    assert [r.text for r in targets("title")] == ["Potential Arms Deals?"]
    assert [r.text for r in targets("subtitle")] == ["Russia-North Korea Summit in", "Eastern Russia"]
    assert {r.into for r in targets("authors")} == {"authors"}
    assert [r.text for r in targets("published")] == ["9/19/2023"]
    assert "none found" in re.search(r'<dd class="[^"]*\bsection">(.*?)</dd>', html).group(1)
    note = re.search(r'<li id="fn0">.*?href="#r(\d+)"[^>]*>raw</a></li>', html)
    assert doc.removed[int(note.group(1))].into == "footnotes"


def test_the_command_line_writes_one_page_per_seed(tmp_path, capsys):
    assert main(["--format", "html", "--out", str(tmp_path), str(SEEDS[0].parent)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{p.stem}.html" for p in SEEDS)
    page = (tmp_path / f"{SEEDS[4].stem}.html").read_text(encoding="utf-8")
    assert marked(Page(page)) == changes(newsclean.clean_file(SEEDS[4]))
    assert main(["--format", "html", *map(str, SEEDS[:2])]) == 2
    assert "give --out DIR" in capsys.readouterr().err


HOSTILE = (
    "Storm hits the coast\r\n\r\n<script>document.title='pwned'</script>\n"
    "The storm hit the coast at dawn, and people were told to stay at home until the evening.\n"
    "</textarea></pre><!-- <img src=x onerror=alert(1)> ]]> \"quoted\" & 'single'\x00\x07 end\n"
)


def test_hostile_text_is_escaped_and_only_the_page_script_runs():
    doc = newsclean.clean(HOSTILE)
    html = doc.to_html(HOSTILE)
    page = Page(html)
    assert "".join(page.raw) == shown(HOSTILE)
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in html
    assert html.count("<script") == 1 and html.count("</pre>") == 1
    assert "</textarea>" not in html and "<!--" not in html and "<img" not in html
    # The one script and the one style are pinned by hash; nothing may load from anywhere.
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in csp
    assert not re.search(r"<(link|img|iframe|object|embed|script)\b[^>]*\b(src|href)=", html)


def test_hostile_cleaner_names_and_metadata_are_escaped():
    raw = "ab<c>d"
    evil = '"><script>alert(1)</script>'
    doc = Document(
        id="sha256:0",
        source=Source(path=evil, sha256="0", bytes=6, encoding="utf-8"),
        title=evil,
        publisher=evil,
        edits=(Edit(evil, 2, 5, "<c>", evil),),
        removed=(Removal("x y", "ab", 0, 2, into=evil),),
    )
    html = doc.to_html(raw)
    assert html.count("<script") == 1
    page = Page(html)
    assert marked(page) == changes(doc)
    assert page.marks[1]["data-a"] == evil and page.marks[0]["data-into"] == evil


def test_overlapping_and_empty_changes_all_show_and_nest():
    raw = "0123456789\nabcdef"
    edits = (
        Edit("a", 2, 6, "2345", "X"),
        Edit("b", 3, 4, "3", ""),
        Edit("c", 5, 5, "", "+"),  # an insertion: nothing in the raw text to strike
        Edit("d", 10, 11, "\n", " "),
    )
    removed = (Removal("e", "456789", 4, 10), Removal("f", "2345", 2, 6))
    doc = Document(id="sha256:0", source=Source(None, "0", len(raw), "utf-8"), edits=edits, removed=removed)
    page = Page(doc.to_html(raw))
    assert marked(page) == changes(doc)
    assert "".join(page.raw) == raw
    # The removal that runs past the edit it starts in goes on in a second piece.
    assert [m["data-c"] for m in page.marks].count("e") == 2
    looks = {m["data-c"]: m["class"].split()[2:] for m in page.marks if "id" in m}
    assert looks["c"] == ["ins"] and looks["d"] == ["nl"] and looks["a"] == []


def test_a_raw_text_that_is_not_the_input_is_refused():
    doc = newsclean.clean("Itâ€™s the ﬁnal word.\n")
    with pytest.raises(ValueError, match="not the one the document was cleaned from"):
        doc.to_html("It's the final word.\n")
    with pytest.raises(ValueError, match="sha256 differs"):
        doc.to_html(b"other bytes")
    with pytest.raises(TypeError):
        doc.to_html(None)


def test_a_big_document_gives_a_page_in_proportion():
    """Many marks and a long text: the page holds the text once, and a bounded record per mark."""
    para = "The storm hit the coast at dawn and  people were told to stay home.\n"
    raw = para * 3000  # about 200 kB
    gap = para.index("  ")
    edits = tuple(Edit("whitespace", i * len(para) + gap, i * len(para) + gap + 2, "  ", " ") for i in range(3000))
    removed = (Removal("boilerplate", raw[: 50 * len(para)], 0, 50 * len(para)),)
    doc = Document(id="sha256:0", source=Source(None, "0", len(raw), "utf-8"), edits=edits, removed=removed)
    html = doc.to_html(raw)
    assert len(html) < len(raw) + 300 * (len(edits) + 1) + 20_000
    assert len(Page(html).marks) == len(edits) + 1
