"""Step 7 of the grammar: the date cue of a figure's clause, resolved later by etl/dates.py.

A cue is the most specific date expression of a text: a calendar day ("month_day:12-14"), a range, a weekday
("last_weekday:4"), else a relative cue of dates.csv ("day:-1" for "yesterday"). A wire dateline ("KYIV,
Dec 14 (Reuters)") dates the whole article.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ..lexicon import Lexicon, lower_text, row_of

LOCAL_ZONE = "Europe/Kyiv"  # where a live page's clock times are turned into days
ORDINAL = "st|nd|rd|th"  # "March 12th", "the 13th"
STORY_NIGHT = "night"  # the cue of "overnight" (dates.csv): the night before the day the story is about


@dataclass(frozen=True)
class DatePatterns:
    """The calendar expressions, compiled from the lexicon's month, weekday and wire-agency names."""

    month_day: re.Pattern  # "14 December", "Dec. 14", "12-14 December"
    weekday: re.Pattern  # "Monday", "last Friday"
    dateline: (
        re.Pattern
    )  # "KYIV, Dec 14 (Reuters) -", "MOSCOW, 26 February (RIA Novosti) -", "MOSCOW, Oct. 15. /TASS/.",
    # "DNIPRO. March 3 (Interfax-Ukraine) -"
    names: re.Pattern  # a month or weekday name, or "the 1": where none is, none of these matches (a cheap scan)
    day_of_month: re.Pattern  # "on the 13th": a day of this month (or the last)
    zone_clock: re.Pattern  # "22.45 BST": a clock time in a named time zone
    deadline: re.Pattern  # "by Monday morning": when a state held, not when something happened
    day_part_owner: re.Pattern  # " evening" of "Tuesday evening's strike": a time of day owning what follows
    month_period: re.Pattern  # "in October", "during March 2026": a month as a span


def date_patterns(lex: Lexicon) -> DatePatterns:
    spelt = {form for m in lex.months for form in (m.capitalize(), m.upper())}  # "Oct 10", "OCT 10" (a timeline's)
    months = "|".join(sorted(spelt, key=len, reverse=True))
    weekdays = "|".join(day.capitalize() for day in lex.weekdays)
    zones = "|".join(zone.upper() for zone in lex.time_zone_hours)
    return DatePatterns(
        month_day=re.compile(
            rf"\b(?P<range>\d{{1,2}}\s*(?:[-–]|to)\s*)?(?P<day1>\d{{1,2}})(?:{ORDINAL})?(?:\s+of)?\s+(?P<month1>{months})\b"
            rf"|\b(?P<month2>{months})\.?\s+(?P<day2>\d{{1,2}})(?:{ORDINAL})?(?P<range2>\s*[-–]\s*\d{{1,2}}|\s+(?:to|and)\s+\d{{1,2}}\b(?![:.]\d|\s*[ap]\.?m\b|\s+[a-z]))?\b"
        ),
        weekday=re.compile(rf"\b(?P<last>last\s+)?(?P<day>{weekdays})\b"),
        dateline=re.compile(
            r"(?:^|(?<=\s))[A-Z]{3,}[A-Z .'-]*(?:,\s*[A-Z][a-z]+)?[,.]\s+"
            rf"(?:(?P<month1>{months})\.?\s+(?P<day1>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{months})\b)"
            r"(?:,?\s+\d{4})?\.?\s*(?:(?:\([^()\n]{2,40}\)|/[^/\n]{2,30}/\.?)\s*(?:[-–—]+|:)?|[–—]|-(?=\s))\s*"
        ),
        names=re.compile(f"{months}|{weekdays}|the \\d"),  # ("on the 1" would scan slower: "o" is common)
        day_of_month=re.compile(
            rf"\b[Oo]n\s+the\s+(?P<day>\d{{1,2}})(?:{ORDINAL})\b(?!\s+(?:of\s+)?[A-Za-z]|\s*[–—-]\s*\d)"
        ),
        zone_clock=re.compile(rf"\b(?P<hour>\d{{1,2}})[:.](?P<minute>[0-5]\d)\s*(?P<zone>{zones})\b"),
        deadline=re.compile(rf"\b[Bb]y\s+(?:late\s+|early\s+)?(?:{weekdays})\b"),
        day_part_owner=re.compile(
            rf"\s+(?:{'|'.join(map(re.escape, sorted(lex.day_parts | lex.night_words)))})(?=['’]s)"
        ),
        month_period=re.compile(
            rf"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Ff]or|[Oo]ver)\s+(?:the\s+month\s+of\s+)?(?:{months})\b"
            r"(?:\s+\d{4})?(?!\s*\d)"
        ),
    )


