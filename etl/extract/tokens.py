"""Step 1 of the grammar: the body split into paragraphs, sentences and tokens, with character offsets."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..lexicon import Lexicon, load_lexicon, lower_text

TOKEN = re.compile(  # words first and the numbers behind one digit test: most tokens are words
    r"[A-Z]\.(?:[A-Z]\.)+(?:-[A-Za-z]+)*(?![A-Za-z])"  # dotted initials: "U.N.", "U.S.", "U.S.-made" (one word)
    r"|[A-Za-zÀ-ÖØ-öø-ɏ]+\d*(?:['’][A-Za-z]+)?(?:[-/][\wÀ-ÿ]+(?:['’][a-z]+)?)*"  # words, compounds, "Flightradar24"
    r"(?:\.(?:[A-Z]{2,4}|Ru|ru|ua|com|net|org|[A-Z][a-z]{2,})\b)?"  # a site's name: "Censor.NET", "Yandex.Schedule"
    r"|(?=\d)(?:"
    r"\d{4}-\d{1,2}-\d{1,2}\b"  # ISO dates
    r"|\d+(?:[:/]\d+)+"  # times and numeric dates
    r"|\d+(?:st|nd|rd|th)\b"  # ordinals
    r"|\d[\d,.]*(?:-[A-Za-z][\w]*)+"  # 21-month-old, 36-year-old
    r"|\d{1,3}(?:[, \u00a0\u202f\u2009\u200b]\d{3})+(?:\.\d+)?"  # grouped: 1,200, 1 200 (any space)
    r"|\d+(?:\.\d+)?(?:[eE][+-]?\d+\b)?"  # numbers, in scientific notation too
    r")"
    r"|\S"
)
# the gap after a sentence's final mark (matched with the mark, not looked behind for: a scan for the marks is fast)
SENTENCE_END = re.compile(r"[.!?](?P<gap>[\"”’)]*(?:\[\d{1,3}\])*\s+)(?=[\"“‘(]?[A-Z0-9])")  # (past a footnote's "[3]")
CLOSERS = '"”’)'
CLOCK = ("a.m", "p.m")
TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(slots=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    headline: bool
    tokens: list[Token] = field(default_factory=list)
    lower: str = ""  # the text lower-cased, same length (what lexicon patterns run on)
    breaks: list[int] | None = None  # where its clauses break (verbs.clause_bounds), found once


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of ``text``, offsets shifted by ``offset``. The token strings come from findall (cheaper than
    match objects); each starts at the first character after the one before that is not a space, which is
    where ``find`` finds it."""
    tokens: list[Token] = []
    append = tokens.append
    end = 0
    for word in TOKEN.findall(text):
        start = text.find(word, end)
        end = start + len(word)
        append(Token(word, word.lower(), start + offset, end + offset))
    return tokens


def phrase(tokens: list[Token], i: int, n: int) -> str:
    """The lower-case words of tokens i to i + n, space-separated (what lexicon phrases are matched on).

    Spans of up to four tokens inside the sentence are formatted directly: the grammar asks for millions."""
    if 0 <= i and i + n <= len(tokens):
        if n == 1:
            return tokens[i].lower
        if n == 2:
            return f"{tokens[i].lower} {tokens[i + 1].lower}"
        if n == 3:
            return f"{tokens[i].lower} {tokens[i + 1].lower} {tokens[i + 2].lower}"
        if n == 4:
            return f"{tokens[i].lower} {tokens[i + 1].lower} {tokens[i + 2].lower} {tokens[i + 3].lower}"
    return " ".join([t.lower for t in tokens[i : i + n]])


TEASER_REACH = 24  # the longest teaser label ("related articles:") fits in a line's first characters
SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+[^-–—|]{2,40}$")  # "... — Meduza", "... | The Kyiv Independent"


def title_forms(title: str) -> frozenset[str]:
    """The lower-cased lines that are the article's title: as given, and without the site's name."""
    if not title.strip():
        return frozenset()
    return frozenset({title.strip().lower(), SITE_SUFFIX.sub("", title).strip().lower()})


def is_teaser(line: str, teasers: tuple[str, ...]) -> bool:
    """A line linking to another story: it opens with one of ``teasers`` ("Read also: ...")."""
    return opens_with(line, teasers)


def opens_with(line: str, openings: tuple[str, ...]) -> bool:
    """Whether a line opens with one of ``openings`` (lower case: "read also:", "photo:")."""
    return line.lstrip()[:TEASER_REACH].lower().startswith(openings)


