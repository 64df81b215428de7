"""etl/extract/completion.py and sides.actor_side: the attacking side."""

import pytest

from etl.extract import extract
from etl.extract.completion import within
from etl.places import default_gazetteer

ATTACKERS = [
    pytest.param("Russia launched 40 drones at Ukraine.", "russia", id="actor-verb"),
    pytest.param(
        "The ministry said 12 Ukrainian drones were destroyed over the Belgorod region.",
        "ukraine",
        id="adjective-on-weapon",
    ),
    pytest.param("Three people were killed in Zaporizhzhia, the governor said.", "russia", id="place-in-ukraine"),
    pytest.param("Six drones were shot down over the Moscow region, the mayor said.", "ukraine", id="place-in-russia"),
    pytest.param(
        "Ukraine, meanwhile, launched 30 drones, with 20 of the drones shot down.",
        "ukraine",
        id="an-aside-between-the-side-and-its-verb",
    ),
    pytest.param(
        "Restrictions were imposed at two Moscow airports during the attack.",
        "ukraine",
        id="a-side-owning-what-was-hit-is-attacked",
    ),
    pytest.param(
        "Explosions were heard as strikes hit three Ukrainian cities overnight.",
        "russia",
        id="cities-of-a-side-are-attacked-by-the-other",
    ),
    pytest.param(
        "The Russian defence ministry said its air defences shot down 14 drones over the Black Sea.",
        "ukraine",
        id="over-a-sea-the-reporters-side-tells",
    ),
    pytest.param(
        "Over the past day the Ukrainian armed forces launched 38 drones at settlements.",
        "ukraine",
        id="a-sides-armed-forces-are-its-actor",
    ),
]


def test_a_national_count_after_an_aside_is_the_attacked_countrys():
    text = "Russia, for its part, fired 90 drones overnight, the air force said, with 70 of the drones shot down."
    assert {(f.value, f.place, f.attacker) for f in extract(text).figures} == {
        (90, "Ukraine", "russia"),
        (70, "Ukraine", "russia"),
    }


@pytest.mark.parametrize("text, attacker", ATTACKERS)
def test_attacker(text, attacker):
    assert {f.attacker for f in extract(text).figures} == {attacker}


ORIGINS = [
    pytest.param(
        "The air force said 40 drones were launched from occupied Crimea overnight.",
        ("Ukraine", "russia"),
        id="launch-area-in-crimea-is-russias",
    ),
    pytest.param(
        "The enemy attacked with 40 drones launched from Kursk, Millerovo and Chauda in occupied Crimea.",
        ("Ukraine", "russia"),
        id="a-list-of-launch-areas",
    ),
    pytest.param(
        "Air defences destroyed 30 drones over Sevastopol overnight.", ("Sevastopol", "ukraine"), id="sevastopol"
    ),
    pytest.param(
        "Air defences destroyed 30 drones over Crimea overnight.",
        ("Crimea", "ukraine"),
        id="crimea-is-attacked-by-ukraine",
    ),
    pytest.param(
        "Drones launched from Russia struck Kharkiv, injuring 3 people.",
        ("Kharkiv", "russia"),
        id="from-before-a-verb-ends-the-origin",
    ),
    pytest.param(
        "Yesterday evening, drones hit Gorlovka. One civilian was killed, the city's head said.",
        ("Horlivka", "ukraine"),
        id="horlivka-held-since-2014-is-attacked-by-ukraine",
    ),
    pytest.param(
        "A drone hit a bus in Melitopol, injuring 4 people, the occupation authorities said.",
        ("Melitopol", "ukraine"),
        id="melitopol-held-since-2022-is-attacked-by-ukraine",
    ),
    pytest.param(
        "A drone hit a car in Oleshky, injuring 2 people, the occupation authorities said.",
        ("Oleshky", "ukraine"),
        id="a-left-bank-town-held-since-2022-is-attacked-by-ukraine",
    ),
    pytest.param(
        "A drone hit a shop in Starobilsk, injuring 2 people.",
        ("Starobilsk", "ukraine"),
        id="a-luhansk-town-held-since-2022-is-attacked-by-ukraine",
    ),
    pytest.param(
        "Shelling hit the Kuibyshevsky district, injuring 2 people.",
        ("Smolianski", "ukraine"),
        id="a-district-inside-a-held-city-is-attacked-by-ukraine",
    ),
    pytest.param(
        "The ministry said air defences destroyed 14 drones over the territory of the LPR.",
        ("Luhansk Oblast", "ukraine"),
        id="the-occupiers-name-for-their-part-of-an-oblast-is-attacked-by-ukraine",
    ),
    pytest.param(
        "Two civilians were killed in the Donetsk People's Republic, Pushilin said.",
        ("Donetsk Oblast", "ukraine"),
        id="a-peoples-republic-spelt-out-is-its-oblast-attacked-by-ukraine",
    ),
    pytest.param(
        "A drone hit a shop in the Donetsk region, injuring 2 people.",
        ("Donetsk Oblast", "russia"),
        id="the-oblast-by-its-own-name-stays-the-country-codes-side",
    ),
    pytest.param(
        "Russian aircraft dropped 6 guided bombs on Beryslav, the governor said.",
        ("Beryslav", "russia"),
        id="a-town-across-the-river-from-a-small-held-town-is-no-part-of-it",
    ),
]


def test_a_held_place_does_not_decide_the_articles_side():
    text = (
        "Russia launched 50 drones at Ukraine overnight. A drone hit a bus in Melitopol, injuring 4 people.\n"
        "Air defences destroyed 12 drones over Crimea.\nIn total, 30 drones were shot down."
    )
    by_value = {f.value: f.attacker for f in extract(text).figures if f.value is not None}
    assert by_value == {50: "russia", 4: "ukraine", 12: "ukraine", 30: "russia"}


@pytest.mark.parametrize("text, place_and_attacker", ORIGINS)
def test_origins_and_held_places(text, place_and_attacker):
    assert {(f.place, f.attacker) for f in extract(text).figures if f.value is not None} == {place_and_attacker}


@pytest.mark.parametrize(
    "inner, outer, expected",
    [
        pytest.param("Kharkiv", "Kharkiv Oblast", True, id="a-city-in-its-region"),
        pytest.param("Saratov Oil Refinery", "Saratov", True, id="a-facility-in-its-city"),
        pytest.param("Tuapse Oil Refinery", "Krasnodar", False, id="a-facility-far-from-a-city-of-its-region"),
        pytest.param("Kharkiv", "Russia", False, id="not-in-another-country"),
    ],
)
def test_what_lies_within_what(inner, outer, expected):
    assert within(default_gazetteer(), inner, outer) is expected


def test_a_figure_without_a_side_takes_its_sources_before_the_articles():
    text = (
        "Russia's defence ministry said it downed 60 Ukrainian drones over the Kursk region. "
        "The Belgorod governor said 3 people were injured. The Bryansk governor said 2 houses were damaged.\n\n"
        "Ukraine's air force said 40 drones were shot down across Ukraine. It said hits by 9 drones were recorded."
    )
    attackers = {f.value: f.attacker for f in extract(text).figures}
    assert attackers == {60: "ukraine", 3: "ukraine", 2: "ukraine", 40: "russia", 9: "russia"}
