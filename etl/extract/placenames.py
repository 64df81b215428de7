"""Step 5 of the grammar: the places a sentence names, each with its role.

Gazetteer names (etl/places.py: the longest span first, fuzzy for a single word), lists of regions ("the
Kharkiv, Sumy and Poltava regions" is their country) and "the capital". A place is the *target* where
things happened, the *origin* weapons came from ("launched from the Kharkiv region") or the *actor* that
did or said something ("Russia launched", "Ukraine's air force").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from ..lexicon import Lexicon
from ..places import CAPITALS, Gazetteer, Place, key
from .districts import (
    district_after,
    district_of_city,
    district_town,
    in_its_apposition,
    locates_town,
    town_in,
)
from .place_roles import place_role
from .tokens import TOKEN, Sentence, Token, phrase

NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
LIST_OF_REGIONS = re.compile(
    rf"((?:{NAME}(?:,\s*(?:and\s+)?|\s+and\s+)){{1,10}}{NAME})\s+(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\b"
)
SIDE_COUNTRY = {"russia": "RU", "ukraine": "UA"}
DISTRICTS_AFTER = re.compile(rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+){NAME})+\s+districts\b")  # "... and Kyivskyi districts"
# "two districts, Kyivskyi and Saltivskyi"
DISTRICTS_BEFORE = re.compile(rf"\bdistricts[,:]\s+(?:{NAME}(?:,\s*(?:and\s+)?|\s+and\s+))*$")
LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
REGION_WORDS = ("region", "oblast", "province")
REGION_OF = re.compile(rf"\b(?:{'|'.join(REGION_WORDS)}) of ([A-Z][\w'’-]+)")
REGIONS_OF = tuple(f"{word} of " for word in REGION_WORDS)
THERE = re.compile(  # "were injured there", "two facilities there were damaged", not "there were" opening a clause
    r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|should|been|be|seems?)\b)"
    r"|(?<=[a-z]{3} )(?<!\band )(?<!\bbut )(?<!\bthat )(?<!\bwhen )(?<!\bwhere )(?<!\bafter )(?<!\bwhile )(?<!\bsince )"
    r"(?<!\bbecause )(?<!\bthough )there\b"
    r"(?=\s+(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:\w+ed|hit|struck|burnt|shot|cut|left)\b)"
)
NATIONWIDE = re.compile(
    r"\b(?:across|throughout|all over) the (?:whole |entire )?country\b|\bnationwide\b|\bcountrywide\b"
    r"|\b(?:north|south|east|west|cent(?:re|er))\w* of the country\b"  # "over the north and east of the country"
)
NATIONWIDE_WORDS = ("countr", "nationwide")  # what a sentence needs for NATIONWIDE to match
REGIONAL_CAPITAL = re.compile(  # "the regional centre": how a translation from Ukrainian or Russian says it
    r"\b(?:the\s+)?(?:(?:regional|provincial|oblast)\s+(?:capital|cent(?:re|er))|region['’]s\s+capital)\b"
)
CAPITAL = re.compile(  # not "the regional capital": a region's main city is no country's capital
    r"\b(?:the\s+)?(?:(?P<side>Ukrainian|Russian)\s+)?(?<!regional )(?<!provincial )(?<!oblast )(?<!district )"
    r"(?<!region's )(?<!region’s )"
    r"capital(?:'s|’s)?\b(?!\s+(?:city|region))"
)


START = attrgetter("start")


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place | None
    role: str  # target, origin, actor
    capital_side: str = ""  # "the capital": UA, RU, or ? when the sentence does not say whose
    capital_hint: str = ""  # the one capital the sentence names, for "?"
    parts: tuple[Place, ...] = ()  # the regions of a list ("the Kursk and Oryol regions"), itself their country
    anaphor: str = ""  # "the city", "the oblast": a place named before (resolve_anaphors)
    district: bool = False  # named as a district ("Kyivskyi" of "the Shevchenkivskyi and Kyivskyi districts")
    by_adjective: bool = False  # a district named for its town ("Millerovsky district"): kept only near its region


@lru_cache(maxsize=4)
def name_lengths(gazetteer: Gazetteer) -> dict[str, tuple[int, ...]]:
    """Token counts of the gazetteer's names by their first token, longest first, always with 1 (a single
    token may still match by sound): the only spans worth a lookup."""
    lengths: dict[str, set[int]] = {}
    for name in gazetteer.keys():
        if name.isalpha():  # most are one word
            words = [name]
        elif name.isascii() and name.replace(" ", "").isalpha():  # words of letters: tokens are what split() gives
            words = name.split()
        else:
            words = [m.group() for m in TOKEN.finditer(name)]
        if words:
            lengths.setdefault(words[0], {1}).add(len(words))
    return {word: tuple(sorted(counts, reverse=True)) for word, counts in lengths.items()}


WATER_REACH = 20  # characters before a name where its water words stand ("shores of the ")


def after_water_words(text: str, token: Token, offset: int, lex: Lexicon) -> bool:
    """Whether a name follows words that make it water ("the east bank of the Dnipro")."""
    at = token.start - offset
    return text[max(0, at - WATER_REACH) : at].lower().rstrip().endswith(lex.water_before)


def span_lengths(index: dict[str, tuple[int, ...]], token: Token, longest: int, any_length: bool) -> Iterable[int]:
    """The span lengths (longest first) a place name starting at ``token`` can have."""
    if any_length or token.lower == "the" or not token.text.isascii():
        return range(longest, 0, -1)
    return [n for n in index.get(key(token.text), (1,)) if n <= longest]


def find_places(sentence: Sentence, gazetteer: Gazetteer, lex: Lexicon) -> list[PlaceMention]:
    """The place mentions of a sentence in text order. Each pattern runs only on a sentence holding the words
    it needs (most hold none)."""
    mentions: list[PlaceMention] = []
    lower = sentence.lower
    has_list = "regions" in lower or "oblasts" in lower or "provinces" in lower
    for match in LIST_OF_REGIONS.finditer(sentence.text) if has_list else ():
        names = LIST_SEPARATOR.split(match.group(1))
        found = [gazetteer.lookup(f"{name} region") for name in names]
        regions = [r for r in found if r is not None]
        if len(regions) >= 2 and len({r.country for r in regions}) == 1:
            country = gazetteer.country(regions[0].country)
            start = match.start() + sentence.start
            first = next(k for k, t in enumerate(sentence.tokens) if t.start >= start)
            launched_from = place_role(sentence.tokens, first, first + 1, lex) == "origin"  # "from MiG-31Ks over"
            role = "origin" if launched_from else "target"  # "from Rostov and Kursk regions"
            mentions.append(
                PlaceMention(start, match.end() + sentence.start, match.group(0), country, role, parts=tuple(regions))
            )
    has_land = any(map(lower.__contains__, lex.country_lands))  # (map: cheaper than a generator)
    for match in lex.side_land.finditer(lower) if has_land else ():  # "Russian regions", "Ukraine's cities"
        country = gazetteer.country(SIDE_COUNTRY.get(lex.sides.get(match.group(1), ""), ""))
        start = match.start() + sentence.start
        if country is not None and not any(m.start <= start < m.end for m in mentions):
            mentions.append(PlaceMention(start, match.end() + sentence.start, match.group(0), country, "target"))
    has_region_of = any(map(sentence.text.__contains__, REGIONS_OF))
    for match in REGION_OF.finditer(sentence.text) if has_region_of else ():  # "the region of Kharkiv"
        region = gazetteer.lookup(f"{match.group(1)} region")
        start = match.start() + sentence.start
        if region is not None and region.place_type == "region":
            mentions.append(PlaceMention(start, match.end() + sentence.start, match.group(0), region, "target"))
    has_anaphor = "the " in lower and any(map(lower.__contains__, lex.anaphor_nouns))
    for match in lex.place_anaphor.finditer(lower) if has_anaphor else ():  # "the city", "in the oblast"
        start = match.start() + sentence.start
        mentions.append(
            PlaceMention(start, match.end() + sentence.start, match.group(0), None, "target", anaphor=match.group(1))
        )
    for match in lex.owner_anaphor.finditer(lower) if has_anaphor else ():  # kept only in a speaker's title
        start = match.start() + sentence.start
        mentions.append(
            PlaceMention(start, match.end() + sentence.start, match.group(0), None, "owner", anaphor=match.group(1))
        )
    for match in THERE.finditer(lower) if "there" in lower else ():  # "two men were injured there": the place before
        start = match.start() + sentence.start
        mentions.append(PlaceMention(start, match.end() + sentence.start, "there", None, "target", anaphor="there"))
    for match in NATIONWIDE.finditer(lower) if any(map(lower.__contains__, NATIONWIDE_WORDS)) else ():
        start = match.start() + sentence.start  # "1.2 million consumers across the country": the country attacked
        mentions.append(
            PlaceMention(start, match.end() + sentence.start, match.group(0), None, "target", anaphor="country")
        )
    centre = "capital" in lower or "centre" in lower or "center" in lower  # what REGIONAL_CAPITAL needs
    for match in REGIONAL_CAPITAL.finditer(lower) if centre else ():  # "the regional capital", "oblast centre"
        start = match.start() + sentence.start
        mentions.append(
            PlaceMention(start, match.end() + sentence.start, match.group(0), None, "target", anaphor="capital")
        )
    for match in CAPITAL.finditer(sentence.text) if "capital" in lower else ():
        start = match.start() + sentence.start
        side = {"Ukrainian": "UA", "Russian": "RU"}.get(match.group("side") or "", "")
        mentions.append(PlaceMention(start, match.end() + sentence.start, match.group(0), None, "target", side or "?"))
    mentions.extend(named_places(sentence, gazetteer, lex, mentions))
    mentions.sort(key=START)
    if len(mentions) >= 2:
        mentions = settlement_lists(mentions, sentence, gazetteer)
    for previous, mention in zip(mentions, mentions[1:], strict=False):  # "Kharkiv's Kyivskyi district": Kharkiv
        if previous.text.endswith(("'s", "’s")) and previous.place is not None and mention.start - previous.end <= 1:
            after = sentence.lower[mention.start - sentence.start : mention.end - sentence.start + 30]
            elsewhere = mention.place is not None and mention.place.region not in (
                previous.place.name,
                previous.place.region,
            )
            if previous.place.place_type == "city" and elsewhere and any(word in after for word in lex.district_words):
                mention.place = previous.place  # not a namesake district of another city
    for previous, mention in zip(mentions, mentions[1:], strict=False):  # "Zolochiv in the Bohodukhiv district"
        if locates_town(previous, mention, sentence, lex) and (town := town_in(previous, mention, gazetteer)):
            previous.place, mention.role = town, "landmark"  # the district a town lies in, not a place of its own
    for mention in mentions if "districts" in lower else ():  # "the Shevchenkivskyi and Kyivskyi districts"
        mention.district = (  # or "two of the city's districts, Kyivskyi and Saltivskyi"
            DISTRICTS_AFTER.match(sentence.text, mention.end - sentence.start) is not None
            or DISTRICTS_BEFORE.search(sentence.text, 0, mention.start - sentence.start) is not None
        )
    city_s = "city's " in lower or "city’s " in lower
    for mention in mentions if city_s else ():  # "the city’s Kyivskyi and Saltivskyi districts": the text’s city’s
        before = sentence.lower[max(0, mention.start - sentence.start - 8) : mention.start - sentence.start]
        after = sentence.lower[mention.start - sentence.start : mention.end - sentence.start + 40]
        if before.endswith(("city's ", "city’s ")) and any(word in after for word in lex.district_words):
            mention.place, mention.anaphor = None, "city"
    for previous, mention in zip(mentions, mentions[1:], strict=False):  # "from Kursk, Millerovo and Chauda"
        if previous.role not in ("origin", "destination") or mention.role != "target":
            continue  # (and "diverted to Samara and Ulyanovsk": no scene either)
        # "... and Chauda in occupied Crimea", "... and Chauda (Crimea)"
        gap = sentence.text[previous.end - sentence.start : mention.start - sentence.start].strip(" ,(")
        words = gap.replace(",", " ").replace(";", " ").split()  # "from Kursk and Oryol; Millerovo, Rostov Oblast"
        if {word.lower() for word in words if not word[:1].isupper()} <= lex.origin_links:  # (names too)
            mention.role = previous.role  # "... and Chauda in occupied Crimea": where the launch area lies
    for previous, mention in zip(mentions, mentions[1:], strict=False):
        if in_its_apposition(previous, mention, sentence, lex):  # "Korosten, one of the largest junctions in
            mention.role = "landmark"  # the north of Zhytomyr region": where the town lies, no place of its own
    if "capital" not in lower:  # no "the capital" to name
        return mentions
    capitals = [m.place.name for m in mentions if m.place is not None and m.place.name in CAPITALS.values()]
    if len(set(capitals)) == 1:
        for m in mentions:
            if m.capital_side == "?":
                m.capital_hint = capitals[0]
    return mentions


def list_region(candidates: list[list[Place]]) -> str:
    """The region the towns of a list lie in, each town by any of its namesakes: the one region most of them can
    lie in (some villages of the list the gazetteer knows only by a namesake elsewhere), or ""."""
    counts = Counter(region for places in candidates for region in {p.region for p in places if p.region})
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return ""
    region, count = ranked[0]
    return region if count >= 2 and count * 2 > len(candidates) else ""


MIN_LISTED = 3  # "on Balabyne, Huliaipole and Bilenke": a list of so many names is a region's
LIST_OF_NAMES = re.compile(rf"{NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+){NAME}){{{MIN_LISTED - 1},}}")


def settlement_lists(mentions: list[PlaceMention], sentence: Sentence, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Lists of three or more towns and villages ("12 strikes on Balabyne, Huliaipole, Bilenke and Plavni") as
    the region the towns the gazetteer knows lie in, with those towns as its parts: a count over a list belongs
    to no one town of it."""
    for match in LIST_OF_NAMES.finditer(sentence.text):
        start, end = match.start() + sentence.start, match.end() + sentence.start
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        towns = [m for m in inside if m.place is not None and m.place.place_type == "city" and m.role == "target"]
        if len(towns) < 2 or len(towns) != len(inside):
            continue
        # the region most towns of the list can lie in, their namesakes elsewhere aside ("Bilenke")
        candidates = [gazetteer.namesakes(m.text) or [m.place] for m in towns if m.place is not None]
        region = gazetteer.by_name.get(list_region(candidates))
        if region is None:
            continue
        inner = [next((p for p in places if p.region == region.name), None) for places in candidates]
        parts = tuple(p for p in inner if p is not None)
        listed = PlaceMention(start, end, match.group(0), region, "target", parts=parts)
        mentions = sorted([m for m in mentions if m not in inside] + [listed], key=START)
    return mentions


