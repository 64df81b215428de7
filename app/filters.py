"""The one sidebar of filters, shared by every page and mirrored in the URL.

A link is user input: a value the table does not hold, a date that is not one or lies outside the table's
days is dropped with a small notice, never a traceback.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from . import data, labels
from .frames import DIRECTIONS, Filters, apply_filters
from .plain import md

MULTI = [  # (Filters field, column, label)
    ("places", "place", "Place (city, region, facility)"),
    ("countries", "country", "Country"),
    ("categories", "category", "Category"),
    ("metrics", "metric", "Metric"),
    ("weapons", "weapon", "Weapon"),
    ("reporters", "reported_by", "Reported by"),
    ("sources", "source", "Source"),
]
URL_KEYS = [name for name, _, _ in MULTI] + ["direction", "start", "end"]
EARLIEST = dt.date(2014, 1, 1)
NOTICES = "_url_notices"


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text))
    except (TypeError, ValueError):
        return None


def date_bounds(span: tuple[dt.date, dt.date], today: dt.date) -> tuple[dt.date, dt.date]:
    """What the date widget accepts: from 2014 (or the first day) to today (or the last day)."""
    return min(span[0], EARLIEST), max(span[1], today)


def dates_from_link(
    start: str | None, end: str | None, span: tuple[dt.date, dt.date] | None, today: dt.date
) -> tuple[tuple[dt.date, dt.date] | None, list[str]]:
    """The date range a link asks for, and a notice for every part of it that was ignored."""
    if start is None and end is None:
        return None, []
    if span is None:
        return None, ["The link's dates were ignored: no figure in the table has a date."]
    notices: list[str] = []
    first, last = span
    lowest, highest = date_bounds(span, today)
    chosen = {}
    for name, text in (("start", start), ("end", end)):
        if text is None:
            continue
        day = _day(text)
        if day is None:
            notices.append(f"{name}={md(str(text)[:40])} is not a date (YYYY-MM-DD); ignored.")
        elif name == "start" and day < first:
            notices.append(f"start={day} is before the first figure ({first}); showing from {first}.")
        elif day > highest:
            notices.append(f"{name}={day} is after today and after the last figure; ignored.")
        elif day < lowest:
            notices.append(f"{name}={day} is before {lowest}; ignored.")
        else:
            chosen[name] = day
    if not chosen:
        return None, notices
    picked = (chosen.get("start", first), chosen.get("end", last))
    if picked[0] > picked[1]:
        return None, [*notices, f"The link's start ({picked[0]}) is after its end ({picked[1]}); dates ignored."]
    return picked, notices


def known_values(asked: list[str], allowed: set[str]) -> tuple[list[str], list[str]]:
    """The values of a link that the table holds, and those it does not."""
    kept = [value for value in asked if value in allowed]
    return kept, [value for value in asked if value not in allowed]


def widened(
    picked: tuple[dt.date, ...] | None, span: tuple[dt.date, dt.date] | None, days: list[dt.date]
) -> tuple[dt.date, dt.date] | None:
    """The date range after articles of ``days`` were added: None (follow the whole table) when the range was
    the whole table or not chosen, else the range stretched to include them."""
    if not picked or len(picked) != 2 or (span is not None and tuple(picked) == tuple(span)):
        return None
    if not days:
        return (picked[0], picked[1])
    return min(picked[0], *days), max(picked[1], *days)


def _seed_from_url() -> None:
    """On a fresh session, widget values come from the link's query parameters."""
    if st.session_state.get("_filters_seeded"):
        return
    params = st.query_params
    notices: list[str] = []
    for name, column, label in MULTI:
        if name in params:
            kept, dropped = known_values(params.get_all(name), set(data.filter_options(column)))
            st.session_state[f"filter_{name}"] = kept
            if dropped:
                shown = ", ".join(md(value[:60]) for value in dropped[:5])
                notices.append(f"{label}: the table has no {shown}; ignored.")
    picked, date_notices = dates_from_link(params.get("start"), params.get("end"), data.day_span(), dt.date.today())
    if picked:
        st.session_state["filter_dates"] = picked
    direction = params.get("direction", "")
    if direction in DIRECTIONS:
        st.session_state["filter_direction"] = direction
    elif direction:
        notices.append(f"Direction: no direction {md(direction[:30])}; ignored.")
    st.session_state[NOTICES] = notices + date_notices
    st.session_state["_filters_seeded"] = True


