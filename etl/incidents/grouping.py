"""Which rows are one fact, and which facts are parts of others (the rules: etl/incidents/__init__.py)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

FAMILY = {
    "drone": "drone",
    "missile": "missile",
    "ballistic_missile": "missile",
    "cruise_missile": "missile",
    "guided_bomb": "guided_bomb",
    "drone_or_missile": "drone_or_missile",
    "": "",
}
GENERIC = {"missile"}  # a weapon code that holds the specific types of its family
PLACE_DEPTH = {"country": 0, "region": 1, "city": 2, "facility": 3}
WIDEST_PLACE = {"strike", "interception"}  # categories whose merged incident keeps the widest place
TOLERANCE = 0.05
QUALIFIER_SPAN = {"exact": (1.0, 1.0), "approx": (0.9, 1.1), "at_least": (1.0, 1.25), "at_most": (0.75, 1.0)}


def family(weapon: str) -> str:
    return FAMILY.get(weapon, weapon)


def incident_id(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _gazetteer():
    from ..places import default_gazetteer

    return default_gazetteer()


@lru_cache(maxsize=100_000)
def containers(place: str, country: str) -> frozenset[str]:
    """Every place that holds ``place``: its region, and that region's, and its country (by gazetteer name)."""
    if not place:
        return frozenset()
    gazetteer = _gazetteer()
    found: set[str] = set()
    entry = gazetteer.by_name.get(place)
    if entry is not None and entry.region and entry.region != place:
        found |= {entry.region, *containers(entry.region, entry.country)}
    code = entry.country if entry is not None else country
    country_place = gazetteer.country(code) if code else None
    if country_place is not None and country_place.name != place:
        found.add(country_place.name)
    return frozenset(found)


@dataclass(eq=False)
class _Cluster:
    """The rows of one scope (place and weapon) within one key."""

    place: str
    weapon: str
    category: str
    depth: tuple[int, int]
    holders: frozenset[str]
    rows: list[int] = field(default_factory=list)
    values: dict[str, set[float]] = field(default_factory=dict)  # article -> the values it gives here
    spans: set[tuple[float, str]] = field(default_factory=set)  # distinct (value, qualifier)
    largest: float = -1.0
    root: _Cluster | None = None
    parent: _Cluster | None = None
    members: list[_Cluster] = field(default_factory=list)
    part: float | None = None  # a smaller value given at the scope of a larger one by the same article

    _bounds: tuple[np.ndarray, np.ndarray] | None = None

    def add(self, position: int, value: float, qualifier: str, article: str) -> None:
        self.rows.append(position)
        if value == value:  # not NaN
            self.values.setdefault(article, set()).add(value)
            self.spans.add((value, qualifier))
            self.largest = max(self.largest, value)
            self._bounds = None

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Low and high ends of each distinct reading, its qualifier's range applied (kept until it changes)."""
        if self._bounds is None:
            values = np.array([v for v, _ in self.spans])
            factors = np.array([QUALIFIER_SPAN.get(q, (1.0, 1.0)) for _, q in self.spans])
            self._bounds = (values * factors[:, 0], values * factors[:, 1])
        return self._bounds

    def absorb(self, other: _Cluster) -> None:
        other.root = self
        self.rows += other.rows
        for article, values in other.values.items():
            self.values.setdefault(article, set()).update(values)
        self.spans |= other.spans
        self.largest = max(self.largest, other.largest)
        self._bounds = None
        self.members += [other, *other.members]

    def find(self) -> _Cluster:
        cluster = self
        while cluster.root is not None:
            cluster = cluster.root
        return cluster

    def scopes_holding(self) -> list[tuple[str, str]]:
        """The scopes (place, weapon) that would hold this one: its place or a container, its weapon or its
        family's generic weapon; not its own."""
        weapons = {self.weapon} | ({family(self.weapon)} if family(self.weapon) in GENERIC else set())
        own = (self.place, self.weapon)
        return [(p, w) for p in (self.place, *self.holders) for w in weapons if (p, w) != own]


def _agree(narrow: _Cluster, wide: _Cluster) -> bool:
    """One fact: no article gives both scopes with different values, and some readings agree (within 5 % with
    their qualifiers' ranges; two readings of one article agree only when equal, which the first test ensures)."""
    for article in narrow.values.keys() & wide.values.keys():
        if narrow.values[article] - wide.values[article]:
            return False
    (low_n, high_n), (low_w, high_w) = narrow.bounds(), wide.bounds()
    gap = np.maximum(0.0, np.maximum(low_n[:, None], low_w[None, :]) - np.minimum(high_n[:, None], high_w[None, :]))
    return bool((gap <= TOLERANCE * np.maximum(high_n[:, None], high_w[None, :])).any())


