"""Footnotes: note lines out of the body with whole URLs, markers out of the words."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, partial

import regex

from ..cleaner import Cleaner, Draft
from ..lexicon import Vocabulary, best_split, zipf
from ..records import Change
from ..textutil import SENTENCE_END, URL, Line

_NUMBERED_LINE = regex.compile(r"(?m)^[ \t]*\d")  # what every ``_NOTE_START`` line opens with
# A label is ASCII digits: ``\d`` also takes digits of other scripts, some newer than ``int`` knows.
_NOTE_START = regex.compile(r"^[ \t]*(?P<label>[0-9]{1,3})(?!\d)[ \t]*(?P<body>[^\s.)\]:,%].*)?$")
# A marker is digits glued to the end of a word or its punctuation: ``countries.1``, ``bar’!1``.
# Not a decimal (``2.5``), but a year's full stop may carry one (``since 2010.1``), and so may a price's cents
# (``for $238.991``).
_MARKER = (
    r"(?:(?<=[\p{Ll}.,;:!?’”\"')\]])|(?<=\p{Sc}\d[\d,]{0,12}\.\d\d))(?<!(?<!\d)\d{1,3}[.,])"
    r"(?P<m>LABEL)(?=[\s\p{Pe}\p{Pf}]|$)"
)
_CAPS_MARKER = r"(?<=\p{Lu}{3})(?P<m>LABEL)(?=[\s\p{Pe}\p{Pf}]|$)"
_CAPS_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{3,30}$")  # the word in capitals a marker ends, looked for close by
_PATH_PIECE = regex.compile(r"^[\w\-./%?=&#~+:@]+$")
_PATH_TAIL = regex.compile(r"[\p{L}\p{N}][-./_=][\p{L}\p{N}]|[\p{L}\p{N}]/$")  # ``how-far-goes``, ``14809999.php``
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_PAGE_LINES = 200  # the next page's foot is no further down than this
_URL_START = regex.compile(r"(?:https?:|www\.)\S*", regex.I)
_URL_OPEN = ("-", "/", "_", "=", "?", "&", "%", "#")
_IBID = regex.compile(r"^(?:ibid|ibidem|id)\b\.?", regex.I)
_URL_TAIL = ".,;:)]}\"'>”’"


@dataclass(frozen=True)
class Note:
    label: str
    lines: tuple[Line, ...]
    overleaf: tuple[Line, ...] = ()  # the rest of a URL cut at the page's foot, at the next one's (under its rule)

    @property
    def text(self) -> str:
        """The note's text, its URLs re-joined where a line break cut them."""
        out = (_NOTE_START.match(self.lines[0].text).group("body") or "").strip()
        for ln in (*self.lines[1:], *self.overleaf[-1:]):
            out = _join(out, ln.text.strip())
        return out


def _join(note: str, piece: str) -> str:
    """The note with its next line: glued on where the line break cut a URL."""
    return note + piece if not note or _continues_url(note, piece) else f"{note} {piece}"


