"""Reading the built table defensively: a corrupt, truncated, mistyped or half-written file becomes one plain
SchemaError saying what is wrong, never a traceback on a page."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from etl import config
from etl.errors import SchemaError
from etl.load import COLUMNS, read_events

NUMERIC = ["value", "lat", "lon", "char_start", "char_end"]
INTEGER = ["char_start", "char_end"]
ARTICLE_COLUMNS = ["article_id", "title", "published", "source", "url", "path"]
OPTIONAL = ["incident_id"]  # a table built before incidents lacks it: they are worked out when it is shown
REQUIRED = [column for column in COLUMNS if column not in OPTIONAL]
REBUILD = "Rebuild it with `make table` (or `python -m etl run data/articles --out data/processed`)."


def read_checked(path: Path) -> pd.DataFrame:
    """The events table with the columns and types the dashboard needs; SchemaError says what is not."""
    import pyarrow

    try:
        _require_columns(path, _column_names(path), REQUIRED)
        frame = read_events(path, text_as_category=True)
    except SchemaError:
        raise
    except (ValueError, TypeError, KeyError, OSError, UnicodeDecodeError, pyarrow.ArrowException) as err:
        raise SchemaError(f"{path.name} cannot be read ({_reason(err)})") from err
    wrong = [column for column in NUMERIC if not pd.api.types.is_numeric_dtype(frame[column])]
    wrong += [column for column in INTEGER if column not in wrong and frame[column].isna().any()]
    wrong += [column for column in REQUIRED if column not in NUMERIC and not _is_text(frame[column])]
    if wrong:
        raise SchemaError(f"{path.name} has values of the wrong type in {', '.join(wrong)}")
    return frame


def _column_names(path: Path) -> list[str]:
    """The header of a CSV or the schema of a Parquet file, without reading the rows."""
    import pyarrow.parquet as pq

    if path.suffix == ".parquet":
        try:
            return list(pq.ParquetFile(path).schema_arrow.names)
        except Exception as err:  # pyarrow raises several kinds for a file that is not Parquet
            raise SchemaError(f"{path.name} is not a readable Parquet file ({_reason(err)})") from err
    return list(pd.read_csv(path, dtype=str, nrows=0).columns)


def _require_columns(path: Path, present: list[str], needed: list[str]) -> None:
    missing = [column for column in needed if column not in present]
    if len(missing) > len(needed) / 2:
        raise SchemaError(f"{path.name} is not an events table (its header lacks most of the table's columns)")
    if missing:
        raise SchemaError(f"{path.name} lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}")


def _is_text(column: pd.Series) -> bool:
    if isinstance(column.dtype, pd.CategoricalDtype):
        categories = column.cat.categories
        return len(categories) == 0 or pd.api.types.is_string_dtype(categories)
    return pd.api.types.is_string_dtype(column) or (column.dtype == object and column.map(type).eq(str).all())


def _reason(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else err.__class__.__name__
    return text[:200]


def missing_message(folder: Path) -> str:
    return (
        f"No events table has been built yet (nothing in {folder}). Build it with `make table`, "
        "or add an article on the Add articles page."
    )


def broken_message(path: Path, reason: str) -> str:
    return f"The events table cannot be shown: {reason}. {REBUILD} The Add articles page still works."


def read_article_list(path: Path) -> pd.DataFrame:
    """articles.parquet (without the bodies) or articles.csv as strings; SchemaError when broken."""
    import pyarrow
    import pyarrow.parquet as pq

    if not path.exists():
        return pd.DataFrame({column: pd.Series(dtype=str) for column in [*ARTICLE_COLUMNS, "figures"]})
    try:
        if path.suffix == ".parquet":
            names = [name for name in pq.ParquetFile(path).schema_arrow.names if name != "text"]
            frame = pq.read_table(path, columns=names).to_pandas()
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (ValueError, OSError, UnicodeDecodeError, pyarrow.ArrowException) as err:
        raise SchemaError(f"{path.name} cannot be read ({_reason(err)})") from err
    _require_columns(path, list(frame.columns), ARTICLE_COLUMNS)
    return frame.astype({c: str for c in frame.columns if c != "figures"}).fillna("")


def read_body(path: Path, article_id: str) -> str | None:
    """One article's stored body from articles.parquet; None when the file has no body for it."""
    import pyarrow
    import pyarrow.parquet as pq

    try:
        if "text" not in pq.ParquetFile(path).schema_arrow.names:
            return None
        table = pq.read_table(path, columns=["article_id", "text"], filters=[("article_id", "==", article_id)])
    except (ValueError, OSError, pyarrow.ArrowException):
        return None
    bodies = table.column("text").to_pylist()
    return bodies[0] if bodies and isinstance(bodies[0], str) else None


COLLECTION_RECORD = re.compile(r":\d+$")


def source_file(source_path: str) -> Path | None:
    """The file an article came from: 'folder/corpus.jsonl:12' is record 12 of corpus.jsonl."""
    if not source_path:
        return None
    candidates = [source_path]
    if COLLECTION_RECORD.search(source_path):
        candidates.append(COLLECTION_RECORD.sub("", source_path))
    for candidate in candidates:
        for file in (Path(candidate), config.ROOT / candidate):
            if file.is_file():
                return file
    return None
