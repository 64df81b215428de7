import datetime as dt

import pandas as pd
import pytest

from app import frames
from app.frames import Filters
from etl import load
from tests.conftest import row


def table(*rows: dict) -> pd.DataFrame:
    """A validated events table with distinct spans, as the ETL would write it."""
    return load.events_frame([{**r, "char_start": i * 10, "char_end": i * 10 + 5} for i, r in enumerate(rows)])


UNDATED = {"event_date": "", "published": "", "date_precision": "unknown"}
FILTERS = [
    pytest.param(Filters(), 4, id="nothing-chosen-keeps-all"),
    pytest.param(Filters(places=("Kyiv",)), 2, id="one-place"),
    pytest.param(Filters(places=("Kyiv",), categories=("casualty",)), 1, id="place-and-category"),
    pytest.param(Filters(start="2025-07-21", end="2025-07-21"), 2, id="one-day-drops-undated"),
    pytest.param(Filters(start="2025-07-22"), 1, id="from-a-day"),
    pytest.param(Filters(end="2025-07-20"), 0, id="until-a-day"),
    pytest.param(Filters(countries=("RU",)), 1, id="country"),
]


@pytest.mark.parametrize("chosen, expected", FILTERS)
def test_filters(chosen, expected):
    events = frames.prepare(
        table(
            row(),
            row(category="casualty", metric="killed", weapon="", value=2),
            row(place="Odesa", event_date="2025-07-22"),
            row(place="Moscow", country="RU", **UNDATED),
        )
    )
    assert len(frames.apply_filters(events, chosen)) == expected


def test_filters_work_on_an_unprepared_table_too():
    events = table(row(), row(event_date="2025-07-30"))
    assert frames.apply_filters(events, Filters(start="2025-07-25")).shape[0] == 1


RATES = [
    pytest.param([("launched", 10), ("intercepted", 8)], 0.8, id="one-report"),
    pytest.param([("launched", 10), ("intercepted", 6), ("suppressed", 2)], 0.8, id="intercepted-plus-suppressed"),
    pytest.param([("intercepted", 8)], None, id="no-launch-figure"),
    pytest.param([("launched", 10)], None, id="no-interception-figure"),
    pytest.param([("launched", 5), ("intercepted", 9)], 1.0, id="capped-at-all"),
]


@pytest.mark.parametrize("figures, rate", RATES)
def test_interception_rate(figures, rate):
    category = {"launched": "strike"}
    rows = [row(metric=m, value=v, category=category.get(m, "interception")) for m, v in figures]
    assert frames.headline_numbers(table(*rows))["interception_rate"] == rate


def test_rate_pairs_figures_within_one_article():
    events = table(
        row(article_id="a", metric="launched", value=10),
        row(article_id="b", category="interception", metric="intercepted", value=10),
        row(article_id="c", metric="launched", value=20),
        row(article_id="c", category="interception", metric="intercepted", value=10),
    )
    numbers = frames.headline_numbers(events)
    assert numbers["interception_rate"] == 0.5
    assert (numbers["launched"], numbers["intercepted"]) == (30, 20)


def test_by_place_counts_and_sums():
    events = table(row(value=10), row(value=5), row(value=None, qualifier="unspecified"), row(place="Odesa"))
    summary = frames.by_place(events).set_index("place")
    assert summary.loc["Kyiv", "figures"] == 3
    assert summary.loc["Kyiv", "value"] == 16  # an unnumbered figure counts 1
    assert summary.loc["Odesa", "figures"] == 1


def test_exports_leave_out_the_dashboards_own_columns():
    events = frames.prepare(table(row()))
    assert "day" in events.columns
    assert list(frames.exported(events).columns) == load.COLUMNS
    assert pd.read_parquet(pd.io.common.BytesIO(frames.to_parquet_bytes(events))).columns.tolist() == load.COLUMNS


def test_filter_options_and_day_span():
    events = table(row(), row(place="Ukraine", place_type="country"), row(place="Odesa", event_date="2025-08-02"))
    assert frames.filter_options(events, "place") == ["Kyiv", "Odesa"]
    assert frames.day_span(events) == (dt.date(2025, 7, 21), dt.date(2025, 8, 2))
    assert frames.day_span(table(row(**UNDATED))) is None


def test_latest_orders_by_day_then_article_and_position():
    events = table(
        row(article_id="b", event_date="2025-07-20"),
        row(article_id="a", event_date="2025-07-22"),
        row(article_id="c", event_date="2025-07-22"),
        row(article_id="d", **UNDATED),
    )
    assert frames.latest(events, 2)["article_id"].tolist() == ["a", "c"]
    assert frames.latest(events, 10)["article_id"].tolist() == ["a", "c", "b", "d"]


def test_an_empty_selection_returns_the_table_itself():
    events = frames.prepare(table(row()))
    assert frames.apply_filters(events, Filters()) is events
