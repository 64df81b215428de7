import pandas as pd
import pytest

from app import frames_map
from tests.conftest import dashboard_table as table
from tests.conftest import row

KYIV = {"place": "Kyiv", "lat": 50.45, "lon": 30.52}
KHARKIV = {"place": "Kharkiv", "lat": 49.99, "lon": 36.23, "location": "Kharkiv"}
UKRAINE = {"place": "Ukraine", "place_type": "country", "lat": 49.0, "lon": 32.0}


@pytest.mark.parametrize(
    "metric, weapon, key",
    [
        pytest.param("launched", "drone", "launched:drone", id="drones"),
        pytest.param("launched", "cruise_missile", "launched:missile", id="missile-family"),
        pytest.param("intercepted", "", "intercepted:weapon", id="weapon-unstated"),
        pytest.param("intercepted", "drone_or_missile", "intercepted:weapon", id="lumped"),
        pytest.param("killed", "", "killed", id="people-no-family"),
    ],
)
def test_measure_keys(metric, weapon, key):
    frame = pd.DataFrame({"metric": [metric], "weapon": [weapon]})
    assert frames_map.measure_keys(frame).tolist() == [key]


def test_measures_most_reported_first_then_by_importance():
    events = table(
        row(**KYIV, category="casualty", metric="killed", weapon="", value=1),
        row(**KYIV, category="casualty", metric="killed", weapon="", value=2),
        row(**KYIV, category="casualty", metric="injured", weapon="", value=3),
        row(**KYIV, value=40),
        row(**UKRAINE, metric="launched", weapon="missile", value=9),
    )
    assert frames_map.measures(events) == ["killed", "launched:drone", "launched:missile", "injured"]
    assert frames_map.measures(events, located=True) == ["killed", "launched:drone", "injured"]


def test_place_points_sum_per_place_and_direction_and_list_every_figure():
    events = table(
        row(**KYIV, value=100, source="Wire", reported_by="air force"),
        row(**KYIV, value=50, event_date="2025-07-20", qualifier="at_least"),
        row(**KYIV, value=7, attacker="ukraine"),
        row(**KHARKIV, value=5),
        row(**KHARKIV, value=9, weapon="missile"),  # another measure
        row(**UKRAINE, value=1_000),  # country-wide: not a point
    )
    points = frames_map.place_points(events, "launched:drone")
    assert points[["place", "attacker", "value", "figures"]].values.tolist() == [
        ["Kyiv", "russia", 150.0, 2],
        ["Kyiv", "ukraine", 7.0, 1],
        ["Kharkiv", "russia", 5.0, 1],
    ]
    hover = points.loc[0, "hover"].split("<br>")
    assert hover == ["2025-07-21 · 100 · Wire (air force)", "2025-07-20 · at least 50 · source not named"]


def test_hover_lists_at_most_a_dozen_and_counts_the_rest():
    events = table(*(row(**KYIV, value=i + 1, event_date=f"2025-07-{i + 1:02d}") for i in range(15)))
    hover = frames_map.place_points(events, "launched:drone").loc[0, "hover"].split("<br>")
    assert len(hover) == frames_map.HOVER_LINES + 1
    assert hover[0].startswith("2025-07-15") and hover[-1] == "… and 3 more (see the Data page)"


def test_hover_text_is_escaped():
    events = table(row(**KYIV, source="<img src=x onerror=alert(1)>"))
    assert "<img" not in frames_map.place_points(events, "launched:drone").loc[0, "hover"]


def test_far_east_points_stay_east_of_the_antimeridian():
    events = table(row(place="Anadyr", lat=64.7, lon=177.5), row(place="Uelen", lat=66.2, lon=-169.8))
    assert sorted(frames_map.place_points(events, "launched:drone")["x"]) == pytest.approx([177.5, 190.2])


REGIONS = {"Kyiv": "Kyiv", "Kharkiv": "Kharkiv Oblast", "Sheremetyevo International Airport": "Moscow Oblast"}


def test_region_totals_roll_cities_and_facilities_up_into_their_region():
    events = table(
        row(**KHARKIV, value=5),
        row(place="Kharkiv Oblast", place_type="region", lat=49.5, lon=36.5, value=20),
        row(place="Sheremetyevo International Airport", place_type="facility", country="RU", value=3),
        row(place="Black Sea", place_type="region", lat=43.0, lon=34.0, value=4),  # no outline
        row(**UKRAINE, value=100),
    )
    outlined = {"Kharkiv Oblast", "Moscow Oblast", "Kyiv"}
    totals = frames_map.region_totals(events, "launched:drone", REGIONS, outlined)
    assert totals[["region", "value", "figures"]].values.tolist() == [
        ["Kharkiv Oblast", 25.0, 2],
        ["Moscow Oblast", 3.0, 1],
    ]
    assert "Kharkiv: 2025-07-21" in totals.loc[0, "hover"]
    assert frames_map.unmapped(events, "launched:drone", REGIONS, outlined) == 1


def test_no_figure_of_the_measure_gives_an_empty_frame_with_columns():
    events = table(row(**KYIV))
    assert frames_map.place_points(events, "killed").empty
    assert list(frames_map.region_totals(events, "killed", REGIONS, {"Kyiv"}).columns) == [
        "region",
        "value",
        "figures",
        "hover",
    ]
