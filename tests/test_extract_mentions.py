"""etl/extract/mentions.py: elliptical numbers, lists and their places."""

import pytest

from etl.extract import extract
from tests.conftest import extracted_rows as rows

LISTS = [
    pytest.param(
        "Drones attacked Mykolaiv overnight.\n"
        "List of damaged buildings\n"
        "Tsentralnyi district: 3 apartment buildings, 7 cars\n"
        "Soborna Street, 12 – windows, roof\n"
        "Zavodskyi district: 2 private houses",
        [("damaged", 2, "Mykolaiv"), ("damaged", 3, "Mykolaiv"), ("damaged", 7, "Mykolaiv")],
        id="a-list-titled-as-one-with-labelled-counts-and-notes",
    ),
    pytest.param(
        "The grid operator said the most disconnected consumers were in the following regions:\n"
        "– Poltava region – about 52,000;\n"
        "– Sumy region – 17,000.",
        [("power_outages", 17000, "Sumy Oblast"), ("power_outages", 52000, "Poltava Oblast")],
        id="items-count-what-an-opener-names-without-a-number",
    ),
    pytest.param(
        "The ministry said 40 drones were destroyed over the Bryansk region;\n"
        "12 over the Kursk region;\n"
        "5 over the Oryol region.",
        [
            ("intercepted", 5, "Oryol Oblast"),
            ("intercepted", 12, "Kursk Oblast"),
            ("intercepted", 40, "Bryansk Oblast"),
        ],
        id="one-item-a-paragraph-takes-the-first-items-verb",
    ),
    pytest.param(
        "Eleven people were killed in Sumy.\nFifteen of the injured remain in hospital, four in intensive care.",
        [("killed", 11, "Sumy")],
        id="a-list-of-people-in-hospital-is-no-list-of-the-dead",
    ),
    pytest.param(
        "The ministry published a breakdown by region:\n"
        "Kharkiv region - about 38,000 consumers lost power;\n"
        "Sumy region - 21,000;\n"
        "Poltava region: 9,000.",
        [
            ("power_outages", 9000, "Poltava Oblast"),
            ("power_outages", 21000, "Sumy Oblast"),
            ("power_outages", 38000, "Kharkiv Oblast"),
        ],
        id="labelled-items-count-what-the-first-item-counts",
    ),
    pytest.param(
        "Air defences destroyed 22 drones overnight:\nBryansk region — 10 UAVs;\nOryol region — 12 UAVs.",
        [("intercepted", 10, "Bryansk Oblast"), ("intercepted", 12, "Oryol Oblast"), ("intercepted", 22, "Russia")],
        id="lines-labelled-by-a-dash-are-items",
    ),
    pytest.param(
        "Three people were injured in the Kharkiv region on Jan. 24-25.",
        [("injured", 3, "Kharkiv Oblast")],
        id="a-date-range-is-no-labelled-item",
    ),
    pytest.param(
        "Russian air defences downed 30 Ukrainian drones: 11 drones over the Tula region, "
        "4 drones each over the Penza and Tver regions.",
        [
            ("intercepted", 4, "Penza Oblast"),
            ("intercepted", 4, "Tver Oblast"),
            ("intercepted", 11, "Tula Oblast"),
            ("intercepted", 30, "Russia"),
        ],
        id="colon-list-with-each-over-two-regions",
    ),
    pytest.param(
        "Units shot down drones over six Russian regions, including 9 over the Belgorod region.",
        [("intercepted", 9, "Belgorod Oblast")],
        id="including-after-an-unnumbered-plural",
    ),
    pytest.param(
        "Soldiers downed 15 drones over the Moscow region, including three flying towards Moscow.",
        [("intercepted", 3, "Moscow"), ("intercepted", 15, "Moscow Oblast")],
        id="including-with-a-participle",
    ),
    pytest.param(
        "One Russian Kh-59 missile launched from the Kursk region was also shot down.",
        [("intercepted", 1, "Ukraine")],
        id="participle-after-the-head-is-a-modifier",
    ),
    pytest.param(
        "Air defence units destroyed 29 Ukrainian drones overnight, the ministry said. One person was hurt in Kursk.\n"
        "The breakdown by region was as follows:\n"
        "— 20 over the Bryansk region;\n"
        "— 9 over the Kursk region.",
        [
            ("injured", 1, "Kursk"),
            ("intercepted", 9, "Kursk Oblast"),
            ("intercepted", 20, "Bryansk Oblast"),
            ("intercepted", 29, "Russia"),
        ],
        id="list-lines-under-an-opener-count-the-last-weapon-named",
    ),
    pytest.param(
        "As of 08:00, air defence shot down or suppressed 57 air targets:\n"
        "- 3 Kh-101 cruise missiles;\n"
        "- 54 Shahed drones.\n"
        "The attack injured 2 people.",
        [
            ("injured", 2, ""),
            ("intercepted_or_suppressed", 3, ""),
            ("intercepted_or_suppressed", 54, ""),
            ("intercepted_or_suppressed", 57, ""),
        ],
        id="list-lines-after-a-colon-take-the-totals-verb",
    ),
    pytest.param(
        "Drones were downed over the Bryansk, Oryol and Kursk regions (two over the Bryansk region, one over "
        "the Oryol region and one over the Kursk region).",
        [("intercepted", 1, "Kursk Oblast"), ("intercepted", 1, "Oryol Oblast"), ("intercepted", 2, "Bryansk Oblast")],
        id="a-list-in-parentheses-counts-the-unnumbered-weapon-before",
    ),
    pytest.param(
        "Over the past day the occupiers used the following against the Sumy region:\n"
        "4 KABs;\n"
        "12 Shahed-type UAVs.\n"
        "One person was injured.",
        [("injured", 1, "Sumy Oblast"), ("launched", 4, "Sumy Oblast"), ("launched", 12, "Sumy Oblast")],
        id="numbered-lines-under-a-verb-that-opens-a-list",
    ),
]

