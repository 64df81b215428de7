"""The offline gazetteer: place names, their aliases and coordinates.

Built from packaged data by ``scripts/build_places.py`` into
``data/places/gazetteer.csv``. Both the extractor (to spot place names in a
sentence) and the offline geocoder (to resolve them) read it.
"""

from __future__ import annotations

import csv
import hashlib
import math
import os
import pickle
import re
import secrets
import unicodedata
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import config

TYPE_RANK = {"country": 0, "region": 1, "city": 2, "facility": 3}
CAPITALS = {"UA": "Kyiv", "RU": "Moscow"}
WAR_COUNTRIES = frozenset(CAPITALS)  # their towns answer a name before any town abroad does
VILLAGE = 5_000  # people: a place smaller is a village, one of many of its name (never found by a name's sound)
LOOKUP_MEMO = 200_000  # names remembered by Gazetteer.lookup (like the key caches)


@dataclass(frozen=True)
class Place:
    name: str
    place_type: str
    country: str
    lat: float
    lon: float
    region: str = ""
    population: int = 0

    @property
    def own_region(self) -> str:
        """The region it lies in: itself for a region ("" for a country, or a town outside every outline)."""
        return self.name if self.place_type == "region" else self.region


LEADING_THE = re.compile(r"^the ")
POSSESSIVE = re.compile(r"'s?(?= |$)")  # "Sochi's international airport": Sochi International Airport
NOT_LETTER = re.compile(r"[^a-z]")
REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def latin_fold(text: str) -> str:
    """ASCII of a name in a Latin alphabet, Polish ł as l (NFKD leaves it whole): Białystok -> Bialystok."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def fold(text: str) -> str:
    """Lower-case ASCII key of a name: 'Kharkiv’s' -> "kharkiv's"."""
    text = latin_fold(text.replace("’", "'"))
    return " ".join(text.split()).lower()  # spaces collapsed and trimmed


@lru_cache(maxsize=200_000)
def key(text: str) -> str:
    """Lookup key: folded, without a leading 'the' or its words' possessives."""
    text = fold(text)
    text = LEADING_THE.sub("", text)
    return POSSESSIVE.sub("", text)


@lru_cache(maxsize=200_000)
def sound_key(text: str) -> str:
    """Spelling-insensitive key for transliterated names: Chuguiv ~ Chuhuiv, Kupyansk ~ Kupiansk."""
    text = key(text)
    if not text.isalpha():  # (ASCII and lower case: only a-z is alpha)
        text = NOT_LETTER.sub("", text)
    for old, new in (
        ("kh", "h"),
        ("zh", "z"),
        ("ts", "c"),
        ("g", "h"),
        ("yi", "i"),
        ("iy", "i"),
        ("yy", "i"),
        ("ya", "a"),
        ("ia", "a"),
        ("yu", "u"),
        ("iu", "u"),
        ("ye", "e"),
        ("ie", "e"),
        ("y", "i"),
        ("j", "i"),
    ):
        text = text.replace(old, new)
    return REPEATS.sub(r"\1", text)


