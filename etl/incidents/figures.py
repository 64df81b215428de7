"""An incident's figure from its rows: the best value by the rule, its range, its sources."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..speakers import load_speakers

COUNTS = ["low", "best", "high"]


def _official(reported_by: pd.Series) -> np.ndarray:
    speakers = load_speakers()
    codes, uniques = pd.factorize(reported_by.astype("string").fillna(""))
    return np.array([speakers.is_official(u) for u in uniques], dtype=bool)[codes] if len(uniques) else codes > 0


def _codes(column: pd.Series) -> np.ndarray:
    """Integer codes of a text column in lexical order (a category column's own codes: its categories are sorted)."""
    if isinstance(column.dtype, pd.CategoricalDtype) and column.cat.categories.is_monotonic_increasing:
        return column.cat.codes.to_numpy().astype("int64")
    return pd.factorize(column.astype("string").fillna(""), sort=True)[0].astype("int64")


def _values(rows: pd.DataFrame) -> np.ndarray:
    return rows["value"].astype("Float64").to_numpy(dtype="float64", na_value=np.nan)


def best_first(rows: pd.DataFrame) -> np.ndarray:
    """Each row's rank under the best-value rule (0 = best): among the rows of one incident, the one ranked first
    gives its best value. The rule: a number before none, an official source before others, the value most
    articles give, an exact one, the latest published, the later in its text, the larger, then the record id."""
    value = _values(rows)
    numbered = ~np.isnan(value)
    incident, article = _codes(rows["incident_id"]), _codes(rows["article_id"])
    value_code = pd.factorize(value)[0].astype("int64")  # NaN -> -1
    pairs = pd.DataFrame({"key": incident * (value_code.max() + 2) + value_code + 1, "article": article})
    cited = pairs["key"].map(pairs.drop_duplicates()["key"].value_counts()).to_numpy()
    keys = (
        _codes(rows["record_id"]),
        -np.nan_to_num(value, nan=0.0),
        -rows["char_start"].to_numpy().astype("int64"),
        -_codes(rows["published"]),
        ~(rows["qualifier"].astype("string") == "exact").to_numpy(dtype=bool, na_value=False),
        -cited,
        ~_official(rows["reported_by"]),
        ~numbered,
    )
    order = np.lexsort(keys)  # the last key sorts first
    rank = np.empty(len(rows), dtype="int64")
    rank[order] = np.arange(len(rows))
    return rank


def figures_from(rows: pd.DataFrame, rank: np.ndarray) -> pd.DataFrame:
    """Per incident_id of ``rows``: the row ranked first (``best_first``), with ``low``, ``best``, ``high``,
    ``sources`` (distinct articles) and ``rows`` added; ``value`` is the best. One row per incident."""
    if rows.empty:
        counts = {c: pd.Series(dtype="Int64") for c in COUNTS} | {
            c: pd.Series(dtype="int64") for c in ("sources", "rows")
        }
        return rows.assign(**counts)
    incident, article = _codes(rows["incident_id"]), _codes(rows["article_id"])
    order = np.lexsort((rank, incident))
    ordered = incident[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    value = _values(rows)[order]
    with np.errstate(invalid="ignore"):
        low, high = np.fmin.reduceat(value, starts), np.fmax.reduceat(value, starts)
    distinct = np.unique(incident * (article.max() + 1) + article) // (article.max() + 1)
    sources = np.bincount(distinct, minlength=incident.max() + 1)[ordered[starts]]
    chosen = rows.iloc[order[starts]].copy()
    chosen["low"] = pd.array(low, dtype="Float64").round().astype("Int64")
    chosen["high"] = pd.array(high, dtype="Float64").round().astype("Int64")
    chosen["best"] = pd.array(chosen["value"], dtype="Int64")
    chosen["sources"] = sources.astype("int64")
    chosen["rows"] = np.diff(np.r_[starts, len(order)]).astype("int64")
    return chosen


def summarise(rows: pd.DataFrame) -> pd.DataFrame:
    """Per incident_id of ``rows``: the row its best value comes from, with low, best, high, sources and rows."""
    return figures_from(rows, best_first(rows) if len(rows) else np.empty(0, dtype="int64"))
