import pytest

from scripts.build_places import add_keeping_answers, foreign_alias, km_to_outline, latin_fold, russian_spellings

RUSSIAN_SPELLINGS = [
    ("Новая Каховка", {"Novaya Kakhovka"}),
    ("Голая Пристань", {"Golaya Pristan"}),
    ("Каменка-Днепровская", {"Kamenka-Dneprovskaya"}),
    ("Васильевка", {"Vasilyevka", "Vasilevka"}),  # ье
    ("Энергодар", {"Energodar"}),  # э
    ("Алешки", {"Aleshki"}),
    ("Алёшки", {"Alyoshki"}),  # ё
    ("Горловка", {"Gorlovka"}),
    ("Макеевка", {"Makeyevka", "Makeevka"}),  # е after a vowel
    ("Енакиево", {"Yenakiyevo", "Yenakievo", "Enakiyevo", "Enakievo"}),  # е at the start and after a vowel
    ("Кировское", {"Kirovskoye", "Kirovskoe"}),
    ("Светлодарск", {"Svetlodarsk"}),  # е after a consonant
    ("Красный Луч", {"Krasny Luch", "Krasnyy Luch"}),  # a final -ый
    ("Великий Новгород", {"Veliky Novgorod", "Velikiy Novgorod"}),  # a final -ий
    ("Запорожье", {"Zaporozhye", "Zaporozhe"}),
    ("Подъезд", {"Podyezd", "Podezd"}),  # ъе
    ("Щёлкино", {"Shchyolkino"}),
    ("Цюрупинск", {"Tsyurupinsk"}),
    ("Чернигов", {"Chernigov"}),
    ("Хмельницкий", {"Khmelnitsky", "Khmelnitskiy"}),
    ("Ново-Екатериновка", {"Novo-Yekaterinovka", "Novo-Ekaterinovka"}),  # a word's start after a hyphen
    ("Ростов-на-Дону", {"Rostov-na-Donu"}),
    ("Алекса́ндровск", {"Aleksandrovsk"}),  # a stress mark
    ("ВЕРХНЕБАКАНСКИЙ", {"Verkhnebakansky", "Verkhnebakanskiy"}),  # capitals only
    ("Бийск", {"Biysk"}),  # -ий only at a word's end
    # letters Russian lacks: Ukrainian і ї є ґ and the apostrophe, Belarusian ў, Latin letters
    ("Василівка", set()),
    ("Євпаторія", set()),
    ("Кам'янка", set()),
    ("Ґорґани", set()),
    ("Магілёў", set()),
    ("Kиев", set()),  # a Latin K
    ("Kharkiv", set()),
    ("", set()),
]


@pytest.mark.parametrize(("cyrillic", "spellings"), RUSSIAN_SPELLINGS, ids=[c or "empty" for c, _ in RUSSIAN_SPELLINGS])
def test_russian_names_are_spelt_as_english_newspapers_do(cyrillic, spellings):
    assert russian_spellings(cyrillic) == spellings


def row(name: str, population: int, aliases: str = "", place_type: str = "city") -> dict:
    return {
        "name": name,
        "place_type": place_type,
        "country": "UA",
        "lat": 48.0,
        "lon": 37.0,
        "region": "",
        "population": population,
        "aliases": aliases,
    }


def test_an_added_alias_never_takes_a_name_from_the_place_it_answered_unless_it_fixes_it():
    small = row("Rozkishne", 6_000, "Vasilyevka;Roskoshnoye")
    larger = row("Vasylivka", 12_000, "Vasilivka")
    other = row("Molodizhne", 9_000, "Molodyozhnoye")
    airport = row("Shakhtyorsk Airport", 0, "Shakhtyorsk", place_type="facility")
    rows = [small, larger, other, airport]
    added = {
        id(larger): {"Vasilyevka", "Vasilevka"},
        id(other): {"Roskoshnoye", "Molodyozhnoe"},
        id(airport): {"Shakhtyorsk International Airport"},
    }
    left_out = add_keeping_answers(rows, added, {"Vasilyevka": "Vasylivka"})
    assert left_out == ["roskoshnoye"]  # the larger Molodizhne would have taken Rozkishne's alias
    assert larger["aliases"] == "Vasilevka;Vasilivka;Vasilyevka"  # a fix, and a name nobody answered
    assert other["aliases"] == "Molodyozhnoe;Molodyozhnoye"
    assert small["aliases"] == "Vasilyevka;Roskoshnoye"  # what a row had is kept as it was
    assert airport["aliases"] == "Shakhtyorsk;Shakhtyorsk International Airport"


def test_a_fix_naming_another_place_than_the_one_that_would_answer_is_left_out():
    small = row("Rozkishne", 6_000, "Vasilyevka")
    larger = row("Vasylivka", 12_000)
    assert add_keeping_answers([small, larger], {id(larger): {"Vasilyevka"}}, {"Vasilyevka": "Elsewhere"}) == [
        "vasilyevka"
    ]
    assert larger["aliases"] == ""


def test_a_towns_russian_spelling_takes_the_name_from_a_village_that_has_it_as_an_alias():
    village = row("Huliaipole", 1_200, "Gulyay-Pole")
    town = row("Huliaipole", 13_000)
    village["name"] = "Huliaipole (village)"
    assert add_keeping_answers([village, town], {id(town): {"Gulyay-Pole"}}, {}) == []
    assert town["aliases"] == "Gulyay-Pole"


SQUARE = [[[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]]]  # one degree; at the equator about 111 km a side


@pytest.mark.parametrize(
    ("lat", "lon", "km"),
    [
        pytest.param(0.5, 1.5, 55.7, id="beside-an-edge"),
        pytest.param(0.5, 0.5, 55.3, id="inside"),
        pytest.param(2.0, 2.0, 156.9, id="off-a-corner"),
        pytest.param(0.0, 0.0, 0.0, id="on-a-corner"),
    ],
)
def test_the_distance_to_an_outline(lat, lon, km):
    assert km_to_outline(lat, lon, SQUARE) == pytest.approx(km, abs=0.1)


FOREIGN_ALIASES = [
    ("Warszawa", "Warsaw", True),
    ("Jassy", "Iasi", True),  # J and I begin alike
    ("Cracow", "Krakow", True),  # so do C and K
    ("Hrodna", "Grodno", True),  # and H and G
    ("Copou", "Iasi", False),  # a district
    ("Galata", "Iasi", False),
    ("KRK", "Krakow", False),  # a code
    ("Log", "Lodz", False),  # an English word, and short
    ("Lotz", "Lodz", True),
    ("Police", "Police", False),  # an English word
    ("Ogre", "Ogre", False),
    ("Bender", "Bender", True),  # a rare word: the town's name
    ("Baku", "Bacau", False),  # another city
    ("Stettin.", "Szczecin", False),
    ("Kishinev", "", True),  # a Russian spelling may begin otherwise
    ("Kishinev", "Chisinau", True),
    ("Zheshuv", "Rzeszow", False),
]


@pytest.mark.parametrize(("alias", "name", "kept"), FOREIGN_ALIASES)
def test_a_town_abroad_answers_only_to_alternate_names_like_its_own(alias, name, kept):
    assert foreign_alias(alias, name) is kept


@pytest.mark.parametrize(
    ("name", "ascii"), [("Białystok", "Bialystok"), ("Łódź", "Lodz"), ("Chișinău", "Chisinau"), ("Bălţi", "Balti")]
)
def test_latin_names_are_folded_to_ascii(name, ascii):
    assert latin_fold(name) == ascii
