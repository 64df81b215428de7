"""The one sidebar of filters, shared by every page and mirrored in the URL."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from . import data, labels
from .frames import DIRECTIONS, Filters, apply_filters

MULTI = [  # (Filters field, column, label)
    ("places", "place", "Place (city, region, facility)"),
    ("countries", "country", "Country"),
    ("categories", "category", "Category"),
    ("metrics", "metric", "Metric"),
    ("weapons", "weapon", "Weapon"),
    ("reporters", "reported_by", "Reported by"),
    ("sources", "source", "Source"),
]


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def _seed_from_url() -> None:
    """On a fresh session, widget values come from the link's query parameters."""
    if st.session_state.get("_filters_seeded"):
        return
    params = st.query_params
    for name, column, _ in MULTI:
        if name in params:
            allowed = set(data.filter_options(column))
            st.session_state[f"filter_{name}"] = [v for v in params.get_all(name) if v in allowed]
    if params.get("direction", "") in DIRECTIONS:
        st.session_state["filter_direction"] = params["direction"]
    start, end = _day(params.get("start", "")), _day(params.get("end", ""))
    if start or end:
        st.session_state["filter_dates"] = tuple(d for d in (start, end) if d)
    st.session_state["_filters_seeded"] = True


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
            )
        }
        span = data.day_span()
        if span:
            low, high = span
            st.date_input(
                "Date range",
                value=st.session_state.get("filter_dates", (low, high)),
                min_value=min(low, dt.date(2014, 1, 1)),
                max_value=max(high, dt.date.today()),
                key="filter_dates",
            )
            picked = st.session_state.get("filter_dates") or ()
            if len(picked) == 2 and (picked[0] > low or picked[1] < high):
                chosen["start"], chosen["end"] = picked[0].isoformat(), picked[1].isoformat()
        for name, column, label in MULTI:
            st.multiselect(label, data.filter_options(column), key=f"filter_{name}", placeholder="all")
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


OWN_PARAMS = {name for name, _, _ in MULTI} | {"direction", "start", "end"}


def _write_url(selection: Filters) -> None:
    """The selection into the URL; parameters of a page ('article' on Sources) are left as they are."""
    params: dict[str, list[str] | str] = {k: st.query_params.get_all(k) for k in st.query_params if k not in OWN_PARAMS}
    for name, _, _ in MULTI:
        if getattr(selection, name):
            params[name] = list(getattr(selection, name))
    if selection.direction:
        params["direction"] = selection.direction
    if selection.start:
        params["start"], params["end"] = selection.start, selection.end
    if dict(st.query_params.to_dict()) != {k: (v[-1] if isinstance(v, list) else v) for k, v in params.items()}:
        st.query_params.from_dict(params)


def current() -> Filters:
    return st.session_state.get("filters", Filters())


def filtered() -> pd.DataFrame:
    """The events table under the sidebar's filters."""
    return apply_filters(data.events(), current())
