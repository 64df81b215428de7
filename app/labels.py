"""Codes of the events table in human words: one mapping for every chart, table header and download note."""

from __future__ import annotations

import pandas as pd

CATEGORY = {
    "strike": "Strikes",
    "interception": "Air defence",
    "casualty": "Casualties",
    "damage": "Damage",
    "disruption": "Disruption",
}
METRIC = {
    "launched": "launched",
    "hit": "hit their targets",
    "strikes": "strikes / explosions",
    "intercepted": "shot down",
    "suppressed": "jammed / lost (EW)",
    "intercepted_or_suppressed": "shot down or jammed (one count)",
    "killed": "killed",
    "injured": "injured",
    "damaged": "damaged or destroyed",
    "fires": "fires",
    "districts_affected": "districts affected",
    "airport_restrictions": "airport restrictions",
    "flights_cancelled": "flights cancelled",
    "flights_delayed": "flights delayed",
    "flights_disrupted": "flights delayed or cancelled",
    "passengers_stranded": "passengers stranded",
    "power_outages": "households without power",
}
WEAPON = {
    "drone": "drones",
    "missile": "missiles (type not stated)",
    "ballistic_missile": "ballistic missiles",
    "cruise_missile": "cruise missiles",
    "guided_bomb": "guided bombs",
    "drone_or_missile": "drones and missiles (one count)",
    "": "",
}
ROLE = {"attacking": "attacking side says", "defending": "defending side says", "neither": "neither side named"}
SCOPE = {"national": "national (air force command)", "regional": "regional air command"}
STATUS = {
    "exact": "exact match",
    "within": "within tolerance",
    "differs": "differs",
    "no official figure": "no official figure",
    "ok": "ok",
    "no launch figure": "n/a: no launch figure",
    "no shot-down figure": "n/a: no shot-down figure",
    "more stopped than launched": "n/a: more stopped than launched (different scopes)",
}
SIDE = {"russia": "Russia", "ukraine": "Ukraine", "unknown": "not stated"}
# What a figure of each metric counts, for axis titles and sums that must not mix units.
UNIT = {
    "launched": "weapons",
    "hit": "weapons",
    "strikes": "strikes",
    "intercepted": "weapons",
    "suppressed": "weapons",
    "intercepted_or_suppressed": "weapons",
    "killed": "people",
    "injured": "people",
    "damaged": "objects",
    "fires": "fires",
    "districts_affected": "districts",
    "airport_restrictions": "airports",
    "flights_cancelled": "flights",
    "flights_delayed": "flights",
    "flights_disrupted": "flights",
    "passengers_stranded": "passengers",
    "power_outages": "households",
}
# Weapons grouped as a reader counts them: a cruise and a ballistic missile are both missiles.
WEAPON_FAMILY = {
    "drone": "drone",
    "missile": "missile",
    "ballistic_missile": "missile",
    "cruise_missile": "missile",
    "guided_bomb": "guided_bomb",
    "drone_or_missile": "weapon",
    "": "weapon",
}
FAMILY = {  # weapon families (etl/incidents/, the map's measures): a type of missile counts among "missiles"
    "drone": "drones",
    "missile": "missiles",
    "guided_bomb": "guided bombs",
    "weapon": "weapons (mixed or unstated)",
    "drone_or_missile": "drones and missiles (one count)",
    "all": "drones and missiles",
    "": "no weapon",
}
BUCKET = {"day": "day", "week": "week", "month": "month"}
DIRECTION = {"russia": "Russia → Ukraine", "ukraine": "Ukraine → Russia", "unknown": "attacker not stated"}
QUALIFIER = {
    "exact": "exact",
    "at_least": "at least",
    "approx": "about",
    "at_most": "up to",
    "unspecified": "no number given",
}
PLACE_TYPE = {"facility": "facility", "city": "city", "region": "region", "country": "whole country", "": ""}
COLUMN = {
    "record_id": "Record id",
    "article_id": "Article",
    "published": "Published",
    "event_date": "Event date",
    "date_precision": "Date precision",
    "category": "Category",
    "metric": "Metric",
    "weapon": "Weapon",
    "weapon_model": "Weapon model",
    "value": "Value",
    "qualifier": "Qualifier",
    "location": "As written",
    "place": "Place",
    "place_type": "Place type",
    "country": "Country",
    "lat": "Latitude",
    "lon": "Longitude",
    "attacker": "Attacker",
    "reported_by": "Reported by",
    "sentence": "Sentence",
    "char_start": "Evidence start",
    "char_end": "Evidence end",
    "source": "Outlet",
    "url": "URL",
    "title": "Headline",
    "day": "Day",
    "incident_id": "Incident",
    "parent_id": "Part of",
    "family": "Weapon family",
    "low": "Low",
    "best": "Best",
    "high": "High",
    "sources": "Sources (articles)",
    "rows": "Rows behind it",
    "direction": "Direction",
    "night": "Night",
    "news": "News (air force)",
    "official": "Official tally",
    "difference": "Difference",
    "status": "Status",
    "figures": "Figures",
    "time_start": "Window start",
    "time_end": "Window end",
    "model": "Model",
    "launched": "Launched",
    "destroyed": "Shot down or suppressed",
    "not_reach_goal": "Lost from radar",
    "path": "File",
    "content_hash": "Content hash",
    "evidence": "Evidence",
}
KINDS = {
    "category": CATEGORY,
    "metric": METRIC,
    "weapon": WEAPON,
    "attacker": SIDE,
    "direction": DIRECTION,
    "qualifier": QUALIFIER,
    "unit": UNIT,
    "family": FAMILY,
    "bucket": BUCKET,
    "place_type": PLACE_TYPE,
    "column": COLUMN,
    "role": ROLE,
    "scope": SCOPE,
    "status": STATUS,
}


