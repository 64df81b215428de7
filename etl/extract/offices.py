"""Offices as reporters write them: a body by the acronym of its office spelt out ("the Volyn OVA": "Volyn Oblast
Military Administration (OVA)"), a mention holding an office its title names, and the level of government an
office is at ("the district military administration" is not the Oblast Military Administration)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon
from ..places import Gazetteer, Place
from .people import has_name, is_role_phrase, is_title
from .short_names import is_acronym
from .source_phrases import WORD

OFFICE_FILLERS = frozenset({"of", "the", "a", "an", "and"})


def holds_office(mention: str, title: str) -> bool:
    """Whether ``mention`` names the office of ``title``, its short names spelt out: "Oleh Syniehubov, head
    of the Kharkiv Regional Military Administration" holds "head of the RMA" (and of "the Kharkiv RMA")."""
    words = {w.lower() for w in WORD.findall(mention)}
    for word in WORD.findall(title):
        if word.lower() in OFFICE_FILLERS or word.lower() in words:
            continue
        if not (is_acronym(word) and spelt_out(word, mention)):
            return False
    return True


OFFICE_HOLDER = re.compile(r"^((?:the\s+)?[A-Za-z]+\s+of\s+the\s+)(.+)$")  # "head of the " + "Volyn OVA"


def head_of(source: str, lex: Lexicon) -> tuple[str, str]:
    """('head of the ', 'Volyn OVA') of "head of the Volyn OVA": a person's title and the office it heads; ('',
    source) for a source that opens with no such title."""
    holder = OFFICE_HOLDER.match(source) if " of the " in source else None
    if holder is not None and holder.group(1).split()[-3].lower() in lex.person_words:
        return holder.group(1), holder.group(2)
    return "", source


def office_acronym_spelt(source: str, lex: Lexicon) -> str:
    """'Dnipropetrovsk OVA': a place's body by the acronym of its office (lexicon's acronym_office), spelt out
    with the acronym kept ("Dnipropetrovsk Oblast Military Administration (OVA)"), its head's title kept too
    ("head of the Dnipropetrovsk RMA"); else ""."""
    head, office = head_of(source, lex)
    if head:
        body = office_acronym_spelt(office, lex)
        return f"{head}{body}" if body else ""
    *place, acronym = source.split()
    offices = lex.acronym_offices.get(acronym.lower()) if is_acronym(acronym) else None
    if not offices or not place or not all(word[:1].isupper() for word in place):
        return ""
    return f"{' '.join(place)} {offices[0].title()} ({acronym})"


def spelt_out(acronym: str, text: str) -> bool:
    """'RMA' in "Regional Military Administration", 'KCMA' in "Kyiv City Military Administration": a run of
    words whose initials spell the acronym (the fillers 'of', 'the', 'and' skipped)."""
    letters = [c.lower() for c in acronym if c.isupper()]
    if len(letters) < 3:  # "UN", "EU": too short to tell by initials
        return False
    initials = [w[0].lower() for w in WORD.findall(text) if w.lower() not in OFFICE_FILLERS]
    return any(initials[i : i + len(letters)] == letters for i in range(len(initials) - len(letters) + 1))


def spelt_body(acronym: str, text: str) -> str:
    """The name of the body ``acronym`` stands for in ``text`` (which spells it out, see spelt_out): the words
    that spell it and the capitalised ones right before them ("Zaporizhzhia Regional Military Administration" of
    "head of the Zaporizhzhia Regional Military Administration, Ivan Fedorov")."""
    letters = [c.lower() for c in acronym if c.isupper()]
    words = [m for m in WORD.finditer(text) if m.group().lower() not in OFFICE_FILLERS]
    for i in range(len(words) - len(letters) + 1):
        if [m.group()[0].lower() for m in words[i : i + len(letters)]] == letters:
            first = i
            while (
                first and words[first - 1].group()[:1].isupper() and words[first - 1].end() + 1 == words[first].start()
            ):
                first -= 1  # "Zaporizhzhia" of "Zaporizhzhia Regional Military Administration"
            return text[words[first].start() : words[i + len(letters) - 1].end()]
    return text


