"""All the dashboard's data access, cached. Pages read through here and nowhere else."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import streamlit as st

from etl import config
from etl.load import COLUMNS, current_outputs

from . import frames, geometry, table_check

if TYPE_CHECKING:
    from etl.ingest import Article


def table_path() -> Path:
    """The folder of the current output set (resolved once per call, so its files belong together)."""
    return current_outputs(Path(st.session_state.get("table_dir", config.PROCESSED)))


@st.cache_resource(show_spinner="Loading the events table…", max_entries=2)
def _events(path: str, mtime: float) -> pd.DataFrame:
    """Shared, not copied per call (a million rows would be pickled on every rerun): treat as read-only."""
    file = Path(path)
    if not file.exists():
        return frames.prepare(pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS}))
    return frames.prepare(table_check.read_checked(file))


def _table_key() -> tuple[str, float]:
    parquet = table_path() / config.EVENTS_PARQUET
    path = parquet if parquet.exists() else table_path() / config.EVENTS_CSV
    return str(path), path.stat().st_mtime if path.exists() else 0.0


def events() -> pd.DataFrame:
    """The whole events table (empty, with its columns, when none was built), with the dashboard's 'day'."""
    return _events(*_table_key())


@st.cache_data
def _filter_options(path: str, mtime: float, column: str) -> list[str]:
    return frames.filter_options(_events(path, mtime), column)


def filter_options(column: str) -> list[str]:
    """The choices of the sidebar filter on ``column``."""
    return _filter_options(*_table_key(), column)


@st.cache_data
def _day_span(path: str, mtime: float) -> tuple[dt.date, dt.date] | None:
    return frames.day_span(_events(path, mtime))


def day_span() -> tuple[dt.date, dt.date] | None:
    """First and last day in the table, for the date filter."""
    return _day_span(*_table_key())


@st.cache_data
def boundaries() -> tuple[dict, dict]:
    """Country and region outlines bundled under data/boundaries (drawn with no internet)."""
    countries = json.loads((config.BOUNDARIES / "countries.geojson").read_text())
    regions = json.loads((config.BOUNDARIES / "regions.geojson").read_text())
    return countries, regions


@st.cache_data(max_entries=32, show_spinner="Reading the article as the ETL would…")
def _preview(digest: str, published: str, title: str, _article: Article) -> pd.DataFrame:
    from etl.geocode import geocode_rows, make_geocoder
    from etl.pipeline import article_rows

    rows, _, _ = article_rows(_article)
    return pd.DataFrame(geocode_rows(rows, make_geocoder()))


def preview_rows(article: Article) -> pd.DataFrame:
    """What the ETL would add for one unsaved article (geocoded, not written); computed once per text, date and
    headline, not on every rerun (a 1 MB paste takes seconds to read)."""
    from . import intake

    return _preview(intake.content_hash(article.text), article.published, article.title, article)


def days_of(article_ids: list[str]) -> list[dt.date]:
    """The days (as the filters see them) of the figures of these articles."""
    table = events()
    days = table.loc[table["article_id"].isin(article_ids).to_numpy(), "day"].dropna()
    return sorted({day.date() for day in days})


def clear() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()


# incident figures and the official tally ------------------------------------------------------------------------


@st.cache_resource(show_spinner="Reconciling incident figures…", max_entries=2)
def _incidents(events_path: str, events_mtime: float) -> tuple[pd.DataFrame, pd.Series | None]:
    """The incidents table beside the events table and, when there is none that fits it (a table built before
    incidents existed, an unreadable or stale incidents file), the one worked out here with each record's
    incident id."""
    from etl.errors import SchemaError
    from etl.incidents import COLUMNS as INCIDENT_COLUMNS
    from etl.incidents import build, read_incidents

    folder = Path(events_path).parent
    table = _events(events_path, events_mtime)
    if table.empty:
        return pd.DataFrame(columns=INCIDENT_COLUMNS), None
    for name in (config.INCIDENTS_PARQUET, config.INCIDENTS_CSV):
        if (folder / name).exists() and "incident_id" in table.columns:
            try:
                incidents = read_incidents(folder / name)
            except SchemaError:
                continue
            if pd.Index(table["incident_id"].unique()).isin(incidents["incident_id"]).all():
                return incidents, None
    located, incidents = build(frames.exported(table))
    return incidents, pd.Series(located["incident_id"].to_numpy(), index=located["record_id"].to_numpy())


