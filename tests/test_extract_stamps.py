"""etl/extract/stamps.py: the day of each entry of a live page stamped with clock times only."""

import pytest

from etl.extract import extract
from etl.extract.stamps import clock_cues
from etl.lexicon import load_lexicon

ZONES = load_lexicon().time_zone_hours

CLOCKS = [
    pytest.param(
        ["14:10 EET", "02:10 EET", "00:35 EET", "23:48 EET"], "", ["day:0"] * 3 + ["day:-1"], id="newest-first"
    ),
    pytest.param(["23:48 EET", "00:35 EET", "02:10 EET"], "", ["day:-1", "day:0", "day:0"], id="oldest-first"),
    pytest.param(["16.05 GMT", "14.10 GMT"], "", ["day:0", "day:0"], id="within-the-day"),
    pytest.param(["23.10 GMT", "21.40 GMT"], "", ["day:1", "day:0"], id="a-late-london-clock-is-the-next-kyiv-day"),
    pytest.param(
        ["6:42 a.m. ET", "12:15 a.m. ET", "11:40 p.m. ET", "4:12 p.m. ET"],
        "date:2026-05-17",
        ["date:2026-05-17", "date:2026-05-17", "date:2026-05-17", "date:2026-05-16"],
        id="us-eastern-time-dated-by-the-pages-update",
    ),
]


@pytest.mark.parametrize("stamps, updated, expected", CLOCKS)
def test_clock_cues(stamps, updated, expected):
    assert clock_cues(stamps, ZONES, updated) == expected


def test_a_live_page_across_midnight_in_another_zone():
    text = (
        "Updated 6:42 a.m. ET, Sun May 17, 2026\n"
        "6:42 a.m. ET\nRussia launched 273 drones at Ukraine, the air force said.\n"
        "11:40 p.m. ET\nTwo people were injured in Kyiv, the mayor said.\n"
        "4:12 p.m. ET\nThe defence ministry said 9 drones were downed over the Bryansk region."
    )
    dates = {f.value: f.date_cue for f in extract(text).figures}
    assert dates == {273: "date:2026-05-17", 2: "date:2026-05-17", 9: "date:2026-05-16"}
