"""Step 9 of the grammar: what a figure's own sentence left open, filled from the rest of the article.

Its source from the neighbouring sentences (attribution.py says which); its attacker from its place, its
reporter or the article's majority; its place from the attacker (a national total is the victim country);
a bare "missile" from the one missile class the article names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..lexicon import Lexicon
from ..places import Gazetteer, Place, km_between
from .across import Speakers, closing_speaker, only_source, same_person, sentence_sources
from .attribution import credit_lines
from .figures import Figure, evolve, stated_rank
from .fullnames import FullNames, name_mentions
from .heads import OPPONENT, names_attack
from .offices import (
    generic_office,
    named_region,
    office_elsewhere,
    region_named,
    regional_office,
    short_form_of,
    title_place,
    unnamed_office,
)
from .parties import first_party, interviewee, source_sides
from .people import is_title, names_person
from .source_phrases import WORD
from .tokens import Sentence

VICTIM_COUNTRY = {"russia": "UA", "ukraine": "RU"}  # the country an attacker's weapons fall on
ATTACKER_OF_COUNTRY = {"UA": "russia", "RU": "ukraine"}
VICTIM_COUNTRY_OF = {"RU": "UA", "UA": "RU"}  # a launch area in one country: the weapons fell on the other


def attribute(
    sentences: list[Sentence],
    found: list[list[Figure]],
    sources: Sequence[Sequence[str]],
    lex: Lexicon,
    publisher: str = "",
    title: str = "",
    gazetteer: Gazetteer | None = None,
) -> list[Figure]:
    """Sources across sentences (across.py has the rules): a figure without one of its own borrows one, and
    a bare side, role or surname gives way to the source that names it in full. ``found`` holds the figures
    of each sentence, ``sources`` the resolved sources of each; a ``publisher`` that is an official body
    posting its own news (attribution.first_party) reports what nobody else is said to."""
    if not any(found):
        return []
    table = sentence_sources(sentences, sources, found, lex)
    full_names: FullNames | None = None  # built on first need: most sources are names already

    def resolved(source: str, index: int) -> str:
        nonlocal full_names
        if not FullNames.stands_for_someone(source, lex):
            return source
        full_names = full_names or FullNames(sources, lambda word: name_mentions(sentences, lex, word), lex)
        return full_names.best(source, index)

    def same(name: str, source: str, index: int) -> bool:  # "Vyacheslav Gladkov" after "the head of the region"
        if name == source:  # a body named again ("According to the police" resolved to the one named before)
            return True
        if same_person(name, source) or same_person(name, source.partition(",")[0]):  # "Lysak": "Serhii Lysak, head of"
            return True
        if short_form_of(name, source, lex):  # "According to the RMA" after "the Sumy Regional Military Administration"
            return True
        if not unnamed_office(source, lex):  # two names: their surnames tell (no index of the article needed);
            # a role after a name: whom it stands for ("the head of the RMA wrote" after "Serhiy Lysak, head of ...")
            holder = resolved(name, index) if unnamed_office(name, lex) else ""
            return bool(holder) and same_person(holder.partition(",")[0], source.partition(",")[0])
        holder = resolved(source, index)
        return same_person(name, holder) or same_person(resolved(name, index), holder)

    first_figure = next((i for i, own in enumerate(found) if own and not sentences[i].headline), len(found))
    own_news = own_press_service(publisher, sentences[:first_figure])  # the publisher by name: no surname
    author = (
        head_speaking(office_holder(first_party(publisher, lex), title, lex), sources[: first_figure + 1])
        or platform_author(publisher, title, sentences[:first_figure], lex)
        or own_news
        or interviewee(sentences, sentences[:first_figure], publisher, lex)  # an interview's answers without labels
    )
    credits = credit_lines(sentences, sources, lex)  # "Text of Telegram post by X": X wrote what follows
    only = only_source(table, lex)

    def tells_attack(index: int) -> bool:  # "Among the towns hit were ...", "The main direction of the strike was ..."
        sentence = sentences[index]
        return lex.any_trigger.search(sentence.lower) is not None or names_attack(sentence.tokens, lex)

    speakers = Speakers(table, same, tells_attack, own_voice=bool(author))
    chosen: list[tuple[Figure, int, str, Place | None]] = []  # (figure, sentence, source, region it names)
    for index, own in enumerate(found):
        for figure in own:
            source = figure.reported_by
            if not source and speakers.borrows(index):
                credited = next((name for at, name in reversed(credits) if at < index), "")
                source = speakers.borrowed(index, lex.verbs_of(figure.metric)) or author or credited or only
                if source and source == speakers.earlier[index]:  # its paragraph's speaker, a rank below its own
                    # sentence's ("Governor X said ... . Two were killed in Mykolaiv" restates "officials said")
                    figure = evolve(figure, source_rank=max(stated_rank(source, lex) - 1, 0))
                elif source and table[index].quoted and source == closing_speaker(table, index):
                    figure = evolve(figure, source_rank=stated_rank(source, lex))  # '"Four were killed. ...," X
                    # wrote': the figure in the speaker's own words, as well named as "X said four were killed"
            region = None
            if source and gazetteer is not None and generic_office(source, lex):
                region = named_region(figure.place, gazetteer, sentences[index].text)
            chosen.append((figure, index, source, region))
    regions: dict[str, set[str]] = {}  # a generic office's regions in the article: one region, one body
    for _, _, source, region in chosen:
        if region is not None:
            regions.setdefault(source, set()).add(region.name)
    figures: list[Figure] = []
    for figure, index, source, region in chosen:
        if source and source != own_news:
            fuller = resolved(source, index)
            if region is None and gazetteer is not None and len(regions.get(source, ())) == 1:
                region = gazetteer.by_name.get(next(iter(regions[source])))  # "the head of the RMA" of every figure
            if (
                region is not None
                and gazetteer is not None
                and (fuller == source or office_elsewhere(fuller, region, gazetteer))
            ):
                fuller = regional_office(source, region, lex)  # "In Dnipropetrovsk Oblast, ... the OVA said"
            source = fuller
        source = in_full(source, figure.place, lex, gazetteer)
        figures.append(evolve(figure, reported_by=source) if source != figure.reported_by else figure)
    return figures


TITLE_HEAD = re.compile(r"\s+[-–|]\s+|:\s+")  # "Serhii Lytvynenko - Dear residents ... | Facebook"


def platform_author(publisher: str, title: str, lead: Sequence[Sentence], lex: Lexicon) -> str:
    """The author of a post saved from a social platform (``publisher`` "Facebook", "Telegram"): the name
    opening its title ("Serhii Lytvynenko - Dear residents!"), with the office a line above its first figure
    gives ("Head of the Velykopysarivska settlement military administration"); "" for anything else."""
    if publisher.strip().lower() not in lex.platforms:
        return ""
    name = title_name(title)
    office = next((s.text.strip() for s in lead if not s.headline and is_office_line(s.text, lex)), "")
    return f"{name}, {office[:1].lower()}{office[1:]}" if name and office else name


def head_speaking(author: str, lead: Sequence[Sequence[str]]) -> str:
    """The head of a first-party ``author`` who speaks in its page's lead ("the head of the Dnipropetrovsk
    Regional Military Administration, Vladyslav Haivanenko, reported" on the administration's page): the page is
    their update. Else the author as it is."""
    wanted = author.lower()
    for found in lead if wanted else ():
        for source in found:
            lower = source.lower()
            if wanted in lower and names_person(source, set(WORD.findall(wanted))):
                return source
    return author


PRESS_SERVICE = re.compile(
    r"^(?:the\s+)?press\s+(?:service|office)\s+of\s+(?:the\s+)?(.+?)\.?$|^(.+?)\s+press\s+(?:service|office)\.?$", re.I
)


def own_press_service(publisher: str, lead: Sequence[Sentence]) -> str:
    """A page its publisher's own press service signs above the first figure ("Press service of DTEK" on a
    page DTEK published): the publisher's own news, which it reports; "" for anything else."""
    wanted = set(WORD.findall(publisher.lower()))
    for sentence in lead if wanted else ():
        match = PRESS_SERVICE.match(sentence.text.strip())
        if match and wanted <= set(WORD.findall((match.group(1) or match.group(2)).lower())):
            return publisher.strip()
    return ""


