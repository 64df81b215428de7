"""Paths and settings: the one place that knows where things live."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
ARTICLES = DATA / "articles"
PROCESSED = Path(os.environ.get("AIRWATCH_PROCESSED", DATA / "processed"))  # the table the dashboard shows
LEXICON = DATA / "lexicon"
REFERENCE = DATA / "reference"  # weapon models of the official tally, official sources, named speakers
# The imported official tally (python -m etl reference): not shipped, so kept out of git (see .gitignore).
OFFICIAL = Path(os.environ.get("AIRWATCH_OFFICIAL", REFERENCE / "official.parquet"))
GAZETTEER = DATA / "places" / "gazetteer.csv"
BOUNDARIES = DATA / "boundaries"
CACHE = Path(os.environ.get("AIRWATCH_CACHE", DATA / "cache"))

EVENTS_CSV = "events.csv"
EVENTS_PARQUET = "events.parquet"
ARTICLES_CSV = "articles.csv"
REJECTED_CSV = "rejected.csv"
INCIDENTS_CSV = "incidents.csv"
INCIDENTS_PARQUET = "incidents.parquet"

# Inputs larger than this are refused rather than read into memory.
MAX_FILE_BYTES = int(os.environ.get("AIRWATCH_MAX_FILE_BYTES", 10 * 1024 * 1024))
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
COLLECTION_SUFFIXES = {".jsonl", ".csv"}

NOMINATIM_USER_AGENT = "airwatch-etl (https://github.com/airwatch/airwatch)"
NOMINATIM_MIN_DELAY_SECONDS = 1.0

# Uploads through the dashboard's "Add articles" page above this size are refused.
MAX_UPLOAD_BYTES = int(os.environ.get("AIRWATCH_MAX_UPLOAD_BYTES", 1024 * 1024))
