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


HOVER_COLUMNS = ["place", "attacker", "lat", "lon", "value", "qualifier", "day", "event_date", "source", "sources"]
HOVER_COLUMNS += ["reported_by", "metric", "weapon", "place_type"]


def measure_key(metric: str, weapon: str) -> str:
    """'launched:drone' for a figure that counts weapons, else the metric itself."""
    if labels.counts_weapons(metric):
        return f"{metric}:{labels.WEAPON_FAMILY.get(weapon, 'weapon')}"
    return metric


def measure_keys(frame: pd.DataFrame) -> pd.Series:
    """Per row, its measure key (a category: worked out once per metric and weapon pair, not per row)."""
    metric_codes, metrics = pd.factorize(frame["metric"].astype(object), use_na_sentinel=False)
    weapon_codes, weapons = pd.factorize(frame["weapon"].astype(object).fillna(""), use_na_sentinel=False)
    pairs, inverse = np.unique(metric_codes * (len(weapons) + 1) + weapon_codes, return_inverse=True)
    keys = [measure_key(str(metrics[p // (len(weapons) + 1)]), str(weapons[p % (len(weapons) + 1)])) for p in pairs]
    names = sorted(set(keys))
    position = np.array([names.index(key) for key in keys], dtype="int64")
    codes = position[inverse.reshape(-1)] if len(keys) else np.array([], dtype="int64")
    return pd.Series(pd.Categorical.from_codes(codes, categories=names), index=frame.index)


def _take(events: pd.DataFrame, mask: np.ndarray, columns: list[str]) -> pd.DataFrame:
    """The chosen rows, only the columns needed (a mask over a million rows would copy every column)."""
    return events.loc[mask, [c for c in columns if c in events.columns]]


def on_map(events: pd.DataFrame) -> np.ndarray:
    """Rows with coordinates and below country level (a country-wide figure has no point of its own)."""
    return (events["lat"].notna() & events["lon"].notna() & (events["place_type"] != "country")).to_numpy()


def numbered(events: pd.DataFrame) -> np.ndarray:
    return events["value"].notna().to_numpy()


def measures(events: pd.DataFrame, located: bool = False) -> list[str]:
    """Measures with a numbered figure (``located``: one on the map), the most often reported first."""
    rows = _take(events, numbered(events) & (on_map(events) if located else True), ["metric", "weapon"])
    if rows.empty:
        return []
    counts = measure_keys(rows).value_counts()
    counts = counts[counts > 0]
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
    rows = _take(events, on_map(events) & numbered(events), HOVER_COLUMNS)
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
    rows = _take(events, numbered(events) & (events["place_type"] != "country").to_numpy(), HOVER_COLUMNS)
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
    chosen = numbered(events) & (events["place_type"] != "country").to_numpy()
    rows = _take(events, chosen, ["metric", "weapon", "place", "place_type"])
    rows = rows[(measure_keys(rows) == key).to_numpy()]
    return int((~region_of(rows, regions).isin(outlined).fillna(False)).sum())
