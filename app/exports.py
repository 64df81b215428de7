"""The table as it leaves the dashboard: CSV safe to open in a spreadsheet, GeoJSON and Parquet."""

from __future__ import annotations

import json

import pandas as pd

from .frames import exported

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Neutralise cells a spreadsheet would run as formulas (OWASP CSV injection)."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].astype("string")
            risky = text.str.startswith(DANGEROUS_PREFIXES, na=False)
            safe[column] = text.where(~risky, "'" + text)
    return safe


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    return spreadsheet_safe(exported(frame)).to_csv(index=False, lineterminator="\n").encode("utf-8")


def to_geojson_bytes(frame: pd.DataFrame) -> bytes:
    frame = exported(frame)
    located = frame[frame["lat"].notna() & frame["lon"].notna()]
    features = []
    for row in located.to_dict("records"):
        properties = {
            k: (None if pd.isna(v) else (int(v) if k == "value" else v))
            for k, v in row.items()
            if k not in ("lat", "lon")
        }
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                "properties": properties,
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode("utf-8")


def to_parquet_bytes(frame: pd.DataFrame) -> bytes:
    return exported(frame).to_parquet(index=False)
