"""Step 8 of the grammar: the figures of one sentence, each a mention with its metric, place, source,
attacker and date cue."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import Lexicon
from .attribution import source_for
from .breakdowns import describes_one_of_them
from .context import (
    SAME_DAY,
    SAME_NIGHT,
    ArticleContext,
    Grammar,
    Launch,
    SentenceReading,
    same_day,
)
from .datecues import STORY_NIGHT
from .dating import other_item_dated, own_day, page_day, story_night
from .heads import Mention, attacking_side, combine_weapons, family, match_head
from .implied import blocked, included_metrics, list_item_metrics
from .lines import is_list_line
from .lists import semicolon_item
from .parties import is_bare_side
from .place_choice import choose_place
from .placenames import PlaceMention, place_name
from .sides import weapons_side
from .source_phrases import WORD
from .tokens import Sentence, Token, phrase
from .verbs import choose_metrics, clause_bounds

WEAPON_PHRASE = 4  # words of "with guided aerial bombs" after a count
ALL_OF = re.compile(
    r"\b[Aa]ll\b(?: (?:of )?(?:the |these |those )?([\w-]+(?: (?!and\b)[\w-]+)?)(?: and (?:the )?([\w-]+))?)?"
)


@dataclass(frozen=True)
class Figure:
    """One reported figure before dates and coordinates are resolved."""

    category: str
    metric: str
    weapon: str
    weapon_model: str
    value: int | None
    qualifier: str
    location: str
    place: str
    place_explicit: bool
    attacker: str
    reported_by: str
    sentence: str
    char_start: int
    char_end: int
    date_cue: str
    headline: bool = False
    bare: bool = False  # named without any number ("a fire broke out")
    origin: str = ""  # where its sentence says the weapons came from ("launched from the Kursk region")
    source_rank: int = 0  # how well its own sentence names its source (stated_rank): 3 by name ... 0 not at all
    date_rank: int = 0  # 2: its own clause names the day, 1: its paragraph (or its headline) does, 0: neither
    continues: bool = False  # counts what a sentence before counted ("87 of them", "shot down 176")
    paragraph_actor: str = ""  # the attacking side a sentence before it in its paragraph named
    list_of: int = -1  # the sentence opening the list it is a line of ("Chronology of the mayor's reports:"), if any


def evolve(figure: Figure, **changes) -> Figure:
    """``dataclasses.replace`` for figures without its per-field work: every figure is copied several times
    on its way through the steps, and replace() was a tenth of extraction time."""
    copy = object.__new__(Figure)
    copy.__dict__.update(figure.__dict__, **changes)
    return copy


@dataclass(frozen=True)
class Extraction:
    figures: list[Figure]
    dateline: str  # date cue of a "KYIV, Dec 14 (Reuters)" dateline, or ""
    faults: tuple[str, ...] = ()  # sentences the grammar failed on and skipped, with why


def sentence_figures(reading: SentenceReading, ctx: ArticleContext, grammar: Grammar) -> list[Figure]:
    """Every figure of a sentence: one per metric of each mention, one more per place of "four each over X
    and Y", or the interceptions of "All the drones were shot down"."""
    figures: list[Figure] = []
    owned: set[int] = set()  # id() of the places a figure took
    for mention in reading.mentions:
        metrics = choose_metrics(
            reading.sentence, mention, reading.mentions, reading.triggers, reading.spans, grammar.lex
        )
        if not metrics and mention.antecedent is not None and inherits_metric(reading.sentence, mention, grammar.lex):
            # "126 over X;", "by 7 a.m. the count stood at 27", "it reported a further 23"
            metrics = [] if blocked(reading, mention, grammar.lex) else mention.antecedent.metrics[:1]
        if not metrics and (shared := semicolon_item(reading.sentence.tokens, mention, reading.mentions)):
            metrics = shared.metrics[:1]  # "launched 18 missiles from Voronezh; 22 drones from Kursk"
        if not metrics and (ctx.list_metric or ctx.list_verbs) and is_list_line(reading.sentence):
            metrics = list_item_metrics(mention, ctx, grammar.lex)  # "- 2 Kinzhal missiles;" under "... downed 431:"
        if not metrics and mention.head == "weapon":
            metrics = included_metrics(reading, mention, ctx, grammar.lex)  # "The missiles included 18 Kh-101s"
        if not metrics and mention.head == "weapon" and not reading.triggers:
            metrics = regional_breakdown(reading, mention, ctx, grammar.lex)  # "It listed 30 drones over the X region"
        if describes_one_of_them(reading, mention, metrics, grammar.lex):
            metrics = []  # "Four people were injured. One of them suffered shrapnel wounds": which one
        mention.metrics = metrics
        for category, metric in metrics:
            if mention.quantity.singular and category != "casualty":
                continue  # "a woman was left without power" is no count of outages
            place, explicit = choose_place(reading, mention, owned, ctx, metric, grammar.lex)
            figure = build_figure(reading, mention, category, metric, place, explicit, ctx, grammar)
            if "each" in mention.flags and place is not None and place.parts:  # "five each over the X and Y regions"
                label = grammar.gazetteer.label
                figures.extend(evolve(figure, location=part.name, place=label(part)) for part in place.parts)
                continue
            figures.append(figure)
            if "each" in mention.flags:  # "five each in the Rostov region and Crimea"
                for other in reading.places:
                    if other.role == "target" and other.start > figure.char_end and id(other) not in owned:
                        owned.add(id(other))
                        name = place_name(other, grammar.gazetteer, ctx.capital)
                        figures.append(evolve(figure, location=other.text, place=name))
    figures.extend(anaphoric_all(reading, ctx, figures, grammar.lex))
    for mention in reading.bare:  # each in the sentence's context as if it stood alone among the numbers
        alone = replace(
            reading,
            mentions=[*reading.mentions, mention],
            spans={**reading.spans, id(mention): bare_span(mention, reading.sentence)},
        )
        for category, metric in choose_metrics(
            alone.sentence, mention, alone.mentions, alone.triggers, alone.spans, grammar.lex
        )[:1]:
            place, explicit = choose_place(alone, mention, set(), ctx, metric, grammar.lex)
            figures.append(
                evolve(build_figure(alone, mention, category, metric, place, explicit, ctx, grammar), bare=True)
            )
    return figures