def same_level(source: str, other: str, lex: Lexicon) -> bool:
    """Whether two offices may be one: not when each names a level of government and the levels differ ("the
    district military administration" and "the Oblast Military Administration")."""
    levels = {lex.office_levels[w] for w in WORD.findall(source.lower()) if w in lex.office_levels}
    others = {lex.office_levels[w] for w in WORD.findall(other.lower()) if w in lex.office_levels}
    return not levels or not others or bool(levels & others)


OFFICE_SHORT_NAME = re.compile(r"^(?:the )?[a-z ]+\((?P<acronym>[A-Z]{2,6})\)$")  # "military administration (OVA)"


def office_acronym(source: str, lex: Lexicon) -> str:
    """The acronym of an office any region has ("OVA" of "the OVA", "regional military administration (OVA)" or
    "the head of the RMA"), as written; else ""."""
    _, source = head_of(source, lex)  # "the head of the RMA": the RMA's
    bare = source.removeprefix("the ").removeprefix("The ")
    short = OFFICE_SHORT_NAME.match(source)
    acronym = short.group("acronym") if short else bare
    return acronym if acronym.lower() in lex.acronym_offices else ""


def short_form_of(name: str, body: str, lex: Lexicon) -> bool:
    """Whether ``name`` is an office's acronym ("the RMA") that ``body`` spells out ("Sumy Regional Military
    Administration") or carries ("... (RMA)"): the body named again, short."""
    acronym = office_acronym(name, lex)
    if not acronym or head_of(name, lex)[0]:
        return False  # ("the head of the RMA" is a person, not the body)
    lower = body.lower()
    return acronym.lower() in WORD.findall(lower) or any(o in lower for o in lex.acronym_offices[acronym.lower()])


def generic_office(source: str, lex: Lexicon) -> bool:
    """'the governor', 'the OVA', 'the regional military administration': an office any region has."""
    return bool(office_acronym(source, lex)) or (not has_name(source) and unnamed_office(source, lex))


def figure_region(place_name: str, gazetteer: Gazetteer) -> Place | None:
    """The region of a figure's place (itself, if a region), or None."""
    place = gazetteer.by_name.get(place_name)
    if place is None or place.place_type not in ("city", "region"):
        return None
    return place if place.place_type == "region" else gazetteer.by_name.get(place.own_region)


def named_region(place_name: str, gazetteer: Gazetteer, text: str) -> Place | None:
    """The region of a figure's place when its sentence (``text``) names it ("In Dnipropetrovsk Oblast, ..."); a
    region only guessed from a town's name is None."""
    region = figure_region(place_name, gazetteer)
    if region is None or (region.place_type == "region" and region.name == place_name):
        return region  # a region itself is never a namesake's ("over the region" of a story on Dnipropetrovsk Oblast)
    return region if region.name.split()[0] in text else None


def office_elsewhere(office: str, region: Place, gazetteer: Gazetteer) -> bool:
    """Whether the office a role was found to stand for names a town or region of another region than
    ``region`` ("head of the Kharkiv OVA, Oleh Syniehubov" for "the OVA said" of Dnipropetrovsk Oblast)."""
    for word in {w for w in WORD.findall(office) if w[:1].isupper()}:
        named = figure_region(getattr(gazetteer.lookup(word), "name", ""), gazetteer)
        if named is not None and named.country == region.country and named.name != region.name:
            return True
    return False


def regional_office(source: str, region: Place, lex: Lexicon) -> str:
    """'the OVA' of a figure in Dnipropetrovsk Oblast: "Dnipropetrovsk Oblast Military Administration (OVA)";
    any other generic office stays as it was said ("governor")."""
    acronym = office_acronym(source, lex)
    if not acronym:
        return source
    head, office = head_of(source, lex)
    head = head if office.removeprefix("the ") == acronym else ""  # "the head of the RMA", not "... of the Sumy RMA"
    return office_acronym_spelt(f"{head}{region_stem(region)} {acronym}", lex) or source


