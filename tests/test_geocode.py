import json

import pytest
from geopy.exc import GeocoderUnavailable
from geopy.location import Location

from etl import config
from etl.errors import GeocoderError
from etl.geocode import CachedGeocoder, OfflineGazetteer, describe, geocode_rows, make_geocoder
from scripts.build_places import NEIGHBOURS, km_to_outline

OFFLINE = OfflineGazetteer()
NEAR_FRONT = {
    line.strip()
    for line in (config.DATA / "places" / "border_regions.txt").read_text().splitlines()
    if line[:1].isalpha()
}

RESOLVES = [
    pytest.param("Kyiv", "Kyiv", "city", "UA", id="kyiv"),
    pytest.param("Kiev", "Kyiv", "city", "UA", id="kiev"),
    pytest.param("Kharkov", "Kharkiv", "city", "UA", id="kharkov"),
    pytest.param("Odessa", "Odesa", "city", "UA", id="odessa"),
    pytest.param("Zaporozhye", "Zaporizhzhia", "city", "UA", id="zaporozhye"),
    pytest.param("Chuguiv", "Chuhuiv", "city", "UA", id="spelling-variant"),
    pytest.param("Kupyansk", "Kupiansk", "city", "UA", id="kupyansk"),
    pytest.param("Moscow", "Moscow", "city", "RU", id="moscow-city"),
    pytest.param("Moscow region", "Moscow Oblast", "region", "RU", id="moscow-region"),
    pytest.param("Belgorod region", "Belgorod Oblast", "region", "RU", id="belgorod-region"),
    pytest.param("Krasnodar Krai", "Krasnodar Krai", "region", "RU", id="krai"),
    pytest.param("Sheremetyevo Airport", "Sheremetyevo International Airport", "facility", "RU", id="airport"),
    pytest.param("Vnukovo Airport", "Vnukovo International Airport", "facility", "RU", id="airport-short"),
    pytest.param("Boryspil International Airport", "Boryspil International Airport", "facility", "UA", id="boryspil"),
    pytest.param("Crimea", "Crimea", "region", "UA", id="crimea"),
    pytest.param("Black Sea", "Black Sea", "region", "", id="sea"),
    pytest.param("Russia", "Russia", "country", "RU", id="country"),
    pytest.param("Poland", "Poland", "country", "PL", id="neighbour"),
    pytest.param("Rzeszów", "Rzeszow", "city", "PL", id="a-neighbour's-city"),
    pytest.param("Chișinău airport", "Chișinău International Airport", "facility", "MD", id="a-neighbour's-airport"),
    pytest.param(
        "Krasnoarmeysk, Moscow Oblast", "Krasnoarmeysk, Moscow Oblast", "city", "RU", id="a-namesake-by-its-region"
    ),
    pytest.param("Krasnoarmeysk", "Krasnoarmeysk", "city", "RU", id="the-likeliest-namesake-by-its-name"),
]


@pytest.mark.parametrize("query, name, place_type, country", RESOLVES)
def test_offline_gazetteer_resolves(query, name, place_type, country):
    found = describe(OFFLINE.geocode(query))
    assert (found["place"], found["place_type"], found["country"]) == (name, place_type, country)


def test_every_oblast_and_federal_subject_has_a_centroid():
    regions = [p for p in OFFLINE.gazetteer.places if p.place_type == "region" and p.country in ("UA", "RU")]
    assert len([p for p in regions if p.country == "UA"]) >= 25
    assert len([p for p in regions if p.country == "RU"]) >= 80
    assert all(40 <= p.lat <= 82 and (19 <= p.lon <= 180 or p.lon <= -168) for p in regions)


def test_cities_above_ten_thousand_are_covered():
    cities = [p for p in OFFLINE.gazetteer.places if p.place_type == "city"]
    assert len([p for p in cities if p.country == "UA"]) > 300
    assert len([p for p in cities if p.country == "RU"]) > 900


@pytest.mark.parametrize(
    "query, region",
    [
        pytest.param("Glushkovo", "Kursk Oblast", id="kursk-border-town"),
        pytest.param("Grayvoron", "Belgorod Oblast", id="belgorod-border-town"),
        pytest.param("Krasnopillia", "Sumy Oblast", id="sumy-border-town"),
    ],
)
def test_towns_above_five_thousand_near_the_front_are_covered(query, region):
    place = OFFLINE.geocode(query)
    assert place is not None and place.raw["region"] == region


def test_towns_below_ten_thousand_far_from_the_front_are_not():
    assert all(
        p.population >= 10_000 or p.region in NEAR_FRONT
        for p in OFFLINE.gazetteer.places
        if p.place_type == "city" and p.country in ("UA", "RU")
    )


def test_small_towns_of_the_neighbours_lie_near_ukraine():
    """The war's neighbours: their cities of 50,000 (Moldova's of 10,000), and smaller towns within 60 km of
    Ukraine's border only."""
    countries = json.loads((config.BOUNDARIES / "countries.geojson").read_text())["features"]
    ukraine = next(f for f in countries if f["properties"]["country"] == "UA")["geometry"]["coordinates"]
    towns = [p for p in OFFLINE.gazetteer.places if p.place_type == "city" and p.country in NEIGHBOURS]
    assert {p.country for p in towns} == set(NEIGHBOURS)
    small = [p for p in towns if p.population < (10_000 if p.country == "MD" else 50_000)]
    assert small and all(p.population >= 5_000 and km_to_outline(p.lat, p.lon, ukraine) <= 60 for p in small)


