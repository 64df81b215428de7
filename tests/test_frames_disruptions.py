from app import frames_disruptions
from tests.conftest import dashboard_table as table
from tests.conftest import row


def disruption(metric: str, value: int | None, place: str = "Kyiv") -> dict:
    unnumbered = {"qualifier": "unspecified"} if value is None else {}
    return row(category="disruption", metric=metric, weapon="", value=value, place=place, **unnumbered)


def test_totals_sum_values_in_their_own_unit_not_rows():
    events = table(
        disruption("power_outages", 30_000),
        disruption("power_outages", 12_000, "Odesa"),
        disruption("flights_cancelled", 40),
        disruption("airport_restrictions", None),
        row(),  # a strike: not a disruption
    )
    totals = frames_disruptions.totals(events)
    assert totals.values.tolist() == [
        ["power_outages", "households", 42_000.0, 2, 0],
        ["airport_restrictions", "airports", 0.0, 0, 1],
        ["flights_cancelled", "flights", 40.0, 1, 0],
    ]


def test_top_places_fold_the_rest_into_other():
    events = table(*(disruption("flights_delayed", 100 - i, f"Airport {i:02d}") for i in range(90)))
    top = frames_disruptions.top_places(events, "flights_delayed", top=12)
    assert len(top) == 13 and top["place"].iloc[0] == "Airport 00"
    assert top.iloc[-1].tolist() == ["other (78 places)", float(sum(100 - i for i in range(12, 90))), 78, True]
    assert top["value"].sum() == sum(100 - i for i in range(90))


def test_one_place_too_many_is_shown_not_folded():
    events = table(*(disruption("flights_delayed", 10 + i, f"Airport {i}") for i in range(3)))
    assert frames_disruptions.top_places(events, "flights_delayed", top=2)["other"].tolist() == [False] * 3


def test_no_disruption_gives_empty_frames():
    events = table(row())
    assert frames_disruptions.totals(events).empty
    assert frames_disruptions.top_places(events, "power_outages").empty