def named_places(
    sentence: Sentence, gazetteer: Gazetteer, lex: Lexicon, found: list[PlaceMention]
) -> list[PlaceMention]:
    """The gazetteer names of a sentence outside the places ``found`` so far: at each capitalised token, the
    longest span the gazetteer knows ("the Kharkiv region", "Kyiv", "the Russian border")."""
    tokens = sentence.tokens
    text, offset = sentence.text, sentence.start
    has_border = "border" in sentence.lower
    index = name_lengths(gazetteer)
    mentions: list[PlaceMention] = []
    longest = gazetteer.max_words + 1
    resume = 0  # the token after the last name found
    for i in [k for k, token in enumerate(tokens) if token.text[0].isupper()]:
        token = tokens[i]
        if i < resume or (found and any(m.start <= token.start < m.end for m in found)):
            continue
        if district_of_city(tokens, i, gazetteer, lex):
            continue  # "the Kyivskyi district of Kharkiv": Kharkiv's, no town of its own (nor Kyiv's by adjective)
        best = None
        for n in span_lengths(index, token, min(longest, len(tokens) - i), has_border):
            name = text[token.start - offset : tokens[i + n - 1].end - offset]
            if (
                n > 1
                and tokens[i + n - 1].lower in lex.district_words
                and gazetteer.lookup(text[token.start - offset : tokens[i + n - 2].end - offset])
            ):
                continue  # "Bohodukhiv district": the town's district, not a namesake city district elsewhere
            previous = tokens[i - 1] if i else None  # a first name: "Ivan Ivanov" is no Ivanovo ("The Ivanovo" is)
            surname = (
                n == 1
                and previous is not None
                and previous.text[:1].isupper()
                and previous.text.isalpha()
                and previous.lower not in lex.stop_words
            )
            place = gazetteer.lookup(name, fuzzy=n == 1 and not surname)
            if place is not None and gazetteer.is_village(place) and (surname or district_after(tokens, i + n, lex)):
                place = None  # "Gennady Orlov" is no Orlove, "Velyka Rohan" no Rohan, "the Prikubansky district" (of
                # Krasnodar) no Prikubansky: a village is the namesake of a word, a name's part, a district
            by_adjective = False
            if place is None and n == 1 and district_after(tokens, i + 1, lex):
                place = district_town(token.text, gazetteer)  # "Millerovsky district": Millerovo's
                by_adjective = place is not None
            if place is None and i + n < len(tokens) and tokens[i + n].lower == "border":
                place = gazetteer.lookup(f"{name} {phrase(tokens, i + n + 1, 1)}")
                if place:
                    n += 2
            if place is not None:
                best = (place, n, by_adjective)
                break
        if best is None:
            continue
        place, n, by_adjective = best
        end = i + n
        if end < len(tokens) and f"{tokens[end - 1].text} {tokens[end].text}" in lex.time_zones:
            continue  # "7am on Wednesday, Kyiv time": a clock, not a place
        water = (  # (not "of the X region"; most names follow neither "the" nor "of")
            place.place_type == "city"
            and i > 0
            and tokens[i - 1].lower in ("the", "of")
            and after_water_words(text, token, offset, lex)
        )
        if (end < len(tokens) and tokens[end].lower in lex.water_bodies) or water:
            resume = end + 1
            continue  # "the left bank of the Dnipro river": water, not the city
        possessive = tokens[end - 1].lower.endswith(("'s", "’s"))
        if n == 1 and place.place_type == "city" and not possessive and first_name(tokens, end, gazetteer, lex):
            continue  # "acting mayor Artem Kobzar": a person, not the town of Artem
        if n == 1 and i and tokens[i - 1].lower in lex.kin_words:
            continue  # "his 19-year-old son Artem", "a woman named Lida": a given name
        if end < len(tokens) and tokens[end].lower in lex.place_suffixes and not possessive:
            end += 1
        name = text[token.start - offset : tokens[end - 1].end - offset]
        role = place_role(tokens, i, end, lex, place)
        last = mentions[-1] if mentions else None
        if role == "target" and last and last.role in LIST_ROLES and listed_after(last, token, text, offset):
            role = last.role  # "the flags of Panama and Liberia", "diverted to Samara and Kazan"
        mentions.append(PlaceMention(token.start, tokens[end - 1].end, name, place, role, by_adjective=by_adjective))
        resume = end
    return mentions