def office_holder(author: str, title: str, lex: Lexicon) -> str:
    """A first-party author named by an office alone ("the Governor of Belgorod Region") with the holder its
    post's title opens with ("Vyacheslav Gladkov: the situation in the region"); else the author as it is."""
    name = title_name(title)
    words = author.lower().split()
    if not name or name.lower() in author.lower() or not any(w in lex.person_words for w in words):
        return author
    return f"{name}, {author}"


def title_name(title: str) -> str:
    """The person's name a title opens with before a dash, a bar or a colon ("Ivan Petrenko - ..."), or ""."""
    name = TITLE_HEAD.split(title, maxsplit=1)[0].strip() if title else ""
    words = name.split()
    named = 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)
    return name if named and name != title.strip() else ""


def is_office_line(text: str, lex: Lexicon) -> bool:
    """'Head of the Velykopysarivska settlement military administration': a line that is an office alone."""
    words = WORD.findall(text)
    return (
        bool(words)
        and words[0].lower() in lex.person_words
        and len(words) <= 12
        and not text.rstrip().endswith((".", "!", "?"))
        and is_title(f"{words[0].lower()}{text.strip()[len(words[0]) :]}", lex)
    )


DEFINITE_OWNER = re.compile(r"^(?:the\s+)?([a-z]+)['’]s\s+(.+)$")  # "the airport's press service"
DEFINITE_BODY = re.compile(r"^(?:the\s+)?([a-z]+)$")  # "the airport"


