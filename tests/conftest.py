import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def row(**changes) -> dict:
    """One valid events-table row (before ids), with ``changes`` applied."""
    base = {
        "article_id": "a1",
        "published": "2025-07-21",
        "event_date": "2025-07-21",
        "date_precision": "day",
        "category": "strike",
        "metric": "launched",
        "weapon": "drone",
        "weapon_model": "",
        "value": 10,
        "qualifier": "exact",
        "location": "Kyiv",
        "place": "Kyiv",
        "place_type": "city",
        "country": "UA",
        "lat": 50.45,
        "lon": 30.52,
        "attacker": "russia",
        "reported_by": "",
        "sentence": "s",
        "char_start": 0,
        "char_end": 9,
        "source": "",
        "url": "",
        "title": "",
    }
    return {**base, **changes}


def extracted_rows(text: str, *fields: str) -> list[tuple]:
    """The numbered figures extract() finds in ``text``, as sorted tuples of ``fields``."""
    from etl.extract import extract

    fields = fields or ("metric", "weapon", "value", "qualifier")
    return sorted(tuple(getattr(f, name) for name in fields) for f in extract(text).figures if f.value is not None)


def sources_by_value(text: str, publisher: str = "") -> dict:
    """{value: reported_by} of the numbered figures extract() finds in ``text`` (published by ``publisher``)."""
    from etl.extract import extract

    return {f.value: f.reported_by for f in extract(text, "", publisher).figures if f.value is not None}


def last_place(text: str) -> str:
    """The place of the last numbered figure extract() finds in ``text`` ("" when it finds none)."""
    from etl.extract import extract

    places = [f.place for f in extract(text).figures if f.value is not None]
    return places[-1] if places else ""


def dashboard_table(*rows: dict):
    """A validated events table as the dashboard holds it (distinct spans, 'day' added, text as categories)."""
    from app import frames
    from etl import load

    return frames.prepare(
        load.events_frame([{**r, "char_start": i * 10, "char_end": i * 10 + 5} for i, r in enumerate(rows)])
    )