def label(kind: str, code: object) -> str:
    """Human words for a code of a given kind ('metric', 'weapon', ...); unknown codes are shown as given."""
    text = "" if code is None else str(code)
    return KINDS.get(kind, {}).get(text, text.replace("_", " "))


def series(metric: str, weapon: str = "") -> str:
    """'drones launched', 'killed': a metric with its weapon, as a chart legend says it."""
    words = label("metric", metric)
    return f"{label('weapon', weapon)} {words}" if weapon else words


def figure_name(metric: str, family: str = "") -> str:
    """'Drones launched', 'Killed': a headline number's name, with its weapon family."""
    measure = label("metric", metric)
    weapons = label("family", family).replace(" (one count)", "" if measure.endswith("(one count)") else " (one count)")
    return upper_first(f"{weapons} {measure}" if family else measure)


def upper_first(text: str) -> str:
    """'jammed / lost (EW)' -> 'Jammed / lost (EW)' (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


def readable(frame, columns: list[str]):
    """``columns`` of a frame for display: codes in words (metric, weapon, ...) and headers from COLUMN."""
    shown = frame[columns].copy()
    for column in columns:
        if column in KINDS and column != "column":
            shown[column] = [label(column, v) for v in shown[column].astype(object)]
    return shown.rename(columns={c: label("column", c) for c in columns})


# A measure is a metric, split by weapon family when it counts weapons ('launched:drone'); these are the words
# for the ones that count something else.
MEASURE = {
    "strikes": "strikes / explosions",
    "killed": "people killed",
    "injured": "people injured",
    "damaged": "buildings and objects damaged",
    "fires": "fires",
    "districts_affected": "districts affected",
    "airport_restrictions": "airports restricted",
    "flights_cancelled": "flights cancelled",
    "flights_delayed": "flights delayed",
    "flights_disrupted": "flights delayed or cancelled",
    "passengers_stranded": "passengers stranded",
    "power_outages": "households without power",
}


def unit(metric: str) -> str:
    """What one figure of ``metric`` counts ('people', 'households', 'weapons')."""
    return UNIT.get(metric, "reported")


def counts_weapons(metric: str) -> bool:
    """Metrics whose figures count weapons: split by weapon family so drones and missiles are not one sum."""
    return UNIT.get(metric) == "weapons"


def measure(key: str) -> str:
    """Words for a measure key: 'launched:drone' -> 'drones launched', 'killed' -> 'people killed'."""
    metric, _, family = key.partition(":")
    if family:
        return f"{FAMILY.get(family, family.replace('_', ' '))} {label('metric', metric)}"
    return MEASURE.get(metric, label("metric", metric))


def measure_of(metric: str, weapon: str = "") -> str:
    """Words for one figure's measure: ('launched', 'cruise_missile') -> 'missiles launched'."""
    return measure(f"{metric}:{WEAPON_FAMILY.get(weapon, 'weapon')}" if counts_weapons(metric) else metric)


def measure_rank(key: str) -> tuple[int, int]:
    """Order of measures where counts tie: metrics as listed in METRIC, drones before missiles."""
    metric, _, family = key.partition(":")
    metrics, families = list(METRIC), list(FAMILY)
    return (
        metrics.index(metric) if metric in metrics else len(metrics),
        families.index(family) if family in families else len(families),
    )


def headers(columns: list[str]) -> dict[str, str]:
    """Column code -> header, for tables on screen."""
    return {column: label("column", column) for column in columns}


DISPLAY_KINDS = ["category", "metric", "weapon", "attacker", "qualifier", "place_type"]


def humanise(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy for the screen: coded values and column headers in words (downloads keep the codes)."""
    words = {
        column: frame[column].astype("string").map(lambda code, kind=column: label(kind, code))
        for column in DISPLAY_KINDS
        if column in frame.columns
    }
    text = {  # a missing text is shown blank, not as 'None'
        column: frame[column].astype("string").fillna("")
        for column in frame.columns
        if column not in words
        and not pd.api.types.is_numeric_dtype(frame[column])
        and not pd.api.types.is_datetime64_any_dtype(frame[column])
    }
    return frame.assign(**words, **text).rename(columns=headers(list(frame.columns)))


def column_note(columns: list[str]) -> str:
    """What each column of a download holds: the files keep the table's codes, this says them in words."""
    return " · ".join(f"{column} = {label('column', column)}" for column in columns)
