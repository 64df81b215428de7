"""Table files: written whole with ordinary permissions, read back with the schema's types."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from ..errors import SchemaError
from .schema import FLOAT_COLUMNS, INT_COLUMNS

FREE_TEXT = ["record_id", "sentence", "title", "url", "text", "path", "warnings", "content_hash", "reason"]


def write_table(frame: pd.DataFrame, handle: IO[bytes], fmt: str) -> None:
    """One table as CSV (UTF-8, '\\n' line ends) or Parquet into an open binary file."""
    if fmt == "csv":
        frame.to_csv(handle, index=False, lineterminator="\n", encoding="utf-8")
    elif fmt == "parquet":
        frame.to_parquet(handle, index=False)
    else:
        raise ValueError(f"unknown table format {fmt!r}")


def write_file(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Create ``path`` (never overwriting) as the umask allows (0644 under the usual 022), write, flush to disk."""
    with open(path, "xb") as handle:
        write(handle)
        handle.flush()
        os.fsync(handle.fileno())


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, then rename over the target (ordinary permissions)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # the umask applies, unlike mkstemp
    try:
        write(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    atomic_write(path, lambda tmp: frame.to_csv(tmp, index=False, lineterminator="\n"))


def read_events(path: Path, text_as_category: bool = False) -> pd.DataFrame:
    """The events table from its CSV or Parquet file, with the schema's types.

    ``text_as_category`` holds the repetitive text columns as pandas categories (see ``categorise``), read
    one column at a time: what a long-lived reader of a large table (the dashboard) wants.
    """
    if path.suffix == ".parquet":
        return _read_parquet(path, text_as_category)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["value"] = pd.array(pd.to_numeric(frame["value"].replace("", None)), dtype="Int64")
    for column in FLOAT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce").astype(float)
    for column in INT_COLUMNS:
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