def test_unknown_place_is_none_not_an_error():
    assert OFFLINE.geocode("Atlantis Minor") is None


class FakeGeocoder:
    def __init__(self, fail=False):
        self.calls = []
        self.fail = fail

    def geocode(self, query, **kwargs):
        self.calls.append(query)
        if self.fail:
            raise GeocoderUnavailable("no network")
        raw = {"name": "Lviv", "addresstype": "city", "address": {"country_code": "ua"}}
        return Location("Lviv, Ukraine", (49.84, 24.03), raw)


def test_online_geocoder_is_cached_on_disk(tmp_path):
    fake = FakeGeocoder()
    lookup = CachedGeocoder(fake, tmp_path / "cache.json", OFFLINE, min_delay_seconds=0).lookup
    assert lookup("Lviv")["place_type"] == "city"
    assert lookup("Lviv")["country"] == "UA"
    again = CachedGeocoder(fake, tmp_path / "cache.json", OFFLINE, min_delay_seconds=0).lookup
    assert again("Lviv")["lat"] == 49.84
    assert fake.calls == ["Lviv"]
    assert "Lviv" in json.loads((tmp_path / "cache.json").read_text())


def test_network_failure_falls_back_offline_and_says_so_once(tmp_path, caplog):
    fake = FakeGeocoder(fail=True)
    geocoder = CachedGeocoder(fake, tmp_path / "cache.json", OFFLINE, min_delay_seconds=0)
    assert geocoder.lookup("Kharkiv")["place"] == "Kharkiv"
    assert geocoder.lookup("Odesa")["place"] == "Odesa"
    assert fake.calls == ["Kharkiv"]
    assert sum("offline gazetteer" in r.message for r in caplog.records) == 1
    assert not (tmp_path / "cache.json").exists()


def test_geocode_rows_fills_columns_and_leaves_unknowns_empty():
    rows = geocode_rows([{"place": "Sumy Oblast"}, {"place": ""}, {"place": "Nowhere Town"}], make_geocoder())
    assert rows[0]["place_type"] == "region" and rows[0]["country"] == "UA"
    assert rows[1]["lat"] is None and rows[2]["place"] == ""


def test_unknown_geocoder_name_raises():
    with pytest.raises(GeocoderError):
        make_geocoder("carrier-pigeon")


LVIV = {"place": "Lviv", "place_type": "city", "country": "UA", "lat": 49.84, "lon": 24.03}


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("", id="empty"),
        pytest.param('{"Lviv": {"place": "Lviv", "pla', id="truncated"),
        pytest.param("\x00\x01garbage", id="garbage"),
        pytest.param("[1, 2, 3]", id="not-an-object"),
        pytest.param("[" * 100_000, id="nested-too-deep"),
    ],
)
def test_a_broken_cache_file_is_moved_aside_and_rebuilt(tmp_path, caplog, content):
    cache = tmp_path / "cache.json"
    cache.write_text(content)
    fake = FakeGeocoder()
    geocoder = CachedGeocoder(fake, cache, OFFLINE, min_delay_seconds=0)
    assert geocoder.lookup("Lviv") == LVIV and fake.calls == ["Lviv"]
    assert [p.name.split(".bad-")[0] for p in tmp_path.iterdir() if ".bad-" in p.name] == ["cache.json"]
    assert json.loads(cache.read_text()) == {"Lviv": LVIV}
    assert "unreadable" in caplog.text


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param({**LVIV, "lat": 999}, id="latitude-999"),
        pytest.param({**LVIV, "place_type": "planet"}, id="unknown-place-type"),
        pytest.param({k: v for k, v in LVIV.items() if k != "lon"}, id="missing-longitude"),
        pytest.param({"lat": 50}, id="only-a-latitude"),
        pytest.param({**LVIV, "lon": "east"}, id="longitude-as-text"),
        pytest.param({**LVIV, "lat": float("nan")}, id="nan"),
        pytest.param({**LVIV, "country": "Ukraine"}, id="country-not-a-code"),
        pytest.param("Lviv", id="not-an-object"),
    ],
)
def test_a_bad_cache_entry_is_ignored_and_asked_again(tmp_path, caplog, entry):
    cache = tmp_path / "cache.json"
    cache.write_text(json.dumps({"Lviv": entry, "Atlantis": None}))
    fake = FakeGeocoder()
    geocoder = CachedGeocoder(fake, cache, OFFLINE, min_delay_seconds=0)
    assert geocoder.lookup("Atlantis") is None  # a remembered "not found" is a good entry
    assert geocoder.lookup("Lviv") == LVIV and fake.calls == ["Lviv"]
    assert "1 bad entries ignored" in caplog.text


def test_a_bad_answer_never_makes_a_row_without_coordinates():
    rows = geocode_rows([{"place": "Half"}, {"place": "Kyiv"}], lambda q: {"lat": 50} if q == "Half" else LVIV)
    assert rows[0]["lat"] is None and rows[0]["lon"] is None and rows[0]["place"] == ""
    assert rows[1]["lon"] == 24.03
