"""Pure pandas: filtering and the aggregates every page shows. No streamlit here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd

from etl.incidents import figures_from, summarise
from etl.load import COLUMNS, categorise

from .labels import label

INTERCEPTION_METRICS = ["intercepted", "suppressed", "intercepted_or_suppressed"]
SHOT_DOWN = ["intercepted", "intercepted_or_suppressed"]  # a count of weapons shot down (alone or with jammed ones)
RATE_FAMILIES = ["drone", "missile", "all"]  # 'all': drones and missiles together
DIRECTIONS = ["russia", "ukraine", "unknown"]  # attacker codes; labels.DIRECTION says them as directions
DERIVED_COLUMNS = ["day"]  # added by prepare() for the dashboard, never exported
# what incident_figures() adds to the events columns
FIGURE_COLUMNS = ["parent_id", "family", "low", "best", "high", "sources", "rows", "direction"]


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
    direction: str = ""  # an attacker code: 'russia' is Russia -> Ukraine; empty means both (and unknown)
    reporters: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    COLUMNS = {
        "places": "place",
        "countries": "country",
        "categories": "category",
        "metrics": "metric",
        "weapons": "weapon",
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
    if chosen.direction:
        mask &= (events["attacker"] == chosen.direction).to_numpy()
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


def incident_figures(
    events: pd.DataFrame, incidents: pd.DataFrame, parts: bool = False, rank: np.ndarray | None = None
) -> pd.DataFrame:
    """Incident figures of the given events rows, in the events table's shape: charts built for rows work on them.

    One row per incident the rows belong to: the events columns of the row its best value comes from (its
    sentence, source, reported_by...) with ``value`` = best, and the incident's own ``weapon``, ``place``,
    ``place_type``, ``country``, ``lat``, ``lon``, ``event_date``; plus ``incident_id``, ``parent_id``,
    ``family``, ``low``, ``best``, ``high``, ``sources`` (distinct articles), ``rows``, ``direction`` (its label)
    and ``day`` (the event date; empty when the figure has none). Values are worked out from the given rows only,
    so a filter on a source shows what that source says. With ``parts=False`` (what any sum wants) an incident
    whose whole is among the returned ones is left out: a part is never added to its whole.

    ``incidents``: the incidents table (indexed by incident_id or not). ``rank``: ``etl.incidents.best_first`` of
    the whole table (whose index is a RangeIndex) when ``events`` are some of its rows: saves ranking them again.
    """
    if events.empty or incidents.empty:
        return _no_figures(events)
    chosen = summarise(events) if rank is None else figures_from(events, rank[events.index.to_numpy()])
    table = incidents if incidents.index.name == "incident_id" else incidents.set_index("incident_id")
    chosen["incident_id"] = chosen["incident_id"].astype(str)  # not the whole table's categories: fast lookups
    found = table.index.get_indexer(chosen["incident_id"])
    known = found >= 0
    rows = np.where(known, found, 0)  # only the incidents shown are taken from the (possibly large) table
    for column in ("parent_id", "weapon", "family", "place", "place_type", "country", "event_date"):
        chosen[column] = (
            np.where(known, table[column].array.take(rows).to_numpy(dtype=object), "") if len(table) else ""
        )
    for column in ("lat", "lon"):
        chosen[column] = np.where(known, table[column].to_numpy(dtype=float)[rows], np.nan) if len(table) else np.nan
    chosen["value"] = chosen["best"]
    chosen["direction"] = (
        chosen["attacker"].astype("category").cat.rename_categories(lambda code: label("direction", code))
    )
    dated = (chosen["event_date"] != "").to_numpy()
    chosen["day"] = pd.to_datetime(chosen["event_date"].where(dated, None), format="%Y-%m-%d")
    chosen = chosen.reset_index(drop=True)
    return chosen if parts else top_level(chosen).reset_index(drop=True)


def _no_figures(events: pd.DataFrame) -> pd.DataFrame:
    columns = [c for c in COLUMNS if c != "incident_id"] + ["incident_id", *FIGURE_COLUMNS, "day"]
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    for column in ("value", "low", "best", "high"):
        frame[column] = pd.Series(dtype="Int64")
    frame["day"] = pd.Series(dtype="datetime64[ns]")
    return frame


def top_level(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures that are no part of another figure among them (a part whose whole was filtered out counts)."""
    whole_shown = pd.Index(figures["incident_id"]).get_indexer(figures["parent_id"]) >= 0
    return figures[~whole_shown]


def parts_within(figures: pd.DataFrame) -> pd.DataFrame:
    """Each part whose whole is among ``figures`` (with parts), beside its whole: attacker, metric, family, place,
    value, and the whole's place and value."""
    wholes = figures.set_index("incident_id")
    parts = figures[figures["parent_id"].isin(wholes.index).to_numpy()]
    whole = wholes.reindex(parts["parent_id"])
    return pd.DataFrame(
        {
            "attacker": parts["attacker"].astype(str).to_numpy(),
            "event_date": parts["event_date"].to_numpy(),
            "metric": parts["metric"].astype(str).to_numpy(),
            "family": parts["family"].to_numpy(),
            "place": parts["place"].to_numpy(),
            "value": parts["value"].to_numpy(),
            "whole_place": whole["place"].to_numpy(),
            "whole_value": whole["value"].to_numpy(),
        }
    )


