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
from etl.load import COLUMNS, current_outputs, read_events

from . import frames

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
    return frames.prepare(read_events(file, text_as_category=True))


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
def _articles(path: str, mtime: float) -> pd.DataFrame:
    if not Path(path).exists():
        return pd.DataFrame(columns=["article_id", "title", "published", "source", "url", "path", "figures"])
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def articles() -> pd.DataFrame:
    path = table_path() / config.ARTICLES_CSV
    return _articles(str(path), path.stat().st_mtime if path.exists() else 0.0)


@st.cache_data
def article_text(path: str, mtime: float) -> str:
    from etl.ingest import Article, read_file  # imported when used: a short dashboard start-up

    for item in read_file(Path(path)):
        if isinstance(item, Article):
            return item.text
    return ""


@st.cache_data
def boundaries() -> tuple[dict, dict]:
    """Country and region outlines bundled under data/boundaries (drawn with no internet)."""
    countries = json.loads((config.BOUNDARIES / "countries.geojson").read_text())
    regions = json.loads((config.BOUNDARIES / "regions.geojson").read_text())
    return countries, regions


def preview_rows(article: Article) -> pd.DataFrame:
    """What the ETL would add for one unsaved article (geocoded, not written)."""
    from etl.geocode import geocode_rows, make_geocoder
    from etl.pipeline import article_rows

    rows, _ = article_rows(article)
    return pd.DataFrame(geocode_rows(rows, make_geocoder()))


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
