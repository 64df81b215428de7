"""Map outlines made light enough to send with every redraw: simplified, projected, antimeridian-safe.

The bundled outlines (data/boundaries, 3.4 MB of GeoJSON) are far more detailed than a map of a country or a
continent can show. Douglas-Peucker at a few kilometres keeps every shape recognisable with a tenth of the
points. Coordinates are projected once here (Web Mercator, in degrees so x stays the longitude), so the map
is an ordinary plotly chart: it draws offline, labels places, and fits whatever the data covers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# Outlines outside this window (lon, lat) are never near the theatre; dropping them keeps the figure small.
WINDOW = (-12.0, 192.0, 28.0, 84.0)
REGION_TOLERANCE = 0.04  # degrees, about 4 km: a few pixels at the closest zoom the map fits
COUNTRY_TOLERANCE = REGION_TOLERANCE  # the same: a border shared by a country and its regions stays one line
MIN_RING_AREA = 0.02  # square degrees: smaller islands vanish at any zoom the map offers


@dataclass(frozen=True)
class Lines:
    """One polyline set: x (longitude) and y (projected latitude), NaN between rings."""

    x: np.ndarray
    y: np.ndarray


@dataclass(frozen=True)
class Shape:
    """A region's outer rings (for a fill), where to hover it, and its size (small ones are drawn last)."""

    name: str
    country: str
    x: np.ndarray
    y: np.ndarray
    centre_x: float
    centre_y: float
    area: float


def mercator_y(lat: np.ndarray | float) -> np.ndarray:
    """Web Mercator northing in degrees: straight-line distances on screen match those of a web map."""
    phi = np.radians(np.clip(np.asarray(lat, dtype="float64"), -85.0, 85.0))
    return np.degrees(np.log(np.tan(np.pi / 4 + phi / 2)))


def latitude(y: np.ndarray | float) -> np.ndarray:
    """Inverse of mercator_y."""
    return np.degrees(2 * np.arctan(np.exp(np.radians(np.asarray(y, dtype="float64")))) - np.pi / 2)


def unwrap_lon(lon: np.ndarray | float) -> np.ndarray:
    """Longitudes west of -150° moved east of 180° (Chukotka stays next to the rest of Russia)."""
    values = np.asarray(lon, dtype="float64")
    return np.where(values < -150.0, values + 360.0, values)