@dataclass(frozen=True)
class Footnotes(Cleaner):
    """Collect numbered notes into ``footnotes`` and take their markers out of the text.

    A line ``N text`` is a note only when notes run 1, 2, 3… through the
    document and each label has a marker glued to a word before it
    (``countries.1``), so numbered prose is left alone.  A note goes on
    over the following lines while its URL or sentence is open; URLs cut
    at a line end are re-joined with their own hyphens kept.  ``Ibid``
    takes the previous note's URLs.
    """

    name = "footnotes"
    after = ("double_spacing",)
    deletes = frozenset({"footnote", "footnote marker"})

    def could_apply(self, text: str, draft: Draft) -> bool:
        return _NUMBERED_LINE.search(text) is not None  # every note starts a line with its number

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        all_lines = draft.page_of(text).lines
        starts = [(i, m.group("label")) for i, ln in enumerate(all_lines) if (m := _NOTE_START.match(ln.text))]
        if not starts:
            return
        notes: list[Note] = []
        markers: list[regex.Match[str] | None] = []
        vocab = cache(partial(Vocabulary, text))  # counted only when a marker in capitals needs it
        expected, search_from, taken_until = 1, 0, -1
        for k, (i, label) in enumerate(starts):
            if int(label) != expected or i <= taken_until:
                continue
            line = all_lines[i]
            marker = _find_marker(text, label, search_from, line.start, notes, vocab)
            nxt = next((j for j, lab in starts[k + 1 :] if int(lab) == expected + 1), len(all_lines))
            note, taken_until = _extend(all_lines, i, nxt)
            if not _sourced(note):
                continue  # a bare number (a page number) heads no note
            # A note that cites a web address on its own line is one even where its marker cannot be told
            # from a figure (``Nov. 191``); the notes after it are not lost with it.
            if marker is None and not (_NOTE_START.match(line.text)["body"] and URL.search(note.text)):
                continue
            # The rest of a cut URL may come after the next page's number, which may read as the next label.
            worded = (
                j
                for j, lab in starts[k + 1 :]
                if int(lab) == expected + 1 and _NOTE_START.match(all_lines[j].text)["body"]
            )
            note = _overleaf(note, all_lines, taken_until, next(worded, len(all_lines)))
            notes.append(note)
            markers.append(marker)
            search_from = marker.end() if marker else search_from
            expected += 1
        previous: tuple[str, ...] = ()
        spelt = _hyphenated(u.rstrip(_URL_TAIL) for note in notes for u in URL.findall(note.text))
        for note, marker in zip(notes, markers, strict=True):
            body = note.text
            urls = tuple(_whole(u.rstrip(_URL_TAIL), spelt, draft.language) for u in URL.findall(body))
            if not urls and _IBID.match(body):
                urls = previous
            previous = urls or previous
            anchor = draft.tracked.raw_span(marker.start(), marker.end())[0] if marker else None
            draft.add("footnotes", {"label": note.label, "text": body, "urls": urls, "anchor": anchor})
            if marker:
                yield Change(marker.start(), marker.end(), "", "footnote marker")
            yield Change(note.lines[0].start, note.lines[-1].end, "", "footnote", remove=True, into="footnotes")
            for ln in note.overleaf:
                yield Change(ln.start, ln.end, "", "footnote", remove=True, into="footnotes")


