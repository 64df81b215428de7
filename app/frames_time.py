"""Pure pandas for charts over time: a bucket that suits the span, sums per bucket, interception rates.

Written against the events columns (day, metric, weapon, attacker, value; article_id when there is one), so an
incident table of the same shape works too.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .frames import night_rates, with_day
from .frames_map import measure_keys

BUCKETS = ["day", "week", "month"]
DAY_SPAN_LIMIT = 62  # up to about two months a bar per day stays readable
WEEK_SPAN_LIMIT = 730  # up to two years a bar per week; past that, months
BUCKET_DAYS = {"day": 1, "week": 7, "month": 30.4}


def auto_bucket(days: pd.Series) -> str:
    """Day, week or month, from the span the dated rows cover."""
    days = pd.to_datetime(days, errors="coerce").dropna()
    if days.empty:
        return "day"
    span = (days.max() - days.min()).days
    if span <= DAY_SPAN_LIMIT:
        return "day"
    return "week" if span <= WEEK_SPAN_LIMIT else "month"


def period_start(days: pd.Series, bucket: str) -> pd.Series:
    """The first day of each row's bucket (weeks start on Monday); worked out once per distinct day."""
    days = pd.to_datetime(days, errors="coerce")
    codes, distinct = pd.factorize(days, use_na_sentinel=True)
    distinct = pd.Series(distinct).dt.normalize()
    if bucket == "week":
        distinct = distinct - pd.to_timedelta(distinct.dt.day_of_week, unit="D")
    elif bucket == "month":
        distinct = distinct.dt.to_period("M").dt.start_time
    starts = (
        distinct.to_numpy()[np.clip(codes, 0, None)] if len(distinct) else np.full(len(codes), np.datetime64("NaT"))
    )
    return pd.Series(np.where(codes >= 0, starts, np.datetime64("NaT")), index=days.index, dtype="datetime64[ns]")


def period_label(starts: pd.Series, bucket: str) -> pd.Series:
    """'21 Jul 2025', 'week of 21 Jul 2025', 'Jul 2025'."""
    starts = pd.to_datetime(starts)
    if bucket == "month":
        return starts.dt.strftime("%b %Y")
    text = starts.dt.strftime("%-d %b %Y")
    return "week of " + text if bucket == "week" else text


def _dated(events: pd.DataFrame, chosen: np.ndarray, columns: list[str]) -> pd.DataFrame:
    """The chosen rows that have a day, only ``columns`` (and 'day') of them."""
    dated = with_day(events)
    wanted = ["day", *(c for c in columns if c in dated.columns and c != "day")]
    return dated.loc[chosen & dated["day"].notna().to_numpy(), wanted]


def sums(events: pd.DataFrame, metrics: list[str], bucket: str, split_weapons: bool = True) -> pd.DataFrame:
    """Sum of values per bucket and series (measure key when ``split_weapons``, else the metric).

    Columns: period, series, value, figures. Rows without a number or a day are left out.
    """
    chosen = events["metric"].isin(metrics).to_numpy() & events["value"].notna().to_numpy()
    rows = _dated(events, chosen, ["metric", "weapon", "value"])
    columns = ["period", "series", "value", "figures"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    series = measure_keys(rows) if split_weapons else rows["metric"]
    table = pd.DataFrame(
        {"period": period_start(rows["day"], bucket), "series": series, "value": rows["value"].astype("float64")}
    )
    grouped = table.groupby(["period", "series"], as_index=False, sort=True, observed=True)
    summed = grouped.agg(value=("value", "sum"), figures=("value", "size"))
    return summed.astype({"series": str})[columns]


def counts(events: pd.DataFrame, column: str, bucket: str) -> pd.DataFrame:
    """How many figures were reported per bucket and value of ``column``. Columns: period, series, figures."""
    rows = _dated(events, np.ones(len(events), dtype=bool), [column])
    if rows.empty:
        return pd.DataFrame(columns=["period", "series", "figures"])
    table = pd.DataFrame({"period": period_start(rows["day"], bucket), "series": rows[column]})
    counted = table.groupby(["period", "series"], as_index=False, sort=True, observed=True).size()
    return counted.rename(columns={"size": "figures"}).astype({"series": str})


def rates(figures: pd.DataFrame, bucket: str) -> pd.DataFrame:
    """Share of launched weapons stopped, per bucket and direction, from the nights whose rate is known.

    A night's rate (frames.night_rates) needs both a launched and a shot-down figure of that night and
    direction, and is n/a (left out) when more were stopped than launched: figures of different scope. So a
    bucket holding only one of the figures has no rate rather than 0 % or 100 %.
    Columns: period, attacker, rate, stopped, launched, nights.
    """
    columns = ["period", "attacker", "rate", "stopped", "launched", "nights"]
    nights = night_rates(as_figures(figures))
    known = nights[((nights["status"] == "ok") & (nights["family"] == "all")).to_numpy()]
    if known.empty:
        return pd.DataFrame(columns=columns)
    days = pd.to_datetime(known["event_date"], format="%Y-%m-%d")
    table = (
        known.assign(period=period_start(days, bucket).to_numpy())
        .groupby(["period", "attacker"], as_index=False, sort=True)
        .agg(stopped=("stopped", "sum"), launched=("launched", "sum"), nights=("event_date", "nunique"))
    )
    table["rate"] = table["stopped"] / table["launched"]
    return table[columns]


def as_figures(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows of the events table read as top-level figures (each its own incident) when they are not already
    incident figures."""
    if "family" in rows.columns:
        return rows
    from etl.incidents import family

    return rows.assign(
        family=[family(w) for w in rows["weapon"].astype(str)],
        incident_id=np.arange(len(rows)).astype(str),
        parent_id="",
    )
