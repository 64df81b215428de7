"""etl/extract/datecues.py and the article's day (extractor.date_by_article): which day cue a figure takes."""

import pytest

from etl.extract import extract


def cues(text: str, title: str = "") -> list[tuple[int, str]]:
    return [(f.value, f.date_cue) for f in extract(text, title).figures if f.value is not None]


CUES = [
    pytest.param(
        "Russia launched 40 drones overnight.\nIn the south, 3 people were injured.",
        "",
        [(40, "day:0"), (3, "day:0")],
        id="undated-paragraph-takes-the-leads-day",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\nOn Sunday a strike killed 2 people.\nLater, 5 people were injured.",
        "",
        [(40, "day:0"), (2, "weekday:6"), (5, "day:0")],
        id="a-cue-does-not-carry-past-its-paragraph",
    ),
    pytest.param(
        "Shelling killed 4 people on Tuesday. Another 6 were injured.",
        "",
        [(4, "weekday:1"), (6, "weekday:1")],
        id="a-cue-carries-within-its-paragraph",
    ),
    pytest.param(
        "Officials said 9 people were injured.",
        "Attacks injure 9 over the past 24 hours",
        [(9, "day:0")],
        id="the-title-dates-a-roundup",
    ),
    pytest.param(
        "Over the past week Russia launched about 500 drones.",
        "",
        [(500, "approx")],
        id="a-week-is-no-day",
    ),
    pytest.param("Officials said 12 drones were shot down.", "", [(12, "")], id="no-cue-anywhere"),
]


@pytest.mark.parametrize("text, title, expected", CUES)
def test_date_cues(text, title, expected):
    assert cues(text, title) == expected
