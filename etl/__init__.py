"""Airwatch ETL: news articles about aerial attacks -> the events table (see SCHEMA.md)."""

from .errors import AirwatchError, GeocoderError, InputError, SchemaError
from .extract import Figure, extract
from .ingest import Article, read_articles
from .pipeline import run

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
