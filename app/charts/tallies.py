"""The official tally against the news: one point per night, weapon and metric."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from .. import labels
from .base import empty


def tally_comparison(comparison: pd.DataFrame) -> go.Figure:
    """News figures (air force, Russia → Ukraine) against the official tally: one point per night, weapon and
    metric; on the diagonal they agree."""
    title = "Air force figures in the news against the official tally"
    compared = comparison[comparison["official"].notna()]
    if compared.empty:
        return empty(title, "No news figure of the air force falls on a night of the official tally.")
    table = compared.assign(
        official=compared["official"].astype(float),
        figure=[labels.series(m, w) for m, w in zip(compared["metric"], compared["weapon"], strict=True)],
        status=[labels.label("status", s) for s in compared["status"]],
    )
    figure = px.scatter(
        table,
        x="official",
        y="news",
        color="status",
        symbol="figure",
        hover_data={"night": True, "place": True, "reported_by": True, "source": True},
        title=title,
        labels={"official": "official tally", "news": "read from the news", "status": "status", "figure": "figure"},
        color_discrete_map={"exact match": "#2ca02c", "within tolerance": "#1f77b4", "differs": "#d62728"},
    )
    top = float(max(table["official"].max(), table["news"].max())) * 1.05
    figure.add_shape(type="line", x0=0, y0=0, x1=top, y1=top, line={"dash": "dot", "color": "#888"})
    figure.update_layout(height=420)
    return figure