LIST_ROLES = ("owner", "destination", "landmark")  # roles the next name of a list shares ("... and Liberia")
LIST_JOINS = (" and ", ", ", ", and ", " or ")


def listed_after(previous: PlaceMention, token: Token, text: str, offset: int) -> bool:
    """Whether ``token`` opens the next name of a list after the place ``previous`` ("Panama and Liberia"), in a
    sentence ``text`` that starts at ``offset``."""
    return text[previous.end - offset : token.start - offset] in LIST_JOINS


def first_name(tokens: list[Token], k: int, gazetteer: Gazetteer, lex: Lexicon) -> bool:
    """Whether token k is a surname after a one-word town name that is really a first name: capitalised,
    no place, no title or place word ("Artem Kobzar", not "Kyiv Mayor", "Kherson Oblast")."""
    if k >= len(tokens):
        return False
    word = tokens[k]
    surname = word.text.removesuffix("'s").removesuffix("’s")  # "Volodymyr Zelenskiy's home city"
    if not (surname[:1].isupper() and surname.isalpha()) or word.lower in lex.place_suffixes:
        return False
    if word.lower in lex.source_words or word.lower in lex.apposition_starts or word.lower in lex.sides:
        return False
    if lex.head_class(word.lower) is not None or lex.starts_with_trigger(word.lower):
        return False  # "Odesa Port", "Kyiv Shelled"
    return gazetteer.lookup(surname) is None


def place_name(mention: PlaceMention | None, gazetteer: Gazetteer, capital: Place | None) -> str:
    """The gazetteer name a place mention stands for; "the capital" of no stated side is the capital the
    sentence names, else ``capital``, the last one the article named."""
    if mention is None:
        return ""
    if mention.place is not None:
        return gazetteer.label(mention.place)  # ("Krasnoarmeysk, Moscow Oblast": not the larger namesake)
    if mention.capital_side in ("UA", "RU"):
        found = gazetteer.capital_of(mention.capital_side)
        return found.name if found else ""
    if mention.capital_side == "?" and mention.capital_hint:
        return mention.capital_hint
    return capital.name if capital else ""
