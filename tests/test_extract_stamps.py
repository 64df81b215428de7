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
    pytest.param(
        ["4:30 PM", "1:05 PM", "10:20 AM", "12:40 AM", "11:35 PM (Nov. 2)"],
        "",
        ["day:0"] * 4 + ["day:-1"],
        id="capital-am-pm-without-a-zone",
    ),
    pytest.param(["21:05", "18:10", "14:55"], "", ["day:0"] * 3, id="bare-24-hour-clocks-alone-on-their-lines"),
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


def test_a_live_page_in_the_pages_own_time_with_capital_pm():
    text = (
        "All times are Kyiv time.\n\n"
        "3:15 PM\nDeath toll rises\n\nFive people were killed in Kyiv, the mayor said.\n\n"
        "1:40 PM\nRescue work\n\nRescuers are still at the site.\n\n"
        "10:05 AM\nAir Force figures\n\nRussia launched 210 drones at the city, the air force said.\n\n"
        "11:50 PM (Nov. 2)\nAlert\n\nAn air raid alert was declared in Kyiv."
    )
    dates = {f.value: f.date_cue for f in extract(text).figures if f.value}
    assert dates == {5: "day:0", 210: "day:0"}


def test_a_page_dated_once_above_entries_stamped_with_bare_clock_times():
    text = (
        "Author: Maria Shevchenko\n"
        "Tuesday, 10 February 2026 21:05\n"
        "21:05\nThe death toll in Dnipro has risen to four, the administration reported.\n"
        "14:55\nA missile hit a university campus in Dnipro. Fifteen people were injured, the mayor said."
    )
    figures = extract(text).figures
    assert {f.value: f.date_cue for f in figures if f.value} == {4: "date:2026-02-10", 15: "date:2026-02-10"}
    assert "Shevchenko" not in {f.place for f in figures}
