"""The Ukrainian air force's official daily tallies: import, and comparison with the figures read from the news.

Input: the public "Massive Missile Attacks on Ukraine" table (Kaggle, piterfm / Petro Ivaniuk), one row per attack
window and weapon model (``time_start, time_end, model, launch_place, target, launched, destroyed,
not_reach_goal, ..., source``). Its traps, handled here:

* regional air commands (South, East...) post their own tallies, which overlap the national ones: every row
  gets a ``scope`` (data/reference/commands.csv maps the posting account; an unknown account is national when
  its target is "Ukraine") and only national rows are compared;
* a row may name several models ("X-101/X-555 and Kalibr"): the names are split and each is mapped to our
  weapons (data/reference/models.csv); the row keeps the weapon they share, "missile" for a mix of missile types,
  "drone_or_missile" for drones with missiles;
* ``launched`` may be empty when only ``destroyed`` was posted: kept empty, never taken as 0.

The night of a row is the day its window ends (the morning the overnight ended, as ``event_date`` in the news).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from . import config
from .errors import InputError, SchemaError, validated
from .incidents import family
from .load import atomic_write

REQUIRED = ["time_start", "time_end", "model", "target", "launched", "destroyed", "not_reach_goal", "source"]
COUNTS = ["launched", "destroyed", "not_reach_goal"]
COLUMNS = ["night", "time_start", "time_end", "model", "models", "weapon", "family", "scope", "command", "target"]
COLUMNS += [*COUNTS, "source"]
# news metric -> official count: the air force's "shot down / suppressed" is the table's `destroyed`; "lost from
# radar" (mostly electronic warfare) its `not_reach_goal`.
OFFICIAL_COUNT = {
    "launched": "launched",
    "intercepted": "destroyed",
    "intercepted_or_suppressed": "destroyed",
    "suppressed": "not_reach_goal",
}
# a news figure's weapon -> the official weapons it covers
COVERS = {
    "drone": {"drone"},
    "missile": {"missile", "ballistic_missile", "cruise_missile"},
    "ballistic_missile": {"ballistic_missile"},
    "cruise_missile": {"cruise_missile"},
    "drone_or_missile": {"drone", "missile", "ballistic_missile", "cruise_missile", "drone_or_missile"},
    "guided_bomb": {"guided_bomb"},
}
SEPARATOR = re.compile(r"\s+and\s+|\s*[,;+]\s*")
ACCOUNT = re.compile(r"^(?:https?://)?(?:[^/]*\.(?:com|me|org|net)/)?([^/?#]+)")


@dataclass
class ImportSummary:
    rows: int = 0
    national: int = 0
    regional: int = 0
    skipped: int = 0
    unknown_models: list[str] = field(default_factory=list)
    first: str = ""
    last: str = ""

    def line(self) -> str:
        text = (
            f"{self.rows} official rows imported ({self.national} national, {self.regional} regional), "
            f"nights {self.first} to {self.last}; {self.skipped} rows skipped (no readable date)"
        )
        if self.unknown_models:
            text += f"; models not in data/reference/models.csv (weapon left empty): {', '.join(self.unknown_models)}"
        return text


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=2)
def model_weapons(path: Path = config.REFERENCE / "models.csv") -> dict[str, str]:
    """Weapon model as the tally writes it -> our weapon code."""
    return {r["model"].casefold(): r["weapon"] for r in _rows(path)}


@lru_cache(maxsize=2)
def command_scopes(path: Path = config.REFERENCE / "commands.csv") -> dict[str, str]:
    """Posting account -> 'national' or 'regional'."""
    return {r["account"].casefold(): r["scope"] for r in _rows(path)}


def split_models(model: str) -> list[str]:
    """'X-101/X-555 and Kalibr' -> ['X-101/X-555', 'Kalibr']."""
    return [part.strip() for part in SEPARATOR.split(model or "") if part.strip()]


def model_weapon(name: str, known: dict[str, str]) -> str:
    """One model's weapon; a pair written with a slash ('Iskander-M/KN-23') may be known whole or by its parts."""
    weapon = known.get(name.casefold())
    if weapon is not None:
        return weapon
    parts = {known.get(p.strip().casefold()) for p in name.split("/")}
    return parts.pop() if len(parts) == 1 and None not in parts else ""


