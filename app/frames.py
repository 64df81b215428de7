"""Pure pandas: filtering and the aggregates every page shows. No streamlit here."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, fields

import numpy as np
import pandas as pd

from etl.load import categorise

INTERCEPTION_METRICS = ["intercepted", "suppressed", "intercepted_or_suppressed"]
DERIVED_COLUMNS = ["day"]  # added by prepare() for the dashboard, never exported
DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Filters:
    """What the sidebar selected; empty means 'all'."""

    places: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    start: str = ""
    end: str = ""
    categories: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    attackers: tuple[str, ...] = ()
    reporters: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    COLUMNS = {
        "places": "place",
        "countries": "country",
        "categories": "category",
        "metrics": "metric",
        "weapons": "weapon",
        "attackers": "attacker",
        "reporters": "reported_by",
        "sources": "source",
    }

    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))


def apply_filters(events: pd.DataFrame, chosen: Filters) -> pd.DataFrame:
    """Rows matching every chosen filter (vectorised boolean masks; undated rows fall out of a date range).

    With nothing chosen this is the table itself, not a copy: callers treat frames as read-only.
    """
    if chosen.is_empty():
        return events
    mask = np.ones(len(events), dtype=bool)
    for name, column in Filters.COLUMNS.items():
        values = getattr(chosen, name)
        if values:
            mask &= events[column].isin(values).to_numpy()
    if chosen.start or chosen.end:
        day = with_day(events)["day"]
        if chosen.start:
            mask &= (day >= pd.Timestamp(chosen.start)).to_numpy()
        if chosen.end:
            mask &= (day <= pd.Timestamp(chosen.end)).to_numpy()
    return events[mask]


def with_day(events: pd.DataFrame) -> pd.DataFrame:
    """A 'day' column: the event date, else the publication date (for figures with no stated day)."""
    if "day" in events.columns:
        return events

    def parse(column: str) -> pd.Series:  # parsed once per distinct value (pandas caches repeats)
        return pd.to_datetime(events[column].astype(object), errors="coerce", format="%Y-%m-%d")

    return events.assign(day=parse("event_date").fillna(parse("published")))


def prepare(events: pd.DataFrame) -> pd.DataFrame:
    """The table as the dashboard holds it: its 'day' worked out once, repetitive text as categories."""
    return with_day(categorise(events))


def as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Categorical columns back to plain strings (for string operations and exports)."""
    categorical = [c for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)]
    return frame.astype({c: "str" for c in categorical}) if categorical else frame


def exported(frame: pd.DataFrame) -> pd.DataFrame:
    """The table's own columns as plain text, without what prepare() added."""
    return as_text(frame.drop(columns=[c for c in DERIVED_COLUMNS if c in frame.columns]))


def filter_options(events: pd.DataFrame, column: str) -> list[str]:
    """The values a filter on ``column`` offers (places exclude whole countries: they have their own filter)."""
    values = events[column]
    if column == "place":
        values = values[events["place_type"] != "country"]
    return sorted(v for v in values.dropna().unique() if v != "")


