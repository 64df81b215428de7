"""A live page's clock stamps ("9:20 p.m. ET", "23:48 EET"): the day each entry is on, where the stamps give only
the time. The newest entry is on the day the page was last updated (an "Updated ..., Sun May 17, 2026" line
above the entries, else the day it was published); read from the newest entry to the oldest, a clock that goes
forward means midnight was passed going back; a zone's clock time is moved to the day it was in Kyiv."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence

CLOCK_STAMP = re.compile(  # "16.05 GMT", "9:20 p.m. ET", "11:52 PM (Aug. 4)", "21:05": an entry's stamp, its day unsaid
    r"\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?=[aApP]\.?[mM]\b|[A-Z]{2,4}\b|$)"  # ("21:05" alone on its line)
    r"(?:(?P<half>[aApP])\.?[mM]\.?\s*)?(?P<zone>[A-Z]{2,4})?\s*(?:\([^()]{1,20}\)\s*)?$"
)
UPDATED = re.compile(r"\s*(?:Last\s+)?[Uu]pdated\b")  # "Updated 6:42 a.m. ET, Sun May 17, 2026"
PAGE_DAY = "day:0"  # the cue of an entry stamped with a clock time only: the page's day
KYIV_HOURS = 2  # Kyiv's hours ahead of UTC in winter (3 in summer: the same day but for an hour a night)
DAY_MINUTES = 24 * 60


def clock_minutes(match: re.Match) -> int:
    """Minutes after midnight of a stamp, in its own zone."""
    hour, half = int(match["hour"]) % 24, (match["half"] or "").lower()
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + int(match["minute"])


def clock_cues(stamps: Sequence[str], zone_hours: Mapping[str, int], updated: str = "") -> list[str]:
    """The day cue of each clock stamp, in page order: "day:-1" (the day before the page's), or a date when the
    page's ``updated`` cue ("date:2026-05-17") dates its newest entry."""
    matches = [CLOCK_STAMP.match(stamp) for stamp in stamps]
    minutes = [clock_minutes(m) if m else 0 for m in matches]
    steps = [b - a for a, b in itertools.pairwise(minutes) if abs(b - a) < DAY_MINUTES // 2]  # (not past midnight)
    newest_first = sum(step < 0 for step in steps) >= sum(step > 0 for step in steps)
    order = list(range(len(stamps))) if newest_first else list(range(len(stamps)))[::-1]  # newest first
    days, day, later = [0] * len(stamps), 0, None
    for i in order:
        if later is not None and minutes[i] > later:
            day -= 1  # going back in time, midnight passed between two entries
        days[i], later = day, minutes[i]
    anchor = dt.date.fromisoformat(updated[5:]) if updated.startswith("date:") else None
    cues = []
    for match, clock, day in zip(matches, minutes, days, strict=True):
        zone = zone_hours.get((match["zone"] or "").lower()) if match else None
        day += (clock + (KYIV_HOURS - zone) * 60) // DAY_MINUTES if zone is not None else 0
        cues.append(f"date:{anchor + dt.timedelta(days=day)}" if anchor else f"day:{day}")
    return cues


def updated_cue(lines: Sequence[str], date_cue) -> str:
    """The date cue of the page's "Updated ..." line, if one names a day with its year ("date:..."), else ""."""
    for line in lines:
        if UPDATED.match(line):
            cue = date_cue(line)
            if cue.startswith("date:"):
                return cue
    return ""
