"""Chart builders: what an analyst reads off each figure (units, labels, axes, legends), not pixels."""

import json

import numpy as np
import pandas as pd
import pytest

from app import charts, frames_map, geometry
from app.charts import map_parts as maps
from etl import config
from tests.conftest import dashboard_table as table
from tests.conftest import row


@pytest.fixture(scope="module")
def basemap() -> geometry.Basemap:
    regions = json.loads((config.BOUNDARIES / "regions.geojson").read_text())
    countries = json.loads((config.BOUNDARIES / "countries.geojson").read_text())
    return geometry.basemap(regions, countries)


KYIV = {"place": "Kyiv", "lat": 50.45, "lon": 30.52}
VLADIVOSTOK = {"place": "Vladivostok", "lat": 43.12, "lon": 131.9, "country": "RU", "attacker": "ukraine"}


def test_marker_area_is_proportional_to_the_value():
    sizes = maps.marker_px([400, 100, 25], 400)
    assert sizes[0] == maps.MAX_MARKER_PX
    assert sizes[1] == pytest.approx(sizes[0] / 2) and sizes[2] == pytest.approx(sizes[0] / 4)


@pytest.mark.parametrize("largest", [1, 4, 426, 218_611, 7_000_000])
def test_size_legend_values_are_round_decreasing_and_readable(largest):
    values = maps.legend_values(largest)
    assert values and values[0] <= largest and values == sorted(values, reverse=True)
    heights = maps.legend_label_heights(list(maps.marker_px(values, largest)))
    assert all(a - b >= maps.LEGEND_GAP_PX for a, b in zip(heights, heights[1:], strict=False))


def test_the_frame_fits_far_apart_places_and_gives_one_place_its_surroundings():
    x_range, y_range = maps.fitted_ranges(pd.Series([30.5, 131.9]), pd.Series(geometry.mercator_y([50.4, 43.1])))
    assert x_range[0] < 30.5 and x_range[1] > 131.9
    x_range, _ = maps.fitted_ranges(pd.Series([30.5]), pd.Series([geometry.mercator_y(50.4)]))
    assert x_range[1] - x_range[0] == pytest.approx(maps.MIN_SPAN_DEGREES)


def test_place_map_one_trace_per_direction_labels_and_size_legend(basemap):
    events = table(row(**KYIV, value=426), row(**VLADIVOSTOK, value=12))
    points = frames_map.place_points(events, "launched:drone")
    figure = charts.place_map(points, basemap, "drones launched", "Drones launched")
    named = [trace.name for trace in figure.data if trace.showlegend is not False and trace.name]
    assert named == ["Russia → Ukraine", "Ukraine → Russia"]
    assert {a.text for a in figure.layout.annotations} >= {
        "Kyiv 426",
        "Vladivostok 12",
        "circle area = drones launched",
    }
    assert sum(shape.type == "circle" for shape in figure.layout.shapes) == len(maps.legend_values(426))
    assert figure.layout.xaxis.range[0] < 30.5 and figure.layout.xaxis.range[1] > 131.9
    assert "Kyiv" in figure.data[2].text[0] and "2025-07-21 · 426" in figure.data[2].text[0]


def test_place_map_with_nothing_to_draw_says_so(basemap):
    figure = charts.place_map(frames_map.place_points(table(row(**KYIV)), "killed"), basemap, "people killed", "T")
    assert "No place on the map has a figure of people killed" in figure.layout.annotations[0].text


def test_region_map_shades_each_region_and_explains_the_colours(basemap):
    events = table(
        row(place="Kharkiv", lat=49.99, lon=36.23, value=30),
        row(place="Kharkiv Oblast", place_type="region", lat=49.5, lon=36.5, value=20),
        row(**KYIV, value=5),
    )
    totals = frames_map.region_totals(
        events, "launched:drone", {"Kharkiv": "Kharkiv Oblast", "Kyiv": "Kyiv"}, set(basemap.shapes)
    )
    figure = charts.region_map(totals, basemap, "drones launched", "T")
    fills = [trace for trace in figure.data if trace.fill == "toself" and trace.name]
    assert [trace.name for trace in fills] == ["Kharkiv Oblast: 50", "Kyiv: 5"]
    assert fills[0].fillcolor != fills[1].fillcolor
    assert any(trace.marker.colorbar.title.text == "drones launched" for trace in figure.data if trace.marker)


def test_tile_maps_use_online_tiles_with_the_bundled_borders_on_top(basemap):
    points = frames_map.place_points(table(row(**KYIV, value=426)), "launched:drone")
    figure = charts.tile_place_map(points, basemap, "drones launched", "T")
    assert figure.layout.map.style == "open-street-map" and len(figure.layout.map.layers) == 1
    assert figure.data[0].type == "scattermap"


def test_figures_on_the_map_are_sent_light(basemap):
    points = frames_map.place_points(table(row(**KYIV, value=426)), "launched:drone")
    size = len(charts.place_map(points, basemap, "drones launched", "T").to_json())
    assert size < 400_000  # the bundled outlines alone are 3.4 MB


