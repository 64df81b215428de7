"""Pure pandas for the map: which measures there are, figures summed per place or per region, hover lists.

Written against the events table's columns (day, event_date, metric, weapon, attacker, place, place_type, lat,
lon, value, qualifier, source or sources, reported_by), so an incident table of the same shape works too.
A direction is the ``attacker`` column: russia = Russia → Ukraine, ukraine = Ukraine → Russia.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import labels
from .geometry import mercator_y, unwrap_lon

HOVER_LINES = 12  # figures listed under a place's name; the rest are counted


def measure_keys(frame: pd.DataFrame) -> pd.Series:
    """Per row: 'launched:drone' for a figure that counts weapons, else the metric itself."""
    metric = frame["metric"].astype("string")
    family = frame["weapon"].astype("string").fillna("").map(labels.WEAPON_FAMILY).fillna("weapon")
    weapons = metric.map(labels.counts_weapons).fillna(False).astype(bool)
    return metric.where(~weapons, metric + ":" + family)


def on_map(events: pd.DataFrame) -> np.ndarray:
    """Rows with coordinates and below country level (a country-wide figure has no point of its own)."""
    return (events["lat"].notna() & events["lon"].notna() & (events["place_type"] != "country")).to_numpy()


def numbered(events: pd.DataFrame) -> np.ndarray:
    return events["value"].notna().to_numpy()


def measures(events: pd.DataFrame, located: bool = False) -> list[str]:
    """Measures with a numbered figure (``located``: one on the map), the most often reported first."""
    rows = events[numbered(events) & (on_map(events) if located else True)]
    if rows.empty:
        return []
    counts = measure_keys(rows).value_counts()
    return sorted(counts.index, key=lambda key: (-counts[key], labels.measure_rank(key), key))


def _source_text(frame: pd.DataFrame) -> pd.Series:
    """Who gave the figure: 'outlet (speaker)' from events, the sources list from incidents."""
    if "source" in frame.columns:
        outlet = frame["source"].astype("string").fillna("")
    elif "sources" in frame.columns:
        outlet = frame["sources"].astype("string").fillna("")
    else:
        outlet = pd.Series("", index=frame.index, dtype="string")
    outlet = outlet.where(outlet != "", "source not named")
    if "reported_by" in frame.columns:
        speaker = frame["reported_by"].astype("string").fillna("")
        outlet = outlet + speaker.where(speaker == "", " (" + speaker + ")")
    return outlet


def _date_text(frame: pd.DataFrame) -> pd.Series:
    if "event_date" in frame.columns:
        stated = frame["event_date"].astype("string").fillna("")
    else:
        stated = pd.Series("", index=frame.index, dtype="string")
    if "day" in frame.columns:
        fallback = pd.to_datetime(frame["day"], errors="coerce").dt.strftime("%Y-%m-%d").astype("string")
        stated = stated.where(stated != "", fallback.fillna("") + " (published)")
    return stated.where(~stated.isin(["", " (published)"]), "date unknown")


def _value_text(frame: pd.DataFrame) -> pd.Series:
    value = frame["value"].astype("Float64").map(lambda v: "" if pd.isna(v) else f"{v:,.0f}").astype("string")
    if "qualifier" in frame.columns:
        prefix = (
            frame["qualifier"].astype("string").map({"at_least": "at least ", "approx": "about ", "at_most": "up to "})
        )
        value = prefix.fillna("") + value
    return value


def hover_lines(frame: pd.DataFrame) -> pd.Series:
    """One line per figure: '2025-07-21 · at least 426 · Axadle Times (local officials)' (text, HTML-escaped)."""
    import html

    line = _date_text(frame) + " · " + _value_text(frame) + " · " + _source_text(frame)
    return line.map(html.escape)


def _latest_first(frame: pd.DataFrame) -> pd.DataFrame:
    if "day" not in frame.columns:
        return frame
    return frame.sort_values("day", ascending=False, na_position="last", kind="stable")


def _listed(frame: pd.DataFrame, keys: list[str], with_place: bool = False) -> pd.Series:
    """Per group: its latest HOVER_LINES figures, one per line, and how many more there are."""
    import html

    latest = _latest_first(frame)
    head = latest.groupby(keys, observed=True, sort=False).head(HOVER_LINES)
    lines = hover_lines(head)
    if with_place:
        lines = head["place"].astype("string").map(html.escape) + ": " + lines
    lines = lines.groupby([head[k] for k in keys], observed=True, sort=False).agg("<br>".join)
    counts = frame.groupby(keys, observed=True, sort=False).size()
    more = (counts - HOVER_LINES).clip(lower=0).reindex(lines.index)
    return lines + more.map(lambda n: f"<br>… and {n:,} more (see the Data page)" if n else "")


def place_points(events: pd.DataFrame, key: str) -> pd.DataFrame:
    """One point per place and direction for one measure: summed value, figure count, hover list, x/y.

    Columns: place, attacker, lat, lon, x (longitude, antimeridian-safe), y (Mercator), value, figures, hover.
    """
    rows = events[on_map(events) & numbered(events)]
    rows = rows[(measure_keys(rows) == key).to_numpy()]
    columns = ["place", "attacker", "lat", "lon", "x", "y", "value", "figures", "hover"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    keys = ["place", "attacker"]
    grouped = rows.groupby(keys, observed=True, sort=False)
    table = grouped.agg(lat=("lat", "first"), lon=("lon", "first"), figures=("value", "size"))
    table["value"] = grouped["value"].sum().astype("float64")
    table["hover"] = _listed(rows, keys)
    table = table.reset_index()
    table["place"] = table["place"].astype(str)
    table["attacker"] = table["attacker"].astype(str)
    table["x"] = unwrap_lon(table["lon"].to_numpy())
    table["y"] = mercator_y(table["lat"].to_numpy())
    return table.sort_values("value", ascending=False, kind="stable").reset_index(drop=True)[columns]


def region_of(events: pd.DataFrame, regions: dict[str, str]) -> pd.Series:
    """The oblast / federal subject of each row: a region is itself, a city or facility rolls up to its region."""
    place = events["place"].astype("string")
    kind = events["place_type"].astype("string")
    rolled = place.map(regions).astype("string")
    return place.where(kind == "region", rolled.where(kind.isin(["city", "facility"])))


def region_totals(events: pd.DataFrame, key: str, regions: dict[str, str], outlined: set[str]) -> pd.DataFrame:
    """Summed value per region with an outline for one measure.

    Columns: region, value, figures, hover. ``regions`` maps a place name to its region (the gazetteer);
    ``outlined`` holds the region names the map can draw.
    """
    rows = events[numbered(events) & (events["place_type"] != "country").to_numpy()]
    rows = rows[(measure_keys(rows) == key).to_numpy()]
    region = region_of(rows, regions)
    drawable = region.isin(outlined).fillna(False).to_numpy()
    rows = rows[drawable].assign(region=region[drawable])
    columns = ["region", "value", "figures", "hover"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    grouped = rows.groupby("region", observed=True, sort=False)
    table = grouped.agg(figures=("value", "size"))
    table["value"] = grouped["value"].sum().astype("float64")
    table["hover"] = _listed(rows, ["region"], with_place=True).reindex(table.index)
    table = table.reset_index()
    return table.sort_values("value", ascending=False, kind="stable").reset_index(drop=True)[columns]


def unmapped(events: pd.DataFrame, key: str, regions: dict[str, str], outlined: set[str]) -> int:
    """Numbered figures of a measure that no region outline holds (seas, Donbas, places without a region)."""
    rows = events[numbered(events) & (events["place_type"] != "country").to_numpy()]
    rows = rows[(measure_keys(rows) == key).to_numpy()]
    return int((~region_of(rows, regions).isin(outlined).fillna(False)).sum())
