"""Step 6, continued: sources across sentences, as reporting is written.

A figure without a source in its own sentence takes, in order:
1. the nearest earlier speaker of its paragraph ("Earlier, the governor said ... 5,400 were still without
   power");
2. when its paragraph names nobody, the source of the last attributed figure of the paragraph before, or
   the speaker who opened a list there ("According to the ministry:"); paragraphs that report figures
   without naming anyone, list items and headings pass it on;
3. a following sentence (same or next paragraph) that only attributes and points back ("The air force
   commander reported this on Telegram", "Source: ...") or speaks of the same deed ("Gladkov said one of
   the people killed was a worker");
4. the article's only source, when it names just one.
Headlines and hedged figures ("reportedly") borrow nothing. A bare country or capital as speaker ("Russia
said") then gives way to the nearest named source of that side; a role ("the region's governor") to the
nearest source naming it with a name; a surname ("Fedorov") to the fullest mention of that person.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon
from .attribution import (
    POSSESSIVE,
    WORD,
    apposition_words,
    is_bare_side,
    noun_phrase_before,
    phrase_text,
    source_after,
    source_sides,
)
from .figures import Figure
from .tokens import Sentence, Token
from .verbs import find_triggers

MAX_LIST_PARAGRAPHS = 40  # how many paragraphs naming nobody a source is carried through
MAX_QUOTE_PARAGRAPHS = 4  # how many paragraphs a quotation may run over
MAX_QUOTE_SENTENCES = 20
MAX_FOLLOWING = 6  # how many sentences ahead an attribution-only sentence is looked for
QUOTE_MARKS = re.compile('["“”]')


@dataclass(frozen=True)
class SentenceSources:
    """What the cross-sentence rules need of one sentence."""

    paragraph: int
    sources: tuple[str, ...]  # resolved, in order
    figure_sources: tuple[str, ...]  # the sources its own figures name
    has_figures: bool
    points_back: bool  # attributes what came before: "reported this", "Source: ..."
    hedged: bool  # "reportedly", "unconfirmed": the text says nobody vouches for it
    headline: bool
    verbs: frozenset[str]  # verb classes of an attribution-only sentence ("kill", "intercept"...)
    text: str
    quoted: bool = False  # a quotation is still open at its end: its speaker is named where the quotation closes


def sentence_sources(
    sentences: Sequence[Sentence], sources: Sequence[Sequence[str]], found: Sequence[Sequence[Figure]], lex: Lexicon
) -> list[SentenceSources]:
    table = []
    open_quote, opened_in = False, -1  # a quotation may run over paragraphs ("... Five were hurt. / ...," he wrote)
    for sentence, own, everything in zip(sentences, sources, found, strict=True):
        if open_quote and sentence.paragraph - opened_in > MAX_QUOTE_PARAGRAPHS:
            open_quote = False  # an unbalanced quote mark, not a quotation
        was_open = open_quote
        open_quote = quote_open_after(sentence.text, open_quote)
        if open_quote and not was_open:
            opened_in = sentence.paragraph
        figures = [f for f in everything if not f.bare]  # what was named without a number attributes nothing
        words = {t.lower for t in sentence.tokens} if own or figures else set()
        only_attributes = bool(own) and not figures
        verbs = {c for t in find_triggers(sentence, lex) for c in t.classes} if only_attributes else set()
        table.append(
            SentenceSources(
                paragraph=sentence.paragraph,
                sources=tuple(own),
                figure_sources=tuple(f.reported_by for f in figures if f.reported_by),
                has_figures=bool(figures),
                points_back=bool(words & lex.back_references) or sentence.text.lower().startswith("source:"),
                hedged=bool(words & lex.hedges),
                headline=sentence.headline,
                verbs=frozenset(verbs),
                text=sentence.text,
                quoted=open_quote,
            )
        )
    return table


class Speakers:
    """The cross-sentence rules over one article, with what they look up worked out once (linear in the
    article's length)."""

    def __init__(self, table: Sequence[SentenceSources]):
        self.table = table
        self.earlier: list[str] = []  # the last speaker of the sentences before, within the paragraph
        last, paragraph = "", -1
        paragraphs: dict[int, list[SentenceSources]] = {}
        for row in table:
            if row.paragraph != paragraph:
                last, paragraph = "", row.paragraph
            self.earlier.append(last)
            last = row.sources[-1] if row.sources else last
            paragraphs.setdefault(row.paragraph, []).append(row)
        self.names_someone = {p: any(r.sources for r in rows) for p, rows in paragraphs.items()}
        self.carried = carried_sources(paragraphs)

    def borrows(self, index: int) -> bool:
        """Whether an unattributed figure of sentence ``index`` may take a source from elsewhere: not in a
        headline or a teaser (attributed in its story), not when hedged ("reportedly" is nobody's word)."""
        return not (self.table[index].headline or self.table[index].hedged)

    def borrowed(self, index: int, verbs: Set[str]) -> str:
        """The source an unattributed figure of sentence ``index`` borrows ("" when none fits); ``verbs`` are
        the verb classes that give the figure's metric (a following sentence about the same deed may
        attribute it)."""
        here = self.table[index]
        if here.quoted:  # '"... 17 people have been injured. Doctors are helping," the governor wrote.'
            speaker = closing_speaker(self.table, index)
            if speaker:
                return speaker
        if self.earlier[index]:
            return self.earlier[index]
        for following in self.table[index + 1 : index + 1 + MAX_FOLLOWING]:  # the rest of its paragraph, then
            if following.paragraph not in (here.paragraph, here.paragraph + 1):
                break
            if following.sources and not following.has_figures and (following.points_back or following.verbs & verbs):
                return following.sources[0]
            if following.sources or following.paragraph != here.paragraph:
                break
        inherited = self.carried.get(here.paragraph, "")
        if not self.names_someone[here.paragraph] and inherited:
            return inherited
        if inherited and same_person(self.later_speaker(index), inherited):
            return inherited  # "... 700 residents without electricity. In Voronezh, a woman was hurt, Gusev said."
        return ""

    def later_speaker(self, index: int) -> str:
        """The first speaker named after sentence ``index`` in its paragraph, or ""."""
        paragraph = self.table[index].paragraph
        for row in itertools.takewhile(
            lambda r: r.paragraph == paragraph, self.table[index + 1 : index + 1 + MAX_FOLLOWING]
        ):
            if row.sources:
                return row.sources[0]
        return ""


def same_person(source: str, other: str) -> bool:
    """Whether two sources end in the same capitalised name ("Gusev", "Voronezh Governor Alexander Gusev")."""
    if not source:
        return False
    last = WORD.findall(source)[-1:]
    return bool(last) and last[0][:1].isupper() and WORD.findall(other)[-1:] == last


def quote_open_after(text: str, open_quote: bool) -> bool:
    """Whether a quotation is open at the end of ``text``, given whether one was open at its start."""
    for char in QUOTE_MARKS.findall(text):  # the marks alone: a loop over every character was slow
        if char == '"':
            open_quote = not open_quote
        elif char == "“":
            open_quote = True
        elif char == "”":
            open_quote = False
    return open_quote


def closing_speaker(table: Sequence[SentenceSources], index: int) -> str:
    """The speaker named where the quotation open at the end of sentence ``index`` closes."""
    for later in table[index + 1 : index + 1 + MAX_QUOTE_SENTENCES]:
        if not later.quoted:
            return later.sources[0] if later.sources else ""
    return ""


def carried_sources(paragraphs: Mapping[int, Sequence[SentenceSources]]) -> dict[int, str]:
    """For each paragraph, the source it inherits from the one before: the source of that one's last
    attributed figure, or the speaker who opened a list there ("According to the ministry:"); paragraphs that
    report figures without naming anyone, list items and headings pass on what they inherited."""
    carried: dict[int, str] = {}
    inherited, hops = "", 0
    for number in sorted(paragraphs):
        carried[number] = inherited if hops <= MAX_LIST_PARAGRAPHS else ""
        rows = paragraphs[number]
        opens_list = rows[-1].text.rstrip().endswith((":", ";"))
        attributed = [source for r in rows for source in (*r.figure_sources, *pointed_back(r))]
        named = [source for r in rows for source in r.sources]
        if attributed:
            inherited, hops = attributed[-1], 0
        elif named:
            inherited, hops = (named[-1] if opens_list else ""), 0
        elif opens_list or is_header(rows) or any(r.has_figures for r in rows):
            hops += 1  # passes on what it inherited
        else:
            inherited = ""  # a paragraph naming nobody and reporting nothing: the trail ends
    return carried


def pointed_back(sentence: SentenceSources) -> tuple[str, ...]:
    """The sources of a sentence that only attributes what came before ("UNN reports this, citing X")."""
    return sentence.sources if sentence.points_back and not sentence.has_figures else ()


def is_header(paragraph: Sequence[SentenceSources]) -> bool:
    """A section heading ("Donetsk region", "Casualties and Damage"): one short line, no full stop."""
    return len(paragraph) == 1 and len(paragraph[0].text.split()) <= 5 and not paragraph[0].text.endswith(".")


def only_source(sentences: Sequence[SentenceSources], lex: Lexicon) -> str:
    """The article's source when it names exactly one (bare sides aside) and that one reports figures (in
    their sentence, or pointing back at them), else "". Sources of one body count as one, by its shortest
    name, when every other's words hold its words ("Air Force", "Air Force spokesman Yurii Ihnat")."""
    named = {s for sentence in sentences for s in sentence.sources if not is_bare_side(s, lex)}
    reporting = {s for sentence in sentences if sentence.has_figures or sentence.points_back for s in sentence.sources}
    if not named or not named & reporting:
        return ""
    body = min(named, key=len)
    words = set(WORD.findall(body.lower()))
    return body if all(words <= set(WORD.findall(s.lower())) for s in named) else ""


def name_mentions(sentences: Sequence[Sentence], lex: Lexicon, word: str = "") -> list[list[str]]:
    """The named people and bodies of each sentence, speaking or not ("President Volodymyr Zelensky",
    "Vyacheslav Gladkov, the governor of the Belgorod region"): what a surname or a role stands for. With a
    ``word``, only the sentences that hold it are read (the others get none)."""
    found = []
    for sentence in sentences:
        tokens = sentence.tokens
        names: list[str] = []
        if word and word not in sentence.lower:
            found.append(names)
            continue
        for i, token in enumerate(tokens):
            if not token.text[:1].isupper():
                continue
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if not following[:1].isupper():
                words = noun_phrase_before(tokens, i, lex)
                if following == "," and i + 2 < len(tokens):
                    then = tokens[i + 2]
                    if then.lower in lex.apposition_starts and len(words) >= 2:  # "Oleh Syniehubov, head of the ..."
                        role = apposition_words(source_after(tokens, i + 2, lex, apposition=False), lex, False)
                    elif then.text[:1].isupper() and any(w.lower in lex.apposition_starts for w in words):
                        role = person_name(tokens, i + 2)  # "the mayor of Kharkiv, Ihor Terekhov"
                    else:
                        role = []
                    words = [*words, tokens[i + 1], *role] if role else words
                if sum(w.text[:1].isupper() for w in words) >= 2:
                    names.append(phrase_text(sentence, words))
        found.append(names)
    return found


def person_name(tokens: list[Token], k: int) -> list[Token]:
    """The run of capitalised words from token k ("Ihor Terekhov"), at most four."""
    run = []
    for token in tokens[k : k + 4]:
        if not (token.text[:1].isupper() and token.text.isalpha() or "-" in token.text and token.text[:1].isupper()):
            break
        run.append(token)
    return run if len(run) >= 2 else []


class FullNames:
    """Who a bare side, a role or a surname stands for, looked up in indexes of the article's sources and named
    mentions built once (by word, by side), nearest sentence first."""

    def __init__(self, sources: Sequence[Sequence[str]], names: Callable[[str], Sequence[Sequence[str]]], lex: Lexicon):
        self.lex = lex
        self.by_word: dict[str, list[tuple[int, str]]] = {}  # word -> (sentence, named source) in order
        self.by_sides: dict[frozenset[str], list[tuple[int, str]]] = {}  # sides -> (sentence, source)
        self.longest: dict[str, str] = {}  # a capitalised word -> the longest source or mention with it
        self.fullest: dict[str, str] = {}  # the same, sources and mentions alike
        self.names = names  # the named mentions holding a word, per sentence: read only when the sources do not tell
        self.named_words: set[str] = set()  # the words whose mentions are indexed
        self.bodies: list[tuple[int, str]] = []  # (sentence, source) of the named sources that name no person
        for index, found in enumerate(sources):
            for source in found:
                self.add(0, index, source)
                if has_name(source) and not is_person_name(source) and not is_bare_side(source, lex):
                    self.bodies.append((index, source))

    def with_names(self, word: str) -> FullNames:
        """The index with the article's named mentions that hold ``word`` too (read the first time asked)."""
        if word not in self.named_words:
            self.named_words.add(word)
            for index, found in enumerate(self.names(word.lower())):
                for source in found:
                    self.add(1, index, source)
        return self

    def add(self, pool_rank: int, index: int, source: str) -> None:
        words = WORD.findall(source)
        if pool_rank == 0 and not is_bare_side(source, self.lex):
            self.by_sides.setdefault(frozenset(source_sides(source, self.lex)), []).append((index, source))
        if not has_name(source):
            return
        for word in {POSSESSIVE.sub("", w.lower()) for w in words}:
            self.by_word.setdefault(word, []).append((index + pool_rank * LATER_POOL, source))
        for word in words:
            if word[:1].isupper() and len(words) > 1 and len(source) > len(self.longest.get(word, "")):
                if pool_rank == 0 or word not in self.longest:
                    self.longest[word] = source
            if word[:1].isupper() and len(source) > len(self.fullest.get(word, "")):
                self.fullest[word] = source

    @staticmethod
    @lru_cache(maxsize=4096)  # asked of every figure's source
    def stands_for_someone(source: str, lex: Lexicon) -> bool:
        """A bare side, a pronoun, a role or a surname: a source to look up in full."""
        lower = source.lower()
        return (
            is_bare_side(source, lex)
            or lower in lex.pronouns
            or lower in lex.roles
            or is_role_phrase(source, lex)
            or is_title(source, lex)
            or is_person_name(source)
            or (len(WORD.findall(source)) == 1 and source[:1].isupper())
        )

    def best(self, source: str, index: int) -> str:
        """A source as the article names it best: a bare side ("Russia") gives way to the nearest named
        source of that side, a role ("the governor", "the region's acting governor") to the
        nearest source or mention naming it with a name, a surname ("Fedorov") to the fullest one."""
        lex = self.lex
        if source and is_bare_side(source, lex):
            sides = frozenset(source_sides(source, lex))
            return nearest_of(self.by_sides.get(sides, []), index) or source
        if source.lower() in lex.pronouns or source.lower() in lex.roles or is_role_phrase(source, lex):
            role = role_word(source, lex)
            found = nearest_of(self.by_word.get(role, []), index)
            found = found or nearest_of(self.with_names(role).by_word.get(role, []), index)
            if not found and role in lex.institutions:  # "DTEK reported outages ... , the company said"
                found = nearest_of([entry for entry in self.bodies if entry[0] <= index], index)
            source = found or source
        elif len(WORD.findall(source)) == 1 and source[:1].isupper():  # a surname
            return self.longest.get(source) or self.with_names(source).longest.get(source, source)
        elif is_person_name(source):  # "Kyrylo Tymoshenko" -> "deputy head of the President's Office Kyrylo Tymoshenko"
            surname = WORD.findall(source)[-1]
            fuller = self.with_names(surname).fullest.get(surname, "")
            if names_body(source, lex) and role_word(fuller, lex):
                return source  # "Air Force" is not "Air Force spokesman Yurii Ihnat"
            return fuller if source in fuller else source
        if is_title(source, lex):  # "head of the Kharkiv Regional Military Administration": who holds it
            return self.holder(source, index) or source
        return source

    def holder(self, title: str, index: int) -> str:
        """The nearest mention that names a person along with ``title`` ("Oleh Syniehubov, head of the Kharkiv
        Regional Military Administration"), or ""."""
        key = next((w.lower() for w in WORD.findall(title) if w[:1].isupper()), "")
        wanted = title.lower()
        entries = [(i, s) for i, s in self.with_names(key).by_word.get(key, []) if wanted in s.lower() and s != title]
        return nearest_of([(i % LATER_POOL, s) for i, s in entries], index)


LATER_POOL = 10**9  # named mentions rank after every source: a role is a speaker's before it is anyone's


def nearest_of(entries: Sequence[tuple[int, str]], index: int) -> str:
    """The source of ``entries`` (sorted by sentence) nearest sentence ``index``, the earlier on a tie."""
    if not entries:
        return ""
    positions = [position for position, _ in entries]
    at = bisect_left(positions, index)
    candidates = [entries[k] for k in (at - 1, at) if 0 <= k < len(entries)]
    if at < len(entries) and entries[at][0] == index:
        return entries[at][1]
    return min(candidates, key=lambda entry: (abs(entry[0] - index), entry[0]))[1]


def is_person_name(source: str) -> bool:
    """'Kyrylo Tymoshenko', 'Oleh Syniehubov' (or a body: 'Air Force'): two to four capitalised words and
    nothing else."""
    words = source.split()
    if not 2 <= len(words) <= 4 or words[0].lower() in TITLES:
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def names_body(source: str, lex: Lexicon) -> bool:
    """'Air Force', 'State Emergency Service': a name with a word of a body's name in it."""
    return any(POSSESSIVE.sub("", w.lower()) in lex.source_words for w in WORD.findall(source))


TITLES = {"mayor", "governor", "president", "head", "minister", "general", "commander", "gov", "gen"}


@lru_cache(maxsize=4096)  # asked of every source
def is_title(source: str, lex: Lexicon) -> bool:
    """'head of the Kharkiv Regional Military Administration', 'the mayor of Kharkiv': an office, named by the
    capitalised words of its institution or place but not by its holder's name."""
    words = WORD.findall(source)
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0] in lex.apposition_starts - {"the", "a", "an"} and has_name(source)


@lru_cache(maxsize=4096)  # asked of every source
def is_role_phrase(source: str, lex: Lexicon) -> bool:
    """'the region's acting governor', "city's mayor": a role without a name."""
    return not has_name(source) and bool(role_word(source, lex))


@lru_cache(maxsize=4096)  # asked of every source
def role_word(source: str, lex: Lexicon) -> str:
    """The last role word of a source ("governor" of "region's acting governor"), or ""."""
    words = [POSSESSIVE.sub("", w) for w in WORD.findall(source.lower())]
    return next((w for w in reversed(words) if w in lex.roles or w == source.lower()), "")


@lru_cache(maxsize=4096)  # asked of every source
def has_name(source: str) -> bool:
    return any(w[:1].isupper() for w in WORD.findall(source))
