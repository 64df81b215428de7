"""What the offline and the tile map share: circle sizes and their legend, the frame around the data, which
places get a label, the hover text of a place, the colour bar of shaded regions."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .. import labels

HEIGHT = 640
MAX_MARKER_PX = 48.0
MIN_MARKER_PX = 6.0
LABELLED_PLACES = 8
LABEL_CLEARANCE = 0.06  # share of the frame: a label closer than this to a bigger one is left to the hover
LEGEND_GAP_PX = 12.0
MIN_SPAN_DEGREES = 12.0  # a single city is shown with its surroundings, not at street level
REGION_SCALE = "YlOrRd"


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


def size_legend(figure: go.Figure, largest: float, words: str) -> None:
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


def place_hover(points: pd.DataFrame, words: str) -> list[str]:
    import html

    return [
        f"<b>{html.escape(place)}</b> · {labels.label('direction', attacker)}<br>"
        f"{value:,.0f} {html.escape(words)} in {figures:,} figure{'s' if figures != 1 else ''}:<br>{lines}"
        for place, attacker, value, figures, lines in zip(
            points["place"], points["attacker"], points["value"], points["figures"], points["hover"], strict=True
        )
    ]


def log_colourbar(largest: float, words: str) -> dict:
    ticks = [value for value in (1, 10, 100, 1_000, 10_000, 100_000, 1_000_000) if value <= largest] or [1]
    return {
        "title": {"text": words, "side": "right"},
        "tickvals": [math.log1p(value) for value in ticks],
        "ticktext": [f"{value:,}" for value in ticks],
        "len": 0.6,
        "thickness": 14,
    }
