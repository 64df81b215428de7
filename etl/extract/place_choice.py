"""Where a figure happened: the place its sentence names for it, else the article's context.

A sentence can name several places; this picks the one a count belongs to by its position (after its list,
before it in its clause, shared by a run of like numbers, a relative clause's antecedent) before falling back
to the speaker's region and then to the paragraph, section, previous paragraph and headline.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..lexicon import Lexicon
from ..places import CAPITALS, Place, contains
from .context import ArticleContext, SentenceReading
from .heads import Mention
from .lines import LABELLED_LINE, is_list_line
from .placenames import PlaceMention
from .tokens import Sentence, Token
from .verbs import clause_bounds

AIRPORT_METRICS = ("flights_delayed", "flights_cancelled", "flights_disrupted", "passengers_stranded")
NATIONAL_METRICS = ("launched", "intercepted", "suppressed", "intercepted_or_suppressed")  # a count of a whole attack


def line_label(sentence: Sentence, targets: list[PlaceMention]) -> PlaceMention | None:
    """The place a line is labelled with ("Khotin hromada: KAB strikes ..."): where all its figures are."""
    if ":" not in sentence.text or not targets or LABELLED_LINE.match(sentence.text) is None:
        return None
    return targets[0] if targets[0].start < sentence.start + sentence.text.index(":") else None


APPOSITION_GAP = re.compile(  # between a place and the wider one it is told in: ", ", " in ", " in northeastern "
    r",?\s*(?:in\s+)?(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?,?\s*"
    r"(?:[A-Z][\w-]*['’]s\s+)?",  # "Shebekino, in Russia's Belgorod region"
    re.IGNORECASE,
)


def narrower_before(place: PlaceMention, targets: list[PlaceMention], sentence: Sentence) -> PlaceMention:
    """'Pokrovske in Dnipropetrovsk Oblast', 'Kharkiv in northeastern Ukraine', 'Nikopol, Dnipropetrovsk
    Oblast': of a place and the wider one it is told in, the place itself."""
    earlier = [p for p in targets if p.end <= place.start]
    if not earlier or place.place is None or place.place.place_type not in ("region", "country"):
        return place
    inner = earlier[-1]
    gap = sentence.text[inner.end - sentence.start : place.start - sentence.start]
    if inner.place is None or not APPOSITION_GAP.fullmatch(gap):
        return place
    wider = place.place
    if inner.place.region == wider.name or (wider.place_type == "country" and inner.place.country == wider.country):
        return inner
    return place


def choose_place(
    reading: SentenceReading, mention: Mention, owned: set[int], ctx: ArticleContext, metric: str, lex: Lexicon
) -> tuple[PlaceMention | None, bool]:
    """The place of a mention and whether its sentence names it ("there" points back: it names none)."""
    place, explicit = sentence_place(reading, mention, owned, ctx, metric, lex)
    return place, explicit and not (place is not None and place.anaphor == "there")