def region_stem(region: Place) -> str:
    """A region's name as a title gives it: "Dnipropetrovsk" of Dnipropetrovsk Oblast ("Krasnodar Krai" whole)."""
    return region.name.removesuffix(" Oblast")


REGION_ANAPHOR = re.compile(r"\b(?:region|oblast)\b", re.IGNORECASE)  # "head of the region", "the region's governor"
REGIONAL = re.compile(r"\bregional\b", re.IGNORECASE)  # "the regional governor", "head of the regional police"
GOVERNOR = re.compile(r"^(?:the )?(?:acting )?(?:governor|gov\.)(?= |$)", re.IGNORECASE)  # "Governor Ihor Taburets"


@lru_cache(maxsize=4096)  # asked of every figure: an article's figures share their sources and places
def region_named(source: str, place: str, lex: Lexicon, gazetteer: Gazetteer) -> str:
    """A regional office named without its region, of a figure in ``region``: the region named ("head of the
    region, Vyacheslav Gladkov": "head of the Belgorod region, Vyacheslav Gladkov"; "the regional governor":
    "the Kharkiv regional governor"; "Governor Ihor Taburets": "Cherkasy Governor Ihor Taburets"). A source that
    names its place already stays as it is ("Rostov region Governor Yuri Slyusar", "regional authorities in
    Sumy"), and so does a source of a place whose namesakes lie in several regions (Zolochiv of Kharkiv and of
    Lviv Oblast: which one it is, is not known here)."""
    lower = source.lower()
    if "region" not in lower and "oblast" not in lower and "gov" not in lower:
        return source  # (most sources hold no regional office: asked first, it is the cheapest)
    anaphor, regional = REGION_ANAPHOR.search(source), REGIONAL.search(source)
    if anaphor is None and regional is None and not GOVERNOR.match(source):
        return source
    region = figure_region(place, gazetteer)
    if region is None or region.place_type != "region" or len({p.region for p in gazetteer.namesakes(place)}) > 1:
        return source
    if any(p.place_type == "city" for p in gazetteer.namesakes(region.name)):
        return source  # a city that is its own region (Kyiv, Sevastopol): its governor is no regional office
    if " in " in source or title_place(source, lex, gazetteer) is not None:
        return source  # "regional authorities in the city of Sumy", "Rostov region Governor Yuri Slyusar"
    stem = region_stem(region)
    named_at = anaphor or regional  # "head of the region": "head of the Belgorod region"; "the Kharkiv regional ..."
    if named_at is not None:
        return f"{source[: named_at.start()]}{stem} {source[named_at.start() :]}"
    return f"{stem} {source.removeprefix('the ')}"


@lru_cache(maxsize=4096)  # asked of every figure's source, twice
def title_place(source: str, lex: Lexicon, gazetteer: Gazetteer) -> Place | None:
    """The city or region a speaker's title names ("Kherson regional administration head X": Kherson Oblast),
    or None (a national body, or no place)."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in WORD.findall(source)]
    if not any(w.lower() in lex.person_words or w.lower() in lex.regional_titles for w in words):
        return None  # "the Defence Ministry in Moscow": a national body's seat, not its ground
    regional = any(w.lower() in lex.regional_titles for w in words)
    for k, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for n in (2, 1):  # a name right before its office ("Kharkiv Mayor", "Kryvyi Rih military administration")
            if k + n >= len(words) or words[k + n].lower() not in lex.office_words:
                continue
            name = " ".join(words[k : k + n])
            place = (regional and gazetteer.lookup(f"{name} region")) or gazetteer.lookup(name)
            if place is not None and place.place_type in ("city", "region"):
                return place
    return None


def unnamed_office(source: str, lex: Lexicon) -> bool:
    """'the head of the region', 'the governor', 'head of the Kharkiv RMA': an office named without its holder."""
    return source.lower() in lex.roles or is_role_phrase(source, lex) or is_title(source, lex)
