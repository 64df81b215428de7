import json

import pandas as pd
import pytest

from app import exports, frames
from etl import load
from tests.conftest import row


def events_table(*rows: dict) -> pd.DataFrame:
    return load.events_frame([{**r, "char_start": i * 10, "char_end": i * 10 + 5} for i, r in enumerate(rows)])


INJECTIONS = [
    pytest.param('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")', id="equals"),
    pytest.param("+1+1", "'+1+1", id="plus"),
    pytest.param("-2+3", "'-2+3", id="minus"),
    pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
    pytest.param("\tcmd", "'\tcmd", id="tab"),
    pytest.param("plain text", "plain text", id="harmless"),
]


@pytest.mark.parametrize("cell, expected", INJECTIONS)
def test_csv_cells_are_neutralised(cell, expected):
    assert exports.spreadsheet_safe(pd.DataFrame({"sentence": [cell]}))["sentence"][0] == expected


def test_exports_leave_out_the_dashboards_own_columns():
    events = frames.prepare(events_table(row()))
    assert "day" in events.columns
    assert list(frames.exported(events).columns) == load.COLUMNS
    assert pd.read_parquet(pd.io.common.BytesIO(exports.to_parquet_bytes(events))).columns.tolist() == load.COLUMNS


def test_geojson_holds_the_located_rows_as_points():
    events = frames.prepare(events_table(row(value=12), row(place="Nowhere", lat=None, lon=None, value=3)))
    collection = json.loads(exports.to_geojson_bytes(events))
    assert [f["properties"]["value"] for f in collection["features"]] == [12]
    feature = collection["features"][0]
    assert feature["geometry"]["coordinates"] == [events["lon"].iloc[0], events["lat"].iloc[0]]
    assert "day" not in feature["properties"] and "lat" not in feature["properties"]