def incidents() -> pd.DataFrame:
    """The incidents table (etl/incidents/) of the events table shown."""
    return _incidents(*_table_key())[0]


@st.cache_resource(show_spinner=False, max_entries=2)
def _ranked(path: str, mtime: float) -> tuple[pd.DataFrame, np.ndarray]:
    """The incidents table indexed by id, and every row's rank under the best-value rule (worked out once)."""
    from etl.incidents import best_first

    table = _located(_events(path, mtime), path, mtime)
    indexed = _incidents(path, mtime)[0].set_index("incident_id")
    indexed.index.get_indexer(indexed.index[:1])  # its hash table built once here, not on a viewer's first filter
    return indexed, best_first(table) if len(table) else np.empty(0, dtype="int64")


@st.cache_resource(show_spinner=False, max_entries=16)
def _figures(path: str, mtime: float, chosen: frames.Filters) -> pd.DataFrame:
    """Incident figures of a selection, parts included; kept per selection (shared, read-only)."""
    table, rank = _ranked(path, mtime)
    rows = frames.apply_filters(_located(_events(path, mtime), path, mtime), chosen)
    return frames.incident_figures(rows, table, parts=True, rank=rank)


def figures(chosen: frames.Filters, parts: bool = False) -> pd.DataFrame:
    """Incident figures (frames.incident_figures) of the rows a selection keeps (pages: filters.current())."""
    shown = _figures(*_table_key(), chosen)
    return shown if parts else frames.top_level(shown)


def located(events: pd.DataFrame) -> pd.DataFrame:
    """Rows of the events table with their ``incident_id`` (worked out here for a table built before incidents)."""
    return _located(events, *_table_key())


def _located(events: pd.DataFrame, path: str, mtime: float) -> pd.DataFrame:
    ids = _incidents(path, mtime)[1]
    return events if ids is None else events.assign(incident_id=events["record_id"].astype(str).map(ids))


def figures_of(rows: pd.DataFrame, parts: bool = False) -> pd.DataFrame:
    """Incident figures of any rows of the events table (the air force's, say), worked out from those rows."""
    key = _table_key()
    table, rank = _ranked(*key)
    return frames.incident_figures(_located(rows, *key), table, parts=parts, rank=rank)


def official_path() -> Path:
    return Path(st.session_state.get("official_path", config.OFFICIAL))


@st.cache_data(show_spinner=False)
def _tallies(path: str, mtime: float) -> pd.DataFrame | None:
    from etl.reference import read_official

    return read_official(Path(path))


def tallies() -> pd.DataFrame | None:
    """The imported official tally (python -m etl reference), None when none was imported."""
    path = official_path()
    return _tallies(str(path), path.stat().st_mtime if path.exists() else 0.0)


# --- A broken or missing table: one plain message, never a traceback -------------------------------------------


@st.cache_data(show_spinner=False, max_entries=4)
def _problem(path: str, mtime: float) -> str | None:
    """Why the table at ``path`` cannot be shown (None when it can); cached so a broken file is read once."""
    from etl.errors import AirwatchError

    try:
        _events(path, mtime)
    except AirwatchError as err:
        return str(err)
    return None


def table_problem() -> tuple[str, str] | None:
    """('missing' or 'broken', a plain message) when there is no table to show, else None."""
    path, mtime = _table_key()
    if not Path(path).exists():
        return "missing", table_check.missing_message(table_path())
    reason = _problem(path, mtime)
    return ("broken", table_check.broken_message(Path(path), reason)) if reason else None


