"""What every chart shares: colours per code, the 'nothing to draw' figure, a date axis without clock times."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

CATEGORY_COLOURS = {
    "strike": "#d62728",
    "interception": "#1f77b4",
    "casualty": "#111111",
    "damage": "#ff7f0e",
    "disruption": "#9467bd",
}
METRIC_COLOURS = {
    "launched": "#d62728",
    "hit": "#8c1c13",
    "intercepted": "#1f77b4",
    "suppressed": "#17becf",
    "intercepted_or_suppressed": "#9467bd",
    "killed": "#111111",
    "injured": "#ff7f0e",
}
FAMILY_SHADE = {"drone": 0.0, "missile": 0.45, "guided_bomb": -0.35, "weapon": -0.5}  # >0 lighter, <0 darker
DIRECTION_COLOURS = {"russia": "#c62828", "ukraine": "#1565c0", "unknown": "#757575"}
OTHER_COLOUR = "#8c8c8c"
COUNTRY_PALETTE = ["#5f5f5f", "#b39b5a", "#4f8a76", "#8a6bb3", "#b36b6b"]  # no direction's red or blue
SERIES_PALETTE = ["#d62728", "#1f77b4", "#2ca02c", "#17becf", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f"]
TICK_FORMAT = {"day": "%-d %b %Y", "week": "%-d %b %Y", "month": "%b %Y"}
DAY_MS = 86_400_000


def shade(hex_colour: str, amount: float) -> str:
    """Lighter (towards white, amount > 0) or darker (towards black, amount < 0)."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    target = 255 if amount > 0 else 0
    mixed = (round(c + (target - c) * abs(amount)) for c in (red, green, blue))
    return "#" + "".join(f"{c:02x}" for c in mixed)


def colour(kind: str, code: str, index: int = 0) -> str:
    """The colour of a code: categories, directions and metrics keep theirs on every chart ('launched:missile'
    is a lighter 'launched'); codes no mapping knows get a palette colour by position."""
    if kind == "metric":
        metric, _, family = code.partition(":")
        if metric in METRIC_COLOURS:
            return shade(METRIC_COLOURS[metric], FAMILY_SHADE.get(family, 0.0))
    if kind == "country":
        return COUNTRY_PALETTE[index % len(COUNTRY_PALETTE)]
    known = {"category": CATEGORY_COLOURS, "attacker": DIRECTION_COLOURS}.get(kind, {})
    return known.get(code, SERIES_PALETTE[index % len(SERIES_PALETTE)])


TIME_MARGIN = {"l": 60, "r": 290, "t": 60, "b": 40}  # the same plot width on every chart over time: dates line up


def counts_axis(figure: go.Figure, largest: float, title: str) -> go.Figure:
    """A y axis of whole numbers (no '0.2 people'), from zero."""
    axis = {"title": title, "rangemode": "tozero", "tickformat": ",d"}
    if largest <= 8:
        axis["dtick"] = 1
    figure.update_yaxes(**axis)
    return figure


def empty(title: str, reason: str, height: int = 320) -> go.Figure:
    """A figure that says why there is nothing to draw."""
    figure = go.Figure()
    figure.add_annotation(text=reason, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font={"size": 15})
    figure.update_layout(title=title, xaxis={"visible": False}, yaxis={"visible": False}, height=height)
    return figure


PERIOD = {"day": DAY_MS, "week": 7 * DAY_MS, "month": "M1"}
PERIOD_DAYS = {"day": 1, "week": 7, "month": 31}


def date_axis(figure: go.Figure, periods: pd.Series, bucket: str) -> go.Figure:
    """A date axis that shows dates (never '23:59:59.9996'), labels in the middle of their period, and room
    for at least a few periods so a lone day is not stretched across the chart."""
    starts = pd.to_datetime(pd.Series(periods)).dropna()
    if starts.empty:
        return figure
    first, last = starts.min(), starts.max() + pd.Timedelta(days=PERIOD_DAYS[bucket])
    shortest = pd.Timedelta(days=4 * PERIOD_DAYS[bucket])
    if last - first < shortest:
        centre = first + (last - first) / 2
        first, last = centre - shortest / 2, centre + shortest / 2
    axis = {
        "type": "date",
        "tickformat": TICK_FORMAT[bucket],
        "ticklabelmode": "period",
        "range": [first, last],
        "title": None,
    }
    periods = (last - first).days / PERIOD_DAYS[bucket]
    step = max(1, round(periods / 10))  # about ten labels, on whole periods: never a clock time
    if bucket == "month":
        axis.update(dtick=f"M{step}")
    else:
        axis.update(tick0=starts.min(), dtick=step * PERIOD_DAYS[bucket] * DAY_MS)
    figure.update_xaxes(**axis)
    return figure


def in_periods(figure: go.Figure, bucket: str, first: pd.Timestamp | None = None, grouped: bool = False) -> go.Figure:
    """Bars and points in the middle of their day, week or month (x holds the period's first day).

    Bar widths are explicit: plotly's default is the smallest gap between bars, so two lone days six weeks
    apart came out six weeks wide. ``grouped`` puts the bar traces side by side within the period.
    """
    period = {"xperiod": PERIOD[bucket], "xperiodalignment": "middle"}
    if bucket == "week" and first is not None:
        period["xperiod0"] = first
    figure.update_traces(**period)
    span = 0.8 * min(PERIOD_DAYS[bucket], 30) * DAY_MS
    bars = [trace for trace in figure.data if trace.type == "bar"]
    for index, trace in enumerate(bars):
        width = span / len(bars) if grouped else span
        trace.update(width=width, offset=-span / 2 + (index * width if grouped else 0))
    return figure
