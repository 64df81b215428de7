"""Airwatch ETL: news articles about aerial attacks -> the events table (see SCHEMA.md).

The public names are imported on first use, so `from etl import config` (the dashboard) stays cheap.
"""

from importlib import import_module

from .errors import AirwatchError, GeocoderError, InputError, SchemaError
from .extract import Figure, extract  # eager: the submodule of the same name would shadow the function

_LAZY = {
    "Article": ".ingest",
    "read_articles": ".ingest",
    "run": ".pipeline",
}

__all__ = [
    "AirwatchError",
    "Article",
    "Figure",
    "GeocoderError",
    "InputError",
    "SchemaError",
    "extract",
    "read_articles",
    "run",
]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