class Gazetteer:
    """Name -> places index over the gazetteer rows."""

    def __init__(self, places: list[tuple[Place, list[str]]]):
        self.places = [place for place, _ in places]
        self._by_key: dict[str, list[Place]] = {}
        self._by_sound: dict[str, list[Place]] = {}
        for place, aliases in places:
            for alias in [place.name, *aliases]:
                self._by_key.setdefault(key(alias), []).append(place)
                if place.place_type == "city" and place.country in WAR_COUNTRIES and not self.is_village(place):
                    # (a misspelt name is a town's of the war's countries; a village's is too like another's)
                    self._by_sound.setdefault(sound_key(alias), []).append(place)
        self.max_words = max(len(k.split()) for k in self._by_key)
        self.by_name = {place.name: place for place in sorted(self.places, key=self._rank, reverse=True)}
        for place in self.places:  # a namesake by its region too ("Krasnoarmeysk, Moscow Oblast"): what the
            # extractor emits for it, so geocoding finds the same town
            if self.by_name[place.name] is not place and place.region:
                qualified = self.label(place)
                self.by_name.setdefault(qualified, place)
                self._by_key.setdefault(key(qualified), [place])
        self._countries = {p.country: p for p in reversed(self.places) if p.place_type == "country"}
        self.held: dict[str, str] = {}  # place name -> the side that attacks it, where the other holds it
        self._held_keys: tuple[dict[str, str], dict[str, str]] | None = None  # held, and held by lookup key
        self._exact: dict[str, Place | None] = {}  # lookup's answers
        self._fuzzy: dict[str, Place | None] = {}

    def label(self, place: Place) -> str:
        """The name that finds this place: its own, or for a namesake of a likelier place, with its region."""
        if self.by_name.get(place.name) is place or not place.region:
            return place.name
        return f"{place.name}, {place.region}"

    @staticmethod
    def abroad(place: Place) -> bool:
        """A town or facility outside the war's countries (Rzeszow, Chisinau airport)."""
        return place.place_type in ("city", "facility") and place.country not in WAR_COUNTRIES

    @staticmethod
    def _rank(place: Place) -> tuple:
        return (Gazetteer.abroad(place), TYPE_RANK[place.place_type], -place.population)

    @staticmethod
    def is_village(place: Place) -> bool:
        """A settlement of under VILLAGE people (its population known): it shares its name with others."""
        return place.place_type == "city" and 0 < place.population < VILLAGE

    def _best(self, text: str, found: list[Place]) -> Place:
        """The place a name means among those answering to it: a place of the war's countries before a town or
        facility abroad (Ivanovo, the Russian city, not the Belarusian town); one named so before one that merely
        has it as an alias (Pokrovsk, not Engels, once called Pokrovsk), then the larger kind and population."""
        found = [p for p in found if not self.abroad(p)] or found
        exact = [p for p in found if key(p.name) == key(text)]
        if not exact:  # (a village named like it is no better than a town that has the name as an alias)
            exact = [p for p in found if sound_key(p.name) == sound_key(text) and not self.is_village(p)]
        return min(exact or found, key=self._rank)

    def lookup(self, text: str, fuzzy: bool = False) -> Place | None:
        """The place a name most likely means, or None (memoised: the extractor asks about every capitalised
        span of every sentence, and names recur)."""
        found = self._fuzzy if fuzzy else self._exact
        if text not in found:
            if len(found) > LOOKUP_MEMO:
                found.clear()
            found[text] = self._lookup(text, fuzzy)
        return found[text]

    def _lookup(self, text: str, fuzzy: bool) -> Place | None:
        found = self._by_key.get(key(text))
        if found:
            return self._best(text, found)
        if fuzzy and len(key(text)) >= 5:
            found = self._by_sound.get(sound_key(text))
            if found:
                return self._best(text, found)
        return None

    def held_side(self, name: str) -> str:
        """The side that attacks the place a text names where the other side holds it, or "": what ``held``
        says of the text as a lookup key ("The DPR", "the LPR" as the occupation authorities name their part)."""
        if self._held_keys is None or self._held_keys[0] is not self.held:
            self._held_keys = (self.held, {key(name): side for name, side in self.held.items()})
        return self._held_keys[1].get(key(name), "")

    def largest_city(self, region: str) -> Place | None:
        """The most populous city of a region: its capital ("the regional capital"), or None."""
        cities = [p for p in self.places if p.place_type == "city" and p.region == region]
        return max(cities, key=lambda p: p.population) if cities else None

    def namesakes(self, text: str) -> list[Place]:
        """Every place answering to a name ("Bilenke": the villages of that name in several regions)."""
        return list(self._by_key.get(key(text), ()))

    def keys(self) -> list[str]:
        """Every lookup key (folded name or alias) the gazetteer answers."""
        return list(self._by_key)

    def is_known(self, text: str) -> bool:
        return key(text) in self._by_key

    def country(self, code: str) -> Place | None:
        """The country itself, by its ISO code."""
        return self._countries.get(code)

    def capital_of(self, country: str) -> Place | None:
        name = CAPITALS.get(country)
        return self.by_name.get(name) if name else None


EARTH_RADIUS_KM = 6371.0


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` is the region or country ``inner`` lies in (not the place itself)."""
    if inner is outer:
        return False
    return (outer.place_type == "region" and inner.region == outer.name) or (
        outer.place_type == "country" and inner.country == outer.country and inner.place_type != "country"
    )


def km_between(a: Place, b: Place) -> float:
    """Great-circle distance between two places (the haversine formula; geopy's costs half a second to import,
    more than extraction alone spends on most articles)."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def read_held(path: Path) -> dict[str, str]:
    """data/places/held.csv: places held by the side their country code does not say ("Crimea" -> ukraine)."""
    with path.open(newline="", encoding="utf-8") as handle:
        return {row["place"]: row["attacker"] for row in csv.DictReader(line for line in handle if line[:1] != "#")}


def read_gazetteer(path: Path) -> Gazetteer:
    rows = []
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            place = Place(
                name=row["name"],
                place_type=row["place_type"],
                country=row["country"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                region=row["region"],
                population=int(row["population"] or 0),
            )
            rows.append((place, [a for a in row["aliases"].split(";") if a]))
    return Gazetteer(rows)


@lru_cache(maxsize=4)
def default_gazetteer(path: Path = config.GAZETTEER) -> Gazetteer:
    """The gazetteer of ``path`` with data/places/held.csv. Its index is kept in the cache directory while those
    files and this module are unchanged: building it costs every process about a fifth of a second, reading it
    back a twentieth."""
    sources = (path, config.HELD_PLACES, Path(__file__))
    stamp = hashlib.sha1(b"".join(p.read_bytes() for p in sources if p.exists())).hexdigest()
    kept = config.CACHE / "gazetteer.pickle"
    gazetteer = read_index(kept, stamp)
    if gazetteer is None:
        gazetteer = read_gazetteer(path)
        if config.HELD_PLACES.exists():
            gazetteer.held = read_held(config.HELD_PLACES)
        write_index(kept, stamp, gazetteer)
    return gazetteer


def read_index(path: Path, stamp: str) -> Gazetteer | None:
    """The index kept at ``path`` if it was built from the files of ``stamp`` (the project's own cache, written by
    write_index), else None."""
    try:
        with path.open("rb") as handle:
            if pickle.load(handle) != stamp:
                return None
            gazetteer = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
        return None
    return gazetteer if isinstance(gazetteer, Gazetteer) else None


def write_index(path: Path, stamp: str, gazetteer: Gazetteer) -> None:
    """Keep the index through a temporary file (another process may be reading); where it cannot be written, the
    next process builds it again."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            pickle.dump(stamp, handle, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