def totals(figures: pd.DataFrame) -> pd.DataFrame:
    """Sums of dated top-level figures per attacker, metric and weapon family, and how many figures each adds.

    Figures with no resolvable date are left out: they may restate a dated one (see ``undated``).
    """
    dated = top_level(figures)
    dated = dated[(dated["event_date"] != "").to_numpy() & dated["value"].notna().to_numpy()]
    frame = pd.DataFrame(
        {
            "attacker": dated["attacker"].astype(str).to_numpy(),
            "metric": dated["metric"].astype(str).to_numpy(),
            "family": dated["family"].to_numpy(),
            "value": dated["value"].astype("int64").to_numpy(),
        }
    )
    summed = frame.groupby(["attacker", "metric", "family"], as_index=False).agg(
        value=("value", "sum"), figures=("value", "size")
    )
    return summed


def grid(totals: pd.DataFrame, attacker: str, metrics: list[str], families: list[str]) -> pd.DataFrame:
    """One direction's totals as metric x weapon family (rows x columns); empty where no figure was given."""
    own = totals[totals["attacker"] == attacker].set_index(["metric", "family"])["value"]
    cells = {f: [own.get((m, f), pd.NA) for m in metrics] for f in families}
    return pd.DataFrame(cells, index=metrics, dtype="Int64")


def undated(figures: pd.DataFrame) -> pd.DataFrame:
    """Top-level figures with a number but no resolvable date: shown apart, never in totals."""
    loose = top_level(figures)
    return loose[(loose["event_date"] == "").to_numpy() & loose["value"].notna().to_numpy()]


def night_rates(figures: pd.DataFrame) -> pd.DataFrame:
    """Interception rate per direction, night and weapon family, from the top-level figures of that night.

    stopped = shot down + jammed or lost (EW) + the lumped "shot down or jammed" count (never counted as jammed);
    a family's rate needs a launched figure and a shot-down figure of that family; 'all' (drones and missiles)
    takes a lumped drones-and-missiles figure where one is given, else drones plus missiles. ``rate`` is empty
    ("n/a") when a figure is missing or when more were stopped than launched: figures of different scope.
    """
    columns = ["attacker", "event_date", "family", "launched", "stopped", "rate", "status"]
    chosen = top_level(figures)
    chosen = chosen[
        chosen["metric"].isin(["launched", *INTERCEPTION_METRICS]).to_numpy()
        & chosen["family"].isin(["drone", "missile", "drone_or_missile"]).to_numpy()
        & (chosen["event_date"] != "").to_numpy()
        & chosen["value"].notna().to_numpy()
    ]
    if chosen.empty:
        return pd.DataFrame(columns=columns)
    sums = (
        pd.DataFrame(
            {
                "attacker": chosen["attacker"].astype(str).to_numpy(),
                "event_date": chosen["event_date"].to_numpy(),
                "metric": chosen["metric"].astype(str).to_numpy(),
                "family": chosen["family"].to_numpy(),
                "value": chosen["value"].astype("float64").to_numpy(),
            }
        )
        .groupby(["attacker", "event_date", "metric", "family"])["value"]
        .sum()
        .unstack(["metric", "family"])
    )

    def given(metric: str, family: str) -> pd.Series:
        return sums[(metric, family)] if (metric, family) in sums.columns else pd.Series(np.nan, index=sums.index)

    def of_all(metric: str) -> pd.Series:
        lumped = given(metric, "drone_or_missile")
        return lumped.fillna(given(metric, "drone").add(given(metric, "missile"), fill_value=0))

    pick = {
        "drone": lambda metric: given(metric, "drone"),
        "missile": lambda metric: given(metric, "missile"),
        "all": of_all,
    }
    out = []
    for family, read in pick.items():
        launched = read("launched")
        stopped = sum((read(m).fillna(0) for m in INTERCEPTION_METRICS), pd.Series(0.0, index=sums.index))
        shot = pd.concat([read(m) for m in SHOT_DOWN], axis=1).notna().any(axis=1)
        status = np.select(
            [launched.isna() | (launched <= 0), ~shot, stopped > launched],
            ["no launch figure", "no shot-down figure", "more stopped than launched"],
            "ok",
        )
        rate = (stopped / launched).where(status == "ok")
        part = pd.DataFrame(
            {"family": family, "launched": launched, "stopped": stopped, "rate": rate, "status": status}
        )
        out.append(part[launched.notna() | shot])
    table = pd.concat(out).reset_index()
    return table[columns].sort_values(["attacker", "event_date", "family"], kind="stable").reset_index(drop=True)


def rate_summary(figures: pd.DataFrame) -> pd.DataFrame:
    """Per direction and family: stopped / launched over the nights whose rate is known, and how many nights."""
    nights = night_rates(figures)
    known = nights[nights["status"] == "ok"]
    summary = known.groupby(["attacker", "family"], as_index=False).agg(
        launched=("launched", "sum"), stopped=("stopped", "sum"), nights=("rate", "size")
    )
    summary["rate"] = summary["stopped"] / summary["launched"]
    return summary


def interception_rate_by_day(figures: pd.DataFrame, family: str = "all") -> pd.DataFrame:
    """Per day and direction, the share of launched weapons stopped (nights whose rate is n/a left out)."""
    nights = night_rates(figures)
    known = nights[(nights["status"] == "ok") & (nights["family"] == family)]
    return pd.DataFrame(
        {
            "day": pd.to_datetime(known["event_date"], format="%Y-%m-%d"),
            "direction": [label("direction", a) for a in known["attacker"]],
            "rate": known["rate"].astype(float),
        }
    ).reset_index(drop=True)