# --- Map parts: built once per process, reused by every redraw -------------------------------------------------


@st.cache_resource(show_spinner="Preparing the map outlines…")
def basemap() -> geometry.Basemap:
    """The bundled outlines, simplified and projected once (a redraw sends a tenth of the 3.4 MB)."""
    countries, regions = boundaries()
    return geometry.basemap(regions, countries)


@st.cache_resource(show_spinner=False)
def place_regions() -> dict[str, str]:
    """Gazetteer place name -> its oblast / federal subject (how a city's figures roll up into a region)."""
    from etl.places import default_gazetteer

    return {place.name: place.region for place in default_gazetteer().places if place.region}


@st.cache_data(ttl=600, show_spinner=False)
def tiles_reachable(host: str = "tile.openstreetmap.org", timeout: float = 1.5) -> bool:
    """Whether this server reaches the tile host (checked at most every ten minutes; never blocks long)."""
    import socket

    try:
        with socket.create_connection((host, 443), timeout=timeout):
            return True
    except OSError:
        return False


# --- Article bodies: stored per article (articles.parquet) or re-read from the file -----------------------------


ARTICLES_PARQUET = "articles.parquet"


def _articles_parquet() -> Path:
    return table_path() / ARTICLES_PARQUET


@st.cache_data(show_spinner=False, max_entries=2)
def _article_list(path: str, mtime: float) -> pd.DataFrame:
    return table_check.read_article_list(Path(path))


def article_list() -> pd.DataFrame:
    """Every article of the table (without bodies): articles.parquet when there is one, else articles.csv.

    Raises SchemaError when the file is broken.
    """
    parquet = _articles_parquet()
    path = parquet if parquet.exists() else table_path() / config.ARTICLES_CSV
    return _article_list(str(path), path.stat().st_mtime if path.exists() else 0.0)


@st.cache_data(show_spinner=False, max_entries=64)
def _stored_body(path: str, mtime: float, article_id: str) -> str | None:
    return table_check.read_body(Path(path), article_id)


@st.cache_data(show_spinner=False, max_entries=64)
def _file_body(path: str, mtime: float, article_id: str) -> str | None:
    from etl.ingest import Article, read_file

    for item in read_file(Path(path)):
        if isinstance(item, Article) and item.id == article_id:
            return item.text
    return None


def article_body(article_id: str, source_path: str) -> str | None:
    """The body the figures' offsets index into: stored in articles.parquet, else read again from its file
    (for a collection, the record with this id, not the file's first one). None when neither has it."""
    parquet = _articles_parquet()
    if parquet.exists():
        stored = _stored_body(str(parquet), parquet.stat().st_mtime, article_id)
        if stored is not None:
            return stored
    file = table_check.source_file(source_path)
    if file is None:
        return None
    return _file_body(str(file), file.stat().st_mtime, article_id)


def content_hashes() -> dict[str, str]:
    """sha256 of each article body in the table -> its article id (to refuse the same text twice)."""
    listing = article_list()
    if "content_hash" in listing.columns:
        known = listing[listing["content_hash"].astype(str) != ""]
        return dict(zip(known["content_hash"].astype(str), known["article_id"].astype(str), strict=True))
    return _hashes_from_bodies(tuple(listing["article_id"]), tuple(listing["path"]))


@st.cache_data(show_spinner="Reading the corpus to spot duplicates…", max_entries=2)
def _hashes_from_bodies(article_ids: tuple[str, ...], paths: tuple[str, ...]) -> dict[str, str]:
    """For a table built before content hashes were stored: hash every body once."""
    from . import intake

    hashes = {}
    for article_id, path in zip(article_ids, paths, strict=True):
        body = article_body(article_id, path)
        if body is not None:
            hashes.setdefault(intake.content_hash(body), article_id)
    return hashes
