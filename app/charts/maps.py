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
from ..geometry import Basemap, as_geojson, latitude, shapes_geojson
from .base import colour, empty

HEIGHT = 640
MAX_MARKER_PX = 48.0
MIN_MARKER_PX = 6.0
LABELLED_PLACES = 8
LABEL_CLEARANCE = 0.06  # share of the frame: a label closer than this to a bigger one is left to the hover
LEGEND_GAP_PX = 12.0
MIN_SPAN_DEGREES = 12.0  # a single city is shown with its surroundings, not at street level
REGION_SCALE = "YlOrRd"
LAND = "#f4f2ee"


def marker_px(values: np.ndarray | pd.Series, largest: float) -> np.ndarray:
    """Circle diameters in pixels with the area proportional to the value (largest = MAX_MARKER_PX)."""
    values = np.asarray(values, dtype="float64")
    if largest <= 0:
        return np.full(len(values), MIN_MARKER_PX)
    return np.clip(MAX_MARKER_PX * np.sqrt(np.clip(values, 0, None) / largest), MIN_MARKER_PX, MAX_MARKER_PX)


def nice_number(value: float) -> float:
    """The largest 1, 2 or 5 × 10^k not above ``value``."""
    if value <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(value))
    return max(step * power for step in (1, 2, 5) if step * power <= value)


def two_digits(value: float) -> float:
    """``value`` rounded down to two significant digits (426 -> 420, 4 -> 4)."""
    if value < 1:
        return 0.0
    power = 10 ** max(0, math.floor(math.log10(value)) - 1)
    return math.floor(value / power) * power


def legend_values(largest: float) -> list[float]:
    """Up to three round values for the size legend (the first close to the largest circle), each drawn
    visibly smaller than the one before."""
    values: list[float] = []
    candidate = two_digits(largest)
    while candidate >= 1 and len(values) < 3:
        size, previous = marker_px([candidate], largest)[0], marker_px(values[-1:] or [0], largest)[0]
        if not values or (size < 0.65 * previous and previous - size >= LEGEND_GAP_PX):
            values.append(candidate)
        candidate = nice_number(candidate / 3)
    return values


def fitted_ranges(x: pd.Series, y: pd.Series) -> tuple[list[float], list[float]]:
    """Axis ranges around the points, padded, at least MIN_SPAN_DEGREES wide and tall."""
    west, east, south, north = float(x.min()), float(x.max()), float(y.min()), float(y.max())
    pad_x = max((east - west) * 0.12, 1.5)
    pad_y = max((north - south) * 0.12, 1.5)
    west, east, south, north = west - pad_x, east + pad_x, south - pad_y, north + pad_y
    for low, high in ((0, 1), (2, 3)):
        bounds = [west, east, south, north]
        if bounds[high] - bounds[low] < MIN_SPAN_DEGREES:
            centre = (bounds[high] + bounds[low]) / 2
            bounds[low], bounds[high] = centre - MIN_SPAN_DEGREES / 2, centre + MIN_SPAN_DEGREES / 2
        west, east, south, north = bounds
    return [west, east], [south, north]


def spaced(points: pd.DataFrame, x_range: list[float], y_range: list[float]) -> pd.DataFrame:
    """The largest points (first rows) to label, skipping any too close to one already labelled."""
    width, height = x_range[1] - x_range[0], y_range[1] - y_range[0]
    chosen: list[int] = []
    for index, x, y in zip(points.index, points["x"], points["y"], strict=True):
        if len(chosen) == LABELLED_PLACES:
            break
        near = any(
            abs(x - points.at[other, "x"]) < LABEL_CLEARANCE * width * 2
            and abs(y - points.at[other, "y"]) < LABEL_CLEARANCE * height
            for other in chosen
        )
        if not near:
            chosen.append(index)
    return points.loc[chosen]


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


