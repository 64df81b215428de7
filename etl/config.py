"""Paths and settings: the one place that knows where things live and what a run may cost."""

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
HELD_PLACES = DATA / "places" / "held.csv"  # Crimea and Sevastopol: coded UA, attacked by Ukraine
BOUNDARIES = DATA / "boundaries"
CACHE = Path(os.environ.get("AIRWATCH_CACHE", DATA / "cache"))

# The output set: every file of a run goes into out/.generations/<id>/; out/current points at the newest
# whole one, and out/<file> are stable links through it (see etl.load.generations).
EVENTS_CSV = "events.csv"
EVENTS_PARQUET = "events.parquet"
ARTICLES_CSV = "articles.csv"
ARTICLES_PARQUET = "articles.parquet"
REJECTED_CSV = "rejected.csv"
GENERATIONS = ".generations"
CURRENT = "current"
LOCK = ".lock"
KEEP_GENERATIONS = 2  # the current one and the one before (a reader that opened it a moment ago can finish)
LOCK_WAIT_SECONDS = float(os.environ.get("AIRWATCH_LOCK_WAIT_SECONDS", 300))  # then a second run gives up
INCIDENTS_CSV = "incidents.csv"
INCIDENTS_PARQUET = "incidents.parquet"

# Inputs larger than this are refused rather than read into memory.
MAX_FILE_BYTES = int(os.environ.get("AIRWATCH_MAX_FILE_BYTES", 10 * 1024 * 1024))
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
COLLECTION_SUFFIXES = {".jsonl", ".csv"}

# What one article may cost (rejected with the reason beyond it): extraction time grows faster than length.
MAX_ARTICLE_CHARS = int(os.environ.get("AIRWATCH_MAX_ARTICLE_CHARS", 300_000))
MAX_SENTENCE_CHARS = int(os.environ.get("AIRWATCH_MAX_SENTENCE_CHARS", 5_000))
ARTICLE_SECONDS = float(os.environ.get("AIRWATCH_ARTICLE_SECONDS", 30))  # per article, extraction included
HTML_SECONDS = float(os.environ.get("AIRWATCH_HTML_SECONDS", 30))  # reading one HTML page
# Class words (one part of a class name: "c-article__lead" has "lead") of a page's lead or standfirst, a block
# that article templates set apart from the body and the HTML extractor may leave out; read back before the body.
HTML_LEAD_CLASSES = frozenset({"lead", "standfirst", "subtitle", "subheadline", "summary", "intro", "excerpt", "dek"})
MAX_FRONT_MATTER_CHARS = 20_000  # larger blocks are read line by line, never by the YAML parser
MAX_NESTING = 20  # front matter is flat; deeper YAML is refused
MIN_YEAR, MAX_YEAR = 1900, 2100  # a publication date outside is a typo, not a date
MAX_PLAUSIBLE_VALUE = 10_000_000  # a count above this (weapons, people, flights...) is dropped as implausible

NOMINATIM_USER_AGENT = "airwatch-etl (https://github.com/airwatch/airwatch)"
NOMINATIM_MIN_DELAY_SECONDS = 1.0

# Uploads through the dashboard's "Add articles" page above this size are refused.
MAX_UPLOAD_BYTES = int(os.environ.get("AIRWATCH_MAX_UPLOAD_BYTES", 1024 * 1024))