def combined_weapon(weapons: list[str]) -> str:
    """The weapon of a row naming several models: the one they share, else their family, else drones and missiles
    together ('drone_or_missile'), '' when one is unknown."""
    distinct = set(weapons)
    if not distinct or "" in distinct:
        return ""
    if len(distinct) == 1:
        return distinct.pop()
    families = {family(w) for w in distinct}
    if families == {"missile"}:
        return "missile"
    return "drone_or_missile" if families <= {"drone", "missile", "drone_or_missile"} else ""


def account(source: str) -> str:
    match = ACCOUNT.match((source or "").strip())
    return match.group(1) if match else ""


def normalise(raw: pd.DataFrame) -> tuple[pd.DataFrame, ImportSummary]:
    """The tally's rows in our vocabulary (COLUMNS); rows without a readable date are skipped and counted."""
    missing = [c for c in REQUIRED if c not in raw.columns]
    if missing:
        raise InputError(f"not an official tally: missing column(s) {', '.join(missing)}")
    summary = ImportSummary()
    ends = pd.to_datetime(
        raw["time_end"].where(raw["time_end"] != "", raw["time_start"]), errors="coerce", format="mixed"
    )
    readable = ends.notna().to_numpy()
    summary.skipped = int((~readable).sum())
    frame = raw[readable].reset_index(drop=True)
    known = model_weapons()
    names = frame["model"].map(split_models)
    weapons = names.map(lambda parts: [model_weapon(p, known) for p in parts])
    pairs = zip(names.explode(), weapons.explode(), strict=True)
    summary.unknown_models = sorted({name for name, weapon in pairs if isinstance(name, str) and not weapon})
    scopes = command_scopes()
    accounts = frame["source"].map(account)
    by_target = np.where(frame["target"].str.strip().str.casefold() == "ukraine", "national", "regional")
    table = pd.DataFrame(
        {
            "night": ends[readable].dt.strftime("%Y-%m-%d").to_numpy(),
            "time_start": frame["time_start"].to_numpy(),
            "time_end": frame["time_end"].to_numpy(),
            "model": frame["model"].to_numpy(),
            "models": names.map("; ".join).to_numpy(),
            "weapon": weapons.map(combined_weapon).to_numpy(),
        }
    )
    table["family"] = table["weapon"].map(family)
    table["scope"] = [scopes.get(a.casefold(), t) for a, t in zip(accounts, by_target, strict=True)]
    table["command"] = accounts.to_numpy()
    table["target"] = frame["target"].to_numpy()
    for column in COUNTS:
        numbers = pd.to_numeric(frame[column].str.strip().replace("", None), errors="coerce")
        table[column] = pd.array(numbers.where(numbers >= 0).round(), dtype="Int64")
    table["source"] = frame["source"].to_numpy()
    summary.rows = len(table)
    summary.national = int((table["scope"] == "national").sum())
    summary.regional = summary.rows - summary.national
    if len(table):
        summary.first, summary.last = table["night"].min(), table["night"].max()
    return table.sort_values(["night", "scope", "time_start", "model"], kind="stable").reset_index(drop=True), summary


def read_csv(path: Path) -> pd.DataFrame:
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such file") from err
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise InputError(f"{path} is not a readable CSV file: {err}") from err


def import_file(path: Path, out: Path = config.OFFICIAL) -> ImportSummary:
    """Read a tally CSV, validate it, and replace the stored table atomically (never with an empty one)."""
    table, summary = normalise(read_csv(Path(path)))
    if table.empty:
        raise InputError(f"{path}: no row with a readable date; the stored tally is left as it was")
    validate(table)
    atomic_write(Path(out), lambda tmp: table.to_parquet(tmp, index=False))
    return summary


@lru_cache(maxsize=1)
def schema():
    import pandera.pandas as pa

    from .load import WEAPONS

    text = {"nullable": False}
    return pa.DataFrameSchema(
        {
            "night": pa.Column(str, pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}$"), **text),
            "time_start": pa.Column(str, **text),
            "time_end": pa.Column(str, **text),
            "model": pa.Column(str, **text),
            "models": pa.Column(str, **text),
            "weapon": pa.Column(str, pa.Check.isin(WEAPONS), **text),
            "family": pa.Column(str, **text),
            "scope": pa.Column(str, pa.Check.isin(["national", "regional"]), **text),
            "command": pa.Column(str, **text),
            "target": pa.Column(str, **text),
            **{c: pa.Column("Int64", pa.Check.ge(0), nullable=True) for c in COUNTS},
            "source": pa.Column(str, **text),
        },
        strict=True,
        ordered=True,
    )


def validate(table: pd.DataFrame) -> pd.DataFrame:
    return validated(schema(), table, "official tally")


