"""An article and its metadata: every field read leniently, every doubt kept as a warning.

Only an unreadable body rejects an article. A missing or impossible date, an unknown key, a title that is
not text: the field stays empty and the reason goes into ``Article.warnings`` (articles.csv ``warnings``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from .. import config
from ..dates import month_day
from ..errors import InputError

KNOWN_KEYS = ("id", "title", "published", "date", "source", "url", "text")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
ZONE_NAME = re.compile(r"\s+[A-Z]{2,5}(?:\s*[+-]\d{1,2}(?::\d{2})?)?\s*$")  # "CET", "GMT+3" after a clock time
LABEL_AFTER_CLOCK = re.compile(r"(?<=\d)[,\s]+[^\d]*$")  # "10:41, UK", "10:41 UK time": words after the last digit
STAMP_LABEL = re.compile(  # "Updated 6:14 AM EST, February 17, 2026", "Published: 3 May 2026": a page stamp's word
    r"^(?:(?:last\s+)?updated|published|posted|modified|first\s+published)(?:\s+on)?\s*:?\s+", re.IGNORECASE
)
DOTTED_DAY = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.\d{2,4}\b")  # "23.08.2026" (day, month), "09:51 23.08.2026"
TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")  # "09:51 23.08.2026 (updated: 11:26 23.08.2026)"
SLASHED_DAY = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\b")  # "09/05/2026": month-first or day-first
URL_DAY = re.compile(r"(?<!\d)(20\d\d)[/-]?(\d\d)[/-]?(\d\d)(?!\d)")  # "/20260509-", "/2026/05/09/"
BODY_REACH = 3000  # characters of the body read for the days it names (its lead and page stamps)
TOLD_BEFORE = 3  # days a story names before the day it is published ("on Saturday night ... published Tuesday")
NULLS = {"~", "null", "none"}
MAX_ID_CHARS = 200
MAX_DATE_CHARS = 64


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str = ""
    published: str = ""  # ISO date or empty
    source: str = ""
    url: str = ""
    path: str = ""
    warnings: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def content_hash(self) -> str:
        """sha256 of the body: the same text from two files or outlets has the same hash."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Rejection:
    path: str
    reason: str


def clean_text(text: str) -> tuple[str, list[str]]:
    """Text any writer accepts, same length: lone surrogates become U+FFFD, control characters spaces."""
    notes = []
    if LONE_SURROGATE.search(text):
        text = LONE_SURROGATE.sub("\ufffd", text)
        notes.append("lone surrogate characters replaced by U+FFFD")
    if CONTROL.search(text):
        text = CONTROL.sub(" ", text)
        notes.append("control characters replaced by spaces")
    return text, notes