def is_headline(line: str, titles: frozenset[str], teasers: tuple[str, ...]) -> bool:
    """A title line: the article's own title (one of ``titles``, see title_forms), a teaser for another story
    (a line starting with one of ``teasers``, "Read also: ..."), or a Title Case line without a full stop."""
    line = line.strip()
    if line.lower() in titles:
        return True
    if is_teaser(line, teasers):
        return True
    if line.endswith("."):  # most lines: no need to count their words
        return False
    return is_title_case(line)


def is_title_case(line: str) -> bool:
    """Whether most of a line's longer words are capitalised ("What the Air Force Data Says About ...")."""
    words = [w for w in TITLE_WORD.findall(line) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.75


def segment(text: str, title: str = "", lexicon: Lexicon | None = None) -> list[Sentence]:
    """Sentences with their character spans; a paragraph is a non-blank line of the body (numbered in order).

    A full stop after one of the lexicon's abbreviations ("Gov.") does not end a sentence (default: the
    project's lexicon).
    """
    lex = lexicon or load_lexicon()
    abbreviations, time_zones, titles = lex.abbreviations, lex.time_zones, title_forms(title)
    sentences: list[Sentence] = []
    position = 0
    paragraph = -1
    for line in text.split("\n"):
        if not line.strip():
            position += len(line) + 1
            continue
        paragraph += 1
        headline = is_headline(line, titles, lex.teasers)
        start = 0
        for match in SENTENCE_END.finditer(line):
            gap = match.start("gap")
            before = line[start:gap].rstrip('.!?"”’)').split()
            if before and before[-1].lower().rstrip(".") in abbreviations:
                continue
            if before and before[-1].lower() in CLOCK and line.startswith(time_zones, match.end()):
                continue  # "from 10 a.m. Moscow time to 8 a.m. Kyiv time" is one sentence
            if not start and is_dateline_city(before, line[match.end() : match.end() + 12], lex.months):
                continue  # "DNIPRO. March 3 (Interfax-Ukraine) - ...": a dateline opens the sentence
            end = gap
            while end < match.end() and line[end] in CLOSERS:  # 'towards Moscow."': the quote closes in this one
                end += 1
            sentences.append(_sentence(line, start, end, position, paragraph, headline))
            start = match.end()
        if line[start:].strip():
            sentences.append(_sentence(line, start, len(line), position, paragraph, headline))
        position += len(line) + 1
    return sentences


DATELINE_CITY_WORDS = 3  # "KRYVYI RIH. March 3 ..."


def is_dateline_city(words: list[str], after: str, months: Mapping[str, int]) -> bool:
    """Whether a line's first words, ended by a full stop, are a dateline's city in capitals: a month follows."""
    if not words or len(words) > DATELINE_CITY_WORDS or not all(w.isupper() and len(w) > 1 for w in words):
        return False
    following = after.split(maxsplit=1)
    return bool(following) and following[0].rstrip(".").lower() in months


def _sentence(line: str, start: int, end: int, offset: int, paragraph: int, headline: bool) -> Sentence:
    while start < end and line[start].isspace():
        start += 1
    text = line[start:end].rstrip()
    return Sentence(
        text,
        offset + start,
        offset + start + len(text),
        paragraph,
        headline,
        tokenize(text, offset + start),
        lower_text(text),
    )


CLOCK_OR_NUMBER = re.compile(r"\d{1,2}(?::\d{2})?")
STAMP_MARKS = frozenset({"/", "—", "–", "-", "|", "."})


def thread_marks(tokens: list[Token], reposts: frozenset[str] = frozenset()) -> int:
    """The tokens before a line's first word: a bullet or emoji ("🔴"), a post's number in its thread ("4/"), an
    update's clock time ("06:10 —"), and a word of ``reposts`` before a dash ("Repost — Volodymyr Kohut: ...")."""
    first = 0
    if len(tokens) > 2 and CLOCK_OR_NUMBER.fullmatch(tokens[0].text) and tokens[1].text in STAMP_MARKS:
        first = 2
    first = next((i for i, t in enumerate(tokens[first:], first) if t.text[:1].isalnum()), first)
    if first + 2 < len(tokens) and tokens[first].lower in reposts and tokens[first + 1].text in STAMP_MARKS:
        first += 2
    return first


ASIDE_WORDS = 3  # "Russia, meanwhile, launched", "Russia, for its part, fired": an aside between commas


def after_aside(tokens: list[Token], k: int) -> int:
    """Token k, or the token after an aside of a few words between commas that opens at k."""
    if k < len(tokens) and tokens[k].text == ",":
        for j in range(k + 1, min(len(tokens), k + ASIDE_WORDS + 2)):
            if tokens[j].text == ",":
                return j + 1
    return k
