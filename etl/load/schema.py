"""The tables' contracts (SCHEMA.md) as pandera schemas, and the frames built and checked against them.

The events table is checked as a whole (vectorised, fast); a row that breaks it is traced back to its
article, so one article's fault sends that article to rejected.csv and the rest of the table stands.
"""

from __future__ import annotations

import hashlib
import operator
from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

from ..errors import SchemaError

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
        "flights_disrupted",
        "passengers_stranded",
        "power_outages",
    },
}
CATEGORY_METRICS = sorted(f"{category}/{metric}" for category, metrics in METRICS.items() for metric in metrics)
WEAPONS = ["", "drone", "missile", "ballistic_missile", "cruise_missile", "guided_bomb", "drone_or_missile"]
PLACE_TYPES = ["facility", "city", "region", "country"]
INT_COLUMNS = ("char_start", "char_end")
FLOAT_COLUMNS = ("lat", "lon")
ARTICLE_COLUMNS = [
    "article_id",
    "title",
    "published",
    "source",
    "url",
    "path",
    "figures",
    "warnings",
    "content_hash",
]
ARTICLE_TEXT_COLUMNS = [*ARTICLE_COLUMNS, "text"]  # articles.parquet: the body, so char offsets index into it
REJECTED_COLUMNS = ["path", "reason"]
ISO_DAY_OR_EMPTY = r"^(\d{4}-\d{2}-\d{2})?$"
INT64_MAX = 2**63 - 1


@lru_cache(maxsize=1)
def schema():
    """The events table's contract (SCHEMA.md) as a pandera schema."""
    import pandera.pandas as pa  # imported when first needed: keeps the dashboard's start-up short

    _text = {"nullable": False}
    return pa.DataFrameSchema(
        {
            "record_id": pa.Column(str, unique=True, **_text),
            "article_id": pa.Column(str, pa.Check.str_length(min_value=1), **_text),
            "published": pa.Column(str, pa.Check.str_matches(ISO_DAY_OR_EMPTY), **_text),
            "event_date": pa.Column(str, pa.Check.str_matches(ISO_DAY_OR_EMPTY), **_text),
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
            "place_type": pa.Column(str, pa.Check.isin(["", *PLACE_TYPES]), **_text),
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
        checks=[  # row-wise (a boolean per row), so a failure names its rows and so its article
            pa.Check(lambda df: df["char_end"] >= df["char_start"], error="char_end before char_start"),
            pa.Check(
                lambda df: df["value"].isna() == (df["qualifier"] == "unspecified"),
                error="a value is empty exactly when the qualifier is unspecified",
            ),
            pa.Check(
                lambda df: (df["category"] + "/" + df["metric"]).isin(CATEGORY_METRICS),
                error="metric does not belong to its category",
            ),
            pa.Check(lambda df: df["lat"].isna() == df["lon"].isna(), error="lat and lon are given together"),
        ],
        strict=True,
        ordered=True,
    )


@lru_cache(maxsize=1)
def articles_schema():
    """articles.parquet (and articles.csv, without ``text``)."""
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            "article_id": pa.Column(str, pa.Check.str_length(min_value=1), unique=True),
            "title": pa.Column(str),
            "published": pa.Column(str, pa.Check.str_matches(ISO_DAY_OR_EMPTY)),
            "source": pa.Column(str),
            "url": pa.Column(str),
            "path": pa.Column(str),
            "figures": pa.Column(int, pa.Check.ge(0)),
            "warnings": pa.Column(str),
            "content_hash": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
            "text": pa.Column(str, pa.Check.str_length(min_value=1)),
        },
        strict=True,
        ordered=True,
    )


@lru_cache(maxsize=1)
def rejected_schema():
    import pandera.pandas as pa

    text = pa.Check.str_length(min_value=1)
    return pa.DataFrameSchema({"path": pa.Column(str, text), "reason": pa.Column(str, text)}, strict=True, ordered=True)


ID_PARTS = ["article_id", "char_start", "char_end", "category", "metric", "weapon", "place", "value"]
TEXT_FIELDS = [c for c in COLUMNS if c not in ("record_id", "incident_id", "value", *INT_COLUMNS, *FLOAT_COLUMNS)]


def record_ids(frame: pd.DataFrame) -> list[str]:
    """Stable ids: the same article text always yields the same ids, whatever else is in the batch."""
    values = ["" if pd.isna(v) else str(int(v)) for v in frame["value"].tolist()]
    columns = [values if name == "value" else frame[name].astype(str).tolist() for name in ID_PARTS]
    return [hashlib.sha1("|".join(parts).encode()).hexdigest()[:16] for parts in zip(*columns, strict=True)]


_TEXT_OF = operator.itemgetter(*TEXT_FIELDS)