ELLIPSES = [
    pytest.param(
        "Hits by 12 drones were recorded at five locations, and debris fell at three more.",
        [("districts_affected", "", 3), ("districts_affected", "", 5), ("hit", "drone", 12)],
        id="more-after-at-counts-the-places-before",
    ),
    pytest.param(
        "Strike on Odesa substation: two engineers killed, more than 90,000 without electricity",
        [("killed", "", 2), ("power_outages", "", 90000)],
        id="a-headless-number-without-electricity-counts-consumers",
    ),
    pytest.param(
        "Two people were killed and 30,000 left without power.",
        [("killed", "", 2), ("power_outages", "", 30000)],
        id="a-headless-number-left-without-power",
    ),
    pytest.param(
        '"Of the 28 injured, 11 have been hospitalised, including a boy.',
        [("injured", "", 28)],
        id="which-of-the-injured-are-in-hospital-is-no-count",
    ),
    pytest.param(
        "Air defences destroyed 60 drones over Russian regions. Of these, 41 were over the Moscow region "
        "and 19 over the Tula region.",
        [("intercepted", "drone", 19), ("intercepted", "drone", 41), ("intercepted", "drone", 60)],
        id="of-these-n-were-over-a-region",
    ),
    pytest.param(
        "Russia launched 90 drones. Air defence shot down 61, while 20 were lost to jamming.",
        [("intercepted", "drone", 61), ("launched", "drone", 90), ("suppressed", "drone", 20)],
        id="a-bare-object-of-a-downing-verb-counts-the-weapons-before",
    ),
    pytest.param(
        "Russia launched 90 drones. Air defence destroyed 61.",
        [("intercepted", "drone", 61), ("launched", "drone", 90)],
        id="destroyed-n",
    ),
    pytest.param(
        "Five people were killed in the city. Rescuers pulled out 12.",
        [("killed", "", 5)],
        id="no-weapon-before-no-object",
    ),
    pytest.param(
        "The number of drones shot down over the Oryol region rose to 31.",
        [("intercepted", "drone", 31)],
        id="the-number-of-weapons-downed-rose-to-n",
    ),
    pytest.param(
        "In Sumy the number of damaged houses has grown to 40.",
        [("damaged", "", 40)],
        id="the-number-of-damaged-objects-grew-to-n",
    ),
    pytest.param(
        "The governor later gave the number of injured as seven.",
        [("injured", "", 7)],
        id="gave-the-number-of-injured-as-n",
    ),
    pytest.param(
        "The police put the number of damaged residential buildings at 17.",
        [("damaged", "", 17)],
        id="the-number-of-objects-with-two-adjectives",
    ),
    pytest.param("Drones hit 5 drone factories.", [("damaged", "", 5)], id="a-weapon-naming-what-it-makes-is-no-head"),
    pytest.param(
        "Russia fired a total of 61 weapons at the country.",
        [("launched", "drone_or_missile", 61)],
        id="weapons-are-drones-or-missiles",
    ),
    pytest.param("Drones hit 5 weapons depots.", [("damaged", "", 5)], id="weapons-depots-are-buildings"),
    pytest.param(
        "Air defences shot down 12 drones over Moscow by midnight. By 7 a.m. the count stood at 27.",
        [("intercepted", "drone", 12), ("intercepted", "drone", 27)],
        id="a-running-count-grown-in-the-next-sentence",
    ),
    pytest.param(
        "Air defences have downed 12 drones so far; the tally later rose to 20.",
        [("intercepted", "drone", 12), ("intercepted", "drone", 20)],
        id="a-running-tally-grown-in-the-same-sentence",
    ),
    pytest.param(
        "Some 40 flights were cancelled in Sochi.\nThe mayor kept a tally of drones over the city. "
        "By morning the count stood at 9.",
        [("flights_cancelled", "", 40)],
        id="a-running-count-takes-no-count-from-two-sentences-back",
    ),
    pytest.param(
        "Russia launched 41 missiles overnight. Of the missiles, 29 were Kh-101 cruise missiles, eight were "
        "Iskander-M ballistic missiles and four were Kinzhal missiles.",
        [
            ("launched", "ballistic_missile", 4),
            ("launched", "ballistic_missile", 8),
            ("launched", "cruise_missile", 29),
            ("launched", "missile", 41),
        ],
        id="of-the-weapons-n-were-a-model-is-a-breakdown",
    ),
    pytest.param(
        "Russia attacked the region 260 times. Of these, 251 were drone attacks on Orikhiv.",
        [("strikes", "", 260), ("strikes", "drone", 251)],
        id="n-were-drone-attacks-counts-attacks-not-drones",
    ),
    pytest.param(
        "The enemy attacked with 212 strike drones overnight. About 130 of them were Shaheds.",
        [("launched", "drone", 130), ("launched", "drone", 212)],
        id="n-of-them-were-a-model-is-a-breakdown",
    ),
    pytest.param(
        "Troops fired 64 missiles at the grid, of which 40 were Kh-101s.",
        [("launched", "cruise_missile", 40), ("launched", "missile", 64)],
        id="of-which-n-were-a-model-in-the-same-sentence",
    ),
    pytest.param(
        "The enemy attacked with 150 strike UAVs, about 100 of them Shaheds, and two Kh-59 missiles.",
        [("launched", "cruise_missile", 2), ("launched", "drone", 100), ("launched", "drone", 150)],
        id="n-of-them-a-model-without-a-verb",
    ),
    pytest.param(
        "Russia launched 212 drones overnight. Around 140 of the drones were Shahed-type attack drones, the rest "
        "decoys.",
        [("launched", "drone", 140), ("launched", "drone", 212)],
        id="n-of-the-weapons-were-a-model-breaks-down-the-launch",
    ),
    pytest.param(
        "Russia fired 200 drones and six missiles. Air defences downed 180 of the drones and two of the missiles, "
        "both of them Kh-101 cruise missiles.",
        [
            ("intercepted", "cruise_missile", 2),
            ("intercepted", "drone", 180),
            ("launched", "drone", 200),
            ("launched", "missile", 6),  # (what two of the six were does not tell the other four)
        ],
        id="both-of-them-a-model-says-what-those-two-were",
    ),
    pytest.param(
        "The mayor said air defences downed 25 drones since the evening, 9 of them after midnight.",
        [("intercepted", "drone", 9), ("intercepted", "drone", 25)],
        id="a-part-told-by-its-time-is-counted-as-its-whole",
    ),
    pytest.param(
        "Nine people were hurt in the strike; three of them were children.",
        [("injured", "", 9)],
        id="n-of-them-were-children-says-who-they-were",
    ),
    pytest.param(
        "Nine people were hurt in the strike, four of them were hospitalised.",
        [("injured", "", 9)],
        id="n-of-them-were-hospitalised-is-no-count",
    ),
    pytest.param(
        "Air defences downed 74 drones and one cruise missile.\n"
        '"Of the drones, 31 were destroyed over the Rostov region," the ministry said.',
        [("intercepted", "cruise_missile", 1), ("intercepted", "drone", 31), ("intercepted", "drone", 74)],
        id="a-whole-fronted-in-a-quote",
    ),
]


