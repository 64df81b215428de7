"""Step 5, continued: places named by reference. "The city", "the oblast", "there" are the places named
before them; a city district ("the Dniprovskyi district") is the district of the city the text is about, not
a namesake elsewhere; a district named for its town ("Millerovsky district") is that town's only where the
text is about its region.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from operator import attrgetter

from ..lexicon import Lexicon
from ..places import WAR_COUNTRIES, Gazetteer, Place
from .placenames import PlaceMention


def resolve_anaphors(mentions: list[PlaceMention], recent: Sequence[Place], gazetteer: Gazetteer, lex: Lexicon) -> None:
    """'The city', 'the oblast': the last city named as a target before (in the sentence or the article), or
    for a region the last region, or the region of the last city; ``recent`` holds earlier targets, last last."""
    sentence_places = [m.place for m in mentions if m.place is not None]
    regions = [p for p in sentence_places if p.place_type == "region"]
    if not any(
        mention.anaphor
        or names_district(mention, lex)
        or small_town(mention)
        or outside(mention, regions)
        or seen_namesake(mention, recent, gazetteer) is not None
        for mention in mentions
    ):
        return  # neither "the city" nor a district nor a village to place, nor a town outside the region named
    seen = list(recent)
    for k, mention in enumerate(mentions):
        if mention.by_adjective and not near_its_region(mention, mentions[:k], seen):
            mention.place = None  # "Komunarskyi district" of Zaporizhzhia, "Kamensky district" of Rostov Oblast
        named = [*seen, *sentence_places]
        village = mention.place is not None and Gazetteer.is_village(mention.place)
        if village:  # in a sentence naming regions, a village lies in one of them ("in the Lipetsk region, ...")
            named = [p for p in sentence_places if p.place_type == "region"] or named
        town = mention.place
        if town is not None and small_town(mention) and (seen or village) and not in_named_region(town, named):
            # "Lyubimovka" in a story on Sevastopol: not the village of another region; "Pivdennyi" in one on Odesa;
            # a village only where the text names its region (a town stands alone as the story's first place)
            mention.place = namesake_in(mention, named, gazetteer)
        elif town is not None and outside(mention, regions):  # "Krasnoarmeysk, a town in the Moscow region":
            mention.place = namesake_in(mention, regions, gazetteer) or town  # that one, not Saratov's
        elif town is not None and (told := seen_namesake(mention, seen, gazetteer)) is not None:
            mention.place = told  # "Krasnoarmeysk" again: the one the text placed before
        if district_of_next(mention, mentions[k + 1 : k + 2], lex):
            mention.place = None  # "the Kominternovsky district of the regional centre": that centre's, no namesake
        if mention.anaphor == "country":  # "Poland closed two airports in the east of the country": Poland (a
            # neighbour named before it; else the country attacked, which the attacker tells: completion.py)
            countries = [m.place for m in mentions[:k] if m.place is not None and m.place.place_type == "country"]
            mention.place = countries[-1] if countries and countries[-1].country not in WAR_COUNTRIES else None
        elif mention.anaphor:
            regions = [m.place for m in mentions[:k] if m.place is not None and m.place.place_type == "region"]
            mention.place = speakers_city(mention, mentions[:k]) or latest_of(
                mention.anaphor, seen, gazetteer, regions[-1:], lex.anaphor_sites
            )
        elif mention.place is not None and mention.role == "target":
            city = latest_of("city", seen, gazetteer)
            if (
                city is not None
                and is_district_of_elsewhere(mention, city, lex)
                and not any(p.name == mention.place.region for p in sentence_places)  # "In Voronezh region, ..."
            ):
                mention.place = city  # "the Dniprovskyi district" of the city the text is about, not a namesake
            seen.append(mention.place)


def speakers_city(anaphor: PlaceMention, before: Sequence[PlaceMention]) -> Place | None:
    """The city whose office speaks before "the city" in its sentence ("Lviv's mayor said two were killed in
    the city", "the mayor of Lviv said"), or None."""
    if anaphor.anaphor not in ("city", "town"):
        return None
    owners = [m.place for m in before if m.place is not None and m.role == "actor" and m.place.place_type == "city"]
    return owners[-1] if owners else None


SMALL_TOWN = 10_000  # people: a town this small shares its name with others, so the story's region decides


def small_town(mention: PlaceMention) -> bool:
    """A target town small enough to share its name, in a known region (one outside every outline is kept)."""
    place = mention.place
    return (
        place is not None
        and mention.role == "target"
        and place.place_type == "city"
        and 0 < place.population < SMALL_TOWN
        and bool(place.region)
    )


POPULATION = attrgetter("population")  # the larger of two namesakes is the likelier
OWNED_GAP = len(" of ")  # "the Kominternovsky district of the city": the district and its owner


def district_of_next(mention: PlaceMention, following: Sequence[PlaceMention], lex: Lexicon) -> bool:
    """A district named right before the city it lies in, named by reference ("the Kominternovsky district of the
    regional centre", "... district of the city")."""
    return (
        bool(following)
        and following[0].anaphor in ("city", "capital", "town")
        and 0 < following[0].start - mention.end <= OWNED_GAP
        and names_district(mention, lex)
    )


def outside(mention: PlaceMention, regions: Sequence[Place]) -> bool:
    """Whether a town named as a target lies outside every region its sentence names (a namesake may not)."""
    town = mention.place
    return (
        bool(regions)
        and town is not None
        and town.place_type == "city"
        and mention.role == "target"
        and (town.region not in {r.name for r in regions})
    )


def seen_namesake(mention: PlaceMention, seen: Sequence[Place], gazetteer: Gazetteer) -> Place | None:
    """For a town its name alone placed (the likeliest of its namesakes), the namesake the text placed before
    (the Krasnoarmeysk of the Moscow region, placed by its region a sentence earlier), or None."""
    town = mention.place
    if (
        town is None
        or town.place_type != "city"
        or mention.role != "target"
        or gazetteer.by_name.get(town.name) is not town
    ):
        return None
    return next((p for p in reversed(seen) if p.name == town.name and p is not town), None)


def namesake_in(mention: PlaceMention, named: Sequence[Place], gazetteer: Gazetteer) -> Place | None:
    """The largest place named like a town's mention (or its name) that lies in a region the text has named."""
    town = mention.place
    found = {*gazetteer.namesakes(mention.text), *(gazetteer.namesakes(town.name) if town is not None else ())}
    inside = [p for p in found if p is not town and in_named_region(p, named)]
    return max(inside, key=POPULATION, default=None)


def in_named_region(town: Place, named: Sequence[Place]) -> bool:
    """Whether a town lies in a region the text has named, itself or by a city of it."""
    return bool(town.region) and town.region in {p.own_region for p in named if p is not town}


def near_its_region(mention: PlaceMention, before: Sequence[PlaceMention], seen: Sequence[Place]) -> bool:
    """Whether a district named for a town ("Millerovsky district") is that town's: the town lies in a region the
    text has named (a region, or a city of it), and no city of the sentence owns the district ("Sochi's Adlersky
    district")."""
    town = mention.place
    if town is None or any(m.place is not None and m.text.endswith(("'s", "’s")) for m in before[-1:]):
        return False
    return in_named_region(town, [p for p in seen if p is not None])


def names_district(mention: PlaceMention, lex: Lexicon) -> bool:
    """'the Shevchenkivskyi district', 'the Kyivskyi and Holosiivskyi districts'."""
    if mention.district:
        return True
    last = mention.text.lower().rsplit(" ", 1)[-1]
    return last in lex.district_words or last.removesuffix("s") in lex.district_words


def is_district_of_elsewhere(mention: PlaceMention, city: Place, lex: Lexicon) -> bool:
    """'... the Shevchenkivskyi district' in a text about Zaporizhzhia: a city district named like one of another
    city (the gazetteer knows the namesake, not this one)."""
    place = mention.place
    named_district = names_district(mention, lex)
    return (
        named_district
        and place is not None
        and place.place_type == "city"
        and place.name.endswith(lex.adjective_endings)  # "Dniprovski", "Kyivski": named like a district, not a town
        and place.name != city.name
        and city.country in WAR_COUNTRIES  # (a Moldovan village named last owns no Ukrainian town's district)
        and place.region not in (city.name, city.region)
    )


def latest_of(
    kind: str, seen: Sequence[Place], gazetteer: Gazetteer, within: Sequence[Place] = (), sites: Set[str] = frozenset()
) -> Place | None:
    """The place "the city", "the oblast", "there"... refers to: the last of its kind named, and for a city or
    town one of the region its sentence named before it where there is one ("Odesa Oblast Governor Oleh Kiper
    said two were killed in the city": Odesa, though Mykolaiv was named last)."""
    if within and kind == "capital":  # "the governor of the Voronezh region said ... the regional capital"
        return gazetteer.largest_city(within[-1].name)
    if within and kind in ("city", "town"):
        inside = [p for p in seen if p.place_type == "city" and p.region == within[-1].name]
        if inside:
            return inside[-1]
    if kind == "there":
        return seen[-1] if seen else None
    if kind == "country":
        return None  # "across the country": the country attacked, which the attacker tells (completion.py)
    if kind == "capital":  # "the regional capital": the largest city of the region named last
        region = latest_of("region", seen, gazetteer)
        return gazetteer.largest_city(region.name) if region is not None else None
    if kind in sites:
        # "the airport said 27 flights were delayed", "two drones hit the refinery": the site of that kind named
        # last; else, but for an airport, the last site that is no airport ("the plant" after a refinery)
        facilities = [p for p in reversed(seen) if p.place_type == "facility"]
        same_kind = next((p for p in facilities if kind in p.name.lower()), None)
        if same_kind is not None or kind == "airport":
            return same_kind
        return next((p for p in facilities if "airport" not in p.name.lower()), None)
    for place in reversed(seen):
        if kind in ("city", "town", "village"):
            if place.place_type == "city":
                return place
        elif place.place_type == "region":
            return place
        elif place.place_type == "city" and place.region:
            return gazetteer.by_name.get(place.region)
    return None
