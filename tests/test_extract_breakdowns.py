"""etl/extract/breakdowns.py: the people a casualty count is made of."""

import pytest

from etl.extract import extract

BREAKDOWNS = [
    pytest.param("Three people were killed – two men and a woman.", [("killed", 3)], id="who-they-were-after-a-dash"),
    pytest.param("Five people were injured: three women and two children.", [("injured", 5)], id="after-a-colon"),
    pytest.param(
        "Three people were killed – two in Dnipro and one in Nikopol.",
        [("killed", 3), ("killed", 2), ("killed", 1)],
        id="by-place-they-stay",
    ),
    pytest.param(
        "Three people were killed – two men and four women.",
        [("killed", 3), ("killed", 2), ("killed", 4)],
        id="parts-that-do-not-add-up-stay",
    ),
    pytest.param(
        "Seven people were injured: five passengers and two of the train's crew.",
        [("injured", 7)],
        id="who-some-of-them-were-after-a-colon",
    ),
    pytest.param("Injured: 5 passengers and 2 drivers.", [("injured", 5), ("injured", 2)], id="a-label-is-no-total"),
    pytest.param(
        "Six people were injured. One of them suffered shrapnel wounds to his legs.",
        [("injured", 6)],
        id="what-happened-to-one-of-them-in-the-wholes-terms",
    ),
    pytest.param(
        "Six people were injured. One of them died in hospital.",
        [("injured", 6), ("killed", 1)],
        id="one-of-them-with-news-of-its-own",
    ),
    pytest.param(
        "Six people were injured, two of them in Izium.",
        [("injured", 6), ("injured", 2)],
        id="some-of-them-by-place",
    ),
    pytest.param(
        "Six people were injured. A 15-year-old boy was among the injured.",
        [("injured", 6)],
        id="a-person-among-the-counted",
    ),
    pytest.param(
        "Twenty-two people were injured. Fourteen of the injured, including two children, were hospitalised.",
        [("injured", 22)],
        id="a-subset-of-a-part-that-counts-no-one",
    ),
]


@pytest.mark.parametrize("text, expected", BREAKDOWNS)
def test_the_people_a_count_is_made_of_count_no_one_more(text, expected):
    assert [(f.metric, f.value) for f in extract(text).figures] == expected
