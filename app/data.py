"""All the dashboard's data access, cached. Pages read through here and nowhere else."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

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
