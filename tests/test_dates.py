import datetime as dt

import pytest

from etl.dates import reference_date, resolve

MONDAY = dt.date(2023, 9, 11)
CASES = [
    pytest.param("day:0", MONDAY, ("2023-09-11", "day"), id="overnight-is-the-morning-of-publication"),
    pytest.param("night", MONDAY, ("2023-09-11", "day"), id="a-night-of-no-named-day-ended-on-the-page-day"),
    pytest.param("day:-1", MONDAY, ("2023-09-10", "day"), id="yesterday"),
    pytest.param("weekday:0", MONDAY, ("2023-09-11", "day"), id="on-monday-published-monday"),
    pytest.param("weekday:3", MONDAY, ("2023-09-07", "day"), id="overnight-into-thursday"),
    pytest.param("last_weekday:0", MONDAY, ("2023-09-04", "day"), id="last-monday-is-a-week-back"),
    pytest.param("weekday:1", MONDAY, ("2023-09-12", "day"), id="into-tuesday-on-a-monday-page-is-the-next-morning"),
    pytest.param("weekday:2", MONDAY, ("2023-09-06", "day"), id="wednesday-on-a-monday-page-is-last-week"),
    pytest.param("month_day:9-12", MONDAY, ("2023-09-12", "day"), id="the-day-after-the-page-is-this-year"),
    pytest.param("month_day:9-20", MONDAY, ("2022-09-20", "day"), id="a-week-after-the-page-is-last-year"),
    pytest.param("month_day:2-29", MONDAY, ("2020-02-29", "day"), id="29-february-of-a-leap-year"),
    pytest.param("month_day:2-30", MONDAY, ("", "unknown"), id="no-year-has-30-february"),
    pytest.param("month_day:5-25", dt.date(2023, 9, 29), ("2023-05-25", "day"), id="month-day-same-year"),
    pytest.param("month_day:12-30", dt.date(2024, 1, 2), ("2023-12-30", "day"), id="month-day-previous-year"),
    pytest.param("date:2025-01-08", MONDAY, ("2025-01-08", "day"), id="a-day-with-its-year"),
    pytest.param("date:2025-02-30", MONDAY, ("", "unknown"), id="a-day-with-its-year-that-never-was"),
    pytest.param("approx", MONDAY, ("", "approx"), id="previous-engagement"),
    pytest.param("range", MONDAY, ("", "approx"), id="date-range"),
    pytest.param("", MONDAY, ("2023-09-11", "approx"), id="no-cue-defaults-to-publication"),
    pytest.param("day:0", None, ("", "unknown"), id="never-invented-without-published"),
    pytest.param("date:2025-01-08", None, ("2025-01-08", "day"), id="a-day-with-its-year-needs-no-published"),
    pytest.param("day_of_month:9", MONDAY, ("2023-09-09", "day"), id="the-9th-of-this-month"),
    pytest.param("day_of_month:11", MONDAY, ("2023-09-11", "day"), id="the-11th-is-the-page-day"),
    pytest.param("day_of_month:25", MONDAY, ("2023-08-25", "day"), id="the-25th-of-last-month"),
    pytest.param("day_of_month:31", MONDAY, ("2023-08-31", "day"), id="the-31st-is-last-months-in-september"),
    pytest.param("day_of_month:31", dt.date(2023, 10, 2), ("", "unknown"), id="neither-month-had-a-31st-yet"),
]


@pytest.mark.parametrize("cue, reference, expected", CASES)
def test_resolve(cue, reference, expected):
    assert resolve(cue, reference) == expected


def test_dateline_moves_the_reference_day():
    assert reference_date("2023-12-15", "month_day:12-14") == dt.date(2023, 12, 14)
    assert reference_date("2023-12-15") == dt.date(2023, 12, 15)
    assert reference_date("", "month_day:12-14") is None