@pytest.mark.parametrize("text, expected", ELLIPSES)
def test_ellipses(text, expected):
    assert rows(text, "metric", "weapon", "value") == expected


@pytest.mark.parametrize("text, expected", LISTS)
def test_lists(text, expected):
    assert rows(text, "metric", "value", "place") == expected


TIMELINE = (
    "The mayor reported 9 drones shot down on the approach to Tula overnight.\n"
    "Timeline of his posts:\n"
    "01:10 — two UAVs;\n"
    "02:40 — three UAVs;\n"
    "03:15 — two UAVs;\n"
    "04:05 — two UAVs."
)


def test_an_opener_counting_nothing_breaks_down_the_count_before_and_its_lines_stay_apart():
    expected = [("intercepted", 2), ("intercepted", 2), ("intercepted", 2), ("intercepted", 3), ("intercepted", 9)]
    assert rows(TIMELINE, "metric", "value") == expected


def test_a_teaser_label_opens_no_breakdown_of_the_count_before():
    text = (
        "Drones hit Zaporizhzhia, injuring three people, Fedorov said.\n\n"
        "Related news:\nFedorov: 2,300 residents of the region evacuated in November"
    )
    assert rows(text, "metric", "value") == [("injured", 3)]


@pytest.mark.xfail(strict=True, reason="the lines take the country: the place of the count they break down is not kept")
def test_the_lines_of_a_breakdown_take_the_place_of_its_count():
    assert {place for _, place in rows(TIMELINE, "value", "place")} == {"Tula"}


