"""Is a block of text article prose, or page chrome?

Features that generalise across sites and languages, in the spirit of
jusText: length, stopword density (the language's most frequent words),
sentence punctuation, menu-likeness (bullets, many short lines), and a small
multilingual vocabulary of chrome phrases.  Short blocks are decided by the
prose around them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar, Literal

import regex

from .dates import CLOCK, DATE, DATELINE
from .lexicon import stopwords
from .textutil import (
    HARD_WRAP,
    SENTENCE_END,
    URL,
    Line,
    blocks,
    capitalised_share,
    column_measure,
    continues,
    is_caps,
    line_width,
    next_word_width,
    opens_in_capitals,
    width_of,
    word_count,
)

Label = Literal["good", "short", "bad"]

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}'’]+")
_CJK = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Thai}]")
_BULLET_LINE = regex.compile(r"^\s*(?:[*•·▪◦‣●○■□+]|\d{1,2}\.)(?:\s|$)")
# ``By Jane Doe``, or the name run into the byline that repeats it: ``Eric SongBy Eric Song``.
BYLINE_LINE = regex.compile(
    r"^\s*(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*?\p{Ll}(?=By\s))?(?:By|BY)\s+\p{Lu}"
)
_DATED_BYLINE = regex.compile(r"\bby\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*$")
_NAME_PIPE = regex.compile(
    r"^\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[|·•]\s*\S"
)  # ``Samuel Hart | 20 November 2019``
_MENU_RUN = 12
_INSERT = 8  # lines under a heading of links, at most, that an insert inside the article takes
# Where a headline runs into the text after it: ``…AthleteA 24…``, ``…Rise?Violence``.
_GLUE = regex.compile(r"(?<=\p{Ll}{3})\p{Lu}(?=[\p{Ll}\s])|(?<=[\p{N}?!])\p{Lu}\p{Ll}")
_FIGURE = regex.compile(r"\d")  # as ``DATE`` reads a figure
_TIME_TAIL = regex.compile(rf"[\s,|/·•–-]*+{CLOCK}$", regex.I)
_MENU_WORDS = 20  # longer words, all but a few capitalised, that make a menu and no sentence
_LIST_ITEM_WORDS = 5  # words per item, at least, of a list that reads as prose
_WORD_BROKEN = regex.compile(r"\p{L}-[ ]*$")
_SENTENCE = regex.compile(r"[.!?。！？…][\"'”’»)\]]*(?:\s|$)")
# What page chrome says: share buttons, inserts' labels, forms, footers, in seven languages.
_CHROME_PHRASES = (
    r"share(?: this)?(?: article| story| on \w+)?|sharing is caring!?|shares?|tweet|pin it|email|print|whatsapp|facebook|twitter|linkedin|"
    r"reddit|telegram|pinterest|copy link|related(?: articles| posts| stories| news)?|read more|read also|see also|continue reading(?: the main story)?|more from [\w ]+|"
    r"you (?:may|might) also like|recommended(?: for you)?|most (?:popular|read|viewed)|trending(?: now)?|latest(?: news)?|"
    r"editors?'?’? picks?|popular posts|post navigation|previous (?:post|article)|next (?:post|article)|leave a (?:comment|reply)|"
    r"post a comment|comments?|add a comment|submit|subscribe(?: now)?|sign in|sign up|log ?in|log out|register|"
    r"newsletter|sign up for (?:our|the) newsletter|advertisement|sponsored(?: content)?|skip to (?:main )?content|"
    r"menu|search|home|back to top|(?:go )?back|voltar|zurück|retour|volver|indietro|назад|"
    r"forgot (?:your )?password|entrar|cadastre-se|esqueci (?:a|minha) senha|iniciar sesión|regístrate|"
    r"se connecter|s['’]inscrire|anmelden|registrieren|accedi|registrati|войти|регистрация|"
    r"cookie(?:s| policy| settings)?|privacy policy|terms (?:of (?:use|service)|and conditions)|"
    r"all rights reserved|contact us|about us|follow us(?: on \w+)?|tags?:?|filed under|categories|category|"
    r"lire aussi|à lire aussi|partager|commentaires?|abonnez-vous|publicité|mehr zum thema|teilen|kommentare|anzeige|"
    r"werbung|compartir|comentarios|publicidad|leia também|compartilhe|comentários|leggi anche|condividi|commenti|"
    r"читайте также|поделиться|комментарии|реклама"
)
# A line of chrome: a phrase or up to three side by side (``Cadastre-se Esqueci a Senha``).
# The phrases all start with a letter, so the runs of digits and marks around them are taken
# possessively (``12 shares`` is ``12 `` then ``shares``): no run is rescanned, the match is linear.
CHROME = regex.compile(
    rf"^[\W\d_]*+(?:{_CHROME_PHRASES})(?:[\W\d_]++(?:{_CHROME_PHRASES})){{0,2}}\b[\W\d_]*+$",
    regex.I,
)
# A row of share buttons: ``Facebook Twitter Email``, ``Share Tweet Pin it 0 Shares``.
_BUTTONS = regex.compile(
    r"^(?:[\W\d_]*+(?>shares?|tweet|pin it|e-?mail|print|whatsapp|facebook|twitter|linkedin|reddit|telegram"
    r"|pinterest|copy link|flipboard|fb-messenger|messenger|sms|x|google\+?|tumblr|vk|pocket|xing|weibo|wechat|viber"
    r"|skype)(?!\w)){2,}+[\W\d_]*+$",
    regex.I,
)
# What heads an insert of links to other stories.
_LINKS = (
    r"(?:related(?: articles| posts| stories| news| content| coverage| links)?|read (?:more|also|next)|see also|more stories"
    r"|more (?:(?:news|stories|articles|videos|posts) )?(?:from|on|in|about) [^.!?:]{1,40}|you (?:may|might) also like|recommended(?: for you| reading)?"
    r"|most (?:popular|read|viewed|shared)|trending(?: now)?|latest(?: news| stories)?|top (?:stories|videos?)|don['’]t miss|(?:read|watch) next|popular posts"
    r"|editors?['’]? picks?|(?:à )?lire aussi|sur le même sujet|mehr zum thema|das könnte sie auch interessieren"
    r"|te puede interesar|noticias relacionadas|leia (?:também|mais)|veja também|leggi anche|articoli correlati"
    r"|читайте также|по теме)"
)
_LINKS_HEADING = regex.compile(rf"^(?:our\s+|the\s+)?{_LINKS}\s*(?::|\.\.\.|…)?$", regex.I)
_LINK_LINE = regex.compile(rf"^{_LINKS}\s*[:：]\s*\S[^\n]{{0,200}}$", regex.I)  # ``READ MORE: Council delays vote``
COMMENTS_HEADING = regex.compile(
    r"^(?:\d+\s+)?(?:top[- ]rated |reader(?:s'?|s’)? |user |latest |recent |all )?comments?(?:\s*\(\d+\))?:?$"
    r"|^(?:\d+\s+)?(?:responses?|replies)(?:\s+to\s+.{1,120})?:?$|^(?:leave|post|add|write) a (?:comment|reply)$"
    r"|^join the (?:conversation|discussion)$|^no comments(?: yet)?(?:\W.{0,40})?$|^(?:\d+\s+)?(?:kommentare|commentaires|comentarios|comentários|commenti|комментарии)$",
    regex.I,
)
_APPENDIX_HEADING = regex.compile(
    r"^(?:about (?:this (?:article|story)|the authors?)|sources?|references|bibliography|credits"
    r"|à propos de l['’]auteur|über (?:den|die) autor(?:in)?|quellen|fuentes|sobre el autor|fontes|sobre o autor|fonti"
    r"|l['’]autore|источники|об авторе)\s*:?$",
    regex.I,
)
# A comment box's rules, which head readers' comments as a heading does.
_COMMENT_RULES = regex.compile(
    r"approved by (?:a|the|our) moderators?|comments are moderated|aprovados pelo moderador|"
    r"comentarios (?:están|son) moderados|commentaires sont modérés|kommentare werden moderiert",
    regex.I,
)
COPYRIGHT = regex.compile(r"(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?", regex.I)
_FORM_CONTROL = regex.compile(r"\(BUTTON\)|\[BUTTON\b|\(not implemented\)")  # as lynx prints a form's controls
_SAVE_FORM = regex.compile(
    r"save my name|your email address will not be published|required fields are marked|\[submit\]|"
    r"notify me of|this site uses akismet|to read the full story|already a subscriber|"
    r"subscribe to continue|create a free account|we use cookies|accept (?:all )?cookies|"
    # newsletter boxes and an author's sign-off: ``No spam, we promise.``, ``Follow him on Twitter @x``
    r"unsubscribe at any time|no spam\b|"
    r"follow (?:us|him|her|them|me) on (?:twitter|facebook|instagram)|"
    # a link's call to click, and a comment box's rules: ``Click here for more information.``
    r"\b(?:click|tap) here\b|\bclique aqui\b|\bhaga clic aquí\b|\bcliquez ici\b|\bklicken sie hier\b|\bclicca qui\b|"
    # an affiliate disclosure: ``…we may earn an affiliate commission``, ``IGN may get a share of the sale``
    r"may (?:earn|receive|get) (?:an? (?:affiliate |small )?commission|a share of (?:the )?sales?)|"
    r"is supported by (?:its|our) (?:audience|readers)|"
    r"all rights reserved|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten",
    regex.I,
)
# A word of each of ``_SAVE_FORM``'s phrases, lowercase: a text without any of them has none of the phrases.
# (tests/test_blockclass.py holds every phrase to holding one.)
_SAVE_FORM_WORDS = (
    "save my name",
    "will not be published",
    "required fields",
    "[submit]",
    "notify me of",
    "akismet",
    "read the full story",
    "subscriber",
    "subscribe to continue",
    "free account",
    "cookies",
    "unsubscribe",
    "no spam",
    "follow ",
    " here",
    "clique aqui",
    "clic aquí",
    "cliquez ici",
    "klicken sie hier",
    "clicca qui",
    "commission",
    "share of",
    "supported by",
    "rights reserved",
    "derechos reservados",
    "droits réservés",
    "rechte vorbehalten",
)


class Measures:
    """What the classifier and the chrome model read of one block, each measured once, when first asked for.

    A block's lines and the language's stopwords decide them, not where the
    block stands, so the units of a block a cleaner left as it was keep
    theirs (in the memo the document's pages share, with the label), and
    the chrome model (``blockfeatures``) reads what labelling already took.
    Each attribute below is computed by the function of its name in
    ``_MEASURES`` on first read, then kept (``_Measure``).
    """

    lines: tuple[str, ...]
    stops: frozenset[str]
    text: str  # the lines stripped, joined by spaces
    tokens: list[str]  # words and numbers, lowercased
    density: float  # the share of the tokens that are stopwords
    sentences: int  # sentence ends
    capitals: tuple[int, float]  # ``textutil.capitalised_share``
    title_case_run: bool
    chrome: bool  # a chrome phrase, a row of share buttons or a link's line is all the text says
    notice: bool  # a form's or a footer's words (``required fields are marked``, a short copyright line)
    bullets: int  # lines that open on a bullet
    cjk: int  # Chinese, Japanese, Korean or Thai characters
    teaser: bool  # a headline run into its summary (``_glued_teaser``)
    words: int  # words split at spaces
    word_count: int  # ``textutil.word_count``
    heads_links: bool
    heads_comments: bool
    heads_appendix: bool
    date_line: bool
    headline: bool
    label: Label  # ``good`` prose, ``bad`` chrome or ``short`` undecided, by the block's own text alone

    def __init__(self, lines: tuple[str, ...], stops: frozenset[str]) -> None:
        self.lines = lines
        self.stops = stops
        self.text = " ".join(ln.strip() for ln in lines)


def _chrome(m: Measures) -> bool:
    t = m.text
    return bool(CHROME.match(t) or _BUTTONS.match(t) or _LINK_LINE.match(t))


def _notice(m: Measures) -> bool:
    t = m.text
    return bool(_form_words(t) or (COPYRIGHT.match(t) and len(t) < 200))


def _bullet(line: str) -> bool:
    """Does ``line`` open on a bullet or an item's number (``_BULLET_LINE``)?  A line that opens on a letter does not."""
    return not line[:1].isalpha() and _BULLET_LINE.match(line) is not None


def _form_words(text: str) -> bool:
    """Does ``text`` say what a form, a newsletter box or a footer says (``_SAVE_FORM``)?

    The long search runs only on text that holds one of the words each phrase holds: a few substring tests
    in C spare it on nearly every block.  Case-folded, as the pattern ignores case.
    """
    folded = text.casefold()
    return any(map(folded.__contains__, _SAVE_FORM_WORDS)) and _SAVE_FORM.search(text) is not None


def _title_case(m: Measures) -> bool:
    if m.words < _MENU_WORDS:
        return False  # fewer words than a menu's capitalised ones, counted without weighing each
    count, share = m.capitals
    return count >= _MENU_WORDS and share >= 0.85


_MEASURES: dict[str, Callable[[Measures], Any]] = {
    "tokens": lambda m: _TOKEN.findall(m.text.lower()),
    "density": lambda m: density(m.tokens, m.stops),
    "sentences": lambda m: len(_SENTENCE.findall(m.text)),
    "capitals": lambda m: capitalised_share(m.text),
    "title_case_run": _title_case,
    "chrome": _chrome,
    "notice": _notice,
    "bullets": lambda m: sum(map(_bullet, m.lines)),
    "cjk": lambda m: 0 if m.text.isascii() else len(_CJK.findall(m.text)),
    "teaser": lambda m: _glued_teaser(m.text, m.stops),
    "words": lambda m: len(m.text.split()),
    "word_count": lambda m: word_count(m.text),
    "heads_links": lambda m: heads_links(m.text),
    "heads_comments": lambda m: heads_comments(m.text),
    "heads_appendix": lambda m: heads_appendix(m.text),
    "date_line": lambda m: _date_line(m.text),
    "headline": lambda m: _headline(m.text),
    "label": lambda m: _label(m),
}


class _Measure:
    """A measure read as an attribute: computed on first read, then kept in the instance, which later reads find first.

    As ``functools.cached_property`` without its lock; a lookup that fails and falls back to ``__getattr__``
    costs an exception each time, and a block has a dozen measures.
    """

    __slots__ = ("name", "measure")

    def __init__(self, name: str, measure: Callable[[Any], Any]) -> None:
        self.name = name
        self.measure = measure

    def __get__(self, m: Measures | None, owner: type | None = None) -> Any:
        if m is None:
            return self
        value = m.__dict__[self.name] = self.measure(m)
        return value


for _name, _measure in _MEASURES.items():
    setattr(Measures, _name, _Measure(_name, _measure))


@lru_cache(maxsize=8192)  # blocks an earlier cleaner left as they were are measured once
def measured(lines: tuple[str, ...], stops: frozenset[str]) -> Measures:
    """The measures of the block of ``lines``."""
    return Measures(lines, stops)


def _unit_text(unit: Unit) -> str:
    m = unit.measures
    return m.text if m is not None else " ".join(ln.text.strip() for ln in unit.lines)


@dataclass(frozen=True)
class Unit:
    """A block of lines with its label (and its ``Measures``, where the classifier took them)."""

    lines: tuple[Line, ...]
    label: Label
    measures: Measures | None = field(default=None, repr=False, compare=False)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    # Its lines stripped, joined by spaces.  Read many times by every cleaner that walks the units: joined once,
    # kept in the instance (not a field: units compare by their lines and label).
    text: ClassVar[str] = _Measure("text", _unit_text)  # type: ignore[assignment]

    def measured(self, stops: frozenset[str]) -> Measures:
        """Its measures with ``stops`` for the language's stopwords: those the classifier took, if it took them so."""
        m = self.measures
        if m is not None and (m.stops is stops or m.stops == stops):
            return m
        return measured(tuple(ln.text for ln in self.lines), stops)


def classify(text: str, lang: str) -> tuple[Unit, ...]:
    """Label every block of ``text``: ``good`` prose, ``bad`` chrome, ``short`` undecided.

    Cleaners read the units of the current text from ``draft.page.units``,
    computed once per text state; this is the function behind it.
    """
    return label_blocks(blocks(text), line_width(text), lang)


def label_blocks(
    runs: Iterable[list[Line]], width: int, lang: str, memo: dict[tuple, tuple[Measures, ...]] | None = None
) -> tuple[Unit, ...]:
    """The units of ``runs`` (the text's blocks) at the text's line ``width``.

    Each block is split and labelled from its lines' text alone, so with the
    ``memo`` of an earlier state of the same document, a block that a
    cleaner left as it was is looked up, not labelled again.
    """
    stops = prose_stopwords(lang)
    memo = {} if memo is None else memo
    units: list[Unit] = []
    for block in _sentences_across_breaks(runs):
        key = (tuple(ln.text for ln in block), width, lang)
        parts = memo.get(key)
        if parts is None:
            parts = memo[key] = _block_parts(key[0], width, stops)
        for m in parts:
            size, label = len(m.lines), m.label
            part, block = block[:size], block[size:]
            # A list under ``Related articles`` or ``Read more`` is that insert's links, however they read.
            if _bullet(part[0].text) and units and units[-1].measures.heads_links:
                label = "bad"
            units.append(Unit(tuple(part), label, m))
    return tuple(units)


def _block_parts(texts: tuple[str, ...], width: int, stops: frozenset[str]) -> tuple[Measures, ...]:
    """How one block splits into units (in order, each measured and labelled); offsets play no part."""
    run = [Line(0, 0, t) for t in texts]
    out: list[Measures] = []
    for byline_run in _bylines_apart(run):
        for part in _split_menus(byline_run, width):
            m = measured(tuple(ln.text for ln in part), stops)
            m.label  # noqa: B018 - labelled now, while the block's text is at hand
            out.append(m)
    return tuple(out)


def prose_stopwords(lang: str) -> frozenset[str]:
    """The stopwords that tell prose in ``lang``; English ones when the language is undetermined."""
    return stopwords(lang if lang != "und" else "en")


def heads_comments(text: str) -> bool:
    """Does ``text`` head readers' comments: a heading (``12 Comments``) or the box's rules (``…moderated``)?"""
    text = text.strip()
    return COMMENTS_HEADING.match(text) is not None or len(text) < 300 and _COMMENT_RULES.search(text) is not None


def heads_appendix(text: str) -> bool:
    """Does ``text`` head what follows an article: its sources, its credits, its author's biography?"""
    return _APPENDIX_HEADING.match(text.strip()) is not None


def heads_links(text: str) -> bool:
    """Is ``text`` the heading of an insert of links to other stories (``Related articles``, ``Our Latest Stories``)?"""
    return _LINKS_HEADING.match(text.strip()) is not None


def _sentences_across_breaks(runs: Iterable[list[Line]]) -> Iterator[list[Line]]:
    """One block again where the extractor put a blank line inside a hyphenated word (``triple-`` / ``doubles``)."""
    held: list[Line] = []
    for run in runs:
        if held and _WORD_BROKEN.search(held[-1].text) and run[0].text.lstrip()[:1].islower():
            held = held + run
            continue
        if held:
            yield held
        held = run
    if held:
        yield held


def _bylines_apart(run: list[Line]) -> Iterator[list[Line]]:
    """A byline set between title and text without blank lines is a unit of its own.

    ``…from Nissan PH`` / ``By Marcus De Guzman``, ``…to Hong Kong`` / ``by Tom Rogan``,
    ``…First Half of 2020`` / ``Monday November 18, 2019 7:45 am PST by Joe Rossignol``, or
    ``…Hong Kong listing`` / ``Samuel Hart | 20 November 2019``.
    """
    if len(run) < 2:
        yield run  # a line alone is a unit of its own already: nothing to set apart
        return
    start = 0
    for k, ln in enumerate(run):
        t = ln.text
        # ``_DATED_BYLINE`` reads ``by`` in small letters: a line without it is no such byline.
        byline = (
            BYLINE_LINE.match(t)
            or "by" in t
            and _DATED_BYLINE.search(t)
            and (DATE.search(t) or t.lstrip().startswith("by "))
        )
        byline = byline or _NAME_PIPE.match(t) and DATE.search(t)
        if byline and len(ln.text.split()) <= 10:
            if k > start:
                yield run[start:k]
            yield [ln]
            start = k + 1
    if start < len(run):
        yield run[start:]


def _split_menus(run: list[Line], width: int) -> list[list[Line]]:
    """Chromium puts a menu and a paragraph in one block: split lines that are not wrapped."""
    if len(run) == 1:
        return [run]
    wrapped = sum(1 for ln in run[:-1] if width_of(ln.text) >= 60 and not _bullet(ln.text))
    if wrapped >= 0.6 * (len(run) - 1) and width <= HARD_WRAP:
        # Wrapped prose, perhaps under a date line and share buttons (``NOVEMBER 20, 2019 10:43`` / ``Email Twitter``).
        lead = 0
        while (
            lead < len(run) - 1
            and _header_line(run[lead].text)
            and _had_room(run[lead].text, run[lead + 1].text, width)
        ):
            lead += 1
        # An insert's label set under the paragraph it interrupts: ``…disagree with them.”`` / ``ADVERTISEMENT``.
        tail = len(run)
        while tail - 1 > lead and _insert_label(run[tail - 1].text) and SENTENCE_END.search(run[tail - 2].text):
            tail -= 1
        return [[ln] for ln in run[:lead]] + [run[lead:tail]] + [[ln] for ln in run[tail:]]
    column = column_measure(run, width)
    parts: list[list[Line]] = [[run[0]]]
    prev_bullet = _bullet(run[0].text)
    for ln in run[1:]:
        # Each test below is pure: they are taken cheapest first, and only until one decides.
        text = ln.text
        bullet = _bullet(text)
        prev = parts[-1][-1].text
        if (
            (bullet and prev_bullet)
            or is_caps(text)  # a title set in capitals over several lines
            and is_caps(prev)
            or not bullet
            and _no_room(prev, text, width, column)
            and URL.fullmatch(prev.strip()) is None  # a web address on a line of its own fills no line
            or continues(prev, text)
            or opens_in_capitals(prev)
        ):
            parts[-1].append(ln)
        else:
            parts.append([ln])
        prev_bullet = bullet
    return parts


def _no_room(prev: str, text: str, width: int, column: tuple[int, int] | None) -> bool:
    """Did ``prev`` end where a wrapped line ends: full, or without room for the first word of ``text``?"""
    if _full(prev, width) and width <= HARD_WRAP:  # a full line of wrapped text went on below
        return True
    # The next word would not have fitted on the line: the page's measure, or the column's.
    word = next_word_width(text.lstrip())
    return (
        width >= 24
        and width_of(prev) + word > width
        or column is not None
        and width_of(prev.strip()) + word > column[0]
    )


def _insert_label(line: str) -> bool:
    """Is ``line`` the label of an insert (``ADVERTISEMENT``), not a comment button (``Comments``), which ends no article?"""
    line = line.strip()
    return CHROME.match(line) is not None and COMMENTS_HEADING.match(line) is None


def _full(line: str, width: int) -> bool:
    """Is ``line`` about as long as the text's wrapped lines, long enough to have been wrapped?"""
    return width_of(line) >= max(60, 0.75 * width)


def _header_line(text: str) -> bool:
    """Is ``text`` a date line or a row of share buttons, as stand over an article?"""
    return _date_line(text) or _BUTTONS.match(text.strip()) is not None


def _had_room(line: str, following: str, width: int) -> bool:
    """Had ``line`` room for the first word of ``following``, so that it ended there, wrapping nothing?"""
    return (
        width >= 24
        and width_of(line.strip()) + next_word_width(following.lstrip()) <= width
        and not continues(line, following)
        and not opens_in_capitals(line)
    )


def _label(m: Measures) -> Label:
    text = m.text
    if not text:
        return "bad"
    if m.chrome or m.notice:
        return "bad"
    if m.teaser:
        return "bad"
    tokens = m.tokens
    bullets = m.bullets
    lines = m.lines
    if bullets and bullets >= 0.5 * len(lines) and len(lines) >= 2:
        # Items that read as sentences are the article's list; a few words or a headline each are links.
        words = text.split()
        capitalised = sum(1 for w in words if w[:1].isupper()) / len(words)
        prose = len(tokens) >= _LIST_ITEM_WORDS * bullets and m.density >= 0.35 and capitalised < 0.4
        return "short" if prose else "bad"
    cjk = m.cjk
    size = len(tokens) + cjk // 2
    sentences = m.sentences
    if cjk > len(text) / 4:
        return "good" if size >= 30 and sentences else "short"
    stop_share = m.density
    if m.title_case_run or _form_control(text):
        return "short"  # a menu of section names, however long; a form, however it reads
    if size >= 25 and stop_share >= 0.22 and sentences:
        return "good"
    if size >= 12 and stop_share >= 0.3 and sentences:
        return "good"
    return "short"


def _form_control(text: str) -> bool:
    """Does ``text`` print a form's control (``_FORM_CONTROL``)?  Each holds ``BUTTON`` or ``(not implemented)``."""
    return ("BUTTON" in text or "(not implemented)" in text) and _FORM_CONTROL.search(text) is not None


def _glued_teaser(text: str, stops: frozenset[str]) -> bool:
    """A headline in title case run into a summary in prose (``…Student-AthleteA 24-year-old woman…``): a teaser.

    Browsers print a teaser's headline and summary as one line when both are inline.
    """
    m = _GLUE.search(text, 0, 200)
    if m is None:
        return False
    count, share = capitalised_share(text[: m.start()])
    summary = _TOKEN.findall(text[m.start() :].lower())
    return count >= 3 and share >= 0.8 and len(summary) >= 8 and density(summary, stops) >= 0.25


def title_case_run(text: str) -> bool:
    """Is ``text`` a long run of capitalised words (``News Tech Spaceflight Science & Astronomy…``), no prose?"""
    count, share = capitalised_share(text)
    return count >= _MENU_WORDS and share >= 0.85


def density(tokens: list[str], stops: frozenset[str]) -> float:
    """The share of ``tokens`` that are stopwords: high in prose, low in menus and headlines."""
    return sum(map(stops.__contains__, tokens)) / max(1, len(tokens))


def _date_line(text: str) -> bool:
    """A date alone on its line, perhaps with what says so and the time: ``First published on Nov 19, 2019 / 8:16 AM``."""
    if _FIGURE.search(text) is None:
        return False  # a date has figures: text with none is no date line, without stripping it first
    bare = _TIME_TAIL.sub("", DATELINE.sub("", text.strip()))
    m = DATE.search(bare)
    return m is not None and len(bare.split()) <= 8 and len(m.group()) >= 0.6 * len(bare)


def _headline(text: str) -> bool:
    return 3 <= len(text.split()) <= 20 and not SENTENCE_END.search(text) and not _date_line(text)


def body_span(units: Sequence[Unit], paged: bool = False, max_gap: int = 2) -> tuple[int, int] | None:
    """Indices of the first and last ``good`` unit of the article.

    Good units separated by more than ``max_gap`` chrome units, by a menu
    of short links, by a long list under a heading of links, or by a
    headline and a date line (a teaser for another story; on ``paged``
    text a date there is a running header) form
    separate clusters; the article is the cluster whose prose has the most
    words.
    """
    ms = [u.measures or Measures(tuple(ln.text for ln in u.lines), frozenset()) for u in units]
    clusters: list[list[int]] = []
    bad_run = menu_run = 0
    between: list[Measures] = []  # the short lines since the last paragraph
    links_at: int | None = None  # where a heading of links stands among them
    for i, u in enumerate(units):
        if u.label == "good":
            # A headline and a date line between paragraphs head another story (a teaser under the article).
            teaser = not paged and any(m.date_line for m in between) and any(m.headline for m in between)
            # So does a long list under a heading of links (``Our Latest Stories``).
            teaser = teaser or links_at is not None and i - links_at > _INSERT
            if clusters and bad_run <= max_gap and menu_run < _MENU_RUN and not teaser:
                clusters[-1].append(i)
            else:
                clusters.append([i])
            bad_run = menu_run = 0
            between = []
            links_at = None
        else:
            if links_at is None and ms[i].heads_links:  # labelled chrome (``More from Space...``) or not
                links_at = i
            if u.label == "bad":
                bad_run += 1
            else:
                between.append(ms[i])
                if ms[i].word_count <= 3:
                    menu_run += 1  # a run of one- to three-word links is a menu, even unlabelled
    if not clusters:
        return None
    # Prose under a heading of readers' comments is the thread, not the article.
    thread = next((i for i in range(clusters[0][0] + 1, len(units)) if ms[i].heads_comments), None)
    if thread is not None:
        clusters = [c for c in clusters if c[0] < thread]
    # Under ``About this article`` or ``Sources:`` come the article's credits and citations.
    appendix = next((i for i in range(clusters[0][0] + 1, len(units)) if ms[i].heads_appendix), None)
    if appendix is not None:
        clusters = [[i for i in c if i < appendix] for c in clusters if c[0] < appendix]
    best = max(clusters, key=lambda c: sum(ms[i].word_count for i in c))
    return best[0], best[-1]
