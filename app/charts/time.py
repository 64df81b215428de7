"""Charts over time: sums per day, week or month on a real date axis, and the interception rate."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from .. import frames_time, labels
from ..frames import INTERCEPTION_METRICS, with_day
from .base import TIME_MARGIN, colour, counts_axis, date_axis, empty, in_periods

STRIKE_METRICS = ["launched", *INTERCEPTION_METRICS]
SERIES_ORDER = {metric: index for index, metric in enumerate([*STRIKE_METRICS, "killed", "injured"])}


def _direction(attacker: str) -> str:
    return f"{labels.label('direction', attacker)}: " if attacker else ""


def _series_words(series: str, split_weapons: bool) -> str:
    return labels.measure(series) if split_weapons else labels.label("metric", series)


def _ordered(series: pd.Series) -> list[str]:
    return sorted(series.unique(), key=lambda key: (SERIES_ORDER.get(key.partition(":")[0], 99), key))


def _bars(
    table: pd.DataFrame,
    bucket: str,
    title: str,
    axis: str,
    words,
    value: str = "value",
    grouped: bool = True,
    colour_kind: str = "",
) -> go.Figure:
    """One bar trace per series, side by side (or stacked) within each period; hover says the period and count."""
    figure = go.Figure()
    period_words = frames_time.period_label(table["period"], bucket)
    for index, series in enumerate(_ordered(table["series"])):
        rows = table["series"] == series
        part = table[rows]
        figure.add_bar(
            x=part["period"],
            y=part[value],
            name=words(series),
            marker_color=colour(colour_kind, series, index),
            customdata=list(zip(period_words[rows], part["figures"], strict=True)),
            hovertemplate=f"%{{customdata[0]}}<br>%{{y:,.0f}} {axis}"
            + ("" if value == "figures" else "<br>from %{customdata[1]:,} figures")
            + "<extra>%{fullData.name}</extra>",
        )
    figure.update_layout(
        title=title,
        barmode="overlay" if grouped else "stack",
        height=380,
        showlegend=True,
        margin=TIME_MARGIN,
        legend={"x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top"},
    )
    tallest = table.groupby("period")[value].sum().max() if not grouped else table[value].max()
    counts_axis(figure, float(tallest), axis)
    in_periods(figure, bucket, table["period"].min(), grouped=grouped)
    date_axis(figure, table["period"], bucket)
    return figure


def strikes(events: pd.DataFrame, bucket: str, split_weapons: bool = True, direction: str = "") -> go.Figure:
    """Weapons launched, shot down and jammed per period, by weapon family when ``split_weapons``; ``direction``
    (an attacker code) names the direction the figures were filtered to."""
    title = f"{_direction(direction)}Weapons launched and stopped per {labels.label('bucket', bucket)}"
    table = frames_time.sums(events, STRIKE_METRICS, bucket, split_weapons=split_weapons)
    if table.empty:
        return empty(title, "No launch or interception figure with a known day matches the filters.")
    return _bars(table, bucket, title, "weapons", lambda s: _series_words(s, split_weapons), colour_kind="metric")


def casualties(events: pd.DataFrame, bucket: str, direction: str = "") -> go.Figure:
    title = f"{_direction(direction)}People killed and injured per {labels.label('bucket', bucket)}"
    table = frames_time.sums(events, ["killed", "injured"], bucket, split_weapons=False)
    if table.empty:
        return empty(title, "No casualty figure with a known day matches the filters.")
    return _bars(table, bucket, title, "people", lambda s: labels.label("metric", s), colour_kind="metric")


def interception_rate(figures: pd.DataFrame, bucket: str) -> go.Figure:
    """Stopped / launched per period and direction, only from nights that give both (n/a nights left out);
    hover says how many nights."""
    title = f"Interception rate per {labels.label('bucket', bucket)}: (shot down + jammed) / launched"
    table = frames_time.rates(figures, bucket)
    if table.empty:
        return empty(title, "No night under these filters gives both a launched and a shot-down figure.")
    figure = go.Figure()
    for attacker, rows in table.groupby("attacker", sort=True):
        figure.add_trace(
            go.Scatter(
                x=rows["period"],
                y=rows["rate"],
                mode="lines+markers",
                name=labels.label("direction", attacker),
                line={"color": colour("attacker", attacker)},
                marker={"size": 8},
                customdata=list(
                    zip(
                        frames_time.period_label(rows["period"], bucket),
                        rows["stopped"],
                        rows["launched"],
                        rows["nights"],
                        strict=True,
                    )
                ),
                hovertemplate=(
                    "%{customdata[0]}: %{y:.0%}<br>%{customdata[1]:,.0f} stopped of %{customdata[2]:,.0f} launched"
                    "<br>from %{customdata[3]} night(s) that give both<extra></extra>"
                ),
            )
        )
    figure.update_layout(
        title=title,
        height=340,
        margin=TIME_MARGIN,
        yaxis={"tickformat": ".0%", "range": [0, 1.05], "title": None},
    )
    in_periods(figure, bucket, table["period"].min())
    return date_axis(figure, table["period"], bucket)


def figures_by_category(events: pd.DataFrame, bucket: str | None = None) -> go.Figure:
    """How many figures were reported per period, stacked by category (the overview's timeline)."""
    bucket = bucket or frames_time.auto_bucket(with_day(events)["day"])
    title = f"Reported figures per {labels.label('bucket', bucket)}"
    table = frames_time.counts(events, "category", bucket)
    if table.empty:
        return empty(title, "No figure with a known day matches the filters.")
    figure = _bars(
        table,
        bucket,
        title,
        "figures",
        lambda s: labels.label("category", s),
        value="figures",
        grouped=False,
        colour_kind="category",
    )
    figure.update_layout(height=300, margin={"l": 60, "r": 20, "t": 60, "b": 40})  # alone: no need to line up
    return figure