def legend_label_heights(sizes: list[float]) -> list[float]:
    """Heights (px above the legend's base) for the labels of nested circles of ``sizes`` (largest first):
    each at its circle's top, pushed up where it would sit on the label of the smaller circle."""
    heights: list[float] = []
    for size in reversed(sizes):
        top = 6 + size
        heights.insert(0, max(top, heights[0] + LEGEND_GAP_PX + 1) if heights else top)
    return heights


def _paper_box(**place) -> dict:
    return {"xref": "paper", "yref": "paper", "xsizemode": "pixel", "ysizemode": "pixel", **place}


def _size_legend(figure: go.Figure, largest: float, words: str) -> None:
    """Nested circles drawn to the same pixel scale as the markers, bottom-left, with their values."""
    values = legend_values(largest)
    if not values:
        return
    sizes = [float(size) for size in marker_px(values, largest)]
    heights = legend_label_heights(sizes)
    biggest, anchor = sizes[0], {"xanchor": 0.01, "yanchor": 0.02}
    figure.add_shape(
        type="rect",
        **_paper_box(**anchor),
        x0=0,
        x1=max(biggest + 84, 6.5 * len(f"circle area = {words}") + 12),
        y0=0,
        y1=max(biggest, *heights) + 30,
        fillcolor="rgba(255,255,255,0.9)",
        line={"width": 0},
    )
    text = {
        "x": 0.01,
        "y": 0.02,
        "xref": "paper",
        "yref": "paper",
        "showarrow": False,
        "xanchor": "left",
        "yanchor": "middle",
    }
    font = {"size": 11, "color": "#333333"}
    for value, size, height in zip(values, sizes, heights, strict=True):
        figure.add_shape(
            type="circle",
            **_paper_box(**anchor),
            x0=6 + (biggest - size) / 2,
            x1=6 + (biggest + size) / 2,
            y0=6,
            y1=6 + size,
            line={"color": "#555555", "width": 1},
            fillcolor="rgba(0,0,0,0)",
        )
        figure.add_annotation(**text, xshift=biggest + 14, yshift=height, text=f"{value:,.0f}", font=font)
    figure.add_annotation(**text, xshift=6, yshift=max(heights) + 16, text=f"circle area = {words}", font=font)


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


def _place_hover(points: pd.DataFrame, words: str) -> list[str]:
    import html

    return [
        f"<b>{html.escape(place)}</b> · {labels.label('direction', attacker)}<br>"
        f"{value:,.0f} {html.escape(words)} in {figures:,} figure{'s' if figures != 1 else ''}:<br>{lines}"
        for place, attacker, value, figures, lines in zip(
            points["place"], points["attacker"], points["value"], points["figures"], points["hover"], strict=True
        )
    ]


def place_map(points: pd.DataFrame, basemap: Basemap, words: str, title: str) -> go.Figure:
    """Circles per place and direction, area ∝ the summed value, the largest places labelled."""
    if points.empty:
        return empty(title, f"No place on the map has a figure of {words} under these filters.", height=HEIGHT)
    figure = go.Figure(_basemap_traces(basemap))
    largest = float(points["value"].max())
    hover = pd.Series(_place_hover(points, words), index=points.index)
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
    _size_legend(figure, largest, words)
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
            "colorbar": _log_colourbar(largest, words),
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


def _log_colourbar(largest: float, words: str) -> dict:
    ticks = [value for value in (1, 10, 100, 1_000, 10_000, 100_000, 1_000_000) if value <= largest] or [1]
    return {
        "title": {"text": words, "side": "right"},
        "tickvals": [math.log1p(value) for value in ticks],
        "ticktext": [f"{value:,}" for value in ticks],
        "len": 0.6,
        "thickness": 14,
    }


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
    hover = pd.Series(_place_hover(points, words), index=points.index)
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
    _size_legend(figure, largest, words)
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
            colorbar=_log_colourbar(largest, words),
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
        height=140 + 28 * table["measure"].nunique() * max(1, table["country"].nunique()),
        xaxis_title="sum of the figures given",
        legend={"title": "Country"},
        showlegend=True,
        yaxis={"autorange": "reversed"},
    )
    return figure