def in_full(source: str, place_name: str, lex: Lexicon, gazetteer: Gazetteer | None) -> str:
    """A source as the table gives it: a body owned by the figure's place named by it ("the airport's press
    service" at Sochi International Airport, "the city's mayor" in Zaporizhzhia), a title spelt out ("Gov.")."""
    source = owner_named(source, place_name)
    if "." in source:  # "Gov. Mykola Kalashnyk": "Governor Mykola Kalashnyk"
        source = " ".join(lex.titles_in_full.get(word, word) for word in source.split(" "))
    if gazetteer is not None and "s " in source:
        source = city_owned(source, gazetteer.by_name.get(place_name))
    if gazetteer is not None:
        source = region_named(source, place_name, lex, gazetteer)
    return source


CITIES = ("city", "town")


def city_owned(source: str, place: Place | None) -> str:
    """'the city's mayor' of a figure in a city: that city's ("Zaporizhzhia mayor"); else as it is."""
    owned = DEFINITE_OWNER.match(source)
    if owned is None or owned.group(1) not in CITIES or place is None or place.place_type != "city":
        return source
    if Gazetteer.is_village(place):  # "the city's governor" of a figure in a village: another city's
        return source
    return f"{place.name} {owned.group(2)}"


def owner_named(source: str, place: str) -> str:
    """A source that is, or is owned by, "the airport" named by the figure's place when that is the airport
    ("the airport's press service" of a figure at Sochi International Airport is Sochi International Airport's,
    "the airport said" Sochi International Airport); else as it is."""
    if not place or not source[:1].islower():
        return source
    owned = DEFINITE_OWNER.match(source) if "'" in source or "’" in source else None
    if owned is not None and owned.group(1) in place.lower().split():
        return f"{place} {owned.group(2)}"
    body = DEFINITE_BODY.match(source)
    return place if body is not None and body.group(1) in place.lower().split() else source


