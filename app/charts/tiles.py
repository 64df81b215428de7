"""The map on OpenStreetMap tiles (MapLibre): the same parts as the offline map, for a viewer with internet."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .. import labels
from ..geometry import Basemap, as_geojson, latitude, shapes_geojson
from .base import colour, empty
from .map_parts import HEIGHT, REGION_SCALE, fitted_ranges, log_colourbar, marker_px, place_hover, size_legend


def _centre_zoom(x: pd.Series, y: pd.Series) -> tuple[dict, float]:
    """Centre and zoom of a tile map that shows the fitted ranges (about 1,000 px wide, HEIGHT tall)."""
    x_range, y_range = fitted_ranges(x, y)
    centre = {"lon": sum(x_range) / 2, "lat": float(latitude(sum(y_range) / 2))}
    zoom_x = math.log2(360 * 1000 / 512 / (x_range[1] - x_range[0]))
    zoom_y = math.log2(360 * HEIGHT / 512 / (y_range[1] - y_range[0]))
    return centre, max(0.5, min(zoom_x, zoom_y, 9.0))


def _tile_layout(figure: go.Figure, basemap: Basemap, x: pd.Series, y: pd.Series, title: str) -> go.Figure:
    centre, zoom = _centre_zoom(x, y)
    figure.update_layout(
        title=title,
        height=HEIGHT,
        margin={"l": 0, "r": 0, "t": 48, "b": 0},
        map={
            "style": "open-street-map",
            "center": centre,
            "zoom": zoom,
            # the bundled borders on top: if the tiles do not load in this browser, the outlines still show
            "layers": [
                {"source": as_geojson(basemap.countries), "type": "line", "color": "#4a4a4a", "line": {"width": 1}}
            ],
        },
        legend={"title": "Direction", "yanchor": "top", "y": 0.99, "x": 0.99, "xanchor": "right"},
    )
    return figure


def tile_place_map(points: pd.DataFrame, basemap: Basemap, words: str, title: str) -> go.Figure:
    """place_map on OpenStreetMap tiles (needs the internet in the viewer's browser)."""
    if points.empty:
        return empty(title, f"No place on the map has a figure of {words} under these filters.", height=HEIGHT)
    figure = go.Figure()
    largest = float(points["value"].max())
    hover = pd.Series(place_hover(points, words), index=points.index)
    for index, (attacker, rows) in enumerate(points.groupby("attacker", sort=True)):
        figure.add_trace(
            go.Scattermap(
                lat=rows["lat"],
                lon=rows["x"],
                mode="markers",
                name=labels.label("direction", attacker),
                marker={"size": marker_px(rows["value"], largest), "color": colour("attacker", attacker, index)},
                opacity=0.65,
                text=hover[rows.index],
                hovertemplate="%{text}<extra></extra>",
            )
        )
    size_legend(figure, largest, words)
    return _tile_layout(figure, basemap, points["x"], points["y"], title)


def tile_region_map(totals: pd.DataFrame, basemap: Basemap, words: str, title: str) -> go.Figure:
    """region_map on OpenStreetMap tiles."""
    if totals.empty:
        return empty(title, f"No region has a figure of {words} under these filters.", height=HEIGHT)
    import html

    largest = float(totals["value"].max())
    shapes = {name: basemap.shapes[name] for name in totals["region"]}
    figure = go.Figure(
        go.Choroplethmap(
            geojson=shapes_geojson(shapes),
            featureidkey="properties.name",
            locations=totals["region"],
            z=np.log1p(totals["value"].astype("float64")),
            zmin=0,
            zmax=math.log1p(max(largest, 1.0)),
            colorscale=REGION_SCALE,
            marker={"opacity": 0.7},
            colorbar=log_colourbar(largest, words),
            text=[
                f"<b>{html.escape(region)}</b><br>{value:,.0f} {html.escape(words)}:<br>{lines}"
                for region, value, lines in zip(totals["region"], totals["value"], totals["hover"], strict=True)
            ],
            hovertemplate="%{text}<extra></extra>",
        )
    )
    xs = pd.Series([shape.centre_x for shape in shapes.values()])
    ys = pd.Series([shape.centre_y for shape in shapes.values()])
    return _tile_layout(figure, basemap, xs, ys, title)
