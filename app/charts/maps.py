"""The map: one measure at a time, per direction, as sized circles per place or shaded regions.

The offline map is an ordinary plotly chart on Web Mercator coordinates (app/geometry.py): it needs no tiles,
fonts or WebGL, so it draws offline, labels the largest places, and its frame fits whatever the data covers,
from the Carpathians to Kamchatka. With online tiles, the same parts go on a MapLibre map instead.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from .. import labels
from ..geometry import Basemap
from .base import colour, empty
from .map_parts import (
    HEIGHT,
    LABELLED_PLACES,
    REGION_SCALE,
    fitted_ranges,
    log_colourbar,
    marker_px,
    place_hover,
    size_legend,
    spaced,
)

LAND = "#f4f2ee"


def _basemap_traces(basemap: Basemap) -> list[go.Scatter]:
    gap = np.array([np.nan], dtype="float32")
    land = np.concatenate([part for shape in basemap.shapes.values() for part in (shape.x, gap)])
    land_y = np.concatenate([part for shape in basemap.shapes.values() for part in (shape.y, gap)])
    common = {"mode": "lines", "hoverinfo": "skip", "showlegend": False}
    return [  # the regions' fill and their borders are one trace: the outlines are sent once per figure
        go.Scatter(x=land, y=land_y, fill="toself", fillcolor=LAND, line={"width": 0.6, "color": "#b0b0b0"}, **common),
        go.Scatter(x=basemap.countries.x, y=basemap.countries.y, line={"width": 1.2, "color": "#4a4a4a"}, **common),
    ]


def _frame(figure: go.Figure, x: pd.Series, y: pd.Series, title: str) -> go.Figure:
    x_range, y_range = fitted_ranges(x, y)
    figure.update_layout(
        title=title,
        height=HEIGHT,
        margin={"l": 0, "r": 0, "t": 48, "b": 0},
        plot_bgcolor="#ffffff",
        dragmode="pan",
        hovermode="closest",
        xaxis={"visible": False, "range": x_range},
        yaxis={"visible": False, "range": y_range, "scaleanchor": "x", "scaleratio": 1},
        legend={"title": "Direction", "yanchor": "top", "y": 0.99, "x": 0.99, "xanchor": "right"},
        hoverlabel={"align": "left"},
    )
    return figure


def _label(figure: go.Figure, x: float, y: float, text: str, above_px: float) -> None:
    """A place name pinned to the map (it pans and zooms with it), ``above_px`` pixels over the point."""
    import html

    figure.add_annotation(
        x=x,
        y=y,
        xref="x",
        yref="y",
        text=html.escape(text).replace("&lt;br&gt;", "<br>"),
        showarrow=False,
        yshift=above_px,
        font={"size": 12, "color": "#1a1a1a"},
        bgcolor="rgba(255,255,255,0.75)",
        borderpad=1,
    )


def place_map(points: pd.DataFrame, basemap: Basemap, words: str, title: str) -> go.Figure:
    """Circles per place and direction, area ∝ the summed value, the largest places labelled."""
    if points.empty:
        return empty(title, f"No place on the map has a figure of {words} under these filters.", height=HEIGHT)
    figure = go.Figure(_basemap_traces(basemap))
    largest = float(points["value"].max())
    hover = pd.Series(place_hover(points, words), index=points.index)
    for index, (attacker, rows) in enumerate(points.groupby("attacker", sort=True)):
        figure.add_scatter(
            x=rows["x"],
            y=rows["y"],
            mode="markers",
            name=labels.label("direction", attacker),
            marker={
                "size": marker_px(rows["value"], largest),
                "color": colour("attacker", attacker, index),
                "opacity": 0.6,
                "line": {"color": "#ffffff", "width": 0.8},
            },
            text=hover[rows.index],
            hovertemplate="%{text}<extra></extra>",
        )
    x_range, y_range = fitted_ranges(points["x"], points["y"])
    for row in spaced(points.drop_duplicates("place"), x_range, y_range).itertuples():
        _label(figure, row.x, row.y, f"{row.place} {row.value:,.0f}", marker_px([row.value], largest)[0] / 2 + 8)
    size_legend(figure, largest, words)
    return _frame(figure, points["x"], points["y"], title)


def _region_colours(values: pd.Series, largest: float) -> list[str]:
    """A colour per region on a log scale: a capital's thousands do not wash out the tens elsewhere."""
    share = np.log1p(values.to_numpy(dtype="float64")) / math.log1p(max(largest, 1.0))
    return sample_colorscale(REGION_SCALE, np.clip(0.12 + 0.88 * share, 0, 1).tolist())


