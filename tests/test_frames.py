import datetime as dt

import pandas as pd
import pytest

from app import frames
from app.frames import Filters
from etl import incidents, load
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
    pytest.param(Filters(direction="russia"), 3, id="direction"),
    pytest.param(Filters(direction="ukraine", countries=("RU",)), 1, id="direction-and-country"),
]


@pytest.mark.parametrize("chosen, expected", FILTERS)
def test_filters(chosen, expected):
    events = frames.prepare(
        table(
            row(),
            row(category="casualty", metric="killed", weapon="", value=2),
            row(place="Odesa", event_date="2025-07-22"),
            row(place="Moscow", country="RU", attacker="ukraine", **UNDATED),
        )
    )
    assert len(frames.apply_filters(events, chosen)) == expected


def test_filters_work_on_an_unprepared_table_too():
    events = table(row(), row(event_date="2025-07-30"))
    assert frames.apply_filters(events, Filters(start="2025-07-25")).shape[0] == 1


def figures(*rows: dict, chosen: Filters | None = None, parts: bool = False) -> pd.DataFrame:
    """Incident figures of the rows (after the filters), as the dashboard works them out."""
    events, incident_table = incidents.build(table(*rows))
    shown = frames.apply_filters(frames.prepare(events), chosen or Filters())
    return frames.incident_figures(shown, incident_table, parts)


DRONE = {"category": "strike", "metric": "launched", "weapon": "drone", "place": "Ukraine", "place_type": "country"}


def stop(metric: str, weapon: str = "drone", **changes) -> dict:
    return row(**{**DRONE, "category": "interception", "metric": metric, "weapon": weapon, **changes})


RATES = [
    pytest.param([row(**DRONE, value=10), stop("intercepted", value=8)], "drone", 0.8, "ok", id="one-report"),
    pytest.param(
        [row(**DRONE, value=10), stop("intercepted", value=6), stop("suppressed", value=2)],
        "drone",
        0.8,
        "ok",
        id="shot-down-plus-jammed",
    ),
    pytest.param(
        [row(**DRONE, value=10), stop("suppressed", value=4)], "drone", None, "no shot-down figure", id="jammed-only"
    ),
    pytest.param([stop("intercepted", value=8)], "drone", None, "no launch figure", id="no-launch-figure"),
    pytest.param([row(**DRONE, value=10)], "drone", None, "no shot-down figure", id="no-interception-figure"),
    pytest.param(
        [row(**DRONE, value=5), stop("intercepted", value=9)],
        "drone",
        None,
        "more stopped than launched",
        id="scope-mismatch-is-na-not-100",
    ),
    pytest.param(
        [
            row(**DRONE, value=426),
            row(**{**DRONE, "weapon": "missile"}, value=24),
            stop("intercepted_or_suppressed", "drone_or_missile", value=224),
            stop("suppressed", value=203),
        ],
        "all",
        427 / 450,
        "ok",
        id="seed-lumped-plus-lost-from-radar",
    ),
    pytest.param(
        [
            row(**DRONE, value=426),
            stop("intercepted_or_suppressed", "drone_or_missile", value=224),
            stop("suppressed", value=203),
        ],
        "drone",
        None,
        "no shot-down figure",
        id="lumped-count-is-no-drone-figure",
    ),
    pytest.param(
        [
            row(**DRONE, value=100),
            stop("intercepted", value=90),
            stop("intercepted", value=30, place="Kharkiv Oblast", place_type="region"),
        ],
        "drone",
        0.9,
        "ok",
        id="a-part-is-not-added",
    ),
]


@pytest.mark.parametrize("rows, family, rate, status", RATES)
def test_night_rates(rows, family, rate, status):
    nights = frames.night_rates(figures(*rows)).set_index("family")
    assert nights.loc[family, "status"] == status
    assert (None if pd.isna(nights.loc[family, "rate"]) else nights.loc[family, "rate"]) == pytest.approx(rate)


