"""Stage 3: date cues ("overnight", "on Sunday", "July 20") resolved against publication.

A cue comes from the extractor; the reference day is the article's ``published``
date, or its dateline ("KYIV, Dec 14 (Reuters)") when it has one. Nothing is
invented: without a reference, or for a vague cue, the date stays empty.
"""

from __future__ import annotations

import datetime as dt

DAY, APPROX, UNKNOWN = "day", "approx", "unknown"


def _parse_iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def month_day(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The (month, day) nearest before ``reference`` or at most two days after it (a live page dated the 3rd
    reporting the 4th); None for a day no year has (30 February)."""
    for year in (reference.year, reference.year - 1, reference.year - 2, reference.year - 3, reference.year - 4):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= reference + dt.timedelta(days=2):
            return candidate
    return None


def day_of_month(day: int, reference: dt.date) -> dt.date | None:
    """The last such day of a month up to ``reference`` (of this month or the one before), or None."""
    last_month = (reference.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    for month_start in (reference.replace(day=1), last_month):
        try:
            candidate = month_start.replace(day=day)
        except ValueError:
            continue
        if candidate <= reference:
            return candidate
    return None


def reference_date(published: str, dateline: str = "") -> dt.date | None:
    """The day an article speaks from: its dateline if any, else its publication date."""
    base = _parse_iso(published)
    if base is None:
        return None
    if dateline.startswith("month_day:"):
        month, day = map(int, dateline.split(":", 1)[1].split("-"))
        return month_day(month, day, base) or base
    return base


def resolve(cue: str, reference: dt.date | None) -> tuple[str, str]:
    """(event_date ISO or '', date_precision) for a cue against a reference day."""
    if cue in ("approx", "range"):
        return "", APPROX
    kind, _, argument = cue.partition(":")
    if kind == "date":  # a day with its year ("8 January 2025"): known whatever the reference
        try:
            return dt.date.fromisoformat(argument).isoformat(), DAY
        except ValueError:
            return "", UNKNOWN
    if reference is None:
        return "", UNKNOWN
    if not cue:
        return reference.isoformat(), APPROX
    if kind == "day":
        return (reference + dt.timedelta(days=int(argument))).isoformat(), DAY
    if kind == "night":  # "overnight" with no day of its story named: the night that ended this morning
        return reference.isoformat(), DAY
    if kind in ("weekday", "last_weekday"):
        back = (reference.weekday() - int(argument)) % 7
        if kind == "last_weekday" and back == 0:
            back = 7
        elif kind == "weekday" and back == 6:
            back = -1  # "overnight into Friday" on a page dated Thursday: the next morning, not six days before
        return (reference - dt.timedelta(days=back)).isoformat(), DAY
    if kind == "day_of_month":  # "on the 13th": the last 13th up to the reference day
        found = day_of_month(int(argument), reference)
        return (found.isoformat(), DAY) if found else ("", UNKNOWN)
    if kind == "month_day":
        month, day = map(int, argument.split("-"))
        found = month_day(month, day, reference)
        return (found.isoformat(), DAY) if found else ("", UNKNOWN)
    return "", UNKNOWN
