"""The incidents table: built from the events table, validated, read back."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import SchemaError, validated
from .figures import COUNTS, summarise
from .grouping import FAMILY, PLACE_DEPTH, family, group

KEY = ["attacker", "category", "metric", "family", "event_date"]
INCIDENT_FIELDS = ["incident_id", "parent_id", *KEY[:3], "weapon", "family", "place", "place_type", "country"]
COLUMNS = [
    *INCIDENT_FIELDS,
    "lat",
    "lon",
    "event_date",
    "low",
    "best",
    "high",
    "qualifier",
    "sources",
    "rows",
    "reported_by",
    "record_id",
]


def _grouping_columns(events: pd.DataFrame) -> pd.DataFrame:
    text = {c: events[c].astype("string").fillna("") for c in ("attacker", "category", "metric", "event_date")}
    weapon = events["weapon"].astype("string").fillna("")
    key = text["attacker"] + "|" + text["category"] + "|" + text["metric"] + "|" + weapon.map(family)
    columns = ("record_id", "article_id", "category", "place", "place_type", "country", "weapon", "qualifier")
    return pd.DataFrame(
        {
            "key": (key + "|" + text["event_date"]).to_numpy(),
            "dated": (text["event_date"] != "").to_numpy(),
            **{c: events[c].astype("string").fillna("").to_numpy() for c in columns},
            "value": events["value"].astype("Float64").to_numpy(dtype="float64", na_value=np.nan),
        }
    )


def build(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events table with each row's ``incident_id``, and the validated incidents table (COLUMNS)."""
    found = group(_grouping_columns(events))
    located = events.assign(incident_id=found.ids)
    figures = summarise(located).set_index("incident_id", drop=False)
    names = figures.index
    places = located.iloc[[found.place_row[n] for n in names]]
    incidents = pd.DataFrame(
        {
            "incident_id": names.to_numpy(),
            "parent_id": [found.parents.get(n, "") for n in names],
            **{c: figures[c].to_numpy() for c in ("attacker", "category", "metric")},
            "weapon": [found.weapon[n] for n in names],
            **{c: places[c].to_numpy() for c in ("place", "place_type", "country", "lat", "lon")},
            **{c: figures[c].array for c in ("event_date", *COUNTS, "qualifier", "sources", "rows")},
            **{c: figures[c].to_numpy() for c in ("reported_by", "record_id")},
        }
    )
    incidents["family"] = incidents["weapon"].map(family)
    incidents = incidents[COLUMNS].sort_values(["event_date", "attacker", "category", "metric", "incident_id"])
    return located, validate(_typed(incidents.reset_index(drop=True)))


def _typed(incidents: pd.DataFrame) -> pd.DataFrame:
    """The schema's types, also for an empty table (whose columns pandas cannot guess)."""
    types = {c: "str" for c in COLUMNS} | {c: "Int64" for c in COUNTS}
    types |= {"lat": "float64", "lon": "float64", "sources": "int64", "rows": "int64"}
    return incidents.astype(types)


@lru_cache(maxsize=1)
def schema():
    """The incidents table's contract (README, 'Incidents') as a pandera schema."""
    import pandera.pandas as pa

    from ..load import METRICS, WEAPONS

    text = {"nullable": False}
    ident = pa.Check.str_matches(r"^[0-9a-f]{16}$")
    count = {"nullable": True, "checks": pa.Check.ge(0)}
    return pa.DataFrameSchema(
        {
            "incident_id": pa.Column(str, ident, unique=True, **text),
            "parent_id": pa.Column(str, pa.Check.str_matches(r"^([0-9a-f]{16})?$"), **text),
            "attacker": pa.Column(str, pa.Check.isin(["russia", "ukraine", "unknown"]), **text),
            "category": pa.Column(str, pa.Check.isin(list(METRICS)), **text),
            "metric": pa.Column(str, pa.Check.isin(sorted(set().union(*METRICS.values()))), **text),
            "weapon": pa.Column(str, pa.Check.isin(WEAPONS), **text),
            "family": pa.Column(str, pa.Check.isin(sorted(set(FAMILY.values()))), **text),
            "place": pa.Column(str, **text),
            "place_type": pa.Column(str, pa.Check.isin(["", *PLACE_DEPTH]), **text),
            "country": pa.Column(str, pa.Check.str_matches(r"^([A-Z]{2})?$"), **text),
            "lat": pa.Column(float, pa.Check.in_range(-90, 90), nullable=True),
            "lon": pa.Column(float, pa.Check.in_range(-180, 180), nullable=True),
            "event_date": pa.Column(str, pa.Check.str_matches(r"^(\d{4}-\d{2}-\d{2})?$"), **text),
            "low": pa.Column("Int64", **count),
            "best": pa.Column("Int64", **count),
            "high": pa.Column("Int64", **count),
            "qualifier": pa.Column(
                str, pa.Check.isin(["exact", "at_least", "approx", "at_most", "unspecified"]), **text
            ),
            "sources": pa.Column("int64", pa.Check.ge(1), **text),
            "rows": pa.Column("int64", pa.Check.ge(1), **text),
            "reported_by": pa.Column(str, **text),
            "record_id": pa.Column(str, **text),
        },
        checks=[
            pa.Check(
                lambda df: ((df["low"] <= df["best"]) & (df["best"] <= df["high"])).fillna(True).all(),
                error="best lies outside low..high",
            ),
            pa.Check(
                lambda df: df["parent_id"][df["parent_id"] != ""].isin(df["incident_id"]).all(),
                error="a parent_id names no incident",
            ),
            pa.Check(lambda df: (df["parent_id"] != df["incident_id"]).all(), error="an incident is its own parent"),
        ],
        strict=True,
        ordered=True,
    )


def validate(incidents: pd.DataFrame) -> pd.DataFrame:
    return validated(schema(), incidents, "incidents table")


def read_incidents(path: Path) -> pd.DataFrame:
    """The incidents table from its CSV or Parquet file, with its types."""
    import pyarrow

    if path.suffix == ".parquet":
        try:
            return pd.read_parquet(path)
        except (pyarrow.ArrowException, OSError) as err:
            raise SchemaError(f"{path} is not a readable Parquet file: {err}") from err
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in COUNTS:
        frame[column] = pd.array(pd.to_numeric(frame[column].replace("", None)), dtype="Int64")
    for column in ("lat", "lon"):
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce").astype(float)
    for column in ("sources", "rows"):
        frame[column] = frame[column].astype("int64")
    return frame
