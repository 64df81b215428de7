import pickle

import pytest

from etl import config, places
from etl.places import Gazetteer, Place, contains, default_gazetteer, km_between, read_index, write_index

KHARKIV = Place("Kharkiv", "city", "UA", 49.99, 36.23, "Kharkiv Oblast", 1_400_000)
SMALL = Gazetteer([(KHARKIV, ["Kharkov"])])


@pytest.fixture
def fresh_default(tmp_path, monkeypatch):
    """default_gazetteer with its index cache in tmp_path, nothing remembered from other tests."""
    monkeypatch.setattr(config, "CACHE", tmp_path)
    default_gazetteer.cache_clear()
    yield tmp_path / "gazetteer.pickle"
    default_gazetteer.cache_clear()


def test_a_kept_index_is_read_back_with_its_stamp(tmp_path):
    path = tmp_path / "index.pickle"
    write_index(path, "stamp-1", SMALL)
    read = read_index(path, "stamp-1")
    assert read is not None and read.lookup("Kharkov") == KHARKIV


UNTRUSTED = [
    pytest.param(None, id="missing"),
    pytest.param(b"", id="empty"),
    pytest.param(b"not a pickle at all", id="garbage"),
    pytest.param(pickle.dumps("stamp-1") + pickle.dumps({"not": "a gazetteer"}), id="wrong-object"),
    pytest.param(pickle.dumps("stamp-0") + pickle.dumps(SMALL), id="other-stamp"),
    pytest.param(pickle.dumps("stamp-1"), id="cut-off"),
]


@pytest.mark.parametrize("content", UNTRUSTED)
def test_an_index_it_cannot_trust_is_not_read(tmp_path, content):
    path = tmp_path / "index.pickle"
    if content is not None:
        path.write_bytes(content)
    assert read_index(path, "stamp-1") is None


def test_the_default_gazetteer_is_kept_once_and_then_read_from_the_cache(fresh_default, monkeypatch):
    built = default_gazetteer()
    assert fresh_default.exists() and built.lookup("Kharkiv").name == "Kharkiv"
    default_gazetteer.cache_clear()

    def no_building(path):
        raise AssertionError("the kept index should have been read")

    monkeypatch.setattr(places, "read_gazetteer", no_building)
    kept = default_gazetteer()
    assert kept.lookup("Kharkiv") == built.lookup("Kharkiv") and kept.held == built.held


def test_a_changed_gazetteer_file_is_built_again(fresh_default, tmp_path):
    source = tmp_path / "gazetteer.csv"
    source.write_text(config.GAZETTEER.read_text(encoding="utf-8"), encoding="utf-8")
    assert default_gazetteer(source).lookup("Testville") is None
    default_gazetteer.cache_clear()
    with source.open("a", encoding="utf-8") as handle:
        handle.write("Testville,city,UA,50.0,30.0,Kyiv Oblast,20000,\n")
    assert default_gazetteer(source).lookup("Testville").name == "Testville"


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache directory should be")
    monkeypatch.setattr(config, "CACHE", blocked / "cache")
    default_gazetteer.cache_clear()
    try:
        assert default_gazetteer().lookup("Kharkiv").name == "Kharkiv"
    finally:
        default_gazetteer.cache_clear()
    assert not (blocked / "cache").exists()


@pytest.mark.parametrize(
    "a, b, km",
    [
        pytest.param("Kyiv", "Kharkiv", 411, id="two-cities"),
        pytest.param("Kyiv", "Kyiv", 0, id="the-same-place"),
        pytest.param("Moscow", "Kyiv", 755, id="across-a-border"),
    ],
)
def test_the_distance_between_two_places(a, b, km):
    gazetteer = default_gazetteer()
    assert round(km_between(gazetteer.by_name[a], gazetteer.by_name[b])) == km