def sentence_place(
    reading: SentenceReading, mention: Mention, owned: set[int], ctx: ArticleContext, metric: str, lex: Lexicon
) -> tuple[PlaceMention | None, bool]:
    """The place of a mention and whether its sentence names it (``owned`` collects the places taken).

    In its sentence: the first target after its list (before the next number), else the nearest before it in
    its clause, else the nearest earlier one, else the first after it that the numbers between share ("killed
    one and wounded 12 in Kursk") or a later city or region, else the place of its speaker ("the governor of
    the Kharkiv region said"). Outside it (not explicit): the paragraph's place, then, for a local figure (not
    a count of a whole attack), the section heading's, the previous paragraph's and the headline's.
    """
    sentence, mentions, spans = reading.sentence, reading.mentions, reading.spans
    tokens = sentence.tokens
    start, end = spans[id(mention)]

    def reporting_scene(p: PlaceMention) -> bool:
        """'In Moscow, the ministry said it downed 16 drones': Moscow is where it was said."""
        if p.place is None or p.place.name not in CAPITALS.values():
            return False  # national authorities speak from the capital
        return any(
            p.start < a.start <= start
            and not (a.source_start <= p.start < a.start)
            and lex.local_titles.isdisjoint(a.source.lower().split())  # "In Kyiv, the mayor said": Kyiv's figure
            for a in reading.attributions
        )

    later = [tokens[m.quantity.first].start for m in mentions if tokens[m.quantity.first].start >= end]
    next_start = min(later) if later else sentence.end
    ends = (spans[id(m)][1] for m in mentions)
    earlier = [e for e in ends if e <= start]
    previous_end = max(earlier) if earlier else sentence.start
    clause_start, clause_end = clause_bounds(sentence, start, lex)
    targets = [p for p in reading.places if p.role == "target" and p.place is not None and not reporting_scene(p)]
    targets += [p for p in reading.places if p.role == "target" and p.place is None and p.capital_side]
    targets.sort(key=lambda p: p.start)
    each = "each" in mention.flags
    if metric in NATIONAL_METRICS and (
        spread_over_areas(mention, mentions, tokens, end) or placed_part(mention, mentions, targets, tokens)
    ):
        return None, False  # "121 drones over ten regions, the Sea of Azov and the Black Sea": the country
    after = [p for p in targets if end <= p.start < min(next_start, clause_end)]
    if after and ", and " in sentence.text[end - sentence.start : after[0].start - sentence.start]:
        fronted = fronted_place(sentence, targets, lex)  # "In Nizhyn, a man was killed, and sites were hit in Shostka"
        if fronted is not None and fronted.end <= start:
            return fronted, True
    if after:
        choice = after[0]
        if each:
            choice = next((p for p in after if id(p) not in owned), after[-1])
        owned.add(id(choice))
        return choice, True
    country = next((p for p in reading.places if p.anaphor == "country" and clause_start <= p.start < clause_end), None)
    if country is not None:  # "1.2 million consumers across the country": the country attacked (completion), or
        return (country if country.place is not None else None), True  # the one its sentence named before
    before = [p for p in reversed(targets) if max(previous_end, clause_start) <= p.start < start]
    if before:
        choice = narrower_before(before[0], targets, sentence)
        owned.add(id(choice))
        return choice, True
    label = line_label(sentence, targets)
    if label is not None:  # "Bilopillia hromada: drone attacks (9 explosions); a man was injured"
        return label, True
    antecedent = relative_antecedent(sentence, clause_start, targets)
    if antecedent is not None:  # "... in the Zaporizhzhia region, which saw 414 strikes"
        return antecedent, True
    national = metric in NATIONAL_METRICS  # a local figure takes a country only where no town or region is named
    anywhere = sorted(  # an earlier place another figure took only within the clause ("two killed and 4 hurt")
        (p for p in targets if p.start < start and (id(p) not in owned or p.start >= clause_start)),
        key=lambda p: (
            not national and p.place is not None and p.place.place_type == "country",
            id(p) in owned,
            -p.start,
        ),
    )
    if anywhere:  # of a region and its town that another figure took, the town ("Shebekino, in the Belgorod
        # region, killing one and wounding four")
        return narrower_before(anywhere[0], targets, sentence), True
    shared = shared_place(sentence, mention, targets, mentions, spans, clause_end)
    if shared is not None:
        return shared, True
    numbers_after = [  # a count of places between ("590 attacks on 15 settlements in the X region") lies in it
        tokens[m.quantity.first].start
        for m in mentions
        if m.quantity.value is not None and tokens[m.quantity.first].start >= end and m.head != "area"
    ]
    later_in_sentence = [
        p
        for p in targets
        if end <= p.start < clause_end
        and (p.place is None or p.place.place_type != "country")
        and not any(n < p.start for n in numbers_after)
    ]
    if later_in_sentence:
        return later_in_sentence[0], True
    caused = cause_place(sentence, targets, numbers_after, clause_end, lex)
    if caused is not None:  # "One person was killed after a drone struck a bus in Sumy": where it struck
        return caused, True
    reporters = [p for p in reading.places if p.role == "reporter" and p.place is not None and not seat(p, reading)]
    national_body = reporters[0].place if reporters else None
    if national_body is not None and national_body.place_type == "country" and metric not in NATIONAL_METRICS:
        story = (ctx.paragraph_place, section_place(ctx), ctx.previous_place, ctx.headline_place)
        local = next((p for p in story if within_country(p, national_body)), None)
        if local is not None:  # "seven were killed, according to Ukraine's emergency service": where the story is
            return local, False
    if reporters:  # "the governor of the X region said": X, or the city of X the text is about
        region = reporters[0].place.name if reporters[0].place is not None else ""
        told = (ctx.paragraph_place, ctx.previous_place, ctx.headline_place)
        inner = next((p for p in told if p is not None and p.place is not None and p.place.region == region), None)
        return inner or reporters[0], True
    # "58 drones, 31 over the Moscow region, the rest over the Kaluga and Tula regions": the country's
    regions = {p.place.name for p in targets if p.place is not None and p.place.place_type == "region"}
    if metric in NATIONAL_METRICS and len(regions) >= 2:
        return None, False
    fallbacks: list[PlaceMention | None] = [ctx.paragraph_place]
    if ctx.list_place is not None and is_list_line(sentence):  # "used against the region: 3 KABs; 26 UAVs"
        fallbacks.insert(0, ctx.list_place)
    if metric in AIRPORT_METRICS:  # "Lithuania closed Vilnius airport ... / 31 flights were delayed"
        fallbacks.append(ctx.airport_place)
    if metric not in NATIONAL_METRICS:
        fallbacks += [section_place(ctx), ctx.previous_place, ctx.headline_place]
    fallback = next((p for p in fallbacks if p is not None), None)
    nation = fallback.place if fallback is not None and fallback.place is not None else None
    if metric not in NATIONAL_METRICS and nation is not None and nation.place_type == "country":
        # "... launched 187 drones at Ukraine. By evening, nine were dead": the town the story told before
        fallback = next((p for p in fallbacks if within_country(p, nation)), fallback)
    # ("the country" told before: the country attacked, which completion.py places)
    return (None if fallback is not None and fallback.anaphor == "country" else fallback), False


