"""etl/extract/figures.py: a figure's evidence."""

import pytest

from etl.extract import extract
from tests.conftest import extracted_rows as rows


def test_evidence_span_points_into_the_text():
    text = "Officials said.\nOvernight, Russia launched 33 drones at Odesa."
    (figure,) = extract(text).figures
    assert text[figure.char_start : figure.char_end] == "33 drones"
    assert figure.sentence == "Overnight, Russia launched 33 drones at Odesa."


FRAMES = [  # whole sentences as news reports write them, and the figures each should give
    pytest.param(
        "Russia attacked Ukraine with 85 drones and 3 ballistic missiles overnight, the air force said.",
        [("launched", "ballistic_missile", 3, "exact"), ("launched", "drone", 85, "exact")],
        id="russia-attacked-ukraine-with-85-drones",
    ),
    pytest.param(
        "Of the 85 drones, 60 were shot down and 20 were lost to electronic warfare.",
        [
            ("intercepted", "drone", 60, "exact"),
            ("launched", "drone", 85, "exact"),
            ("suppressed", "drone", 20, "exact"),
        ],
        id="of-the-85-drones-60-were",
    ),
    pytest.param(
        "Ukraine's air defences neutralised 70 of 85 drones.",
        [("intercepted", "drone", 70, "exact"), ("launched", "drone", 85, "exact")],
        id="ukraine-s-air-defences-neutralised-70",
    ),
    pytest.param(
        "The strike killed at least 12 people and wounded more than 40.",
        [("injured", "", 40, "at_least"), ("killed", "", 12, "at_least")],
        id="the-strike-killed-at-least-12",
    ),
    pytest.param(
        "The death toll rose to 15, officials said.", [("killed", "", 15, "exact")], id="the-death-toll-rose-to-15"
    ),
    pytest.param(
        "The number of injured has risen to 31.", [("injured", "", 31, "exact")], id="the-number-of-injured-has-risen"
    ),
    pytest.param(
        "Nine people, including a child, were killed in the attack.",
        [("killed", "", 9, "exact")],
        id="nine-people-including-a-child-were",
    ),
    pytest.param(
        "Three civilians were killed and 11 more were injured in Russian shelling of Kherson.",
        [("injured", "", 11, "exact"), ("killed", "", 3, "exact")],
        id="three-civilians-were-killed-and-11",
    ),
    pytest.param(
        "Russian forces shelled 27 settlements in the region over the past day.",
        [("districts_affected", "", 27, "exact")],
        id="russian-forces-shelled-27-settlements-in",
    ),
    pytest.param(
        "More than 200,000 customers were left without electricity after the attack.",
        [("power_outages", "", 200000, "at_least")],
        id="more-than-200-000-customers-were",
    ),
    pytest.param(
        "Around 50 flights were cancelled and 120 delayed at Moscow airports.",
        [("flights_cancelled", "", 50, "approx"), ("flights_delayed", "", 120, "exact")],
        id="around-50-flights-were-cancelled-and",
    ),
    pytest.param(
        "Temporary restrictions were introduced at four airports.",
        [("airport_restrictions", "", 4, "exact")],
        id="temporary-restrictions-were-introduced-at-four",
    ),
    pytest.param(
        "Two drones hit an oil depot, starting a fire.",
        [("hit", "drone", 2, "exact")],
        id="two-drones-hit-an-oil-depot",
    ),
    pytest.param(
        "The drone attack damaged 14 residential buildings and 30 cars.",
        [("damaged", "", 14, "exact"), ("damaged", "", 30, "exact")],
        id="the-drone-attack-damaged-14-residential",
    ),
    pytest.param(
        "Over 100 drones were launched at Kyiv, according to the city administration.",
        [("launched", "drone", 100, "at_least")],
        id="over-100-drones-were-launched-at",
    ),
    pytest.param(
        "Air defence forces destroyed 23 Ukrainian UAVs over the Bryansk region, the ministry said.",
        [("intercepted", "drone", 23, "exact")],
        id="air-defence-forces-destroyed-23-ukrainian",
    ),
    pytest.param(
        "Six Kalibr cruise missiles were fired from the Black Sea; all were intercepted.",
        [("intercepted", "cruise_missile", 6, "exact"), ("launched", "cruise_missile", 6, "exact")],
        id="six-kalibr-cruise-missiles-were-fired",
    ),
    pytest.param(
        "Ukraine said it downed all 40 drones launched by Russia.",
        [("intercepted", "drone", 40, "exact"), ("launched", "drone", 40, "exact")],
        id="ukraine-said-it-downed-all-40",
    ),
    pytest.param(
        "The attack involved 300 drones and nearly 30 missiles.",
        [("launched", "drone", 300, "exact"), ("launched", "missile", 30, "approx")],
        id="the-attack-involved-300-drones-and",
    ),
    pytest.param(
        "Russia has launched more than 1,800 drones at Ukraine this week, Zelensky said.",
        [("launched", "drone", 1800, "at_least")],
        id="russia-has-launched-more-than-1",
    ),
    pytest.param(
        "Two people died in hospital, raising the death toll to five.",
        [("killed", "", 2, "exact"), ("killed", "", 5, "exact")],
        id="two-people-died-in-hospital-raising",
    ),
    pytest.param(
        "A drone struck a nine-storey building, injuring two residents.",
        [("injured", "", 2, "exact")],
        id="a-drone-struck-a-nine-storey",
    ),
    pytest.param(
        "The army said 18 of the 20 missiles were intercepted.",
        [("intercepted", "missile", 18, "exact"), ("launched", "missile", 20, "exact")],
        id="the-army-said-18-of-the",
    ),
    pytest.param(
        "Moscow's airports suspended flights for three hours; 45 flights were diverted.",
        [],
        id="moscow-s-airports-suspended-flights-for",
    ),
    pytest.param(
        "The ministry said the remaining four drones did not reach their targets.",
        [],
        id="the-ministry-said-the-remaining-four",
    ),
    pytest.param("No one was injured, the governor said.", [], id="no-one-was-injured-the-governor"),
    pytest.param(
        "Russia lost 1,200 soldiers in the past day, the General Staff said.", [], id="russia-lost-1-200-soldiers-in"
    ),
    pytest.param(
        "Around 300 residents were evacuated from the area.", [], id="around-300-residents-were-evacuated-from"
    ),
    pytest.param("The bridge is 19 kilometres long and carries 4 lanes.", [], id="the-bridge-is-19-kilometres-long"),
    pytest.param(
        "Russia fired 4 S-300 missiles at Kharkiv, killing one and wounding six.",
        [("injured", "", 6, "exact"), ("killed", "", 1, "exact"), ("launched", "missile", 4, "exact")],
        id="russia-fired-4-s-300-missiles",
    ),
    pytest.param(
        "Russian troops struck the city with two guided aerial bombs.",
        [("launched", "guided_bomb", 2, "exact")],
        id="russian-troops-struck-the-city-with",
    ),
    pytest.param(
        "In total, 47 drones were shot down over eight regions.",
        [("intercepted", "drone", 47, "exact")],
        id="in-total-47-drones-were-shot",
    ),
    pytest.param(
        "The enemy attacked with 43 Shahed-type strike UAVs; 35 were downed.",
        [("intercepted", "drone", 35, "exact"), ("launched", "drone", 43, "exact")],
        id="the-enemy-attacked-with-43-shahed",
    ),
    pytest.param(
        "Russian troops launched 12 attacks on the city, injuring 8.",
        [("injured", "", 8, "exact"), ("strikes", "", 12, "exact")],
        id="russian-troops-launched-12-attacks-on",
    ),
    pytest.param("Three of the missiles were not shot down.", [], id="three-of-the-missiles-were-not"),
    pytest.param("Russia did not launch any missiles overnight.", [], id="russia-did-not-launch-any-missiles"),
    pytest.param(
        "A total of 12 houses were damaged and 3 destroyed.",
        [("damaged", "", 3, "exact"), ("damaged", "", 12, "exact")],
        id="a-total-of-12-houses-were",
    ),
    pytest.param(
        "Some 5,000 households in Odesa remain without power.",
        [("power_outages", "", 5000, "approx")],
        id="some-5-000-households-in-odesa",
    ),
    pytest.param(
        "The attack left 1.2 million people without heating.",
        [("power_outages", "", 1200000, "exact")],
        id="the-attack-left-1-2-million",
    ),
    pytest.param(
        "Fourteen drones were destroyed, with debris damaging two homes.",
        [("damaged", "", 2, "exact"), ("intercepted", "drone", 14, "exact")],
        id="fourteen-drones-were-destroyed-with-debris",
    ),
]


@pytest.mark.parametrize("text, expected", FRAMES)
def test_frames(text, expected):
    assert rows(text) == expected