def _follow_the_table(span: tuple[dt.date, dt.date], bounds: tuple[dt.date, dt.date]) -> None:
    """A date range that was the whole table follows it when the table grows; one out of bounds is dropped."""
    previous = st.session_state.get("_filter_span")
    picked = st.session_state.get("filter_dates")
    if picked and previous and previous != span and tuple(picked) == tuple(previous):
        st.session_state.pop("filter_dates")
    elif picked and any(not bounds[0] <= day <= bounds[1] for day in picked):
        st.session_state.pop("filter_dates")
    st.session_state["_filter_span"] = span


def sidebar() -> Filters:
    """Build the filter widgets (in the navigation frame) and return the selection."""
    _seed_from_url()
    with st.sidebar:
        st.header("Filters")
        chosen: dict = {
            "direction": st.radio(
                "Direction of attack",
                ["", *DIRECTIONS],
                format_func=lambda code: labels.label("direction", code) if code else "Both directions",
                key="filter_direction",
                persist_state="session",
            )
        }
        span = data.day_span()
        if span:
            low, high = span
            bounds = date_bounds(span, dt.date.today())
            _follow_the_table(span, bounds)
            st.date_input(
                "Date range",
                value=st.session_state.get("filter_dates", (low, high)),
                min_value=bounds[0],
                max_value=bounds[1],
                key="filter_dates",
                persist_state="session",  # kept through the Add articles page, which does not draw filters
            )
            picked = st.session_state.get("filter_dates") or ()
            if len(picked) == 2 and (picked[0] > low or picked[1] < high):
                chosen["start"], chosen["end"] = picked[0].isoformat(), picked[1].isoformat()
        for name, column, label in MULTI:
            st.multiselect(
                label,
                data.filter_options(column),
                key=f"filter_{name}",
                persist_state="session",
                placeholder="all",
                format_func=lambda code, kind=column: labels.label(kind, code) or "(not named)",
            )
            chosen[name] = tuple(st.session_state.get(f"filter_{name}") or ())
        selection = Filters(**chosen)
        if not selection.is_empty() and st.button("Clear filters"):
            for name, _, _ in MULTI:
                st.session_state[f"filter_{name}"] = []
            st.session_state.pop("filter_dates", None)
            st.session_state["filter_direction"] = ""
            st.rerun()
    _write_url(selection)
    st.session_state["filters"] = selection
    return selection


def include_days(days: list[dt.date]) -> None:
    """After articles were added: widen the date range so they show (other filters stay as they are)."""
    picked = st.session_state.get("filter_dates")
    stretched = widened(tuple(picked) if picked else None, st.session_state.get("_filter_span"), days)
    if stretched is None:
        st.session_state.pop("filter_dates", None)
    else:
        st.session_state["filter_dates"] = stretched


def show_notices() -> None:
    """What the link asked for that was ignored, once, at the top of the page."""
    for notice in st.session_state.pop(NOTICES, []):
        st.info(notice, icon=":material/link_off:")


def _write_url(selection: Filters) -> None:
    """The filter keys of the URL follow the selection; other keys (a page's own, like ?article=) stay."""
    wanted: dict[str, list[str]] = {}
    for name, _, _ in MULTI:
        if getattr(selection, name):
            wanted[name] = list(getattr(selection, name))
    if selection.direction:
        wanted["direction"] = [selection.direction]
    if selection.start:
        wanted["start"], wanted["end"] = [selection.start], [selection.end]
    for key in URL_KEYS:
        current = st.query_params.get_all(key)
        if key not in wanted and key in st.query_params:
            del st.query_params[key]
        elif key in wanted and current != wanted[key]:
            st.query_params[key] = wanted[key]


def current() -> Filters:
    return st.session_state.get("filters", Filters())


def filtered() -> pd.DataFrame:
    """The events table under the sidebar's filters."""
    return apply_filters(data.events(), current())