@pytest.mark.parametrize(
    "outer, inner, expected",
    [
        pytest.param("Chernihiv Oblast", "Nizhyn", True, id="a-region-and-its-town"),
        pytest.param("Ukraine", "Nizhyn", True, id="a-country-and-its-town"),
        pytest.param("Ukraine", "Kharkiv Oblast", True, id="a-country-and-its-region"),
        pytest.param("Sumy Oblast", "Nizhyn", False, id="another-region"),
        pytest.param("Russia", "Nizhyn", False, id="another-country"),
        pytest.param("Chernihiv Oblast", "Chernihiv Oblast", False, id="itself"),
        pytest.param("Nizhyn", "Chernihiv Oblast", False, id="a-town-holds-no-region"),
    ],
)
def test_a_place_contains_the_towns_and_regions_in_it(outer, inner, expected):
    gazetteer = default_gazetteer()
    assert contains(gazetteer.by_name[outer], gazetteer.by_name[inner]) is expected


YAROSLAVL = Place("Yaroslavl", "city", "RU", 57.63, 39.87, "Yaroslavl Oblast", 600_000)
JAROSLAW = Place("Jaroslaw", "city", "PL", 50.02, 22.68, "", 35_000)
HOMYEL = Place("Homyel", "city", "BY", 52.43, 30.98, "", 500_000)
BIALYSTOK = Place("Bialystok", "city", "PL", 53.13, 23.16, "", 296_000)
IVANOVO_RU = Place("Ivanovo", "city", "RU", 57.0, 40.97, "Ivanovo Oblast", 400_000)
IVANOVO_BY = Place("Ivanovo", "city", "BY", 52.14, 25.54, "", 16_000)
KUPIANSK = Place("Kupiansk", "city", "UA", 49.71, 37.62, "Kharkiv Oblast", 27_000)
CHISINAU_AIRPORT = Place("Chișinău International Airport", "facility", "MD", 46.93, 28.93, "", 0)
WAR_AND_NEIGHBOURS = Gazetteer(
    [
        (YAROSLAVL, ["Jaroslaw"]),
        (JAROSLAW, []),
        (HOMYEL, []),
        (BIALYSTOK, []),
        (IVANOVO_BY, []),
        (IVANOVO_RU, []),
        (KUPIANSK, []),
        (CHISINAU_AIRPORT, ["Kishinev airport"]),
    ]
)


@pytest.mark.parametrize(
    "text, fuzzy, place",
    [
        pytest.param("Jaroslaw", False, YAROSLAVL, id="a-war-town's-alias-before-a-name-abroad"),
        pytest.param("Ivanovo", False, IVANOVO_RU, id="a-war-town-before-a-namesake-abroad"),
        pytest.param("Homyel", False, HOMYEL, id="a-town-abroad-by-its-name"),
        pytest.param("Gomel", True, None, id="no-sound-alike-abroad"),
        pytest.param("Kupyansk", True, KUPIANSK, id="a-sound-alike-of-a-war-town"),
        pytest.param("Białystok", False, BIALYSTOK, id="polish-l"),
        pytest.param("Kishinev airport", False, CHISINAU_AIRPORT, id="a-facility-abroad"),
    ],
)
def test_the_war_s_countries_answer_a_shared_name_and_sound_alikes(text, fuzzy, place):
    assert WAR_AND_NEIGHBOURS.lookup(text, fuzzy=fuzzy) == place


KOZINKA = Place("Kozinka", "city", "RU", 50.6, 35.4, "Belgorod Oblast", 1_100)
GRAYVORON = Place("Grayvoron", "city", "RU", 50.48, 35.68, "Belgorod Oblast", 6_000)
VILLAGE_AND_TOWN = Gazetteer([(KOZINKA, []), (GRAYVORON, [])])


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Kozinka", KOZINKA, id="a-village-by-its-name"),
        pytest.param("Kazinka", None, id="no-sound-alike-of-a-village"),
        pytest.param("Graivoron", GRAYVORON, id="a-sound-alike-of-a-town"),
    ],
)
def test_a_village_answers_only_to_its_own_spelling(text, place):
    assert VILLAGE_AND_TOWN.lookup(text, fuzzy=True) == place


def test_a_village_is_a_settlement_of_under_five_thousand_people():
    assert Gazetteer.is_village(KOZINKA)
    assert not Gazetteer.is_village(GRAYVORON)
    assert not Gazetteer.is_village(Place("Kacha Air Base", "facility", "UA", 44.8, 33.5, "Sevastopol", 0))