def _find_marker(
    text: str, label: str, start: int, end: int, notes: list[Note], vocab: Callable[[], Vocabulary]
) -> regex.Match[str] | None:
    """The first marker ``label`` between ``start`` and ``end``, outside the notes already taken.

    A marker on a word in capitals (``NISSAN SENTRA2``, a heading) is taken
    only where the document spells the word elsewhere, so ``RAV4`` is a name.
    """
    taken = [(n.lines[0].start, n.lines[-1].end) for n in notes]
    for pattern in (_MARKER, _CAPS_MARKER):
        for m in regex.finditer(pattern.replace("LABEL", label), text, pos=start, endpos=end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if pattern is _MARKER:
                return m
            word = _CAPS_WORD.search(text, max(0, m.start() - 31), m.start())
            if word and vocab().count(word.group()) > 1:
                return m
    return None


def _extend(all_lines: list[Line], first: int, stop: int) -> tuple[Note, int]:
    """The note starting at line ``first`` and its last line: it goes on while its URL or sentence is open."""
    label = _NOTE_START.match(all_lines[first].text).group("label")
    taken = [all_lines[first]]
    text = Note(label, (all_lines[first],)).text
    j = last = first
    while (j := j + 1) < stop:
        ln = all_lines[j]
        piece = ln.text.strip()
        if not piece:
            continue
        if not _continues_url(text, piece) and (piece.isdigit() or _NOTE_START.match(piece) or not _open(text, piece)):
            break
        taken.append(ln)
        text = _join(text, piece)
        last = j
    return Note(label, tuple(taken)), last


def _overleaf(note: Note, all_lines: list[Line], last: int, stop: int) -> Note:
    """The note with the rest of its cut URL, where the page ran out: at the foot of the next page.

    The rest stands apart from the page's text, over the page number: a
    piece of a path, no URL of its own (``questions-about-how-far-goes``, ``14809999.php``).
    """
    if not note.text.endswith(("-", "_", "=")):  # cut inside a slug or a query; a path's ``/`` may end it
        return note
    for j in range(last + 1, min(stop, last + _PAGE_LINES, len(all_lines) - 1)):
        piece, above, below = (all_lines[k].text.strip() for k in (j, j - 1, j + 1))
        # Apart from the page's text: under a finished sentence or the notes' rule, over the page number.
        apart = (not above or SENTENCE_END.search(above) or not _ALNUM.search(above)) and (not below or below.isdigit())
        if (
            piece
            and apart
            and _PATH_TAIL.search(piece)
            and not _URL_START.match(piece)
            and _continues_url(note.text, piece)
        ):
            rule = (all_lines[j - 1],) if above and not _ALNUM.search(above) else ()
            return Note(note.label, note.lines, (*rule, all_lines[j]))
    return note


def _sourced(note: Note) -> bool:
    """A note whose label stood alone must prove itself by citing: a URL or ``Ibid``."""
    first = _NOTE_START.match(note.lines[0].text)
    return bool(first.group("body")) or bool(URL.search(note.text) or _IBID.match(note.text))


def _open(note: str, following: str) -> bool:
    """Does the note so far go on in ``following``?"""
    return (
        not note
        or following[:1].islower()
        or bool(URL.match(following))
        or note.count("“") > note.count("”")
        or note.count("(") > note.count(")")
        or note.rstrip().endswith((":", ",", "-", "–"))
        or not (URL.search(note) or SENTENCE_END.search(note))  # a citation still waiting for its source
    )


def _continues_url(note: str, following: str) -> bool:
    """Is ``following`` the rest of a URL the note's last line cut off?"""
    last = note.rsplit(None, 1)[-1] if note.strip() else ""
    if not _URL_START.fullmatch(last) or not _PATH_PIECE.match(following):
        return False
    # ``https:`` + ``//host/…``, ``host.`` + ``com/…``, ``slug-`` + ``rest``
    if following.isdigit():  # a page number, unless the URL stopped at a slug's hyphen
        return last.endswith(("-", "_", "=")) and len(following) >= 4
    return last.endswith(_URL_OPEN) or (last.endswith((".", ":")) and "/" in following)


_LONGEST_URL = 500


def _hyphenated(urls: Iterable[str]) -> dict[str, frozenset[int]]:
    """Where the notes put hyphens in each URL they spell, all spellings of it together.

    A URL is known by its letters without hyphens; an extractor that broke
    it at different hyphens in different notes lost a different one each time.
    """
    spelt: dict[str, frozenset[int]] = {}
    for url in urls:
        if len(url) <= _LONGEST_URL:  # no URL is longer: the work stays linear
            bare, at = _hyphens(url)
            spelt[bare] = spelt.get(bare, frozenset()) | at
    return spelt


def _hyphens(url: str) -> tuple[str, frozenset[int]]:
    """``url`` without its hyphens, and where they stood in that."""
    bare = url.replace("-", "")
    at, k = set(), 0
    for ch in url:
        if ch == "-":
            at.add(k)
        else:
            k += 1
    return bare, frozenset(at)


def _whole(url: str, spelt: dict[str, frozenset[int]], language: str) -> str:
    """The URL with the hyphens an extractor swallowed put back: as other notes spell it, else by its slug's words."""
    bare, at = _hyphens(url)
    every = spelt.get(bare, at)
    if at < every and "--" not in url:
        return "".join(("-" if k in every else "") + ch for k, ch in enumerate(bare))
    return restore_slug_hyphen(url, language)


_SLUG_WORD = regex.compile(r"(?<=-)\p{Ll}{5,}(?=[-/.]|$)|(?<=[/-])\p{Ll}{5,}(?=-)")


def restore_slug_hyphen(url: str, language: str) -> str:
    """Put back the one hyphen an extractor swallowed when the URL broke at it.

    ``…-hold-mybeer-meth-…`` → ``…-hold-my-beer-meth-…``: only in a
    hyphenated slug, only when exactly one of its pieces is no word and
    splits into two common ones (the likeliest split), so real compounds in slugs stay whole.
    """
    if url.count("-") < 2:
        return url
    found = []
    for m in _SLUG_WORD.finditer(url):
        piece = m.group()
        if zipf(piece, language) >= 1.0:
            continue
        score, k = best_split(piece, language, range(1, len(piece) - 1))  # ``aspot`` is ``a-spot``
        if score >= 3.0:
            found.append(m.start() + k)
    if len(found) != 1:
        return url
    pos = found[0]
    return url[:pos] + "-" + url[pos:]
