import json

import numpy as np
import pytest

from app import geometry
from etl import config


def test_simplify_keeps_the_ends_and_the_corners():
    line = np.array([[0, 0], [1, 0.001], [2, 0], [2, 1], [2.001, 2], [2, 3]], dtype=float)
    assert geometry.simplify(line, 0.01).tolist() == [[0, 0], [2, 0], [2, 3]]


@pytest.mark.parametrize("lat", [-60.0, 0.0, 45.0, 70.0])
def test_mercator_round_trip(lat):
    assert geometry.latitude(geometry.mercator_y(lat)) == pytest.approx(lat)


def test_a_ring_across_the_antimeridian_is_moved_east_whole():
    feature = {
        "type": "Feature",
        "properties": {"name": "Chukotka", "country": "RU"},
        "geometry": {
            "type": "Polygon",
            "coordinates": [[[170, 65], [179.9, 65], [-175, 65], [-175, 68], [170, 68], [170, 65]]],
        },
    }
    shapes = geometry.shapes({"features": [feature]}, 0.0)
    x = shapes["Chukotka"].x[~np.isnan(shapes["Chukotka"].x)]
    assert x.min() == pytest.approx(170) and x.max() == pytest.approx(185)


def test_bundled_outlines_are_a_fraction_of_their_size_and_keep_every_region():
    regions = json.loads((config.BOUNDARIES / "regions.geojson").read_text())
    countries = json.loads((config.BOUNDARIES / "countries.geojson").read_text())
    basemap = geometry.basemap(regions, countries)
    original = sum(len(r) for f in regions["features"] for p in f["geometry"]["coordinates"] for r in p)
    kept = sum(int((~np.isnan(shape.x)).sum()) for shape in basemap.shapes.values())
    assert kept < original / 4
    assert {f["properties"]["name"] for f in regions["features"]} == set(basemap.shapes)
    kharkiv = basemap.shapes["Kharkiv Oblast"]
    assert 35 < kharkiv.centre_x < 38 and 49 < float(geometry.latitude(kharkiv.centre_y)) < 50.5


def test_geojson_of_projected_lines_is_back_in_degrees():
    lines = geometry.Lines(
        np.array([30.0, 31.0, np.nan, 32.0, 33.0]), geometry.mercator_y(np.array([50, 51, 0, 52, 53]))
    )
    coordinates = geometry.as_geojson(lines)["geometry"]["coordinates"]
    assert coordinates == [[[30.0, 50.0], [31.0, 51.0]], [[32.0, 52.0], [33.0, 53.0]]]
