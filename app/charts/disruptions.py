"""Disruption charts: sums of the numbers given, each metric in its own unit, top places with the rest folded."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from .. import frames_disruptions, frames_time, labels
from .base import OTHER_COLOUR, colour, counts_axis, date_axis, empty, in_periods

BAR_PX = 26  # height per place: 12 places and an 'other' row read at any corpus size


def top_places(events: pd.DataFrame, metric: str, top: int = frames_disruptions.TOP_PLACES) -> go.Figure:
    """Sum of one disruption metric per place, the largest ``top`` places and 'other' for the rest."""
    words = labels.measure(metric)
    title = f"{words.capitalize()}: places with the most"
    table = frames_disruptions.top_places(events, metric, top)
    if table.empty:
        return empty(title, f"No figure of {words} with a number matches the filters.")
    named = table.loc[~table["other"], "value"]
    widest = float(named.max()) * 1.25
    # 'other' can outweigh every place it folds: drawn to the named places' scale, its sum in its label
    clipped = bool(table["other"].any() and table["value"].max() > widest)
    names = [
        f"{place}: {value:,.0f} in all" if other and clipped else place
        for place, value, other in zip(table["place"], table["value"], table["other"], strict=True)
    ]
    figure = go.Figure(
        go.Bar(
            x=table["value"],
            y=names,
            orientation="h",
            marker_color=[OTHER_COLOUR if other else colour("category", "disruption") for other in table["other"]],
            customdata=table["figures"],
            text=[
                "" if other and clipped else f"{value:,.0f}"
                for value, other in zip(table["value"], table["other"], strict=True)
            ],
            textposition="outside",
            cliponaxis=True,
            hovertemplate="%{y}: %{x:,.0f} " + labels.unit(metric) + " in %{customdata:,} figures<extra></extra>",
        )
    )
    scale = {"range": [0, widest]} if clipped else {}
    figure.update_layout(
        title=title,
        height=120 + BAR_PX * len(table),
        xaxis={"title": f"{labels.unit(metric)} (sum of the figures given)", **scale},
        yaxis={"autorange": "reversed", "automargin": True},
        margin={"l": 10},
    )
    return figure


def over_time(events: pd.DataFrame, metric: str, bucket: str) -> go.Figure:
    """Sum of one disruption metric per day, week or month."""
    words = labels.measure(metric)
    title = f"{words.capitalize()} per {labels.label('bucket', bucket)}"
    rows = frames_disruptions.disruptions(events)
    table = frames_time.sums(rows, [metric], bucket, split_weapons=False)
    if table.empty:
        return empty(title, f"No figure of {words} with a number and a known day matches the filters.")
    period_words = frames_time.period_label(table["period"], bucket)
    figure = go.Figure(
        go.Bar(
            x=table["period"],
            y=table["value"],
            marker_color=colour("category", "disruption"),
            customdata=list(zip(period_words, table["figures"], strict=True)),
            hovertemplate=f"%{{customdata[0]}}: %{{y:,.0f}} {labels.unit(metric)}"
            + " in %{customdata[1]:,} figures<extra></extra>",
        )
    )
    figure.update_layout(title=title, height=320)
    counts_axis(figure, float(table["value"].max()), labels.unit(metric))
    in_periods(figure, bucket, table["period"].min())
    return date_axis(figure, table["period"], bucket)
