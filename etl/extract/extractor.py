"""The grammar's steps composed: article text in, figures out."""

from __future__ import annotations

import re
from functools import partial

from ..lexicon import Lexicon, load_lexicon
from ..places import Gazetteer, default_gazetteer
from .agents import disruption_agent
from .anaphors import resolve_anaphors
from .attribution import Attribution, find_attributions
from .bare import bare_mentions
from .completion import attribute, complete, within
from .context import (
    ENTRY_STAMP,
    ArticleContext,
    Grammar,
    SentenceReading,
    enter_sentence,
    make_grammar,
    named_surname,
    note_story_day,
    remember,
    titled_region,
)
from .datecues import COMPARED_SPANS, compares, find_dateline
from .dating import spoken_day_only
from .figures import Extraction, Figure, evolve, launches, sentence_figures
from .lines import opens_list
from .lists import list_span
from .mentions import find_mentions
from .merge import merge_restatements
from .placenames import PlaceMention, find_places
from .resolve import resolve_sources
from .sides import actor_side
from .stamps import CLOCK_STAMP, clock_cues, updated_cue
from .tokens import Sentence, opens_with, segment
from .turns import turn_labels, turn_speaker
from .verbs import find_triggers

CREDIT_WORDS = 8  # "Photo: SES in Kharkiv region" names no scene (a longer caption tells one)
ALL_WORD = re.compile(r"\ball\b")  # "all were shot down": a figure told by its whole, with no number


class Extractor:
    """The lexicon and gazetteer loaded once, and the grammar run over one article at a time."""

    def __init__(self, lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None):
        self.lex = lexicon or load_lexicon()
        self.gazetteer = gazetteer or default_gazetteer()
        self.grammar = make_grammar(self.lex, self.gazetteer)

    def extract(self, text: str, title: str = "", publisher: str = "") -> Extraction:
        """The figures of an article's body; ``publisher`` is who published it (its front matter's `source`)."""
        grammar, lex = self.grammar, self.lex
        sentences = segment(text, title, self.lex)
        stamps = [s for s in sentences if ENTRY_STAMP.match(s.text)]
        clocks = [] if len(stamps) >= 2 else [s for s in sentences if CLOCK_STAMP.match(s.text)]  # (past the page's
        stamps = stamps if len(stamps) >= 2 or len(clocks) < 2 else []  # own dated stamp: its entries' clock times)
        ctx = ArticleContext(entry_stamps=len(stamps) >= 2 or len(clocks) >= 2, publisher=publisher.strip().lower())
        if ctx.entry_stamps and not stamps:
            above = [s.text for s in sentences if s.start < clocks[0].start]
            cues = clock_cues([s.text for s in clocks], lex.time_zone_hours, updated_cue(above, grammar.date_cue))
            ctx.clock_cues = {s.start: cue for s, cue in zip(clocks, cues, strict=True)}
        if ctx.entry_stamps:  # a live page's summary, above its entries, speaks of the latest: the first stamp's day
            ctx.section_date_cue = grammar.date_cue(stamps[0].text) if stamps else ctx.clock_cues[clocks[0].start]
        ctx.turn_labels = turn_labels(sentences, lex, self.gazetteer)
        found: list[list[Figure]] = []
        faults: list[str] = []
        for index, sentence in enumerate(sentences):
            date_cue = grammar.date_cue(sentence.text)
            enter_sentence(ctx, sentence, date_cue, lex)
            try:
                reading = read_sentence(index, sentence, ctx, grammar)
                figures = sentence_figures(reading, ctx, grammar)
            except Exception as err:  # a grammar bug on one sentence costs that sentence, not the article
                faults.append(f"sentence at characters {sentence.start}-{sentence.end} skipped ({describe(err)})")
                reading, figures = skipped(index, sentence), []
            note_story_day(ctx, sentence, date_cue, lex)
            spoken = (  # (asked only while the attack's day may still be told)
                bool(date_cue and reading.mentions)
                and not ctx.day_counted
                and spoken_day_only(sentence.text, lex, grammar.dates)
            )
            remember(ctx, reading, launches(index, figures), grammar.lex, spoken)
            found.append(figures)
        attributed = attribute(sentences, found, ctx.sentence_sources, self.lex, publisher, title, self.gazetteer)
        figures = complete(attributed, self.lex, self.gazetteer)
        story_cue = ctx.story_cue or ctx.day_story_cue
        figures = date_by_article(figures, grammar.date_cue(title) if title else "", story_cue)
        merged = merge_restatements(figures, partial(within, self.gazetteer))
        return Extraction(merged, find_dateline(text, self.lex, grammar.dates), tuple(faults))


def describe(err: Exception) -> str:
    return f"{err.__class__.__name__}: {str(err)[:200]}"


def skipped(index: int, sentence: Sentence) -> SentenceReading:
    """What the running context learns from a sentence the grammar failed on: nothing."""
    return SentenceReading(index, sentence, [], [], [], [], [], [], {})


def date_by_article(figures: list[Figure], title_cue: str, story_cue: str = "") -> list[Figure]:
    """Figures whose paragraph names no day take the article's: the day of the night its lead tells of ("the
    night from Saturday to Sunday"), else of its first figure (the lead's "overnight"), else its title's cue
    ("... over past day")."""
    lead = next((f for f in figures if not f.headline and not f.bare), None)
    article_cue = story_cue or (lead.date_cue if lead is not None else "") or title_cue
    if not article_cue:
        return figures
    return [f if f.date_cue else evolve(f, date_cue=article_cue) for f in figures]