def check_row(row: dict) -> None:
    """SchemaError unless each field of one row has its column's type (before the table-wide checks)."""
    value = row.get("value")
    if value is not None and (type(value) is not int or not -INT64_MAX <= value <= INT64_MAX):
        raise SchemaError(f"value {_short(value)} is not a whole number the table can hold")
    for column in INT_COLUMNS:
        if type(row.get(column)) is not int:
            raise SchemaError(f"{column} {_short(row.get(column))} is not a whole number")
    for column in FLOAT_COLUMNS:
        coordinate = row.get(column)
        if coordinate is not None and not isinstance(coordinate, int | float):
            raise SchemaError(f"{column} {_short(coordinate)} is not a number")
    try:
        if set(map(type, _TEXT_OF(row))) <= {str}:  # the usual case, checked in one pass in C
            return
    except KeyError:
        pass
    for column in TEXT_FIELDS:
        if not isinstance(row.get(column, ""), str | None):
            raise SchemaError(f"{column} is {type(row[column]).__name__}, not text")


def _short(value: object) -> str:
    if isinstance(value, int) and value.bit_length() > 64:
        return f"(a {len(hex(value)) - 2}-hex-digit number)"
    return repr(value)[:60]


def _typed(rows: Iterable[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows), columns=[c for c in COLUMNS if c not in ("record_id", "incident_id")])
    try:
        frame["value"] = pd.array(frame["value"], dtype="Int64")
        for column in FLOAT_COLUMNS:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
        for column in INT_COLUMNS:
            frame[column] = frame[column].astype("int64")
    except (TypeError, ValueError, OverflowError) as err:
        raise SchemaError(f"events table breaks the schema: {err}") from err
    for column in TEXT_FIELDS:
        frame[column] = frame[column].fillna("").astype(str)
    frame.insert(0, "record_id", pd.Series(record_ids(frame), index=frame.index, dtype=str))
    frame["incident_id"] = pd.Series("", index=frame.index, dtype=str)  # filled by etl/incidents/
    # Rows identical within an article (same record id: same span, figure, place and value) are one figure.
    return frame.drop_duplicates("record_id", keep="first")


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    order = ["article_id", "char_start", "char_end", "category", "metric", "record_id"]
    return frame.sort_values(order, kind="stable").reset_index(drop=True)


def events_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """The events table (validated) from plain row dicts; SchemaError if any row breaks it."""
    return validate(_sorted(_typed(rows)))


def events_table(rows: Iterable[dict]) -> tuple[pd.DataFrame, dict[str, str]]:
    """The events table from the rows that keep the schema, and {article_id: reason} for articles whose rows
    break it (all of such an article's rows are left out). A fault no row can be blamed for raises."""
    frame = _sorted(_typed(rows))
    broken: dict[str, str] = {}
    for _ in range(3):  # a second pass only if dropping rows uncovered nothing new; a third is a safety net
        failures = _failures(schema(), frame)
        if failures is None:
            return frame, broken
        rows_at = failures["index"]
        if rows_at.isna().any():
            raise SchemaError(f"events table breaks the schema: {_describe(failures[rows_at.isna()])}")
        blamed = frame.loc[rows_at.astype(int).unique(), "article_id"]
        for index, article_id in blamed.items():
            if article_id not in broken:
                broken[article_id] = f"a row breaks the schema: {_describe(failures[rows_at == index])}"
        frame = frame[~frame["article_id"].isin(broken)].reset_index(drop=True)
    return validate(frame), broken


def _failures(contract, frame: pd.DataFrame) -> pd.DataFrame | None:
    from pandera.errors import SchemaError as PanderaError
    from pandera.errors import SchemaErrors as PanderaErrors

    try:
        contract.validate(frame, lazy=True)
    except PanderaErrors as err:
        return err.failure_cases
    except PanderaError as err:
        return pd.DataFrame(
            {
                "schema_context": ["DataFrameSchema"],
                "column": [None],
                "check": [str(err)],
                "failure_case": [None],
                "index": [None],
            }
        )
    return None


def _describe(failures: pd.DataFrame) -> str:
    """The first few distinct failures, a column's own checks before the checks across columns."""
    parts: list[str] = []
    for row in failures.sort_values("schema_context", key=lambda c: c != "Column", kind="stable").itertuples():
        if row.schema_context == "Column":
            part = f"{row.column}: {row.check} (got {str(row.failure_case)[:60]!r})"
        else:
            part = str(row.check)
        if part not in parts:
            parts.append(part)
    return "; ".join(parts[:3])


def validate(frame: pd.DataFrame, contract=None, name: str = "events table") -> pd.DataFrame:
    """The frame if it keeps its contract (the events schema by default); SchemaError saying how it does not."""
    failures = _failures(contract or schema(), frame)
    if failures is not None:
        raise SchemaError(f"{name} breaks the schema: {_describe(failures)}")
    return frame


def articles_frame(records: Iterable[dict]) -> pd.DataFrame:
    """articles.parquet's table (validated): one row per article written, with its text."""
    frame = pd.DataFrame(list(records), columns=ARTICLE_TEXT_COLUMNS)
    frame = frame.astype({c: "int64" if c == "figures" else str for c in ARTICLE_TEXT_COLUMNS})
    return validate(frame, articles_schema(), "articles table")


def rejected_frame(records: Iterable[dict]) -> pd.DataFrame:
    """rejected.csv's table (validated): every input passed over, with its reason."""
    frame = pd.DataFrame(list(records), columns=REJECTED_COLUMNS).astype(str)
    return validate(frame, rejected_schema(), "rejected table")