def clause_weapon(reading: SentenceReading, mention: Mention, start: int, end: int, lex: Lexicon) -> tuple[str, str]:
    """The weapon an unnumbered weapon noun of a clause names ("with drones", "Drones ... carried out"), when it
    names exactly one."""
    tokens = reading.sentence.tokens
    counted = {k for m in reading.mentions for k in range(m.quantity.first, max(m.head_end, m.quantity.last))}
    for m in reading.mentions:  # "8 airstrikes with guided bombs": those bombs are that count's
        if m is not mention and phrase(tokens, m.head_end, 1) in ("with", "using", "by"):
            counted.update(range(m.head_end, m.head_end + WEAPON_PHRASE))
    nouns: list[tuple[tuple[str, str], int]] = []  # (weapon, model) of each weapon noun, and where it ends
    for k, token in enumerate(tokens):
        if start <= token.start < end and k not in counted:
            head = match_head(tokens, k, lex)
            if head is not None and head[0][0] == "weapon":
                if nouns and nouns[-1][1] == k:  # "Shahed drones": one noun, not a model's and a plain one
                    nouns[-1] = combine_weapons(nouns[-1][0], head[0][1:]), head[1]
                else:
                    nouns.append((head[0][1:], head[1]))
    named = {weapon_and_model for weapon_and_model, _ in nouns}
    if len({weapon for weapon, _ in named}) != 1:
        return "", ""
    return named.pop() if len(named) == 1 else (next(iter(named))[0], "")  # "FPV drones and a Lancet": no model


BRACKET_REACH = 4  # words before a bracket that may name what its count counts: "FPV drone attacks (9 explosions)"


def bracketed_weapon(tokens: list[Token], first: int, lex: Lexicon) -> tuple[str, str] | None:
    """'KAB strikes (3 explosions), FPV drone attacks (5 explosions)': a count in brackets counts the weapon
    named right before them, whatever else its clause names; None when no weapon stands there."""
    if first == 0 or tokens[first - 1].text != "(":
        return None
    for k in range(first - 2, max(-1, first - 2 - BRACKET_REACH), -1):
        if tokens[k].text in (",", ";", ":", ".", ")"):
            return None
        head = match_head(tokens, k, lex)
        if head is not None and head[0][0] == "weapon":
            if k and (before := match_head(tokens, k - 1, lex)) is not None and before[0][0] == "weapon":
                return combine_weapons(before[0][1:], head[0][1:])  # "Shahed drone strike (1 explosion)"
            return head[0][1:]
    return None