def read_sentence(index: int, sentence: Sentence, ctx: ArticleContext, grammar: Grammar) -> SentenceReading:
    """Places, resolved sources, counted mentions and verbs of one sentence (none where it is excluded: a
    war-long tally, a prisoner exchange...)."""
    lex = grammar.lex
    credit = len(sentence.tokens) <= CREDIT_WORDS and opens_with(sentence.text, lex.credit_labels)
    places = [] if credit else find_places(sentence, grammar.gazetteer, lex)
    if ctx.surnames:  # "one person was injured, Gusev said": the governor named in full before, not the town
        places = [p for p in places if p.text not in ctx.surnames]
    if places and ctx.publisher and ctx.publisher in sentence.lower:  # "The Kyiv Independent": a name, no place
        places = [p for p in places if not inside_name(p, sentence, ctx.publisher)]
    resolve_anaphors(places, ctx.recent_places, grammar.gazetteer, lex)
    found = find_attributions(sentence, lex)
    if found and places:  # "10:30 – Kherson: 1 dead": a place heading its line is no speaker
        found = [a for a in found if not labels_place(a, sentence, places)]
    if not found and ctx.turn_labels and sentence.start == ctx.paragraph_start:
        turn = turn_speaker(sentence, ctx.turn_labels, lex)  # "Terekhov: As of now, four people are dead."
        found = [turn] if turn is not None else []
    if not found and ctx.surnames and ":" in sentence.text[:40]:  # "06:10. Filatov: in Dnipro, a drone hit ..."
        turn = turn_speaker(sentence, ctx.surnames, lex)  # (the mayor named in full before)
        found = [turn] if turn is not None else []
    if found and places:  # "Governor Alexander Gusev reported": a surname, not the town of Gusev
        names = {named_surname(a.source, lex.person_words) for a in found} - {""}
        places = [p for p in places if p.text not in names]
    for place in places if found else ():  # "the governor of the Kharkiv region said": where the speaker is from
        owned = place.role == "owner" and place.anaphor  # "the head of the city's military administration"
        # (a place inside a speaker's name, or overlapping it: "The Kyiv regional administration")
        if (place.role in ("target", "actor") or owned) and any(
            a.source_start < place.end and place.start < a.source_end for a in found
        ):
            place.role = "reporter"
            place.place = titled_region(sentence, place, grammar.gazetteer, lex) or place.place  # "Odesa regional"
    attributions, named = resolve_sources(found, ctx.sources, lex)
    excluded = lex.any_exclusion.search(sentence.lower) is not None and is_excluded(sentence.lower, lex)
    mentions = [] if excluded else find_mentions(sentence, lex, ctx.mentions, index)
    bare = [] if excluded else bare_mentions(sentence, mentions, lex)
    opener = opens_list(sentence)  # its verb may be its list's ("used the following:")
    triggers = find_triggers(sentence, lex) if mentions or bare or opener or ALL_WORD.search(sentence.lower) else []
    if not found and triggers and (agent := disruption_agent(sentence, triggers, lex, grammar.gazetteer)):
        found = [agent]  # "Rosaviatsiya closed Kazan airport" (and "Russia's aviation agency" is no actor)
        attributions, named = resolve_sources(found, ctx.sources, lex)
    spans = {id(m): list_span(m, mentions, sentence.tokens) for m in mentions}
    speakers = [(a.source_start, a.source_end) for a in found] if mentions or bare else []
    actor = actor_side(sentence, lex, speakers) if mentions or bare else ""
    return SentenceReading(index, sentence, places, attributions, named, mentions, bare, triggers, spans, actor, opener)


def labels_place(found: Attribution, sentence: Sentence, places: list[PlaceMention]) -> bool:
    """Whether an attribution is a line's label before a colon that is all a place's name ("Kherson: ...")."""
    if sentence.text[found.start - sentence.start : found.end - sentence.start] != ":":
        return False
    return any(p.start == found.source_start and p.end == found.source_end for p in places)


def inside_name(place: PlaceMention, sentence: Sentence, name: str) -> bool:
    """Whether a place mention lies inside an occurrence of ``name`` (lower case) in the sentence, and is not
    all of it (a site called "Odesa" still names Odesa)."""
    if place.end - place.start >= len(name):
        return False
    at = sentence.lower.find(name)
    while at >= 0:
        start = sentence.start + at
        if start <= place.start and place.end <= start + len(name):
            return True
        at = sentence.lower.find(name, at + 1)
    return False


def is_excluded(lower: str, lex: Lexicon) -> bool:
    """Whether a sentence tells a war-long tally, a prisoner exchange, a crash... (exclusions.csv), not where
    its "since ..." only compares ("the largest attack on the capital since the beginning of the year")."""
    return any(not compares(lower, match, lex, TALLY_SPANS) for match in lex.any_exclusion.finditer(lower))


TALLY_SPANS = (*COMPARED_SPANS, "in the", "over the", "during the")  # "the largest attack in the past 12 months"


def extract(text: str, title: str = "", publisher: str = "") -> Extraction:
    """Figures of one article body (with the default lexicon and gazetteer)."""
    return _default_extractor().extract(text, title, publisher)


_EXTRACTOR: Extractor | None = None


def _default_extractor() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR
