"""What the grammar carries from sentence to sentence (ArticleContext) and what it read in one (SentenceReading).

The running text establishes things later sentences lean on: the antecedents of elliptical numbers, the
sources pronouns refer to, the date cue and place of the paragraph, the capital, what was launched (for "all
the drones were shot down"). One ArticleContext lives for one article and is passed to the steps that read it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import NamedTuple

from ..lexicon import Lexicon
from ..places import CAPITALS, Gazetteer, Place, contains
from .attribution import Attribution
from .datecues import DatePatterns, date_patterns, find_date_cue
from .heads import HARM_HEADS, Mention, match_head, names_attack
from .lines import LIST_MARKS, SECTION_LABEL, is_heading, is_list_line, is_note
from .placenames import PlaceMention
from .quantities import Quantity
from .source_phrases import is_source_noun
from .stamps import CLOCK_STAMP, PAGE_DAY
from .tokens import Sentence, Token, is_teaser, opens_with
from .verbs import Trigger

ENTRY_STAMP = re.compile(  # a live page's entry stamp: a day, a month, perhaps a year, and a clock time
    r"\s*(?:[A-Z][a-z]{2,8},?\s+)?"  # a weekday first ("Wed 9 Jul 2025 07.48 BST")
    r"(?:(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)(?:\s+\d{4})?\s*[-–—,|]?\s*\d{1,2}[:.]\d{2}"
    r"|(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d\d-\d\d)[\sT,|]*\(?\d{1,2}:\d{2}\)?)"  # "19.07.2026 (23:41)"
    r"(?:\s*(?:[A-Z]{3,4}|a\.m\.|p\.m\.|am|pm))?\s*$"  # a time zone (GMT, BST, EEST, MSK) or half of the day
)
STAMP = re.compile(r"\b(?:19|20)\d\d\b|\d:\d\d")  # a year or a clock time: a page's date stamp
CLOCK_LINE = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*$")  # a post's time alone on its line ("18:42"): within the day
QUOTATION_PARAGRAPH = re.compile(r'\s*(?:Quote:\s*)?["“«]')  # a paragraph quoting the statement before it
SAME_DAY = "same"  # the cue of "on that day": the day named last
SAME_NIGHT = "same_night"  # the cue of "that night": the night named last, else the day named last
NIGHT_WORDS = ("night", "overnight")
NAMED_DAY = ("weekday:", "last_weekday:", "month_day:", "date:", "day_of_month:")  # cues that name a day
STATED_DAY = (*NAMED_DAY, "day:")  # and "last night", "today": a statement's day its quotation keeps
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
    location: str = ""  # where they were launched at, as written ("Kyiv"), and its gazetteer name
    place: str = ""
    qualifier: str = "exact"  # "around 28 cruise missiles": all of them were around 28 too


@dataclass(slots=True)
class ArticleContext:
    """What the text has established so far; ``enter_sentence`` and ``remember`` are its only writers."""

    mentions: list[tuple[int, Mention]] = field(default_factory=list)  # (sentence index, mention), counted ones
    sources: list[str] = field(default_factory=list)  # the sources named so far, in order
    date_cue: str = ""  # the last sentence-level date cue of the current paragraph
    last_date_cue: str = ""  # the last date cue of the article, for "on that day"
    last_night_cue: str = ""  # the last day named with a night ("overnight into Tuesday"), for "that night"
    section_date_cue: str = ""  # the day of the section heading over the current paragraph ("Tuesday, 4 February")
    paragraph_day_cue: str = ""  # the day of an attack an earlier sentence of the paragraph named ("Tuesday's attack")
    section_awaits_day: bool = False  # a heading without a day ("Background:") opened a section: its attack's day
    story_cue: str = ""  # the weekday the lead's attack is on ("struck early on Saturday"), for "overnight"
    body_counted: bool = False  # a figure was counted below the headlines
    day_counted: bool = False  # one was, dated otherwise than by the day it was told ("said on Monday")
    day_story_cue: str = ""  # the day of a lead's attack by day ("on Tuesday afternoon"), for figures naming none
    entry_stamps: bool = False  # the page is a live page: its dated entry stamps date their entries
    clock_cues: dict[int, str] = field(default_factory=dict)  # a clock stamp's start -> its day (stamps.clock_cues)
    paragraph: int = -1
    paragraph_start: int = 0  # where the current paragraph's first sentence starts
    paragraph_place: PlaceMention | None = None  # the last target place of the current paragraph
    paragraph_actor: str = ""  # the attacking side a sentence of the current paragraph named ("Russia fired ...")
    capital: Place | None = None  # the last capital named as a target
    recent_places: list[Place] = field(default_factory=list)  # the targets named so far (for "the city")
    section_place: PlaceMention | None = None  # the place of a heading line ("Donetsk region") over its section
    previous_place: PlaceMention | None = None  # the last target of the paragraph before
    previous_date_cue: str = ""  # the date cue the paragraph before ended with
    headline_place: PlaceMention | None = None  # the first target of the headline
    airport_place: PlaceMention | None = None  # the last airport named as a target ("closed Vilnius airport")
    launched: list[Launch] = field(default_factory=list)
    sentence_sources: list[list[str]] = field(default_factory=list)  # the resolved sources of each sentence
    list_metric: tuple[str, str, str] | None = None  # (head, category, metric) of a total that opened a list: "...:"
    list_verbs: tuple[str, ...] = ()  # the verb classes of a sentence that opened a list ("used the following:")
    list_place: PlaceMention | None = None  # the place the sentence that opened a list named last
    list_date_cue: str = ""  # the day in force where a list opened ("over the past day:"): its lines' day
    list_opener: int = -1  # the index of the sentence that opened the list in force, if any
    turn_labels: frozenset[str] = frozenset()  # who speaks in the turns of a transcript ("Terekhov:")
    surnames: set[str] = field(default_factory=set)  # last words of the people named ("Gusev" is no town then)
    publisher: str = ""  # who published the page, lower case: its masthead ("The Kyiv Independent") names no place


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
    opens_list: bool = False  # it opens a list ("used the following:", "List of damaged buildings")


def enter_sentence(ctx: ArticleContext, sentence: Sentence, date_cue: str, lex: Lexicon) -> None:
    """As a sentence starts: a new paragraph forgets its place and date cue (keeping its section heading's day,
    "Tuesday, 4 February", for a quotation the day of the statement it quotes, and for a sequel of the attack
    just told, "As a result of the attack, ...", that attack's day); the sentence's own date cue, if any,
    replaces the running one."""
    if sentence.paragraph != ctx.paragraph:
        ctx.previous_place = ctx.paragraph_place or ctx.previous_place
        ctx.previous_date_cue, ctx.paragraph_start = ctx.date_cue, sentence.start
        # a quotation after a statement that named its day is that statement's ("On the evening of February 3,
        # ... said Vilkul. / "A man was killed ..."); any other paragraph starts afresh
        quoting = ctx.date_cue.startswith(STATED_DAY) and QUOTATION_PARAGRAPH.match(sentence.text) is not None
        sequel = opens_sequel(sentence.lower, lex)  # "As a result of the attack, a substation ..."
        carried = ctx.date_cue if quoting or sequel else ctx.list_date_cue if is_list_line(sentence) else ""
        ctx.paragraph, ctx.paragraph_place, ctx.date_cue = sentence.paragraph, None, carried or ctx.section_date_cue
        ctx.paragraph_day_cue = ""
        ctx.paragraph_actor = ""
        if ctx.entry_stamps and ENTRY_STAMP.match(sentence.text):  # "4 Jul 2025 - 08:40 GMT" over a live entry
            ctx.section_date_cue = ctx.date_cue = date_cue
        elif ctx.entry_stamps and (clock := CLOCK_STAMP.match(sentence.text)):  # "16.05 GMT": its day from the
            # page's clocks; a bare "18:42" under a day's heading ("11 November") is that day's
            dated = ctx.section_date_cue and not ctx.section_date_cue.startswith("day:")
            if clock["zone"] or clock["half"] or not dated:
                ctx.section_date_cue = ctx.date_cue = ctx.clock_cues.get(sentence.start, PAGE_DAY)
        elif (
            is_heading(sentence) and (date_cue or not ctx.entry_stamps) and not CLOCK_LINE.match(sentence.text)
        ):  # a live page's headings keep the day
            # of their entry (or summary); a date stamp of the page ("29 September 2023, 10:39") heads no section
            stamp = STAMP.search(sentence.text) is not None
            ctx.section_date_cue = ctx.date_cue = "" if stamp or date_cue in (SAME_DAY, SAME_NIGHT) else date_cue
        if SECTION_LABEL.fullmatch(sentence.text.strip()):  # "Background:": a section telling an attack
            ctx.section_awaits_day = True
        elif is_heading(sentence):
            ctx.section_awaits_day = False
    if (
        ctx.section_awaits_day
        and date_cue.startswith(NAMED_DAY)
        and not sentence.text.startswith(LIST_MARKS)  # (each item of a list is a story of its own)
        and names_attack(sentence.tokens, lex)
    ):
        ctx.section_date_cue, ctx.section_awaits_day = date_cue, False  # "Russian forces attacked Odesa Oblast on
        # Saturday 13 December.": the day of the section's paragraphs that name none
    if date_cue.startswith(NAMED_DAY) and names_attack(sentence.tokens, lex):
        # "Tuesday's attack targeted the south. ... 19 missiles overnight" (not "on Saturday evening ... Overnight,",
        # the night after it)
        day_part = any(word in sentence.lower for word in lex.day_parts)
        ctx.paragraph_day_cue = "" if day_part else date_cue
    if date_cue in (SAME_DAY, SAME_NIGHT):
        date_cue = same_day(ctx, date_cue)
    if date_cue:
        ctx.date_cue = ctx.last_date_cue = date_cue
        if date_cue.startswith(NAMED_DAY) and any(word in sentence.lower for word in NIGHT_WORDS):
            ctx.last_night_cue = date_cue  # "overnight into Tuesday"


def opens_sequel(lower: str, lex: Lexicon) -> bool:
    """Whether a paragraph's first sentence goes on about the attack just told: it opens with an attack_sequel,
    or with one after the place it is about ("In Kyiv, the attack killed four people")."""
    if lower.startswith(lex.attack_sequels):
        return True
    intro = PLACE_INTRO.match(lower)
    return intro is not None and lower.startswith(lex.attack_sequels + lex.attack_subjects, intro.end())


PLACE_INTRO = re.compile(r"in (?:the )?[\w' -]{1,40}?, ")  # "In Kyiv, ", "In the Kyiv region, "


def same_day(ctx: ArticleContext, cue: str) -> str:
    """The day "that day" or "the same night" points back to ("in hospital on Wednesday" is no night)."""
    return (ctx.last_night_cue if cue == SAME_NIGHT else "") or ctx.last_date_cue


def note_story_day(ctx: ArticleContext, sentence: Sentence, date_cue: str, lex: Lexicon) -> None:
    """The story's day, from a lead naming its attack with a day: at night ("early on Saturday": its
    "overnight" is the night into that day) or by day ("on Tuesday afternoon": the day of figures naming none)."""
    if not ctx.story_cue and not ctx.body_counted and may_date_story(sentence, date_cue, lex.night_words, lex):
        if names_attack(sentence.tokens, lex):
            ctx.story_cue = date_cue
    elif not ctx.day_story_cue and not ctx.day_counted and may_date_story(sentence, date_cue, lex.day_parts, lex):
        harm = names_attack(sentence.tokens, lex, HARM_HEADS)  # "the deaths of civilians ... on Wednesday afternoon"
        if harm or lex.any_trigger.search(sentence.lower) is not None:  # "Russian forces struck X on Sunday afternoon"
            ctx.day_story_cue = date_cue


def may_date_story(sentence: Sentence, date_cue: str, times: frozenset[str], lex: Lexicon) -> bool:
    """Whether a sentence's cue may be the story's day: a day named with a time of day of ``times`` (the night:
    "early on Saturday", "on the night of September 17"; or the day: "on Tuesday afternoon"; not "on Saturday",
    which may be a day's attack after a night's), not in an item of a list (each item is a story of its own);
    the caller checks that no figure was counted before and that the sentence names an attack ("Russia struck
    the grid with drones early on Saturday")."""
    return (
        date_cue.startswith(NAMED_DAY)
        and not sentence.text.startswith(LIST_MARKS)
        and names_time(sentence.tokens, times, lex)
    )


TIME_REACH = 4  # words from a weekday to its time of day ("in the early hours of Saturday", "Saturday night")


def names_time(tokens: list[Token], times: frozenset[str], lex: Lexicon) -> bool:
    """Whether a day the sentence names is told with a time of day of ``times`` ("early on Saturday",
    "overnight into Sunday", "Saturday night", "on the night of September 17", "Tuesday afternoon"), not only a
    day ("on Saturday, as drones struck Kharkiv overnight")."""
    for k, token in enumerate(tokens):
        if token.lower.startswith(lex.weekdays) or token.lower.rstrip(".") in lex.months:  # ("Saturday's" too)
            window = tokens[max(0, k - TIME_REACH) : k + 2]
            if any(t.lower in times for t in window):
                return True
    return False


def speakers_in(sentence: Sentence, place: PlaceMention, lex: Lexicon) -> bool:
    """Whether a reporter's place is one the next sentences may call "the city" or "the region" ("officials in
    the nearby city of Enerhodar", "the mayor of Kharkiv"): named, not an anaphor, and no regional title's town
    ("Lipetsk Governor" is the Lipetsk region's)."""
    if place.place is None or place.anaphor or place.place.place_type not in ("city", "region"):
        return False
    return place.place.place_type == "region" or not regional_title_after(sentence, place, lex)


def token_after(sentence: Sentence, place: PlaceMention) -> int:
    """The index of the token right after a place name (the number of tokens when it ends the sentence)."""
    return next((i for i, t in enumerate(sentence.tokens) if t.start >= place.end), len(sentence.tokens))


def regional_title_after(sentence: Sentence, place: PlaceMention, lex: Lexicon) -> bool:
    """Whether a regional title follows a place name ("Lipetsk Governor", "the Odesa regional administration")."""
    k = token_after(sentence, place)
    return k < len(sentence.tokens) and sentence.tokens[k].lower in lex.regional_titles


def titled_region(sentence: Sentence, place: PlaceMention, gazetteer: Gazetteer, lex: Lexicon) -> Place | None:
    """The region a city's name stands for in a regional title of a body ("the Odesa regional military
    administration", "Lipetsk Governor"), or None: a federal city is its own region ("Sevastopol governor"), and
    a regional institution lies in its city ("the Kherson Regional Clinical Hospital")."""
    if place.place is None or place.place.place_type != "city" or place.anaphor:
        return None
    tokens, k = sentence.tokens, token_after(sentence, place)
    if k == len(tokens) or tokens[k].lower not in lex.regional_titles:
        return None
    title = tokens[k]  # a governor, an OVA, or a regional body ("regional military", "regional police")
    office = title.lower in lex.person_words or title.text.isupper()
    if not office and not (k + 1 < len(tokens) and is_source_noun(tokens[k + 1], lex)):
        return None
    region = gazetteer.lookup(f"{place.place.name} region")
    return region if region is not None and region.place_type == "region" else None


def remember(
    ctx: ArticleContext, reading: SentenceReading, launched: list[Launch], lex: Lexicon, spoken: bool = False
) -> None:
    """After a sentence: its last target place and capital, its counted mentions, sources and launches, the
    surnames of the people it names (the lexicon's person words tell a person: "governor", "mayor")."""
    person_words = lex.person_words
    placed = False  # whether the sentence names a target the gazetteer knows
    capital = None  # the last "the capital" it targets
    for place in reading.places:
        if (
            place.role == "reporter"
            and place.place is not None
            and speakers_in(reading.sentence, place, lex)
            and not any(a.source_start == place.start and a.source_end == place.end for a in reading.attributions)
        ):  # (not "Moscow said": a government by its capital's name)
            ctx.recent_places.append(place.place)  # "Officials in Enerhodar said ... attacks on the city"
            del ctx.recent_places[:-RECENT_PLACES]
        if place.role == "target" and place.place is None and place.capital_side:
            capital = place
        if place.role == "target" and (place.place is not None):
            told = ctx.paragraph_place.place if placed and ctx.paragraph_place is not None else None
            if told is None or not contains(place.place, told):  # "attacked Nizhyn in Chernihiv region": the
                ctx.paragraph_place = place  # town, the most specific, stays the paragraph's place
            placed = True
            ctx.recent_places.append(place.place)
            del ctx.recent_places[:-RECENT_PLACES]
            if place.place.place_type == "city" and place.place.name in CAPITALS.values():
                ctx.capital = place.place
            if reading.sentence.headline and ctx.headline_place is None:
                ctx.headline_place = place
            if place.place.place_type == "facility" and "airport" in place.place.name.lower():
                ctx.airport_place = place
            if is_heading(reading.sentence):
                ctx.section_place = place
    if not placed and capital is not None:
        ctx.paragraph_place = capital  # "launched three missiles at the capital. Two of them were shot down"
    elif not placed and (country := next((p for p in reading.places if p.anaphor == "country"), None)):
        ctx.paragraph_place = country  # "... over the east of the country. Hits were recorded at six locations"
    if not placed and ctx.section_place is not None and opens_section(reading, lex):
        ctx.section_place = None  # "Kharkiv region" ... "What we know": a new section, of no place
    ctx.mentions.extend((reading.index, m) for m in reading.mentions if m.head)
    ctx.paragraph_actor = reading.actor or ctx.paragraph_actor
    in_body = bool(reading.mentions and not reading.sentence.headline)
    ctx.body_counted = ctx.body_counted or in_body
    ctx.day_counted = ctx.day_counted or (in_body and not spoken)  # ("UNICEF said on Monday ...": not the attack's)
    ctx.sources.extend(reading.named_sources)
    ctx.surnames.update(s for source in reading.named_sources if (s := named_surname(source, person_words)))
    named = [a.source for a in reading.attributions if not a.outlet] or [a.source for a in reading.attributions]
    ctx.sentence_sources.append(named)  # an outlet passing a report on counts only when nobody else is named
    ctx.launched.extend(launched)
    if reading.opens_list:  # "air defence downed 431 air targets:", "List of damaged buildings"
        counted = [m for m in reading.mentions if m.head and m.metrics and m.quantity.value is not None]
        if not counted and (unnumbered := opener_head(reading, lex)) is not None:
            counted = [unnumbered]  # "the most disconnected consumers were in the following regions:"
            ctx.mentions.append((reading.index, unnumbered))  # what its items count
        breakdown = not counted and not reading.triggers  # "Chronology of the mayor's reports:": of the count before
        breakdown = breakdown and not is_teaser(reading.sentence.text, lex.teasers)  # ("Related news:" lists others)
        if breakdown:
            counted = [
                m
                for i, m in ctx.mentions[-OPENER_REACH:]
                if reading.index - i <= OPENER_REACH and m.metrics and m.quantity.value is not None
            ][-1:]
        ctx.list_metric = (counted[-1].head or "", *counted[-1].metrics[0]) if counted else None
        ctx.list_verbs = tuple(c for t in reading.triggers for c in t.classes)
        ctx.list_opener = reading.index
        targets = [p for p in reading.places if p.role == "target" and p.place is not None]
        ctx.list_place = targets[-1] if targets else None
        # "On Thursday, 26 February, ... 74 attacks. / The breakdown by hromada:": the day of the total it breaks down
        named_day = ctx.previous_date_cue.startswith(NAMED_DAY) and reading.sentence.start == ctx.paragraph_start
        ctx.list_date_cue = ctx.date_cue or (ctx.previous_date_cue if named_day else "")
    elif ctx.list_opener >= 0 and not (  # a list is open (its opener set every list_ field)
        is_list_line(reading.sentence) or is_note(reading.sentence)
    ):
        ctx.list_metric, ctx.list_verbs, ctx.list_place, ctx.list_date_cue = None, (), None, ""
        ctx.list_opener = -1


OPENER_REACH = 3  # sentences back a list opener that counts nothing may take its items' count from


def opener_head(reading: SentenceReading, lex: Lexicon) -> Mention | None:
    """The unnumbered thing a list opener counts, with its metric ("the largest number of disconnected consumers
    was in the following regions:": consumers without power), as a mention its items can count; None when it
    names none its verbs give a metric (the regions are the items' labels, not what they count)."""
    tokens = reading.sentence.tokens
    classes = [c for t in reading.triggers for c in t.classes]
    for i in range(len(tokens) - 1, -1, -1):
        found = match_head(tokens, i, lex)
        if found is None or found[0][0] == "area":
            continue
        (head, weapon, model), end = found
        metric = next((m for c in classes if (m := lex.metric(head, c))), None)
        if metric is not None:
            return Mention(Quantity(i, i, i, None, "unspecified"), head, weapon, model, end, metrics=[metric])
    return None


def named_surname(source: str, person_words: frozenset[str]) -> str:
    """The surname of a source naming a person by office and name ("Governor Alexander Gusev", "Alexander
    Gusev, the governor", "the city's governor, Gennady Orlov": "Gusev", "Orlov"; not "Rosseti Kuban"), or ""."""
    if not any(w.strip(",") in person_words for w in source.lower().split()):
        return ""
    for part in source.split(",")[:2]:
        words = part.split()
        if len(words) >= 2 and all(w[:1].isupper() and w.isalpha() for w in words[-2:]):
            return words[-1]
    return ""


def opens_section(reading: SentenceReading, lex: Lexicon) -> bool:
    """Whether a sentence that names no place is a heading of its own that counts nothing ("What we know"), not a
    caption or a credit ("Photo: SES")."""
    sentence = reading.sentence
    return (
        not sentence.headline
        and not reading.mentions
        and is_heading(sentence)
        and not opens_with(sentence.text, lex.credit_labels)
        and sentence.text[:1].isupper()
    )