def region_map(totals: pd.DataFrame, basemap: Basemap, words: str, title: str) -> go.Figure:
    """Regions shaded by the summed value of the measure (cities rolled up into their region)."""
    if totals.empty:
        return empty(title, f"No region has a figure of {words} under these filters.", height=HEIGHT)
    import html

    figure = go.Figure(_basemap_traces(basemap)[:1])  # land and region borders under the shading
    largest = float(totals["value"].max())
    shown = totals.assign(area=totals["region"].map(lambda name: basemap.shapes[name].area))
    shown = shown.sort_values("area", ascending=False)  # small regions (cities) on top of the ones around them
    for (_, row), fill in zip(shown.iterrows(), _region_colours(shown["value"], largest), strict=True):
        shape = basemap.shapes[row["region"]]
        figure.add_scatter(
            x=shape.x,
            y=shape.y,
            mode="lines",
            fill="toself",
            fillcolor=fill,
            line={"width": 0.5, "color": "#8a6d3b"},
            name=f"{row['region']}: {row['value']:,.0f}",
            hoveron="fills",
            showlegend=False,
        )
    figure.add_traces(_basemap_traces(basemap)[1:])
    centres = shown.assign(
        x=[basemap.shapes[name].centre_x for name in shown["region"]],
        y=[basemap.shapes[name].centre_y for name in shown["region"]],
    )
    figure.add_scatter(
        x=centres["x"],
        y=centres["y"],
        mode="markers",
        marker={
            "size": 9,
            "color": np.log1p(centres["value"].astype("float64")),
            "colorscale": REGION_SCALE,
            "cmin": 0,
            "cmax": math.log1p(max(largest, 1.0)),
            "opacity": 0.0,
            "colorbar": log_colourbar(largest, words),
        },
        text=[
            f"<b>{html.escape(region)}</b><br>{value:,.0f} {html.escape(words)} in {figures:,} figures:<br>{lines}"
            for region, value, figures, lines in zip(
                centres["region"], centres["value"], centres["figures"], centres["hover"], strict=True
            )
        ],
        hovertemplate="%{text}<extra></extra>",
        showlegend=False,
    )
    for name, value in zip(totals["region"].head(LABELLED_PLACES), totals["value"], strict=False):
        shape = basemap.shapes[name]
        _label(figure, shape.centre_x, shape.centre_y, f"{name}<br>{value:,.0f}", 0)
    xs = np.concatenate([basemap.shapes[name].x for name in totals["region"]])
    ys = np.concatenate([basemap.shapes[name].y for name in totals["region"]])
    finite = ~np.isnan(xs)
    figure = _frame(figure, pd.Series(xs[finite]), pd.Series(ys[finite]), title)
    figure.update_layout(showlegend=False)
    return figure


def national_totals(events: pd.DataFrame) -> go.Figure:
    """Figures given for a whole country (no point of their own on the map), summed per measure."""
    from ..frames_map import measure_keys

    title = "Country-wide figures (not on the map)"
    chosen = ((events["place_type"] == "country") & events["value"].notna()).to_numpy()
    rows = events.loc[chosen, ["metric", "weapon", "place", "value"]]
    if rows.empty:
        return empty(title, "No country-wide figure matches the filters.", height=260)
    table = pd.DataFrame(
        {
            "measure": measure_keys(rows).astype(str),
            "country": rows["place"].astype(str),
            "value": rows["value"].astype("float64"),
        }
    )
    table = table.groupby(["measure", "country"], as_index=False)["value"].sum()
    figure = go.Figure()
    for index, (country, part) in enumerate(table.groupby("country")):
        figure.add_bar(
            y=[labels.measure(key) for key in part["measure"]],
            x=part["value"],
            orientation="h",
            name=country,
            marker_color=colour("country", country, index),
            hovertemplate="%{y}: %{x:,.0f}<extra>" + country + "</extra>",
        )
    figure.update_layout(
        title=title,
        barmode="group",
        height=220 + 32 * table["measure"].nunique() * max(1, table["country"].nunique()),  # room for one bar too
        xaxis_title="sum of the figures given",
        legend={"title": "Country"},
        showlegend=True,
        yaxis={"autorange": "reversed"},
    )
    return figure