def read_official(path: Path = config.OFFICIAL) -> pd.DataFrame | None:
    """The stored tally, None when none was imported."""
    import pyarrow

    if not Path(path).exists():
        return None
    try:
        return pd.read_parquet(path)
    except (pyarrow.ArrowException, OSError) as err:
        raise SchemaError(f"{path} is not a readable Parquet file: {err}") from err


# comparison --------------------------------------------------------------------


def official_counts(official: pd.DataFrame, night: str, weapon: str, metric: str) -> float | None:
    """What the national rows of a night say for a news figure's weapon and metric (None: not posted)."""
    rows = official[(official["night"] == night) & official["weapon"].isin(COVERS.get(weapon, set()))]
    values = rows[OFFICIAL_COUNT[metric]].dropna()
    return float(values.sum()) if len(values) else None


def compare(news: pd.DataFrame, official: pd.DataFrame, tolerance: float = 0.05) -> pd.DataFrame:
    """Per night, weapon and metric: the news figure (sum of the given top-level figures) against the national tally.

    ``news``: incident figures (app.frames.incident_figures) of the air force's Russia -> Ukraine figures; the
    comparison keeps their evidence (the figure with the largest value behind each sum). ``status``: ``exact``,
    ``within`` (|difference| <= tolerance x official), ``differs``, or ``no official figure``.
    """
    columns = ["night", "weapon", "metric", "news", "official", "difference", "status", "figures"]
    evidence = ["place", "place_type", "reported_by", "source", "sentence", "article_id", "record_id"]
    chosen = news[news["metric"].isin(list(OFFICIAL_COUNT)) & news["value"].notna() & (news["event_date"] != "")]
    if chosen.empty:
        return pd.DataFrame(columns=columns + evidence)
    national = official[official["scope"] == "national"]
    chosen = chosen.astype({c: "str" for c in ("event_date", "weapon", "metric", *evidence)})
    chosen = chosen.sort_values("value", ascending=False, kind="stable")
    grouped = chosen.groupby(["event_date", "weapon", "metric"], sort=True)
    table = grouped.agg(news=("value", "sum"), figures=("value", "size"), **{c: (c, "first") for c in evidence})
    table = table.reset_index().rename(columns={"event_date": "night"})
    table["news"] = table["news"].astype("int64")
    table["official"] = [
        official_counts(national, n, w, m)
        for n, w, m in zip(table["night"], table["weapon"], table["metric"], strict=True)
    ]
    table["official"] = pd.array(table["official"], dtype="Float64").round().astype("Int64")
    table["difference"] = table["news"] - table["official"]
    off = table["difference"].abs().astype("Float64")
    unknown = table["official"].isna().to_numpy()
    exact = (off == 0).to_numpy(dtype=bool, na_value=False)
    within = (off <= tolerance * table["official"].astype("Float64")).to_numpy(dtype=bool, na_value=False)
    table["status"] = np.select([unknown, exact, within], ["no official figure", "exact", "within"], "differs")
    return table[columns + evidence]


def night_verdicts(comparison: pd.DataFrame) -> pd.DataFrame:
    """One verdict per night: ``exact`` (every figure), ``within`` (every figure within tolerance), ``differs``
    (at least one beyond it), ``no official figure``."""
    if comparison.empty:
        return pd.DataFrame(columns=["night", "verdict", "figures"])
    order = {"no official figure": 0, "exact": 1, "within": 2, "differs": 3}
    compared = comparison.assign(rank=comparison["status"].map(order))
    verdict = compared.groupby("night").agg(rank=("rank", "max"), figures=("status", "size"))
    names = {v: k for k, v in order.items()}
    return verdict.assign(verdict=verdict["rank"].map(names)).reset_index()[["night", "verdict", "figures"]]


def air_force_rows(events: pd.DataFrame) -> pd.DataFrame:
    """The news rows the official tally can check: Russia -> Ukraine launches and interceptions the Ukrainian air
    force gave (data/reference/sources.csv says which sources are the air force)."""
    from .speakers import load_speakers

    speakers = load_speakers()
    chosen = events[
        (events["attacker"] == "russia").to_numpy() & events["metric"].isin(list(OFFICIAL_COUNT)).to_numpy()
    ]
    said = chosen["reported_by"].astype(str)
    by_air_force = {s: speakers.is_air_force(s) for s in said.unique()}
    return chosen[said.map(by_air_force).to_numpy(dtype=bool)]