def _narrowest_first(cluster: _Cluster) -> tuple:
    return (-cluster.depth[0], -cluster.depth[1], cluster.place, cluster.weapon)


def _resolve(clusters: list[_Cluster]) -> None:
    """Merge the clusters that are one fact and link parts to their wholes, narrowest first."""
    numbered = sorted((c for c in clusters if c.spans and c.part is None), key=_narrowest_first)
    by_scope = {(c.place, c.weapon): c for c in numbered}
    for narrow in numbered:
        holders = sorted((by_scope[s] for s in narrow.scopes_holding() if s in by_scope), key=_narrowest_first)
        if not holders:
            continue
        agreeing = next((w.find() for w in holders if _agree(narrow, w.find())), None)
        nearest = holders[0].find()
        if agreeing is None:
            if nearest.largest > narrow.largest:
                narrow.parent = nearest
                continue
            if narrow.values.keys() & nearest.values.keys():
                continue  # "14 killed in Belgorod ... two other people in Russia": the article adds them
        (agreeing or nearest).absorb(narrow)


@dataclass
class Grouping:
    """What grouping found: each row's incident, the incidents' parents, the row giving each incident's place, and
    each incident's weapon."""

    ids: list[str]
    parents: dict[str, str]
    place_row: dict[str, int]
    weapon: dict[str, str]


def _clusters(positions: list[int], columns: dict[str, list]) -> list[_Cluster]:
    """The clusters of one key: one per scope, plus one per smaller value an article gives at a scope where it
    also gives a larger one (a part of that figure: an earlier toll, a breakdown placed no finer)."""
    scopes: dict[tuple[str, str], _Cluster] = {}
    largest: dict[tuple[str, str, str], float] = {}
    places, weapons, values, articles = (columns[c] for c in ("place", "weapon", "value", "article_id"))
    for p in positions:
        value = values[p]
        if value == value:  # not NaN
            scope = (places[p], weapons[p], articles[p])
            largest[scope] = max(largest.get(scope, value), value)
    parts: dict[tuple[str, str, float], _Cluster] = {}
    for p in positions:
        place, weapon, value, article = places[p], weapons[p], values[p], articles[p]
        cluster = scopes.get((place, weapon))
        if cluster is None:
            depth = (PLACE_DEPTH.get(columns["place_type"][p], -1), 0 if weapon in GENERIC else 1)
            holders = containers(place, columns["country"][p])
            cluster = scopes[(place, weapon)] = _Cluster(place, weapon, columns["category"][p], depth, holders)
        if value == value and value < largest[(place, weapon, article)]:
            part = parts.get((place, weapon, value))
            if part is None:
                part = parts[(place, weapon, value)] = _Cluster(
                    place, weapon, cluster.category, cluster.depth, cluster.holders, part=value, parent=cluster
                )
            cluster = part
        cluster.add(p, value, columns["qualifier"][p], article)
    return [*scopes.values(), *parts.values()]


def group(frame: pd.DataFrame) -> Grouping:
    """Incidents of rows given as plain columns: key (direction, category, metric, family, date), dated, record_id,
    article_id, category, place, place_type, country, weapon, qualifier and value (float, NaN when none)."""
    columns = {c: frame[c].tolist() for c in frame.columns}
    found = Grouping([""] * len(frame), {}, {}, {})
    by_key: dict[str, list[int]] = defaultdict(list)
    for position, key in enumerate(columns["key"]):
        by_key[key].append(position)
    for key, positions in by_key.items():
        if not columns["dated"][positions[0]]:  # no resolvable date: each row is its own incident
            for p in positions:
                name = incident_id(f"undated|{columns['record_id'][p]}")
                found.ids[p], found.place_row[name], found.weapon[name] = name, p, columns["weapon"][p]
            continue
        clusters = _clusters(positions, columns)
        if len(clusters) > 1:
            _resolve(clusters)
        roots = [c for c in clusters if c.root is None]
        names = {
            id(c): incident_id(f"{key}|{c.place}|{c.weapon}" + (f"|{c.part:g}" if c.part is not None else ""))
            for c in roots
        }
        for cluster in roots:
            name = names[id(cluster)]
            members = [cluster, *cluster.members]
            placed = cluster if cluster.category in WIDEST_PLACE else max(members, key=lambda c: c.depth[0])
            found.place_row[name] = placed.rows[0]
            found.weapon[name] = max(members, key=lambda c: c.depth[1]).weapon
            for p in cluster.rows:
                found.ids[p] = name
            if cluster.parent is not None:
                found.parents[name] = names[id(cluster.parent.find())]
    return found