LONE_DAYS = [row(value=10), row(value=20, event_date="2025-09-01")]


def test_timeline_axes_are_dates_and_a_lone_day_is_one_day_wide():
    figure = charts.strikes(table(*LONE_DAYS), "day")
    assert figure.layout.xaxis.type == "date" and "%H" not in figure.layout.xaxis.tickformat
    assert all(trace.width <= 86_400_000 for trace in figure.data)


def test_short_spans_never_tick_finer_than_a_day():
    figure = charts.strikes(table(row(value=10)), "day")
    assert figure.layout.xaxis.dtick == 86_400_000
    start, end = (pd.Timestamp(v) for v in figure.layout.xaxis.range)
    assert end - start >= pd.Timedelta(days=4)


def test_grouped_bars_sit_side_by_side_inside_their_period():
    events = table(row(value=10), row(category="interception", metric="intercepted", value=8))
    figure = charts.strikes(events, "week")
    offsets = sorted(trace.offset for trace in figure.data)
    assert offsets[0] == pytest.approx(-0.4 * 7 * 86_400_000) and offsets[1] > offsets[0]


def test_series_are_named_in_words():
    events = table(
        row(value=10),
        row(category="interception", metric="intercepted_or_suppressed", weapon="drone_or_missile", value=8),
    )
    names = [trace.name for trace in charts.strikes(events, "day").data]
    assert names == ["drones launched", "weapons (mixed or unstated) shot down or jammed (one count)"]
    assert [t.name for t in charts.strikes(events, "day", split_weapons=False).data] == [
        "launched",
        "shot down or jammed (one count)",
    ]


def test_interception_rate_hover_gives_the_nights_behind_each_point():
    events = table(row(value=100), row(category="interception", metric="intercepted", value=90))
    figure = charts.interception_rate(events, "week")
    assert figure.data[0].y.tolist() == [0.9]
    assert list(figure.data[0].customdata[0])[1:] == [90.0, 100.0, 1]
    assert "night(s)" in figure.data[0].hovertemplate


def test_interception_rate_without_a_night_of_both_says_why():
    figure = charts.interception_rate(table(row(value=100)), "day")
    assert "gives both" in figure.layout.annotations[0].text


def test_overview_timeline_counts_figures_by_category_in_words():
    events = table(row(), row(category="casualty", metric="killed", weapon="", value=1))
    figure = charts.small_timeline(events)
    assert sorted(trace.name for trace in figure.data) == ["Casualties", "Strikes"]
    assert figure.layout.title.text == "Reported figures per day"


def disruption(value: float, place: str) -> dict:
    return row(category="disruption", metric="flights_delayed", weapon="", value=value, place=place)


def test_disruption_places_are_readable_at_ninety_places():
    events = table(*(disruption(10 + (i == 0) * 5, f"Airport {i:02d}") for i in range(90)))
    figure = charts.disruptions_by_place(events, "flights_delayed")
    bars = figure.data[0]
    assert len(bars.y) == 13 and bars.y[-1].startswith("other (78 places): 780 in all")
    assert figure.layout.xaxis.range[1] < 780  # 'other' does not squash the named places
    assert figure.layout.height >= 13 * 26
    assert figure.layout.xaxis.title.text == "flights (sum of the figures given)"


def test_disruptions_over_time_sum_values():
    events = table(disruption(30, "Kyiv"), disruption(12, "Odesa"))
    figure = charts.disruptions_over_time(events, "flights_delayed", "day")
    assert figure.data[0].y.tolist() == [42.0]


def test_national_totals_are_summed_per_measure_in_words():
    events = table(
        row(place="Ukraine", place_type="country", lat=49.0, lon=32.0, value=400),
        row(place="Ukraine", place_type="country", lat=49.0, lon=32.0, value=26, weapon="missile"),
    )
    figure = charts.national_totals(events)
    assert sorted(figure.data[0].y) == ["drones launched", "missiles launched"]


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda e: charts.strikes(e, "day"), id="strikes"),
        pytest.param(lambda e: charts.casualties(e, "day"), id="casualties"),
        pytest.param(lambda e: charts.small_timeline(e), id="overview"),
        pytest.param(lambda e: charts.national_totals(e), id="national"),
    ],
)
def test_no_raw_code_reaches_a_chart(build):
    events = table(
        row(value=10),
        row(category="interception", metric="intercepted_or_suppressed", weapon="drone_or_missile", value=8),
        row(category="casualty", metric="killed", weapon="", value=1),
        row(place="Ukraine", place_type="country", metric="launched", weapon="ballistic_missile", value=3),
    )
    text = build(events).to_json()
    for code in ("intercepted_or_suppressed", "drone_or_missile", "ballistic_missile", '"casualty"', '"strike"'):
        assert code not in text


def test_empty_charts_have_no_axes():
    figure = charts.empty("T", "nothing")
    assert figure.layout.xaxis.visible is False and np.isclose(figure.layout.annotations[0].x, 0.5)