@lru_cache(maxsize=4096)  # asked of every figure
def stated_rank(source: str, lex: Lexicon) -> int:
    """How well a figure's own sentence names its source: 3 by name ("Governor Ivan Fedorov", "the Air Force"),
    2 as one body or person unnamed ("Ukraine's air force", "he"), 1 as a group ("Ukrainian officials"), 0 not at
    all or only by side ("Russia said"). A restatement that names its source better gives the figure its source."""
    if not source or is_bare_side(source, lex):
        return 0
    words = WORD.findall(source)
    if any(w[:1].isupper() and w.lower() not in lex.sides for w in words):
        return 3
    last = words[-1].lower() if words else ""
    return 1 if last in lex.group_sources or last in lex.sides else 2


def bare_span(mention: Mention, sentence: Sentence) -> tuple[int, int]:
    tokens = sentence.tokens
    return tokens[mention.quantity.first].start, tokens[mention.head_end - 1].end


def build_figure(
    reading: SentenceReading,
    mention: Mention,
    category: str,
    metric: str,
    place: PlaceMention | None,
    explicit: bool,
    ctx: ArticleContext,
    grammar: Grammar,
) -> Figure:
    sentence = reading.sentence
    tokens = sentence.tokens
    q = mention.quantity
    span_start = tokens[q.first].start
    span_end = tokens[max(mention.head_end, q.last) - 1].end
    clause_start, clause_end = clause_bounds(sentence, span_start, grammar.lex)
    cue = grammar.date_cue(sentence.text[clause_start - sentence.start : clause_end - sentence.start])
    if cue == "range":  # "184 drones overnight into 4 May, 524 overnight into 5 May": each item its own day
        cue = own_day(reading, mention, grammar) or cue
    if cue in (SAME_DAY, SAME_NIGHT):
        cue = same_day(ctx, cue)
    if cue in ("day:0", STORY_NIGHT) and ctx.entry_stamps and ctx.section_date_cue:
        cue = ctx.section_date_cue  # "overnight" in a live entry stamped 4 July: the night before the 4th
    else:
        cue = story_night(cue, ctx)
    # "..., two injured; pensioner wounded on Saturday dies": a headline's other item names another story's day
    elsewhere_in_headline = (
        sentence.headline
        and not cue
        and ";" in sentence.text.rstrip("; .")
        and other_item_dated(sentence, span_start, grammar)
    )
    weapon_kind = category in ("strike", "interception")
    source = source_for(reading.attributions, span_start)
    weapon, model = mention.weapon, mention.model
    if metric == "strikes" and not weapon:  # "struck the city with drones six times": strikes by drones
        weapon, model = bracketed_weapon(tokens, mention.quantity.first, grammar.lex) or clause_weapon(
            reading, mention, clause_start, clause_end, grammar.lex
        )
    return Figure(
        category=category,
        metric=metric,
        weapon=weapon if weapon_kind else "",
        weapon_model=model if weapon_kind else "",
        value=q.value,
        qualifier=q.qualifier if q.value is not None else "unspecified",
        location=place.text if place else "",
        place=place_name(place, grammar.gazetteer, ctx.capital),
        place_explicit=explicit,
        attacker=attacking_side(mention) or weapons_side(tokens, span_start, grammar.lex) or reading.actor,
        reported_by=source,
        source_rank=stated_rank(source, grammar.lex),
        sentence=sentence.text,
        char_start=span_start,
        char_end=span_end,
        date_cue="" if elsewhere_in_headline else page_day(sentence, ctx, grammar.lex, cue),
        date_rank=1
        if sentence.headline and cue
        else 2
        if cue
        else 1
        if ctx.date_cue and not elsewhere_in_headline
        else 0,
        headline=sentence.headline,
        origin=next((p.place.name for p in reading.places if p.role == "origin" and p.place is not None), ""),
        continues="antecedent" in mention.flags or counts_part_of_earlier(mention),
        paragraph_actor=ctx.paragraph_actor,
        list_of=ctx.list_opener if ctx.list_opener >= 0 and is_list_line(sentence) else -1,
    )


def counts_part_of_earlier(mention: Mention) -> bool:
    """'287 of the drones': a part of weapons counted before (its total is no number of its own sentence)."""
    return mention.head == "weapon" and "partitive" in mention.flags and mention.total_of is None