def fronted_place(sentence: Sentence, targets: list[PlaceMention], lex: Lexicon) -> PlaceMention | None:
    """The place a sentence opens with after a preposition ("In Nizhyn, a man was killed, ..."), followed by a
    comma; else None."""
    if not targets or not sentence.tokens or sentence.tokens[0].lower not in lex.place_prepositions:
        return None
    first = targets[0]
    after = sentence.text[first.end - sentence.start : first.end - sentence.start + 1]
    return first if after == "," and first.start - sentence.start <= FRONTED_REACH else None


FRONTED_REACH = len("In the village of ")  # characters from the sentence's start to its fronted place
CAUSE_OPENERS = ("after ", "when ")  # a clause telling what caused the figure before it


def cause_place(
    sentence: Sentence, targets: list[PlaceMention], numbers_after: list[int], clause_end: int, lex: Lexicon
) -> PlaceMention | None:
    """The first town or region of the clause right after a figure's own when that clause tells its cause
    ("... killed after a drone struck a bus in Sumy"), with no other number before it; else None."""
    opener = sentence.lower[clause_end - sentence.start : clause_end - sentence.start + 8].lstrip(" ,")
    if not opener.startswith(CAUSE_OPENERS):
        return None
    _, cause_end = clause_bounds(sentence, clause_end + 1, lex)
    return next(
        (
            p
            for p in targets
            if clause_end <= p.start < cause_end
            and (p.place is None or p.place.place_type != "country")
            and not any(clause_end <= n < p.start for n in numbers_after)
        ),
        None,
    )


AREA_REACH = 2  # words between a count and the count of areas it spreads over ("121 drones over ten regions")


