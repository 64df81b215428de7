"""Stage 5: rows to the events table, validated against SCHEMA.md and written atomically."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from . import config
from .errors import SchemaError

COLUMNS = [
    "record_id",
    "article_id",
    "published",
    "event_date",
    "date_precision",
    "category",
    "metric",
    "weapon",
    "weapon_model",
    "value",
    "qualifier",
    "location",
    "place",
    "place_type",
    "country",
    "lat",
    "lon",
    "attacker",
    "reported_by",
    "sentence",
    "char_start",
    "char_end",
    "source",
    "url",
    "title",
    "incident_id",  # the incident figure the row belongs to (etl/incidents/)
]
METRICS = {
    "strike": {"launched", "hit", "strikes"},
    "interception": {"intercepted", "suppressed", "intercepted_or_suppressed"},
    "casualty": {"killed", "injured"},
    "damage": {"damaged", "fires", "districts_affected"},
    "disruption": {
        "airport_restrictions",
        "flights_cancelled",
        "flights_delayed",
        "passengers_stranded",
        "power_outages",
    },
}
CATEGORY_METRICS = sorted(f"{category}/{metric}" for category, metrics in METRICS.items() for metric in metrics)
WEAPONS = ["", "drone", "missile", "ballistic_missile", "cruise_missile", "guided_bomb", "drone_or_missile"]
FREE_TEXT = ["record_id", "sentence", "title", "url"]  # nearly one value per row: not worth a category
ARTICLE_COLUMNS = ["article_id", "title", "published", "source", "url", "path", "figures"]
REJECTED_COLUMNS = ["path", "reason"]


@lru_cache(maxsize=1)
def schema():
    """The events table's contract (SCHEMA.md) as a pandera schema."""
    import pandera.pandas as pa  # imported when first needed: keeps the dashboard's start-up short

    _text = {"nullable": False}
    return pa.DataFrameSchema(
        {
            "record_id": pa.Column(str, unique=True, **_text),
            "article_id": pa.Column(str, pa.Check.str_length(min_value=1), **_text),
            "published": pa.Column(str, pa.Check.str_matches(r"^(\d{4}-\d{2}-\d{2})?$"), **_text),
            "event_date": pa.Column(str, pa.Check.str_matches(r"^(\d{4}-\d{2}-\d{2})?$"), **_text),
            "date_precision": pa.Column(str, pa.Check.isin(["day", "approx", "unknown"]), **_text),
            "category": pa.Column(str, pa.Check.isin(list(METRICS)), **_text),
            "metric": pa.Column(str, pa.Check.isin(sorted(set().union(*METRICS.values()))), **_text),
            "weapon": pa.Column(str, pa.Check.isin(WEAPONS), **_text),
            "weapon_model": pa.Column(str, **_text),
            "value": pa.Column("Int64", pa.Check.ge(0), nullable=True),
            "qualifier": pa.Column(
                str, pa.Check.isin(["exact", "at_least", "approx", "at_most", "unspecified"]), **_text
            ),
            "location": pa.Column(str, **_text),
            "place": pa.Column(str, **_text),
            "place_type": pa.Column(str, pa.Check.isin(["", "facility", "city", "region", "country"]), **_text),
            "country": pa.Column(str, pa.Check.str_matches(r"^([A-Z]{2})?$"), **_text),
            "lat": pa.Column(float, pa.Check.in_range(-90, 90), nullable=True),
            "lon": pa.Column(float, pa.Check.in_range(-180, 180), nullable=True),
            "attacker": pa.Column(str, pa.Check.isin(["russia", "ukraine", "unknown"]), **_text),
            "reported_by": pa.Column(str, **_text),
            "sentence": pa.Column(str, **_text),
            "char_start": pa.Column(int, pa.Check.ge(0), **_text),
            "char_end": pa.Column(int, pa.Check.ge(0), **_text),
            "source": pa.Column(str, **_text),
            "url": pa.Column(str, **_text),
            "title": pa.Column(str, **_text),
            "incident_id": pa.Column(str, pa.Check.str_matches(r"^([0-9a-f]{16})?$"), **_text),
        },
        checks=[
            pa.Check(lambda df: (df["char_end"] >= df["char_start"]).all(), error="char_end before char_start"),
            pa.Check(
                lambda df: (df["value"].isna() == (df["qualifier"] == "unspecified")).all(),
                error="a value is empty exactly when the qualifier is unspecified",
            ),
            pa.Check(
                lambda df: (df["category"] + "/" + df["metric"]).isin(CATEGORY_METRICS).all(),
                error="metric does not belong to its category",
            ),
        ],
        strict=True,
        ordered=True,
    )