def test_a_display_name_shared_with_a_town_abroad_is_the_war_town_s():
    assert WAR_AND_NEIGHBOURS.by_name["Ivanovo"] == IVANOVO_RU
    assert set(WAR_AND_NEIGHBOURS.namesakes("Ivanovo")) == {IVANOVO_RU, IVANOVO_BY}


@pytest.mark.parametrize(
    "text, name, country",
    [
        # Russian spellings of occupied and frontline towns
        ("Novaya Kakhovka", "Nova Kakhovka", "UA"),
        ("Golaya Pristan", "Hola Prystan", "UA"),
        ("Kamenka-Dneprovskaya", "Kamianka-Dniprovska", "UA"),
        ("Vasilyevka", "Vasylivka", "UA"),  # not Rozkishne, once so called
        ("Energodar", "Enerhodar", "UA"),
        ("Alyoshki", "Oleshky", "UA"),
        ("Nikolayev", "Mykolaiv", "UA"),
        ("Krasny Luch", "Khrustalni", "UA"),
        # the war's neighbours
        ("Rzeszów airport", "Rzeszow-Jasionka Airport", "PL"),
        ("Chișinău", "Chisinau", "MD"),
        ("Kishinev", "Chisinau", "MD"),
        ("Białystok", "Bialystok", "PL"),
        ("Gomel", "Homyel", "BY"),
        ("Vilnius airport", "Vilnius International Airport", "LT"),
        ("Ivanovo", "Ivanovo", "RU"),  # not the Belarusian town
        ("Police", None, None),  # the Polish town is too small to join: no police force is a place
        # possessives
        ("Sochi's international airport", "Sochi International Airport", "RU"),
        ("Kharkiv’s", "Kharkiv", "UA"),
    ],
)
def test_the_gazetteer_answers(text, name, country):
    place = default_gazetteer().lookup(text)
    assert ((place.name, place.country) if place else (None, None)) == (name, country)


@pytest.mark.parametrize(
    "town, region",
    [
        pytest.param("Kyiv", "Kyiv", id="a-city-inside-its-outline"),
        pytest.param("Kherson", "Kherson Oblast", id="a-riverside-city-just-outside-the-outline"),
        pytest.param("Ochakiv", "Mykolaiv Oblast", id="a-coastal-town-just-outside-the-outline"),
        pytest.param("Anapa", "Krasnodar Krai", id="a-russian-coastal-town-just-outside-the-outline"),
    ],
)
def test_a_town_lies_in_its_region(town, region):
    assert default_gazetteer().lookup(town).region == region


@pytest.mark.parametrize(
    "name, side",
    [
        pytest.param("Sevastopol", "ukraine", id="a-held-city-by-its-name"),
        pytest.param("The LPR", "ukraine", id="an-occupation-name-with-its-article"),
        pytest.param("Donetsk People's Republic", "ukraine", id="an-occupation-name-spelt-out"),
        pytest.param("Kharkiv", "", id="a-city-held-by-its-own-country"),
        pytest.param("Donetsk Oblast", "", id="no-oblast-is-held-whole"),
    ],
)
def test_the_held_side_of_a_name(name, side):
    assert default_gazetteer().held_side(name) == side


def test_the_held_side_follows_a_replaced_list():
    gazetteer = default_gazetteer()
    kept = gazetteer.held
    try:
        assert gazetteer.held_side("Kharkiv") == ""
        gazetteer.held = {"Kharkiv": "russia"}
        assert gazetteer.held_side("kharkiv") == "russia"
    finally:
        gazetteer.held = kept


def test_a_namesake_is_labelled_and_found_by_its_region():
    gazetteer = default_gazetteer()
    moscow_towns = [p for p in gazetteer.namesakes("Krasnoarmeysk") if p.region == "Moscow Oblast"]
    assert moscow_towns, "the gazetteer should hold the Krasnoarmeysk of the Moscow region"
    town = moscow_towns[0]
    assert gazetteer.label(town) == "Krasnoarmeysk, Moscow Oblast"
    assert gazetteer.lookup("Krasnoarmeysk, Moscow Oblast") is town
    assert gazetteer.label(gazetteer.lookup("Krasnoarmeysk")) == "Krasnoarmeysk"
