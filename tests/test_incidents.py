"""Incident figures: which rows are one fact, which are parts, and which value is best."""

import pandas as pd
import pytest

from etl import incidents, load
from etl.errors import SchemaError
from tests.conftest import row

LAUNCH = {"category": "strike", "metric": "launched", "weapon": "drone"}
DOWN = {"category": "interception", "metric": "intercepted", "weapon": "drone", "attacker": "ukraine"}
RUSSIA = {"place": "Russia", "place_type": "country", "country": "RU"}
MOSCOW_REGION = {"place": "Moscow Oblast", "place_type": "region", "country": "RU"}
UKRAINE = {"place": "Ukraine", "place_type": "country", "country": "UA"}
KYIV = {"place": "Kyiv", "place_type": "city", "country": "UA"}
KHARKIV_REGION = {"place": "Kharkiv Oblast", "place_type": "region", "country": "UA"}
KHARKIV = {"place": "Kharkiv", "place_type": "city", "country": "UA"}
KILLED = {"category": "casualty", "metric": "killed", "weapon": ""}
UNDATED = {"event_date": "", "date_precision": "unknown"}


def built(*rows: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events (with distinct spans per article) and their incidents, as the ETL builds them."""
    events = load.events_frame([{**r, "char_start": i * 10, "char_end": i * 10 + 5} for i, r in enumerate(rows)])
    return incidents.build(events)


def shape(events: pd.DataFrame, table: pd.DataFrame) -> list[tuple]:
    """Each row's (value, place) with its incident's (best, parent's best or None), in row order."""
    by_id = table.set_index("incident_id")
    out = []
    for value, incident in zip(events["value"], events["incident_id"], strict=True):
        own = by_id.loc[incident]
        parent = by_id.loc[own["parent_id"], "best"] if own["parent_id"] else None
        out.append((int(value), int(own["best"]), None if parent is None else int(parent)))
    return out


GROUPS = [
    pytest.param(
        [row(article_id="a", **LAUNCH, value=426, **KYIV), row(article_id="b", **LAUNCH, value=426, **UKRAINE)],
        1,
        0,
        id="city-and-country-in-two-outlets-agree-one-fact",
    ),
    pytest.param(
        [row(article_id="a", **LAUNCH, value=426, **KYIV), row(article_id="b", **LAUNCH, value=430, **UKRAINE)],
        1,
        0,
        id="within-five-percent-across-outlets-one-fact",
    ),
    pytest.param(
        [
            row(article_id="a", **LAUNCH, value=400, qualifier="at_least", **KYIV),
            row(article_id="b", **LAUNCH, value=426, **UKRAINE),
        ],
        1,
        0,
        id="at-least-400-and-426-one-fact",
    ),
    pytest.param(
        [row(article_id="a", **LAUNCH, value=30, **KYIV), row(article_id="b", **LAUNCH, value=426, **UKRAINE)],
        2,
        1,
        id="smaller-city-figure-is-a-part-of-the-national-one",
    ),
    pytest.param(
        [row(**DOWN, value=117, **RUSSIA), row(**DOWN, value=30, **MOSCOW_REGION)],
        2,
        1,
        id="including-30-over-the-moscow-region",
    ),
    pytest.param(
        [row(article_id="a", **DOWN, value=117, **RUSSIA), row(article_id="b", **DOWN, value=117, **RUSSIA)],
        1,
        0,
        id="same-figure-same-place-two-outlets",
    ),
    pytest.param(
        [row(article_id="a", **DOWN, value=117, **RUSSIA), row(article_id="b", **DOWN, value=120, **RUSSIA)],
        1,
        0,
        id="differing-readings-same-place-one-fact-with-a-range",
    ),
    pytest.param(
        [row(**DOWN, value=64, **MOSCOW_REGION), row(**DOWN, value=20, **MOSCOW_REGION)],
        2,
        1,
        id="one-article-two-values-one-place-smaller-is-a-part",
    ),
    pytest.param(
        [row(**KILLED, value=14, **KHARKIV), row(**KILLED, value=2, **UKRAINE)],
        2,
        0,
        id="one-article-city-larger-than-country-two-facts",
    ),
    pytest.param(
        [row(article_id="a", **KILLED, value=3, **KHARKIV), row(article_id="b", **KILLED, value=2, **UKRAINE)],
        1,
        0,
        id="two-outlets-city-larger-than-country-one-fact-read-two-ways",
    ),
    pytest.param(
        [row(**LAUNCH, value=10, **KYIV), row(**LAUNCH, value=10, **KHARKIV)],
        2,
        0,
        id="two-cities-two-facts",
    ),
    pytest.param(
        [row(article_id="a", **LAUNCH, value=10), row(article_id="b", **LAUNCH, value=10, event_date="2025-07-22")],
        2,
        0,
        id="two-nights-two-facts",
    ),
    pytest.param(
        [row(article_id="a", **LAUNCH, value=10), row(article_id="b", **LAUNCH, value=10, attacker="ukraine")],
        2,
        0,
        id="two-directions-two-facts",
    ),
    pytest.param(
        [row(article_id="a", **LAUNCH, value=10, **UNDATED), row(article_id="b", **LAUNCH, value=10, **UNDATED)],
        2,
        0,
        id="no-date-each-its-own",
    ),
    pytest.param(
        [
            row(**{**LAUNCH, "weapon": "missile"}, value=24, **UKRAINE),
            row(**{**LAUNCH, "weapon": "cruise_missile"}, value=16, **UKRAINE),
            row(**{**LAUNCH, "weapon": "ballistic_missile"}, value=8, **UKRAINE),
        ],
        3,
        2,
        id="cruise-and-ballistic-are-parts-of-missiles",
    ),
    pytest.param(
        [
            row(article_id="a", **{**LAUNCH, "weapon": "missile"}, value=24, **UKRAINE),
            row(article_id="b", **{**LAUNCH, "weapon": "cruise_missile"}, value=24, **UKRAINE),
        ],
        1,
        0,
        id="missiles-and-cruise-missiles-agree-one-fact",
    ),
    pytest.param(
        [row(**LAUNCH, value=10), row(**{**LAUNCH, "weapon": "drone_or_missile"}, value=10)],
        2,
        0,
        id="drones-and-lumped-count-are-different-families",
    ),
    pytest.param(
        [
            row(**KILLED, value=3, **KHARKIV),
            row(**KILLED, value=5, **KHARKIV_REGION),
            row(**KILLED, value=9, **UKRAINE),
        ],
        3,
        2,
        id="city-in-region-in-country",
    ),
]


@pytest.mark.parametrize("rows, count, parts", GROUPS)
def test_grouping(rows, count, parts):
    events, table = built(*rows)
    assert len(table) == count
    assert (table["parent_id"] != "").sum() == parts
    assert set(events["incident_id"]) == set(table["incident_id"])
    assert table["rows"].sum() == len(events)


def test_a_part_points_at_its_nearest_whole():
    events, table = built(
        row(**KILLED, value=3, **KHARKIV), row(**KILLED, value=5, **KHARKIV_REGION), row(**KILLED, value=9, **UKRAINE)
    )
    assert shape(events, table) == [(3, 3, 5), (5, 5, 9), (9, 9, None)]


def test_one_fact_keeps_its_range_and_sources():
    _, table = built(
        row(article_id="a", **DOWN, value=117, reported_by="Russian defence ministry", **RUSSIA),
        row(article_id="b", **DOWN, value=120, **RUSSIA),
        row(article_id="c", **DOWN, value=120, **RUSSIA),
    )
    figure = table.iloc[0]
    assert (figure["low"], figure["best"], figure["high"], figure["sources"], figure["rows"]) == (117, 117, 120, 3, 3)


BEST = [
    pytest.param(
        [("a", 117, "Russian defence ministry", "exact"), ("b", 120, "", "exact"), ("c", 120, "", "exact")],
        117,
        id="an-official-source-before-the-most-cited",
    ),
    pytest.param(
        [("a", 117, "air force", "exact"), ("b", 120, "air force", "exact"), ("c", 120, "governor", "exact")],
        120,
        id="then-the-most-cited",
    ),
    pytest.param([("a", 100, "", "approx"), ("b", 98, "", "exact")], 98, id="then-an-exact-value"),
    pytest.param([("a", 98, "", "exact"), ("b", 100, "", "exact")], 100, id="then-the-later-or-larger"),
]


@pytest.mark.parametrize("readings, best", BEST)
def test_best_value(readings, best):
    rows = [row(article_id=a, **DOWN, value=v, reported_by=by, qualifier=q, **RUSSIA) for a, v, by, q in readings]
    assert built(*rows)[1]["best"].tolist() == [best]


def test_merged_launch_keeps_the_widest_place_and_casualty_the_most_specific():
    _, launched = built(
        row(article_id="a", **LAUNCH, value=426, **KYIV), row(article_id="b", **LAUNCH, value=426, **UKRAINE)
    )
    _, killed = built(row(article_id="a", **KILLED, value=1, **KYIV), row(article_id="b", **KILLED, value=1, **UKRAINE))
    assert launched["place"].tolist() == ["Ukraine"] and killed["place"].tolist() == ["Kyiv"]


def test_merged_missiles_take_the_type_named():
    _, table = built(
        row(article_id="a", **{**LAUNCH, "weapon": "missile"}, value=24),
        row(article_id="b", **{**LAUNCH, "weapon": "cruise_missile"}, value=24),
    )
    assert table[["weapon", "family"]].values.tolist() == [["cruise_missile", "missile"]]


def test_a_vague_restatement_joins_the_numbered_figure():
    events, table = built(row(**KILLED, value=2), row(**KILLED, value=None, qualifier="unspecified"))
    assert len(table) == 1 and table["best"].tolist() == [2] and table["rows"].tolist() == [2]


def test_ids_are_stable_whatever_else_is_in_the_batch():
    alone, _ = built(row(article_id="a", **DOWN, value=117, **RUSSIA))
    crowded, _ = built(
        row(article_id="z", **LAUNCH, value=5, **KYIV),
        row(article_id="a", **DOWN, value=117, **RUSSIA),
        row(article_id="y", **KILLED, value=1, **UNDATED),
    )
    assert alone["incident_id"].iloc[0] == crowded.loc[crowded["article_id"] == "a", "incident_id"].iloc[0]


def test_an_empty_table_has_its_columns():
    events, table = incidents.build(load.events_frame([]))
    assert events.empty and table.empty and list(table.columns) == incidents.COLUMNS


def test_a_parent_that_names_no_incident_breaks_the_contract():
    _, table = built(row(**DOWN, value=117, **RUSSIA), row(**DOWN, value=30, **MOSCOW_REGION))
    broken = table.assign(parent_id=table["parent_id"].replace(table["parent_id"].max(), "0123456789abcdef"))
    with pytest.raises(SchemaError, match="parent_id"):
        incidents.validate(broken)


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_the_table_reads_back_as_written(tmp_path, suffix):
    _, table = built(row(**DOWN, value=117, **RUSSIA), row(**DOWN, value=None, qualifier="unspecified", **UNDATED))
    path = tmp_path / f"incidents{suffix}"
    table.to_csv(path, index=False) if suffix == ".csv" else table.to_parquet(path, index=False)
    pd.testing.assert_frame_equal(incidents.validate(incidents.read_incidents(path)), table, check_dtype=False)


def test_a_broken_parquet_file_is_a_schema_error(tmp_path):
    path = tmp_path / "incidents.parquet"
    path.write_bytes(b"not parquet")
    with pytest.raises(SchemaError, match="not a readable Parquet"):
        incidents.read_incidents(path)


@pytest.mark.parametrize(
    "place, country, holders",
    [
        pytest.param("Kharkiv", "UA", {"Kharkiv Oblast", "Ukraine"}, id="city"),
        pytest.param("Moscow Oblast", "RU", {"Russia"}, id="region"),
        pytest.param("Sheremetyevo International Airport", "RU", {"Moscow Oblast", "Russia"}, id="facility"),
        pytest.param("Ukraine", "UA", set(), id="country"),
        pytest.param("Somewhere Unlisted", "UA", {"Ukraine"}, id="unknown-place-in-its-country"),
        pytest.param("", "", set(), id="no-place"),
    ],
)
def test_containers(place, country, holders):
    assert incidents.containers(place, country) == holders
