"""Incident figures: rows that report the same fact, from one article or several, counted once.

The rules (README, "Incidents"):

* **Same fact.** Rows of the same direction (attacker), category, metric, weapon family (drones; missiles with
  their ballistic and cruise types; guided bombs; drones-and-missiles lumped) and event date whose *scope* (place
  and weapon) is the same or one inside the other: a city inside its region or country, a region inside its
  country, cruise or ballistic missiles inside "missiles".
* **Same scope** -> one incident, whatever the values: their spread is its low..high. But an article giving two
  values at one scope gives two figures: the smaller is a part of the larger (an earlier toll, a breakdown the
  extraction could place no finer).
* **Nested scopes**, a narrow N inside a wide W, are compared nearest container first:
  one fact when their values agree (equal; between different articles also within 5 %, qualifiers widening a
  value: "about" +-10 %, "at least" up to +25 %, "up to" down to -25 %) and no article gives both with different
  values ("426 drones at Kyiv" in one outlet, "426 at Ukraine" in another); otherwise N is a **part** of the
  nearest container (``parent_id``) when that one is larger ("117 drones over Russia, including 30 over the Moscow
  region"); otherwise (a part larger than its whole) they are, in different articles, one fact read two ways,
  merged, the range showing the disagreement, and in one article two facts ("14 killed in Belgorod ... two other
  people in Russia"). A part is never added to its whole.
* **No resolvable date** -> its own incident.
* **Best value**: a value given by an official source (data/reference/sources.csv) before others, then the value
  most articles give, then an exact one, then the latest published, the later in its text, the larger.
* **Place**: launches and interceptions are counted nationally, so a merged incident takes the widest place its
  readings name (a city named with a national count is where the outlet looked); casualties, damage and
  disruption take the most specific one. Weapon: the most specific type named.
* **Id**: a hash of the defining key (direction, category, metric, family, date and widest scope), never of the
  batch's order: the same rows give the same ids.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import SchemaError, validated
from .speakers import load_speakers

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
KEY = ["attacker", "category", "metric", "family", "event_date"]
INCIDENT_FIELDS = ["incident_id", "parent_id", *KEY[:3], "weapon", "family", "place", "place_type", "country"]
COLUMNS = [
    *INCIDENT_FIELDS,
    "lat",
    "lon",
    "event_date",
    "low",
    "best",
    "high",
    "qualifier",
    "sources",
    "rows",
    "reported_by",
    "record_id",
]
COUNTS = ["low", "best", "high"]


def family(weapon: str) -> str:
    return FAMILY.get(weapon, weapon)


def incident_id(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:16]


# places ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _gazetteer():
    from .places import default_gazetteer

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


# grouping ----------------------------------------------------------------------


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
        names = {id(c): incident_id(f"{key}|{c.place}|{c.weapon}" + (f"|{c.part:g}" if c.part else "")) for c in roots}
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


# figures -----------------------------------------------------------------------


def _official(reported_by: pd.Series) -> np.ndarray:
    speakers = load_speakers()
    codes, uniques = pd.factorize(reported_by.astype("string").fillna(""))
    return np.array([speakers.is_official(u) for u in uniques], dtype=bool)[codes] if len(uniques) else codes > 0


def _codes(column: pd.Series) -> np.ndarray:
    """Integer codes of a text column in lexical order (a category column's own codes: its categories are sorted)."""
    if isinstance(column.dtype, pd.CategoricalDtype) and column.cat.categories.is_monotonic_increasing:
        return column.cat.codes.to_numpy().astype("int64")
    return pd.factorize(column.astype("string").fillna(""), sort=True)[0].astype("int64")


def _values(rows: pd.DataFrame) -> np.ndarray:
    return rows["value"].astype("Float64").to_numpy(dtype="float64", na_value=np.nan)


def best_first(rows: pd.DataFrame) -> np.ndarray:
    """Each row's rank under the best-value rule (0 = best): among the rows of one incident, the one ranked first
    gives its best value. The rule: a number before none, an official source before others, the value most
    articles give, an exact one, the latest published, the later in its text, the larger, then the record id."""
    value = _values(rows)
    numbered = ~np.isnan(value)
    incident, article = _codes(rows["incident_id"]), _codes(rows["article_id"])
    value_code = pd.factorize(value)[0].astype("int64")  # NaN -> -1
    pairs = pd.DataFrame({"key": incident * (value_code.max() + 2) + value_code + 1, "article": article})
    cited = pairs["key"].map(pairs.drop_duplicates()["key"].value_counts()).to_numpy()
    keys = (
        _codes(rows["record_id"]),
        -np.nan_to_num(value, nan=0.0),
        -rows["char_start"].to_numpy().astype("int64"),
        -_codes(rows["published"]),
        ~(rows["qualifier"].astype("string") == "exact").to_numpy(dtype=bool, na_value=False),
        -cited,
        ~_official(rows["reported_by"]),
        ~numbered,
    )
    order = np.lexsort(keys)  # the last key sorts first
    rank = np.empty(len(rows), dtype="int64")
    rank[order] = np.arange(len(rows))
    return rank


def figures_from(rows: pd.DataFrame, rank: np.ndarray) -> pd.DataFrame:
    """Per incident_id of ``rows``: the row ranked first (``best_first``), with ``low``, ``best``, ``high``,
    ``sources`` (distinct articles) and ``rows`` added; ``value`` is the best. One row per incident."""
    if rows.empty:
        counts = {c: pd.Series(dtype="Int64") for c in COUNTS} | {
            c: pd.Series(dtype="int64") for c in ("sources", "rows")
        }
        return rows.assign(**counts)
    incident, article = _codes(rows["incident_id"]), _codes(rows["article_id"])
    order = np.lexsort((rank, incident))
    ordered = incident[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    value = _values(rows)[order]
    with np.errstate(invalid="ignore"):
        low, high = np.fmin.reduceat(value, starts), np.fmax.reduceat(value, starts)
    distinct = np.unique(incident * (article.max() + 1) + article) // (article.max() + 1)
    sources = np.bincount(distinct, minlength=incident.max() + 1)[ordered[starts]]
    chosen = rows.iloc[order[starts]].copy()
    chosen["low"] = pd.array(low, dtype="Float64").round().astype("Int64")
    chosen["high"] = pd.array(high, dtype="Float64").round().astype("Int64")
    chosen["best"] = pd.array(chosen["value"], dtype="Int64")
    chosen["sources"] = sources.astype("int64")
    chosen["rows"] = np.diff(np.r_[starts, len(order)]).astype("int64")
    return chosen


def summarise(rows: pd.DataFrame) -> pd.DataFrame:
    """Per incident_id of ``rows``: the row its best value comes from, with low, best, high, sources and rows."""
    return figures_from(rows, best_first(rows) if len(rows) else np.empty(0, dtype="int64"))


def _grouping_columns(events: pd.DataFrame) -> pd.DataFrame:
    text = {c: events[c].astype("string").fillna("") for c in ("attacker", "category", "metric", "event_date")}
    weapon = events["weapon"].astype("string").fillna("")
    key = text["attacker"] + "|" + text["category"] + "|" + text["metric"] + "|" + weapon.map(family)
    columns = ("record_id", "article_id", "category", "place", "place_type", "country", "weapon", "qualifier")
    return pd.DataFrame(
        {
            "key": (key + "|" + text["event_date"]).to_numpy(),
            "dated": (text["event_date"] != "").to_numpy(),
            **{c: events[c].astype("string").fillna("").to_numpy() for c in columns},
            "value": events["value"].astype("Float64").to_numpy(dtype="float64", na_value=np.nan),
        }
    )


def build(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events table with each row's ``incident_id``, and the validated incidents table (COLUMNS)."""
    found = group(_grouping_columns(events))
    located = events.assign(incident_id=found.ids)
    figures = summarise(located).set_index("incident_id", drop=False)
    names = figures.index
    places = located.iloc[[found.place_row[n] for n in names]]
    incidents = pd.DataFrame(
        {
            "incident_id": names.to_numpy(),
            "parent_id": [found.parents.get(n, "") for n in names],
            **{c: figures[c].to_numpy() for c in ("attacker", "category", "metric")},
            "weapon": [found.weapon[n] for n in names],
            **{c: places[c].to_numpy() for c in ("place", "place_type", "country", "lat", "lon")},
            **{c: figures[c].array for c in ("event_date", *COUNTS, "qualifier", "sources", "rows")},
            **{c: figures[c].to_numpy() for c in ("reported_by", "record_id")},
        }
    )
    incidents["family"] = incidents["weapon"].map(family)
    incidents = incidents[COLUMNS].sort_values(["event_date", "attacker", "category", "metric", "incident_id"])
    return located, validate(_typed(incidents.reset_index(drop=True)))


def _typed(incidents: pd.DataFrame) -> pd.DataFrame:
    """The schema's types, also for an empty table (whose columns pandas cannot guess)."""
    types = {c: "str" for c in COLUMNS} | {c: "Int64" for c in COUNTS}
    types |= {"lat": "float64", "lon": "float64", "sources": "int64", "rows": "int64"}
    return incidents.astype(types)


# the table ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def schema():
    """The incidents table's contract (README, 'Incidents') as a pandera schema."""
    import pandera.pandas as pa

    from .load import METRICS, WEAPONS

    text = {"nullable": False}
    ident = pa.Check.str_matches(r"^[0-9a-f]{16}$")
    count = {"nullable": True, "checks": pa.Check.ge(0)}
    return pa.DataFrameSchema(
        {
            "incident_id": pa.Column(str, ident, unique=True, **text),
            "parent_id": pa.Column(str, pa.Check.str_matches(r"^([0-9a-f]{16})?$"), **text),
            "attacker": pa.Column(str, pa.Check.isin(["russia", "ukraine", "unknown"]), **text),
            "category": pa.Column(str, pa.Check.isin(list(METRICS)), **text),
            "metric": pa.Column(str, pa.Check.isin(sorted(set().union(*METRICS.values()))), **text),
            "weapon": pa.Column(str, pa.Check.isin(WEAPONS), **text),
            "family": pa.Column(str, pa.Check.isin(sorted(set(FAMILY.values()))), **text),
            "place": pa.Column(str, **text),
            "place_type": pa.Column(str, pa.Check.isin(["", *PLACE_DEPTH]), **text),
            "country": pa.Column(str, pa.Check.str_matches(r"^([A-Z]{2})?$"), **text),
            "lat": pa.Column(float, pa.Check.in_range(-90, 90), nullable=True),
            "lon": pa.Column(float, pa.Check.in_range(-180, 180), nullable=True),
            "event_date": pa.Column(str, pa.Check.str_matches(r"^(\d{4}-\d{2}-\d{2})?$"), **text),
            "low": pa.Column("Int64", **count),
            "best": pa.Column("Int64", **count),
            "high": pa.Column("Int64", **count),
            "qualifier": pa.Column(
                str, pa.Check.isin(["exact", "at_least", "approx", "at_most", "unspecified"]), **text
            ),
            "sources": pa.Column("int64", pa.Check.ge(1), **text),
            "rows": pa.Column("int64", pa.Check.ge(1), **text),
            "reported_by": pa.Column(str, **text),
            "record_id": pa.Column(str, **text),
        },
        checks=[
            pa.Check(
                lambda df: ((df["low"] <= df["best"]) & (df["best"] <= df["high"])).fillna(True).all(),
                error="best lies outside low..high",
            ),
            pa.Check(
                lambda df: df["parent_id"][df["parent_id"] != ""].isin(df["incident_id"]).all(),
                error="a parent_id names no incident",
            ),
            pa.Check(lambda df: (df["parent_id"] != df["incident_id"]).all(), error="an incident is its own parent"),
        ],
        strict=True,
        ordered=True,
    )


def validate(incidents: pd.DataFrame) -> pd.DataFrame:
    return validated(schema(), incidents, "incidents table")


def read_incidents(path: Path) -> pd.DataFrame:
    """The incidents table from its CSV or Parquet file, with its types."""
    import pyarrow

    if path.suffix == ".parquet":
        try:
            return pd.read_parquet(path)
        except (pyarrow.ArrowException, OSError) as err:
            raise SchemaError(f"{path} is not a readable Parquet file: {err}") from err
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in COUNTS:
        frame[column] = pd.array(pd.to_numeric(frame[column].replace("", None)), dtype="Int64")
    for column in ("lat", "lon"):
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce").astype(float)
    for column in ("sources", "rows"):
        frame[column] = frame[column].astype("int64")
    return frame
