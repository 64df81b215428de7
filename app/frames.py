"""Pure pandas: filtering and the aggregates every page shows. No streamlit here."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields

import pandas as pd

INTERCEPTION_METRICS = ["intercepted", "suppressed", "intercepted_or_suppressed"]
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
    """Rows matching every chosen filter (vectorised boolean masks)."""
    mask = pd.Series(True, index=events.index)
    for name, column in Filters.COLUMNS.items():
        values = getattr(chosen, name)
        if values:
            mask &= events[column].isin(values)
    if chosen.start or chosen.end:
        day = events["event_date"].where(events["event_date"] != "", events["published"])
        if chosen.start:
            mask &= day >= chosen.start
        if chosen.end:
            mask &= (day <= chosen.end) & (day != "")
    return events[mask]


def with_day(events: pd.DataFrame) -> pd.DataFrame:
    """A 'day' column: the event date, else the publication date (for figures with no stated day)."""
    day = events["event_date"].where(events["event_date"] != "", events["published"])
    return events.assign(day=pd.to_datetime(day.replace("", None), errors="coerce"))


def headline_numbers(events: pd.DataFrame) -> dict[str, float | None]:
    """The overview's figures for the current rows."""
    numbered = events[events["value"].notna()]

    def total(metrics: list[str], category: str | None = None) -> int:
        rows = numbered[numbered["metric"].isin(metrics)]
        if category:
            rows = rows[rows["category"] == category]
        return int(rows["value"].sum())

    per_article = numbered[numbered["metric"].isin(["launched", *INTERCEPTION_METRICS])]
    pivot = per_article.pivot_table(index=["article_id", "attacker"], columns="metric", values="value", aggfunc="sum")
    both = pivot[pivot.get("launched", pd.Series(dtype=float)).notna()] if "launched" in pivot else pivot.iloc[0:0]
    stopped_cols = [c for c in INTERCEPTION_METRICS if c in both]
    stopped = both[stopped_cols].sum(axis=1) if stopped_cols else pd.Series(0, index=both.index)
    both = both[stopped > 0]
    rate = float(stopped[both.index].sum() / both["launched"].sum()) if len(both) and both["launched"].sum() else None
    return {
        "launched": total(["launched"]),
        "intercepted": total(["intercepted"]),
        "suppressed": total(["suppressed", "intercepted_or_suppressed"]),
        "interception_rate": min(rate, 1.0) if rate is not None else None,
        "killed": total(["killed"]),
        "injured": total(["injured"]),
        "disruptions": int((events["category"] == "disruption").sum()),
    }


def daily(events: pd.DataFrame, metrics: list[str], by: str | None = None) -> pd.DataFrame:
    """Sum of values per day (and per ``by``) for the given metrics."""
    rows = with_day(events[events["metric"].isin(metrics) & events["value"].notna()]).dropna(subset=["day"])
    keys = ["day", "metric"] + ([by] if by else [])
    return rows.groupby(keys, as_index=False)["value"].sum().astype({"value": "int64"})


def interception_rate_by_day(events: pd.DataFrame) -> pd.DataFrame:
    table = daily(events, ["launched", *INTERCEPTION_METRICS]).pivot_table(
        index="day", columns="metric", values="value", aggfunc="sum"
    )
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
    return spreadsheet_safe(frame).to_csv(index=False, lineterminator="\n").encode("utf-8")


def to_geojson_bytes(frame: pd.DataFrame) -> bytes:
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
    return frame.to_parquet(index=False)


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
