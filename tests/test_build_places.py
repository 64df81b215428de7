import pytest

from scripts.build_places import add_keeping_answers, russian_spellings

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