BARE = [
    pytest.param("A fire broke out at the depot after the strike.", [("fires", "")], id="a-fire"),
    pytest.param("Explosions were heard in the city overnight.", [("strikes", "")], id="explosions"),
    pytest.param("Residential buildings were damaged in the attack.", [("damaged", "")], id="bare-plural-damaged"),
    pytest.param("Three fires broke out after the attack.", [("fires", 3)], id="a-number-wins"),
    pytest.param("Russia launched a massive drone attack on Kyiv.", [], id="an-attack-is-no-figure"),
    pytest.param("The attack was repelled by mobile fire groups.", [], id="fire-groups-are-no-fire"),
    pytest.param("Linesmen restored the power line under fire.", [], id="under-fire-is-a-figure-of-speech"),
    pytest.param("Soldiers opened fire on the drone.", [], id="opening-fire-is-shooting-not-a-fire"),
]


@pytest.mark.parametrize("text, expected", BARE)
def test_unnumbered_figures(text, expected):
    from etl.extract import extract

    assert sorted((f.metric, f.value if f.value is not None else "") for f in extract(text).figures) == expected


SAME_PERSON = [
    pytest.param(
        "A man was wounded by shrapnel in Nikopol. The man was taken to a hospital in Dnipro with shrapnel wounds.",
        [("injured", 1, "Nikopol")],
        id="the-man-is-the-wounded-man",
    ),
    pytest.param(
        "Two people were injured in Chornomorsk. The woman was hospitalised in Odesa with burns.",
        [("injured", 2, "Chornomorsk")],
        id="the-woman-is-one-of-the-counted",
    ),
    pytest.param(
        "Drones hit a warehouse in Odesa. A woman was injured.",
        [("injured", 1, "Odesa")],
        id="an-indefinite-person-counts",
    ),
]


@pytest.mark.parametrize("text, expected", SAME_PERSON)
def test_a_definite_person_after_a_count_is_not_counted_again(text, expected):
    assert rows(text, "metric", "value", "place") == expected


def test_a_person_among_counted_passengers_is_a_subset():
    figures = extract("Three passengers were killed and seven more were injured, among them a teenager.").figures
    assert [(f.metric, f.value) for f in figures] == [("killed", 3), ("injured", 7)]