def regional_breakdown(
    reading: SentenceReading, mention: Mention, ctx: ArticleContext, lex: Lexicon
) -> list[tuple[str, str]]:
    """The interception metric of the sentence before, for weapons counted over a place in a sentence with no verb
    of its own ("18 drones were intercepted over the Smolensk region. The ministry also listed 30 drones over
    the Bryansk region, 15 over ..."): the same count, broken down by region."""
    tokens = reading.sentence.tokens
    if phrase(tokens, mention.head_end, 1) not in lex.place_prepositions or mention.head_end + 1 >= len(tokens):
        return []
    after = tokens[mention.head_end + 1].start  # the place right after the preposition ("over the Bryansk region")
    if not any(p.place is not None and after <= p.start <= after + len("the ") for p in reading.places):
        return []
    before = [m for index, m in ctx.mentions if index == reading.index - 1 and m.head == "weapon" and m.metrics]
    interceptions = [metric for m in before for metric in m.metrics if metric[0] == "interception"]
    return interceptions[-1:]


def inherits_metric(sentence: Sentence, mention: Mention, lex: Lexicon) -> bool:
    """Whether a number with no verb of its own counts what its antecedent counted: an item of a list, a running
    total, or "a further 23" with no verb after it (not "Another 24 were sent to alternate airfields")."""
    if mention.flags & {"list_item", "running_total"}:
        return True
    return "further" in mention.flags and phrase(sentence.tokens, mention.head_end, 1) not in lex.auxiliaries


def anaphoric_all(reading: SentenceReading, ctx: ArticleContext, figures: list[Figure], lex: Lexicon) -> list[Figure]:
    """'All the drones were shot down', '...; all of them were intercepted': the interceptions of what was
    just reported launched (earlier in the sentence, else in the two sentences before), one per weapon."""
    sentence = reading.sentence
    found: list[Figure] = []
    if "all" not in sentence.lower:
        return found
    for match in ALL_OF.finditer(sentence.text):
        start = match.start() + sentence.start
        if any(f.char_start <= start < f.char_end for f in figures):
            continue  # "all 40 drones": a number of its own
        named = weapon_named(match.group(1), lex)
        listed = named is not None and weapon_named(match.group(2), lex) is not None  # "the missiles and drones"
        named = None if listed else named
        first_word = match.group(1).split()[0].lower() if match.group(1) and not listed else ""
        verb_follows = bool(match.group(1)) and lex.starts_with_trigger(match.group(1).lower())  # "were all shot down"
        if first_word and first_word not in lex.anaphoric_alls and not named and not verb_follows:
            continue
        if not any("intercept" in t.classes and (t.start > start or 0 <= start - t.end <= 1) for t in reading.triggers):
            continue  # "all the drones were shot down", "destroyed all of the missiles"
        here = [
            Launch(reading.index, f.weapon, f.value, f.weapon_model, f.location, f.place, f.qualifier)
            for f in figures
            if f.metric == "launched" and f.value and f.char_end <= start
        ]
        recent = here or [entry for entry in ctx.launched if entry.sentence >= reading.index - 2]
        if not here and recent:  # the last launch before, or all of its sentence for "the missiles and drones"
            recent = [entry for entry in recent if entry.sentence == recent[-1].sentence] if listed else recent[-1:]
        if named:
            recent = [entry for entry in recent if family(entry.weapon) == family(named[1])]
        for _, launched_weapon, value, model, location, place, qualifier in recent:
            found.append(
                Figure(
                    category="interception",
                    metric="intercepted",
                    weapon=named[1] if named and named[1] != "missile" else launched_weapon,
                    weapon_model=(named[2] if named else "") or model,
                    value=value,
                    qualifier=qualifier,
                    location=location,
                    place=place,
                    place_explicit=False,
                    attacker="",
                    reported_by=source_for(reading.attributions, start),
                    source_rank=stated_rank(source_for(reading.attributions, start), lex),
                    sentence=sentence.text,
                    char_start=start,
                    char_end=match.end() + sentence.start,
                    date_cue=page_day(sentence, ctx, lex),
                    date_rank=1 if ctx.date_cue else 0,
                    headline=sentence.headline,
                )
            )
    return found


def weapon_named(words: str | None, lex: Lexicon) -> tuple[str, str, str] | None:
    """The weapon head class of ``words`` ("missiles", "Shahed drones"), else None."""
    found = lex.head_class(words.lower()) if words else None
    return found if found and found[0] == "weapon" else None


def launches(index: int, figures: list[Figure]) -> list[Launch]:
    """The launched figures of sentence ``index`` that have a value."""
    return [
        Launch(index, f.weapon, f.value, f.weapon_model, f.location, f.place, f.qualifier)
        for f in figures
        if f.metric == "launched" and f.value
    ]