def simplify(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Douglas-Peucker: the points of a ring (n × 2) that keep it within ``tolerance`` of the original."""
    count = len(points)
    if count < 3:
        return points
    keep = np.zeros(count, dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, count - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        inner = points[first + 1 : last]
        start, end = points[first], points[last]
        dx, dy = end - start
        length = math.hypot(dx, dy)
        if length == 0:
            distance = np.hypot(inner[:, 0] - start[0], inner[:, 1] - start[1])
        else:
            distance = np.abs(dx * (inner[:, 1] - start[1]) - dy * (inner[:, 0] - start[0])) / length
        farthest = int(np.argmax(distance))
        if distance[farthest] > tolerance:
            split = first + 1 + farthest
            keep[split] = True
            stack.extend([(first, split), (split, last)])
    return points[keep]


def ring_area(points: np.ndarray) -> float:
    """Shoelace area in square degrees (unprojected): only used to rank and drop tiny rings."""
    x, y = points[:, 0], points[:, 1]
    return abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))) / 2


def ring_centre(points: np.ndarray) -> tuple[float, float]:
    """Area centroid of a ring (lon, lat); the mean of its points when it has no area."""
    x, y = points[:, 0], points[:, 1]
    cross = x * np.roll(y, -1) - np.roll(x, -1) * y
    area = cross.sum() / 2
    if abs(area) < 1e-12:
        return float(x.mean()), float(y.mean())
    centre_x = ((x + np.roll(x, -1)) * cross).sum() / (6 * area)
    centre_y = ((y + np.roll(y, -1)) * cross).sum() / (6 * area)
    return float(centre_x), float(centre_y)


def _polygons(geometry: dict) -> list[list[list[list[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def _feature_rings(feature: dict) -> list[tuple[bool, np.ndarray]]:
    """(is outer ring, lon/lat points) of a feature, shifted east as a whole when it crosses the antimeridian."""
    rings = [
        (index == 0, np.asarray(ring, dtype="float64")[:, :2])
        for polygon in _polygons(feature.get("geometry") or {})
        for index, ring in enumerate(polygon)
        if len(ring) >= 4
    ]
    if any((r[:, 0] < -150).any() for _, r in rings) and any((r[:, 0] > 150).any() for _, r in rings):
        # every western longitude moves east, so no ring is torn across the map (Alaska lands east of Chukotka)
        rings = [
            (outer, np.column_stack([np.where(r[:, 0] < 0, r[:, 0] + 360, r[:, 0]), r[:, 1]])) for outer, r in rings
        ]
    return rings


def _in_window(ring: np.ndarray) -> bool:
    west, east, south, north = WINDOW
    lon, lat = ring[:, 0], ring[:, 1]
    return bool(lon.max() >= west and lon.min() <= east and lat.max() >= south and lat.min() <= north)


def _light(rings: list[tuple[bool, np.ndarray]], tolerance: float) -> list[tuple[bool, np.ndarray]]:
    light = []
    for outer, ring in rings:
        if not _in_window(ring) or ring_area(ring) < MIN_RING_AREA:
            continue
        simple = simplify(ring, tolerance)
        if len(simple) >= 4:
            light.append((outer, simple))
    return light


def _joined(rings: list[np.ndarray]) -> Lines:
    """Rings as one NaN-separated polyline, projected, in 32-bit floats (sent as half the bytes; a metre of
    precision is plenty)."""
    if not rings:
        return Lines(np.array([], dtype="float32"), np.array([], dtype="float32"))
    gap = np.array([np.nan])
    x = np.concatenate([part for ring in rings for part in (ring[:, 0], gap)])
    y = np.concatenate([part for ring in rings for part in (mercator_y(ring[:, 1]), gap)])
    return Lines(x.astype("float32"), y.astype("float32"))


def outline(geojson: dict, tolerance: float) -> Lines:
    """Every ring of a FeatureCollection inside the window, simplified, as one polyline."""
    rings = [ring for feature in geojson.get("features", []) for _, ring in _light(_feature_rings(feature), tolerance)]
    return _joined(rings)


def shapes(geojson: dict, tolerance: float = REGION_TOLERANCE) -> dict[str, Shape]:
    """Each named feature's outer rings, simplified and projected, with a point to hover it."""
    found: dict[str, Shape] = {}
    for feature in geojson.get("features", []):
        properties = feature.get("properties") or {}
        name = str(properties.get("name") or "")
        outer = [ring for is_outer, ring in _light(_feature_rings(feature), tolerance) if is_outer]
        if not name or not outer:
            continue
        centre_lon, centre_lat = ring_centre(max(outer, key=ring_area))
        lines = _joined(outer)
        found[name] = Shape(
            name=name,
            country=str(properties.get("country") or ""),
            x=lines.x,
            y=lines.y,
            centre_x=centre_lon,
            centre_y=float(mercator_y(centre_lat)),
            area=sum(ring_area(r) for r in outer),
        )
    return found


@dataclass(frozen=True)
class Basemap:
    """Everything the offline map draws under the data: country borders, region shapes (fill and outline)."""

    countries: Lines
    shapes: dict[str, Shape]


def basemap(regions: dict, countries: dict) -> Basemap:
    """The bundled outlines, simplified and projected (seconds of work: cache the result)."""
    return Basemap(countries=outline(countries, COUNTRY_TOLERANCE), shapes=shapes(regions, REGION_TOLERANCE))


def as_geojson(lines: Lines) -> dict:
    """Projected polylines back to a GeoJSON MultiLineString (for a tile map's overlay layer)."""
    parts, current = [], []
    for x, y in zip(lines.x.tolist(), latitude(lines.y).tolist(), strict=True):
        if math.isnan(x):
            if len(current) > 1:
                parts.append(current)
            current = []
        else:
            current.append([round(x, 3), round(y, 3)])
    if len(current) > 1:
        parts.append(current)
    return {"type": "Feature", "properties": {}, "geometry": {"type": "MultiLineString", "coordinates": parts}}


def shapes_geojson(shapes: dict[str, Shape]) -> dict:
    """Region fills as a FeatureCollection keyed by name (for a tile map's choropleth)."""
    features = []
    for shape in shapes.values():
        rings = as_geojson(Lines(shape.x, shape.y))["geometry"]["coordinates"]
        polygons = [[ring + [ring[0]]] for ring in rings if len(ring) >= 3]
        features.append(
            {
                "type": "Feature",
                "id": shape.name,
                "properties": {"name": shape.name},
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            }
        )
    return {"type": "FeatureCollection", "features": features}