def find_date_cue(text: str, lex: Lexicon, patterns: DatePatterns) -> str:
    """The most specific date expression of a text, as a cue for dates.resolve ("" when it has none). A
    dateline is the reference day, not a cue (dates.reference_date reads it); the day something was said
    ("the governor said on Tuesday") gives way to the day it happened, if the text names one; a day told with
    a clock of another time zone is the day it was where the attacks are ("Sun 6 Jul 2025 22.45 BST": Monday)."""
    return local_day(text, _day_cue(text, lex, patterns), lex, patterns)


def local_day(text: str, cue: str, lex: Lexicon, patterns: DatePatterns) -> str:
    """``cue`` moved to the day its clock time in a named time zone falls on in Kyiv (Moscow's clock is at most
    an hour from it)."""
    match = patterns.zone_clock.search(text) if cue.startswith(("date:", "month_day:")) else None
    if match is None or int(match.group("hour")) > 23:
        return cue
    try:
        if cue.startswith("date:"):
            day = dt.date.fromisoformat(cue[5:])
        else:  # (a leap year: 29 February is a day)
            day = dt.date(2024, *map(int, cue[10:].split("-")))
    except ValueError:
        return cue
    zone = dt.timezone(dt.timedelta(hours=lex.time_zone_hours[match.group("zone").lower()]))
    clock = dt.datetime.combine(day, dt.time(int(match.group("hour")), int(match.group("minute"))), zone)
    local = clock.astimezone(ZoneInfo(LOCAL_ZONE)).date()  # (ZoneInfo keeps the zones it has read)
    if local == day:
        return cue
    return f"date:{local.isoformat()}" if cue.startswith("date:") else f"month_day:{local.month}-{local.day}"


def _day_cue(text: str, lex: Lexicon, patterns: DatePatterns) -> str:
    if text.isupper():  # a heading in capitals ("SATURDAY, JULY 19"): the names as the patterns spell them
        text = text.title()
    elif text[:3].isupper():  # a dateline opens with its city in capitals
        text = patterns.dateline.sub("", text, count=1)
    numeric = numeric_date(text)
    if numeric:
        return numeric
    if patterns.names.search(text) is None:  # most texts name no day or month
        return _relative_cue(text, lex)
    if "by " in text or "By " in text:  # "By Monday morning the death toll had risen to six": the attack's toll
        text = patterns.deadline.sub("", text)
    weekdays = list(patterns.weekday.finditer(text))
    said = [m for m in weekdays[:1] if opens_speech(text, m, lex)]  # then the days after it are the events'
    said = said or [m for m in weekdays if said_on(text, m.start(), lex)][:1]  # ("said on Monday that the
    # strike on Sunday ...": one day of saying, the first)
    if not said:  # "Zelensky said on Aug. 17": the day it was said, as for a weekday
        said = [m for m in patterns.month_day.finditer(text) if said_on(text, m.start(), lex)]
    if said:  # "the governor said on Tuesday": the day it was said, used only if the text names no other
        kept, end = [], 0
        for match in said:
            kept.append(text[end : match.start()])
            end = match.end()
        without = "".join(kept) + text[end:]
        cue = _cue(without, lex, patterns)
        if cue in ("", "day:0", STORY_NIGHT):  # "said on Sunday that 95 drones were downed overnight": that Sunday
            return _cue(text, lex, patterns)
        return cue
    return _cue(text, lex, patterns)


SPEECH_REACH = 8  # words between a speech verb and the weekday it was said on ("said in a statement on Tuesday")


def weekday_night(text: str, weekdays: list[re.Match], lex: Lexicon) -> re.Match | None:
    """'on Monday night and early Tuesday', 'from Saturday night into Sunday', 'the night of Saturday into
    Sunday', 'between 6pm on Tuesday and 7am on Wednesday': one night told by two weekdays in a row of the text
    ("the Tuesday update: between 11pm on Monday and 7am on Tuesday" too); the weekday it ended on, else None."""
    for first, second in itertools.pairwise(weekdays):
        day, next_day = (lex.weekdays.index(m.group("day").lower()) for m in (first, second))
        if next_day != (day + 1) % 7:
            continue
        night_after = text[first.end() : first.end() + 7].lower().strip().startswith("night")  # "Monday night"
        evening_to = EVENING_TO.fullmatch(text, first.end(), second.start()) is not None
        if night_after or evening_to or named_night(text, first) or clock_night(text, first, second):
            return second
    return None