def spread_over_areas(mention: Mention, mentions: list[Mention], tokens: list[Token], end: int) -> bool:
    """Whether a count of areas follows a count right after it ("121 drones over ten regions"): the count is
    of several areas, none of which is its place."""
    for other in mentions:
        first = other.quantity.first
        if other.head == "area" and (other.quantity.value or 0) >= 2 and tokens[first].start >= end:
            between = [t for t in tokens if end <= t.start < tokens[first].start]
            return len(between) <= AREA_REACH
    return False


def placed_part(mention: Mention, mentions: list[Mention], targets: list[PlaceMention], tokens: list[Token]) -> bool:
    """Whether a part of the count that follows it has a place of its own ("64 drones, 18 of them over the
    Rostov region"): the count is the whole attack's, not that place's."""
    starts = [tokens[m.quantity.first].start for m in mentions]
    for other in mentions:
        if other.antecedent is not mention or "whom" not in other.flags:
            continue
        part_end = tokens[other.head_end - 1].end
        following = min((s for s in starts if s > part_end), default=tokens[-1].end + 1)
        if any(part_end <= p.start < following and p.place and p.place.place_type != "country" for p in targets):
            return True  # (not "14 over the Kursk region, both of which border Ukraine")
    return False


def within_country(mention: PlaceMention | None, country: Place) -> bool:
    """Whether a place mention names a town or region of ``country``."""
    return mention is not None and mention.place is not None and contains(country, mention.place)


def section_place(ctx: ArticleContext) -> PlaceMention | None:
    """The place of the heading over the paragraph, unless it names only the country of the place named before
    ("Ukraine War Latest" over a story about Kharkiv)."""
    section, previous = ctx.section_place, ctx.previous_place
    if section is None or section.place is None or section.place.place_type != "country":
        return section
    if previous is not None and previous.place is not None and previous.place.country == section.place.country:
        return None
    return section


RELATIVE = re.compile(r",\s*(?:which|where)\b")


def relative_antecedent(sentence: Sentence, clause_start: int, targets: list[PlaceMention]) -> PlaceMention | None:
    """The place a relative clause opening at ``clause_start`` ("..., which saw 414 strikes") is about: the
    place right before its comma."""
    if not RELATIVE.match(sentence.text, clause_start - sentence.start):
        return None
    return next((p for p in targets if 0 <= clause_start - p.end <= 1), None)


def seat(place: PlaceMention, reading: SentenceReading) -> bool:
    """'The Defence Ministry in Moscow said', 'Moscow says it downed 126 drones': the capital a national body sits
    in, or that names the government, not where things happened."""
    if place.place is None or place.place.name not in CAPITALS.values():
        return False
    sentence = reading.sentence
    before = sentence.text[max(0, place.start - sentence.start - 3) : place.start - sentence.start]
    speaks = any(a.source_start == place.start and a.source_end == place.end for a in reading.attributions)
    return before == "in " or speaks


def shared_place(
    sentence: Sentence,
    mention: Mention,
    targets: list[PlaceMention],
    mentions: list[Mention],
    spans: Mapping,
    clause_end: int,
) -> PlaceMention | None:
    """'killed one person and wounded 12 others in Kursk': the first place after the mention in its clause,
    when every number between counts the same kind of thing and has no place of its own."""
    end = spans[id(mention)][1]
    following = next((p for p in targets if end <= p.start < clause_end), None)
    if following is None:
        return None
    between = [m for m in mentions if end <= spans[id(m)][0] < following.start]
    kind = head_kind(mention.head)
    if not between or any(
        head_kind(m.head) != kind or "subset" in m.flags or ("whom" in m.flags and m.antecedent is mention)
        for m in between
    ):
        return None  # "117 drones, including 30 over Moscow", "84 drones, 31 of them towards X": the part's
    gap = sentence.text[end - sentence.start : following.start - sentence.start]
    return None if ":" in gap or ";" in gap else following  # "30 drones: 11 over Tula" is a total and its parts


def head_kind(head: str | None) -> str:
    """People are people, whether counted as killed, injured or 'civilians'."""
    return "people" if head in ("people", "killed_noun", "injured_noun") else head or ""
