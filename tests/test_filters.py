import datetime as dt

import pytest

from app.filters import dates_from_link, known_values, widened

SPAN = (dt.date(2025, 7, 1), dt.date(2025, 7, 31))
TODAY = dt.date(2025, 11, 25)


@pytest.mark.parametrize(
    "start, end, picked, notice",
    [
        pytest.param(None, None, None, None, id="no-dates"),
        pytest.param("2025-07-10", "2025-07-20", (dt.date(2025, 7, 10), dt.date(2025, 7, 20)), None, id="valid"),
        pytest.param("2025-07-10", None, (dt.date(2025, 7, 10), SPAN[1]), None, id="start-only"),
        pytest.param("2031-01-01", None, None, "after today", id="start-in-the-future"),
        pytest.param("garbage", None, None, "not a date", id="start-garbage"),
        pytest.param("2010-01-01", "2025-07-20", (SPAN[0], dt.date(2025, 7, 20)), "before the first", id="early"),
        pytest.param("2025-07-10", "2099-01-01", (dt.date(2025, 7, 10), SPAN[1]), "after today", id="end-late"),
        pytest.param("2025-07-20", "2025-07-10", None, "after its end", id="start-after-end"),
        pytest.param(None, "2013-01-01", None, "before 2014-01-01", id="end-before-anything"),
        pytest.param("<b>x</b>", None, None, "\\<b\\>x", id="escaped-in-notice"),
    ],
)
def test_dates_from_link(start, end, picked, notice):
    got, notices = dates_from_link(start, end, SPAN, TODAY)
    assert got == picked
    assert (notice is None and not notices) or any(notice in text for text in notices)


def test_dates_from_link_without_dated_rows():
    assert dates_from_link("2025-07-10", None, None, TODAY)[0] is None


def test_known_values():
    assert known_values(["Kyiv", "Atlantis", "Odesa"], {"Kyiv", "Odesa"}) == (["Kyiv", "Odesa"], ["Atlantis"])


NEW_DAY = dt.date(2025, 8, 15)


@pytest.mark.parametrize(
    "picked, days, expected",
    [
        pytest.param(None, [NEW_DAY], None, id="never-chosen-follows-the-table"),
        pytest.param(SPAN, [NEW_DAY], None, id="whole-table-follows-the-table"),
        pytest.param((dt.date(2025, 7, 5), dt.date(2025, 7, 9)), [NEW_DAY], (dt.date(2025, 7, 5), NEW_DAY), id="wider"),
        pytest.param(
            (dt.date(2025, 7, 5), dt.date(2025, 7, 9)), [], (dt.date(2025, 7, 5), dt.date(2025, 7, 9)), id="undated"
        ),
        pytest.param((dt.date(2025, 7, 5),), [NEW_DAY], None, id="half-picked"),
    ],
)
def test_widened(picked, days, expected):
    assert widened(picked, SPAN, days) == expected
