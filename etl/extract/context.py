"""What the grammar carries from sentence to sentence (ArticleContext) and what it read in one (SentenceReading).

The running text establishes things later sentences lean on: the antecedents of elliptical numbers, the
sources pronouns refer to, the date cue and place of the paragraph, the capital, what was launched (for "all
the drones were shot down"). One ArticleContext lives for one article and is passed to the steps that read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import NamedTuple

from ..lexicon import Lexicon
from ..places import CAPITALS, Gazetteer, Place
from .attribution import Attribution
from .datecues import DatePatterns, date_patterns, find_date_cue
from .heads import Mention
from .placenames import PlaceMention
from .tokens import Sentence
from .verbs import Trigger

SAME_DAY = "same"  # the cue of "on that night": the day named last
RECENT_PLACES = 12  # enough to find the last city and the last region named


@dataclass(frozen=True)
class Grammar:
    """What the grammar reads: the lexicon, the gazetteer, the calendar patterns and a memoised date-cue
    lookup (every figure of a clause asks about the same text, and generated or syndicated text repeats)."""

    lex: Lexicon
    gazetteer: Gazetteer
    dates: DatePatterns
    date_cue: Callable[[str], str]


def make_grammar(lex: Lexicon, gazetteer: Gazetteer) -> Grammar:
    dates = date_patterns(lex)
    return Grammar(lex, gazetteer, dates, lru_cache(maxsize=10_000)(partial(find_date_cue, lex=lex, patterns=dates)))


class Launch(NamedTuple):
    """A launched figure, for the interceptions of "all of them" that follow it."""

    sentence: int
    weapon: str
    value: int
    model: str


@dataclass(slots=True)
class ArticleContext:
    """What the text has established so far; ``enter_sentence`` and ``remember`` are its only writers."""

    mentions: list[tuple[int, Mention]] = field(default_factory=list)  # (sentence index, mention), counted ones
    sources: list[str] = field(default_factory=list)  # the sources named so far, in order
    date_cue: str = ""  # the last sentence-level date cue of the current paragraph
    last_date_cue: str = ""  # the last date cue of the article, for "on that night"
    paragraph: int = -1
    paragraph_place: PlaceMention | None = None  # the last target place of the current paragraph
    capital: Place | None = None  # the last capital named as a target
    recent_places: list[Place] = field(default_factory=list)  # the targets named so far (for "the city")
    section_place: PlaceMention | None = None  # the place of a heading line ("Donetsk region") over its section
    previous_place: PlaceMention | None = None  # the last target of the paragraph before
    headline_place: PlaceMention | None = None  # the first target of the headline
    launched: list[Launch] = field(default_factory=list)
    sentence_sources: list[list[str]] = field(default_factory=list)  # the resolved sources of each sentence
    list_metric: tuple[str, str, str] | None = None  # (head, category, metric) of a total that opened a list: "...:"


@dataclass(slots=True)
class SentenceReading:
    """One sentence as the grammar read it: its places, sources, counted mentions and verbs."""

    index: int
    sentence: Sentence
    places: list[PlaceMention]
    attributions: list[Attribution]  # resolved: no pronoun left
    named_sources: list[str]  # the sources it names anew
    mentions: list[Mention]  # counted (or vaguely counted: "dozens of drones")
    bare: list[Mention]  # named without a number ("a fire broke out"): figures of their own, no context
    triggers: list[Trigger]
    spans: dict[int, tuple[int, int]]  # id(mention) -> character span of the list it belongs to
    actor: str = ""  # the attacking side the sentence names ("Russia launched"), if any


def enter_sentence(ctx: ArticleContext, sentence: Sentence, date_cue: str) -> None:
    """As a sentence starts: a new paragraph forgets its place and date cue; the sentence's own date cue, if
    any, replaces the running one."""
    if sentence.paragraph != ctx.paragraph:
        ctx.previous_place = ctx.paragraph_place or ctx.previous_place
        ctx.paragraph, ctx.paragraph_place, ctx.date_cue = sentence.paragraph, None, ""
    if date_cue == SAME_DAY:
        date_cue = ctx.last_date_cue
    if date_cue:
        ctx.date_cue = ctx.last_date_cue = date_cue


def remember(ctx: ArticleContext, reading: SentenceReading, launched: list[Launch]) -> None:
    """After a sentence: its last target place and capital, its counted mentions, sources and launches."""
    for place in reading.places:
        if place.role == "target" and (place.place is not None):
            ctx.paragraph_place = place
            ctx.recent_places.append(place.place)
            del ctx.recent_places[:-RECENT_PLACES]
            if place.place.place_type == "city" and place.place.name in CAPITALS.values():
                ctx.capital = place.place
            if reading.sentence.headline and ctx.headline_place is None:
                ctx.headline_place = place
            if is_heading(reading.sentence):
                ctx.section_place = place
    ctx.mentions.extend((reading.index, m) for m in reading.mentions if m.head)
    ctx.sources.extend(reading.named_sources)
    named = [a.source for a in reading.attributions if not a.outlet] or [a.source for a in reading.attributions]
    ctx.sentence_sources.append(named)  # an outlet passing a report on counts only when nobody else is named
    ctx.launched.extend(launched)
    counted = []  # what a sentence opening a list counts: "air defence downed 431 air targets:"
    if reading.sentence.text.rstrip().endswith(":"):
        counted = [m for m in reading.mentions if m.head and m.metrics and m.quantity.value is not None]
    if counted:
        ctx.list_metric = (counted[-1].head, *counted[-1].metrics[0])
    elif not is_list_line(reading.sentence):
        ctx.list_metric = None


LIST_MARKS = ("-", "–", "—", "•", "*", "·")


def is_list_line(sentence: Sentence) -> bool:
    """A line of a list: a whole paragraph opening with a dash or bullet ("- 2 Kinzhal missiles;")."""
    return sentence.text.lstrip().startswith(LIST_MARKS)


def is_heading(sentence: Sentence) -> bool:
    """A section heading line ("Donetsk region"): a whole short paragraph without a full stop."""
    return not sentence.text.endswith((".", "!", "?", ":", ";")) and len(sentence.text.split()) <= 5