def printable_path(path: object) -> str:
    """A path as text a CSV or Parquet writer accepts (a file name's undecodable bytes become U+FFFD)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _plausible(day: dt.date, text: str) -> str:
    if not config.MIN_YEAR <= day.year <= config.MAX_YEAR:
        raise InputError(f"published {text!r} is outside {config.MIN_YEAR}-{config.MAX_YEAR}")
    return day.isoformat()


def parse_published(value: object) -> str:
    """A publication date as ISO (empty for none); InputError for anything that is not a real, plausible day.

    ``2025-02-30``, month 13, a ``+25:00`` offset, year 1 or 9999 are refused, never rolled over or clipped.
    """
    if value is None or (isinstance(value, str) and value.strip().lower() in NULLS | {""}):
        return ""
    if isinstance(value, dt.datetime):
        return _plausible(value.date(), str(value))
    if isinstance(value, dt.date):
        return _plausible(value, str(value))
    text = TRAILING_ASIDE.sub("", STAMP_LABEL.sub("", str(value).strip()))
    if len(text) > MAX_DATE_CHARS:
        raise InputError(f"published {text[:40]!r}… is not a date (expected YYYY-MM-DD)")
    iso = ISO_DAY.match(text)
    if iso:
        try:
            day = dt.date(*map(int, iso.groups()))
            rest = ZONE_NAME.sub("", text[iso.end() :])  # "09:20 CET": the zone's name aside, the clock is checked
            if rest.strip():  # a time and offset must be real too: T25:00 or +25:00 is not a moment
                dt.datetime.fromisoformat(day.isoformat() + "T" + rest.strip().removeprefix("T"))
        except ValueError as err:
            raise InputError(f"published {text!r} is not a real date ({err})") from err
        return _plausible(day, text)
    import dateparser  # imported when needed: slow to import, and most dates are ISO

    settings = {"STRICT_PARSING": True}
    if DOTTED_DAY.search(text):
        settings["DATE_ORDER"] = "DMY"  # "02.06.2024" is 2 June wherever dots separate the parts
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
        if parsed is None and LABEL_AFTER_CLOCK.search(text):  # "Friday 15 May 2026 10:41, UK": the day is before
            parsed = dateparser.parse(LABEL_AFTER_CLOCK.sub("", text), languages=["en"], settings=settings)
    except Exception as err:  # dateparser raises assorted errors (overflow, bad offsets) on odd input
        raise InputError(f"published {text!r} is not a date ({err.__class__.__name__})") from err
    if parsed is None:
        raise InputError(f"published {text!r} is not a date (expected YYYY-MM-DD)")
    return _plausible(parsed.date(), text)


def _text_field(meta: dict, key: str, warnings: list[str]) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str | dt.date):
        text = str(value).strip()
        return "" if text.lower() in NULLS else text
    warnings.append(f"{key} is not text ({type(value).__name__}); left empty")
    return ""


def headline_of(body: str) -> str:
    """First line of a body when it reads as a headline (short, no final full stop)."""
    first = body.lstrip()[:400].split("\n", 1)[0].strip()
    if first and len(first) <= 200 and not first.endswith((".", ":", ";")) and "\n" in body.strip():
        return first
    return ""


def _identifier(meta: dict, default_id: str, warnings: list[str]) -> str:
    given = _text_field(meta, "id", warnings)
    if given and (len(given) > MAX_ID_CHARS or any(c in given for c in "\n\r\t")):
        warnings.append(f"id {given[:40]!r} is not usable (too long or spans lines); the file name is used")
        given = ""
    return given or default_id


def _published(meta: dict, warnings: list[str], body: str = "") -> str:
    key = "published" if meta.get("published") not in (None, "") else "date"
    try:
        published = parse_published(meta.get(key))
    except InputError as err:
        warnings.append(f"{err}; left empty")
        return ""
    if not published:
        warnings.append("no published date")
    return ambiguous_day(published, str(meta.get(key, "")), str(meta.get("url") or ""), body)


def ambiguous_day(published: str, written: str, url: str, body: str = "") -> str:
    """The reading of an ambiguous numeric date ("09/05/2026": 5 September month-first, 9 May day-first) that the
    page's address carries ("/20260509-live-..."), else the one the body's own days fit (a story tells of the
    day it is published or the days just before: "on 8 May"); ``published`` (read month-first) otherwise."""
    slashed = SLASHED_DAY.match(written)
    if not slashed or not published:
        return published
    first, second, year = (int(part) for part in slashed.groups())
    try:
        day_first = dt.date(year, second, first)
    except ValueError:
        return published
    month_first = dt.date.fromisoformat(published)
    stamps = {"".join(found) for found in URL_DAY.findall(url)}
    if day_first.isoformat().replace("-", "") in stamps:
        return day_first.isoformat()
    if month_first.isoformat().replace("-", "") in stamps or day_first == month_first:
        return published
    told = days_named(body[:BODY_REACH])
    return day_first.isoformat() if tells_of(day_first, told) and not tells_of(month_first, told) else published


def tells_of(reading: dt.date, told: list[tuple[int, int]]) -> bool:
    """Whether a story published on ``reading`` names that day or one of the days just before it."""
    days = (month_day(month, day, reading) for month, day in told)
    return any(day is not None and 0 <= (reading - day).days <= TOLD_BEFORE for day in days)


def days_named(text: str) -> list[tuple[int, int]]:
    """The (month, day) pairs a text names: "8 May", "May 8th", "Sept. 8" (the extraction's own calendar pattern),
    "08.05.2026" (dotted: day first)."""
    from ..lexicon import load_lexicon  # (only for an ambiguous date: most articles need no lexicon)

    months = load_lexicon().months
    found = [(int(m.group(2)), int(m.group(1))) for m in DOTTED_DAY.finditer(text)]
    for match in _month_day_pattern().finditer(text):
        name, day = match.group("month1") or match.group("month2"), match.group("day1") or match.group("day2")
        found.append((months[name.lower()], int(day)))
    return found


@lru_cache(maxsize=1)
def _month_day_pattern() -> re.Pattern:
    from ..extract.datecues import date_patterns
    from ..lexicon import load_lexicon

    return date_patterns(load_lexicon()).month_day


def make_article(meta: dict, body: str, default_id: str, path: str, notes: list[str] | tuple = ()) -> Article:
    """An article from its metadata and body; InputError only when there is no body text."""
    if not body.strip():
        raise InputError("no article text")
    warnings = list(notes)
    text, cleaned = clean_text(body)
    warnings.extend(cleaned)
    unknown = sorted(str(key) for key in meta if key not in KNOWN_KEYS)
    if unknown:
        warnings.append(f"unknown key{'s' if len(unknown) > 1 else ''} ignored: {', '.join(unknown)[:200]}")
    title = _text_field(meta, "title", warnings) or headline_of(text)
    if not title:
        warnings.append("no title")
    fields = {
        "id": _identifier(meta, default_id, warnings),
        "title": title,
        "published": _published(meta, warnings, text),
        "source": _text_field(meta, "source", warnings),
        "url": _text_field(meta, "url", warnings),
    }
    for key, value in fields.items():
        value, cleaned = clean_text(value)
        fields[key] = " ".join(value.split())  # one line each
        warnings.extend(f"{key}: {note}" for note in cleaned)
    return Article(text=text, path=printable_path(path), warnings=tuple(warnings), **fields)