def complete(figures: list[Figure], lex: Lexicon, gazetteer: Gazetteer) -> list[Figure]:
    """Fill the attacker from the figure's own words, place, launch area or reporter, else from the article
    (the side most of its figures name that way); the place from the attacker (a national total)."""
    missile_class = only_missile_class(figures)
    figures = [speaker_placed(figure, lex, gazetteer) for figure in figures]
    derived = [own_attacker(figure, lex, gazetteer) for figure in figures]
    # a side told only by a held place ("Horlivka": Ukraine attacked it) is geography, not the article's word
    told = [
        side for side, f in zip(derived, figures, strict=True) if side and (f.attacker or not held_place(f, gazetteer))
    ]
    majority = max(sorted(set(told)), key=told.count) if told else ""
    completed = []
    by_source: dict[str, str] = {}  # the side the last figure each source told a side of was attacked by
    for figure, attacker in zip(figures, derived, strict=True):
        if figure.weapon == "missile" and missile_class and not figure.weapon_model:
            figure = evolve(figure, weapon=missile_class)  # "the missiles" of an article about one type
        if attacker and figure.reported_by:
            by_source[figure.reported_by] = attacker
        # ("Russia fired 112 drones. ... 21 hit"; "The air force said 119 were downed, while hits by 24 drones
        # were recorded": its source's side, not the article's)
        attacker = attacker or figure.paragraph_actor or by_source.get(figure.reported_by, "") or majority
        updates: dict = {"attacker": attacker or "unknown"}
        if attackers_own_word(figure, attacker, lex):
            updates["reported_by"] = ""  # the Russian ministry, carried on, tells no toll of a strike in Lviv
        if not figure.place and attacker in VICTIM_COUNTRY:
            country = gazetteer.country(VICTIM_COUNTRY[attacker])
            if country is not None:
                updates["place"] = country.name
        changed = any(getattr(figure, name) != value for name, value in updates.items())
        completed.append(evolve(figure, **updates) if changed else figure)
    return completed


LOSS_CATEGORIES = ("casualty", "damage", "disruption")  # what the side attacked tells of itself


def attackers_own_word(figure: Figure, attacker: str, lex: Lexicon) -> bool:
    """Whether a loss its own sentence names no source for ("a drone killed a man in Lviv") took a source carried
    from before that speaks only for the side that attacked: that side's ministry tells no losses it caused."""
    if figure.source_rank or figure.category not in LOSS_CATEGORIES or not figure.reported_by:
        return False
    return source_sides(figure.reported_by, lex) == {attacker}


def speaker_placed(figure: Figure, lex: Lexicon, gazetteer: Gazetteer) -> Figure:
    """A figure its text places nowhere (or only in the country), reported by someone whose title names a place
    ("Novorossiysk Mayor Andrei Kravchenko", "Belgorod Governor Vyacheslav Gladkov"): that place, the speaker's
    city or region."""
    if not figure.reported_by or figure.place_explicit:
        return figure
    placed = gazetteer.by_name.get(figure.place) if figure.place else None
    if placed is not None and placed.place_type != "country":
        return figure  # the paragraph's or section's place, nearer than the speaker's
    place = title_place(figure.reported_by, lex, gazetteer)
    return evolve(figure, place=gazetteer.label(place), location=place.name) if place is not None else figure