ID_PARTS = ["article_id", "char_start", "char_end", "category", "metric", "weapon", "place", "value"]


def record_ids(frame: pd.DataFrame) -> list[str]:
    """Stable ids: the same article text always yields the same ids, whatever else is in the batch."""
    values = ["" if pd.isna(v) else str(int(v)) for v in frame["value"].tolist()]
    columns = [values if name == "value" else frame[name].astype(str).tolist() for name in ID_PARTS]
    return [hashlib.sha1("|".join(parts).encode()).hexdigest()[:16] for parts in zip(*columns, strict=True)]


def events_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """The events table (validated) from plain row dicts."""
    frame = pd.DataFrame(list(rows), columns=[c for c in COLUMNS if c not in ("record_id", "incident_id")])
    frame.insert(0, "record_id", record_ids(frame))
    frame["incident_id"] = ""  # filled by etl/incidents/
    for column in COLUMNS:
        if column in ("value",):
            frame[column] = pd.array(frame[column], dtype="Int64")
        elif column in ("lat", "lon"):
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
        elif column in ("char_start", "char_end"):
            frame[column] = frame[column].astype(int)
        else:
            frame[column] = frame[column].fillna("").astype(str)
    frame = frame.sort_values(
        ["article_id", "char_start", "char_end", "category", "metric", "record_id"], kind="stable"
    ).reset_index(drop=True)
    return validate(frame)


def validate(frame: pd.DataFrame) -> pd.DataFrame:
    from pandera.errors import SchemaError as PanderaError
    from pandera.errors import SchemaErrors as PanderaErrors

    try:
        return schema().validate(frame, lazy=True)
    except (PanderaErrors, PanderaError) as err:
        raise SchemaError(f"events table breaks the schema: {err}") from err


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    atomic_write(path, lambda tmp: frame.to_csv(tmp, index=False, lineterminator="\n"))


def write_outputs(
    events: pd.DataFrame, articles: list[dict], rejected: list[dict], out: Path, incidents: pd.DataFrame | None = None
) -> None:
    """events.csv, events.parquet, articles.csv, rejected.csv (and incidents.csv, incidents.parquet); each replaced
    whole or not at all."""
    write_csv(events, out / config.EVENTS_CSV)
    atomic_write(out / config.EVENTS_PARQUET, lambda tmp: events.to_parquet(tmp, index=False))
    if incidents is not None:
        write_csv(incidents, out / config.INCIDENTS_CSV)
        atomic_write(out / config.INCIDENTS_PARQUET, lambda tmp: incidents.to_parquet(tmp, index=False))
    write_csv(pd.DataFrame(articles, columns=ARTICLE_COLUMNS), out / config.ARTICLES_CSV)
    write_csv(pd.DataFrame(rejected, columns=REJECTED_COLUMNS), out / config.REJECTED_CSV)


def read_events(path: Path, text_as_category: bool = False) -> pd.DataFrame:
    """The events table from its CSV or Parquet file, with the schema's types.

    ``text_as_category`` holds the repetitive text columns as pandas categories (see ``categorise``), read
    one column at a time: what a long-lived reader of a large table (the dashboard) wants.
    """
    if path.suffix == ".parquet":
        return _read_parquet(path, text_as_category)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in ("value",):
        frame[column] = pd.array(pd.to_numeric(frame[column].replace("", None)), dtype="Int64")
    for column in ("lat", "lon"):
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce").astype(float)
    for column in ("char_start", "char_end"):
        frame[column] = frame[column].astype(int)
    return categorise(frame) if text_as_category else frame


def _read_parquet(path: Path, text_as_category: bool) -> pd.DataFrame:
    try:
        if not text_as_category:
            return pd.read_parquet(path)
        table = pq.ParquetFile(path)
        columns = {}
        for name in table.schema_arrow.names:  # column by column: the peak is one column, not two tables
            columns[name] = categorise(table.read(columns=[name]).to_pandas())[name]
            pyarrow.default_memory_pool().release_unused()
    except pyarrow.ArrowException as err:
        raise SchemaError(f"{path} is not a readable Parquet file: {err}") from err
    return pd.DataFrame(columns)


def categorise(frame: pd.DataFrame) -> pd.DataFrame:
    """Repetitive text columns (places, metrics, dates, sources...) as categories: a fraction of the memory
    and several times faster to filter. Ids, sentences, titles and URLs stay strings (nearly unique)."""
    text = [c for c in frame.columns if c not in FREE_TEXT and pd.api.types.is_string_dtype(frame[c])]
    return frame.astype({c: "category" for c in text}) if text else frame