def day_span(events: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last day of the table, None when no row has a date."""
    days = with_day(events)["day"].dropna()
    return (days.min().date(), days.max().date()) if len(days) else None


def headline_numbers(events: pd.DataFrame) -> dict[str, float | None]:
    """The overview's figures for the current rows."""
    numbered = events.loc[events["value"].notna().to_numpy(), ["metric", "value", "article_id", "attacker"]]
    totals = numbered.groupby("metric", observed=True)["value"].sum()

    def total(metrics: list[str]) -> int:
        return int(totals.reindex(metrics).fillna(0).sum())

    return {
        "launched": total(["launched"]),
        "intercepted": total(["intercepted"]),
        "suppressed": total(["suppressed", "intercepted_or_suppressed"]),
        "interception_rate": interception_rate(numbered),
        "killed": total(["killed"]),
        "injured": total(["injured"]),
        "disruptions": int((events["category"] == "disruption").sum()),
    }


def interception_rate(numbered: pd.DataFrame) -> float | None:
    """Stopped / launched over the (article, attacker) pairs that report both (capped at 100%)."""
    metric = numbered["metric"]
    value = numbered["value"].astype("float64").fillna(0.0).to_numpy()
    launched = (metric == "launched").to_numpy()
    stopped = metric.isin(INTERCEPTION_METRICS).to_numpy()
    pair = [pd.factorize(numbered[column])[0] for column in ("article_id", "attacker")]  # integer keys: fast
    parts = pd.DataFrame(
        {"launched": np.where(launched, value, 0.0), "stopped": np.where(stopped, value, 0.0), "reports": launched}
    )
    sums = parts.groupby(pair).sum()
    both = sums[(sums["reports"] > 0) & (sums["stopped"] > 0)]
    if not len(both) or not both["launched"].sum():
        return None
    return min(float(both["stopped"].sum() / both["launched"].sum()), 1.0)


def by_place(events: pd.DataFrame) -> pd.DataFrame:
    """Figures per place and category: how many, and the sum of their values (a missing value counts 1).

    A place name has one position in a table (the geocoder resolves each name once), so it keys the groups.
    """
    table = events[["place", "category", "lat", "lon"]].assign(value=events["value"].astype("float64").fillna(1.0))
    grouped = table.groupby(["place", "category"], observed=True, as_index=False)
    summary = grouped.agg(lat=("lat", "first"), lon=("lon", "first"), figures=("value", "size"), value=("value", "sum"))
    return as_text(summary)


def latest(events: pd.DataFrame, count: int) -> pd.DataFrame:
    """The ``count`` most recent figures (by day, then article and position), without sorting the whole table."""
    dated = with_day(events)
    days = dated["day"]
    if len(dated) > count and days.notna().sum() >= count:
        cutoff = days.nlargest(count).iloc[-1]
        dated = dated[(days >= cutoff).to_numpy()]
    ordered = dated.sort_values(["day", "article_id", "char_start"], ascending=[False, True, True])
    return ordered.head(count)


def daily(events: pd.DataFrame, metrics: list[str], by: str | None = None) -> pd.DataFrame:
    """Sum of values per day (and per ``by``) for the given metrics."""
    keys = ["day", "metric"] + ([by] if by else [])
    dated = with_day(events)
    chosen = dated["metric"].isin(metrics) & dated["value"].notna() & dated["day"].notna()
    rows = dated.loc[chosen.to_numpy(), [*keys, "value"]]
    table = rows.groupby(keys, as_index=False, observed=True)["value"].sum().astype({"value": "int64"})
    return as_text(table)


def interception_rate_by_day(events: pd.DataFrame) -> pd.DataFrame:
    table = daily(events, ["launched", *INTERCEPTION_METRICS]).set_index(["day", "metric"])["value"].unstack()
    if "launched" not in table:
        return pd.DataFrame(columns=["day", "rate"])
    stopped = table[[c for c in INTERCEPTION_METRICS if c in table]].sum(axis=1)
    rate = (stopped / table["launched"]).where((table["launched"] > 0) & (stopped > 0)).clip(upper=1.0)
    return rate.dropna().rename("rate").reset_index()


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


@dataclass
class Highlight:
    start: int
    end: int
    label: str = field(default="")


def highlight_html(text: str, spans: list[Highlight]) -> str:
    """Article text, HTML-escaped, with each evidence span wrapped in <mark>."""
    import html

    out, position = [], 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < position or span.end > len(text) or span.start >= span.end:
            continue
        out.append(html.escape(text[position : span.start]))
        out.append(f'<mark title="{html.escape(span.label)}">{html.escape(text[span.start : span.end])}</mark>')
        position = span.end
    out.append(html.escape(text[position:]))
    return "".join(out).replace("\n", "<br>")