@lru_cache(maxsize=1024)
def own_attacker(figure: Figure, lex: Lexicon, gazetteer: Gazetteer) -> str:
    """The attacking side a figure tells by itself: named in its sentence, else from its place (the other side
    of the place's country, or of who holds it), its launch area, or the side its reporter speaks for; ""."""
    if figure.attacker:
        return figure.attacker
    place = gazetteer.by_name.get(figure.place) if figure.place else None
    if place is not None and (place.place_type != "country" or figure.place_explicit):
        # ("14 over the territory of the LPR": the held part of Luhansk Oblast, named by its occupiers)
        side = held_by(place, gazetteer) or gazetteer.held_side(figure.location)
        side = side or ATTACKER_OF_COUNTRY.get(place.country, "")
        if side or place.country:
            return side  # (a sea is no side's: "over the Black Sea", the reporter's side may tell)
    origin = gazetteer.by_name.get(figure.origin) if figure.origin else None
    if origin is not None:  # "launched from the Kursk region": the side holding the launch area
        return OPPONENT.get(held_by(origin, gazetteer), "") or ATTACKER_OF_COUNTRY.get(
            VICTIM_COUNTRY_OF.get(origin.country, ""), ""
        )
    if figure.reported_by and figure.category in ("interception", "casualty", "damage", "disruption"):
        sides = source_sides(figure.reported_by, lex)
        if len(sides) == 1:
            return OPPONENT[sides.pop()]
    return ""


def only_missile_class(figures: list[Figure]) -> str:
    """The one missile class of an article about one type ("the missiles" of a Kinzhal attack), or "" when it
    names none, several, or a missile count larger than every count of its class ("51 missiles, including 32
    ballistic"; "2 cruise missiles shot down over the region" and "51 missiles" in all)."""
    specific = [f for f in figures if f.weapon in ("ballistic_missile", "cruise_missile") and f.value is not None]
    if len({f.weapon for f in specific}) != 1:
        return ""
    largest = max(f.value or 0 for f in specific)
    if any(f.weapon == "missile" and (f.value or 0) > largest for f in figures):
        return ""
    return specific[0].weapon


def held_place(figure: Figure, gazetteer: Gazetteer) -> bool:
    """Whether a figure's place is held by the side its country code does not say (Crimea, Horlivka)."""
    place = gazetteer.by_name.get(figure.place) if figure.place else None
    return place is not None and bool(held_by(place, gazetteer))


def held_by(place: Place, gazetteer: Gazetteer) -> str:
    """The side that attacks a place held by the other ("ukraine" for Sevastopol or a town in Crimea), or ""."""
    held = gazetteer.held
    side = held.get(place.name) or held.get(place.region, "")
    return side or (held_around(place.name, gazetteer) if place.place_type == "city" else "")


HELD_CITY_REACH_KM = 12  # a smaller town this near a held city lies inside it (Donetsk's districts are "towns")
HELD_CITY_PEOPLE = 100_000  # a held city large enough to have districts (Beryslav is no part of Nova Kakhovka)


@lru_cache(maxsize=2048)
def held_around(name: str, gazetteer: Gazetteer) -> str:
    """The side attacking a town inside a held city: a large city of the held list at most HELD_CITY_REACH_KM
    away and more than twice its size ("Kyivskyi district" of Donetsk), else ""."""
    town = gazetteer.by_name.get(name)
    if town is None:
        return ""
    for held_name, side in gazetteer.held.items():
        city = gazetteer.by_name.get(held_name)
        if (
            city is not None
            and city.place_type == "city"
            and city.population >= HELD_CITY_PEOPLE
            and city.population > 2 * town.population
            and km_between(city, town) <= HELD_CITY_REACH_KM
        ):
            return side
    return ""


FACILITY_REACH_KM = 25  # how far from a city's centre a facility may lie and still be the city's


def within(gazetteer: Gazetteer, inner: str, outer: str) -> bool:
    """Whether place ``inner`` lies inside place ``outer`` (a city in its region, anything in its country)."""
    place = gazetteer.by_name.get(inner)
    container = gazetteer.by_name.get(outer)
    if place is None or container is None:
        return False
    if place.name == container.name and inner != place.name and outer == container.name:
        return True  # "Zolochiv, Kharkiv Oblast" is the headline's "Zolochiv" told more narrowly
    if place.place_type == "facility" and container.place_type == "city":  # "the Saratov refinery" in Saratov
        near = km_between(place, container) <= FACILITY_REACH_KM
        return near and place.region == container.region
    return place.region == outer or (container.place_type == "country" and place.country == container.country)