def test_rates_pair_figures_of_one_night_and_direction():
    shown = figures(
        row(**DRONE, value=10),
        stop("intercepted", value=8, event_date="2025-07-22"),
        row(**{**DRONE, "place": "Russia"}, value=20, attacker="ukraine", country="RU"),
        stop("intercepted", value=10, attacker="ukraine", place="Russia", country="RU"),
    )
    summary = frames.rate_summary(shown).set_index(["attacker", "family"])
    assert summary.index.tolist() == [("ukraine", "all"), ("ukraine", "drone")]
    assert summary.loc[("ukraine", "all"), "rate"] == 0.5
    assert frames.interception_rate_by_day(shown)["direction"].tolist() == ["Ukraine → Russia"]


def test_incident_figures_have_the_events_columns_and_their_own():
    shown = figures(row(article_id="a", value=10), row(article_id="b", value=10))
    assert set(load.COLUMNS + frames.FIGURE_COLUMNS + ["day"]) <= set(shown.columns)
    assert shown[["value", "low", "high", "sources", "rows", "direction"]].values.tolist() == [
        [10, 10, 10, 2, 2, "Russia → Ukraine"]
    ]


def test_a_source_filter_shows_what_that_source_says():
    rows = [
        row(article_id="a", value=117, source="A", reported_by="air force"),
        row(article_id="b", value=120, source="B"),
    ]
    assert figures(*rows)["value"].tolist() == [117]
    assert figures(*rows, chosen=Filters(sources=("B",)))["value"].tolist() == [120]


MOSCOW = {"place": "Moscow Oblast", "place_type": "region", "country": "RU", "attacker": "ukraine"}
WHOLE = {"place": "Russia", "place_type": "country", "country": "RU", "attacker": "ukraine"}


def test_parts_are_left_out_of_sums_unless_their_whole_is_filtered_out():
    rows = [stop("intercepted", value=117, **WHOLE), stop("intercepted", value=30, **MOSCOW)]
    assert figures(*rows)["value"].tolist() == [117]
    assert sorted(figures(*rows, parts=True)["value"].tolist()) == [30, 117]
    assert figures(*rows, chosen=Filters(places=("Moscow Oblast",)))["value"].tolist() == [30]
    parts = frames.parts_within(figures(*rows, parts=True))
    assert parts[["place", "value", "whole_place", "whole_value"]].values.tolist() == [
        ["Moscow Oblast", 30, "Russia", 117]
    ]


def test_totals_add_dated_top_level_figures_per_direction_and_family():
    shown = figures(
        row(article_id="a", value=426),
        row(article_id="b", value=426, place="Ukraine", place_type="country"),
        row(article_id="a", value=24, weapon="missile"),
        stop("intercepted", value=117, **WHOLE),
        stop("intercepted", value=30, **MOSCOW),
        stop("intercepted", value=172, **WHOLE, **UNDATED),
    )
    totals = frames.totals(shown).set_index(["attacker", "metric", "family"])["value"].to_dict()
    assert totals == {
        ("russia", "launched", "drone"): 426,
        ("russia", "launched", "missile"): 24,
        ("ukraine", "intercepted", "drone"): 117,
    }
    assert frames.undated(shown)["value"].tolist() == [172]


def test_no_figures_from_no_rows():
    shown = figures(row(), chosen=Filters(countries=("XX",)))
    assert shown.empty and "parent_id" in shown.columns


def test_by_place_counts_and_sums():
    events = table(row(value=10), row(value=5), row(value=None, qualifier="unspecified"), row(place="Odesa"))
    summary = frames.by_place(events).set_index("place")
    assert summary.loc["Kyiv", "figures"] == 3
    assert summary.loc["Kyiv", "value"] == 16  # an unnumbered figure counts 1
    assert summary.loc["Odesa", "figures"] == 1


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