def attack_on(text: str, day: re.Match, lex: Lexicon, patterns: DatePatterns) -> bool:
    """Whether a weekday names the day of an attack: "Saturday's missile strike", "Tuesday's Russian attack",
    "Tuesday evening's strike"."""
    end = day.end()
    part = patterns.day_part_owner.match(text, end)  # " evening", " night"
    end = part.end() if part else end
    if text[end : end + 2] not in ("'s", "’s"):
        return False
    words = text[end + 2 : end + 50].lower().split()[:4]
    return any((lex.head_class(word.strip(",.;:")) or ("",))[0] == "attack_event" for word in words)


def said_on(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the weekday at ``start`` tells when something was said: a speech verb among the few words
    before it ("said on Tuesday", "told reporters Tuesday")."""
    return has_speech_verb(text[max(0, start - 60) : start].lower().split()[-SPEECH_REACH:], lex)


def has_speech_verb(words: list[str], lex: Lexicon) -> bool:
    return any(word.strip(",.") in lex.speech_verbs for word in words)


SPOKEN_OPENING = 5  # words between a weekday opening a text and the speech verb it is the day of


def opens_speech(text: str, day: re.Match, lex: Lexicon) -> bool:
    """Whether a weekday opening the text tells when something was said: a speech verb among the few words
    after it, with no number between ("On Monday, officials said the strike on Sunday had injured nine")."""
    if text[: day.start()].strip().lower() not in ("", "on"):
        return False
    after = text[day.end() : day.end() + 60].lower().split()[:SPOKEN_OPENING]
    return not any(c.isdigit() for c in "".join(after)) and has_speech_verb(after, lex)


YEAR_AFTER = re.compile(r",?\s+((?:19|20)\d\d)\b")
CLOCK = re.compile(r"\b(\d{1,2})(?::\d{2})?\s*(?:([ap])\.?m\b\.?)?", re.IGNORECASE)
EVENING, MORNING = 17, 12  # a window from this hour or later to the next day up to that one is a night


def hour_before(text: str, start: int) -> int | None:
    """The hour (0-23) of the clock time closest before ``start`` in the 40 characters before it, if any."""
    found = None
    for match in CLOCK.finditer(text, max(0, start - 40), start):
        hour, half = int(match.group(1)), (match.group(2) or "").lower()
        if ":" in match.group(0) or half:
            found = hour % 12 + (12 if half == "p" else 0) if half else hour
    return found


def calendar_night(text: str, first: re.Match, second: re.Match, days: list[tuple[int, int]]) -> bool:
    """'from 11 p.m. on August 23 to 7 a.m. on August 24', 'the night of 31 May to 1 June': a night told by its
    two days (the evening of one, the morning of the next), not a span of days."""
    (month1, day1), (month2, day2) = days
    following = (month1 == month2 and day2 == day1 + 1) or (month2 == month1 % 12 + 1 and day2 == 1)
    return following and (named_night(text, first) or clock_night(text, first, second))


def named_night(text: str, first: re.Match) -> bool:
    """'the night of' (or 'night from', 'overnight from') right before the first of the two days."""
    return NAMED_NIGHT.search(text, max(0, first.start() - 20), first.start()) is not None


def clock_night(text: str, first: re.Match, second: re.Match) -> bool:
    """An evening hour before the first day and a morning hour before the second ("from 11 p.m. on ...")."""
    start, end = hour_before(text, first.start()), hour_before(text, second.start())
    return start is not None and end is not None and start >= EVENING and end <= MORNING


def night_from(text: str, match: re.Match, day: tuple[int, int]) -> tuple[int, int]:
    """The day a night ends when it is told by its evening start ("from 18:00 on May 26", "since the evening
    of May 26": the 27th), else ``day`` as it is."""
    if not starts_a_night(text, match):
        return day
    following = dt.date(2024, *day) + dt.timedelta(days=1)  # (a leap year: 28 February's night ends on the 29th)
    return following.month, following.day


def starts_a_night(text: str, match: re.Match) -> bool:
    """Whether the day of ``match`` is told as the evening a night started: "since the evening of May 26",
    "from 18:00 on May 26", "between 11 p.m. on Saturday and 7 a.m.", "since Saturday evening"."""
    before = max(0, match.start() - 30)
    if EVENING_OF_FROM.search(text, before, match.start()):
        return True
    if SINCE_BEFORE.search(text, before, match.start()) and EVENING_AFTER.match(text, match.end()):
        return True
    hour = hour_before(text, match.start())
    return hour is not None and hour >= EVENING and EVENING_FROM.search(text, before, match.start()) is not None


DIGITS = re.compile(r"\d+")
NUMERIC_GATE = re.compile(r"[0-9][.-][0-9]")  # what every numeric date holds; cheap, as it opens with a digit
NUMERIC_DATE = re.compile(  # "19.07.2026" (day first, as Ukrainian and Russian sites write it), "2026-07-19"
    r"(?<![\d.])(?:(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)|"
    r"(?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>\d\d)-(?P<iso_day>\d\d))(?![\d-])"
)


def numeric_date(text: str) -> str:
    """The cue of a date written in digits ("19.07.2026", "2026-07-19"), or ""."""
    if NUMERIC_GATE.search(text) is None:  # most texts have no digit, dot or dash, digit (a quick scan)
        return ""
    match = NUMERIC_DATE.search(text)
    if match is None:
        return ""
    parts = ("year", "month", "day") if match.group("year") else ("iso_year", "iso_month", "iso_day")
    try:
        return f"date:{dt.date(*(int(match.group(p)) for p in parts)).isoformat()}"
    except ValueError:  # "31.02.2026"
        return ""


EVENING_FROM = re.compile(  # "from 18:00 on", "since 6 p.m. on the", "between 11 p.m. on"
    r"\b(?:[Ff]rom|[Ss]ince|[Bb]etween|[Ss]tarting(?: at| from)?)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s+(?:on\s+)?(?:the\s+)?$"
)
EVENING_OF_FROM = re.compile(r"\b(?:[Ff]rom|[Ss]ince)\s+the\s+evening\s+of\s+$")  # "since the evening of 2 March"
SINCE_BEFORE = re.compile(r"\b(?:[Ff]rom|[Ss]ince)\s+$")  # "since Saturday evening"
EVENING_TO = re.compile(  # "from Sunday evening to Monday morning", "Sunday evening into early Monday"
    r"\s+evening\s+(?:to|into|until|till|through|and)\s+(?:early\s+|the\s+early\s+hours\s+of\s+)?", re.IGNORECASE
)
EVENING_AFTER = re.compile(r"\s+evening\b(?!['’]s)")  # (not "from Tuesday evening's strike")
SINCE_ONLY = re.compile(r"\b[Ss]ince\s+$")  # "since January 1"
WHEN_AFTER = re.compile(r"(?:,?\s+\d{4})?,?\s+when\b")  # "since 13 April 2025, when ...": the day of that attack
NAMED_NIGHT = re.compile(  # "the night of", "night from", "overnight from", "overnight": a night told by its two days
    r"\b(?:night\s+(?:of|from|between)|overnight(?:\s+(?:from|on|of))?)\s+(?:the\s+)?$", re.IGNORECASE
)


def _cue(text: str, lex: Lexicon, patterns: DatePatterns) -> str:
    days: list[tuple[int, int]] = []
    matches = []
    for match in patterns.month_day.finditer(text):
        month = (match.group("month1") or match.group("month2")).lower()
        day = int(match.group("day1") or match.group("day2"))
        if match.group("range") or match.group("range2"):  # "6-7 May", unless a night ("the night of 6-7 May")
            if not named_night(text, match):
                return "range"
            last = int(DIGITS.findall(match.group("range2"))[-1]) if match.group("range2") else day
            return f"month_day:{lex.months[month]}-{last}"
        if 1 <= day <= 31:
            if SINCE_ONLY.search(text, max(0, match.start() - 8), match.start()) and not WHEN_AFTER.match(
                text, match.end()
            ):
                return "range"  # "14 times since January 1": a span up to now ("since 3 February, when" is that day)
            days.append(night_from(text, match, (lex.months[month], day)))
            matches.append(match)
    if len(set(days)) == 2 and len(days) == 2 and calendar_night(text, matches[0], matches[1], days):
        return f"month_day:{days[1][0]}-{days[1][1]}"  # the morning the night ended
    if len(set(days)) > 1 and days[0] == days[-1] and named_night(text, matches[0]):
        return f"month_day:{days[0][0]}-{days[0][1]}"  # "On the night of December 6, from 11 p.m. on December 5
        # to 7 a.m. on December 6": the night named, its hours spelt out
    if len(set(days)) > 1:
        return "range"  # "from 10 a.m. on May 25 to 8 a.m. on May 26": a span, not a day
    if days:
        year = YEAR_AFTER.match(text, matches[0].end())  # "on 8 January 2025": that year's, not the nearest
        if year:
            return f"date:{year.group(1)}-{days[0][0]:02d}-{days[0][1]:02d}"
        return f"month_day:{days[0][0]}-{days[0][1]}"
    of_month = patterns.day_of_month.search(text)
    if of_month and 1 <= int(of_month.group("day")) <= 31:  # "on the 13th", not "on the 47th Brigade"
        return f"day_of_month:{int(of_month.group('day'))}"
    weekdays = list(patterns.weekday.finditer(text))
    named = list(dict.fromkeys(m.group("day").lower() for m in weekdays))
    attack = next((m for m in weekdays if attack_on(text, m, lex, patterns)), None) if len(named) > 1 else None
    if attack is not None:  # "the toll from Saturday's strike rose to 14 on Monday": the attack's day
        weekdays = [attack]
    elif len(named) == 2 and (night_end := weekday_night(text, weekdays, lex)):
        weekdays = [night_end]  # "Monday night and early Tuesday"
    elif len(named) > 1:
        return "range"  # "killed 2 on Monday and 3 on Tuesday": each figure's own words tell (dating.own_day)
    if weekdays:
        match = weekdays[0]
        kind = "last_weekday" if match.group("last") else "weekday"
        day = lex.weekdays.index(match.group("day").lower())
        if starts_a_night(text, match):
            day = (day + 1) % 7  # "since Saturday evening": the night that ended on Sunday
        return f"{kind}:{day}"
    relative = _relative_cue(text, lex)
    if relative in ("", "day:0") and patterns.month_period.search(text):
        return "range"  # "214 civilians were killed in October, the mission said today": a month, no one day
    return relative


def _relative_cue(text: str, lex: Lexicon) -> str:
    """The cue of the first relative date expression of dates.csv ("yesterday": "day:-1"), or ""."""
    lower = lower_text(text)
    found = lex.any_date_cue.search(lower)
    if found is None:
        return ""
    if "since" in lower or only_compares(lower, found, lex):
        # (rare) a "since ...", a "this month" or "in four days" that only compares dates nothing ("the highest
        # figure for a single day this month", "the second massive attack in four days")
        return _dating_cue(lower, lex)
    row = row_of(found)
    while row > 0:  # no row before it matches up to here; the first row before it that matches after, if any
        earlier = lex.earlier_date_cues(row).search(lower, found.start() + 1)
        while earlier is not None and only_compares(lower, earlier, lex):
            earlier = lex.earlier_date_cues(row).search(lower, earlier.end())  # ("the second attack in four days")
        if earlier is None:
            break
        found, row = earlier, row_of(earlier)
    return lex.date_cues[row][1]


def _dating_cue(lower: str, lex: Lexicon) -> str:
    """The cue of the first row of dates.csv that matches somewhere not only to compare, or ""."""
    return next(
        (
            cue
            for pattern, cue in lex.date_cues
            if any(not compares(lower, m, lex, compared_spans(cue)) for m in pattern.finditer(lower))
        ),
        "",
    )


def only_compares(lower: str, match: re.Match, lex: Lexicon) -> bool:
    """compares() for a match of the date cues' combined pattern, with the spans its row's cue may compare in."""
    return compares(lower, match, lex, compared_spans(lex.date_cues[row_of(match)][1]))


def compared_spans(cue: str) -> tuple[str, ...]:
    """A span of days too for an "approx" cue ("the second massive attack in four days"), not a time of day."""
    return SPANS_OF_DAYS if cue == "approx" else COMPARED_SPANS


COMPARISON_REACH = 8  # words between a superlative and the "since ..." it compares with


COMPARED_SPANS = ("since", "this", "so far")  # what a superlative compares within ("the largest since March")
SPANS_OF_DAYS = (*COMPARED_SPANS, "in", "over", "during", "within", "for")  # "the second attack in four days"


def compares(lower: str, match: re.Match, lex: Lexicon, spans: tuple[str, ...] = COMPARED_SPANS) -> bool:
    """Whether a "since ...", "this ..." or "so far ..." (or another of ``spans``) only compares ("the largest
    attack on the capital since the start of the war", "the highest figure for a single day this month", "one of
    the deadliest strikes so far this year"): it dates nothing and counts no tally."""
    return match.group().startswith(spans) and not lex.superlatives.isdisjoint(
        lower[: match.start()].split()[-COMPARISON_REACH:]
    )


def find_dateline(text: str, lex: Lexicon, patterns: DatePatterns) -> str:
    """The date cue of a wire dateline in the first lines of the body, or ""."""
    for line in text.split("\n")[:12]:
        match = patterns.dateline.search(line) if patterns.names.search(line) else None  # it names a month
        if match:
            month = (match.group("month1") or match.group("month2")).lower()
            return f"month_day:{lex.months[month]}-{int(match.group('day1') or match.group('day2'))}"
    return ""
